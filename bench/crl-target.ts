// The three CRL readers bench/crl.mjs compares, bundled by it with ncc: ours
// (src/inventory/objects.ts and src/x509/crl.ts, as the engine reads a CRL
// file), pkijs and @peculiar/x509. Each reads one PEM file and looks up one
// serial number; the bench runs each in a process of its own for a clean
// peak RSS.
import 'reflect-metadata';
import { webcrypto } from 'node:crypto';
import * as x509 from '@peculiar/x509';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { readObjects } from '../src/inventory/objects.js';

x509.cryptoProvider.set(webcrypto);

function derOf(pem: string): Buffer {
  const body = pem.replace(/-----(BEGIN|END) X509 CRL-----/g, '').replace(/\s+/g, '');
  return Buffer.from(body, 'base64');
}

/** Reads the CRL and reports whether `serial` (lowercase hex) is revoked, and how many entries it holds. */
export const READERS: Record<string, (pem: Buffer, serial: string) => { entries: number; revoked: boolean }> = {
  'truststore-check (own DER reader)': (pem, serial) => {
    const object = readObjects(pem, Infinity).objects[0];
    if (object?.kind !== 'crl') throw new Error(`not read as a CRL: ${object?.kind}`);
    return { entries: object.crl.entries, revoked: object.crl.revocation(serial, object.crl.issuer.key) !== undefined };
  },
  pkijs: (pem, serial) => {
    const der = derOf(pem.toString('latin1'));
    // pkijs' own fromBER keeps asn1js 4's defaults (10,000 nodes, 16 MiB), which refuse any CRL past a few
    // thousand entries: the limits are raised to what a 50 MB list needs.
    const parsed = asn1js.fromBER(der.buffer.slice(der.byteOffset, der.byteOffset + der.byteLength), {
      maxNodes: 50_000_000,
      maxContentLength: 64 * 1024 * 1024,
    });
    if (parsed.offset === -1) throw new Error(parsed.result.error);
    const crl = new pkijs.CertificateRevocationList({ schema: parsed.result });
    const entries = crl.revokedCertificates ?? [];
    const wanted = Buffer.from(serial, 'hex');
    const revoked = entries.some((entry) => Buffer.from(entry.userCertificate.valueBlock.valueHexView).equals(wanted));
    return { entries: entries.length, revoked };
  },
  '@peculiar/x509': (pem, serial) => {
    // From DER: its PEM reader overflows the stack on a list this long (a regular expression over the whole body).
    const der = derOf(pem.toString('latin1'));
    const crl = new x509.X509Crl(der.buffer.slice(der.byteOffset, der.byteOffset + der.byteLength));
    return { entries: crl.entries.length, revoked: crl.findRevoked(serial) !== null };
  },
};
