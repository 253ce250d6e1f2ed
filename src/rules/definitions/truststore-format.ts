import type { FindingDraft, Rule } from '../rule.js';

const ENCODING_NAMES = {
  'trusted-pem': 'an OpenSSL "TRUSTED CERTIFICATE" block',
  pkcs7: 'a PKCS#7 bundle',
  der: 'binary DER',
} as const;

export const truststoreFormat: Rule = {
  id: 'truststore-format',
  defaultSeverity: 'error',
  title: 'Truststore holds something besides certificate blocks',
  description:
    'The truststore must be a .pem file of back-to-back CERTIFICATE blocks. Text dumps (`openssl x509 -text`), keys, CRLs, CSRs, OpenSSL TRUSTED CERTIFICATE blocks, PKCS#7 and DER are not part of that format; where the gateway tolerates text outside blocks, it is a warning.',
  remedy:
    'Rebuild the bundle from plain PEM certificates only: `cat root.pem intermediate.pem > truststore.pem` (convert DER with `openssl x509 -inform der -in FILE`).',
  appliesTo: (profile) => {
    const { format } = profile.bundle;
    const strict = format.textOutsideBlocks !== 'tolerated' || format.blankLines === 'refused' || format.pemExtension;
    return strict ? { evidence: format.evidence, phase: format.phase } : undefined;
  },
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
      for (const object of file.objects) {
        if (object.kind === 'text') {
          const text = at(
            object.line,
            object.endLine,
            'Text outside certificate blocks (a comment or an `openssl x509 -text` dump); keep only the PEM blocks.',
          );
          yield format.textOutsideBlocks === 'tolerated' ? { ...text, atMost: 'warning' } : text;
        } else if (object.kind === 'other' || object.kind === 'private-key') {
          yield at(object.line, object.endLine, `A ${object.label} block does not belong in a truststore.`);
        } else if (object.kind === 'certificate' && object.encoding !== 'pem') {
          // A PKCS#7 bundle yields several certificates on one span: report it once.
          const previous = file.objects[file.objects.indexOf(object) - 1];
          if (object.encoding === 'pkcs7' && previous?.kind === 'certificate' && previous.line === object.line)
            continue;
          yield at(
            object.line,
            object.endLine,
            `The certificate is stored as ${ENCODING_NAMES[object.encoding]}, not a PEM CERTIFICATE block.`,
          );
        }
      }
    }
  },
};
