import type { Certificate } from '../x509/certificate.js';
import type { Fix } from './fix.js';
import type { Severity } from './severity.js';

export interface FindingCertificate {
  subject: string;
  sha256: string;
}

export interface Finding {
  /** The target the finding is about, when the configuration names targets. */
  target?: string;
  ruleId: string;
  severity: Severity;
  message: string;
  /** POSIX path relative to the checked root. */
  file: string;
  /** The `-----BEGIN` line of the block concerned; 1 for DER and whole-file findings. */
  line: number;
  endLine: number;
  certificate?: FindingCertificate;
  /** How to fix it (the rule's remedy). */
  remedy: string;
  /** A command that shows the problem on these very files, quoted for a POSIX shell. */
  command?: string;
  /** Set when a change is checked against its base: the base has no such finding (see markNewFindings). */
  new?: boolean;
  /** A mechanical fix, where there is one: line spans, not text (see src/findings/fix.ts). */
  fix?: Fix;
}

export interface SuppressedFinding extends Finding {
  reason: string;
}

/** What a rule reports; the engine adds the rule id, the severity and the remedy. */
export interface FindingDraft {
  message: string;
  file: string;
  line: number;
  endLine: number;
  certificate?: Certificate;
  /** A command that shows the problem on this very file (`openssl ...`), already quoted for a shell. */
  command?: string;
  /** The finding can be no more severe than this (a certificate the gateway does not use). */
  atMost?: Severity;
  /** A mechanical fix, where there is one (a review comment offers it as a one-click suggestion). */
  fix?: Fix;
  /** Set only by the framework, to turn a crashed check into an `internal-error` finding. */
  ruleId?: string;
}
