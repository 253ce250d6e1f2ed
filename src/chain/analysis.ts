import { readClientFile } from '../inventory/client-file.js';
import type { Inventory, SourceFile } from '../inventory/inventory.js';
import type { CertificateObject } from '../inventory/file-objects.js';
import type { Profile } from '../profiles/profile.js';
import type { Certificate } from '../x509/certificate.js';
import { buildChain, type BuiltChain, type RejectedIssuer } from './build-chain.js';
import { goVerify } from './go-chains.js';
import { buildProblem, policyProblems, type ClientProblem } from './problems.js';
import { SignatureVerifier } from './signatures.js';
import { Truststore } from './truststore.js';
import { CrlSet } from './revocation.js';
import { verifyChain, type VerifyOptions } from './verify-chain.js';
import { verifyErrorTrail, type VerifyError } from './verify-errors.js';

export interface ClientChain {
  file: SourceFile;
  /** The certificate the client presents: its file's first. */
  leaf: CertificateObject;
  /** The truststore the result refers to: the one that accepts the client, or the first tried. */
  truststore: Truststore;
  built: BuiltChain;
  /**
   * Why the gateway refuses the client, most decisive first: OpenSSL's
   * reasons in the order it finds them, then the profile's policy. Empty when
   * nothing refuses it. Whether each reason is confirmed gateway behaviour is
   * the rules' business (their evidence).
   */
  problems: ClientProblem[];
  /**
   * Under a model that takes issuers only from the truststore: certificates
   * the client sends that would have completed its chain had they been in the
   * truststore (the CA to add).
   */
  missingFromTruststore: Certificate[];
  /** When the depth limit refused the chain: how many intermediates the chain really has, if it reaches a root at all. */
  fullChainIntermediates?: number;
  /**
   * Every error OpenSSL's verification reports for the client, in order, when
   * the profile's gateway logs them (wording.verifyErrorLog): what its log
   * line is made of.
   */
  verifyErrors?: VerifyError[];
  /** The one error a verifier that returns one (Go's) gives for the client, in its own words. */
  verifierError?: string;
}

/** OpenSSL's default verify depth: how far a chain is followed to say how deep it really is. */
const UNLIMITED_DEPTH = 100;

export interface TruststoreGap {
  truststore: Truststore;
  file: SourceFile;
  object: CertificateObject;
  /** The certificate with the issuer's name that OpenSSL would take, when its key does not verify the signature. */
  sameNameCandidate?: Certificate;
  /** Certificates with the issuer's name that OpenSSL passes over (another key identifier, an unusable certificate). */
  rejected: RejectedIssuer[];
}

/** What every client of a target is judged against: its bundles, the CRLs it is given, and the signature checks made. */
export interface Trust {
  signatures: SignatureVerifier;
  truststores: Truststore[];
  /** The CRLs of the inventory (checked only where the profile's gateway takes CRLs). */
  crls: CrlSet;
}

export interface ChainAnalysis extends Trust {
  clients: ClientChain[];
  /** Truststore certificates that are not self-signed and whose chain does not reach a root of the same bundle. */
  gaps: TruststoreGap[];
  /** Client files whose check threw; the engine reports them as internal errors. */
  crashes: Array<{ file: SourceFile; object: CertificateObject; error: unknown }>;
}

/** How every chain is verified under the profile, with the CRLs given when the gateway checks them. */
function verifyOptions(profile: Profile, crls: CrlSet): VerifyOptions {
  const { revocation } = profile;
  return {
    partialChain: profile.chain.partialChain,
    sslClient: profile.purpose.sslClient === true,
    // A gateway given no CRL checks none (NGINX without ssl_crl).
    ...(revocation && crls.all.length > 0 ? { revocation: { crls, policy: revocation } } : {}),
  };
}

function judgeClient(
  file: SourceFile,
  leaf: CertificateObject,
  sent: Certificate[],
  truststore: Truststore,
  profile: Profile,
  at: Date,
  verifier: SignatureVerifier,
  options: VerifyOptions,
): ClientChain {
  const model = profile.chain;
  const fileProblems: ClientProblem[] = [];
  const { ownAfterCa } = readClientFile(file);
  if (ownAfterCa)
    fileProblems.push({ kind: 'written-ca-first', certificate: leaf.certificate, own: ownAfterCa.certificate });
  if (model.verifier === 'go') {
    // Go's crypto/x509: its own parser and path search (go-chains.ts); nothing of OpenSSL's applies.
    const verdict = goVerify({
      leaf: leaf.certificate,
      sent,
      truststore,
      at,
      verifier,
      clientAuth: profile.purpose.nestedExtendedKeyUsage === true,
    });
    const anchored = verdict.problems.length === 0;
    return {
      file,
      leaf,
      truststore,
      built: verdict.built,
      problems: [...fileProblems, ...verdict.problems, ...policyProblems(profile, verdict.built.chain, anchored)],
      missingFromTruststore: [],
      ...(verdict.error ? { verifierError: verdict.error } : {}),
    };
  }
  const built = buildChain({ leaf: leaf.certificate, sent, truststore, model, at });
  const problems: ClientProblem[] = [...fileProblems];
  if (built.failure) problems.push(buildProblem(built.failure));
  else problems.push(...verifyChain(built.chain, at, verifier, options));
  problems.push(...policyProblems(profile, built.chain, !built.failure));

  let missingFromTruststore: Certificate[] = [];
  if (built.failure?.kind === 'issuer-not-found' && model.issuers === 'truststore' && sent.length > 0) {
    // Would the certificates the client sends have completed the chain? Then they are what the truststore lacks.
    const withSent = buildChain({
      leaf: leaf.certificate,
      sent,
      truststore,
      model: { ...model, issuers: 'truststore-and-client' },
      at,
    });
    // Named only when each is really signed by the next: the finding (and the suggested change) tells people to
    // trust these, and a client file can carry a CA that merely bears the name of one under a trusted root.
    const missing = withSent.failure ? [] : withSent.chain.slice(1, withSent.untrustedCount);
    const signed = missing.every((certificate, index) => {
      const issuer = withSent.chain[index + 2];
      return issuer !== undefined && verifier.verifies(certificate, issuer);
    });
    if (signed) missingFromTruststore = missing;
  }
  let fullChainIntermediates: number | undefined;
  if (built.failure?.kind === 'chain-too-long') {
    const full = buildChain({
      leaf: leaf.certificate,
      sent,
      truststore,
      model: { ...model, maxIntermediates: UNLIMITED_DEPTH },
      at,
    });
    if (!full.failure) fullChainIntermediates = full.chain.length - 2;
  }
  const verifyErrors = profile.wording.verifyErrorLog
    ? verifyErrorTrail({ built, at, verifier, options, minSecurityBits: profile.keys.minSecurityBits })
    : undefined;
  return {
    file,
    leaf,
    truststore,
    built,
    problems,
    missingFromTruststore,
    ...(fullChainIntermediates !== undefined ? { fullChainIntermediates } : {}),
    ...(verifyErrors ? { verifyErrors } : {}),
  };
}

