import {
  bitStringFlags,
  children,
  content,
  decodeBoolean,
  decodeOid,
  decodeSmallInteger,
  DerError,
  expectTag,
  readNode,
  Tag,
  toHex,
  type DerNode,
} from './der.js';
import { EXTENDED_KEY_USAGES, KEY_USAGE_NAMES, type KeyUsageName } from './algorithms.js';
import { parseGeneralName, type GeneralName } from './general-names.js';
import { parseDistributionPoints, type DistributionPoint } from './distribution-points.js';
import type { GeneralSubtree, NameConstraints } from './name-constraints.js';
import type { DistinguishedName } from './names.js';

export interface BasicConstraints {
  ca: boolean;
  pathLen?: number;
  critical: boolean;
}

/** What a certificate's extensions say, as the chain checks read it. */
export interface Extensions {
  basicConstraints?: BasicConstraints;
  keyUsage?: KeyUsageName[];
  /** Names where known (clientAuth), dotted OIDs otherwise. */
  extendedKeyUsage?: string[];
  subjectKeyId?: string;
  authorityKeyId?: string;
  /** Critical extensions OpenSSL does not process: they make it refuse the certificate. */
  unknownCriticalExtensions: string[];
  /**
   * authorityKeyIdentifier's authorityCertIssuer: the comparison key of its
   * first directoryName (the only one OpenSSL looks at), and its serial.
   */
  authorityCertIssuer?: string;
  authorityCertSerialNumber?: string;
  /** First byte of the legacy Netscape certificate type extension (it can make a v3 certificate a CA). */
  netscapeCertType?: number;
  /**
   * Why OpenSSL marks the certificate invalid (EXFLAG_INVALID): such a
   * certificate issues nothing and is issued by nothing.
   */
  invalid?: string;
  nameConstraints?: NameConstraints;
  subjectAltNames?: GeneralName[];
  /** Where the issuer publishes CRLs covering it: OpenSSL matches CRLs' scope against these. */
  crlDistributionPoints?: DistributionPoint[];
}

/** One extension's value, decoded on demand (an unknown one may hold anything), and where its facts go. */
interface Reading {
  value: () => DerNode;
  critical: boolean;
  /** The certificate's issuer: a relative CRL distribution point name is relative to it. */
  issuer: DistinguishedName;
  into: Extensions;
}

interface ExtensionKind {
  oid: string;
  name: string;
  /** OpenSSL processes it (X509_supported_extension), so marking it critical does not make the certificate refused. */
  handledWhenCritical: boolean;
  /** What the checks need from it; absent where they need nothing. */
  read?: (reading: Reading) => void;
}

/** A GeneralSubtree: its base, and whether minimum and maximum are as RFC 5280 requires (minimum 0 or absent, no maximum). */
function parseSubtree(node: DerNode): GeneralSubtree {
  const [base, ...bounds] = children(expectTag(node, Tag.SEQUENCE, 'GeneralSubtree'));
  if (!base) throw new DerError('GeneralSubtree without a base', node.start);
  const minMaxValid = bounds.every((bound) => bound.tag === 0x80 && content(bound).every((byte) => byte === 0));
  return { base: parseGeneralName(base), minMaxValid };
}

