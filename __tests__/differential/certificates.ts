import { createHash, generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import {
  bitString,
  bool,
  explicit,
  implicit,
  integer,
  nullValue,
  octets,
  oid,
  printable,
  seq,
  set,
  time,
  utf8,
} from './der-writer.js';

/** A name as RDNs of attributes; `printable` picks PrintableString over UTF8String. */
export type NameSpec = Array<Array<{ oid: string; value: string; printable?: boolean }>>;

export const OID = {
  commonName: '2.5.4.3',
  organization: '2.5.4.10',
  basicConstraints: '2.5.29.19',
  keyUsage: '2.5.29.15',
  extKeyUsage: '2.5.29.37',
  subjectKeyId: '2.5.29.14',
  authorityKeyId: '2.5.29.35',
  nameConstraints: '2.5.29.30',
  clientAuth: '1.3.6.1.5.5.7.3.2',
} as const;

export function name(...rdns: Array<[oid: string, value: string]>): NameSpec {
  return rdns.map(([type, value]) => [{ oid: type, value }]);
}

export function encodeName(spec: NameSpec): Uint8Array {
  return seq(
    ...spec.map((rdn) =>
      set(
        ...rdn.map((attribute) =>
          seq(oid(attribute.oid), attribute.printable ? printable(attribute.value) : utf8(attribute.value)),
        ),
      ),
    ),
  );
}

export interface KeyPair {
  privateKey: KeyObject;
  spki: Uint8Array;
  kind: 'ec' | 'rsa';
  /** What `subjectKeyIdentifier = hash` would hold. */
  keyId: Uint8Array;
}

/** Keys are the slow part of making certificates: a small pool, made once per run, serves every case. */
export function makeKeyPool(ecKeys: number, rsaKeys: number): KeyPair[] {
  const pair = (kind: 'ec' | 'rsa'): KeyPair => {
    const { privateKey, publicKey } =
      kind === 'ec'
        ? generateKeyPairSync('ec', { namedCurve: 'P-256' })
        : generateKeyPairSync('rsa', { modulusLength: 2048 });
    const spki = publicKey.export({ type: 'spki', format: 'der' });
    return { privateKey, spki, kind, keyId: createHash('sha1').update(spki).digest() };
  };
  return [...Array.from({ length: ecKeys }, () => pair('ec')), ...Array.from({ length: rsaKeys }, () => pair('rsa'))];
}

export interface ExtensionSpec {
  oid: string;
  critical?: boolean;
  value: Uint8Array;
}

/** keyUsage bit positions (RFC 5280 §4.2.1.3). */
export const KU = { digitalSignature: 0, keyCertSign: 5, cRLSign: 6 } as const;

export const extension = {
  basicConstraints(ca: boolean, pathLen?: number): ExtensionSpec {
    return {
      oid: OID.basicConstraints,
      critical: true,
      value: seq(...(ca ? [bool(true)] : []), ...(pathLen !== undefined ? [integer(pathLen)] : [])),
    };
  },
  /** Named bits; an empty list makes the empty keyUsage OpenSSL marks invalid. */
  keyUsage(bits: number[]): ExtensionSpec {
    let mask = 0;
    for (const bit of bits) mask |= 0x80 >> bit;
    const bytes = bits.length === 0 ? new Uint8Array(0) : Uint8Array.of(mask);
    const unused = bits.length === 0 ? 0 : Math.min(7, 7 - Math.max(...bits));
    return { oid: OID.keyUsage, critical: true, value: bitString(bytes, unused) };
  },
  clientAuth(): ExtensionSpec {
    return { oid: OID.extKeyUsage, value: seq(oid(OID.clientAuth)) };
  },
  serverAuth(): ExtensionSpec {
    return { oid: OID.extKeyUsage, value: seq(oid('1.3.6.1.5.5.7.3.1')) };
  },
  subjectKeyId(keyId: Uint8Array): ExtensionSpec {
    return { oid: OID.subjectKeyId, value: octets(keyId) };
  },
  authorityKeyId(fields: {
    keyId?: Uint8Array;
    directoryNames?: NameSpec[];
    uri?: string;
    serial?: bigint;
  }): ExtensionSpec {
    const issuerNames = [
      ...(fields.uri ? [implicit(6, Buffer.from(fields.uri, 'latin1'))] : []),
      ...(fields.directoryNames ?? []).map((n) => explicit(4, encodeName(n))),
    ];
    return {
      oid: OID.authorityKeyId,
      value: seq(
        ...(fields.keyId ? [implicit(0, fields.keyId)] : []),
        ...(issuerNames.length > 0 ? [explicit(1, ...issuerNames)] : []),
        ...(fields.serial !== undefined ? [implicit(2, integer(fields.serial).subarray(2))] : []),
      ),
    };
  },
  nameConstraints(permitted: NameSpec[], excluded: NameSpec[] = []): ExtensionSpec {
    const subtrees = (names: NameSpec[]) => names.map((n) => seq(explicit(4, encodeName(n))));
    return {
      oid: OID.nameConstraints,
      critical: true,
      value: seq(
        ...(permitted.length ? [explicit(0, ...subtrees(permitted))] : []),
        ...(excluded.length ? [explicit(1, ...subtrees(excluded))] : []),
      ),
    };
  },
};

export interface CertificateSpec {
  subject: NameSpec;
  issuer: NameSpec;
  serial: bigint;
  notBefore: Date;
  notAfter: Date;
  key: KeyPair;
  signer: KeyPair;
  extensions: ExtensionSpec[];
  /** The signature's hash: SHA-256 unless a case needs the insecure SHA-1. */
  digest?: 'sha256' | 'sha1';
  /** Another algorithm named inside the signed part than outside it (RFC 5280 requires the same). */
  innerAlgorithm?: string;
}

const SIGNATURE_OIDS = {
  ec: { sha256: '1.2.840.10045.4.3.2', sha1: '1.2.840.10045.4.1' },
  rsa: { sha256: '1.2.840.113549.1.1.11', sha1: '1.2.840.113549.1.1.5' },
} as const;

/** A signed X.509 v3 certificate: ECDSA or RSA PKCS#1 by the signer's key type, SHA-256 unless told. */
export function makeCertificate(spec: CertificateSpec): string {
  const digest = spec.digest ?? 'sha256';
  const algorithmOid = oid(SIGNATURE_OIDS[spec.signer.kind][digest]);
  const algorithm = spec.signer.kind === 'ec' ? seq(algorithmOid) : seq(algorithmOid, nullValue());
  const extensions = spec.extensions.map((e) => seq(oid(e.oid), ...(e.critical ? [bool(true)] : []), octets(e.value)));
  const tbs = seq(
    explicit(0, integer(2)),
    integer(spec.serial),
    spec.innerAlgorithm ? seq(oid(spec.innerAlgorithm)) : algorithm,
    encodeName(spec.issuer),
    seq(time(spec.notBefore), time(spec.notAfter)),
    encodeName(spec.subject),
    spec.key.spki,
    ...(extensions.length > 0 ? [explicit(3, seq(...extensions))] : []),
  );
  const signature = sign(digest, tbs, spec.signer.privateKey);
  const der = seq(tbs, algorithm, bitString(signature));
  const base64 = Buffer.from(der).toString('base64').replace(/.{64}/g, '$&\n');
  return `-----BEGIN CERTIFICATE-----\n${base64.trimEnd()}\n-----END CERTIFICATE-----\n`;
}

/** A CRL distribution point or issuing distribution point name: one URI as the fullName. */
function distributionPointName(uri: string): Uint8Array {
  return explicit(0, explicit(0, implicit(6, Buffer.from(uri, 'latin1'))));
}

export const crlDistribution = {
  /** cRLDistributionPoints with one point named by a URI. */
  points(uri: string): ExtensionSpec {
    return { oid: '2.5.29.31', value: seq(seq(distributionPointName(uri))) };
  },
};

export interface CrlSpec {
  issuer: NameSpec;
  signer: KeyPair;
  thisUpdate: Date;
  nextUpdate?: Date;
  revoked: Array<{ serial: bigint; date: Date; reason?: number }>;
  authorityKeyId?: Uint8Array;
  crlNumber?: { value: bigint; critical?: boolean };
  issuingDistributionPoint?: { uri?: string; onlyUser?: boolean; onlyCa?: boolean };
}

/** A signed X.509 v2 CRL, PEM: SHA-256 with ECDSA or RSA PKCS#1, by the signer's key type. */
export function makeCrl(spec: CrlSpec): string {
  const algorithm =
    spec.signer.kind === 'ec' ? seq(oid('1.2.840.10045.4.3.2')) : seq(oid('1.2.840.113549.1.1.11'), nullValue());
  const entries = spec.revoked.map((entry) =>
    seq(
      integer(entry.serial),
      time(entry.date),
      ...(entry.reason !== undefined ? [seq(seq(oid('2.5.29.21'), octets(Uint8Array.of(0x0a, 1, entry.reason))))] : []),
    ),
  );
  const extensions: Uint8Array[] = [];
  if (spec.authorityKeyId) extensions.push(seq(oid(OID.authorityKeyId), octets(seq(implicit(0, spec.authorityKeyId)))));
  if (spec.crlNumber)
    extensions.push(
      seq(oid('2.5.29.20'), ...(spec.crlNumber.critical ? [bool(true)] : []), octets(integer(spec.crlNumber.value))),
    );
  const idp = spec.issuingDistributionPoint;
  if (idp) {
    const fields = [
      ...(idp.uri ? [distributionPointName(idp.uri)] : []),
      ...(idp.onlyUser ? [implicit(1, Uint8Array.of(0xff))] : []),
      ...(idp.onlyCa ? [implicit(2, Uint8Array.of(0xff))] : []),
    ];
    extensions.push(seq(oid('2.5.29.28'), bool(true), octets(seq(...fields))));
  }
  const tbs = seq(
    integer(1),
    algorithm,
    encodeName(spec.issuer),
    time(spec.thisUpdate),
    ...(spec.nextUpdate ? [time(spec.nextUpdate)] : []),
    ...(entries.length > 0 ? [seq(...entries)] : []),
    ...(extensions.length > 0 ? [explicit(0, seq(...extensions))] : []),
  );
  const signature = sign('sha256', tbs, spec.signer.privateKey);
  const der = seq(tbs, algorithm, bitString(signature));
  const base64 = Buffer.from(der).toString('base64').replace(/.{64}/g, '$&\n');
  return `-----BEGIN X509 CRL-----\n${base64.trimEnd()}\n-----END X509 CRL-----\n`;
}
