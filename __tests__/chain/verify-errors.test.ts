import { checkInventory } from '../../src/engine.js';
import { findProfile } from '../../src/profiles/registry.js';
import type { Profile } from '../../src/profiles/profile.js';
import { extension as ext, KU } from '../differential/certificates.js';
import { comparedProfile } from '../differential/oracle.js';
import { memoryInventory } from '../helpers.js';
import { AT, ca, client, crl } from '../rules/rule-tester.js';

/**
 * What NGINX (the last error OpenSSL reports, its callback letting
 * verification go on) and HAProxy (the first, by its depth) log for a refused
 * client. Each case is one a real NGINX 1.22 and HAProxy 2.6 logged this way
 * in the system tests (__tests__/system/).
 */
function logged(profile: Profile, truststore: string[], clientFile: string[], crls: string[] = []): string {
  const report = checkInventory(memoryInventory(truststore, clientFile, crls), {
    profile,
    at: AT,
    expiryWarningDays: 0,
    severities: {},
    suppressions: [],
  });
  return report.chains[0]!.logged ?? '(accepted)';
}

const nginx = (depth: number) => comparedProfile({ profile: 'nginx', options: { ssl_verify_depth: depth } });
const haproxy = findProfile('haproxy')!;

describe('the reason a gateway on OpenSSL logs', () => {
  test("a client whose issuer is nowhere: NGINX logs OpenSSL's last error (21), HAProxy's first is at the client", () => {
    const root = ca('Root');
    const issuing = ca('Issuing CA', { issuer: root });
    const leaf = client('c', { issuer: issuing });
    expect(logged(nginx(1), [root.pem], [leaf.pem])).toBe(
      'client SSL certificate verify error: (21:unable to verify the first certificate)',
    );
    expect(logged(haproxy, [root.pem], [leaf.pem])).toBe('SSL client certificate not trusted');
  });

  test('a chain too deep: NGINX logs that the top has no issuer (2), never 22', () => {
    const root = ca('Root');
    const first = ca('First', { issuer: root });
    const second = ca('Second', { issuer: first });
    const leaf = client('c', { issuer: second });
    expect(logged(nginx(1), [root.pem, first.pem, second.pem], [leaf.pem])).toBe(
      'client SSL certificate verify error: (2:unable to get issuer certificate)',
    );
    // The same chain sent by the client: its top came from the client, so 20.
    expect(logged(nginx(1), [root.pem], [leaf.pem, second.pem, first.pem])).toBe(
      'client SSL certificate verify error: (20:unable to get local issuer certificate)',
    );
  });

  test('an intermediate with cA false: INVALID_CA (79), then the purpose (26), which NGINX logs; HAProxy stops at the CA', () => {
    const root = ca('Root');
    const issuing = ca('Issuing CA', {
      issuer: root,
      extensions: [ext.basicConstraints(false), ext.keyUsage([KU.keyCertSign, KU.cRLSign])],
    });
    const leaf = client('c', { issuer: issuing });
    expect(logged(nginx(3), [root.pem, issuing.pem], [leaf.pem])).toBe(
      'client SSL certificate verify error: (26:unsuitable certificate purpose)',
    );
    expect(logged(haproxy, [root.pem, issuing.pem], [leaf.pem])).toBe('SSL client CA chain cannot be verified');
  });

  test('a CRL out of scope: 44, then no CRL covers the certificate (3), which NGINX logs', () => {
    const root = ca('Root');
    const issuing = ca('Issuing CA', { issuer: root });
    const leaf = client('c', { issuer: issuing });
    const onlyCas = crl(issuing, { issuingDistributionPoint: { onlyCa: true } });
    expect(logged(nginx(5), [root.pem, issuing.pem], [leaf.pem], [onlyCas, crl(root)])).toBe(
      'client SSL certificate verify error: (3:unable to get certificate CRL)',
    );
  });

  test('an accepted client logs nothing', () => {
    const root = ca('Root');
    const leaf = client('c', { issuer: root });
    expect(logged(nginx(1), [root.pem], [leaf.pem])).toBe('(accepted)');
  });
});
