import type { ClientChain, ClientProblem } from '../chain/analysis.js';
import type { Profile } from '../profiles/profile.js';
import type { RejectedIssuer } from '../chain/build-chain.js';
import { formatFingerprint, type Certificate } from '../x509/certificate.js';
import { nameOf, shellQuote, shorten } from './rule.js';

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
export function verifyArguments(profile: Profile, files: { truststore: string; client: string }): string[] {
  const args = ['verify', '-no-CApath', '-no-CAstore', '-CAfile', files.truststore];
  if (profile.chain.maxIntermediates !== 100) args.push('-verify_depth', String(profile.chain.maxIntermediates));
  if (profile.chain.partialChain) args.push('-partial_chain');
  if (profile.chain.issuers === 'truststore-and-client') args.push('-untrusted', files.client);
  return [...args, files.client];
}

/** The command a finding gives, with the real file names quoted; a bundle of several files is concatenated first, as the deploy does. */
export function verifyCommand(profile: Profile, chain: ClientChain): string {
  const files = chain.truststore.files.map((file) => shellQuote(file.path));
  const truststore = files.length === 1 ? files[0]! : 'bundle.pem';
  const verify = `openssl ${verifyArguments(profile, { truststore, client: shellQuote(chain.file.path) }).join(' ')}`;
  return files.length === 1 ? verify : `cat ${files.join(' ')} > bundle.pem && ${verify}`;
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
