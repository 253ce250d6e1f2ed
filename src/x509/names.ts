import { children, decodeOid, decodeString, expectTag, Tag, toHex, whole, type DerNode } from './der.js';

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
   * Comparison key: RFC 5280 §7.1 name matching approximated as OpenSSL does it
   * (string values case-folded with inner whitespace collapsed, other values by
   * their encoding). Two names are the same issuer exactly when keys are equal.
   */
  readonly key: string;
  /** One comparison key per RDN, in order: name constraints match on RDN prefixes. */
  readonly rdns: readonly string[];
  readonly isEmpty: boolean;
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

function canonicalValue(node: DerNode): string {
  if (!STRING_TAGS.has(node.tag)) return `#${toHex(whole(node))}`;
  return decodeString(node).trim().replace(/\s+/g, ' ').toLowerCase();
}

export function parseName(node: DerNode): DistinguishedName {
  expectTag(node, Tag.SEQUENCE, 'Name');
  const textParts: string[] = [];
  const keyParts: string[][] = [];
  for (const rdn of children(node)) {
    expectTag(rdn, Tag.SET, 'RelativeDistinguishedName');
    const attributes = children(rdn).map((attribute) => {
      const [typeNode, valueNode] = children(expectTag(attribute, Tag.SEQUENCE, 'AttributeTypeAndValue'));
      const oid = decodeOid(expectTag(typeNode, Tag.OID, 'attribute type'));
      if (!valueNode) throw new Error(`attribute ${oid} has no value`);
      const label = SHORT_NAMES[oid] ?? oid;
      const display = STRING_TAGS.has(valueNode.tag) ? decodeString(valueNode) : `#${toHex(whole(valueNode))}`;
      return { text: `${label}=${escapeValue(display)}`, key: [oid, canonicalValue(valueNode)] };
    });
    textParts.push(attributes.map((a) => a.text).join(' + '));
    keyParts.push(attributes.map((a) => JSON.stringify(a.key)).sort());
  }
  const rdns = keyParts.map((rdn) => JSON.stringify(rdn));
  return { text: textParts.join(', '), key: JSON.stringify(keyParts), rdns, isEmpty: textParts.length === 0 };
}
