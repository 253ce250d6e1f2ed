import {
  children,
  content,
  decodeOid,
  decodeString,
  DerError,
  expectTag,
  readNode,
  Tag,
  toHex,
  whole,
  type DerNode,
} from './der.js';

const SHORT_NAMES: Record<string, string> = {
  '2.5.4.3': 'CN',
  '2.5.4.4': 'SN',
  '2.5.4.5': 'serialNumber',
  '2.5.4.6': 'C',
  '2.5.4.7': 'L',
  '2.5.4.8': 'ST',
  '2.5.4.9': 'street',
  '2.5.4.10': 'O',
  '2.5.4.11': 'OU',
  '2.5.4.12': 'title',
  '2.5.4.42': 'GN',
  '2.5.4.46': 'dnQualifier',
  '2.5.4.97': 'organizationIdentifier',
  '0.9.2342.19200300.100.1.25': 'DC',
  '0.9.2342.19200300.100.1.1': 'UID',
  '1.2.840.113549.1.9.1': 'emailAddress',
};

const STRING_TAGS: ReadonlySet<number> = new Set([
  Tag.UTF8_STRING,
  Tag.PRINTABLE_STRING,
  Tag.IA5_STRING,
  Tag.T61_STRING,
  Tag.BMP_STRING,
  Tag.UNIVERSAL_STRING,
  0x1a,
]);

export interface DistinguishedName {
  /** One line, most significant first as written in the certificate, e.g. `C=US, O=Example, CN=Root`. */
  readonly text: string;
  /**
   * Comparison key, equal exactly when OpenSSL's X509_NAME_cmp says the names
   * are equal: string values converted to UTF-8, ASCII whitespace trimmed and
   * collapsed, ASCII letters lowercased (nothing else: a no-break space or a
   * non-ASCII capital stays as it is); other values by their type and bytes.
   * A name with a string OpenSSL cannot convert equals no name, not even itself.
   */
  readonly key: string;
  /** One comparison key per RDN, in order: name constraints match on RDN prefixes. */
  readonly rdns: readonly string[];
  readonly isEmpty: boolean;
  /** Bytes of the name's DER encoding (what a server lists in its CertificateRequest). */
  readonly byteLength: number;
  /** Every attribute in order, for the name-constraint checks that read e-mail addresses and common names. */
  readonly attributes: readonly NameAttribute[];
}

export interface NameAttribute {
  oid: string;
  /** The value's ASN.1 tag and its bytes. */
  tag: number;
  bytes: Uint8Array;
  /** The value as OpenSSL converts it to UTF-8; undefined where it cannot. */
  utf8?: string;
}

/** Whether `name` lies in the subtree rooted at `base` (RFC 5280 §4.2.1.10 directoryName). */
export function isWithinSubtree(name: DistinguishedName, base: DistinguishedName): boolean {
  return base.rdns.length <= name.rdns.length && base.rdns.every((rdn, index) => rdn === name.rdns[index]);
}

function escapeValue(value: string): string {
  // RFC 4514 escapes; control characters as \0A so a subject cannot forge extra lines in any output.
  return (
    value
      .replace(/[\\,+=<>#;"]/g, (c) => `\\${c}`)
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u001f\u007f]/g, (c) => `\\${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`)
  );
}

const utf8Strict = new TextDecoder('utf-8', { fatal: true });
const latin1 = new TextDecoder('latin1');

/** The value as OpenSSL's ASN1_STRING_to_UTF8 reads it, or undefined where it refuses (bad UTF-8, odd BMP length, surrogates). */
function utf8Value(node: DerNode): string | undefined {
  const bytes = content(node);
  const isSurrogate = (code: number) => code >= 0xd800 && code <= 0xdfff;
  switch (node.tag) {
    case Tag.UTF8_STRING:
      try {
        return utf8Strict.decode(bytes);
      } catch {
        return undefined;
      }
    case Tag.BMP_STRING: {
      if (bytes.length % 2 !== 0) return undefined;
      const codes: number[] = [];
      for (let i = 0; i < bytes.length; i += 2) codes.push((bytes[i]! << 8) | bytes[i + 1]!);
      return codes.some(isSurrogate) ? undefined : String.fromCharCode(...codes);
    }
    case Tag.UNIVERSAL_STRING: {
      if (bytes.length % 4 !== 0) return undefined;
      let text = '';
      for (let i = 0; i < bytes.length; i += 4) {
        const code = ((bytes[i]! << 24) | (bytes[i + 1]! << 16) | (bytes[i + 2]! << 8) | bytes[i + 3]!) >>> 0;
        if (code > 0x10ffff || isSurrogate(code)) return undefined;
        text += String.fromCodePoint(code);
      }
      return text;
    }
    default:
      // PrintableString, IA5String, T61String, VisibleString: one byte per character, read as Latin-1.
      return latin1.decode(bytes);
  }
}

