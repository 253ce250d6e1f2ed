import type { FindingDraft } from '../findings/finding.js';
import type { Fix } from '../findings/fix.js';
import type { ChainAnalysis, ClientChain } from '../chain/analysis.js';
import type { ClientProblem } from '../chain/problems.js';
import { describeError } from '../errors.js';
import type { Severity } from '../findings/severity.js';
import { roleOf } from '../inventory/client-file.js';
import { CERTIFICATE_FILE_ROLES } from '../inventory/files.js';
import type { Inventory, SourceFile } from '../inventory/inventory.js';
import type { CertificateObject } from '../inventory/file-objects.js';
import { CONFIDENCE_WORDS, type Evidence, type Phase, type Profile, type RefusalReason } from '../profiles/profile.js';
import type { Certificate } from '../x509/certificate.js';
import type { DiscoveryNote } from '../discovery/model.js';
import { loggedVerifyError } from '../chain/verify-errors.js';
import { shorten } from '../text/shorten.js';

/**
 * Whether a rule applies under a profile, and why: the gateway behaviour it
 * enforces with the evidence for it, and when the gateway acts. A rule about
 * the repository itself (a key committed by mistake, a file not read) has no
 * gateway evidence and applies everywhere.
 */
export interface RuleApplication {
  evidence?: Evidence;
  phase?: Phase;
}

export interface RuleMetadata {
  /** Stable public id: users suppress and override by it. */
  id: string;
  /** Severity where the behaviour is confirmed; unconfirmed behaviour is capped at warning. */
  defaultSeverity: Severity;
  title: string;
  /** What fires it and why it matters, in a sentence or two. */
  description: string;
  /** How to fix it, with the command that confirms the fix; shown with every finding. */
  remedy: string;
  /**
   * It marks a check that could not be completed (a file not read, a crash, a
   * work bound), so no configuration may turn it off, lower it or suppress
   * it: a pull request could otherwise hide what it slipped past the check.
   */
  mandatory?: true;
}

export interface RuleContext {
  inventory: Inventory;
  profile: Profile;
  /** The moment validity is judged at. */
  at: Date;
  expiryWarningDays: number;
  chains: ChainAnalysis;
  /** The name of the target being checked (empty: the only one). */
  target: string;
  /** What discovery found to say about the infrastructure code, for this target (see src/discovery/). */
  discovery?: readonly DiscoveryNote[];
}

export interface Rule extends RuleMetadata {
  /** Whether, and on what evidence, the rule applies under `profile`: undefined turns it off there. */
  appliesTo(profile: Profile): RuleApplication | undefined;
  /** What the gateway does about it, in the profile's words: the stakes, in documentation and review comments. */
  consequence(profile: Profile): string;
  /** Findings about files and certificates. */
  check?(context: RuleContext): Iterable<FindingDraft>;
}

/** The client problem of kind `K`. */
export type ProblemOf<K extends ClientProblem['kind']> = ClientProblem & { kind: K };

/**
 * How a rule explains one kind of reason a client is refused: the finding's
 * message on the client, and a mechanical fix where there is one. The table
 * in `rules/explainers.ts` gives every kind exactly one explainer.
 */
export interface Explainer<in K extends ClientProblem['kind']> {
  rule: Rule;
  describe(problem: ProblemOf<K>, chain: ClientChain, context: RuleContext): string;
  fix?(problem: ProblemOf<K>, chain: ClientChain, context: RuleContext): Fix | undefined;
}

/** Where a rule's behaviour comes from under a profile, for documentation: the evidence, or the tool's own principle. */
export function ruleSource(rule: Rule, profile: Profile): string {
  const application = rule.appliesTo(profile);
  if (!application) return `Not part of the ${profile.id} profile.`;
  if (!application.evidence) return 'truststore-check: a problem in the repository itself, whatever the gateway.';
  return `${application.evidence.source} (${CONFIDENCE_WORDS[application.evidence.confidence]})`;
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

export interface CertificateVisit {
  file: SourceFile;
  object: CertificateObject;
  certificate: Certificate;
  role: ReturnType<typeof roleOf>;
  at: (message: string) => FindingDraft;
}

/**
 * Runs `check` on every certificate of the chosen files. A throw from one
 * certificate becomes an internal-error finding on it; the rest still run.
 */
export function* eachCertificate(
  context: RuleContext,
  check: (visit: CertificateVisit) => Iterable<FindingDraft> | FindingDraft | undefined,
  roles: ReadonlyArray<SourceFile['role']> = CERTIFICATE_FILE_ROLES,
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
        const result = check({ file, object, certificate: object.certificate, role: roleOf(file, object), at });
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

export function nameOf(certificate: Certificate): string {
  return certificate.subject.isEmpty ? '(empty subject)' : shorten(certificate.subject.text);
}

/**
 * What the gateway logs for a refused client: from the errors its OpenSSL
 * reported on the client's chain where the profile says how it logs them,
 * otherwise undefined.
 */
export function loggedRefusal(profile: Profile, chain: ClientChain): string | undefined {
  const { verifyErrorLog, verifierErrorLog } = profile.wording;
  if (verifierErrorLog && chain.verifierError) return verifierErrorLog.template.replace('{error}', chain.verifierError);
  return verifyErrorLog && chain.verifyErrors ? loggedVerifyError(verifyErrorLog, chain.verifyErrors) : undefined;
}

/**
 * How the gateway refuses a client for this reason: `403 Forbidden, logged as
 * "Access denied. Reason: ..."`. Given the client's chain, the logged line is
 * the one the gateway writes for that chain, where the profile models it.
 */
export function refusal(profile: Profile, reason?: RefusalReason, chain?: ClientChain): string {
  const logged = (chain && loggedRefusal(profile, chain)) ?? (reason ? profile.wording.reasons[reason] : undefined);
  return logged ? `${profile.wording.refusal}, logged as "${logged}"` : profile.wording.refusal;
}

/** What the gateway does with a bundle that holds a certificate it does not accept, by the profile's phase. */
export function badBundleCertificate(profile: Profile): string {
  const { wording } = profile;
  switch (profile.bundle.badCertificate.phase) {
    case 'upload':
      return `${wording.uploadRefusal}.`;
    case 'upload-warning':
      return `${wording.uploadWarning}.`;
    case 'runtime':
      return `${wording.gateway} loads the bundle and fails only the clients that need the certificate.`;
  }
}

/**
 * What the gateway does about a certificate it does not accept, by where the
 * certificate is: in the bundle (refused at upload, or a warning and then its
 * clients refused), a client's own (refused), or one the client sends.
 */
export function certificateConsequence(
  profile: Profile,
  role: ReturnType<typeof roleOf>,
  reason: RefusalReason,
  usedBy = 'clients whose chain uses it',
): string {
  const { wording } = profile;
  if (role === 'truststore') {
    const phase = profile.bundle.badCertificate.phase;
    if (phase === 'upload') return `${wording.uploadRefusal}.`;
    if (phase === 'upload-warning') return `${wording.uploadWarning}; ${usedBy} get ${refusal(profile, reason)}.`;
    return `${usedBy[0]!.toUpperCase()}${usedBy.slice(1)} get ${refusal(profile, reason)}.`;
  }
  if (role === 'client') return `The client gets ${refusal(profile, reason)}.`;
  return profile.chain.issuers === 'truststore'
    ? `${wording.gateway} takes issuers only from the truststore and ignores this certificate the client sends.`
    : `${wording.gateway} uses it only if it lies on the client's chain; when it does, the client's own finding says so.`;
}
