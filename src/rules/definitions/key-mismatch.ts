import type { FindingDraft } from '../../findings/finding.js';
import { readClientFile } from '../../inventory/client-file.js';
import { pairingBaseName } from '../../inventory/files.js';
import { certificatesOf, type SourceFile } from '../../inventory/inventory.js';
import type { PrivateKeyObject } from '../../inventory/file-objects.js';
import { formatFingerprint } from '../../x509/certificate.js';
import { nameOf, type Rule } from '../rule.js';

function keysOf(file: SourceFile): PrivateKeyObject[] {
  return file.objects.filter(
    (object): object is PrivateKeyObject => object.kind === 'private-key' && object.publicKeySha256 !== undefined,
  );
}

export const keyMismatch: Rule = {
  id: 'key-mismatch',
  defaultSeverity: 'error',
  title: 'Private key does not belong to the certificate beside it',
  description:
    'A private key in the same file as a certificate, or in a file with the same base name (client.key beside client.pem), has a different public key than the certificate. The client cannot complete the TLS handshake with this pair.',
  remedy:
    'Pair the certificate with the key it was issued for. Compare with `openssl pkey -in KEY -pubout | openssl sha256` and `openssl x509 -in CERT -noout -pubkey | openssl sha256`.',
  appliesTo: () => ({}),
  consequence: (profile) =>
    `The client cannot complete the mutual-TLS handshake with this certificate and key; the connection fails before ${profile.wording.gateway} answers.`,
  *check(context) {
    const certificateFiles = new Map<string, SourceFile>();
    for (const file of context.inventory.files) {
      if (file.role !== 'key' && certificatesOf(file).length > 0)
        certificateFiles.set(pairingBaseName(file.path), file);
    }
    for (const keyFile of context.inventory.files) {
      const keys = keysOf(keyFile);
      if (keys.length === 0) continue;
      const certificateFile =
        certificatesOf(keyFile).length > 0 ? keyFile : certificateFiles.get(pairingBaseName(keyFile.path));
      if (!certificateFile) continue;
      const certificates = certificatesOf(certificateFile);
      const leaf =
        (certificateFile.role === 'client' ? readClientFile(certificateFile).leaf : undefined) ?? certificates[0]!;
      for (const key of keys) {
        if (certificates.some((object) => object.certificate.publicKey.sha256 === key.publicKeySha256)) continue;
        const where = keyFile === certificateFile ? `on line ${key.line}` : `in ${keyFile.path}`;
        const draft: FindingDraft = {
          message:
            `The private key ${where} does not match the certificate ${nameOf(leaf.certificate)}: ` +
            `public key SHA-256 of the key ${formatFingerprint(key.publicKeySha256!)}, of the certificate ${formatFingerprint(leaf.certificate.publicKey.sha256)}. ` +
            keyMismatch.consequence(context.profile),
          file: certificateFile.path,
          line: leaf.line,
          endLine: leaf.endLine,
          certificate: leaf.certificate,
        };
        yield draft;
      }
    }
  },
};
