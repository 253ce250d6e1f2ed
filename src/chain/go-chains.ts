import type { Certificate } from '../x509/certificate.js';
import { GO_KEY_CERT_SIGN, parseAsGo, type GoCertificate } from '../x509/go-certificate.js';
import { domainLabels, uriHost, type GoNameConstraints } from '../x509/go-names.js';
import type { ClientProblem } from './problems.js';
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
/** MaxConstraintComparisions' default. */
const GO_MAX_CONSTRAINT_COMPARISONS = 250_000;

interface Node {
  certificate: Certificate;
  go: GoCertificate;
}

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

/** Why Go refuses a step of a path; `text` is Go's error string. */
type GoFailure =
  | { kind: 'unknown-authority'; at: Node; path: Node[]; hint?: { failure: SignatureFailure; candidate: Node } }
  | { kind: 'expired' | 'not-yet-valid'; at: Node; path: Node[] }
  | { kind: 'not-authorized-to-sign'; at: Node; path: Node[] }
  | { kind: 'too-many-intermediates'; at: Node; path: Node[]; intermediates: number }
  | {
      kind: 'name';
      at: Node;
      path: Node[];
      checked: Node;
      name: string;
      violation: 'permitted' | 'excluded' | 'unsupported';
    }
  | { kind: 'unhandled-critical'; at: Node; path: Node[] }
  | { kind: 'budget'; at: Node; path: Node[] };

/** What CheckSignatureFrom says of a candidate issuer. */
type SignatureFailure =
  | { kind: 'not-a-ca'; why: 'not-ca' | 'without-basic-constraints' | 'no-key-cert-sign' }
  | { kind: 'insecure-algorithm' }
  | { kind: 'unsupported-algorithm' }
  | { kind: 'signature' };

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

/** matchDomainConstraint: labels compared from the right, ASCII case folded; a leading dot needs a subdomain. */
function matchDomain(domain: string, constraint: string): boolean | 'error' {
  if (constraint.length === 0) return true;
  const labels = domainLabels(domain);
  if (!labels) return 'error';
  const mustHaveSubdomains = constraint.startsWith('.');
  const constraintLabels = domainLabels(mustHaveSubdomains ? constraint.slice(1) : constraint);
  if (!constraintLabels) return 'error';
  if (labels.length < constraintLabels.length || (mustHaveSubdomains && labels.length === constraintLabels.length))
    return false;
  return constraintLabels.every((label, index) => label.toLowerCase() === labels[index]!.toLowerCase());
}

function matchEmail(mailbox: string, constraint: string): boolean | 'error' {
  const at = mailbox.lastIndexOf('@');
  if (at <= 0) return 'error';
  const [local, domain] = [mailbox.slice(0, at), mailbox.slice(at + 1)];
  if (constraint.includes('@')) {
    const split = constraint.lastIndexOf('@');
    return local === constraint.slice(0, split) && domain.toLowerCase() === constraint.slice(split + 1).toLowerCase();
  }
  return matchDomain(domain, constraint);
}

function matchUri(uri: string, constraint: string): boolean | 'error' {
  const host = uriHost(uri);
  if (!host || host.startsWith('[') || /^[0-9.]+$/.test(host)) return 'error';
  return matchDomain(host, constraint);
}

function matchIp(ip: Uint8Array, constraint: { ip: Uint8Array; mask: Uint8Array }): boolean {
  if (ip.length !== constraint.ip.length) return false;
  return ip.every(
    (byte, index) => (byte & constraint.mask[index]!) === (constraint.ip[index]! & constraint.mask[index]!),
  );
}

/** checkNameConstraints of verify.go for every name of one kind: excluded first, then permitted. */
function checkNames<T, C>(
  names: readonly T[],
  shown: (name: T) => string,
  permitted: readonly C[],
  excluded: readonly C[],
  match: (name: T, constraint: C) => boolean | 'error',
  count: { value: number },
): { name: string; violation: 'permitted' | 'excluded' | 'unsupported' } | undefined {
  for (const name of names) {
    count.value += excluded.length;
    if (count.value > GO_MAX_CONSTRAINT_COMPARISONS) return { name: shown(name), violation: 'unsupported' };
    for (const constraint of excluded) {
      const matched = match(name, constraint);
      if (matched === 'error') return { name: shown(name), violation: 'unsupported' };
      if (matched) return { name: shown(name), violation: 'excluded' };
    }
    count.value += permitted.length;
    if (count.value > GO_MAX_CONSTRAINT_COMPARISONS) return { name: shown(name), violation: 'unsupported' };
    let ok = true;
    for (const constraint of permitted) {
      const matched = match(name, constraint);
      if (matched === 'error') return { name: shown(name), violation: 'unsupported' };
      ok = matched;
      if (ok) break;
    }
    if (!ok) return { name: shown(name), violation: 'permitted' };
  }
  return undefined;
}

