import { certificatesOf, type Inventory, type SourceFile } from '../inventory/inventory.js';
import type { CertificateObject } from '../inventory/objects.js';
import type { Certificate } from '../x509/certificate.js';
import { buildPath, MAX_SEARCH_STEPS, type PathResult } from './path-builder.js';
import { SignatureVerifier } from './signatures.js';
import { TruststoreIndex } from './truststore-index.js';

export interface ClientChain {
  file: SourceFile;
  leaf: CertificateObject;
  /** The truststore file the result refers to: the one that accepted the leaf, or the closest attempt. */
  truststore?: string;
  result: PathResult;
}

export interface TruststoreGap {
  file: SourceFile;
  object: CertificateObject;
  /** A certificate whose subject matches the missing issuer but whose key does not verify, if any. */
  sameNameCandidate?: Certificate;
}

export interface ChainAnalysis {
  signatures: SignatureVerifier;
  truststores: TruststoreIndex[];
  clients: ClientChain[];
  /** Truststore certificates that are not self-issued and whose issuer is not in the same truststore. */
  gaps: TruststoreGap[];
  /** Client files whose check threw; the engine reports them as internal errors. */
  crashes: Array<{ file: SourceFile; object: CertificateObject; error: unknown }>;
}

function verifiedIssuer(
  certificate: Certificate,
  index: TruststoreIndex,
  verifier: SignatureVerifier,
): Certificate | undefined {
  return index
    .withSubject(certificate.issuer.key)
    .find((candidate) => candidate !== certificate && verifier.verifies(certificate, candidate));
}

function findGaps(index: TruststoreIndex, verifier: SignatureVerifier): TruststoreGap[] {
  const gaps: TruststoreGap[] = [];
  for (const object of certificatesOf(index.file)) {
    const { certificate } = object;
    if (certificate.selfIssued || verifiedIssuer(certificate, index, verifier)) continue;
    const sameNameCandidate = index.withSubject(certificate.issuer.key).find((candidate) => candidate !== certificate);
    gaps.push({ file: index.file, object, ...(sameNameCandidate ? { sameNameCandidate } : {}) });
  }
  return gaps;
}

function checkClient(
  file: SourceFile,
  truststores: TruststoreIndex[],
  at: Date,
  verifier: SignatureVerifier,
  maxSteps: number,
): ClientChain | undefined {
  const [leaf, ...rest] = certificatesOf(file);
  if (!leaf) return undefined;
  const presented = rest.map((object) => object.certificate);
  let closest: ClientChain | undefined;
  for (const truststore of truststores) {
    const result = buildPath({ leaf: leaf.certificate, presented, truststore, at, verifier, maxSteps });
    const attempt: ClientChain = { file, leaf, truststore: truststore.file.path, result };
    if (result.valid) return attempt;
    if (!closest || result.path.length > closest.result.path.length) closest = attempt;
  }
  return closest;
}

/** Validates every client file's leaf against the truststore(s) and finds gaps in each truststore. */
export function analyseChains(
  inventory: Inventory,
  at: Date,
  maxSteps = MAX_SEARCH_STEPS,
  verifier = new SignatureVerifier(),
): ChainAnalysis {
  const truststores = inventory.files
    .filter((file) => file.role === 'truststore')
    .map((file) => new TruststoreIndex(file));
  const clients: ClientChain[] = [];
  const crashes: ChainAnalysis['crashes'] = [];
  // Without a truststore there is nothing to validate against; the report says so instead of failing every client.
  if (truststores.length > 0) {
    for (const file of inventory.files) {
      if (file.role !== 'client') continue;
      try {
        const chain = checkClient(file, truststores, at, verifier, maxSteps);
        if (chain) clients.push(chain);
      } catch (error) {
        crashes.push({ file, object: certificatesOf(file)[0]!, error });
      }
    }
  }
  return {
    signatures: verifier,
    truststores,
    clients,
    gaps: truststores.flatMap((index) => findGaps(index, verifier)),
    crashes,
  };
}
