import { createHash, generateKeyPairSync, randomBytes, type KeyObject } from 'node:crypto';
import type { DeferredPolicy } from '../../src/config/settings.js';
import type { DiscoveryNote } from '../../src/discovery/model.js';
import { checkInventory } from '../../src/engine.js';
import type { Inventory, SourceFile } from '../../src/inventory/inventory.js';
import type { Profile } from '../../src/profiles/profile.js';
import { DEFAULT_PROFILE, findProfile } from '../../src/profiles/registry.js';
import { RULES } from '../../src/rules/registry.js';
import {
  crlDistribution,
  extension,
  KU,
  makeCertificate,
  makeCrl,
  name,
  OID,
  type CrlSpec,
  type ExtensionSpec,
  type KeyPair,
  type NameSpec,
} from '../differential/certificates.js';
import { memoryFile } from '../helpers.js';

/**
 * ESLint's RuleTester for certificates: each rule gets a table of valid cases
 * (it must stay silent) and invalid ones (it must say exactly these things),
 * built in memory by the small PKI below and checked by the engine as a run
 * over files would be, so a rule is tested without a fixture on disk.
 */

/** Every case is judged at this moment; the PKI's default validity spans it. */
export const AT = new Date('2026-01-15T00:00:00Z');
const DAY = 86_400_000;
export const days = (n: number): Date => new Date(AT.getTime() + n * DAY);

// ---- A PKI in memory -------------------------------------------------------

function keyPair(kind: 'ec' | 'rsa' | 'ed25519', size?: number): KeyPair {
  const { privateKey, publicKey } =
    kind === 'ec'
      ? generateKeyPairSync('ec', { namedCurve: 'P-256' })
      : kind === 'rsa'
        ? generateKeyPairSync('rsa', { modulusLength: size ?? 2048 })
        : generateKeyPairSync('ed25519');
  const spki = publicKey.export({ type: 'spki', format: 'der' });
  // An Ed25519 key is only ever a subject's here, never a signer's.
  return { privateKey, spki, kind: kind === 'rsa' ? 'rsa' : 'ec', keyId: createHash('sha1').update(spki).digest() };
}

export const newKey = (): KeyPair => keyPair('ec');
let rsa1024: KeyPair | undefined;
/** A 1,024-bit RSA key, made once: under every gateway's floor. */
export const weakRsaKey = (): KeyPair => (rsa1024 ??= keyPair('rsa', 1024));
export const ed25519Key = (): KeyPair => keyPair('ed25519');

export interface Issued {
  pem: string;
  subject: NameSpec;
  key: KeyPair;
  serial: bigint;
}

export interface IssueOptions {
  /** Signed by this CA; absent: self-signed. */
  issuer?: Issued;
  /** The subject's key (default: a new P-256 key). */
  key?: KeyPair;
  /** Sign with this key instead of the issuer's: a signature that does not verify. */
  signer?: KeyPair;
  subject?: NameSpec;
  notBefore?: Date;
  notAfter?: Date;
  digest?: 'sha256' | 'sha1';
  /** Replaces the default extensions. */
  extensions?: ExtensionSpec[];
  /** Added to the default extensions. */
  extra?: ExtensionSpec[];
  /** Leave out the authority key identifier, so only the name links a certificate to its issuer. */
  noAuthorityKeyId?: boolean;
}

function issue(subject: NameSpec, defaults: ExtensionSpec[], options: IssueOptions): Issued {
  const key = options.key ?? newKey();
  const signerKey = options.issuer?.key ?? key;
  const serial = BigInt(`0x1${randomBytes(8).toString('hex')}`);
  const linking = [
    extension.subjectKeyId(key.keyId),
    ...(options.noAuthorityKeyId ? [] : [extension.authorityKeyId({ keyId: signerKey.keyId })]),
  ];
  const pem = makeCertificate({
    subject,
    issuer: options.issuer?.subject ?? subject,
    serial,
    notBefore: options.notBefore ?? days(-365),
    notAfter: options.notAfter ?? days(3 * 365),
    key,
    signer: options.signer ?? signerKey,
    extensions: options.extensions ?? [...defaults, ...linking, ...(options.extra ?? [])],
    ...(options.digest ? { digest: options.digest } : {}),
  });
  return { pem, subject, key, serial };
}

/** A CA certificate: a root when no issuer is given. */
export function ca(commonName: string, options: IssueOptions & { pathLen?: number } = {}): Issued {
  return issue(
    options.subject ?? name([OID.organization, 'Table PKI'], [OID.commonName, commonName]),
    [extension.basicConstraints(true, options.pathLen), extension.keyUsage([KU.keyCertSign, KU.cRLSign])],
    options,
  );
}

/** A client certificate: clientAuth, digitalSignature, not a CA. */
export function client(commonName: string, options: IssueOptions = {}): Issued {
  return issue(
    options.subject ?? name([OID.organization, 'Table Clients'], [OID.commonName, commonName]),
    [extension.basicConstraints(false), extension.keyUsage([KU.digitalSignature]), extension.clientAuth()],
    options,
  );
}

/** A CRL signed by `issuer`, current at AT unless told. */
export function crl(issuer: Issued, options: Partial<Omit<CrlSpec, 'issuer'>> = {}): string {
  return makeCrl({
    issuer: issuer.subject,
    signer: issuer.key,
    thisUpdate: days(-1),
    nextUpdate: days(30),
    revoked: [],
    authorityKeyId: issuer.key.keyId,
    ...options,
  });
}

