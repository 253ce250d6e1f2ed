import { checkInventory } from '../../src/engine.js';
import { findProfile } from '../../src/profiles/registry.js';
import { extension as ext, KU, OID, type ExtensionSpec } from '../differential/certificates.js';
import { memoryInventory } from '../helpers.js';
import { AT, ca, client, days, newKey } from '../rules/rule-tester.js';

/**
 * Go's crypto/x509 model (the `go` profile) on hand-made PKIs, one behaviour
 * each, beside OpenSSL's verdict on the same files (the `openssl` profile with
 * the TLS-client purpose: `nginx` at depth 100) where the two part ways. The
 * real Caddy agrees with the model on random PKIs (__tests__/system/caddy.system.ts).
 */
const go = findProfile('go')!;
const openssl = findProfile('haproxy')!;

function verdict(profile: typeof go, truststore: string[], clientFile: string[]) {
  const report = checkInventory(memoryInventory(truststore, clientFile), {
    profile,
    at: AT,
    expiryWarningDays: 0,
    severities: {},
    suppressions: [],
  });
  const chain = report.chains[0]!;
  return { accepted: chain.accepted, reason: chain.reasons?.[0] ?? '', logged: chain.logged ?? '' };
}

const caExtensions = (...more: ExtensionSpec[]) => [
  ext.basicConstraints(true),
  ext.keyUsage([KU.keyCertSign, KU.cRLSign]),
  ...more,
];

