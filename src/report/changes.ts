import { findingKey } from '../findings/identity.js';
import {
  targetKey,
  type BundleChange,
  type CertificateEntry,
  type ChainEntry,
  type ChangedCertificate,
  type Changes,
  type ClientChange,
  type Report,
  type Summary,
  type TrustChange,
  type Verdict,
} from './report.js';

function changedCertificate(entry: CertificateEntry): ChangedCertificate {
  return {
    ...(entry.target ? { target: entry.target } : {}),
    file: entry.file,
    line: entry.line,
    endLine: entry.endLine,
    subject: entry.subject,
    sha256: entry.sha256,
    notAfter: entry.notAfter,
  };
}

/** The truststore certificates of a report by target and fingerprint; the first block of each wins. */
function truststoreCertificates(report: Report): Map<string, CertificateEntry> {
  const found = new Map<string, CertificateEntry>();
  for (const entry of report.certificates) {
    if (entry.role !== 'truststore') continue;
    const key = targetKey(entry.target, entry.sha256);
    if (!found.has(key)) found.set(key, entry);
  }
  return found;
}

const verdictOf = (chain: ChainEntry | undefined): Verdict =>
  chain === undefined ? 'absent' : chain.accepted ? 'accepted' : 'refused';

/** Compares the reports of the base and the head of a change, made under the same settings. */
export function compareReports(base: Report, head: Report, baseCommit: string): Changes {
  const before = truststoreCertificates(base);
  const after = truststoreCertificates(head);
  const removedEntries = [...before].filter(([key]) => !after.has(key)).map(([, entry]) => entry);
  const addedEntries = [...after].filter(([key]) => !before.has(key)).map(([, entry]) => entry);

  // A removed and an added certificate with one subject and one key, in one target, are a renewal.
  const renewed: Changes['truststore']['renewed'] = [];
  const renewedOld = new Set<CertificateEntry>();
  const renewedNew = new Set<CertificateEntry>();
  for (const old of removedEntries) {
    const successor = addedEntries.find(
      (entry) =>
        !renewedNew.has(entry) &&
        entry.target === old.target &&
        entry.subject === old.subject &&
        entry.publicKeySha256 === old.publicKeySha256,
    );
    if (!successor) continue;
    renewedOld.add(old);
    renewedNew.add(successor);
    renewed.push({ old: changedCertificate(old), new: changedCertificate(successor) });
  }
  const removed = removedEntries.filter((entry) => !renewedOld.has(entry));
  const added = addedEntries.filter((entry) => !renewedNew.has(entry));
  const removedKeys = new Set(removed.map((entry) => targetKey(entry.target, entry.sha256)));
  const addedKeys = new Set(added.map((entry) => targetKey(entry.target, entry.sha256)));
  const renewedKeys = new Map(renewed.map((pair) => [targetKey(pair.old.target, pair.old.sha256), pair] as const));

  const clients: ClientChange[] = [];
  let unchangedClients = 0;
  const baseChains = new Map(base.chains.map((chain) => [targetKey(chain.target, chain.file), chain] as const));
  const headChains = new Map(head.chains.map((chain) => [targetKey(chain.target, chain.file), chain] as const));
  for (const key of new Set([...baseChains.keys(), ...headChains.keys()])) {
    const was = baseChains.get(key);
    const is = headChains.get(key);
    const change = { before: verdictOf(was), after: verdictOf(is) };
    if (change.before === change.after) {
      unchangedClients++;
      continue;
    }
    const chain = (is ?? was)!;
    clients.push({
      ...(chain.target ? { target: chain.target } : {}),
      file: chain.file,
      subject: chain.subject,
      ...change,
      reasons: reasonsFor(was, is, { removedKeys, addedKeys, renewedKeys }),
    });
  }
  clients.sort((a, b) => (a.target ?? '').localeCompare(b.target ?? '') || a.file.localeCompare(b.file));

  const used = new Set(head.chains.flatMap((chain) => chain.path.map((link) => targetKey(chain.target, link.sha256))));
  const targetsWithClients = new Set(head.chains.map((chain) => chain.target ?? ''));
  const unused = [...after.values()]
    .filter(
      (entry) =>
        entry.isCA && targetsWithClients.has(entry.target ?? '') && !used.has(targetKey(entry.target, entry.sha256)),
    )
    .map(changedCertificate);

  /** The client files of a report whose chain goes through a certificate, by target and fingerprint. */
  const servedBy = (report: Report) => {
    const served = new Map<string, string[]>();
    for (const chain of report.chains) {
      for (const link of chain.path.slice(1)) {
        const key = targetKey(chain.target, link.sha256);
        served.set(key, [...(served.get(key) ?? []), chain.file]);
      }
    }
    return (entry: CertificateEntry): TrustChange => ({
      ...changedCertificate(entry),
      clients: served.get(targetKey(entry.target, entry.sha256)) ?? [],
    });
  };
  return {
    base: baseCommit,
    truststore: {
      added: added.map(servedBy(head)),
      removed: removed.map(servedBy(base)),
      renewed,
      unused,
    },
    bundles: bundleChanges(base, head),
    clients,
    unchangedClients,
  };
}

