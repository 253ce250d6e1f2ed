import type { FindingDraft } from '../../findings/finding.js';
import type { BundleFormat } from '../../profiles/profile.js';
import type { TextObject } from '../../inventory/file-objects.js';
import type { Fix, LineSpan } from '../../findings/fix.js';
import type { Rule } from '../rule.js';

/** A `#` comment without a `-`: the only text Application Load Balancer and CloudFront accept around blocks. */
function isPlainComment(line: string): boolean {
  return line.startsWith('#') && !line.includes('-');
}

/** What is wrong with text outside the blocks under the format, or undefined when the gateway takes it. */
function textProblem(format: BundleFormat, text: TextObject): string | undefined {
  if (format.textOutsideBlocks === 'hash-comments-without-dash') {
    if (text.lines.every(isPlainComment)) return undefined;
    const comment = text.lines.find((line) => line.startsWith('#') && line.includes('-'));
    return comment !== undefined && text.lines.every((line) => line.startsWith('#'))
      ? 'A comment line contains "-"; the gateway accepts comments only on lines that start with # and have no -.'
      : 'Text outside certificate blocks (an `openssl x509 -text` dump?); the gateway accepts only # comment lines without -.';
  }
  return 'Text outside certificate blocks (a comment or an `openssl x509 -text` dump); keep only the PEM blocks.';
}

/** From the first blank line to the last, the same lines without the blank ones. */
function withoutBlankLines(file: string, blankLines: readonly number[]): Fix {
  const first = blankLines[0]!;
  const last = blankLines[blankLines.length - 1]!;
  const replacement: LineSpan[] = [];
  let start = first;
  for (const blank of [...blankLines, last + 1]) {
    if (blank > start) replacement.push({ file, line: start, endLine: blank - 1 });
    start = blank + 1;
  }
  return { file, line: first, endLine: last, description: 'Remove the blank lines.', replacement };
}

export const truststoreFormat: Rule = {
  id: 'truststore-format',
  defaultSeverity: 'error',
  title: 'Truststore is not in the format the gateway takes',
  description:
    'The truststore must be PEM CERTIFICATE blocks in the form the gateway takes. Keys, CRLs, CSRs and OpenSSL TRUSTED CERTIFICATE blocks are not part of it anywhere (PKCS#7 and DER, from which OpenSSL loads nothing, are `file-not-loadable`); Application Load Balancer and CloudFront also refuse blank lines and any text but `#` comments without a `-` (an `openssl x509 -text` dump fails the upload); API Gateway wants a .pem file. Where the gateway tolerates text outside blocks, it is a warning.',
  remedy:
    'Rebuild the bundle from plain PEM certificates only: `cat root.pem intermediate.pem > truststore.pem` (convert DER with `openssl x509 -inform der -in FILE`); for load balancers, `grep -v "^$"` drops blank lines.',
  appliesTo: (profile) => ({ evidence: profile.bundle.format.evidence, phase: profile.bundle.format.phase }),
  consequence: (profile) =>
    profile.bundle.format.phase === 'upload'
      ? `${profile.wording.uploadRefusal}.`
      : `${profile.wording.gateway} may refuse or misread the truststore; Application Load Balancer and CloudFront refuse such bundles outright.`,
  *check(context) {
    const { format } = context.profile.bundle;
    for (const file of context.inventory.files) {
      if (file.role !== 'truststore') continue;
      const at = (line: number, endLine: number, message: string): FindingDraft => ({
        message,
        file: file.path,
        line,
        endLine,
      });
      if (format.pemExtension && !file.path.toLowerCase().endsWith('.pem')) {
        yield at(
          1,
          1,
          `The truststore file does not have the .pem extension ${context.profile.wording.gateway} expects.`,
        );
      }
      if (format.blankLines === 'refused' && file.blankLines) {
        const [first] = file.blankLines;
        const more = file.blankLines.length > 1 ? ` (and ${file.blankLines.length - 1} more)` : '';
        yield {
          ...at(
            first!,
            first!,
            `Blank line${more}: ${context.profile.wording.gateway} refuses a bundle with blank lines. Remove them (\`grep -v '^$'\`).`,
          ),
          fix: withoutBlankLines(file.path, file.blankLines),
        };
      }
      for (const object of file.objects) {
        if (object.kind === 'text') {
          const problem = textProblem(format, object);
          if (!problem) continue;
          const text = {
            ...at(object.line, object.endLine, problem),
            fix: {
              file: file.path,
              line: object.line,
              endLine: object.endLine,
              description: 'Remove the text.',
              replacement: [],
            },
          };
          yield format.textOutsideBlocks === 'tolerated' ? { ...text, atMost: 'warning' } : text;
        } else if (object.kind === 'other' || object.kind === 'private-key' || object.kind === 'crl') {
          const label = object.kind === 'crl' ? 'X509 CRL' : object.label;
          yield at(object.line, object.endLine, `A ${label} block does not belong in a truststore.`);
        } else if (object.kind === 'certificate' && object.encoding === 'trusted-pem') {
          yield at(
            object.line,
            object.endLine,
            'The certificate is stored as an OpenSSL "TRUSTED CERTIFICATE" block, not a PEM CERTIFICATE block.',
          );
        }
      }
    }
  },
};