/** A PKCS#8 private key as PEM, as `openssl genpkey` writes it. */
export function privateKeyPem(key: KeyObject): string {
  return key.export({ type: 'pkcs8', format: 'pem' }).toString();
}

export { crlDistribution, extension, KU, name, OID };

/** A root, an issuing CA under it, and a client under that: the everyday shape. */
export function standardPki(): { root: Issued; issuing: Issued; leaf: Issued; truststore: string } {
  const root = ca('Root CA');
  const issuing = ca('Issuing CA', { issuer: root });
  const leaf = client('client-1', { issuer: issuing });
  return { root, issuing, leaf, truststore: issuing.pem + root.pem };
}

// ---- Files and cases -------------------------------------------------------

export interface MemoryFile {
  path: string;
  role: SourceFile['role'];
  content: string | Uint8Array;
  /** As if the inventory had not read it (a file over a limit, a pipe). */
  notRead?: SourceFile['notRead'];
  /** Changes the file as read, for what no bytes can produce (a certificate that throws). */
  tamper?: (file: SourceFile) => SourceFile;
}

export const truststoreFile = (content: string, path = 'truststore.pem'): MemoryFile => ({
  path,
  role: 'truststore',
  content,
});
export const clientFile = (content: string | Uint8Array, path = 'clients/client.pem'): MemoryFile => ({
  path,
  role: 'client',
  content,
});
export const crlFile = (content: string, path = 'crls/ca.crl.pem'): MemoryFile => ({ path, role: 'crl', content });
export const keyFile = (content: string, path = 'clients/client.key'): MemoryFile => ({ path, role: 'key', content });

export interface RuleCase {
  name: string;
  files: MemoryFile[];
  /** A built-in profile's id, or a profile (default: the default profile). */
  profile?: string | Profile;
  expiryWarningDays?: number;
  /** The truststore files are one bundle, as `bundle: true` makes them. */
  bundle?: boolean;
  deferredPolicy?: DeferredPolicy;
  /** What discovery says about the infrastructure code (src/discovery/). */
  discovery?: DiscoveryNote[];
}

export interface InvalidCase extends RuleCase {
  /** What the rule must say, one entry per finding, in report order (file, then line). */
  errors: Array<{ says: RegExp; file?: string }>;
}

function inventoryOf(testCase: RuleCase): Inventory {
  const files = testCase.files.map((spec) => {
    const file = memoryFile(spec.path, spec.role, spec.content);
    if (spec.tamper) return spec.tamper(file);
    return spec.notRead ? { ...file, objects: [], notRead: spec.notRead } : file;
  });
  const truststores = files.filter((file) => file.role === 'truststore');
  return {
    root: '/memory',
    files,
    bundles: testCase.bundle ? [truststores] : truststores.map((file) => [file]),
  };
}

function profileOf(testCase: RuleCase): Profile {
  if (typeof testCase.profile === 'object') return testCase.profile;
  const profile = testCase.profile ? findProfile(testCase.profile) : DEFAULT_PROFILE;
  if (!profile) throw new Error(`no profile ${testCase.profile}`);
  return profile;
}

/** The findings of one rule over a case, as the engine reports them. */
export function findingsFor(ruleId: string, testCase: RuleCase) {
  const report = checkInventory(inventoryOf(testCase), {
    profile: profileOf(testCase),
    at: AT,
    expiryWarningDays: testCase.expiryWarningDays ?? 30,
    severities: {},
    suppressions: [],
    ...(testCase.deferredPolicy ? { deferredPolicy: testCase.deferredPolicy } : {}),
    ...(testCase.discovery ? { discovery: testCase.discovery } : {}),
  });
  return report.findings.filter((finding) => finding.ruleId === ruleId);
}

/** How many cases each rule was given, so the table can insist on both kinds for every rule. */
export const TESTED = new Map<string, { valid: number; invalid: number }>();

/**
 * Declares one rule's table. Cases are built lazily, inside the tests, so a
 * failing builder fails its case and not the whole file.
 */
export function testRule(
  ruleId: string,
  table: { valid: Array<() => RuleCase>; invalid: Array<() => InvalidCase> },
): void {
  const rule = RULES.find((candidate) => candidate.id === ruleId);
  TESTED.set(ruleId, { valid: table.valid.length, invalid: table.invalid.length });
  describe(ruleId, () => {
    test('is a registered rule', () => expect(rule).toBeDefined());
    test.each(table.valid.map((make, index) => [index, make] as const))('valid #%i', (_index, make) => {
      const testCase = make();
      expect({ name: testCase.name, findings: findingsFor(ruleId, testCase).map((f) => f.message) }).toEqual({
        name: testCase.name,
        findings: [],
      });
    });
    test.each(table.invalid.map((make, index) => [index, make] as const))('invalid #%i', (_index, make) => {
      const testCase = make();
      const found = findingsFor(ruleId, testCase);
      const said = { name: testCase.name, messages: found.map((finding) => finding.message) };
      expect({ ...said, count: found.length }).toEqual({ ...said, count: testCase.errors.length });
      testCase.errors.forEach((expected, index) => {
        expect(found[index]!.message).toMatch(expected.says);
        if (expected.file) expect(found[index]!.file).toBe(expected.file);
      });
    });
  });
}
