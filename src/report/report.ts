import type { TargetOrigin } from '../discovery/model.js';
import type { Severity } from '../findings/severity.js';
import type { Finding, FindingCertificate, SuppressedFinding } from '../findings/finding.js';

export interface CertificateEntry {
  target?: string;
  file: string;
  line: number;
  endLine: number;
  /** `sent`: a certificate a client file holds after the client's own (what the client sends with it). */
  role: 'truststore' | 'client' | 'sent';
  subject: string;
  issuer: string;
  serialNumber: string;
  sha256: string;
  notBefore: string;
  notAfter: string;
  keyType: string;
  keySize?: number;
  curve?: string;
  publicKeySha256: string;
  signatureAlgorithm: string;
  signatureHash?: string;
  isCA: boolean;
  pathLen?: number;
  keyUsage?: string[];
  extendedKeyUsage?: string[];
  subjectKeyId?: string;
  authorityKeyId?: string;
  selfSigned: boolean;
}

export interface ChainEntry {
  target?: string;
  file: string;
  line: number;
  subject: string;
  sha256: string;
  /** The gateway's verdict: the client is accepted (nothing that refuses it is an error under the profile and configuration). */
  accepted: boolean;
  /** Same as `accepted`; kept for readers of earlier reports. */
  valid: boolean;
  /** The truststore judged against: the one that accepts the client, or the first tried. */
  truststore?: string;
  /** The chain the gateway builds, leaf first; for a refused client, as far as building got. */
  path: FindingCertificate[];
  /** Everything wrong with the client's chain, most decisive first, in the findings' words (absent when there is nothing). */
  reasons?: string[];
  /** For a refused client, the line the gateway logs, where the profile models its log (NGINX, HAProxy). */
  logged?: string;
}

export interface Summary {
  errors: number;
  warnings: number;
  notices: number;
  files: number;
  certificates: number;
  /** Client files judged against a truststore, by the gateway's verdict. */
  clients: { accepted: number; refused: number };
  /** With a base to compare with: the findings the base does not have. */
  new?: { errors: number; warnings: number; notices: number };
}

/** One gateway checked: its name (empty for the only, unnamed one), its profile, and its own counts. */
export interface TargetSummary {
  name: string;
  profile: { id: string; name: string };
  /** Where the infrastructure code configures it, when the target was found there (see src/discovery/). */
  origin?: TargetOrigin;
  summary: Summary;
  /**
   * Each truststore the gateway receives, with its canonical fingerprint:
   * SHA-256 over its certificates' DER, sorted bytewise and concatenated, so
   * reordering blocks or reformatting PEM leaves it unchanged and any change
   * of content changes it. It says whether a deployed bundle must change.
   */
  truststores: TruststoreEntry[];
}

export interface TruststoreEntry {
  files: string[];
  certificates: number;
  sha256: string;
}

export interface Report {
  version: 1;
  /** The gateway model the findings were judged by; with several targets, the first target's. */
  profile: { id: string; name: string };
  /** Every target checked, in configuration order. */
  targets: TargetSummary[];
  /** Counts over all targets. */
  summary: Summary;
  findings: Finding[];
  certificates: CertificateEntry[];
  chains: ChainEntry[];
  suppressed: SuppressedFinding[];
  /** With a base to compare with: what the change does to who can connect. */
  changes?: Changes;
}

/** A key for a thing (a file, a fingerprint) under its target: the same file can be judged under several targets. */
export const targetKey = (target: string | undefined, value: string): string => `${target ?? ''}\0${value}`;

/** The gateway's verdict on a client at one side of a change; `absent`: no such client file there. */
export type Verdict = 'accepted' | 'refused' | 'absent';

export interface ChangedCertificate {
  target?: string;
  file: string;
  /** Its `-----BEGIN` and `-----END` lines, at the side it is on (the base for a removed CA). */
  line: number;
  endLine: number;
  subject: string;
  sha256: string;
  notAfter: string;
}

/** A CA added or removed, with the client files that chain through it (at the head if added, at the base if removed). */
export interface TrustChange extends ChangedCertificate {
  clients: string[];
}

