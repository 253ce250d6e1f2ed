import { analyseChains, type ChainAnalysis, type ClientChain, type ClientProblem } from './chain/analysis.js';
import type { Settings, Suppression, Target } from './config/settings.js';
import { bySeverity, capSeverity, type Severity } from './findings/severity.js';
import { roleOf } from './inventory/client-file.js';
import { globMatcher } from './inventory/glob.js';
import { configurationChangeDeferred, deferredPolicyDraft } from './rules/definitions/configuration-change-deferred.js';
import { Walker, type FileTree } from './inventory/files.js';
import { buildInventory, type Inventory, type InventoryRequest } from './inventory/inventory.js';
import type { Profile } from './profiles/profile.js';
import { DEFAULT_PROFILE } from './profiles/registry.js';
import {
  mergeReports,
  summarise,
  type CertificateEntry,
  type ChainEntry,
  type Finding,
  type Report,
  type SuppressedFinding,
  type TruststoreEntry,
} from './report/report.js';
import { subjectOf, verifyCommand } from './rules/chain-rule.js';
import { findRule, ownerOf, RULES } from './rules/registry.js';
import { internalError, type FindingDraft, type RuleContext } from './rules/rule.js';
import { resolveSeverities, type RuleSeverity } from './rules/severities.js';
import type { SignatureVerifier } from './chain/signatures.js';
import type { Truststore } from './chain/truststore.js';
import { formatDate } from './time.js';
import type { Certificate } from './x509/certificate.js';
import { notesFor, withEmbedded } from './discovery/findings.js';
import type { DiscoveryNote } from './discovery/model.js';
import type { TargetOrigin } from './discovery/plan.js';
import { truststoreFingerprint } from './report/fingerprint.js';

export interface CheckOptions extends Pick<
  Settings,
  'at' | 'expiryWarningDays' | 'severities' | 'suppressions' | 'deferredPolicy'
> {
  profile: Profile;
  /** The target's name, carried by every finding, certificate and chain of its report (empty: the only target). */
  target?: string;
  /** Signature checks already made: the base and head of a change share theirs. */
  verifier?: SignatureVerifier;
  /** What discovery says about the infrastructure code, reported with this target. */
  discovery?: readonly DiscoveryNote[];
  /** Where the infrastructure code configures the target, when discovery found it. */
  origin?: TargetOrigin;
}

interface Draft {
  ruleId: string;
  draft: FindingDraft;
}

function certificateEntries(inventory: Inventory, target: string): CertificateEntry[] {
  const entries: CertificateEntry[] = [];
  for (const file of inventory.files) {
    for (const object of file.objects) {
      if (object.kind !== 'certificate') continue;
      const c = object.certificate;
      entries.push({
        ...(target ? { target } : {}),
        file: file.path,
        line: object.line,
        endLine: object.endLine,
        role: roleOf(file, object),
        subject: c.subject.text,
        issuer: c.issuer.text,
        serialNumber: c.serialNumber,
        sha256: c.sha256,
        notBefore: c.notBefore.toISOString(),
        notAfter: c.notAfter.toISOString(),
        keyType: c.publicKey.type,
        ...(c.publicKey.type === 'EC' ? {} : c.publicKey.bits !== undefined ? { keySize: c.publicKey.bits } : {}),
        ...(c.publicKey.curve ? { curve: c.publicKey.curve } : {}),
        publicKeySha256: c.publicKey.sha256,
        signatureAlgorithm: c.signatureAlgorithm.name,
        ...(c.signatureAlgorithm.hash ? { signatureHash: c.signatureAlgorithm.hash } : {}),
        isCA: c.basicConstraints?.ca === true,
        ...(c.basicConstraints?.pathLen !== undefined ? { pathLen: c.basicConstraints.pathLen } : {}),
        ...(c.keyUsage ? { keyUsage: c.keyUsage } : {}),
        ...(c.extendedKeyUsage ? { extendedKeyUsage: c.extendedKeyUsage } : {}),
        ...(c.subjectKeyId ? { subjectKeyId: c.subjectKeyId } : {}),
        ...(c.authorityKeyId ? { authorityKeyId: c.authorityKeyId } : {}),
        selfSigned: c.selfSigned,
      });
    }
  }
  return entries;
}

/**
 * The gateway's verdict on each client, and the one finding that explains a
 * refusal: the first reason that refuses the client (its rule is an error)
 * and that no finding on the certificate itself already states (the leaf's
 * own expiry, key or signature). A broken CA thus yields its own finding and
 * one per client that depends on it, never one per reason.
 */