/** The extensions OpenSSL knows and what the checks read from each: one row each. */
const EXTENSION_KINDS: readonly ExtensionKind[] = [
  {
    oid: '2.5.29.19',
    name: 'basicConstraints',
    handledWhenCritical: true,
    read({ value, critical, into }) {
      const [first, second] = children(expectTag(value(), Tag.SEQUENCE, 'basicConstraints'));
      const ca = first?.tag === Tag.BOOLEAN ? decodeBoolean(first) : false;
      const pathNode = first?.tag === Tag.INTEGER ? first : second;
      const pathLen = pathNode ? decodeSmallInteger(pathNode) : undefined;
      if (pathLen !== undefined && pathLen < 0)
        into.invalid ??= 'its basicConstraints has a negative pathLenConstraint';
      into.basicConstraints = { ca, critical, ...(pathLen !== undefined && pathLen >= 0 ? { pathLen } : {}) };
    },
  },
  {
    oid: '2.5.29.15',
    name: 'keyUsage',
    handledWhenCritical: true,
    read({ value, into }) {
      const flags = bitStringFlags(expectTag(value(), Tag.BIT_STRING, 'keyUsage'));
      into.keyUsage = KEY_USAGE_NAMES.filter((_, bit) => flags[bit]);
      // RFC 5280 §4.2.1.3: at least one bit; OpenSSL reads the first sixteen and marks the certificate invalid otherwise.
      if (!flags.slice(0, 16).some(Boolean)) into.invalid ??= 'its keyUsage extension has no usage set';
    },
  },
  {
    oid: '2.5.29.37',
    name: 'extKeyUsage',
    handledWhenCritical: true,
    read({ value, into }) {
      into.extendedKeyUsage = children(expectTag(value(), Tag.SEQUENCE, 'extKeyUsage')).map((purpose) => {
        const purposeOid = decodeOid(expectTag(purpose, Tag.OID, 'key purpose'));
        return EXTENDED_KEY_USAGES[purposeOid] ?? purposeOid;
      });
    },
  },
  {
    oid: '2.16.840.1.113730.1.1',
    name: 'netscape-cert-type',
    handledWhenCritical: true,
    read({ value, into }) {
      const bits = content(expectTag(value(), Tag.BIT_STRING, 'netscape certificate type'));
      into.netscapeCertType = bits.length > 1 ? bits[1]! : 0;
    },
  },
  {
    oid: '1.3.6.1.5.5.7.1.14',
    name: 'proxyCertInfo',
    handledWhenCritical: true,
    read({ into }) {
      into.invalid ??= 'it is a proxy certificate (RFC 3820), which OpenSSL refuses unless told to allow them';
    },
  },
  {
    oid: '2.5.29.31',
    name: 'cRLDistributionPoints',
    handledWhenCritical: true,
    read({ value, issuer, into }) {
      // An undecodable one, or a point with neither a name nor a cRLIssuer, marks the certificate invalid (setup_dp).
      try {
        into.crlDistributionPoints = parseDistributionPoints(value(), issuer);
      } catch (error) {
        if (!(error instanceof DerError)) throw error;
        into.invalid ??=
          'its cRLDistributionPoints extension cannot be decoded or names a point with neither a name nor a cRLIssuer';
      }
    },
  },
  {
    oid: '2.5.29.14',
    name: 'subjectKeyIdentifier',
    handledWhenCritical: false,
    read({ value, into }) {
      into.subjectKeyId = toHex(content(expectTag(value(), Tag.OCTET_STRING, 'subjectKeyIdentifier')));
    },
  },
  {
    oid: '2.5.29.17',
    name: 'subjectAltName',
    handledWhenCritical: true,
    read({ value, into }) {
      into.subjectAltNames = children(expectTag(value(), Tag.SEQUENCE, 'subjectAltName')).map(parseGeneralName);
    },
  },
  {
    oid: '2.5.29.30',
    name: 'nameConstraints',
    handledWhenCritical: true,
    read({ value, into }) {
      const constraints: NameConstraints = { permitted: [], excluded: [] };
      for (const subtrees of children(expectTag(value(), Tag.SEQUENCE, 'nameConstraints'))) {
        const parsed = children(subtrees).map(parseSubtree);
        if (subtrees.tag === 0xa0) constraints.permitted.push(...parsed);
        else if (subtrees.tag === 0xa1) constraints.excluded.push(...parsed);
      }
      into.nameConstraints = constraints;
    },
  },
  {
    oid: '2.5.29.35',
    name: 'authorityKeyIdentifier',
    handledWhenCritical: false,
    read({ value, into }) {
      for (const field of children(expectTag(value(), Tag.SEQUENCE, 'authorityKeyIdentifier'))) {
        if (field.tag === 0x80) into.authorityKeyId = toHex(content(field));
        else if (field.tag === 0x82) into.authorityCertSerialNumber = toHex(content(field));
        else if (field.tag === 0xa1) {
          // X509_check_akid takes notice of the first directoryName only; other name forms are ignored.
          const first = children(field)
            .map(parseGeneralName)
            .find((name) => name.type === 'directoryName');
          if (first?.type === 'directoryName') into.authorityCertIssuer = first.name.key;
        }
      }
    },
  },
  // Processed by OpenSSL when critical; nothing the checks here need from them.
  { oid: '2.5.29.32', name: 'certificatePolicies', handledWhenCritical: true },
  { oid: '1.3.6.1.5.5.7.1.7', name: 'sbgp-ipAddrBlock', handledWhenCritical: true },
  { oid: '1.3.6.1.5.5.7.1.8', name: 'sbgp-autonomousSysNum', handledWhenCritical: true },
  { oid: '1.3.6.1.5.5.7.48.1.5', name: 'OCSP noCheck', handledWhenCritical: true },
  { oid: '2.5.29.36', name: 'policyConstraints', handledWhenCritical: true },
  { oid: '2.5.29.33', name: 'policyMappings', handledWhenCritical: true },
  { oid: '2.5.29.54', name: 'inhibitAnyPolicy', handledWhenCritical: true },
];

const BY_OID = new Map(EXTENSION_KINDS.map((kind) => [kind.oid, kind]));

/** The extensions field ([3] of a TBSCertificate) read as OpenSSL reads it; throws DerError on bad encoding. */
export function parseExtensions(node: DerNode | undefined, issuer: DistinguishedName): Extensions {
  const into: Extensions = { unknownCriticalExtensions: [] };
  if (!node) return into;
  const seen = new Set<string>();
  for (const extension of children(expectTag(children(node)[0], Tag.SEQUENCE, 'Extensions'))) {
    const fields = children(expectTag(extension, Tag.SEQUENCE, 'Extension'));
    const oid = decodeOid(expectTag(fields[0], Tag.OID, 'extension OID'));
    const critical = fields[1]?.tag === Tag.BOOLEAN ? decodeBoolean(fields[1]) : false;
    // OID, an optional BOOLEAN, the OCTET STRING, and nothing else: OpenSSL's X509_EXTENSION template.
    const valueIndex = fields[1]?.tag === Tag.BOOLEAN ? 2 : 1;
    const valueNode = expectTag(fields[valueIndex], Tag.OCTET_STRING, `extension ${oid} value`);
    if (fields.length > valueIndex + 1)
      throw new DerError(`extension ${oid} has fields after its value`, extension.start);
    // RFC 5280 §4.2 allows one instance of each extension; OpenSSL refuses certificates with more.
    if (seen.has(oid)) throw new DerError(`extension ${oid} appears twice`, extension.start);
    seen.add(oid);
    const kind = BY_OID.get(oid);
    if (critical && !kind?.handledWhenCritical) into.unknownCriticalExtensions.push(oid);
    kind?.read?.({ value: () => readNode(content(valueNode)), critical, issuer, into });
  }
  return into;
}
