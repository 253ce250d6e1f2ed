// A CRL's revoked entries, read the way a 50 MB list can be: indexed by serial number in one walk,
// each entry decoded only when a certificate is looked up.
import { children, content, decodeOid, decodeTime, DerError, expectTag, readNode, Tag, type DerNode } from './der.js';
import { generalNameKey } from './general-names.js';

const REASON_CODE = '2.5.29.21';

/** RFC 5280 §5.3.1 reason codes, by their number. */
const REVOCATION_REASONS = [
  'unspecified',
  'keyCompromise',
  'cACompromise',
  'affiliationChanged',
  'superseded',
  'cessationOfOperation',
  'certificateHold',
  'unused (7)',
  'removeFromCRL',
  'privilegeWithdrawn',
  'aACompromise',
];
/** An entry with this reason takes a certificate back off a (delta) CRL: OpenSSL does not count it as revoked. */
export const REMOVE_FROM_CRL = 'removeFromCRL';

export interface Revocation {
  date: Date;
  reason?: string;
}

/** Where an entry is, and the certificate issuer in force for it (certificateIssuer carries over to later entries). */
interface EntryIndex {
  /** Serial number (its minimal encoding as a Latin-1 string: cheap to make, exact as a key) to entry offset. */
  offsets: Map<string, number>;
  /** Later entries with a serial already seen, in file order. */
  repeats: Map<string, number[]>;
  /** For entries under a certificateIssuer extension: the directoryName keys it names. */
  issuers: Map<number, string[]>;
  count: number;
  unhandledCritical?: string;
}

/** certificateIssuer (2.5.29.29) as DER: entry extensions are compared with it without decoding every OID. */
const CERTIFICATE_ISSUER_DER = [0x06, 0x03, 0x55, 0x1d, 0x1d];

function isCertificateIssuer(source: Uint8Array, oid: DerNode): boolean {
  if (oid.end - oid.start !== CERTIFICATE_ISSUER_DER.length) return false;
  return CERTIFICATE_ISSUER_DER.every((byte, i) => source[oid.start + i] === byte);
}

/** The minimal two's-complement encoding of an INTEGER's content: OpenSSL compares serials by value. */
export function minimalStart(bytes: Uint8Array, start: number, end: number): number {
  let at = start;
  while (
    at < end - 1 &&
    ((bytes[at] === 0 && bytes[at + 1]! < 0x80) || (bytes[at] === 0xff && bytes[at + 1]! >= 0x80))
  ) {
    at++;
  }
  return at;
}

/** A serial number as the index keys it, from its lowercase hex (Certificate.serialNumber). */
export function serialIndexKey(hex: string): string {
  const bytes = Buffer.from(hex.length % 2 ? `0${hex}` : hex, 'hex');
  return bytes.toString('latin1', minimalStart(bytes, 0, bytes.length), bytes.length);
}

/**
 * Walks the revoked entries once without keeping an object per entry: a
 * 50 MB list becomes one map of serial number to entry offset. Dates and
 * reasons are decoded only for a certificate that is looked up (OpenSSL's
 * d2i checks their tags, not their text, so neither do we here).
 */
export function indexEntries(source: Buffer, revoked: DerNode | undefined): EntryIndex {
  const index: EntryIndex = { offsets: new Map(), repeats: new Map(), issuers: new Map(), count: 0 };
  if (!revoked) return index;
  let issuerInForce: string[] | undefined;
  for (let offset = revoked.contentStart; offset < revoked.end;) {
    const entry = readNode(source, offset, revoked.end);
    if (entry.tag !== Tag.SEQUENCE) throw new DerError('a revoked entry is not a SEQUENCE', entry.start);
    const serial = readNode(source, entry.contentStart, entry.end);
    if (serial.tag !== Tag.INTEGER || serial.end === serial.contentStart)
      throw new DerError('a revoked entry without a serial number', entry.start);
    const date = readNode(source, serial.end, entry.end);
    if (date.tag !== Tag.UTC_TIME && date.tag !== Tag.GENERALIZED_TIME)
      throw new DerError('a revoked entry without a revocation date', date.start);
    if (date.end < entry.end) {
      const extensions = readNode(source, date.end, entry.end);
      if (extensions.end !== entry.end || extensions.tag !== Tag.SEQUENCE)
        throw new DerError('malformed crlEntryExtensions', extensions.start);
      for (let at = extensions.contentStart; at < extensions.end;) {
        const extension = readNode(source, at, extensions.end);
        const oidNode = readNode(source, extension.contentStart, extension.end);
        if (oidNode.tag !== Tag.OID) throw new DerError('an entry extension without an OID', oidNode.start);
        const next = oidNode.end < extension.end ? readNode(source, oidNode.end, extension.end) : undefined;
        const isIssuer = isCertificateIssuer(source, oidNode);
        if (next?.tag === Tag.BOOLEAN && source[next.contentStart] !== 0 && !isIssuer)
          index.unhandledCritical ??= decodeOid(oidNode);
        if (isIssuer) {
          const fields = children(extension);
          const names = readNode(content(expectTag(fields[fields.length - 1], Tag.OCTET_STRING, 'certificateIssuer')));
          issuerInForce = children(expectTag(names, Tag.SEQUENCE, 'certificateIssuer')).map(generalNameKey);
        }
        at = extension.end;
      }
    }
    if (issuerInForce) index.issuers.set(entry.start, issuerInForce);
    const key = source.toString('latin1', minimalStart(source, serial.contentStart, serial.end), serial.end);
    const seen = index.offsets.get(key);
    if (seen === undefined) index.offsets.set(key, entry.start);
    else {
      const repeats = index.repeats.get(key);
      if (repeats) repeats.push(entry.start);
      else index.repeats.set(key, [entry.start]);
    }
    index.count++;
    offset = entry.end;
  }
  return index;
}

export function readRevocation(source: Uint8Array, start: number): Revocation {
  const entry = readNode(source, start);
  const [, dateNode, extensions] = children(entry);
  let reason: string | undefined;
  for (const extension of extensions ? children(extensions) : []) {
    const fields = children(extension);
    if (decodeOid(fields[0]!) !== REASON_CODE) continue;
    try {
      const code = content(readNode(content(fields[fields.length - 1]!)))[0] ?? 0;
      reason = REVOCATION_REASONS[code] ?? `reason ${code}`;
    } catch (error) {
      if (!(error instanceof DerError)) throw error;
      reason = 'an undecodable reason';
    }
  }
  return { date: decodeTime(dateNode!), ...(reason ? { reason } : {}) };
}
