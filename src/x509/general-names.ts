import { children, content, decodeOid, DerError, expectTag, readNode, Tag, toHex, whole, type DerNode } from './der.js';
import { parseName, type DistinguishedName } from './names.js';

/** RFC 8398: an internationalised e-mail address in an otherName (id-on-SmtpUTF8Mailbox). */
export const SMTP_UTF8_MAILBOX = '1.3.6.1.5.5.7.8.9';

/**
 * A GeneralName (RFC 5280 §4.2.1.6) as name constraints compare it. IA5
 * strings are kept byte for byte (as Latin-1 text): OpenSSL compares them as
 * bytes, folding ASCII case only.
 */
export type GeneralName =
  | { type: 'email' | 'dns' | 'uri'; value: string }
  | { type: 'directoryName'; name: DistinguishedName }
  | { type: 'ip'; bytes: Uint8Array }
  /** `utf8`: the value of an SmtpUTF8Mailbox, when it is a UTF8String. */
  | { type: 'otherName'; oid: string; utf8?: string }
  | { type: 'x400Address' | 'ediPartyName' | 'registeredID' };

const latin1 = new TextDecoder('latin1');
const utf8 = new TextDecoder('utf-8', { fatal: true });

export function parseGeneralName(node: DerNode): GeneralName {
  switch (node.tag) {
    case 0x81:
      return { type: 'email', value: latin1.decode(content(node)) };
    case 0x82:
      return { type: 'dns', value: latin1.decode(content(node)) };
    case 0x86:
      return { type: 'uri', value: latin1.decode(content(node)) };
    case 0x87:
      return { type: 'ip', bytes: content(node) };
    case 0xa4:
      return { type: 'directoryName', name: parseName(expectTag(children(node)[0], Tag.SEQUENCE, 'directoryName')) };
    case 0xa0: {
      const [typeNode, valueNode] = children(node);
      const oid = decodeOid(expectTag(typeNode, Tag.OID, 'otherName type'));
      let text: string | undefined;
      const inner = valueNode?.tag === 0xa0 ? children(valueNode)[0] : undefined;
      if (oid === SMTP_UTF8_MAILBOX && inner?.tag === Tag.UTF8_STRING) {
        try {
          text = utf8.decode(content(inner));
        } catch {
          text = undefined;
        }
      }
      return { type: 'otherName', oid, ...(text !== undefined ? { utf8: text } : {}) };
    }
    case 0xa3:
      return { type: 'x400Address' };
    case 0xa5:
      return { type: 'ediPartyName' };
    case 0x88:
      return { type: 'registeredID' };
    default:
      throw new DerError(`unknown GeneralName tag 0x${node.tag.toString(16)}`, node.start);
  }
}

/**
 * A key equal for two general names exactly when OpenSSL's GENERAL_NAME_cmp
 * says they are equal: directory names by X509_NAME_cmp, the rest by their
 * encoding.
 */
export function generalNameKey(node: DerNode): string {
  if (node.tag === 0xa4) return `dir:${parseName(expectTag(children(node)[0], Tag.SEQUENCE, 'directoryName')).key}`;
  return `${node.tag}:${toHex(whole(node))}`;
}

/** The key a directoryName with this comparison key has under generalNameKey. */
export function directoryNameKey(nameKey: string): string {
  return `dir:${nameKey}`;
}

/** A SEQUENCE OF GeneralName, e.g. the value of subjectAltName. */
export function parseGeneralNames(bytes: Uint8Array, what: string): GeneralName[] {
  return children(expectTag(readNode(bytes), Tag.SEQUENCE, what)).map(parseGeneralName);
}

/** How a general name reads in messages. */
export function describeGeneralName(name: GeneralName): string {
  switch (name.type) {
    case 'email':
      return `e-mail ${name.value}`;
    case 'dns':
      return `DNS name ${name.value}`;
    case 'uri':
      return `URI ${name.value}`;
    case 'directoryName':
      return name.name.text;
    case 'ip':
      return `IP address ${name.bytes.length === 4 ? Array.from(name.bytes).join('.') : Buffer.from(name.bytes).toString('hex')}`;
    case 'otherName':
      return name.utf8 !== undefined ? `e-mail ${name.utf8}` : `otherName ${name.oid}`;
    default:
      return name.type;
  }
}
