import type { Severity } from '../rules/rule.js';

export interface FindingCertificate {
  subject: string;
  sha256: string;
}

export interface Finding {
  ruleId: string;
  severity: Severity;
  message: string;
  /** POSIX path relative to the checked root. */
  file: string;
  /** The `-----BEGIN` line of the block concerned; 1 for DER and whole-file findings. */
  line: number;
  endLine: number;
  certificate?: FindingCertificate;
}

export interface SuppressedFinding extends Finding {
  reason: string;
}

export interface CertificateEntry {
  file: string;
  line: number;
  role: 'truststore' | 'client' | 'intermediate';
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
  file: string;
  line: number;
  subject: string;
  sha256: string;
  valid: boolean;
  truststore?: string;
  /** Leaf first; for an invalid leaf, the attempt that came closest. */
  path: FindingCertificate[];
  /** Why no valid path exists (absent when valid). */
  reasons?: string[];
}

export interface Summary {
  errors: number;
  warnings: number;
  notices: number;
  files: number;
  certificates: number;
}

export interface Report {
  version: 1;
  summary: Summary;
  findings: Finding[];
  certificates: CertificateEntry[];
  chains: ChainEntry[];
  suppressed: SuppressedFinding[];
}

/** The summary block: findings counted by severity, with the number of files and certificates read. */
export function summarise(findings: readonly Finding[], files: number, certificates: number): Summary {
  const count = (severity: Severity) => findings.filter((finding) => finding.severity === severity).length;
  return { errors: count('error'), warnings: count('warning'), notices: count('notice'), files, certificates };
}

export type FailOn = 'error' | 'warning' | 'never';
export const FAIL_ON_VALUES: readonly FailOn[] = ['error', 'warning', 'never'];

/** Whether the report should fail the build under `failOn`. */
export function failsOn(report: Report, failOn: FailOn): boolean {
  if (failOn === 'never') return false;
  if (failOn === 'warning') return report.summary.errors + report.summary.warnings > 0;
  return report.summary.errors > 0;
}
