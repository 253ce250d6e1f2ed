import type { Certificate } from '../x509/certificate.js';
import { GO_KEY_CERT_SIGN, parseAsGo, type GoCertificate } from '../x509/go-certificate.js';
import type { ClientProblem } from './problems.js';
import { errorText, problemOf, type GoFailure, type Node, type SignatureFailure } from './go-failures.js';
import { nameViolation } from './go-name-constraints.js';
import type { BuiltChain } from './build-chain.js';
import type { SignatureVerifier } from './signatures.js';
import type { Truststore } from './truststore.js';

/**
 * Go's crypto/x509 Certificate.Verify as crypto/tls runs it on a client's
 * certificate (go1.19, src/crypto/x509/verify.go; crypto/tls
 * processCertsFromClient): every certificate the client sends is parsed
 * first (one that does not parse fails the handshake); the truststore is the
 * Roots pool, the rest of what the client sends the Intermediates pool; then
 * a depth-first search of every path, candidates by byte-equal issuer name,
 * those with a matching key identifier first, any Roots certificate ending a
 * path, within a budget of 100 signature checks; each path's extended key
 * usages are then checked for clientAuth.
 */

/** At most this many CheckSignatureFrom calls per verification (maxChainSignatureChecks). */
export const GO_MAX_SIGNATURE_CHECKS = 100;

/** A Go CertPool: certificates by raw subject, in the order added, each once. */
class Pool {
  private readonly byName = new Map<string, Node[]>();
  private readonly fingerprints = new Set<string>();

  add(node: Node): void {
    if (this.fingerprints.has(node.certificate.sha256)) return;
    this.fingerprints.add(node.certificate.sha256);
    const named = this.byName.get(node.go.rawSubject);
    if (named) named.push(node);
    else this.byName.set(node.go.rawSubject, [node]);
  }

  contains(certificate: Certificate): boolean {
    return this.fingerprints.has(certificate.sha256);
  }

  /** findPotentialParents: same raw name; key identifiers matching first, then one side without, then mismatching. */
  potentialParents(child: GoCertificate): Node[] {
    const matching: Node[] = [];
    const oneSide: Node[] = [];
    const mismatching: Node[] = [];
    for (const candidate of this.byName.get(child.rawIssuer) ?? []) {
      const skid = candidate.go.subjectKeyId;
      const akid = child.authorityKeyId;
      if (skid === akid) matching.push(candidate);
      else if ((skid === '' && akid !== '') || (skid !== '' && akid === '')) oneSide.push(candidate);
      else mismatching.push(candidate);
    }
    return [...matching, ...oneSide, ...mismatching];
  }
}

function checkSignatureFrom(child: Node, parent: Node, verifier: SignatureVerifier): SignatureFailure | undefined {
  const { go } = parent;
  // RFC 5280 4.2.1.9: a v3 certificate without basicConstraints cA may not verify certificate signatures.
  if (go.version === 3 && !go.basicConstraintsValid) return { kind: 'not-a-ca', why: 'without-basic-constraints' };
  if (go.basicConstraintsValid && !go.isCA) return { kind: 'not-a-ca', why: 'not-ca' };
  if (go.keyUsage !== 0 && (go.keyUsage & GO_KEY_CERT_SIGN) === 0) return { kind: 'not-a-ca', why: 'no-key-cert-sign' };
  if (go.publicKeyAlgorithm === 'unknown') return { kind: 'unsupported-algorithm' };
  const signature = child.go.signature;
  if (signature.kind === 'insecure') return { kind: 'insecure-algorithm' };
  if (signature.kind === 'unsupported' || go.publicKeyAlgorithm === 'DSA') return { kind: 'unsupported-algorithm' };
  if (signature.publicKeyAlgorithm !== go.publicKeyAlgorithm) return { kind: 'signature' };
  return verifier.verifies(child.certificate, parent.certificate) ? undefined : { kind: 'signature' };
}

type CertType = 'leaf' | 'intermediate' | 'root';

