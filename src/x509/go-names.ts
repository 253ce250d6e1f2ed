import { children, content, Tag, toHex, whole, type DerNode } from './der.js';

// Names as Go's crypto/x509 parser reads them (go1.19 parser.go): the strings in a
// distinguished name, subjectAltName and name constraints; what it refuses fails the certificate.

export interface GoNameConstraints {
  permittedDns: string[];
  excludedDns: string[];
  permittedEmail: string[];
  excludedEmail: string[];
  permittedUri: string[];
  excludedUri: string[];
  permittedIp: Array<{ ip: Uint8Array; mask: Uint8Array }>;
  excludedIp: Array<{ ip: Uint8Array; mask: Uint8Array }>;
}

/** The subjectAltName extension: its value's bytes (hex, what alreadyInChain compares) and names by type. */
export interface GoSubjectAltName {
  raw: string;
  dns: string[];
  email: string[];
  uri: string[];
  ip: Uint8Array[];
}

/** Go's ParseCertificate refuses the certificate: the message is Go's. */
export class GoParseError extends Error {}

export function fail(message: string): never {
  throw new GoParseError(message);
}

/** isPrintable of parser.go: PrintableString plus `*` and `&`, which Go tolerates. */
export function isPrintable(byte: number): boolean {
  return (
    (byte >= 0x61 && byte <= 0x7a) ||
    (byte >= 0x41 && byte <= 0x5a) ||
    (byte >= 0x30 && byte <= 0x39) ||
    (byte >= 0x27 && byte <= 0x29) ||
    (byte >= 0x2b && byte <= 0x2f) ||
    byte === 0x20 ||
    byte === 0x3a ||
    byte === 0x3d ||
    byte === 0x3f ||
    byte === 0x2a ||
    byte === 0x26
  );
}

const isIa5 = (bytes: Uint8Array) => bytes.every((byte) => byte <= 0x7f);

/** parseASN1String: the string types Go reads in names; any other value fails the whole certificate. */
function checkNameString(node: DerNode): void {
  const bytes = content(node);
  switch (node.tag) {
    case Tag.T61_STRING:
      return;
    case Tag.PRINTABLE_STRING:
      if (!bytes.every(isPrintable))
        fail('x509: invalid RDNSequence: invalid attribute value: invalid PrintableString');
      return;
    case Tag.UTF8_STRING:
      try {
        new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      } catch {
        fail('x509: invalid RDNSequence: invalid attribute value: invalid UTF-8 string');
      }
      return;
    case Tag.BMP_STRING:
      if (bytes.length % 2 !== 0) fail('x509: invalid RDNSequence: invalid attribute value: invalid BMPString');
      return;
    case Tag.IA5_STRING:
      if (!isIa5(bytes)) fail('x509: invalid RDNSequence: invalid attribute value: invalid IA5String');
      return;
    case 0x12: // NumericString
      if (!bytes.every((byte) => (byte >= 0x30 && byte <= 0x39) || byte === 0x20))
        fail('x509: invalid RDNSequence: invalid attribute value: invalid NumericString');
      return;
    default:
      fail(`x509: invalid RDNSequence: invalid attribute value: unsupported string type: ${node.tag}`);
  }
}

export function checkName(name: DerNode): void {
  for (const rdn of children(name)) {
    if (rdn.tag !== Tag.SET) fail('x509: invalid RDNSequence');
    for (const attribute of children(rdn)) {
      const [type, value] = children(attribute);
      if (attribute.tag !== Tag.SEQUENCE || type?.tag !== Tag.OID || !value)
        fail('x509: invalid RDNSequence: invalid attribute');
      checkNameString(value);
    }
  }
}

/** domainToReverseLabels: labels of printable ASCII, none empty, no trailing dot. */
export function domainLabels(domain: string): string[] | undefined {
  if (domain.length === 0) return [];
  const labels = domain.split('.').reverse();
  if (labels.some((label) => label.length === 0 || [...label].some((c) => c < '!' || c > '~'))) return undefined;
  return labels;
}

const latin1 = (bytes: Uint8Array) => Buffer.from(bytes).toString('latin1');

