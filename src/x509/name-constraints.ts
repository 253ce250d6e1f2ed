import { Tag } from './der.js';
import { describeGeneralName, SMTP_UTF8_MAILBOX, type GeneralName } from './general-names.js';
import { isWithinSubtree, type DistinguishedName } from './names.js';

/** One subtree of a nameConstraints extension. `minMaxValid`: minimum absent or 0 and maximum absent (RFC 5280). */
export interface GeneralSubtree {
  base: GeneralName;
  minMaxValid: boolean;
}

export interface NameConstraints {
  permitted: GeneralSubtree[];
  excluded: GeneralSubtree[];
}

/** What OpenSSL's NAME_CONSTRAINTS_check finds: a name outside the permitted or inside the excluded subtrees, or one it cannot judge. */
export interface ConstraintViolation {
  violation: 'permitted' | 'excluded' | 'unsupported';
  /** The name concerned, for messages. */
  name: string;
}

const OID_EMAIL_ADDRESS = '1.2.840.113549.1.9.1';
const OID_COMMON_NAME = '2.5.4.3';
/** NAME_CHECK_MAX: more names × constraints than this and OpenSSL gives up (a denial-of-service guard), failing the chain. */
const NAME_CHECK_MAX = 1 << 20;

const lower = (text: string) => text.replace(/[A-Z]+/g, (letters) => letters.toLowerCase());
/** ia5ncasecmp: equal bytes, ASCII letters folded. */
const sameIgnoringCase = (a: string, b: string) => a.length === b.length && lower(a) === lower(b);

type Match = 'ok' | 'mismatch' | 'unsupported';

/** nc_dns: the DNS name equals the base or ends in it at a label boundary; an empty base matches everything. */
function matchDns(dns: string, base: string): Match {
  if (base.length === 0) return 'ok';
  if (dns.length < base.length) return 'mismatch';
  const tail = dns.slice(dns.length - base.length);
  if (dns.length > base.length && !base.startsWith('.') && dns[dns.length - base.length - 1] !== '.') return 'mismatch';
  return sameIgnoringCase(tail, base) ? 'ok' : 'mismatch';
}

/** nc_email: `.example.com` matches hosts below it; `user@host` the exact mailbox; `host` the exact host. */
function matchEmail(email: string, base: string): Match {
  const emailAt = email.lastIndexOf('@');
  if (emailAt === -1) return 'unsupported';
  const baseAt = base.lastIndexOf('@');
  if (baseAt === -1 && base.startsWith('.')) {
    return email.length > base.length && sameIgnoringCase(email.slice(email.length - base.length), base)
      ? 'ok'
      : 'mismatch';
  }
  let baseHost = base;
  if (baseAt !== -1) {
    if (baseAt > 0) {
      const baseLocal = base.slice(0, baseAt);
      const emailLocal = email.slice(0, emailAt);
      if (baseLocal.length !== emailLocal.length) return 'mismatch';
      if (baseLocal.includes('\0') || emailLocal.includes('\0')) return 'unsupported';
      // The local part is compared case-sensitively.
      if (baseLocal !== emailLocal) return 'mismatch';
    }
    baseHost = base.slice(baseAt + 1);
  }
  return sameIgnoringCase(baseHost, email.slice(emailAt + 1)) ? 'ok' : 'mismatch';
}

/**
 * nc_email_eai (RFC 8398): an SmtpUTF8Mailbox against an rfc822Name base.
 * The base's A-labels are not converted to U-labels here: an ASCII base is
 * compared as it is, which is what OpenSSL does for ASCII domains.
 */
function matchSmtpUtf8(mailbox: string | undefined, base: string): Match {
  if (base.includes('\0') || mailbox === undefined) return 'unsupported';
  const at = mailbox.lastIndexOf('@');
  if (at === -1) return 'unsupported';
  if (!/^[\x20-\x7e]*$/.test(base) || /(^|\.)xn--/i.test(base)) return 'unsupported';
  if (base.startsWith('.')) {
    return mailbox.length > base.length && sameIgnoringCase(mailbox.slice(mailbox.length - base.length), base)
      ? 'ok'
      : 'mismatch';
  }
  return sameIgnoringCase(mailbox.slice(at + 1), base) ? 'ok' : 'mismatch';
}

/** nc_uri: the host part of scheme://host[:port][/...] against the base, `.`-prefixed bases matching hosts below. */
function matchUri(uri: string, base: string): Match {
  const colon = uri.indexOf(':');
  if (colon === -1 || uri.length - colon < 3 || uri[colon + 1] !== '/' || uri[colon + 2] !== '/') return 'unsupported';
  const rest = uri.slice(colon + 3);
  const end = rest.indexOf(':') !== -1 ? rest.indexOf(':') : rest.indexOf('/');
  const host = end === -1 ? rest : rest.slice(0, end);
  if (host.length === 0) return 'unsupported';
  if (base.startsWith('.')) {
    return host.length > base.length && sameIgnoringCase(host.slice(host.length - base.length), base)
      ? 'ok'
      : 'mismatch';
  }
  return sameIgnoringCase(host, base) ? 'ok' : 'mismatch';
}

/** nc_ip: address and mask (8 bytes for IPv4, 32 for IPv6); IPv4 never matches IPv6. */
function matchIp(address: Uint8Array, base: Uint8Array): Match {
  if (address.length !== 4 && address.length !== 16) return 'unsupported';
  if (base.length !== 8 && base.length !== 32) return 'unsupported';
  if (address.length * 2 !== base.length) return 'mismatch';
  for (let i = 0; i < address.length; i++) {
    const mask = base[address.length + i]!;
    if ((address[i]! & mask) !== (base[i]! & mask)) return 'mismatch';
  }
  return 'ok';
}