function judgeAgainstEach(
  file: SourceFile,
  truststores: readonly Truststore[],
  profile: Profile,
  at: Date,
  verifier: SignatureVerifier,
  options: VerifyOptions,
): ClientChain | undefined {
  const { leaf, sent } = readClientFile(file);
  if (!leaf) return undefined;
  const sentCertificates = sent.map((object) => object.certificate);
  let first: ClientChain | undefined;
  for (const truststore of truststores) {
    const chain = judgeClient(file, leaf, sentCertificates, truststore, profile, at, verifier, options);
    if (chain.problems.length === 0) return chain;
    first ??= chain;
  }
  return first;
}

/** A client of a target that has no truststore: refused, for nothing can anchor its chain. */
function withoutTruststore(file: SourceFile): ClientChain | undefined {
  const { leaf } = readClientFile(file);
  if (!leaf) return undefined;
  return {
    file,
    leaf,
    truststore: new Truststore('(no truststore)', []),
    built: { chain: [leaf.certificate], untrustedCount: 1 },
    problems: [{ kind: 'no-truststore', certificate: leaf.certificate }],
    missingFromTruststore: [],
  };
}

/** Truststore certificates whose own chain, built from the bundle alone, reaches no root of it. */
function findGaps(truststore: Truststore, at: Date, verifier: SignatureVerifier): TruststoreGap[] {
  const gaps: TruststoreGap[] = [];
  const seen = new Set<string>();
  for (const { file, object } of truststore.objects) {
    const { certificate } = object;
    if (certificate.selfSigned || seen.has(certificate.sha256)) continue;
    seen.add(certificate.sha256);
    const model = { issuers: 'truststore', maxIntermediates: UNLIMITED_DEPTH, partialChain: false } as const;
    const built = buildChain({ leaf: certificate, sent: [], truststore, model, at });
    const issuer = built.chain[1];
    if (built.failure?.kind === 'issuer-not-found' && built.chain.length === 1) {
      gaps.push({ truststore, file, object, rejected: built.failure.rejected });
    } else if (issuer && !verifier.verifies(certificate, issuer)) {
      gaps.push({ truststore, file, object, sameNameCandidate: issuer, rejected: [] });
    }
  }
  return gaps;
}

/** The bundles and CRLs of an inventory: built once, whatever the number of clients judged against them. */
export function analyseTrust(
  inventory: Pick<Inventory, 'files' | 'bundles'>,
  verifier = new SignatureVerifier(),
): Trust {
  const truststores = inventory.bundles.map(
    (files) => new Truststore(files.map((file) => file.path).join(' + '), files),
  );
  const crls = new CrlSet(inventory.files.filter((file) => file.role === 'crl'));
  return { signatures: verifier, truststores, crls };
}

/** The gaps in every bundle of `trust`. */
export function truststoreGaps(trust: Trust, at: Date): TruststoreGap[] {
  return trust.truststores.flatMap((truststore) => findGaps(truststore, at, trust.signatures));
}

/**
 * Judges the certificate of every client file among `files` against the
 * bundle(s) as the profile's gateway would. With several bundles, a client
 * is accepted when any of them accepts it.
 */
export function judgeClients(
  files: readonly SourceFile[],
  trust: Trust,
  profile: Profile,
  at: Date,
): Pick<ChainAnalysis, 'clients' | 'crashes'> {
  const { truststores, signatures: verifier } = trust;
  const options = verifyOptions(profile, trust.crls);
  const clients: ClientChain[] = [];
  const crashes: ChainAnalysis['crashes'] = [];
  for (const file of files) {
    if (file.role !== 'client') continue;
    try {
      const chain =
        truststores.length > 0
          ? judgeAgainstEach(file, truststores, profile, at, verifier, options)
          : withoutTruststore(file);
      if (chain) clients.push(chain);
    } catch (error) {
      const object = readClientFile(file).leaf;
      if (object) crashes.push({ file, object, error });
    }
  }
  return { clients, crashes };
}

/** Judges every client file of the inventory and finds the gaps in each bundle. */
export function analyseChains(
  inventory: Inventory,
  profile: Profile,
  at: Date,
  verifier = new SignatureVerifier(),
): ChainAnalysis {
  const trust = analyseTrust(inventory, verifier);
  const judged = judgeClients(inventory.files, trust, profile, at);
  return { ...trust, ...judged, gaps: truststoreGaps(trust, at) };
}