describe("Go's chain model", () => {
  test('any truststore certificate anchors a chain: an intermediate without its root is enough', () => {
    const root = ca('Root');
    const issuing = ca('Issuing CA', { issuer: root });
    const leaf = client('c', { issuer: issuing });
    expect(verdict(go, [issuing.pem], [leaf.pem]).accepted).toBe(true);
    expect(verdict(openssl, [issuing.pem], [leaf.pem]).accepted).toBe(false);
  });

  test('it backtracks past a re-keyed namesake that OpenSSL takes and never leaves', () => {
    const root = ca('Root');
    const issuing = ca('Issuing CA', { issuer: root });
    // Same name, another key, no key identifiers to tell them apart: OpenSSL takes the first and fails the signature.
    const stale = ca('Issuing CA', { issuer: root, noAuthorityKeyId: true });
    const leaf = client('c', { issuer: issuing, noAuthorityKeyId: true });
    const truststore = [root.pem, stale.pem, issuing.pem];
    expect(verdict(go, truststore, [leaf.pem]).accepted).toBe(true);
    expect(verdict(openssl, truststore, [leaf.pem]).accepted).toBe(false);
  });

  test('a root without basicConstraints signs nothing in Go (OpenSSL accepts such a legacy root)', () => {
    const root = ca('Root', { extensions: [ext.keyUsage([KU.keyCertSign])] });
    const leaf = client('c', { issuer: root });
    expect(verdict(go, [root.pem], [leaf.pem])).toMatchObject({
      accepted: false,
      logged: expect.stringContaining('x509: certificate signed by unknown authority'),
    });
    expect(verdict(openssl, [root.pem], [leaf.pem]).accepted).toBe(true);
  });

  test('a negative pathLenConstraint means no limit in Go; OpenSSL marks the CA invalid', () => {
    const root = ca('Root');
    const negative: ExtensionSpec = {
      oid: OID.basicConstraints,
      critical: true,
      value: Uint8Array.from([0x30, 6, 1, 1, 0xff, 2, 1, 0xff]),
    };
    const issuing = ca('Issuing CA', { issuer: root, extensions: [negative, ext.keyUsage([KU.keyCertSign])] });
    const leaf = client('c', { issuer: issuing });
    expect(verdict(go, [root.pem, issuing.pem], [leaf.pem]).accepted).toBe(true);
    expect(verdict(openssl, [root.pem, issuing.pem], [leaf.pem]).accepted).toBe(false);
  });

  test('pathLen 0 still limits: a CA below it is too many intermediates', () => {
    const root = ca('Root');
    const first = ca('First', { issuer: root, pathLen: 0 });
    const second = ca('Second', { issuer: first });
    const leaf = client('c', { issuer: second });
    // The client sends Second: were it in the truststore, it would anchor the chain itself.
    expect(verdict(go, [root.pem, first.pem], [leaf.pem, second.pem])).toMatchObject({
      accepted: false,
      logged: expect.stringContaining('too many intermediates for path length constraint'),
    });
  });

  test('extendedKeyUsage nests: anyExtendedKeyUsage counts, a CA limited to serverAuth refuses its clients', () => {
    const anyEku: ExtensionSpec = {
      oid: OID.extKeyUsage,
      value: Uint8Array.from([0x30, 6, 6, 4, 0x55, 0x1d, 0x25, 0]),
    };
    const root = ca('Root');
    const leafAny = client('any', { issuer: root, extensions: [ext.basicConstraints(false), anyEku] });
    expect(verdict(go, [root.pem], [leafAny.pem]).accepted).toBe(true);
    expect(verdict(openssl, [root.pem], [leafAny.pem]).accepted).toBe(false);

    const serverOnly = ca('Server CA', { issuer: root, extensions: caExtensions(ext.serverAuth()) });
    const leaf = client('c', { issuer: serverOnly });
    expect(verdict(go, [root.pem, serverOnly.pem], [leaf.pem])).toMatchObject({
      accepted: false,
      reason: expect.stringContaining('Server CA on its chain has serverAuth without clientAuth'),
    });
  });

  test("the client's keyUsage is ignored", () => {
    const root = ca('Root');
    const leaf = client('c', {
      issuer: root,
      extensions: [ext.basicConstraints(false), ext.keyUsage([2]), ext.clientAuth()],
    });
    expect(verdict(go, [root.pem], [leaf.pem]).accepted).toBe(true);
    expect(verdict(openssl, [root.pem], [leaf.pem]).accepted).toBe(false);
  });

  test('a critical directoryName name constraint is an unhandled critical extension in Go; non-critical, it is ignored', () => {
    const root = ca('Root');
    const permitted = [[{ oid: OID.organization, value: 'Other Clients' }]];
    const critical = ca('Constrained', { issuer: root, extensions: caExtensions(ext.nameConstraints([permitted])) });
    const relaxed = ca('Relaxed', {
      issuer: root,
      extensions: caExtensions({ ...ext.nameConstraints([permitted]), critical: false }),
    });
    expect(verdict(go, [root.pem, critical.pem], [client('c', { issuer: critical }).pem])).toMatchObject({
      accepted: false,
      logged: expect.stringContaining('x509: unhandled critical extension'),
    });
    const underRelaxed = client('c', { issuer: relaxed }).pem;
    expect(verdict(go, [root.pem, relaxed.pem], [underRelaxed]).accepted).toBe(true);
    expect(verdict(openssl, [root.pem, relaxed.pem], [underRelaxed]).accepted).toBe(false);
  });

  test('issuer names must match byte for byte: a name OpenSSL folds (case, spaces) does not chain in Go', () => {
    const root = ca('Root', { subject: [[{ oid: OID.commonName, value: 'Example Root' }]] });
    const leaf = client('c', { issuer: { ...root, subject: [[{ oid: OID.commonName, value: 'EXAMPLE  root' }]] } });
    expect(verdict(go, [root.pem], [leaf.pem]).accepted).toBe(false);
    expect(verdict(openssl, [root.pem], [leaf.pem]).accepted).toBe(true);
  });

  test('the notAfter second is still valid in Go, already expired in OpenSSL', () => {
    const root = ca('Root');
    const leaf = client('c', { issuer: root, notAfter: AT });
    expect(verdict(go, [root.pem], [leaf.pem]).accepted).toBe(true);
    expect(verdict(openssl, [root.pem], [leaf.pem]).accepted).toBe(false);
    const expired = client('old', { issuer: root, notAfter: days(-1) });
    expect(verdict(go, [root.pem], [expired.pem]).logged).toContain('certificate has expired or is not yet valid');
  });

  test('SHA-1 is refused wherever a signature is checked, and a CA Go cannot parse is never used', () => {
    const root = ca('Root');
    const sha1 = client('sha1', { issuer: root, digest: 'sha1' });
    expect(verdict(go, [root.pem], [sha1.pem])).toMatchObject({
      accepted: false,
      reason: expect.stringContaining('SHA-1'),
    });
    const odd = ca('Odd', { subject: [[{ oid: OID.commonName, value: 'Odd @ Root', printable: true }]] });
    expect(verdict(go, [odd.pem], [client('c', { issuer: odd }).pem]).accepted).toBe(false);
    expect(verdict(openssl, [odd.pem], [client('c', { issuer: odd }).pem]).accepted).toBe(true);
  });

  test('the search stops after 100 signature checks: a crowd of same-named CAs is refused, not searched for ever', () => {
    const root = ca('Root');
    const decoys = Array.from({ length: 101 }, () => ca('Root', { key: newKey(), noAuthorityKeyId: true }).pem);
    const leaf = client('c', { issuer: root, noAuthorityKeyId: true });
    expect(verdict(go, [...decoys, root.pem], [leaf.pem])).toMatchObject({ accepted: false });
    expect(verdict(go, [root.pem, ...decoys], [leaf.pem]).accepted).toBe(true);
  });
});