/** The type a name is constrained as: an SmtpUTF8Mailbox otherName counts as an e-mail address (RFC 8398 §6). */
function effectiveType(name: GeneralName): string {
  return name.type === 'otherName' && name.oid === SMTP_UTF8_MAILBOX ? 'email' : name.type;
}

function matchSingle(name: GeneralName, base: GeneralName): Match {
  if (name.type === 'otherName') {
    return effectiveType(name) === 'email' && base.type === 'email'
      ? matchSmtpUtf8(name.utf8, base.value)
      : 'unsupported';
  }
  if (name.type === 'directoryName' && base.type === 'directoryName') {
    return isWithinSubtree(name.name, base.name) ? 'ok' : 'mismatch';
  }
  if (name.type === 'dns' && base.type === 'dns') return matchDns(name.value, base.value);
  if (name.type === 'email' && base.type === 'email') return matchEmail(name.value, base.value);
  if (name.type === 'uri' && base.type === 'uri') return matchUri(name.value, base.value);
  if (name.type === 'ip' && base.type === 'ip') return matchIp(name.bytes, base.bytes);
  return 'unsupported';
}

function sameType(name: GeneralName, base: GeneralName): boolean {
  const type = effectiveType(name);
  if (type !== base.type) return false;
  return type !== 'otherName' || (name.type === 'otherName' && base.type === 'otherName' && name.oid === base.oid);
}

/** nc_match: a name of a constrained type must match one permitted subtree of its type and no excluded one. */
function matchName(name: GeneralName, constraints: NameConstraints): ConstraintViolation['violation'] | undefined {
  let permittedOfType = false;
  let permitted = false;
  for (const subtree of constraints.permitted) {
    if (!sameType(name, subtree.base)) continue;
    if (!subtree.minMaxValid) return 'unsupported';
    if (permitted) continue;
    permittedOfType = true;
    const result = matchSingle(name, subtree.base);
    if (result === 'ok') permitted = true;
    else if (result === 'unsupported') return 'unsupported';
  }
  if (permittedOfType && !permitted) return 'permitted';
  for (const subtree of constraints.excluded) {
    if (!sameType(name, subtree.base)) continue;
    if (!subtree.minMaxValid) return 'unsupported';
    const result = matchSingle(name, subtree.base);
    if (result === 'ok') return 'excluded';
    if (result === 'unsupported') return 'unsupported';
  }
  return undefined;
}

/** cn2dnsid: a common name that looks like a host name of two or more labels, or undefined. */
function hostNameOf(commonName: string): string | undefined {
  const trimmed = commonName.replace(/\0+$/, '');
  if (trimmed.includes('\0')) return undefined;
  let isHost = false;
  for (let i = 0; i < trimmed.length; i++) {
    const c = trimmed[i]!;
    if (/[A-Za-z0-9_]/.test(c)) continue;
    if (i > 0 && i < trimmed.length - 1) {
      if (c === '-') continue;
      if (c === '.' && trimmed[i + 1] !== '.' && trimmed[i - 1] !== '-' && trimmed[i + 1] !== '-') {
        isHost = true;
        continue;
      }
    }
    return undefined;
  }
  return isHost ? trimmed : undefined;
}

/**
 * OpenSSL's NAME_CONSTRAINTS_check of one certificate against one CA's
 * constraints: the subject as a directory name, the subject's emailAddress
 * attributes, every subjectAltName, and (for the leaf, when it has no DNS
 * alternative name) common names that look like host names.
 */
export function checkNameConstraints(
  subject: DistinguishedName,
  altNames: readonly GeneralName[],
  constraints: NameConstraints,
  isLeaf: boolean,
): ConstraintViolation | undefined {
  const nameCount = subject.attributes.length + altNames.length;
  const constraintCount = constraints.permitted.length + constraints.excluded.length;
  if (nameCount > 0 && constraintCount > NAME_CHECK_MAX / nameCount) {
    return { violation: 'unsupported', name: `${nameCount} names against ${constraintCount} constraints` };
  }
  const check = (name: GeneralName, shown: string): ConstraintViolation | undefined => {
    const violation = matchName(name, constraints);
    return violation ? { violation, name: shown } : undefined;
  };
  if (!subject.isEmpty) {
    const found = check({ type: 'directoryName', name: subject }, subject.text);
    if (found) return found;
    for (const attribute of subject.attributes) {
      if (attribute.oid !== OID_EMAIL_ADDRESS) continue;
      const value = new TextDecoder('latin1').decode(attribute.bytes);
      if (attribute.tag !== Tag.IA5_STRING) return { violation: 'unsupported', name: `emailAddress ${value}` };
      const violation = check({ type: 'email', value }, `emailAddress ${value}`);
      if (violation) return violation;
    }
  }
  for (const name of altNames) {
    const violation = check(name, describeGeneralName(name));
    if (violation) return violation;
  }
  if (isLeaf && !altNames.some((name) => name.type === 'dns')) {
    for (const attribute of subject.attributes) {
      if (attribute.oid !== OID_COMMON_NAME) continue;
      if (attribute.utf8 === undefined)
        return { violation: 'unsupported', name: 'a common name that is not valid text' };
      const host = hostNameOf(attribute.utf8);
      if (host === undefined) continue;
      const violation = check({ type: 'dns', value: host }, `common name ${host}`);
      if (violation) return violation;
    }
  }
  return undefined;
}