export interface ClientChange {
  target?: string;
  file: string;
  subject: string;
  before: Verdict;
  after: Verdict;
  /** Why the verdict changed, most decisive first. */
  reasons: string[];
}

export interface BundleChange {
  target?: string;
  files: string[];
  /** Canonical fingerprints (see TruststoreEntry); absent where the bundle does not exist on that side. */
  before?: string;
  after?: string;
}

/** What a change does to who can connect: the truststores' content and every client whose verdict moves. */
export interface Changes {
  /** The base commit, as git resolved it. */
  base: string;
  truststore: {
    added: TrustChange[];
    removed: TrustChange[];
    /** Same subject and key, another certificate: a CA re-issued, not a CA replaced. */
    renewed: Array<{ old: ChangedCertificate; new: ChangedCertificate }>;
    /** CAs of the head's truststores that no client in the repository chains through: trust wider than needed. */
    unused: ChangedCertificate[];
  };
  /** The truststores whose content changed (reordering and reformatting do not count). */
  bundles: BundleChange[];
  /** Clients whose verdict differs between base and head. */
  clients: ClientChange[];
  /** Clients judged the same at both sides. */
  unchangedClients: number;
}

/** The summary block: findings counted by severity, with the number of files, certificates and clients read. */
export function summarise(
  findings: readonly Finding[],
  files: number,
  certificates: number,
  chains: readonly ChainEntry[],
): Summary {
  const count = (severity: Severity) => findings.filter((finding) => finding.severity === severity).length;
  const accepted = chains.filter((chain) => chain.accepted).length;
  return {
    errors: count('error'),
    warnings: count('warning'),
    notices: count('notice'),
    files,
    certificates,
    clients: { accepted, refused: chains.length - accepted },
  };
}

/** `api (aws-api-gateway)`: how a target is named in messages and headings; empty for the only, unnamed one. */
export function targetLabel(report: Pick<Report, 'targets'>, name: string | undefined): string {
  if (!name) return '';
  const target = report.targets.find((candidate) => candidate.name === name);
  return target ? `${name} (${target.profile.id})` : name;
}

/** A finding's message, prefixed with its target where the report has named targets: `[api (aws-alb)] ...`. */
export function findingMessage(report: Pick<Report, 'targets'>, finding: Finding): string {
  const label = targetLabel(report, finding.target);
  return label ? `[${label}] ${finding.message}` : finding.message;
}

/**
 * One report from the reports of several targets. A finding about a file
 * rather than a certificate that is the same under every target it appears
 * in (a private key in the repository, a file that cannot be read) is kept
 * once, under the first; a finding on a certificate stays with each target,
 * whose verdicts it decides.
 */
export function mergeReports(reports: readonly Report[], files: number): Report {
  const findings: Finding[] = [];
  const firstTarget = new Map<string, string | undefined>();
  for (const report of reports) {
    for (const finding of report.findings) {
      const key = JSON.stringify([finding.ruleId, finding.file, finding.line, finding.message]);
      if (!finding.certificate && firstTarget.has(key) && firstTarget.get(key) !== finding.target) continue;
      firstTarget.set(key, finding.target);
      findings.push(finding);
    }
  }
  const chains = reports.flatMap((report) => report.chains);
  const certificates = reports.flatMap((report) => report.certificates);
  const unique = new Set(certificates.map((certificate) => `${certificate.file}:${certificate.line}`));
  return {
    version: 1,
    profile: reports[0]!.profile,
    targets: reports.flatMap((report) => report.targets),
    summary: summarise(findings, files, unique.size, chains),
    findings,
    certificates,
    chains,
    suppressed: reports.flatMap((report) => report.suppressed),
  };
}

export type FailOn = 'error' | 'warning' | 'never';
export const FAIL_ON_VALUES: readonly FailOn[] = ['error', 'warning', 'never'];

/** Whether the report should fail the build under `failOn`. */
export function failsOn(report: Report, failOn: FailOn, onlyNew = false): boolean {
  if (failOn === 'never') return false;
  // Without a base every finding is new: --fail-on-new then fails as --fail-on does.
  const counts = onlyNew && report.summary.new ? report.summary.new : report.summary;
  if (failOn === 'warning') return counts.errors + counts.warnings > 0;
  return counts.errors > 0;
}