function judgeClients(
  chains: ChainAnalysis,
  context: RuleContext,
  severities: ReadonlyMap<string, RuleSeverity>,
  drafts: Draft[],
): ChainEntry[] {
  const severityOf = (problem: ClientProblem) => severities.get(ownerOf(problem).id) ?? 'off';
  const stated = (problem: ClientProblem, chain: ClientChain) => {
    const owner = ownerOf(problem).id;
    const subject = subjectOf(problem);
    return drafts.some(
      ({ ruleId, draft }) =>
        ruleId === owner &&
        draft.certificate === subject &&
        draft.file === chain.file.path &&
        draft.line === chain.leaf.line,
    );
  };
  const brief = (c: Certificate) => ({ subject: c.subject.text, sha256: c.sha256 });
  const crlFiles = [...new Set(chains.crls.all.map((given) => given.file.path))];
  return chains.clients.map((chain) => {
    const relevant = chain.problems.filter((problem) => severityOf(problem) !== 'off');
    const refusing = relevant.filter((problem) => severityOf(problem) === 'error');
    const explain = refusing.length > 0 ? refusing : relevant;
    const primary = explain.find((problem) => !stated(problem, chain));
    const describe = (problem: ClientProblem) => ownerOf(problem).describe?.(problem, chain, context) ?? problem.kind;
    const { file, leaf } = chain;
    if (primary) {
      try {
        const fix = ownerOf(primary).fix?.(primary, chain, context);
        drafts.push({
          ruleId: ownerOf(primary).id,
          draft: {
            message: describe(primary),
            file: file.path,
            line: leaf.line,
            endLine: leaf.endLine,
            certificate: leaf.certificate,
            command: verifyCommand(context.profile, chain, crlFiles),
            ...(fix ? { fix } : {}),
          },
        });
      } catch (error) {
        drafts.push({
          ruleId: 'internal-error',
          draft: internalError(file.path, leaf.line, leaf.endLine, 'describing a client chain', error),
        });
      }
    }
    const accepted = refusing.length === 0;
    return {
      ...(context.target ? { target: context.target } : {}),
      file: file.path,
      line: leaf.line,
      subject: leaf.certificate.subject.text,
      sha256: leaf.certificate.sha256,
      accepted,
      valid: accepted,
      truststore: chain.truststore.name,
      path: chain.built.chain.map(brief),
      ...(relevant.length > 0 ? { reasons: relevant.map(describe) } : {}),
    };
  });
}

/** Compiled suppression globs: each pattern once per run, not once per finding. */
const suppressionGlobs = new Map<string, (path: string) => boolean>();

function matchesSuppression(finding: Finding, suppression: Suppression): boolean {
  if (suppression.rule !== finding.ruleId) return false;
  if (suppression.target !== undefined && suppression.target !== (finding.target ?? '')) return false;
  if (suppression.path !== undefined) {
    let matches = suppressionGlobs.get(suppression.path);
    if (!matches) {
      matches = globMatcher(suppression.path, 'suppressions.path');
      suppressionGlobs.set(suppression.path, matches);
    }
    if (!matches(finding.file)) return false;
  }
  if (suppression.fingerprint !== undefined && finding.certificate?.sha256 !== suppression.fingerprint) return false;
  return true;
}

function compareFindings(a: Finding, b: Finding): number {
  return (
    a.file.localeCompare(b.file) ||
    a.line - b.line ||
    bySeverity(a.severity, b.severity) ||
    a.ruleId.localeCompare(b.ruleId)
  );
}

/** A truststore as the report lists it, with its canonical fingerprint (see TruststoreEntry). */
function truststoreEntry(truststore: Truststore): TruststoreEntry {
  const ders = truststore.objects.map(({ object }) => object.certificate.der);
  return {
    files: truststore.files.map((file) => file.path),
    certificates: ders.length,
    sha256: truststoreFingerprint(ders),
  };
}

