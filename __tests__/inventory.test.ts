import { readFileSync } from 'node:fs';
import path from 'node:path';
import { readObjects } from '../src/inventory/objects.js';
import { beginLines, check, FIXTURES, findingsOf } from './helpers.js';

const read = (fixture: string) => readObjects(readFileSync(path.join(FIXTURES, fixture))).objects;

describe('inventory', () => {
  test('a garbage block in the middle: OpenSSL stops there and loads nothing from the file', async () => {
    const report = await check({ truststore: ['truststores/garbage-in-middle.pem'] });
    const begins = beginLines('truststores/garbage-in-middle.pem');
    // root, garbage, intermediate, truncated EC root: PEM_X509_INFO_read_bio fails at the garbage.
    expect(report.certificates).toEqual([]);
    expect(findingsOf(report, 'file-not-loadable').map((f) => f.line)).toEqual([begins[1]]);
    expect(findingsOf(report, 'malformed-certificate')).toEqual([]);
  });

  test('line spans cover BEGIN to END, and text between blocks is its own span', () => {
    const objects = read('truststores/text-dump.pem');
    const begins = beginLines('truststores/text-dump.pem');
    const text = objects.filter((o) => o.kind === 'text');
    const certificates = objects.filter((o) => o.kind === 'certificate');
    expect(text).toHaveLength(1);
    expect(text[0]).toMatchObject({ line: 1, endLine: begins[0]! - 1 });
    expect(certificates.map((o) => o.line)).toEqual(begins);
    const lines = readFileSync(path.join(FIXTURES, 'truststores/text-dump.pem'), 'latin1').split('\n');
    for (const certificate of certificates) expect(lines[certificate.endLine - 1]).toBe('-----END CERTIFICATE-----');
  });

  test('DER certificates are read as line 1', () => {
    const [object] = read('files/client-p256.der');
    expect(object).toMatchObject({ kind: 'certificate', encoding: 'der', line: 1, endLine: 1 });
  });

  test('PKCS#7 bundles load no certificate, and say which they hold', () => {
    const read = readObjects(readFileSync(path.join(FIXTURES, 'truststores/bundle.p7b.pem')));
    expect(read.objects.filter((o) => o.kind === 'certificate')).toEqual([]);
    expect(read.notLoaded?.map((entry) => entry.certificates?.map((c) => c.subject.text))).toEqual([
      ['O=Fixture PKI, CN=Fixture Root CA RSA', 'O=Fixture PKI, CN=Fixture Issuing CA RSA'],
    ]);
  });

  test('OpenSSL TRUSTED CERTIFICATE blocks are read, auxiliary trust data ignored', () => {
    const objects = read('truststores/trusted-certificate.pem');
    expect(objects.map((o) => (o.kind === 'certificate' ? o.encoding : o.kind))).toEqual(['pem', 'trusted-pem']);
  });

  test('each form of private key is recognised, and a public key is derived where it can be', () => {
    const expectations: Record<string, { encrypted: boolean; derived: boolean }> = {
      'keys/pkcs1.key': { encrypted: false, derived: true },
      'keys/pkcs8.key': { encrypted: false, derived: true },
      'keys/sec1.key': { encrypted: false, derived: true },
      'keys/pkcs8.der': { encrypted: false, derived: true },
      'keys/encrypted-pkcs8.key': { encrypted: true, derived: false },
      'keys/encrypted-pkcs1.key': { encrypted: true, derived: false },
      'keys/openssh.key': { encrypted: false, derived: false },
    };
    for (const [fixture, expected] of Object.entries(expectations)) {
      const [object] = read(fixture);
      expect({ fixture, kind: object?.kind }).toEqual({ fixture, kind: 'private-key' });
      if (object?.kind !== 'private-key') continue;
      expect({ fixture, encrypted: object.encrypted, derived: object.publicKeySha256 !== undefined }).toEqual({
        fixture,
        ...expected,
      });
    }
  });

  test('an empty file, binary junk and a truncated PEM each give one malformed object', () => {
    for (const fixture of ['files/empty.pem', 'files/binary.bin', 'files/truncated.pem']) {
      const objects = read(fixture);
      expect({ fixture, kinds: objects.map((o) => o.kind) }).toEqual({ fixture, kinds: ['malformed'] });
    }
  });
});
