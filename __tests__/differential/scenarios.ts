import {
  crlDistribution,
  extension,
  KU,
  makeCertificate,
  makeCrl,
  OID,
  type ExtensionSpec,
  type KeyPair,
  type NameSpec,
} from './certificates.js';

const DAY = 24 * 60 * 60 * 1000;
/** Every case is judged at this moment (whole seconds: openssl's -attime takes seconds). */
export const CASE_TIME = new Date('2026-01-15T00:00:00Z');

/** One random PKI: the truststore in order, the client's file (its certificate first), and what varied. */
export interface DifferentialCase {
  id: string;
  notes: string[];
  truststore: string[];
  client: string[];
  /** CRLs the gateway is given, in order (only when the case was made with CRLs). */
  crls?: string[];
  /** The client's private key, PKCS#8 PEM: for a real TLS client; never saved with a regression. */
  clientKey?: string;
  /**
   * What the case exercises beyond chains: `purpose` (extendedKeyUsage and
   * keyUsage variations), `crl`. A profile whose policy openssl verify cannot
   * express is compared only on cases without that feature.
   */
  features: string[];
}

export interface CaseOptions {
  /** Give the gateway CRLs, with revocation and CRL variations. */
  crls?: boolean;
  /** The moment validity is planned around (CASE_TIME unless a real gateway judges the case now). */
  at?: Date;
  /**
   * Variations that separate Go's crypto/x509 from OpenSSL as well (a root
   * without basicConstraints, a negative pathLen, anyExtendedKeyUsage, the two
   * signature algorithm fields differing, a name Go does not parse, a SHA-1
   * signature, a non-critical directoryName constraint). Off by default, so
   * that a seed draws the same cases as before they were added.
   */
  goVariations?: boolean;
}

/** mulberry32: a small, well-spread PRNG; each case has its own stream, so a case is reproducible alone. */
function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A certificate to be made: planned first, so that variations can change it before anything is signed. */
interface Plan {
  label: string;
  subject: NameSpec;
  key: KeyPair;
  /** Undefined: self-signed (or self-issued with `selfIssuedBy`). */
  issuer?: Plan;
  ca: boolean;
  serial: bigint;
  notBefore: Date;
  notAfter: Date;
  keyIds: boolean;
  basicConstraints: 'ca' | 'absent' | 'ca-false';
  keyUsage: 'normal' | 'no-cert-sign' | 'empty';
  pathLen?: number;
  nameConstraints?: NameSpec;
  authorityKeyId?: 'two-directory-names' | 'uri-issuer' | 'serial-mismatch';
  /** Signed by this key instead of the issuer's (a certificate the named CA did not issue). */
  wrongSigner?: KeyPair;
  /** extendedKeyUsage serverAuth only (on a leaf instead of clientAuth; on a CA, besides nothing). */
  serverAuthOnly?: boolean;
  /** A leaf whose keyUsage is keyEncipherment only. */
  keyEnciphermentOnly?: boolean;
  /** cRLDistributionPoints naming this URI. */
  crlDistributionPoint?: string;
  /** basicConstraints with pathLenConstraint -1 (OpenSSL marks it invalid; Go reads no limit). */
  negativePathLen?: boolean;
  /** extendedKeyUsage anyExtendedKeyUsage alone. */
  anyExtendedKeyUsage?: boolean;
  /** The name constraint is not marked critical. */
  nonCriticalNameConstraints?: boolean;
  /** Signed with SHA-1. */
  sha1?: boolean;
  /** The signed part names another signature algorithm than the certificate does. */
  algorithmMismatch?: boolean;
  pem?: string;
}