function nameViolation(
  constraints: GoNameConstraints,
  checked: GoCertificate,
): { name: string; violation: 'permitted' | 'excluded' | 'unsupported' } | undefined {
  const names = checked.subjectAltName;
  if (!names) return undefined;
  const count = { value: 0 };
  const ipText = (ip: Uint8Array) => (ip.length === 4 ? [...ip].join('.') : Buffer.from(ip).toString('hex'));
  return (
    checkNames(
      names.email,
      (n) => `email address ${n}`,
      constraints.permittedEmail,
      constraints.excludedEmail,
      matchEmail,
      count,
    ) ??
    checkNames(
      names.dns,
      (n) => `DNS name ${n}`,
      constraints.permittedDns,
      constraints.excludedDns,
      matchDomain,
      count,
    ) ??
    checkNames(names.uri, (n) => `URI ${n}`, constraints.permittedUri, constraints.excludedUri, matchUri, count) ??
    checkNames(
      names.ip,
      (n) => `IP address ${ipText(n)}`,
      constraints.permittedIp,
      constraints.excludedIp,
      matchIp,
      count,
    )
  );
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

const ERROR_TEXT: Record<Exclude<GoFailure['kind'], 'unknown-authority' | 'name'>, string> = {
  expired: 'x509: certificate has expired or is not yet valid',
  'not-yet-valid': 'x509: certificate has expired or is not yet valid',
  'not-authorized-to-sign': 'x509: certificate is not authorized to sign other certificates',
  'too-many-intermediates': 'x509: too many intermediates for path length constraint',
  'unhandled-critical': 'x509: unhandled critical extension',
  budget: 'x509: signature check attempts limit reached while verifying certificate chain',
};

/** The tool's problem for Go's error. */
function problemOf(failure: GoFailure, leaf: Node): ClientProblem {
  const { at } = failure;
  switch (failure.kind) {
    case 'expired':
    case 'not-yet-valid':
      return { kind: failure.kind, certificate: at.certificate };
    case 'not-authorized-to-sign':
      return {
        kind: 'issuer-not-ca',
        issuer: at.certificate,
        why: at.go.basicConstraintsValid ? 'not-ca' : 'without-basic-constraints',
      };
    case 'too-many-intermediates':
      return {
        kind: 'path-length-exceeded',
        issuer: at.certificate,
        pathLen: at.go.maxPathLen,
        intermediatesBelow: failure.intermediates,
      };
    case 'name':
      return {
        kind: 'name-constraints-violated',
        certificate: failure.checked.certificate,
        constrainedBy: at.certificate,
        violation: failure.violation,
        name: failure.name,
      };
    case 'unhandled-critical':
      return { kind: 'unhandled-critical-extension', certificate: at.certificate, oids: at.go.unhandledCritical };
    case 'budget':
      return { kind: 'issuer-not-found', certificate: at.certificate, rejected: [], inTruststore: false };
    case 'unknown-authority': {
      const hint = failure.hint;
      if (hint?.failure.kind === 'signature')
        return { kind: 'signature-invalid', certificate: at.certificate, issuer: hint.candidate.certificate };
      if (hint?.failure.kind === 'not-a-ca')
        return { kind: 'issuer-not-ca', issuer: hint.candidate.certificate, why: hint.failure.why };
      if (hint?.failure.kind === 'insecure-algorithm' && at.certificate.signatureAlgorithm.hash)
        return {
          kind: 'signature-not-accepted',
          certificate: at.certificate,
          refusal: { kind: 'weak-hash', hash: at.certificate.signatureAlgorithm.hash },
        };
      if (hint) return { kind: 'signature-not-accepted', certificate: at.certificate, refusal: { kind: 'algorithm' } };
      if (at === leaf && at.certificate.selfSigned)
        return { kind: 'self-signed', certificate: at.certificate, atLeaf: true };
      return { kind: 'issuer-not-found', certificate: at.certificate, rejected: [], inTruststore: false };
    }
  }
}

function errorText(failure: GoFailure): string {
  if (failure.kind === 'name')
    return `x509: a root or intermediate certificate is not authorized to sign for this name: ${failure.name}`;
  if (failure.kind !== 'unknown-authority') return ERROR_TEXT[failure.kind];
  return 'x509: certificate signed by unknown authority';
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