/** isValid of verify.go: what rules a candidate out once its signature checks. */
function isValid(candidate: Node, type: CertType, path: Node[], at: Date): GoFailure | undefined {
  const { go, certificate } = candidate;
  const target = [...path, candidate];
  if (go.unhandledCritical.length > 0) return { kind: 'unhandled-critical', at: candidate, path: target };
  // Go's validity includes both ends: a certificate is still valid during its notAfter second.
  if (at.getTime() < certificate.notBefore.getTime()) return { kind: 'not-yet-valid', at: candidate, path: target };
  if (at.getTime() > certificate.notAfter.getTime()) return { kind: 'expired', at: candidate, path: target };
  if (type !== 'leaf' && go.nameConstraints) {
    // Go 1.19 checks a CA's constraints against the subjectAltNames of the leaf and of the CA itself.
    for (const checked of [path[0]!, candidate]) {
      const found = nameViolation(go.nameConstraints, checked.go);
      if (found) return { kind: 'name', at: candidate, path: target, checked, ...found };
    }
  }
  if (type === 'intermediate' && (!go.basicConstraintsValid || !go.isCA))
    return { kind: 'not-authorized-to-sign', at: candidate, path: target };
  if (go.basicConstraintsValid && go.maxPathLen >= 0 && path.length - 1 > go.maxPathLen)
    return { kind: 'too-many-intermediates', at: candidate, path: target, intermediates: path.length - 1 };
  return undefined;
}

/** alreadyInChain: the same subject, key and subjectAltName (not the same bytes) is already on the path. */
function alreadyInChain(candidate: Node, path: readonly Node[]): boolean {
  return path.some(
    (node) =>
      node.go.rawSubject === candidate.go.rawSubject &&
      node.certificate.publicKey.sha256 === candidate.certificate.publicKey.sha256 &&
      (node.go.subjectAltName?.raw ?? null) === (candidate.go.subjectAltName?.raw ?? null),
  );
}

interface Search {
  roots: Pool;
  intermediates: Pool;
  at: Date;
  verifier: SignatureVerifier;
  signatureChecks: number;
}

/** buildChains of verify.go, with its quirk: the error returned is the last one a candidate set, if no path was found. */
function buildChains(path: Node[], search: Search): { chains: Node[][]; failure?: GoFailure } {
  const current = path[path.length - 1]!;
  const chains: Node[][] = [];
  let failure: GoFailure | undefined;
  let hint: { failure: SignatureFailure; candidate: Node } | undefined;
  const consider = (type: 'root' | 'intermediate', candidate: Node) => {
    if (alreadyInChain(candidate, path)) return;
    search.signatureChecks++;
    if (search.signatureChecks > GO_MAX_SIGNATURE_CHECKS) {
      failure = { kind: 'budget', at: current, path };
      return;
    }
    const signature = checkSignatureFrom(current, candidate, search.verifier);
    if (signature) {
      hint ??= { failure: signature, candidate };
      return;
    }
    failure = isValid(candidate, type, path, search.at);
    if (failure) return;
    if (type === 'root') chains.push([...path, candidate]);
    else {
      const deeper = buildChains([...path, candidate], search);
      failure = deeper.failure;
      chains.push(...deeper.chains);
    }
  };
  for (const root of search.roots.potentialParents(current.go)) consider('root', root);
  for (const intermediate of search.intermediates.potentialParents(current.go)) consider('intermediate', intermediate);
  if (chains.length > 0) return { chains };
  return {
    chains,
    failure: failure ?? { kind: 'unknown-authority', at: current, path, ...(hint ? { hint } : {}) },
  };
}

/**
 * checkChainForKeyUsage with ExtKeyUsageClientAuth: from the root down, a
 * certificate with extendedKeyUsage (anyExtendedKeyUsage aside) that lacks
 * clientAuth rules the path out. Returns the certificate that does.
 */
function keyUsageRefuses(chain: readonly Node[]): Node | undefined {
  for (let index = chain.length - 1; index >= 0; index--) {
    const usage = chain[index]!.go.extKeyUsage;
    if (!usage || (usage.known.length === 0 && usage.unknown === 0)) continue;
    if (usage.known.includes('any')) continue;
    if (!usage.known.includes('clientAuth')) return chain[index];
  }
  return undefined;
}