function extensionsOf(plan: Plan): ExtensionSpec[] {
  const extensions: ExtensionSpec[] = [];
  // SEQUENCE { BOOLEAN TRUE, INTEGER -1 }
  if (plan.negativePathLen)
    extensions.push({
      oid: OID.basicConstraints,
      critical: true,
      value: Uint8Array.from([0x30, 6, 1, 1, 0xff, 2, 1, 0xff]),
    });
  else if (plan.basicConstraints === 'ca') extensions.push(extension.basicConstraints(plan.ca, plan.pathLen));
  if (plan.basicConstraints === 'ca-false') extensions.push(extension.basicConstraints(false));
  const usage = plan.ca ? [KU.keyCertSign, KU.cRLSign] : plan.keyEnciphermentOnly ? [2] : [KU.digitalSignature];
  if (plan.keyUsage === 'normal') extensions.push(extension.keyUsage(usage));
  if (plan.keyUsage === 'no-cert-sign') extensions.push(extension.keyUsage([KU.digitalSignature, KU.cRLSign]));
  if (plan.keyUsage === 'empty') extensions.push(extension.keyUsage([]));
  if (plan.anyExtendedKeyUsage)
    extensions.push({ oid: OID.extKeyUsage, value: Uint8Array.from([0x30, 6, 6, 4, 0x55, 0x1d, 0x25, 0]) });
  else if (plan.serverAuthOnly) extensions.push(extension.serverAuth());
  else if (!plan.ca) extensions.push(extension.clientAuth());
  if (plan.crlDistributionPoint) extensions.push(crlDistribution.points(plan.crlDistributionPoint));
  if (plan.keyIds) extensions.push(extension.subjectKeyId(plan.key.keyId));
  const issuer = plan.issuer ?? plan;
  if (plan.authorityKeyId === 'two-directory-names') {
    // OpenSSL compares only the first directoryName with the issuer's own issuer name.
    const other = [[{ oid: OID.commonName, value: 'Some Other CA' }]];
    const names = [issuer.issuer?.subject ?? issuer.subject, other];
    extensions.push(extension.authorityKeyId({ directoryNames: pickOrder(plan.serial, names), serial: issuer.serial }));
  } else if (plan.authorityKeyId === 'uri-issuer') {
    extensions.push(extension.authorityKeyId({ uri: 'http://ca.example/issuer', serial: issuer.serial }));
  } else if (plan.authorityKeyId === 'serial-mismatch') {
    extensions.push(
      extension.authorityKeyId({
        directoryNames: [issuer.issuer?.subject ?? issuer.subject],
        serial: issuer.serial + 1000n,
      }),
    );
  } else if (plan.keyIds && plan.issuer) {
    extensions.push(extension.authorityKeyId({ keyId: plan.issuer.key.keyId }));
  }
  if (plan.nameConstraints) {
    const constraints = extension.nameConstraints([plan.nameConstraints]);
    extensions.push(plan.nonCriticalNameConstraints ? { ...constraints, critical: false } : constraints);
  }
  return extensions;
}

function pickOrder<T>(serial: bigint, items: T[]): T[] {
  return serial % 2n === 0n ? items : [...items].reverse();
}

function make(plan: Plan): string {
  plan.pem ??= makeCertificate({
    subject: plan.subject,
    issuer: plan.issuer?.subject ?? plan.subject,
    serial: plan.serial,
    notBefore: plan.notBefore,
    notAfter: plan.notAfter,
    key: plan.key,
    signer: plan.wrongSigner ?? plan.issuer?.key ?? plan.key,
    extensions: extensionsOf(plan),
    ...(plan.sha1 ? { digest: 'sha1' as const } : {}),
    // ecdsa-with-SHA384 or sha384WithRSAEncryption inside, SHA-256 outside.
    ...(plan.algorithmMismatch
      ? { innerAlgorithm: (plan.issuer ?? plan).key.kind === 'ec' ? '1.2.840.10045.4.3.3' : '1.2.840.113549.1.1.12' }
      : {}),
  });
  return plan.pem;
}

/** The organisation every client is in; some name-constraint variations spell it another way. */
const CLIENT_ORG = 'Example Clients';

/**
 * One random case from (seed, index). The variations are the ones that
 * separate OpenSSL's model from naive ones: issuers missing or misplaced,
 * cross-signed and re-keyed namesakes, self-issued rollovers, chains deeper
 * than four CA certificates, extension and validity variations, names that
 * differ only by a no-break space or a non-ASCII capital.
 */
