import { certificateBlock, type Fix } from '../../findings/fix.js';
import { CERTIFICATE_FILE_ROLES } from '../../inventory/files.js';
import type { SourceFile } from '../../inventory/inventory.js';
import type { CertificateObject, LoadedCertificate } from '../../inventory/file-objects.js';
import { formatFingerprint } from '../../x509/certificate.js';
import { refusal, type Rule } from '../rule.js';
import { shellQuote } from '../../text/shell-quote.js';
import { shorten } from '../../text/shorten.js';

function describe(entries: readonly LoadedCertificate[]): string {
  return entries
    .map(
      (entry) =>
        `${entry.subject ? shorten(entry.subject, 80) : 'a certificate'} (line ${entry.line}, SHA-256 ${formatFingerprint(entry.sha256).slice(0, 23)}…)`,
    )
    .join(', ');
}

/** The whole file rewritten from the certificates OpenSSL loads, as canonical PEM: what every reader reads alike. */
function canonicalRewrite(file: SourceFile, lineCount: number): Fix | undefined {
  const certificates = file.objects.filter((object): object is CertificateObject => object.kind === 'certificate');
  if (certificates.length === 0 || lineCount < 1) return undefined;
  return {
    file: file.path,
    line: 1,
    endLine: lineCount,
    description: `Rewrite the file as the ${certificates.length === 1 ? 'certificate' : `${certificates.length} certificates`} OpenSSL loads from it, in canonical PEM.`,
    replacement: certificates.map((object) => certificateBlock(object.certificate.der)),
  };
}

export const readersDisagree: Rule = {
  id: 'readers-disagree',
  defaultSeverity: 'error',
  title: 'Readers disagree on the certificates in the file',
  description:
    "OpenSSL's PEM reader and Go's (encoding/pem with crypto/x509, used by Caddy, Traefik and Vault) load different certificates from the file: a byte-order mark, control bytes around a delimiter, a block inside a block, trailing bytes after a certificate, a TRUSTED or X509 CERTIFICATE label, a certificate one parser takes and the other refuses. Where the gateway's bundle reader is not documented (API Gateway, Application Load Balancer, CloudFront, Google Cloud, Azure, Envoy's BoringSSL), either reading may be the deployed one, so it is an error; where the gateway reads with Go's (Caddy, Traefik, Vault: the go profile) it is an error too, since the check judges OpenSSL's reading; where the gateway is OpenSSL it is a warning.",
  remedy:
    'Write the file as canonical PEM: plain CERTIFICATE blocks, base64 in 64-character lines, nothing else on the delimiter lines (`openssl crl2pkcs7 -nocrl -certfile FILE | openssl pkcs7 -print_certs` prints what OpenSSL loads).',
  appliesTo: (profile) => (profile.bundle.format.goReader ? { evidence: profile.bundle.format.goReader } : {}),
  consequence: (profile) =>
    profile.bundle.format.reader
      ? `${profile.wording.gateway} reads the file as OpenSSL does (the tool's reading); a tool or gateway built on another reader trusts other certificates.`
      : profile.bundle.format.goReader
        ? `${profile.wording.gateway} reads the file with Go's reader, not OpenSSL's, whose reading the check judges: it may trust certificates no reviewer sees, or miss a CA so that its clients get ${refusal(profile, 'untrusted')}.`
        : `${profile.wording.gateway}'s bundle reader is not documented: it may trust certificates no reviewer sees, or miss a CA so that its clients get ${refusal(profile, 'untrusted')}.`,
  *check(context) {
    const documented = context.profile.bundle.format.reader !== undefined;
    for (const file of context.inventory.files) {
      const { disagreement } = file;
      if (!disagreement || !CERTIFICATE_FILE_ROLES.includes(file.role)) continue;
      const goShas = new Set(disagreement.go.map((entry) => entry.sha256));
      const opensslShas = new Set(disagreement.openssl.map((entry) => entry.sha256));
      const onlyOpenssl = disagreement.openssl.filter((entry) => !goShas.has(entry.sha256));
      const onlyGo = disagreement.go.filter((entry) => !opensslShas.has(entry.sha256));
      const parts = [
        `OpenSSL's PEM reader loads ${disagreement.openssl.length} certificate${disagreement.openssl.length === 1 ? '' : 's'} from this file and Go's loads ${disagreement.go.length}`,
        ...(onlyOpenssl.length > 0 ? [`only OpenSSL loads ${describe(onlyOpenssl)}`] : []),
        ...(onlyGo.length > 0 ? [`only Go loads ${describe(onlyGo)}`] : []),
      ];
      if (onlyOpenssl.length === 0 && onlyGo.length === 0) parts.push('they differ in how many copies they load');
      const lastLine = Math.max(disagreement.endLine, ...file.objects.map((object) => object.endLine));
      const fix = canonicalRewrite(file, file.lineCount ?? lastLine);
      yield {
        message: `${parts.join('; ')}. The check reports OpenSSL's reading${context.profile.bundle.format.goReader ? `; ${context.profile.wording.gateway} loads Go's` : ''}.`,
        file: file.path,
        line: disagreement.line,
        endLine: disagreement.endLine,
        command: `openssl crl2pkcs7 -nocrl -certfile ${shellQuote(file.path)} | openssl pkcs7 -print_certs -noout`,
        ...(documented ? { atMost: 'warning' as const } : {}),
        ...(fix ? { fix } : {}),
      };
    }
  },
};
