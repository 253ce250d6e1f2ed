import type { Inventory, SourceFile } from '../inventory/inventory.js';
import type { CertificateObject } from '../inventory/objects.js';
import type { Certificate } from '../x509/certificate.js';
import type { ChainAnalysis } from '../chain/analysis.js';
import { describeError } from '../errors.js';

export const SEVERITIES = ['error', 'warning', 'notice'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const PROFILES = ['aws-api-gateway'] as const;
export type Profile = (typeof PROFILES)[number];

export interface RuleMetadata {
  /** Stable public id: users suppress and override by it. */
  id: string;
  defaultSeverity: Severity;
  title: string;
  /** What fires it and why it matters at the gateway, in a sentence or two. */
  description: string;
  /** Where the gateway's behaviour is documented (from reference/aws-mtls-rules.md). */
  citation: string;
  /** How to fix it; shown in reports. */
  remedy: string;
  /** What the gateway does about it ("403 Forbidden ..."): the stakes, in review comments. */
  consequence: string;
  profiles: readonly Profile[];
}

/** What a rule reports; the engine adds the rule id and the severity. */
export interface FindingDraft {
  message: string;
  file: string;
  line: number;
  endLine: number;
  certificate?: Certificate;
  /** Set only by the framework, to turn a crashed check into an `internal-error` finding. */
  ruleId?: string;
}

export interface RuleContext {
  inventory: Inventory;
  /** The moment validity is judged at. */
  at: Date;
  expiryWarningDays: number;
  chains: ChainAnalysis;
}

export interface Rule extends RuleMetadata {
  check(context: RuleContext): Iterable<FindingDraft>;
}

export const INTERNAL_ERROR_RULE_ID = 'internal-error';

export function internalError(file: string, line: number, endLine: number, what: string, error: unknown): FindingDraft {
  return {
    ruleId: INTERNAL_ERROR_RULE_ID,
    message: `Internal error while ${what}: ${describeError(error)}. The other checks still ran; please report this with the file.`,
    file,
    line,
    endLine,
  };
}

/** How a certificate is referred to in messages. */
export function describeRole(file: SourceFile, object: CertificateObject): string {
  if (file.role === 'truststore') return 'truststore certificate';
  const first = file.objects.find((candidate) => candidate.kind === 'certificate');
  return first === object ? 'client certificate' : 'intermediate sent by the client';
}

export interface CertificateVisit {
  file: SourceFile;
  object: CertificateObject;
  certificate: Certificate;
  at: (message: string) => FindingDraft;
}

/**
 * Runs `check` on every certificate of the chosen files. A throw from one
 * certificate becomes an internal-error finding on it; the rest still run.
 */
export function* eachCertificate(
  context: RuleContext,
  check: (visit: CertificateVisit) => Iterable<FindingDraft> | FindingDraft | undefined,
  roles: ReadonlyArray<SourceFile['role']> = ['truststore', 'client'],
): Generator<FindingDraft> {
  for (const file of context.inventory.files) {
    if (!roles.includes(file.role)) continue;
    for (const object of file.objects) {
      if (object.kind !== 'certificate') continue;
      const at = (message: string): FindingDraft => ({
        message,
        file: file.path,
        line: object.line,
        endLine: object.endLine,
        certificate: object.certificate,
      });
      try {
        const result = check({ file, object, certificate: object.certificate, at });
        if (result === undefined) continue;
        if ('message' in result) yield result;
        else yield* result;
      } catch (error) {
        yield internalError(
          file.path,
          object.line,
          object.endLine,
          `checking ${object.certificate.subject.text}`,
          error,
        );
      }
    }
  }
}

/** Names in messages are cut here: a subject of thousands of RDNs must not become a 60 KB message. */
export const MAX_NAME_IN_MESSAGE = 200;

export function shorten(text: string, limit = MAX_NAME_IN_MESSAGE): string {
  return text.length <= limit ? text : `${text.slice(0, limit - 1)}…`;
}

/** `CN=Example Root` in messages, or a placeholder for the empty name. */
export function nameOf(certificate: Certificate): string {
  return certificate.subject.isEmpty ? '(empty subject)' : shorten(certificate.subject.text);
}
