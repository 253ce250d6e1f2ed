import picomatch from 'picomatch';
import { analyseChains, type ChainAnalysis } from './chain/analysis.js';
import type { ChainProblem } from './chain/path-builder.js';
import type { Settings, Suppression } from './config/settings.js';
import { buildInventory, type Inventory } from './inventory/inventory.js';
import {
  summarise,
  type ChainEntry,
  type CertificateEntry,
  type Finding,
  type Report,
  type SuppressedFinding,
} from './report/report.js';
import { findRule, rulesForProfile } from './rules/registry.js';
import { internalError, nameOf, shorten, type FindingDraft, type RuleContext } from './rules/rule.js';
import { formatDate } from './time.js';
import type { Certificate } from './x509/certificate.js';

const SEVERITY_ORDER = { error: 0, warning: 1, notice: 2 } as const;

export type CheckOptions = Pick<Settings, 'profile' | 'at' | 'expiryWarningDays' | 'severities' | 'suppressions'> & {
  maxPathSteps?: number;
};

function certificateEntries(inventory: Inventory, chains: ChainAnalysis): CertificateEntry[] {
  const entries: CertificateEntry[] = [];
  for (const file of inventory.files) {
    let first = true;
    for (const object of file.objects) {
      if (object.kind !== 'certificate') continue;
      const c = object.certificate;
      const role = file.role === 'truststore' ? 'truststore' : first ? 'client' : 'intermediate';
      first = false;
      entries.push({
        file: file.path,
        line: object.line,
        role,
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
        selfSigned: chains.signatures.isSelfSigned(c),
      });
    }
  }
  return entries;
}

function problemText(problem: ChainProblem): string {
  switch (problem.kind) {
    case 'issuer-not-found':
      return `issuer not found: ${shorten(problem.certificate.issuer.text) || '(empty)'} for ${nameOf(problem.certificate)}`;
    case 'self-signed':
      return 'self-signed and not in the truststore';
    case 'signature-invalid':
      return `signature on ${nameOf(problem.certificate)} does not verify with ${nameOf(problem.issuer)}`;
    case 'issuer-not-ca':
      return `${nameOf(problem.issuer)} may not sign certificates`;
    case 'path-length-exceeded':
      return `${nameOf(problem.issuer)} pathlen:${problem.pathLen} exceeded`;
    case 'unhandled-critical-extension':
      return `${nameOf(problem.certificate)} has unhandled critical extension(s) ${problem.oids.join(', ')}`;
    case 'name-constraints-violated':
      return `${shorten(problem.name.text)} of ${nameOf(problem.certificate)} is ${problem.excluded ? 'excluded by' : 'outside the permitted names of'} ${nameOf(problem.constrainedBy)}`;
    case 'explicit-ec-parameters':
      return `${nameOf(problem.certificate)} has an EC key with explicit parameters`;
    case 'expired':
      return `${nameOf(problem.certificate)} expired on ${formatDate(problem.certificate.notAfter)}`;
    case 'not-yet-valid':
      return `${nameOf(problem.certificate)} is not valid until ${formatDate(problem.certificate.notBefore)}`;
    case 'chain-too-long':
      return `chain of ${problem.atLeast ? 'at least ' : ''}${problem.length} certificates is longer than 4`;
    case 'search-limit':
      return 'path-building limit reached';
  }
}

function chainEntries(chains: ChainAnalysis): ChainEntry[] {
  const brief = (c: Certificate) => ({ subject: c.subject.text, sha256: c.sha256 });
  return chains.clients.map(({ file, leaf, truststore, result }) => ({
    file: file.path,
    line: leaf.line,
    subject: leaf.certificate.subject.text,
    sha256: leaf.certificate.sha256,
    valid: result.valid,
    ...(truststore ? { truststore } : {}),
    path: result.path.map(brief),
    ...(result.valid ? {} : { reasons: result.problems.map(problemText) }),
  }));
}

function matchesSuppression(finding: Finding, suppression: Suppression): boolean {
  if (suppression.rule !== finding.ruleId) return false;
  if (suppression.path !== undefined && !picomatch.isMatch(finding.file, suppression.path, { dot: true })) return false;
  if (suppression.fingerprint !== undefined && finding.certificate?.sha256 !== suppression.fingerprint) return false;
  return true;
}

function compareFindings(a: Finding, b: Finding): number {
  return (
    a.file.localeCompare(b.file) ||
    a.line - b.line ||
    SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
    a.ruleId.localeCompare(b.ruleId)
  );
}

/** Runs every rule of the profile over an inventory. Never throws for bad certificates. */
export function checkInventory(inventory: Inventory, options: CheckOptions): Report {
  const chains = analyseChains(inventory, options.at, options.maxPathSteps);
  const context: RuleContext = { inventory, at: options.at, expiryWarningDays: options.expiryWarningDays, chains };
  const drafts: Array<{ ruleId: string; draft: FindingDraft }> = [];
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
  for (const rule of rulesForProfile(options.profile)) {
    if (options.severities[rule.id] === 'off') continue;
    try {
      for (const draft of rule.check(context)) drafts.push({ ruleId: draft.ruleId ?? rule.id, draft });
    } catch (error) {
      // A rule that throws outside its per-certificate checks cannot say on which file; name the first so it is not lost.
      const file = inventory.files[0]?.path ?? '.';
      drafts.push({ ruleId: 'internal-error', draft: internalError(file, 1, 1, `running rule ${rule.id}`, error) });
    }
  }

  const findings: Finding[] = [];
  const suppressed: SuppressedFinding[] = [];
  for (const { ruleId, draft } of drafts) {
    const severity = options.severities[ruleId];
    if (severity === 'off') continue;
    const finding: Finding = {
      ruleId,
      severity: severity ?? findRule(ruleId)?.defaultSeverity ?? 'error',
      message: draft.message,
      file: draft.file,
      line: draft.line,
      endLine: draft.endLine,
      ...(draft.certificate
        ? { certificate: { subject: draft.certificate.subject.text, sha256: draft.certificate.sha256 } }
        : {}),
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

  const certificates = certificateEntries(inventory, chains);
  return {
    version: 1,
    summary: summarise(findings, inventory.files.length, certificates.length),
    findings,
    certificates,
    chains: chainEntries(chains),
    suppressed,
  };
}

/** Finds the files, reads them and checks them. Throws UsageError for bad globs. */
export function runCheck(settings: Settings): Report {
  const inventory = buildInventory(settings);
  return checkInventory(inventory, { ...settings, maxPathSteps: settings.limits.maxPathSteps });
}
