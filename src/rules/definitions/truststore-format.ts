import type { FindingDraft, Rule } from '../rule.js';

const ENCODING_NAMES = {
  'trusted-pem': 'an OpenSSL "TRUSTED CERTIFICATE" block',
  pkcs7: 'a PKCS#7 bundle',
  der: 'binary DER',
} as const;

export const truststoreFormat: Rule = {
  id: 'truststore-format',
  defaultSeverity: 'warning',
  title: 'Truststore holds something besides certificate blocks',
  description:
    'The truststore must be one .pem file of back-to-back CERTIFICATE blocks. Text dumps (`openssl x509 -text`), keys, CRLs, CSRs, OpenSSL TRUSTED CERTIFICATE blocks, PKCS#7 and DER are not part of that format.',
  citation:
    'API Gateway Developer Guide: the truststore is one text file with a .pem extension of back-to-back -----BEGIN CERTIFICATE----- / -----END CERTIFICATE----- blocks.',
  remedy:
    'Rebuild the bundle from plain PEM certificates only: `cat root.pem intermediate.pem > truststore.pem` (convert DER with `openssl x509 -inform der -in FILE`).',
  consequence:
    'API Gateway may refuse or misread the truststore; other gateways (ALB, CloudFront) refuse such bundles outright.',
  profiles: ['aws-api-gateway'],
  *check(context) {
    for (const file of context.inventory.files) {
      if (file.role !== 'truststore') continue;
      const at = (line: number, endLine: number, message: string): FindingDraft => ({
        message,
        file: file.path,
        line,
        endLine,
      });
      if (!file.path.toLowerCase().endsWith('.pem')) {
        yield at(1, 1, 'The truststore file does not have the .pem extension API Gateway expects.');
      }
      for (const object of file.objects) {
        if (object.kind === 'text') {
          yield at(
            object.line,
            object.endLine,
            'Text outside certificate blocks (a comment or an `openssl x509 -text` dump); keep only the PEM blocks.',
          );
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