export function generateCase(
  seed: number,
  index: number,
  keys: readonly KeyPair[],
  options: CaseOptions = {},
): DifferentialCase {
  const at = options.at ?? CASE_TIME;
  const random = prng(Math.imul(seed, 0x9e3779b1) ^ index);
  const chance = (p: number) => random() < p;
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const notes: string[] = [];
  const features: string[] = [];
  const pool = [...keys].sort(() => random() - 0.5);
  let nextKey = 0;
  const newKey = () => pool[nextKey++ % pool.length]!;
  let serial = BigInt(index) * 100n + 1n;
  const keyIds = chance(0.75);
  const plan = (label: string, subject: NameSpec, key: KeyPair, issuer: Plan | undefined, ca: boolean): Plan => ({
    label,
    subject,
    key,
    ...(issuer ? { issuer } : {}),
    ca,
    serial: serial++,
    notBefore: new Date(at.getTime() - 365 * DAY),
    notAfter: new Date(at.getTime() + 365 * DAY),
    keyIds,
    basicConstraints: 'ca',
    keyUsage: 'normal',
  });
  if (!keyIds) notes.push('no key identifiers');

  const tag = Math.floor(random() * 1000);
  const root = plan('root', [[{ oid: OID.commonName, value: `Root CA ${tag}` }]], newKey(), undefined, true);
  const depth = pick([0, 1, 1, 1, 2, 2, 2, 3, 3, 4, 5]);
  notes.push(`depth ${depth}`);
  const intermediates: Plan[] = [];
  for (let i = 1; i <= depth; i++) {
    const subject: NameSpec = [
      [{ oid: OID.organization, value: 'Example PKI' }],
      [{ oid: OID.commonName, value: `Issuing CA ${tag}-${i}` }],
    ];
    intermediates.push(plan(`I${i}`, subject, newKey(), intermediates[i - 2] ?? root, true));
  }
  const cas = [root, ...intermediates];
  const leafSubject: NameSpec = [
    [{ oid: OID.organization, value: CLIENT_ORG }],
    [{ oid: OID.commonName, value: `client ${tag}` }],
  ];
  const leaf = plan('leaf', leafSubject, newKey(), cas[cas.length - 1], false);
  leaf.basicConstraints = chance(0.5) ? 'absent' : 'ca-false';
  const truststore: Plan[] = [...cas];
  const sent: Plan[] = [];
  const place = (certificate: Plan, where: 'truststore' | 'sent' | 'both' | 'nowhere') => {
    const inTruststore = truststore.indexOf(certificate);
    if (inTruststore !== -1 && (where === 'sent' || where === 'nowhere')) truststore.splice(inTruststore, 1);
    if (inTruststore === -1 && (where === 'truststore' || where === 'both')) truststore.push(certificate);
    if (where === 'sent' || where === 'both') sent.push(certificate);
  };

  /**
   * Each variation changes one thing about an otherwise healthy PKI, so that
   * a disagreement points at one class of behaviour; a case gets none, one or two.
   */
  const variations: Record<string, () => string | undefined> = {
    'root placement': () => {
      const where = pick(['sent', 'nowhere', 'both'] as const);
      place(root, where);
      return `root ${where}`;
    },
    'intermediate placement': () => {
      if (depth === 0) return undefined;
      const target = pick(intermediates);
      const where = pick(['sent', 'both', 'nowhere'] as const);
      place(target, where);
      return `${target.label} ${where}`;
    },
    'self-issued rollover': () => {
      if (depth === 0) return undefined;
      const old = cas[cas.length - 1]!;
      const rolled = plan(`${old.label}-rolled`, old.subject, newKey(), old, true);
      leaf.issuer = rolled;
      place(rolled, pick(['truststore', 'sent'] as const));
      return `self-issued rollover of ${old.label}`;
    },
    'cross-signed twin': () => {
      if (depth === 0) return undefined;
      const twinOf = pick(intermediates);
      const otherRoot = plan(
        'root2',
        [[{ oid: OID.commonName, value: `Other Root ${tag}` }]],
        newKey(),
        undefined,
        true,
      );
      const twin = plan(`${twinOf.label}-cross`, twinOf.subject, twinOf.key, otherRoot, true);
      if (chance(0.5)) truststore.push(otherRoot);
      if (chance(0.5)) place(twinOf, 'nowhere');
      place(twin, pick(['truststore', 'sent'] as const));
      return `cross-signed twin of ${twinOf.label}`;
    },
    'stale namesake': () => {
      const namesakeOf = pick(cas);
      const stale = plan(`${namesakeOf.label}-stale`, namesakeOf.subject, newKey(), namesakeOf.issuer, true);
      if (chance(0.5)) stale.notAfter = new Date(at.getTime() + 30 * DAY);
      if (chance(0.3)) stale.notAfter = new Date(at.getTime() - DAY);
      const position = chance(0.5) ? 0 : truststore.length;
      if (chance(0.8)) truststore.splice(position, 0, stale);
      else sent.push(stale);
      return `stale namesake of ${namesakeOf.label}`;
    },
    'expired earlier copy': () => {
      if (depth === 0) return undefined;
      const copyOf = pick(intermediates);
      const copy = plan(`${copyOf.label}-old`, copyOf.subject, copyOf.key, copyOf.issuer, true);
      copy.notAfter = new Date(at.getTime() - DAY);
      if (chance(0.5)) truststore.unshift(copy);
      else sent.push(copy);
      return `expired earlier copy of ${copyOf.label}`;
    },
    'CA extensions': () => {
      if (depth === 0) return undefined;
      const target = pick(intermediates);
      const variation = pick([
        'no basicConstraints',
        'basicConstraints cA false',
        'keyUsage without keyCertSign',
        'empty keyUsage',
        'pathlen 0',
        'name constraint: ASCII case',
        'name constraint: no-break space',
        'name constraint: non-ASCII case',
        'name constraint: other organisation',
      ] as const);
      if (variation === 'no basicConstraints') target.basicConstraints = 'absent';
      if (variation === 'basicConstraints cA false') target.basicConstraints = 'ca-false';
      if (variation === 'keyUsage without keyCertSign') target.keyUsage = 'no-cert-sign';
      if (variation === 'empty keyUsage') target.keyUsage = 'empty';
      if (variation === 'pathlen 0') target.pathLen = 0;
      const constrain = (value: string) => (target.nameConstraints = [[{ oid: OID.organization, value }]]);
      if (variation === 'name constraint: ASCII case') constrain(CLIENT_ORG.toUpperCase());
      if (variation === 'name constraint: no-break space') constrain(CLIENT_ORG.replace(' ', '\u00a0'));
      if (variation === 'name constraint: other organisation') constrain('Other Clients');
      if (variation === 'name constraint: non-ASCII case') {
        constrain('ÉXAMPLE Clients');
        leaf.subject = [[{ oid: OID.organization, value: 'éxample Clients' }], leafSubject[1]!];
      }
      return `${target.label}: ${variation}`;
    },
    'client certificate extensions': () => {
      const variation = pick([
        'empty keyUsage',
        'AKID with two directory names',
        'AKID with a URI issuer',
        'AKID serial mismatch',
        'a CA certificate (keyCertSign, cRLSign)',
        'a CA certificate with digitalSignature',
      ] as const);
      if (variation.startsWith('a CA certificate')) {
        // What `openssl req -x509` and careless issuers make: OpenSSL judges it as the leaf whatever its flags.
        leaf.ca = true;
        leaf.basicConstraints = 'ca';
        if (variation === 'a CA certificate with digitalSignature') leaf.keyUsage = 'no-cert-sign';
      }
      if (variation === 'empty keyUsage') leaf.keyUsage = 'empty';
      if (variation === 'AKID with two directory names') leaf.authorityKeyId = 'two-directory-names';
      if (variation === 'AKID with a URI issuer') leaf.authorityKeyId = 'uri-issuer';
      if (variation === 'AKID serial mismatch') leaf.authorityKeyId = 'serial-mismatch';
      return `leaf: ${variation}`;
    },
    validity: () => {
      const target = pick([...cas, leaf]);
      const variation = pick([
        'expired',
        'not yet valid',
        'checked at its notAfter second',
        'checked at its notBefore second',
        'expires a second later',
      ] as const);
      if (variation === 'expired') target.notAfter = new Date(at.getTime() - DAY);
      if (variation === 'not yet valid') target.notBefore = new Date(at.getTime() + DAY);
      if (variation === 'checked at its notAfter second') target.notAfter = at;
      if (variation === 'checked at its notBefore second') target.notBefore = at;
      if (variation === 'expires a second later') target.notAfter = new Date(at.getTime() + 1000);
      return `${target.label}: ${variation}`;
    },
    'wrong signer': () => {
      const target = pick([...intermediates, leaf]);
      target.wrongSigner = newKey();
      return `${target.label}: signed by another key`;
    },
    purpose: () => {
      features.push('purpose');
      const variation = pick(['leaf serverAuth only', 'CA serverAuth only', 'leaf keyEncipherment only'] as const);
      if (variation === 'leaf serverAuth only') leaf.serverAuthOnly = true;
      if (variation === 'leaf keyEncipherment only') leaf.keyEnciphermentOnly = true;
      if (variation === 'CA serverAuth only') pick(cas).serverAuthOnly = true;
      return variation;
    },
  };
  if (options.goVariations) Object.assign(variations, goVariations({ cas, intermediates, leaf, pick, features }));
  const names = Object.keys(variations).sort(() => random() - 0.5);
  for (const variation of names.slice(0, pick([0, 1, 1, 1, 2]))) {
    const note = variations[variation]!();
    if (note) notes.push(note);
  }
  const crls = options.crls ? planCrls(cas, leaf, { chance, pick, newKey, notes, at }) : undefined;
  if (crls) features.push('crl');
  if (chance(0.3)) {
    truststore.sort(() => random() - 0.5);
    notes.push('truststore reordered');
  }
  sent.sort(() => random() - 0.5);
  return {
    id: `${seed}:${index}`,
    notes,
    truststore: truststore.map(make),
    client: [make(leaf), ...sent.map(make)],
    ...(crls ? { crls: crls() } : {}),
    clientKey: leaf.key.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    features,
  };
}

