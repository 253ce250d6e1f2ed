import { shorten } from '../text/shorten.js';
import { escapeMermaid } from './markdown-escape.js';
import type { Report } from './report.js';

/**
 * Past this many boxes a diagram at comment width has text too small to read:
 * it is left out, and the tables say the same.
 */
export const MAX_GRAPH_NODES = 14;

const STYLES = [
  '  classDef refused fill:#ffe0e0,stroke:#c00,color:#600',
  '  classDef accepted fill:#e6ffe6,stroke:#080,color:#030',
  '  classDef removed fill:#eee,stroke:#888,color:#555,stroke-dasharray:4 3',
  '  classDef broken fill:#fff4d6,stroke:#b80,color:#530',
];

const id = (prefix: string, key: string) => `${prefix}${key.replace(/[^A-Za-z0-9]/g, '').slice(0, 12)}`;
const label = (...lines: string[]) => `"${lines.map((line) => escapeMermaid(shorten(line, 60))).join('<br/>')}"`;

/**
 * The trust chains a change touches, as a Mermaid graph: CAs added and
 * removed (removed ones dashed), and each client whose verdict changed under
 * the CA it chains through, coloured by the gateway's verdict after the
 * change. Without a base: the truststore's CAs and the clients it refuses.
 * A CA is coloured only by what is wrong with the CA itself. Undefined when
 * there is nothing to draw or more than MAX_GRAPH_NODES boxes.
 */
export function trustGraph(report: Report): string[] | undefined {
  const lines = ['```mermaid', 'flowchart LR', ...STYLES];
  const brokenCa = new Set(
    report.findings.filter((f) => f.severity === 'error' && f.certificate).map((f) => f.certificate!.sha256),
  );
  const nodes = new Set<string>();
  const node = (key: string, text: string, style: string) => {
    if (nodes.has(key)) return;
    nodes.add(key);
    lines.push(`  ${key}[${text}]:::${style}`);
  };
  const caNode = (sha256: string, subject: string, state: string) =>
    node(
      id('ca', sha256),
      label(subject, state),
      state === 'removed' ? 'removed' : brokenCa.has(sha256) ? 'broken' : 'accepted',
    );
  const changes = report.changes;
  if (changes) {
    const clients = new Map(changes.clients.map((client) => [client.file, client]));
    for (const ca of changes.truststore.removed) {
      caNode(ca.sha256, ca.subject, 'removed');
      for (const file of ca.clients) lines.push(`  ${id('ca', ca.sha256)} -.-> ${id('cl', file)}`);
    }
    for (const ca of changes.truststore.added) {
      caNode(ca.sha256, ca.subject, 'added');
      for (const file of ca.clients)
        if (clients.has(file)) lines.push(`  ${id('ca', ca.sha256)} --> ${id('cl', file)}`);
    }
    for (const client of changes.clients) {
      const chain = report.chains.find((entry) => entry.file === client.file && entry.target === client.target);
      node(
        id('cl', client.file),
        label(client.file, client.after),
        client.after === 'accepted' ? 'accepted' : 'refused',
      );
      const anchor = chain?.path
        .slice(1)
        .find((step) => report.certificates.some((c) => c.role === 'truststore' && c.sha256 === step.sha256));
      if (anchor && !changes.truststore.added.some((ca) => ca.sha256 === anchor.sha256)) {
        caNode(anchor.sha256, anchor.subject, 'kept');
        lines.push(`  ${id('ca', anchor.sha256)} --> ${id('cl', client.file)}`);
      }
    }
  } else {
    for (const chain of report.chains.filter((entry) => !entry.accepted)) {
      node(id('cl', chain.file), label(chain.file, 'refused'), 'refused');
      const anchor = chain.path
        .slice(1)
        .find((step) => report.certificates.some((c) => c.role === 'truststore' && c.sha256 === step.sha256));
      if (!anchor) continue;
      caNode(anchor.sha256, anchor.subject, 'in the truststore');
      lines.push(`  ${id('ca', anchor.sha256)} --> ${id('cl', chain.file)}`);
    }
  }
  if (nodes.size === 0 || nodes.size > MAX_GRAPH_NODES) return undefined;
  return [...lines, '```'];
}
