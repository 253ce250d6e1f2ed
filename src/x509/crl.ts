import { parseSignatureAlgorithm, type PssParameters } from './certificate.js';
import type { SignatureAlgorithmInfo } from './algorithms.js';
import {
  bitStringBytes,
  children,
  content,
  decodeOid,
  decodeSmallInteger,
  decodeTime,
  DerError,
  expectTag,
  readNode,
  rethrowUnlessDerError,
  Tag,
  toHex,
  whole,
  type DerNode,
} from './der.js';
import { parseDistributionPointName, type DistributionPointName } from './distribution-points.js';
import { directoryNameKey, generalNameKey } from './general-names.js';
import { parseName, type DistinguishedName } from './names.js';
import { indexEntries, minimalStart, readRevocation, serialIndexKey, type Revocation } from './crl-entries.js';
import { sha256Hex } from './sha256.js';

/**
 * CRL extensions OpenSSL processes when they are critical (crl_cb): any other
 * critical one, the CRL number included, makes it refuse to use the list.
 */
const HANDLED_CRITICAL_EXTENSIONS = new Set([
  '2.5.29.28', // issuingDistributionPoint
  '2.5.29.35', // authorityKeyIdentifier
  '2.5.29.27', // deltaCRLIndicator
]);
/** The issuingDistributionPoint of a CRL: which certificates it covers (RFC 5280 §5.2.5), as OpenSSL reads it. */
export interface IssuingDistributionPoint {
  name?: DistributionPointName;
  onlyUserCertificates: boolean;
  onlyCaCertificates: boolean;
  onlyAttributeCertificates: boolean;
  /** More than one of the three "only" flags: OpenSSL cannot use the CRL (IDP_INVALID). */
  invalid: boolean;
  /** indirectCRL or onlySomeReasons: forms OpenSSL uses only with extended CRL support, which servers do not turn on. */
  needsExtendedSupport: boolean;
}

export interface RevocationList {
  readonly der: Uint8Array;
  readonly sha256: string;
  readonly issuer: DistinguishedName;
  readonly thisUpdate: Date;
  readonly nextUpdate?: Date;
  readonly signatureAlgorithm: SignatureAlgorithmInfo;
  /** The algorithm inside the signed part equals the outer one; X509_CRL_verify refuses a list where they differ. */
  readonly signatureAlgorithmsMatch: boolean;
  readonly pss?: PssParameters;
  readonly tbs: Uint8Array;
  readonly signature: Uint8Array;
  readonly authorityKeyId?: string;
  readonly authorityCertSerialNumber?: string;
  readonly authorityCertIssuer?: string;
  readonly crlNumber?: string;
  /** A delta CRL (deltaCRLIndicator): OpenSSL does not use one on its own. */
  readonly isDelta: boolean;
  readonly issuingDistributionPoint?: IssuingDistributionPoint;
  /** A critical extension of the list or of an entry that OpenSSL does not process: it then refuses the list. */
  readonly unhandledCriticalExtension?: string;
  /** Extensions whose value could not be decoded: OpenSSL ignores them (as if absent), so do we, and says so. */
  readonly undecodableExtensions: string[];
  /** How many certificates the list revokes (entries). */
  readonly entries: number;
  /**
   * The entry for a certificate, by its serial number (lowercase hex of the
   * minimal INTEGER encoding, as Certificate.serialNumber) and its issuer's
   * name key, as X509_CRL_get0_by_cert finds it.
   */
  revocation(serialNumber: string, issuerKey: string): Revocation | undefined;
}

/** A serial number (or CRL number) by value, as hex: OpenSSL compares them by value, not by encoding. */
function serialKey(bytes: Uint8Array): string {
  return toHex(bytes.subarray(minimalStart(bytes, 0, bytes.length)));
}

function isTrue(field: DerNode): boolean {
  return content(field)[0] !== undefined && content(field)[0] !== 0;
}

