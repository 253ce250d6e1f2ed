import type { Certificate } from '../x509/certificate.js';
import type { CertificateObject, LoadedCertificate, ReaderDisagreement } from './file-objects.js';
import { readGoPem } from './readers/go-pem.js';
import { goParsesCertificate } from './readers/go-x509.js';
import { parseCertificate } from '../x509/certificate.js';
import { rethrowUnlessDerError } from '../x509/der.js';

/**
 * Go's reading (`x509.CertPool.AppendCertsFromPEM`): each CERTIFICATE block
 * without headers whose bytes `x509.ParseCertificate` takes whole, as
 * modelled here; `known` holds certificates already parsed, by their DER.
 */
export function goCertificates(
  bytes: Uint8Array,
  known: ReadonlyMap<string, Certificate> = new Map(),
): LoadedCertificate[] {
  const loaded: LoadedCertificate[] = [];
  for (const block of readGoPem(bytes)) {
    if (block.type !== 'CERTIFICATE' || block.hasHeaders) continue;
    const key = Buffer.from(block.bytes).toString('latin1');
    let certificate = known.get(key);
    if (!certificate) {
      try {
        certificate = parseCertificate(block.bytes);
      } catch (error) {
        rethrowUnlessDerError(error);
        continue;
      }
    }
    if (!goParsesCertificate(certificate, block.bytes)) continue;
    loaded.push({ sha256: certificate.sha256, line: block.line, subject: certificate.subject.text });
  }
  return loaded;
}

function sameCertificates(a: readonly LoadedCertificate[], b: readonly LoadedCertificate[]): boolean {
  if (a.length !== b.length) return false;
  const sorted = (list: readonly LoadedCertificate[]) => list.map((entry) => entry.sha256).sort();
  const [x, y] = [sorted(a), sorted(b)];
  return x.every((sha256, index) => sha256 === y[index]);
}

const loaded = (object: CertificateObject): LoadedCertificate => ({
  sha256: object.certificate.sha256,
  line: object.line,
  subject: object.certificate.subject.text,
});

/**
 * Where Go's reading of a PEM text file differs from OpenSSL's, which loaded
 * `certificates` (each from its block's bytes, in `blockBytes`); `plain` when
 * both readers frame the file's blocks alike. Undefined when they agree.
 */
export function readerDisagreement(
  bytes: Uint8Array,
  plain: boolean,
  certificates: readonly CertificateObject[],
  blockBytes: ReadonlyMap<CertificateObject, Uint8Array>,
): ReaderDisagreement | undefined {
  const openssl = certificates.map(loaded);
  // A plain file frames alike in both readers: Go's blocks are OpenSSL's, and only its x509 parser can differ.
  const go = plain
    ? certificates.filter((object) => goParsesCertificate(object.certificate, blockBytes.get(object)!)).map(loaded)
    : goCertificates(
        bytes,
        new Map(
          certificates.map((object) => [Buffer.from(blockBytes.get(object)!).toString('latin1'), object.certificate]),
        ),
      );
  if (sameCertificates(openssl, go)) return undefined;
  const lines = [...openssl, ...go].map((entry) => entry.line);
  const goShas = new Set(go.map((entry) => entry.sha256));
  const opensslShas = new Set(openssl.map((entry) => entry.sha256));
  const differing = [
    ...openssl.filter((entry) => !goShas.has(entry.sha256)),
    ...go.filter((entry) => !opensslShas.has(entry.sha256)),
  ].map((entry) => entry.line);
  const first = Math.min(...(differing.length > 0 ? differing : lines.length > 0 ? lines : [1]));
  return { line: first, endLine: first, openssl, go };
}
