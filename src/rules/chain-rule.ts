import type { ClientChain } from '../chain/analysis.js';
import type { ClientProblem } from '../chain/problems.js';
import type { Profile } from '../profiles/profile.js';
import type { RejectedIssuer } from '../chain/build-chain.js';
import { authLevel } from '../profiles/security-level.js';
import { formatFingerprint, type Certificate } from '../x509/certificate.js';
import { nameOf } from './rule.js';
import { shellQuote } from '../text/shell-quote.js';
import { shorten } from '../text/shorten.js';

/** `CN=Issuing CA (key identifier 1A:2B...)`: how a missing issuer is named. */
export function issuerOf(certificate: Certificate): string {
  const name = certificate.issuer.isEmpty ? '(empty issuer name)' : shorten(certificate.issuer.text);
  return certificate.authorityKeyId
    ? `${name} (key identifier ${formatFingerprint(certificate.authorityKeyId.toUpperCase())})`
    : name;
}

/** `CN=Leaf → CN=Issuing CA → CN=Root`. */
export function describePath(path: readonly Certificate[]): string {
  return path.map(nameOf).join(' → ');
}

export function leafClause(chain: ClientChain): string {
  return `The client certificate ${nameOf(chain.leaf.certificate)}`;
}

/** A certificate of a client's chain, as a sentence about the client names it: `its certificate` for the client's own. */
export function chainMember(certificate: Certificate, chain: ClientChain): string {
  return certificate === chain.leaf.certificate ? 'its certificate' : nameOf(certificate);
}

/** The certificate a client problem is about, when it is about one. */
export function subjectOf(problem: ClientProblem): Certificate | undefined {
  switch (problem.kind) {
    case 'chain-too-long':
      return undefined;
    case 'issuer-not-ca':
    case 'path-length-exceeded':
      return problem.issuer;
    default:
      return problem.certificate;
  }
}

/**
 * The `openssl verify` arguments that judge a client as the profile's chain
 * model does: only the leaf against the truststore where issuers come from
 * the truststore alone (the check the AWS Knowledge Center gives), the
 * client's file as -untrusted otherwise, the depth limit, partial chains.
 */
export function verifyArguments(
  profile: Profile,
  files: { truststore: string; client: string; crls?: string },
): string[] {
  const args = ['verify', '-no-CApath', '-no-CAstore', '-CAfile', files.truststore];
  if (profile.chain.maxIntermediates !== 100) args.push('-verify_depth', String(profile.chain.maxIntermediates));
  if (profile.chain.partialChain) args.push('-partial_chain');
  if (profile.purpose.sslClient) args.push('-purpose', 'sslclient');
  const level = authLevel(profile.keys.minSecurityBits);
  if (level !== undefined) args.push('-auth_level', String(level));
  // openssl verify cannot let a certificate without a CRL through, so only a gateway that refuses it is expressed.
  if (files.crls && profile.revocation?.missingCrl === 'refuses') {
    args.push(profile.revocation.scope === 'every-ca' ? '-crl_check_all' : '-crl_check', '-CRLfile', files.crls);
  }
  if (profile.chain.issuers === 'truststore-and-client') args.push('-untrusted', files.client);
  return [...args, files.client];
}

/**
 * The command a finding gives, with the real file names quoted; a bundle of
 * several files is concatenated first, as the deploy does, and so are
 * several CRL files (-CRLfile takes one).
 */
export function verifyCommand(profile: Profile, chain: ClientChain, crlFiles: readonly string[] = []): string {
  const steps: string[] = [];
  const joined = (paths: readonly string[], name: string) => {
    const quoted = paths.map(shellQuote);
    if (quoted.length === 1) return quoted[0]!;
    steps.push(`cat ${quoted.join(' ')} > ${name}`);
    return name;
  };
  const truststore = joined(
    chain.truststore.files.map((file) => file.path),
    'bundle.pem',
  );
  const crls = crlFiles.length > 0 ? joined(crlFiles, 'crls.pem') : undefined;
  const client = shellQuote(chain.file.path);
  steps.push(`openssl ${verifyArguments(profile, { truststore, client, ...(crls ? { crls } : {}) }).join(' ')}`);
  return steps.join(' && ');
}

/** Why certificates with the right name were passed over, for messages: another CA, a re-keyed one, an unusable one. */
export function describeRejected(rejected: readonly RejectedIssuer[]): string {
  if (rejected.length === 0) return '';
  const reasons = rejected.slice(0, 5).map(({ certificate, why }) => {
    const keyId = certificate.subjectKeyId ? formatFingerprint(certificate.subjectKeyId.toUpperCase()) : '(none)';
    switch (why) {
      case 'key-identifier':
        return `key identifier ${keyId}, not the one the certificate names`;
      case 'signature-algorithm':
        return `a ${certificate.publicKey.type} key, which cannot have made this ${certificate.signatureAlgorithm.family} signature`;
      case 'invalid':
        return `marked invalid by OpenSSL because ${certificate.invalid ?? 'of its extensions'}`;
    }
  });
  const more = rejected.length > 5 ? `; and ${rejected.length - 5} more` : '';
  return ` A certificate with that name is there but cannot be the issuer (${reasons.join('; ')}${more}): another CA, or the CA was re-keyed and the truststore is stale.`;
}
