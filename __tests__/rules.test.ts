import { mkdtemp, readFile, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { awsApiGateway } from '../src/profiles/builtin/aws-api-gateway.js';
import { findProfile } from '../src/profiles/registry.js';
import { RULES } from '../src/rules/registry.js';
import { profileSeverity } from '../src/rules/severities.js';
import { beginLines, check, FIXTURES, findingsOf } from './helpers.js';

/**
 * One line per case, as zlint does: the rule, the file it must fire on, the
 * truststore and client globs of the run, and the block it must point at
 * (index into the file's BEGIN lines; omitted = line 1).
 */
interface FiringCase {
  rule: string;
  file: string;
  truststore?: string[];
  clients?: string[];
  crls?: string[];
  /** The profile of the run (default: aws-api-gateway). */
  profile?: string;
  block?: number;
  /** The line it must point at, where that is not a block's first line. */
  line?: number;
  says?: RegExp;
}

const STANDARD = ['truststores/standard.pem'];
const fires: FiringCase[] = [
  {
    rule: 'insecure-signature-algorithm',
    file: 'clients/client-sha1.pem',
    says: /sha1WithRSAEncryption.*Client cert using an insecure Signature Algorithm/,
  },
  { rule: 'insecure-signature-algorithm', file: 'clients/client-md5.pem', says: /MD5/ },
  { rule: 'insecure-signature-algorithm', file: 'clients/client-sha224.pem', says: /SHA-224/ },
  { rule: 'insecure-signature-algorithm', file: 'clients/client-ecdsa-sha1.pem', says: /ecdsa-with-SHA1/ },
  { rule: 'insecure-signature-algorithm', file: 'clients/client-pss-sha1.pem', says: /RSASSA-PSS \(SHA-1\)/ },
  { rule: 'weak-key', file: 'clients/client-rsa1024.pem', says: /1024-bit RSA/ },
  { rule: 'weak-key', file: 'clients/client-p224.pem', says: /P-224/ },
  { rule: 'weak-key', file: 'clients/client-p192.pem', says: /P-192/ },
  { rule: 'unsupported-key-type', file: 'clients/client-dsa.pem', says: /DSA/ },
  { rule: 'unsupported-key-type', file: 'clients/client-ed25519.pem', says: /Ed25519/ },
  { rule: 'unsupported-key-type', file: 'clients/client-explicit-ec.pem', says: /explicit curve parameters/ },
  {
    rule: 'unsupported-key-type',
    file: 'hostile/big-exponent/truststore.pem',
    truststore: ['hostile/big-exponent/truststore.pem'],
    clients: ['hostile/big-exponent/clients/client-01.pem'],
    says: /public exponent of 3064 bits.*does not verify signatures/,
  },
  {
    rule: 'work-limit-reached',
    file: 'hostile/crowded/truststore.pem',
    truststore: ['hostile/crowded/truststore.pem'],
    clients: [],
    block: 101,
    says: /120 certificates of the truststore share the subject.*first 100/,
  },
  { rule: 'certificate-expired', file: 'clients/client-expired.pem', says: /expired on 2024-01-01/ },
  { rule: 'certificate-not-yet-valid', file: 'clients/client-future.pem', says: /not valid until 2030-01-01/ },
  { rule: 'certificate-expiring-soon', file: 'clients/client-expiring.pem', says: /expires in 17 days/ },
  { rule: 'malformed-certificate', file: 'files/empty.pem', clients: ['files/empty.pem'], says: /empty/ },
  {
    rule: 'malformed-certificate',
    file: 'files/binary.bin',
    clients: ['files/binary.bin'],
    says: /neither PEM nor a DER certificate|not a DER certificate/,
  },
  {
    rule: 'file-not-loadable',
    file: 'files/truncated.pem',
    clients: ['files/truncated.pem'],
    says: /no -----END CERTIFICATE----- line: the block is not closed/,
  },
  { rule: 'malformed-certificate', file: 'files/truncated.der', clients: ['files/truncated.der'], says: /truncated/ },
  {
    rule: 'malformed-certificate',
    file: 'files/trailing-data.der',
    clients: ['files/trailing-data.der'],
    says: /trailing data: 8 bytes/,
  },
  {
    rule: 'file-not-loadable',
    file: 'files/bad-base64.pem',
    clients: ['files/bad-base64.pem'],
    says: /line 3: bad base64/,
  },
  {
    rule: 'file-not-loadable',
    file: 'files/missing-line.pem',
    clients: ['files/missing-line.pem'],
    says: /does not decode/,
  },
  {
    rule: 'malformed-certificate',
    file: 'files/no-certificate.txt',
    clients: ['files/no-certificate.txt'],
    says: /holds no certificate/,
  },
  {
    rule: 'malformed-certificate',
    file: 'files/request.csr.pem',
    clients: ['files/request.csr.pem'],
    says: /holds no certificate \(it holds: CERTIFICATE REQUEST\)/,
  },
  {
    rule: 'file-not-loadable',
    file: 'truststores/garbage-in-middle.pem',
    truststore: ['truststores/garbage-in-middle.pem'],
    block: 1,
    says: /line 27: bad base64: "!" is not a base64 character.*loads no certificate from the whole file/,
  },
  // The reader (issue 18): what OpenSSL fails on or passes by is an error, naming the line and the consequence.
  {
    rule: 'file-not-loadable',
    file: 'reader/indented-begin.pem',
    truststore: ['reader/indented-begin.pem'],
    line: 26,
    says: /line 26 reads as text, not as the start of a block.*clients get 403 Forbidden/,
  },
  {
    rule: 'file-not-loadable',
    file: 'reader/indented-begin.pem',
    truststore: ['reader/indented-begin.pem'],
    profile: 'nginx',
    line: 26,
    says: /line 26 reads as text.*NGINX refuses to load the configuration/,
  },
  {
    rule: 'file-not-loadable',
    file: 'reader/blank-line-in-block.pem',
    truststore: ['reader/blank-line-in-block.pem'],
    block: 1,
    says: /line 28 is blank inside the block.*loads no certificate from the whole file.*API Gateway refuses/,
  },
  {
    rule: 'file-not-loadable',
    file: 'reader/header-in-block.pem',
    truststore: ['reader/header-in-block.pem'],
    block: 1,
    says: /header lines \("Comment: issued by the platform team"\)/,
  },
  {
    rule: 'file-not-loadable',
    file: 'reader/invalid-base64.pem',
    truststore: ['reader/invalid-base64.pem'],
    block: 1,
    says: /line 29: bad base64: "\*" is not a base64 character/,
  },
  {
    rule: 'file-not-loadable',
    file: 'reader/bundle.p7b',
    truststore: ['reader/bundle.p7b'],
    says: /PKCS#7 bundle of 2 certificates.*openssl pkcs7 -inform DER -print_certs -in reader\/bundle.p7b/,
  },
  {
    rule: 'file-not-loadable',
    file: 'reader/root.der',
    truststore: ['reader/root.der'],
    says: /binary DER.*openssl x509 -inform DER -in reader\/root.der -out reader\/root.der.pem/,
  },
  {
    rule: 'readers-disagree',
    file: 'reader/smuggled-after-dashes.pem',
    truststore: ['reader/smuggled-after-dashes.pem'],
    block: 2,
    says: /only OpenSSL loads O=Fixture Clients, CN=client-p256 \(line 49/,
  },
  {
    rule: 'readers-disagree',
    file: 'reader/trailing-bytes-in-block.pem',
    truststore: ['reader/trailing-bytes-in-block.pem'],
    block: 1,
    says: /only OpenSSL loads O=Fixture PKI, CN=Fixture Issuing CA RSA/,
  },
  {
    rule: 'readers-disagree',
    file: 'reader/bom.pem',
    truststore: ['reader/bom.pem'],
    says: /only OpenSSL loads O=Fixture PKI, CN=Fixture Root CA RSA \(line 1/,
  },
  {
    rule: 'duplicate-certificate',
    file: 'truststores/duplicate.pem',
    truststore: ['truststores/duplicate.pem'],
    block: 2,
    says: /already appears on line 1/,
  },
  {
    rule: 'not-a-ca-certificate',
    file: 'truststores/with-leaf.pem',
    truststore: ['truststores/with-leaf.pem'],
    block: 2,
    says: /client-rsa2048 is not a CA/,
  },
  {
    rule: 'truststore-too-many-certificates',
    file: 'truststores/1001-certificates.pem',
    truststore: ['truststores/1001-certificates.pem'],
    says: /holds 1,001 certificates; API Gateway accepts at most 1,000/,
  },
  {
    rule: 'truststore-format',
    file: 'truststores/text-dump.pem',
    truststore: ['truststores/text-dump.pem'],
    says: /Text outside certificate blocks/,
  },
  {
    rule: 'truststore-format',
    file: 'truststores/with-crl.pem',
    truststore: ['truststores/with-crl.pem'],
    block: 1,
    says: /X509 CRL block/,
  },
  {
    rule: 'truststore-format',
    file: 'truststores/with-key.pem',
    truststore: ['truststores/with-key.pem'],
    block: 1,
    says: /PRIVATE KEY block/,
  },
  {
    rule: 'truststore-format',
    file: 'truststores/trusted-certificate.pem',
    truststore: ['truststores/trusted-certificate.pem'],
    block: 1,
    says: /TRUSTED CERTIFICATE/,
  },
  {
    rule: 'file-not-loadable',
    file: 'truststores/bundle.p7b.pem',
    truststore: ['truststores/bundle.p7b.pem'],
    says: /PKCS7 block \(a PKCS#7 bundle of 2 certificates\), from which OpenSSL's PEM reader loads no certificate/,
  },
  {
    rule: 'truststore-format',
    file: 'truststores/root-rsa.der',
    truststore: ['truststores/root-rsa.der'],
    says: /\.pem extension/,
  },
  { rule: 'private-key-in-repository', file: 'keys/pkcs1.key', clients: ['keys/pkcs1.key'], says: /RSA PRIVATE KEY/ },
  { rule: 'private-key-in-repository', file: 'keys/pkcs8.key', clients: ['keys/pkcs8.key'], says: /\(PRIVATE KEY\)/ },
  { rule: 'private-key-in-repository', file: 'keys/sec1.key', clients: ['keys/sec1.key'], says: /EC PRIVATE KEY/ },
  {
    rule: 'private-key-in-repository',
    file: 'keys/encrypted-pkcs8.key',
    clients: ['keys/encrypted-pkcs8.key'],
    says: /encrypted/,
  },
  {
    rule: 'private-key-in-repository',
    file: 'keys/encrypted-pkcs1.key',
    clients: ['keys/encrypted-pkcs1.key'],
    says: /encrypted/,
  },
  {
    rule: 'private-key-in-repository',
    file: 'keys/openssh.key',
    clients: ['keys/openssh.key'],
    says: /OPENSSH PRIVATE KEY/,
  },
  { rule: 'private-key-in-repository', file: 'keys/pkcs8.der', clients: ['keys/pkcs8.der'], says: /\(DER\)/ },
  {
    rule: 'private-key-in-repository',
    file: 'keys/combined-match.pem',
    clients: ['keys/combined-match.pem'],
    block: 1,
  },
  { rule: 'private-key-in-repository', file: 'keys/rsa-match.key', clients: ['keys/rsa-match.pem'] },
  {
    rule: 'private-key-in-repository',
    file: 'truststores/with-key.pem',
    truststore: ['truststores/with-key.pem'],
    block: 1,
  },
  {
    rule: 'key-mismatch',
    file: 'keys/rsa-mismatch.pem',
    clients: ['keys/rsa-mismatch.pem'],
    says: /in keys\/rsa-mismatch.key does not match/,
  },
  {
    rule: 'key-mismatch',
    file: 'keys/ec-mismatch.pem',
    clients: ['keys/ec-mismatch.pem'],
    says: /in keys\/ec-mismatch-key.pem does not match/,
  },
  {
    rule: 'key-mismatch',
    file: 'keys/combined-mismatch.pem',
    clients: ['keys/combined-mismatch.pem'],
    says: /on line \d+ does not match/,
  },
  // Chains
  {
    rule: 'issuer-not-found',
    file: 'chains/foreign-issuer.pem',
    says: /Could not find issuer for certificate.*Elsewhere Issuing CA \(key identifier/,
  },
  {
    rule: 'issuer-not-found',
    file: 'chains/foreign-with-intermediate.pem',
    says: /does not hold its issuer, O=Elsewhere, CN=Elsewhere Issuing CA/,
  },
  {
    rule: 'incomplete-chain',
    file: 'clients/client-rsa2048.pem',
    truststore: ['truststores/intermediate-only.pem'],
    says: /reaches O=Fixture PKI, CN=Fixture Issuing CA RSA in the truststore, but not a root: its issuer, O=Fixture PKI, CN=Fixture Root CA RSA/,
  },
  {
    rule: 'self-signed-certificate',
    file: 'chains/self-signed-stranger.pem',
    says: /Reason: self signed certificate.*Add this certificate/,
  },
  {
    rule: 'self-signed-certificate',
    file: 'chains/self-signed-rekeyed.pem',
    truststore: ['truststores/with-self-signed-client.pem'],
    says: /same subject but a different key \(public key SHA-256 in the truststore [0-9A-F:]{95}, presented by the client [0-9A-F:]{95}\)/,
  },
  {
    rule: 'issuer-not-found',
    file: 'chains/impostor-issuer.pem',
    says: /A certificate with that name is there but cannot be the issuer \(key identifier [0-9A-F:]+, not the one the certificate names\)/,
  },
  {
    rule: 'chain-signature-invalid',
    file: 'chains/signature-invalid.pem',
    says: /does not verify with the key of O=Fixture PKI, CN=Fixture Issuing CA EC/,
  },
  {
    rule: 'name-constraints-violated',
    file: 'chains/name-constraint-outside.pem',
    truststore: ['truststores/name-constrained.pem'],
    says: /O=Outsiders, CN=outside the constraint, is outside the permitted names of O=Fixture PKI, CN=Constrained CA/,
  },
  {
    rule: 'issuer-not-ca',
    file: 'chains/issuer-not-ca.pem',
    truststore: ['truststores/non-ca-issuers.pem'],
    says: /not a CA/,
  },
  {
    rule: 'issuer-not-ca',
    file: 'chains/issuer-without-keycertsign.pem',
    truststore: ['truststores/non-ca-issuers.pem'],
    says: /keyCertSign/,
  },
  {
    rule: 'path-length-exceeded',
    file: 'chains/path-length-exceeded.pem',
    truststore: ['truststores/pathlen.pem'],
    says: /pathlen:0, but 1 intermediate CA stands below it/,
  },
  {
    rule: 'chain-too-long',
    file: 'chains/chain-too-long.pem',
    truststore: ['truststores/deep.pem'],
    says: /has 5 CA certificates above it \(4 intermediates and the root\); API Gateway allows at most four CA certificates above the client/,
  },
  {
    rule: 'incomplete-chain',
    file: 'truststores/intermediate-only.pem',
    truststore: ['truststores/intermediate-only.pem'],
    says: /Fixture Root CA RSA/,
  },
  { rule: 'client-auth-not-permitted', file: 'chains/server-auth-only.pem', says: /serverAuth without clientAuth/ },
  {
    rule: 'certificate-expired',
    file: 'chains/expired-intermediate.pem',
    truststore: ['truststores/expired-intermediate.pem'],
    says: /goes through O=Fixture PKI, CN=Expired Issuing CA, which expired on 2024-01-01/,
  },
  {
    rule: 'unhandled-critical-extension',
    file: 'chains/unknown-critical-extension.pem',
    says: /1\.3\.6\.1\.4\.1\.55555\.1/,
  },
  {
    rule: 'issuer-not-found',
    file: 'clients/with-intermediate.pem',
    truststore: ['truststores/root-rsa-only.pem'],
    says: /takes issuers only from the truststore, and the client's chain needs O=Fixture PKI, CN=Fixture Issuing CA RSA \(line 21 of the client's file\), which the client sends but truststores\/root-rsa-only.pem does not hold. Add it to the truststore; sending it from the client does not help/,
  },
  {
    rule: 'client-not-end-entity',
    file: 'clients/wrong-order.pem',
    says: /starts with O=Fixture PKI, CN=Fixture Root CA RSA, a CA; the client's own certificate, O=Fixture Clients, CN=client-rsa2048, comes after it/,
  },
  {
    rule: 'client-certificate-is-ca',
    file: 'clients/bare-ca.pem',
    says: /O=Fixture PKI, CN=Fixture Issuing CA RSA is a CA certificate \(basicConstraints cA=TRUE\)\. API Gateway judges it as any client certificate \(unconfirmed for API Gateway\), but whoever holds its key can also issue certificates under it/,
  },
  {
    rule: 'invalid-certificate-extension',
    file: 'chains/empty-key-usage.pem',
    says: /OpenSSL marks it invalid because its keyUsage extension has no usage set/,
  },
  // Rules of other gateways' profiles
  {
    rule: 'unparseable-certificate',
    file: 'clients/client-p192.pem',
    profile: 'go',
    says: /does not parse with the Go TLS server's X\.509 parser \(x509: unsupported elliptic curve\)/,
  },
  {
    rule: 'truststore-certificate-too-large',
    file: 'profiles/bulky-ca.pem',
    profile: 'gcp-load-balancer',
    says: /Bulky Root CA is \d{1,3},\d{3} bytes as PEM .* Google Cloud accepts at most 5,120 per certificate/,
  },
  {
    rule: 'ca-names-too-large',
    file: 'truststores/1001-certificates.pem',
    profile: 'aws-alb',
    says: /The truststore: the subject names of its certificates add up to \d{2},\d{3} bytes; Application Load Balancer accepts at most 10,000/,
  },
  {
    rule: 'truststore-root-count',
    file: 'profiles/two-roots-chain.pem',
    profile: 'azure-application-gateway',
    block: 2,
    says: /holds 2 root CA certificates .* takes exactly 1 per chain file/,
  },
  {
    rule: 'truststore-format',
    file: 'profiles/blank-line.pem',
    profile: 'aws-alb',
    line: beginLines('profiles/blank-line.pem')[1]! - 1,
    says: /Blank line: Application Load Balancer refuses a bundle with blank lines/,
  },
  // Certificate revocation lists
  {
    rule: 'crl-malformed',
    file: 'crls/garbage.crl.pem',
    crls: ['crls/garbage.crl.pem'],
    profile: 'nginx',
    says: /does not decode as a CRL/,
  },
  {
    rule: 'crl-quota',
    file: 'profiles/31-crls.pem',
    truststore: STANDARD,
    crls: ['profiles/31-crls.pem'],
    profile: 'aws-alb',
    says: /31 revocation lists, over the quota of 30 \(adjustable/,
  },
  {
    rule: 'crl-issuer-not-in-truststore',
    file: 'crls/foreign.crl.pem',
    crls: ['crls/foreign.crl.pem'],
    profile: 'nginx',
    says: /no CA of the truststore has that name/,
  },
  {
    rule: 'crl-issuer-not-in-truststore',
    file: 'crls/bad-signature.crl.pem',
    crls: ['crls/bad-signature.crl.pem'],
    profile: 'nginx',
    says: /its signature does not verify with the key of O=Fixture PKI, CN=Fixture Issuing CA RSA/,
  },
  {
    rule: 'crl-unusable',
    file: 'crls/critical-number.crl.pem',
    crls: ['crls/critical-number.crl.pem'],
    profile: 'nginx',
    says: /critical extension OpenSSL does not process \(2\.5\.29\.20\)/,
  },
  {
    rule: 'crl-expired',
    file: 'crls/int-ec-expired.crl.pem',
    crls: ['crls/int-ec-expired.crl.pem'],
    profile: 'nginx',
    says: /expired on 2025-12-01/,
  },
  {
    rule: 'crl-expiring-soon',
    file: 'crls/int-ec-expiring.crl.pem',
    crls: ['crls/int-ec-expiring.crl.pem'],
    profile: 'nginx',
    says: /reaches its nextUpdate in 5 days, on 2026-01-20/,
  },
  {
    rule: 'crl-missing-for-ca',
    file: 'truststores/standard.pem',
    clients: ['clients/client-rsa2048.pem'],
    crls: ['crls/int-rsa.crl.pem'],
    profile: 'nginx',
    says: /No CRL from O=Fixture PKI, CN=Fixture Root CA RSA is among the CRLs given \(ssl_crl\)/,
  },
  {
    rule: 'crl-missing-for-ca',
    file: 'clients/client-rsa2048.pem',
    crls: ['crls/int-rsa.crl.pem'],
    profile: 'nginx',
    says: /needs a CRL from O=Fixture PKI, CN=Fixture Root CA RSA to check O=Fixture PKI, CN=Fixture Issuing CA RSA/,
  },
  {
    rule: 'client-certificate-revoked',
    file: 'clients/client-revoked.pem',
    crls: ['crls/int-rsa.crl.pem', 'crls/root-rsa.crl.pem'],
    profile: 'nginx',
    says: /is revoked on 2025-12-01 00:00:00 UTC \(keyCompromise\) by the CRL from O=Fixture PKI, CN=Fixture Issuing CA RSA \(crls\/int-rsa.crl.pem, line 1\).*23:certificate revoked/,
  },
  {
    rule: 'revocation-not-supported',
    file: 'crls/int-rsa.crl.pem',
    crls: ['crls/int-rsa.crl.pem'],
    says: /API Gateway does not check certificate revocation lists/,
  },
];

describe('each rule fires on the fixture made to trigger it', () => {
  test.each(fires.map((c) => [c.rule, c.file, c] as const))('%s on %s', async (_rule, _file, c) => {
    const truststore =
      c.truststore ?? (c.file.startsWith('truststores/') || c.file.startsWith('profiles/') ? [c.file] : STANDARD);
    const clients = c.clients ?? (c.file.startsWith('clients/') || c.file.startsWith('chains/') ? [c.file] : []);
    const report = await check({
      truststore,
      clients,
      ...(c.crls ? { crls: c.crls } : {}),
      ...(c.profile ? { profile: c.profile } : {}),
    });
    const expectedLine = c.line ?? (c.block === undefined ? 1 : beginLines(c.file)[c.block]);
    const found = findingsOf(report, c.rule, c.file).filter((finding) => finding.line === expectedLine);
    expect(found).not.toHaveLength(0);
    if (c.says) expect(found.map((finding) => finding.message).join('\n')).toMatch(c.says);
    // The severity under the profile: confirmed behaviour at the rule's default, the rest capped at warning.
    const rule = RULES.find((candidate) => candidate.id === c.rule)!;
    const profile = findProfile(c.profile ?? awsApiGateway.id)!;
    for (const finding of found) expect(finding.severity).toBe(profileSeverity(rule, profile));
  });

  test('every rule in the registry has a firing case', () => {
    const covered = new Set(fires.map((c) => c.rule));
    // Covered elsewhere: truststore-too-large below, file-not-read and file-skipped in boundaries.test.ts (links, pipes and
    // sparse files are made at test time), internal-error by the fuzz regressions (it must never fire),
    // configuration-change-deferred in hostile/hostile-pr.test.ts and the action's tests (it needs a base commit's policy).
    const elsewhere = new Set([
      'internal-error',
      'truststore-too-large',
      'file-not-read',
      'file-skipped',
      'configuration-change-deferred',
      // The infrastructure-code rules need infrastructure code (and some a base commit): discovery.test.ts and
      // discovery-cli.test.ts make them fire from the repositories in __tests__/repositories/.
      'infrastructure-not-understood',
      'infrastructure-outside-repository',
      'truststore-source-missing',
      'infrastructure-target-removed',
      'truststore-version-pinned',
      'truststore-not-uploaded',
    ]);
    const missing = RULES.map((rule) => rule.id).filter((id) => !elsewhere.has(id) && !covered.has(id));
    expect(missing).toEqual([]);
  });

  test('truststore-too-large fires on a bundle over 1 MiB and not on one just under', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'tsc-large-'));
    const certificate = await readFile(path.join(FIXTURES, 'truststores/root-rsa-only.pem'), 'latin1');
    // Real certificates repeated: byte size is the only thing that matters to this rule.
    const copies = (bytes: number) => certificate.repeat(Math.ceil(bytes / certificate.length));
    await mkdir(path.join(root, 'big'));
    await writeFile(path.join(root, 'big/over.pem'), copies(1024 * 1024 + 1));
    const under = certificate.repeat(Math.floor((1024 * 1024) / certificate.length));
    await writeFile(path.join(root, 'big/under.pem'), under);
    const over = await check({ truststore: ['big/over.pem'] }, root);
    expect(findingsOf(over, 'truststore-too-large', 'big/over.pem')).toHaveLength(1);
    const fine = await check({ truststore: ['big/under.pem'] }, root);
    expect(findingsOf(fine, 'truststore-too-large')).toHaveLength(0);
  });
});

describe('rules stay quiet on healthy certificates', () => {
  const healthy = [
    'client-rsa2048',
    'client-rsa3072',
    'client-p256',
    'client-p384',
    'client-p521',
    'client-pss-sha256',
    'client-pss-key',
  ];

  test('RSA-2048/3072, P-256/384/521 and RSA-PSS clients against the standard truststore', async () => {
    const report = await check({ truststore: STANDARD, clients: healthy.map((name) => `clients/${name}.pem`) });
    expect(report.findings).toEqual([]);
    expect(report.chains.filter((chain) => !chain.accepted)).toEqual([]);
    expect(report.chains).toHaveLength(healthy.length);
  });

  test('a client that sends its intermediate, once that CA is in the truststore', async () => {
    const report = await check({ truststore: STANDARD, clients: ['clients/with-intermediate.pem'] });
    expect(report.findings).toEqual([]);
    expect(report.chains[0]).toMatchObject({
      accepted: true,
      path: [
        { subject: 'O=Fixture Clients, CN=client-rsa2048' },
        { subject: 'O=Fixture PKI, CN=Fixture Issuing CA RSA' },
        { subject: 'O=Fixture PKI, CN=Fixture Root CA RSA' },
      ],
    });
  });

  test('a self-signed client that is itself in the truststore', async () => {
    const report = await check({
      truststore: ['truststores/with-self-signed-client.pem'],
      clients: ['chains/self-signed-trusted.pem'],
    });
    expect(report.findings).toEqual([]);
    expect(report.chains[0]!.accepted).toBe(true);
  });

  test("a client inside its CA's name constraints", async () => {
    const report = await check({
      truststore: ['truststores/name-constrained.pem'],
      clients: ['chains/name-constraint-inside.pem'],
    });
    expect(report.findings).toEqual([]);
    expect(report.chains[0]!.accepted).toBe(true);
  });

  test('chains of four and five certificates (three intermediates, the most API Gateway takes)', async () => {
    const report = await check({
      truststore: ['truststores/deep.pem'],
      clients: ['chains/chain-of-four.pem', 'chains/chain-of-five.pem'],
    });
    expect(report.findings).toEqual([]);
    expect(report.chains.map((chain) => [chain.path.length, chain.accepted])).toEqual([
      [5, true],
      [4, true],
    ]);
  });

  test('a CRLF truststore reads like its LF twin', async () => {
    const crlf = await check({ truststore: ['truststores/crlf.pem'], clients: ['clients/client-rsa2048.pem'] });
    expect(crlf.findings).toEqual([]);
    expect(crlf.certificates.filter((c) => c.role === 'truststore').map((c) => [c.line, c.sha256])).toEqual(
      (await check({ truststore: ['truststores/standard.pem'] })).certificates
        .slice(0, 2)
        .map((c) => [c.line, c.sha256]),
    );
  });

  test('a private key that matches its certificate gives no key-mismatch', async () => {
    const report = await check({ truststore: STANDARD, clients: ['keys/rsa-match.pem', 'keys/combined-match.pem'] });
    expect(findingsOf(report, 'key-mismatch')).toEqual([]);
    expect(findingsOf(report, 'private-key-in-repository')).toHaveLength(2);
  });

  test('a key file matched by the client glob is a committed key, not a broken certificate', async () => {
    const report = await check({ truststore: STANDARD, clients: ['keys/rsa-match.key', 'keys/pkcs8.key'] });
    expect(findingsOf(report, 'malformed-certificate')).toEqual([]);
    expect(
      findingsOf(report, 'private-key-in-repository')
        .map((finding) => finding.file)
        .sort(),
    ).toEqual(['keys/pkcs8.key', 'keys/rsa-match.key']);
  });

  test('the expiry warning respects --expiry-warning-days', async () => {
    const report = await check({
      truststore: STANDARD,
      clients: ['clients/client-expiring.pem'],
      expiryWarningDays: 10,
    });
    expect(findingsOf(report, 'certificate-expiring-soon')).toEqual([]);
  });
});

/** Issue-level behaviours of API Gateway's chain model, each asserted on the verdict as well as the findings. */
describe("API Gateway's chain model", () => {
  test('a root-only truststore refuses a client that sends its intermediate; adding that CA accepts it', async () => {
    const rootOnly = await check({
      truststore: ['truststores/root-rsa-only.pem'],
      clients: ['clients/with-intermediate.pem'],
    });
    expect(rootOnly.chains[0]!.accepted).toBe(false);
    expect(findingsOf(rootOnly, 'issuer-not-found', 'clients/with-intermediate.pem')).toHaveLength(1);
    const complete = await check({ truststore: STANDARD, clients: ['clients/with-intermediate.pem'] });
    expect(complete.chains[0]!.accepted).toBe(true);
  });

  test('the openssl profile uses what the client sends: the same root-only layout is accepted', async () => {
    const report = await check({
      truststore: ['truststores/root-rsa-only.pem'],
      clients: ['clients/with-intermediate.pem'],
      profile: 'openssl',
    });
    expect(report.chains[0]!.accepted).toBe(true);
    expect(report.findings).toEqual([]);
  });

  test('four CA certificates above the client pass; a fifth is chain-too-long', async () => {
    const report = await check({
      truststore: ['truststores/deep.pem'],
      clients: ['chains/chain-of-five.pem', 'chains/chain-too-long.pem'],
    });
    const verdicts = Object.fromEntries(report.chains.map((chain) => [chain.file, chain.accepted]));
    expect(verdicts).toEqual({ 'chains/chain-of-five.pem': true, 'chains/chain-too-long.pem': false });
    expect(report.findings.map((finding) => [finding.file, finding.ruleId])).toEqual([
      ['chains/chain-too-long.pem', 'chain-too-long'],
    ]);
  });

  test('a client file written CA first is refused: the client presents its first certificate, whose key it lacks', async () => {
    const report = await check({ truststore: STANDARD, clients: ['clients/wrong-order.pem'] });
    expect(findingsOf(report, 'client-not-end-entity')).toHaveLength(1);
    expect(report.chains[0]).toMatchObject({ subject: 'O=Fixture PKI, CN=Fixture Root CA RSA', accepted: false });
    expect(report.chains[0]!.reasons![0]).toMatch(
      /the handshake fails before API Gateway accepts it, and the client is refused/,
    );
  });

  test('a CA certificate used as a client is judged by its chain where the gateway does so, with a warning', async () => {
    const report = await check({ truststore: STANDARD, clients: ['clients/bare-ca.pem'] });
    expect(report.findings.map((finding) => [finding.ruleId, finding.severity])).toEqual([
      ['client-certificate-is-ca', 'warning'],
    ]);
    expect(report.chains[0]).toMatchObject({ subject: 'O=Fixture PKI, CN=Fixture Issuing CA RSA', accepted: true });
    const gcp = await check({ truststore: STANDARD, clients: ['clients/bare-ca.pem'], profile: 'gcp-load-balancer' });
    expect(gcp.chains[0]!.accepted).toBe(false);
    expect(findingsOf(gcp, 'client-certificate-is-ca').map((finding) => finding.severity)).toEqual(['error']);
  });

  test('several files declared as one bundle are judged as one truststore, in their order', async () => {
    const split = { truststore: ['truststores/split/*.pem'], clients: ['clients/client-rsa2048.pem'] };
    const separately = await check(split);
    expect(separately.chains[0]!.accepted).toBe(false);
    const bundled = await check({ ...split, bundle: true });
    expect(bundled.chains[0]).toMatchObject({
      accepted: true,
      truststore: 'truststores/split/1-root.pem + truststores/split/2-issuing.pem',
    });
    expect(bundled.findings).toEqual([]);
  });

  test('the chain of pain (an expired earlier copy of the intermediate, sent by the client) is at most a notice', async () => {
    const report = await check({ truststore: STANDARD, clients: ['chains/chain-of-pain.pem'] });
    expect(report.chains[0]!.accepted).toBe(true);
    expect(report.findings.map((finding) => [finding.ruleId, finding.severity])).toEqual([
      ['certificate-expired', 'notice'],
    ]);
  });

  test('an expired CA gives one finding on it and one on each client that depends on it, not one per reason', async () => {
    const report = await check({
      truststore: ['truststores/expired-intermediate.pem'],
      clients: ['chains/expired-intermediate.pem'],
    });
    expect(report.findings.map((finding) => [finding.file, finding.ruleId, finding.severity])).toEqual([
      ['chains/expired-intermediate.pem', 'certificate-expired', 'error'],
      ['truststores/expired-intermediate.pem', 'certificate-expired', 'error'],
    ]);
    expect(report.summary.clients).toEqual({ accepted: 0, refused: 1 });
  });

  test('clients refused for their own algorithm or key are counted as refused, not as chaining fine', async () => {
    const report = await check({
      truststore: STANDARD,
      clients: ['clients/client-sha1.pem', 'clients/client-rsa1024.pem'],
    });
    expect(report.summary.clients).toEqual({ accepted: 0, refused: 2 });
  });

  test('chains[] and the findings never contradict: refused exactly when an error sits on the client certificate', async () => {
    const clients = ['clients/*.pem', 'chains/*.pem'];
    for (const truststore of [STANDARD, ['truststores/root-rsa-only.pem'], ['truststores/deep.pem']]) {
      const report = await check({ truststore, clients });
      for (const chain of report.chains) {
        const errors = report.findings.filter(
          (finding) => finding.file === chain.file && finding.line === chain.line && finding.severity === 'error',
        );
        expect({ file: chain.file, accepted: chain.accepted, errors: errors.length > 0 }).toEqual({
          file: chain.file,
          accepted: errors.length === 0,
          errors: !chain.accepted,
        });
      }
    }
  });
});