/** A URI's host as Go's url.Parse finds it (the authority after `//`, less user information and port). */
export function uriHost(uri: string): string | undefined {
  const match = /^[A-Za-z][A-Za-z0-9+.-]*:\/\/([^/?#]*)/.exec(uri);
  if (!match) return '';
  const authority = match[1]!.slice(match[1]!.lastIndexOf('@') + 1);
  if (authority.startsWith('[')) return authority.slice(0, authority.indexOf(']') + 1);
  const colon = authority.lastIndexOf(':');
  return colon === -1 ? authority : authority.slice(0, colon);
}

export function parseSubjectAltName(value: DerNode): GoSubjectAltName {
  if (value.tag !== Tag.SEQUENCE) fail('x509: invalid subject alternative names');
  const names = {
    raw: toHex(whole(value)),
    dns: [] as string[],
    email: [] as string[],
    uri: [] as string[],
    ip: [] as Uint8Array[],
  };
  for (const name of children(value)) {
    const bytes = content(name);
    switch (name.tag) {
      case 0x81:
        if (!isIa5(bytes)) fail('x509: SAN rfc822Name is malformed');
        names.email.push(latin1(bytes));
        break;
      case 0x82:
        if (!isIa5(bytes)) fail('x509: SAN dNSName is malformed');
        names.dns.push(latin1(bytes));
        break;
      case 0x86: {
        if (!isIa5(bytes)) fail('x509: SAN uniformResourceIdentifier is malformed');
        const uri = latin1(bytes);
        const host = uriHost(uri);
        if (host && !host.startsWith('[') && domainLabels(host) === undefined)
          fail(`x509: cannot parse URI "${uri}": invalid domain`);
        names.uri.push(uri);
        break;
      }
      case 0x87:
        if (bytes.length !== 4 && bytes.length !== 16) fail(`x509: cannot parse IP address of length ${bytes.length}`);
        names.ip.push(bytes);
        break;
    }
  }
  return names;
}

function isValidIpMask(mask: Uint8Array): boolean {
  let seenZero = false;
  for (const byte of mask) {
    if (seenZero) {
      if (byte !== 0) return false;
      continue;
    }
    if ([0x00, 0x80, 0xc0, 0xe0, 0xf0, 0xf8, 0xfc, 0xfe].includes(byte)) seenZero = true;
    else if (byte !== 0xff) return false;
  }
  return true;
}

/** parseNameConstraintsExtension: the constraints Go handles, and whether there were others (directoryName, ...). */
export function parseNameConstraints(value: DerNode): { constraints: GoNameConstraints; unhandled: boolean } {
  const constraints: GoNameConstraints = {
    permittedDns: [],
    excludedDns: [],
    permittedEmail: [],
    excludedEmail: [],
    permittedUri: [],
    excludedUri: [],
    permittedIp: [],
    excludedIp: [],
  };
  if (value.tag !== Tag.SEQUENCE) fail('x509: invalid NameConstraints extension');
  const parts = children(value);
  const permitted = parts.find((part) => part.tag === 0xa0);
  const excluded = parts.find((part) => part.tag === 0xa1);
  if (parts.some((part) => part.tag !== 0xa0 && part.tag !== 0xa1)) fail('x509: invalid NameConstraints extension');
  if (
    (!permitted && !excluded) ||
    ((permitted?.end ?? 0) - (permitted?.contentStart ?? 0) === 0 &&
      (excluded?.end ?? 0) - (excluded?.contentStart ?? 0) === 0)
  )
    fail('x509: empty name constraints extension');
  let unhandled = false;
  const read = (subtrees: DerNode | undefined, side: 'permitted' | 'excluded') => {
    if (!subtrees) return;
    for (const subtree of children(subtrees)) {
      const [base] = subtree.tag === Tag.SEQUENCE ? children(subtree) : [];
      if (!base) fail('x509: invalid NameConstraints extension');
      const bytes = content(base);
      const text = latin1(bytes);
      switch (base.tag) {
        case 0x82: {
          if (!isIa5(bytes)) fail('x509: invalid constraint value: IA5String contains invalid character');
          if (domainLabels(text.startsWith('.') ? text.slice(1) : text) === undefined)
            fail(`x509: failed to parse dnsName constraint "${text}"`);
          constraints[`${side}Dns`].push(text);
          break;
        }
        case 0x87: {
          if (bytes.length !== 8 && bytes.length !== 32)
            fail(`x509: IP constraint contained value of length ${bytes.length}`);
          const half = bytes.length / 2;
          const mask = bytes.subarray(half);
          if (!isValidIpMask(mask)) fail('x509: IP constraint contained invalid mask');
          constraints[`${side}Ip`].push({ ip: bytes.subarray(0, half), mask });
          break;
        }
        case 0x81: {
          if (!isIa5(bytes)) fail('x509: invalid constraint value: IA5String contains invalid character');
          const domain = text.includes('@') ? text.slice(text.lastIndexOf('@') + 1) : text.replace(/^\./, '');
          if (domainLabels(domain) === undefined) fail(`x509: failed to parse rfc822Name constraint "${text}"`);
          constraints[`${side}Email`].push(text);
          break;
        }
        case 0x86: {
          if (!isIa5(bytes)) fail('x509: invalid constraint value: IA5String contains invalid character');
          if (/^[0-9.]+$/.test(text) || text.includes(':'))
            fail(`x509: failed to parse URI constraint "${text}": cannot be IP address`);
          if (domainLabels(text.startsWith('.') ? text.slice(1) : text) === undefined)
            fail(`x509: failed to parse URI constraint "${text}"`);
          constraints[`${side}Uri`].push(text);
          break;
        }
        default:
          unhandled = true;
      }
    }
  };
  read(permitted, 'permitted');
  read(excluded, 'excluded');
  return { constraints, unhandled };
}
