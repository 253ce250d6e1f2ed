import type { Rule } from '../rule.js';

export const crlMalformed: Rule = {
  id: 'crl-malformed',
  defaultSeverity: 'error',
  title: 'CRL file does not hold a readable CRL',
  description:
    'A file given as a certificate revocation list holds a block that does not decode as an X.509 CRL, no CRL at all, or something else besides (certificates, keys, text). Where the gateway documents PEM only (Application Load Balancer), a DER CRL is a warning.',
  remedy:
    'Export the CRL again as PEM (`openssl crl -in FILE -inform DER -out FILE.pem`) and check that `openssl crl -in FILE -noout -text` reads it.',
  appliesTo: (profile) =>
    profile.revocation ? { evidence: profile.revocation.evidence.format, phase: 'upload' } : undefined,
  consequence: (profile) => `${profile.wording.uploadRefusal}.`,
  *check(context) {
    const pemOnly = context.profile.revocation?.pemOnly === true;
    for (const file of context.inventory.files) {
      if (file.role !== 'crl' || (file.notRead && file.objects.length === 0)) continue;
      const at = (line: number, endLine: number, message: string) => ({ message, file: file.path, line, endLine });
      let crls = 0;
      for (const object of file.objects) {
        switch (object.kind) {
          case 'crl':
            crls++;
            if (pemOnly && object.encoding === 'der')
              yield {
                ...at(
                  object.line,
                  object.endLine,
                  `The CRL is DER-encoded; ${context.profile.wording.gateway} documents PEM CRLs only. Convert it with \`openssl crl -inform DER -in ${file.path} -out ${file.path}.pem\`.`,
                ),
                atMost: 'warning' as const,
              };
            break;
          case 'malformed':
            yield at(
              object.line,
              object.endLine,
              `${object.label === 'file' ? 'The file' : `The ${object.label} block`} does not decode as a CRL: ${object.reason}.`,
            );
            break;
          case 'text':
            yield {
              ...at(object.line, object.endLine, 'Text outside PEM blocks in a CRL file; keep only X509 CRL blocks.'),
              atMost: 'warning' as const,
            };
            break;
          default: {
            const label = object.kind === 'certificate' ? 'certificate' : object.label;
            yield at(object.line, object.endLine, `A ${label} block does not belong in a CRL file.`);
          }
        }
      }
      if (crls === 0 && !file.objects.some((object) => object.kind === 'malformed'))
        yield at(1, 1, 'The file holds no CRL.');
    }
  },
};
