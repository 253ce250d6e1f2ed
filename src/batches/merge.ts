import { compareFindings } from '../findings/resolve.js';
import type { Finding } from '../findings/finding.js';
import type { CheckOptions, ReportPart } from '../pipeline/check-part.js';
import type { Truststore } from '../chain/truststore.js';
import { truststoreEntry } from '../report/entries.js';
import { summarise, type ChainEntry, type Report } from '../report/report.js';

/** Fields of certificate entries that few distinct values fill: the CAs', the algorithms'. */
const REPEATED_FIELDS = [
  'target',
  'role',
  'issuer',
  'keyType',
  'curve',
  'signatureAlgorithm',
  'signatureHash',
  'authorityKeyId',
  'keyUsage',
  'extendedKeyUsage',
] as const;

/**
 * Keeps one copy of what the parts repeat, so a report of 100,000 clients
 * holds each CA's name, each path link and each algorithm once: a part from
 * a worker arrives as fresh copies of every string. Values are unchanged;
 * only which equal copy is kept.
 */
export class PartCompactor {
  /** By field, then by value (arrays by their members joined). */
  private readonly fields = new Map<string, Map<string, unknown>>();

  private one<T>(field: string, key: string, value: T): T {
    let values = this.fields.get(field);
    if (!values) this.fields.set(field, (values = new Map<string, unknown>()));
    const known = values.get(key);
    if (known !== undefined) return known as T;
    values.set(key, value);
    return value;
  }

  compact(part: ReportPart): ReportPart {
    const clients = new Map<string, ChainEntry>();
    for (const chain of part.chains) {
      if (chain.truststore !== undefined) chain.truststore = this.one('truststore', chain.truststore, chain.truststore);
      // A link is a certificate's subject and fingerprint: the fingerprint decides both.
      chain.path = chain.path.map((link, index) =>
        index === 0 ? link : this.one('link', `${link.sha256}\0${link.subject}`, link),
      );
      // The client's own certificate is said three times: the chain, its first link, its certificate entry.
      const [own] = chain.path;
      if (own?.sha256 === chain.sha256 && own.subject === chain.subject) {
        own.sha256 = chain.sha256;
        own.subject = chain.subject;
      }
      clients.set(chain.file, chain);
    }
    for (const entry of part.certificates) {
      const client = clients.get(entry.file);
      if (client && entry.sha256 === client.sha256 && entry.subject === client.subject) {
        entry.file = client.file;
        entry.sha256 = client.sha256;
        entry.subject = client.subject;
      }
      const fields = entry as unknown as Record<string, unknown>;
      for (const field of REPEATED_FIELDS) {
        const value = fields[field];
        if (typeof value === 'string') fields[field] = this.one(field, value, value);
        else if (Array.isArray(value)) fields[field] = this.one(field, value.join('\0'), value);
      }
    }
    return part;
  }
}

/**
 * Two findings that say the same thing: a rule reporting on the truststore
 * from every part (duplicate-certificate), or on a truststore CA from the
 * parts whose clients go through it (crl-missing-for-ca, whose message names
 * the first such client, so the message is not compared when there is a
 * certificate).
 */
function sameFinding(finding: Finding): string {
  return [
    finding.ruleId,
    finding.file,
    finding.line,
    finding.endLine,
    finding.certificate?.sha256 ?? finding.message,
  ].join('\0');
}

/**
 * The parts' findings, certificates and client verdicts as one target's, in
 * the order a single pass makes them: findings sorted as resolveFindings
 * sorts them, certificates and clients in file order. A part's finding on a
 * file of another part (the truststore, seen from a part of clients) is kept
 * only when no part has said it already: the rules of each part see the
 * truststores, and only the part holding them speaks of them unprompted.
 * `fileOrder`: a file's index in the inventory, by path.
 */
export function mergeParts(
  parts: readonly ReportPart[],
  partOf: ReadonlyMap<string, number>,
  fileOrder: ReadonlyMap<string, number>,
): ReportPart {
  const said = new Set<string>();
  const owned = (finding: Finding, part: number) => (partOf.get(finding.file) ?? part) === part;
  parts.forEach((part, index) => {
    for (const finding of [...part.findings, ...part.suppressed])
      if (owned(finding, index)) said.add(sameFinding(finding));
  });
  const keep = <F extends Finding>(list: readonly F[], index: number): F[] =>
    list.filter((finding) => {
      if (owned(finding, index)) return true;
      const key = sameFinding(finding);
      if (said.has(key)) return false;
      said.add(key);
      return true;
    });
  const findings = parts.flatMap((part, index) => keep(part.findings, index)).sort(compareFindings);
  const suppressed = parts.flatMap((part, index) => keep(part.suppressed, index)).sort(compareFindings);
  const inFileOrder = <E extends { file: string }>(entries: E[]): E[] =>
    parts.length === 1 ? entries : entries.sort((a, b) => fileOrder.get(a.file)! - fileOrder.get(b.file)!);
  return {
    findings,
    suppressed,
    certificates: inFileOrder(parts.flatMap((part) => part.certificates)),
    chains: inFileOrder(parts.flatMap((part) => part.chains)),
  };
}

/** A target's report from the reports of its parts; `files`: every file of the inventory, in order. */
export function targetReport(
  parts: readonly ReportPart[],
  partFiles: ReadonlyArray<readonly string[]>,
  files: readonly string[],
  truststores: readonly Truststore[],
  options: CheckOptions,
): Report {
  const partOf = new Map(partFiles.flatMap((paths, index) => paths.map((file) => [file, index] as const)));
  const { findings, suppressed, certificates, chains } = mergeParts(
    parts,
    partOf,
    new Map(files.map((file, index) => [file, index])),
  );
  const summary = summarise(findings, files.length, certificates.length, chains);
  const named = { id: options.profile.id, name: options.profile.name };
  const target = options.target ?? '';
  return {
    version: 1,
    profile: named,
    targets: [
      {
        name: target,
        profile: named,
        ...(options.origin ? { origin: options.origin } : {}),
        summary,
        truststores: truststores.map(truststoreEntry),
      },
    ],
    summary,
    findings,
    certificates,
    chains,
    suppressed,
  };
}
