// Every reason a client can be refused, one kind per explanation, and the profile's policy that adds its own.
import {
  isWeakKeyRefusal,
  judgeKey,
  judgePurpose,
  judgeSignature,
  type KeyRefusal,
  type SignatureRefusal,
  type WeakKeyRefusal,
} from '../profiles/policy.js';
import type { Profile } from '../profiles/profile.js';
import type { Certificate } from '../x509/certificate.js';
import type { BuildFailure } from './build-chain.js';
import type { ChainDefect } from './verify-chain.js';

/** What the profile's policy refuses on a certificate of a client's chain (beyond what OpenSSL checks). */
export type PolicyProblem =
  /** A key below the gateway's floor (too few bits, or below the security level). */
  | { kind: 'key-too-weak'; certificate: Certificate; refusal: WeakKeyRefusal }
  /** A key type, size or curve the gateway does not take at all. */
  | { kind: 'key-not-supported'; certificate: Certificate; refusal: Exclude<KeyRefusal, WeakKeyRefusal> }
  | { kind: 'signature-not-accepted'; certificate: Certificate; refusal: SignatureRefusal }
  | {
      kind: 'purpose-not-client-auth';
      certificate: Certificate;
      role: 'leaf' | 'issuer';
      refusal: 'missing-extension' | 'without-client-auth';
    }
  /** The client's certificate is a CA, which the gateway refuses as a client's (profile.clientCa). */
  | { kind: 'ca-as-client'; certificate: Certificate };

/** What the client file or the target makes impossible before any chain is built. */
export type FileProblem =
  /**
   * The file starts with a CA and the client's own certificate (`own`) comes
   * later: a TLS client presents the first certificate as its own, and its
   * key is `own`'s, so no handshake can succeed.
   */
  | { kind: 'written-ca-first'; certificate: Certificate; own: Certificate }
  /** The target has no truststore to judge the client against (the base of a change that adds it). */
  | { kind: 'no-truststore'; certificate: Certificate };

type NoIssuer = Extract<BuildFailure, { kind: 'issuer-not-found' }>;

/** Why building failed, one kind per explanation: what OpenSSL reports as "unable to get issuer" has three. */
export type BuildProblem =
  | Exclude<BuildFailure, NoIssuer>
  /** No certificate anywhere the gateway looks has the issuer's name and fits. */
  | NoIssuer
  /** Building reached a truststore certificate that is not a root, and its issuer is not in the truststore. */
  | (Omit<NoIssuer, 'kind'> & { kind: 'root-not-in-truststore' })
  /** OpenSSL marks a certificate of the chain invalid (its extensions), so it never finds an issuer. */
  | { kind: 'invalid-on-chain'; certificate: Certificate };

/** A certificate the client sends that the gateway's own X.509 parser refuses (Go's): the handshake fails before any chain is built. */
export interface ParseProblem {
  kind: 'unparseable';
  certificate: Certificate;
  /** The parser's error. */
  error: string;
}

/** Every reason a client can be refused: its file, building the chain, the chain's defects, or the gateway's policy. */
export type ClientProblem = FileProblem | BuildProblem | ChainDefect | PolicyProblem | ParseProblem;

export function buildProblem(failure: BuildFailure): BuildProblem {
  if (failure.kind !== 'issuer-not-found') return failure;
  if (failure.certificate.invalid !== undefined) return { kind: 'invalid-on-chain', certificate: failure.certificate };
  return failure.inTruststore ? { ...failure, kind: 'root-not-in-truststore' } : failure;
}

/** The profile's policy on every certificate of the chain: keys and signatures as verified (the anchor's self-signature is not), purpose on the leaf and its issuer. */
export function policyProblems(profile: Profile, chain: readonly Certificate[], anchored: boolean): PolicyProblem[] {
  const problems: PolicyProblem[] = [];
  chain.forEach((certificate, index) => {
    // Nobody checks the anchor's own signature, so its algorithm refuses no client.
    const isAnchor = anchored && index === chain.length - 1;
    const signature = isAnchor ? undefined : judgeSignature(profile.signatures, certificate);
    if (signature) problems.push({ kind: 'signature-not-accepted', certificate, refusal: signature });
    const key = judgeKey(profile.keys, certificate.publicKey);
    if (key && isWeakKeyRefusal(key)) problems.push({ kind: 'key-too-weak', certificate, refusal: key });
    else if (key) problems.push({ kind: 'key-not-supported', certificate, refusal: key });
  });
  const [leaf, issuer] = chain;
  if (leaf && profile.clientCa.verdict === 'refused' && leaf.basicConstraints?.ca === true)
    problems.push({ kind: 'ca-as-client', certificate: leaf });
  const leafPurpose = leaf && judgePurpose(profile.purpose.leaf, leaf);
  if (leaf && leafPurpose)
    problems.push({ kind: 'purpose-not-client-auth', certificate: leaf, role: 'leaf', refusal: leafPurpose });
  const issuerPurpose = issuer && judgePurpose(profile.purpose.issuer, issuer);
  if (issuer && issuerPurpose) {
    problems.push({ kind: 'purpose-not-client-auth', certificate: issuer, role: 'issuer', refusal: issuerPurpose });
  }
  return problems;
}