function parseIssuingDistributionPoint(value: DerNode, issuer: DistinguishedName): IssuingDistributionPoint {
  const point: IssuingDistributionPoint = {
    onlyUserCertificates: false,
    onlyCaCertificates: false,
    onlyAttributeCertificates: false,
    invalid: false,
    needsExtendedSupport: false,
  };
  for (const field of children(expectTag(value, Tag.SEQUENCE, 'issuingDistributionPoint'))) {
    switch (field.tag) {
      case 0xa0:
        point.name = parseDistributionPointName(field, issuer);
        break;
      case 0x81:
        point.onlyUserCertificates = isTrue(field);
        break;
      case 0x82:
        point.onlyCaCertificates = isTrue(field);
        break;
      case 0x83:
        point.needsExtendedSupport = true; // onlySomeReasons
        break;
      case 0x84:
        point.needsExtendedSupport ||= isTrue(field); // indirectCRL
        break;
      case 0x85:
        point.onlyAttributeCertificates = isTrue(field);
        break;
    }
  }
  const only = [point.onlyUserCertificates, point.onlyCaCertificates, point.onlyAttributeCertificates];
  point.invalid = only.filter(Boolean).length > 1;
  return point;
}

interface ListExtensions {
  authorityKeyId?: string;
  authorityCertSerialNumber?: string;
  authorityCertIssuer?: string;
  crlNumber?: string;
  isDelta: boolean;
  issuingDistributionPoint?: IssuingDistributionPoint;
  unhandledCriticalExtension?: string;
  undecodable: string[];
}

function parseListExtensions(node: DerNode | undefined, issuer: DistinguishedName): ListExtensions {
  const result: ListExtensions = { isDelta: false, undecodable: [] };
  if (!node) return result;
  for (const extension of children(expectTag(children(node)[0], Tag.SEQUENCE, 'crlExtensions'))) {
    const fields = children(expectTag(extension, Tag.SEQUENCE, 'Extension'));
    const oid = decodeOid(expectTag(fields[0], Tag.OID, 'extension OID'));
    const critical = fields[1]?.tag === Tag.BOOLEAN && isTrue(fields[1]);
    if (critical && !HANDLED_CRITICAL_EXTENSIONS.has(oid)) result.unhandledCriticalExtension ??= oid;
    const valueNode = expectTag(fields[fields.length - 1], Tag.OCTET_STRING, `extension ${oid} value`);
    try {
      const value = readNode(content(valueNode));
      if (oid === '2.5.29.35') {
        for (const field of children(expectTag(value, Tag.SEQUENCE, 'authorityKeyIdentifier'))) {
          if (field.tag === 0x80) result.authorityKeyId = toHex(content(field));
          else if (field.tag === 0x82) result.authorityCertSerialNumber = serialKey(content(field));
          else if (field.tag === 0xa1) {
            const first = children(field)
              .map(generalNameKey)
              .find((key) => key.startsWith(directoryNameKey('')));
            if (first) result.authorityCertIssuer = first.slice(directoryNameKey('').length);
          }
        }
      } else if (oid === '2.5.29.20') result.crlNumber = serialKey(content(expectTag(value, Tag.INTEGER, 'cRLNumber')));
      else if (oid === '2.5.29.27') {
        expectTag(value, Tag.INTEGER, 'deltaCRLIndicator');
        result.isDelta = true;
      } else if (oid === '2.5.29.28') result.issuingDistributionPoint = parseIssuingDistributionPoint(value, issuer);
    } catch (error) {
      rethrowUnlessDerError(error);
      // OpenSSL's X509_CRL_get_ext_d2i fails and the list is used as if the extension were absent.
      result.undecodable.push(oid);
    }
  }
  return result;
}