/** OpenSSL's asn1_string_canon, as a string: undefined when the value cannot be compared at all. */
function canonicalValue(node: DerNode): string | undefined {
  if (!STRING_TAGS.has(node.tag)) return `t${node.tag}:${toHex(content(node))}`;
  const text = utf8Value(node);
  if (text === undefined) return undefined;
  // ossl_isspace and ossl_tolower: the C locale's ASCII whitespace and letters only.
  const canonical = text
    .replace(/^[ \t\n\v\f\r]+|[ \t\n\v\f\r]+$/g, '')
    .replace(/[ \t\n\v\f\r]+/g, ' ')
    .replace(/[A-Z]+/g, (letters) => letters.toLowerCase());
  return `s:${canonical}`;
}

let uncomparable = 0;

/** An attribute's comparison key, or undefined when OpenSSL cannot compare its value. */
function attributeKey(attribute: DerNode): string | undefined {
  const [typeNode, valueNode] = children(expectTag(attribute, Tag.SEQUENCE, 'AttributeTypeAndValue'));
  const oid = decodeOid(expectTag(typeNode, Tag.OID, 'attribute type'));
  if (!valueNode) throw new DerError(`attribute ${oid} has no value`, attribute.start);
  const value = canonicalValue(valueNode);
  return value === undefined ? undefined : JSON.stringify([oid, value]);
}

/**
 * The comparison key of `base` with a nameRelativeToCRLIssuer appended, as
 * OpenSSL's DIST_POINT_set_dpname builds it: each attribute of the relative
 * name becomes an RDN of its own.
 */
export function relativeNameKey(base: DistinguishedName, relative: DerNode): string {
  const added = children(relative).map(attributeKey);
  if (added.includes(undefined) || base.key.startsWith('!')) return `!uncomparable ${++uncomparable}`;
  return `[${[...base.rdns, ...added.map((key) => JSON.stringify([key]))].join(',')}]`;
}

/**
 * Names parsed, by their DER: a CA's name recurs as the issuer of every
 * certificate it signed. Only names that compare are kept (an uncomparable
 * one must equal no other parse), each parsed from its own copy of the bytes
 * so that it holds no certificate's buffer.
 */
const RECURRING = new Map<string, DistinguishedName>();
const MAX_RECURRING = 4096;

/**
 * parseName through the memo of recurring names: `keep` adds the name (an
 * issuer's, which recurs); otherwise it is only looked up (a subject's, which
 * recurs when it is a CA's).
 */
export function parseRecurringName(node: DerNode, keep: boolean): DistinguishedName {
  expectTag(node, Tag.SEQUENCE, 'Name');
  const bytes = whole(node);
  const memo = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('latin1');
  const known = RECURRING.get(memo);
  if (known) return known;
  const name = parseName(node);
  if (!keep || name.key.startsWith('!')) return name;
  if (RECURRING.size >= MAX_RECURRING) RECURRING.clear();
  RECURRING.set(memo, parseName(readNode(Uint8Array.from(bytes))));
  return name;
}

export function parseName(node: DerNode): DistinguishedName {
  expectTag(node, Tag.SEQUENCE, 'Name');
  const textParts: string[] = [];
  const keyParts: string[][] = [];
  const nameAttributes: NameAttribute[] = [];
  let comparable = true;
  for (const rdn of children(node)) {
    expectTag(rdn, Tag.SET, 'RelativeDistinguishedName');
    const attributes = children(rdn).map((attribute) => {
      const [typeNode, valueNode] = children(expectTag(attribute, Tag.SEQUENCE, 'AttributeTypeAndValue'));
      const oid = decodeOid(expectTag(typeNode, Tag.OID, 'attribute type'));
      if (!valueNode) throw new DerError(`attribute ${oid} has no value`, attribute.start);
      const label = SHORT_NAMES[oid] ?? oid;
      const display = STRING_TAGS.has(valueNode.tag) ? decodeString(valueNode) : `#${toHex(whole(valueNode))}`;
      const value = canonicalValue(valueNode);
      if (value === undefined) comparable = false;
      const converted = STRING_TAGS.has(valueNode.tag) ? utf8Value(valueNode) : undefined;
      nameAttributes.push({
        oid,
        tag: valueNode.tag,
        bytes: content(valueNode),
        ...(converted !== undefined ? { utf8: converted } : {}),
      });
      return { text: `${label}=${escapeValue(display)}`, key: JSON.stringify([oid, value]) };
    });
    textParts.push(attributes.map((a) => a.text).join(' + '));
    // A multi-valued RDN is a SET: OpenSSL compares its DER, where the members are sorted.
    keyParts.push(attributes.map((a) => a.key).sort());
  }
  if (!comparable) {
    const unique = `!uncomparable ${++uncomparable}`;
    return {
      text: textParts.join(', '),
      key: unique,
      rdns: keyParts.map(() => unique),
      isEmpty: false,
      byteLength: node.end - node.start,
      attributes: nameAttributes,
    };
  }
  const rdns = keyParts.map((rdn) => JSON.stringify(rdn));
  return {
    text: textParts.join(', '),
    key: JSON.stringify(keyParts),
    rdns,
    isEmpty: textParts.length === 0,
    byteLength: node.end - node.start,
    attributes: nameAttributes,
  };
}