function reasonsFor(
  was: ChainEntry | undefined,
  is: ChainEntry | undefined,
  truststore: {
    removedKeys: Set<string>;
    addedKeys: Set<string>;
    renewedKeys: Map<string, Changes['truststore']['renewed'][number]>;
  },
): string[] {
  if (!is) return ['The client file is gone.'];
  const reasons: string[] = [];
  if (!was) reasons.push('A new client file.');
  else if (was.sha256 !== is.sha256) reasons.push("The client's certificate changed.");
  for (const link of was?.path.slice(1) ?? []) {
    const key = targetKey(was!.target, link.sha256);
    if (truststore.removedKeys.has(key)) reasons.push(`${link.subject} was removed from the truststore.`);
    const renewal = truststore.renewedKeys.get(key);
    if (renewal) reasons.push(`${link.subject} was renewed (now valid until ${renewal.new.notAfter}).`);
  }
  if (is.accepted) {
    for (const link of is.path.slice(1)) {
      if (truststore.addedKeys.has(targetKey(is.target, link.sha256)))
        reasons.push(`${link.subject} was added to the truststore.`);
    }
  } else {
    reasons.push(...(is.reasons ?? []));
  }
  return reasons.length > 0 ? reasons : ['The verdict changed with the configuration or the moment checked.'];
}

function bundleChanges(base: Report, head: Report): BundleChange[] {
  const fingerprints = (report: Report) =>
    new Map(
      report.targets.flatMap((target) =>
        target.truststores.map(
          (truststore) => [targetKey(target.name, truststore.files.join('\n')), truststore] as const,
        ),
      ),
    );
  const before = fingerprints(base);
  const after = fingerprints(head);
  const changes: BundleChange[] = [];
  for (const key of new Set([...before.keys(), ...after.keys()])) {
    const was = before.get(key);
    const is = after.get(key);
    if (was?.sha256 === is?.sha256) continue;
    const target = key.slice(0, key.indexOf('\0'));
    changes.push({
      ...(target ? { target } : {}),
      files: (is ?? was)!.files,
      ...(was ? { before: was.sha256 } : {}),
      ...(is ? { after: is.sha256 } : {}),
    });
  }
  return changes;
}

/** Marks each head finding `new` when the base has no finding it matches (counting repeats), and counts them. */
export function markNewFindings(base: Report, head: Report): Summary['new'] {
  const remaining = new Map<string, number>();
  for (const finding of base.findings) {
    const key = findingKey(finding);
    remaining.set(key, (remaining.get(key) ?? 0) + 1);
  }
  const counts = { errors: 0, warnings: 0, notices: 0 };
  for (const finding of head.findings) {
    const key = findingKey(finding);
    const left = remaining.get(key) ?? 0;
    finding.new = left === 0;
    if (left > 0) remaining.set(key, left - 1);
    else counts[`${finding.severity}s`]++;
  }
  return counts;
}