/** The variations of `goVariations`: each changes one thing where Go and OpenSSL part ways. */
function goVariations({
  cas,
  intermediates,
  leaf,
  pick,
  features,
}: {
  cas: Plan[];
  intermediates: Plan[];
  leaf: Plan;
  pick: <T>(list: readonly T[]) => T;
  features: string[];
}): Record<string, () => string | undefined> {
  const root = cas[0]!;
  return {
    'root without basicConstraints': () => {
      root.basicConstraints = 'absent';
      return 'root: no basicConstraints';
    },
    'negative pathLen': () => {
      if (intermediates.length === 0) return undefined;
      const target = pick(intermediates);
      target.negativePathLen = true;
      return `${target.label}: pathLen -1`;
    },
    anyExtendedKeyUsage: () => {
      features.push('purpose');
      const target = pick([...cas, leaf]);
      target.anyExtendedKeyUsage = true;
      return `${target.label}: anyExtendedKeyUsage`;
    },
    'signature algorithm fields differ': () => {
      const target = pick([...intermediates, leaf]);
      target.algorithmMismatch = true;
      return `${target.label}: inner and outer signature algorithms differ`;
    },
    'name Go does not parse': () => {
      if (intermediates.length === 0) return undefined;
      const target = pick(intermediates);
      target.subject = [[{ oid: OID.commonName, value: `${target.label} @ Example PKI`, printable: true }]];
      return `${target.label}: PrintableString with @ in its name`;
    },
    'SHA-1 signature': () => {
      const target = pick([...intermediates, leaf]);
      target.sha1 = true;
      return `${target.label}: signed with SHA-1`;
    },
    'non-critical directoryName constraint': () => {
      if (intermediates.length === 0) return undefined;
      const target = pick(intermediates);
      target.nameConstraints = [[{ oid: OID.organization, value: 'Other Clients' }]];
      target.nonCriticalNameConstraints = true;
      return `${target.label}: non-critical name constraint: other organisation`;
    },
  };
}

