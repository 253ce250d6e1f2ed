import 'reflect-metadata';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import * as x509 from '@peculiar/x509';
import { readObjects } from '../src/inventory/objects.js';
import type { Certificate } from '../src/x509/certificate.js';
import { FIXTURES } from './helpers.js';

/**
 * The DER reader is ours, so it is checked against two independent readers
 * over every fixture certificate: the openssl CLI and @peculiar/x509.
 */
function fixtureCertificates(): Array<{ name: string; certificate: Certificate; pem: string }> {
  const result: Array<{ name: string; certificate: Certificate; pem: string }> = [];
  for (const folder of ['clients', 'chains', 'truststores']) {
    for (const file of readdirSync(path.join(FIXTURES, folder))) {
      // The bulk bundles repeat shapes the other fixtures already cover, a thousand times over.
      if (['1001-certificates.pem', 'same-subject-1000.pem', 'deep-100.pem'].includes(file)) continue;
      if (!file.includes('.')) continue; // a folder (truststores/split)
      const bytes = readFileSync(path.join(FIXTURES, folder, file));
      readObjects(bytes).objects.forEach((object, index) => {
        if (object.kind !== 'certificate') return;
        const pem = new x509.X509Certificate(Buffer.from(object.certificate.der)).toString('pem');
        result.push({ name: `${folder}/${file}#${index}`, certificate: object.certificate, pem });
      });
    }
  }
  return result;
}

const certificates = fixtureCertificates();

function openssl(args: string[], input: string): string {
  return execFileSync('openssl', args, { input, encoding: 'utf8' });
}

describe('certificate fields agree with the openssl CLI', () => {
  test.each(certificates.map((c) => [c.name, c] as const))('%s', (_name, { certificate, pem }) => {
    const fingerprint = openssl(['x509', '-noout', '-fingerprint', '-sha256'], pem)
      .trim()
      .split('=')[1]!
      .replace(/:/g, '');
    expect(certificate.sha256).toBe(fingerprint);
    const serial = openssl(['x509', '-noout', '-serial'], pem).trim().split('=')[1]!.toLowerCase();
    expect(certificate.serialNumber.replace(/^00/, '')).toBe(
      serial.replace(/^0+(?=.)/, '').padStart(certificate.serialNumber.replace(/^00/, '').length, '0'),
    );
    const text = openssl(['x509', '-noout', '-text'], pem);
    const bits = /Public-Key: \((\d+) bit\)/.exec(text);
    if (bits && (certificate.publicKey.type === 'RSA' || certificate.publicKey.type === 'RSA-PSS'))
      expect(certificate.publicKey.bits).toBe(Number(bits[1]));
    const ca = /CA:(TRUE|FALSE)/.exec(text);
    expect(certificate.basicConstraints?.ca ?? null).toBe(ca ? ca[1] === 'TRUE' : null);
    const pathlen = /pathlen:(\d+)/.exec(text);
    expect(certificate.basicConstraints?.pathLen ?? null).toBe(pathlen ? Number(pathlen[1]) : null);
    const dates = openssl(['x509', '-noout', '-startdate', '-enddate', '-dateopt', 'iso_8601'], pem);
    const [notBefore, notAfter] = [...dates.matchAll(/=(.+)/g)].map((m) =>
      new Date(m[1]!.trim().replace(' ', 'T')).toISOString(),
    );
    expect([certificate.notBefore.toISOString(), certificate.notAfter.toISOString()]).toEqual([notBefore, notAfter]);
  });
});

describe('certificate fields agree with @peculiar/x509', () => {
  test.each(certificates.map((c) => [c.name, c] as const))('%s', (_name, { certificate, pem }) => {
    const other = new x509.X509Certificate(pem);
    const ski = other.getExtension(x509.SubjectKeyIdentifierExtension);
    expect(certificate.subjectKeyId ?? null).toBe(ski ? ski.keyId : null);
    const aki = other.getExtension(x509.AuthorityKeyIdentifierExtension);
    expect(certificate.authorityKeyId ?? null).toBe(aki?.keyId ?? null);
    const eku = other.getExtension(x509.ExtendedKeyUsageExtension);
    const names: Record<string, string> = { '1.3.6.1.5.5.7.3.1': 'serverAuth', '1.3.6.1.5.5.7.3.2': 'clientAuth' };
    expect(certificate.extendedKeyUsage ?? null).toEqual(
      eku ? eku.usages.map((usage) => names[String(usage)] ?? String(usage)) : null,
    );
    const keyUsage = other.getExtension(x509.KeyUsagesExtension);
    expect(certificate.keyUsage?.includes('keyCertSign') ?? null).toBe(
      keyUsage ? (keyUsage.usages & x509.KeyUsageFlags.keyCertSign) !== 0 : null,
    );
    // Name text differs in format; the attribute values must not.
    const values = (dn: string) =>
      [...dn.matchAll(/=((?:\\.|[^,+\\])*)/g)].map((m) => m[1]!.replace(/\\(.)/g, '$1').trim()).sort();
    expect(values(certificate.subject.text)).toEqual(values(other.subject));
    expect(certificate.selfIssued).toBe(other.subject === other.issuer);
  });
});
