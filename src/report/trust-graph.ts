import { shorten } from '../text/shorten.js';
import { escapeMermaid } from './markdown-escape.js';
import { targetKey, type Report, type TrustChange } from './report.js';

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
  // Mermaid ids numbered in the order things are first named: an id made from a name's letters let two clients in
  // one folder share a box, and one of them vanished from the graph.
  const ids = new Map<string, string>();
  const id = (kind: 'ca' | 'cl', key: string) => {
    const full = `${kind}\0${key}`;
    let known = ids.get(full);
    if (known === undefined) ids.set(full, (known = `${kind}${ids.size + 1}`));
    return known;
  };
  /** A client is its file under its target: one file can be judged under several. */
  const clientKey = (entry: { target?: string; file: string }) => targetKey(entry.target, entry.file);
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
    const clients = new Set(changes.clients.map(clientKey));
    // Only to clients the graph draws (those whose verdict changed): an edge to an id never drawn is a bare box.
    const edges = (ca: TrustChange, arrow: string) => {
      for (const file of ca.clients) {
        const key = clientKey({ target: ca.target, file });
        if (clients.has(key)) lines.push(`  ${id('ca', ca.sha256)} ${arrow} ${id('cl', key)}`);
      }
    };
    for (const ca of changes.truststore.removed) {
      caNode(ca.sha256, ca.subject, 'removed');
      edges(ca, '-.->');
    }
    for (const ca of changes.truststore.added) {
      caNode(ca.sha256, ca.subject, 'added');
      edges(ca, '-->');
    }
    for (const client of changes.clients) {
      const chain = report.chains.find((entry) => entry.file === client.file && entry.target === client.target);
      node(
        id('cl', clientKey(client)),
        label(client.file, client.after),
        client.after === 'accepted' ? 'accepted' : 'refused',
      );
      const anchor = chain?.path
        .slice(1)
        .find((step) => report.certificates.some((c) => c.role === 'truststore' && c.sha256 === step.sha256));
      if (anchor && !changes.truststore.added.some((ca) => ca.sha256 === anchor.sha256)) {
        caNode(anchor.sha256, anchor.subject, 'kept');
        lines.push(`  ${id('ca', anchor.sha256)} --> ${id('cl', clientKey(client))}`);
      }
    }
  } else {
    for (const chain of report.chains.filter((entry) => !entry.accepted)) {
      node(id('cl', clientKey(chain)), label(chain.file, 'refused'), 'refused');
      const anchor = chain.path
        .slice(1)
        .find((step) => report.certificates.some((c) => c.role === 'truststore' && c.sha256 === step.sha256));
      if (!anchor) continue;
      caNode(anchor.sha256, anchor.subject, 'in the truststore');
      lines.push(`  ${id('ca', anchor.sha256)} --> ${id('cl', clientKey(chain))}`);
    }
  }
  if (nodes.size === 0 || nodes.size > MAX_GRAPH_NODES) return undefined;
  return [...lines, '```'];
}