export interface GoVerifyRequest {
  leaf: Certificate;
  sent: readonly Certificate[];
  truststore: Truststore;
  at: Date;
  verifier: SignatureVerifier;
  /** Check extendedKeyUsage for clientAuth, nested down the path (crypto/tls does). */
  clientAuth: boolean;
}

export interface GoVerifyResult {
  built: BuiltChain;
  /** Why Go refuses the client, in the tool's terms; empty when it accepts it. At most one: Go returns one error. */
  problems: ClientProblem[];
  /** Go's error, as crypto/tls words it; undefined when the client is accepted. */
  error?: string;
}

function builtChain(path: readonly Node[], roots: Pool, failed: boolean): BuiltChain {
  const chain = path.map((node) => node.certificate);
  const top = path[path.length - 1]!;
  const anchored = !failed && roots.contains(top.certificate);
  return { chain, untrustedCount: anchored && chain.length > 1 ? chain.length - 1 : chain.length };
}

const rootPools = new WeakMap<Truststore, Pool>();

/** The truststore as a pool, made once per truststore: a certificate Go cannot parse is not in it (AppendCertsFromPEM skips it). */
function rootsOf(truststore: Truststore): Pool {
  let roots = rootPools.get(truststore);
  if (!roots) {
    roots = new Pool();
    for (const certificate of truststore.certificates) {
      const parsed = parseAsGo(certificate);
      if (parsed.certificate) roots.add({ certificate, go: parsed.certificate });
    }
    rootPools.set(truststore, roots);
  }
  return roots;
}

/** Verifies a client as a Go TLS server with RequireAndVerifyClientCert does. */
export function goVerify(request: GoVerifyRequest): GoVerifyResult {
  const { leaf, sent, truststore, at, verifier } = request;
  const refuse = (certificate: Certificate, error: string): GoVerifyResult => ({
    built: { chain: [leaf], untrustedCount: 1 },
    problems: [{ kind: 'unparseable', certificate, error }],
    error: `tls: failed to parse client certificate: ${error}`,
  });
  // crypto/tls parses every certificate the client sends before verifying any.
  const leafParse = parseAsGo(leaf);
  if (leafParse.error !== undefined) return refuse(leaf, leafParse.error);
  const intermediates = new Pool();
  for (const certificate of sent) {
    const parsed = parseAsGo(certificate);
    if (parsed.error !== undefined) return refuse(certificate, parsed.error);
    intermediates.add({ certificate, go: parsed.certificate });
  }
  const roots = rootsOf(truststore);
  const leafNode: Node = { certificate: leaf, go: leafParse.certificate };
  const fail = (failure: GoFailure): GoVerifyResult => {
    const problem = problemOf(failure, leafNode);
    const isBuildFailure = problem.kind === 'issuer-not-found' || problem.kind === 'self-signed';
    return {
      built: { ...builtChain(failure.path, roots, true), ...(isBuildFailure ? { failure: problem } : {}) },
      problems: [problem],
      error: `tls: failed to verify client certificate: ${errorText(failure)}`,
    };
  };
  const leafInvalid = isValid(leafNode, 'leaf', [], at);
  if (leafInvalid) return fail(leafInvalid);
  let chains: Node[][];
  if (roots.contains(leaf)) chains = [[leafNode]];
  else {
    const search: Search = { roots, intermediates, at, verifier, signatureChecks: 0 };
    const found = buildChains([leafNode], search);
    if (found.failure) return fail(found.failure);
    chains = found.chains;
  }
  const usable = request.clientAuth ? chains.filter((chain) => !keyUsageRefuses(chain)) : chains;
  if (usable.length > 0) return { built: builtChain(usable[0]!, roots, false), problems: [] };
  const first = chains[0]!;
  const refusing = keyUsageRefuses(first)!;
  return {
    built: builtChain(first, roots, false),
    problems: [{ kind: 'purpose', certificate: refusing.certificate, why: 'extended-key-usage' }],
    error: 'tls: failed to verify client certificate: x509: certificate specifies an incompatible key usage',
  };
}
