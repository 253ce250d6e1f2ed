import { badBundleCertificate, type Rule } from '../rule.js';

export const malformedCertificate: Rule = {
  id: 'malformed-certificate',
  defaultSeverity: 'error',
  title: 'Block or file does not decode as a certificate',
  description:
    'Binary data that is not DER, a DER certificate that does not parse or has trailing bytes, an empty file, or a file with no certificate in it (a PEM file OpenSSL fails on is `file-not-loadable`). The gateway validates X.509 syntax and rejects what does not parse.',
  remedy:
    'Re-export the certificate (`openssl x509 -in FILE -out FILE.pem`) and check it parses with `openssl x509 -noout -text -in FILE`.',
  appliesTo: (profile) => ({ evidence: profile.validation, phase: profile.bundle.badCertificate.phase }),
  consequence: (profile) =>
    `In the truststore: ${badBundleCertificate(profile)} A client whose certificate does not parse gets ${profile.wording.refusal}.`,
  *check(context) {
    for (const file of context.inventory.files) {
      // A file that was not read is reported by file-not-read; it would hold "no certificate" only for that reason.
      // Key files and CRL files have rules of their own.
      // A PEM file OpenSSL fails on is file-not-loadable's.
      if (file.role === 'key' || file.role === 'crl' || (file.notRead && file.objects.length === 0) || file.loadFailure)
        continue;
      let certificates = 0;
      for (const object of file.objects) {
        if (object.kind === 'certificate') certificates++;
        if (object.kind !== 'malformed') continue;
        const what = ['file', 'DER', 'PKCS12'].includes(object.label) ? 'The file' : `The ${object.label} block`;
        yield {
          message: `${what} does not decode as a certificate: ${object.reason}.`,
          file: file.path,
          line: object.line,
          endLine: object.endLine,
        };
      }
      const malformed = file.objects.some((object) => object.kind === 'malformed');
      // A key file matched by a client glob is not a broken certificate: private-key-in-repository says what it is.
      const onlyKeys =
        file.objects.some((object) => object.kind === 'private-key') &&
        file.objects.every((object) => object.kind === 'private-key' || object.kind === 'text');
      // A file whose content OpenSSL passes by is file-not-loadable's.
      if (certificates === 0 && !malformed && !onlyKeys && !file.notLoaded) {
        const found = [
          ...new Set(
            file.objects
              .filter((o) => o.kind === 'other' || o.kind === 'private-key' || o.kind === 'crl')
              .map((o) => (o.kind === 'crl' ? 'X509 CRL' : 'label' in o ? o.label : '')),
          ),
        ];
        const besides = found.length > 0 ? ` (it holds: ${found.join(', ')})` : '';
        yield { message: `The file holds no certificate${besides}.`, file: file.path, line: 1, endLine: 1 };
      }
    }
  },
};