/** Parses one DER CertificateList (RFC 5280 §5.1); throws DerError when it is not one. */
export function parseCrl(der: Uint8Array): RevocationList {
  const outer = readNode(der);
  if (outer.tag !== Tag.SEQUENCE) throw new DerError('not a CRL: does not start with a SEQUENCE', 0);
  if (outer.end !== der.length)
    throw new DerError(`trailing data: ${der.length - outer.end} bytes after the CRL`, outer.end);
  const listDer = whole(outer);
  const [tbs, outerAlgorithmNode, signatureNode] = children(outer);
  const tbsFields = children(expectTag(tbs, Tag.SEQUENCE, 'TBSCertList'));
  let index = 0;
  if (tbsFields[0]?.tag === Tag.INTEGER) {
    const version = decodeSmallInteger(tbsFields[0]);
    if (version !== 1) throw new DerError(`CRL version ${version + 1} is not 2`, tbsFields[0].start);
    index = 1;
  }
  const innerAlgorithmNode = expectTag(tbsFields[index++], Tag.SEQUENCE, 'TBS signature');
  const { pss, ...signatureAlgorithm } = parseSignatureAlgorithm(outerAlgorithmNode, 'signatureAlgorithm');
  const issuer = parseName(expectTag(tbsFields[index++], Tag.SEQUENCE, 'issuer'));
  const thisUpdateNode = tbsFields[index++];
  if (!thisUpdateNode) throw new DerError('missing thisUpdate', tbs!.end);
  const thisUpdate = decodeTime(thisUpdateNode);
  let nextUpdate: Date | undefined;
  const maybeNext = tbsFields[index];
  if (maybeNext?.tag === Tag.UTC_TIME || maybeNext?.tag === Tag.GENERALIZED_TIME) {
    nextUpdate = decodeTime(maybeNext);
    index++;
  }
  const revoked = tbsFields[index]?.tag === Tag.SEQUENCE ? tbsFields[index++] : undefined;
  const extensionsNode = tbsFields[index]?.tag === 0xa0 ? tbsFields[index++] : undefined;
  if (index !== tbsFields.length) throw new DerError('unexpected field in TBSCertList', tbsFields[index]!.start);
  const entries = indexEntries(Buffer.from(der.buffer, der.byteOffset, der.byteLength), revoked);
  const extensions = parseListExtensions(extensionsNode, issuer);
  const signature = bitStringBytes(expectTag(signatureNode, Tag.BIT_STRING, 'signatureValue'));

  const revocation = (serialNumber: string, issuerKey: string): Revocation | undefined => {
    const key = serialIndexKey(serialNumber);
    const first = entries.offsets.get(key);
    if (first === undefined) return undefined;
    // crl_revoked_issuer_match: an entry under a certificateIssuer names the issuer; otherwise it is the CRL's.
    const matches = (start: number) => {
      const named = entries.issuers.get(start);
      return named ? named.includes(directoryNameKey(issuerKey)) : issuerKey === issuer.key;
    };
    for (const start of [first, ...(entries.repeats.get(key) ?? [])]) {
      if (matches(start)) return readRevocation(der, start);
    }
    return undefined;
  };
  const unhandledCriticalExtension = extensions.unhandledCriticalExtension ?? entries.unhandledCritical;
  return {
    der: listDer,
    sha256: sha256Hex(listDer),
    issuer,
    thisUpdate,
    ...(nextUpdate ? { nextUpdate } : {}),
    signatureAlgorithm,
    signatureAlgorithmsMatch: Buffer.compare(whole(innerAlgorithmNode), whole(outerAlgorithmNode!)) === 0,
    ...(pss ? { pss } : {}),
    tbs: whole(tbs!),
    signature,
    ...(extensions.authorityKeyId ? { authorityKeyId: extensions.authorityKeyId } : {}),
    ...(extensions.authorityCertSerialNumber
      ? { authorityCertSerialNumber: extensions.authorityCertSerialNumber }
      : {}),
    ...(extensions.authorityCertIssuer ? { authorityCertIssuer: extensions.authorityCertIssuer } : {}),
    ...(extensions.crlNumber ? { crlNumber: extensions.crlNumber } : {}),
    isDelta: extensions.isDelta,
    ...(extensions.issuingDistributionPoint ? { issuingDistributionPoint: extensions.issuingDistributionPoint } : {}),
    ...(unhandledCriticalExtension ? { unhandledCriticalExtension } : {}),
    undecodableExtensions: extensions.undecodable,
    entries: entries.count,
    revocation,
  };
}