/** Runs every rule of the profile over an inventory. Never throws for bad certificates. */
export function checkInventory(inventory: Inventory, options: CheckOptions): Report {
  const profile: Profile = options.profile;
  const chains = analyseChains(inventory, profile, options.at, options.verifier);
  const target = options.target ?? '';
  const context: RuleContext = {
    inventory,
    profile,
    at: options.at,
    expiryWarningDays: options.expiryWarningDays,
    chains,
    target,
    ...(options.discovery ? { discovery: options.discovery } : {}),
  };
  const severities = resolveSeverities(profile, options.severities);
  const drafts: Draft[] = [];
  if (options.deferredPolicy)
    drafts.push({ ruleId: configurationChangeDeferred.id, draft: deferredPolicyDraft(options.deferredPolicy) });
  for (const crash of chains.crashes) {
    drafts.push({
      ruleId: 'internal-error',
      draft: internalError(
        crash.file.path,
        crash.object.line,
        crash.object.endLine,
        'validating the chain',
        crash.error,
      ),
    });
  }
  for (const rule of RULES) {
    if (severities.get(rule.id) === 'off' || !rule.check) continue;
    try {
      for (const draft of rule.check(context)) drafts.push({ ruleId: draft.ruleId ?? rule.id, draft });
    } catch (error) {
      // A rule that throws outside its per-certificate checks cannot say on which file; name the first so it is not lost.
      const file = inventory.files[0]?.path ?? '.';
      drafts.push({ ruleId: 'internal-error', draft: internalError(file, 1, 1, `running rule ${rule.id}`, error) });
    }
  }
  const chainEntries = judgeClients(chains, context, severities, drafts);

  const findings: Finding[] = [];
  const suppressed: SuppressedFinding[] = [];
  for (const { ruleId, draft } of drafts) {
    const configured = severities.get(ruleId) ?? 'error';
    if (configured === 'off') continue;
    const severity: Severity = draft.atMost ? capSeverity(configured, draft.atMost) : configured;
    const finding: Finding = {
      ...(target ? { target } : {}),
      ruleId,
      severity,
      message: draft.message,
      file: draft.file,
      line: draft.line,
      endLine: draft.endLine,
      ...(draft.certificate
        ? { certificate: { subject: draft.certificate.subject.text, sha256: draft.certificate.sha256 } }
        : {}),
      remedy: findRule(ruleId)?.remedy ?? '',
      ...(draft.command ? { command: draft.command } : {}),
      ...(draft.fix ? { fix: draft.fix } : {}),
    };
    const suppression = options.suppressions.find((candidate) => matchesSuppression(finding, candidate));
    if (suppression && (!suppression.expires || suppression.expires.getTime() > options.at.getTime())) {
      suppressed.push({ ...finding, reason: suppression.reason });
      continue;
    }
    if (suppression?.expires)
      finding.message += ` (Its suppression lapsed on ${formatDate(suppression.expires)}: "${suppression.reason}".)`;
    findings.push(finding);
  }
  findings.sort(compareFindings);
  suppressed.sort(compareFindings);

  const certificates = certificateEntries(inventory, target);
  const summary = summarise(findings, inventory.files.length, certificates.length, chainEntries);
  return {
    version: 1,
    profile: { id: profile.id, name: profile.name },
    targets: [
      {
        name: target,
        profile: { id: profile.id, name: profile.name },
        ...(options.origin ? { origin: options.origin } : {}),
        summary,
        truststores: chains.truststores.map(truststoreEntry),
      },
    ],
    summary,
    findings,
    certificates,
    chains: chainEntries,
    suppressed,
  };
}

/**
 * Finds the files of every target, reads them and checks each against its
 * own profile; one report holds them all. Throws UsageError for bad globs.
 * `tree`: read the files from there instead of the working tree;
 * `verifier`: signature checks to share with another run.
 */
/**
 * What one target reads: its globs under the settings' root and limits, from
 * the working tree or from `tree`, another commit's (the base of a change),
 * which may lack what the globs match today.
 */
export function inventoryRequest(settings: Settings, target: Target, tree?: FileTree): InventoryRequest {
  return {
    root: settings.root,
    truststore: target.truststore,
    bundle: target.truststoreIsBundle,
    clients: target.clients,
    crls: target.crls,
    limits: settings.limits,
    ...(tree ? { tree: withEmbedded(tree, settings.discovery?.embedded), unmatchedOk: true } : {}),
    ...(!tree && settings.discovery?.embedded.size
      ? { tree: withEmbedded(new Walker(settings.root), settings.discovery.embedded) }
      : {}),
  };
}

export function runCheck(settings: Settings, tree?: FileTree, verifier?: SignatureVerifier): Report {
  const files = new Set<string>();
  const { deferredPolicy, discovery, ...common } = settings;
  // Infrastructure code that configures no truststore discovery could follow: its notes are the whole report.
  if (settings.targets.length === 0)
    return checkInventory(
      { root: settings.root, files: [], bundles: [] },
      {
        ...common,
        ...(deferredPolicy ? { deferredPolicy } : {}),
        profile: DEFAULT_PROFILE,
        discovery: notesFor(discovery, '', true),
      },
    );
  const reports = settings.targets.map((target, index) => {
    const inventory = buildInventory(inventoryRequest(settings, target, tree));
    for (const file of inventory.files) files.add(file.path);
    // The deferred configuration change and notes about no target in particular are said once, with the first target.
    return checkInventory(inventory, {
      ...common,
      ...(index === 0 && deferredPolicy ? { deferredPolicy } : {}),
      ...(discovery ? { discovery: notesFor(discovery, target.name, index === 0) } : {}),
      ...(target.origin ? { origin: target.origin } : {}),
      profile: target.profile,
      target: target.name,
      ...(verifier ? { verifier } : {}),
    });
  });
  return reports.length === 1 ? reports[0]! : mergeReports(reports, files.size);
}