interface Randomness {
  chance: (p: number) => boolean;
  pick: <T>(list: readonly T[]) => T;
  newKey: () => KeyPair;
  notes: string[];
  at: Date;
}

/**
 * The CRLs of a case: by default a current one from every CA; then none, one
 * or two variations, each changing one thing (a CRL missing, a certificate
 * revoked, a CRL expired or signed by another key, a critical CRL number,
 * issuingDistributionPoint scopes, an older duplicate). Planned before any
 * certificate is signed (the leaf may gain a distribution point); made after.
 */
function planCrls(cas: Plan[], leaf: Plan, { chance, pick, newKey, notes, at }: Randomness): () => string[] {
  interface CrlPlan {
    of: Plan;
    thisUpdate: Date;
    nextUpdate?: Date;
    revoked: Array<{ serial: bigint; date: Date; reason?: number }>;
    signer?: KeyPair;
    authorityKeyId: 'own' | 'none' | 'other';
    criticalNumber?: boolean;
    idp?: { uri?: string; onlyUser?: boolean; onlyCa?: boolean };
  }
  const crlPlans: CrlPlan[] = cas.map((of) => ({
    of,
    thisUpdate: new Date(at.getTime() - 7 * DAY),
    nextUpdate: new Date(at.getTime() + 7 * DAY),
    revoked: [{ serial: 999_999n, date: new Date(at.getTime() - 30 * DAY) }],
    authorityKeyId: of.keyIds ? 'own' : 'none',
  }));
  const crlOf = (plan: Plan) => crlPlans.find((crl) => crl.of === plan);
  const leafIssuer = leaf.issuer!;
  const variations: Record<string, () => string | undefined> = {
    'missing CRL': () => {
      if (crlPlans.length === 0) return undefined;
      const dropped = pick(crlPlans);
      crlPlans.splice(crlPlans.indexOf(dropped), 1);
      return `no CRL from ${dropped.of.label}`;
    },
    'revoked client': () => {
      const reason = pick([undefined, 1, 4, 8] as const);
      crlOf(leafIssuer)?.revoked.push({
        serial: leaf.serial,
        date: new Date(at.getTime() - DAY),
        ...(reason !== undefined ? { reason } : {}),
      });
      return `leaf revoked${reason === 8 ? ' (removeFromCRL)' : ''}`;
    },
    'revoked CA': () => {
      const target = pick(cas);
      crlOf(target.issuer ?? target)?.revoked.push({ serial: target.serial, date: new Date(at.getTime() - DAY) });
      return `${target.label} revoked`;
    },
    'CRL validity': () => {
      if (crlPlans.length === 0) return undefined;
      const crl = pick(crlPlans);
      const variation = pick(['expired', 'at its nextUpdate second', 'not yet valid', 'no nextUpdate'] as const);
      if (variation === 'expired') crl.nextUpdate = new Date(at.getTime() - DAY);
      if (variation === 'at its nextUpdate second') crl.nextUpdate = at;
      if (variation === 'not yet valid') crl.thisUpdate = new Date(at.getTime() + DAY);
      if (variation === 'no nextUpdate') delete crl.nextUpdate;
      return `CRL of ${crl.of.label}: ${variation}`;
    },
    'CRL signer': () => {
      if (crlPlans.length === 0) return undefined;
      const crl = pick(crlPlans);
      const variation = pick(['another key', 'another key and its key identifier', 'no key identifier'] as const);
      if (variation !== 'no key identifier') crl.signer = newKey();
      crl.authorityKeyId =
        variation === 'another key and its key identifier'
          ? 'other'
          : variation === 'no key identifier'
            ? 'none'
            : crl.authorityKeyId;
      return `CRL of ${crl.of.label} signed by ${variation}`;
    },
    'critical CRL number': () => {
      if (crlPlans.length === 0) return undefined;
      const crl = pick(crlPlans);
      crl.criticalNumber = true;
      return `CRL of ${crl.of.label}: critical cRLNumber`;
    },
    'distribution point scope': () => {
      const crl = crlOf(leafIssuer);
      if (!crl) return undefined;
      const variation = pick(['only user certificates', 'only CA certificates', 'matching URI', 'other URI'] as const);
      if (variation === 'only user certificates') {
        // Applied to the CRL that covers a CA, where there is one.
        const caCrl = crlPlans.find((candidate) => candidate.of !== leafIssuer) ?? crl;
        caCrl.idp = { onlyUser: true };
      }
      if (variation === 'only CA certificates') crl.idp = { onlyCa: true };
      if (variation === 'matching URI' || variation === 'other URI') {
        leaf.crlDistributionPoint = 'http://crl.example/issuing.crl';
        crl.idp = { uri: variation === 'matching URI' ? leaf.crlDistributionPoint : 'http://crl.example/other.crl' };
      }
      return `IDP: ${variation}`;
    },
    'older duplicate': () => {
      const crl = crlOf(leafIssuer);
      if (!crl) return undefined;
      const older: CrlPlan = { ...crl, revoked: [], thisUpdate: new Date(crl.thisUpdate.getTime() - DAY) };
      if (chance(0.5)) crl.revoked.push({ serial: leaf.serial, date: new Date(at.getTime() - DAY) });
      crlPlans.splice(chance(0.5) ? 0 : crlPlans.length, 0, older);
      return 'an older CRL from the same CA beside the current one';
    },
  };
  const names = Object.keys(variations).sort(() => (chance(0.5) ? 1 : -1));
  for (const variation of names.slice(0, pick([0, 1, 1, 2]))) {
    const note = variations[variation]!();
    if (note) notes.push(note);
  }
  if (chance(0.3)) {
    crlPlans.reverse();
    notes.push('CRLs reversed');
  }
  return () =>
    crlPlans.map((crl) =>
      makeCrl({
        issuer: crl.of.subject,
        signer: crl.signer ?? crl.of.key,
        thisUpdate: crl.thisUpdate,
        ...(crl.nextUpdate ? { nextUpdate: crl.nextUpdate } : {}),
        revoked: crl.revoked,
        ...(crl.authorityKeyId === 'own'
          ? { authorityKeyId: crl.of.key.keyId }
          : crl.authorityKeyId === 'other'
            ? { authorityKeyId: (crl.signer ?? newKey()).keyId }
            : {}),
        crlNumber: { value: 1n, ...(crl.criticalNumber ? { critical: true } : {}) },
        ...(crl.idp ? { issuingDistributionPoint: crl.idp } : {}),
      }),
    );
}
