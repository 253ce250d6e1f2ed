import type { Fix } from '../findings/fix.js';
import type { ChainAnalysis, ClientChain, ClientProblem } from '../chain/analysis.js';
import { describeError } from '../errors.js';
import type { Severity } from '../findings/severity.js';
import { roleOf, ROLE_WORDS } from '../inventory/client-file.js';
import type { Inventory, SourceFile } from '../inventory/inventory.js';
import type { CertificateObject } from '../inventory/objects.js';
import { CONFIDENCE_WORDS, type Evidence, type Phase, type Profile, type RefusalReason } from '../profiles/profile.js';
import type { Certificate } from '../x509/certificate.js';
import type { DiscoveryNote } from '../discovery/model.js';

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
  /** The reasons a client is refused that this rule explains; every kind of problem has exactly one owner. */
  owns?(problem: ClientProblem): boolean;
  /** The finding on a client refused (or at risk) because of `problem`, which this rule owns. */
  describe?(problem: ClientProblem, chain: ClientChain, context: RuleContext): string;
  /** A mechanical fix for that client's problem, where there is one. */
  fix?(problem: ClientProblem, chain: ClientChain, context: RuleContext): Fix | undefined;
  /**
   * The rule reports its problems on the certificate itself (the leaf's own
   * expiry, key, signature), so a client problem it owns on the leaf needs no
   * second finding.
   */
  reportsOnCertificates?: boolean;
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

/** How a certificate is referred to in messages: "truststore certificate", "client certificate", ... */
export function describeRole(file: SourceFile, object: CertificateObject): string {
  return ROLE_WORDS[roleOf(file, object)];
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

/** Names in messages are cut here: a subject of thousands of RDNs must not become a 60 KB message. */
export const MAX_NAME_IN_MESSAGE = 200;

export function shorten(text: string, limit = MAX_NAME_IN_MESSAGE): string {
  return text.length <= limit ? text : `${text.slice(0, limit - 1)}…`;
}

/** `CN=Example Root` in messages, or a placeholder for the empty name. */
export function nameOf(certificate: Certificate): string {
  return certificate.subject.isEmpty ? '(empty subject)' : shorten(certificate.subject.text);
}

/** How the gateway refuses a client for this reason: `403 Forbidden, logged as "Access denied. Reason: ..."`. */
export function refusal(profile: Profile, reason?: RefusalReason): string {
  const logged = reason ? profile.wording.reasons[reason] : undefined;
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

/**
 * A value as one word for a POSIX shell: file names come from the pull
 * request, and a reviewer may paste the command.
 */
export function shellQuote(value: string): string {
  return /^[A-Za-z0-9_./:=@%+-]+$/.test(value) ? value : `'${value.replace(/'/g, `'\\''`)}'`;
}
