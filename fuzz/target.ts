/**
 * What the fuzzer drives: the whole engine on one input, as a client file and
 * as a truststore under API Gateway, and as a client file and a CRL file under
 * NGINX (revocation checking on), then every report format; each report
 * must keep one verdict per client (src/verdicts/consistency.ts) and hold no
 * internal-error finding. Bundled by
 * fuzz/run.mjs with ncc.
 */
import { readFileSync } from 'node:fs';
import { checkInventory } from '../src/engine.js';
import { awsApiGateway } from '../src/profiles/builtin/aws-api-gateway.js';
import { nginx } from '../src/profiles/builtin/nginx.js';
import type { Inventory, SourceFile } from '../src/inventory/inventory.js';
import { DEFAULT_LIMITS } from '../src/inventory/limits.js';
import { readObjects } from '../src/inventory/objects.js';
import { formatJson } from '../src/report/format-json.js';
import { formatMarkdown } from '../src/report/format-markdown.js';
import { formatSarif } from '../src/report/format-sarif.js';
import { formatText } from '../src/report/format-text.js';
import { parseReport } from '../src/report/read-report.js';
import { findProfile } from '../src/profiles/registry.js';
import { verdictContradictions } from '../src/verdicts/consistency.js';
import { INTERNAL_ERROR_RULE_ID } from '../src/rules/rule.js';

const AT = new Date('2026-01-15T00:00:00Z');

function file(path: string, role: SourceFile['role'], bytes: Uint8Array): SourceFile {
  return { path, role, size: bytes.length, objects: readObjects(bytes, DEFAULT_LIMITS.maxObjectsPerFile).objects };
}

let healthyTruststore: SourceFile | undefined;

/** A real truststore for the input to chain to: read once, it is the same every time. */
export function setUp(truststorePath: string): void {
  healthyTruststore = file('truststore.pem', 'truststore', readFileSync(truststorePath));
}

/** Runs everything on `input`; returns all the text it produced. Throws only on a bug. */
export function fuzzOne(input: Uint8Array): string {
  const inputTruststore = file('input-truststore.pem', 'truststore', input);
  const inventory: Inventory = {
    root: '/fuzz',
    files: [healthyTruststore!, inputTruststore, file('client.pem', 'client', input)],
    bundles: [[healthyTruststore!], [inputTruststore]],
  };
  const report = checkInventory(inventory, {
    profile: awsApiGateway,
    at: AT,
    expiryWarningDays: 30,
    severities: {},
    suppressions: [],
  });
  const client = file('client.pem', 'client', input);
  const withCrl = checkInventory(
    {
      root: '/fuzz',
      files: [healthyTruststore!, client, file('input.crl', 'crl', input)],
      bundles: [[healthyTruststore!]],
    },
    { profile: nginx, at: AT, expiryWarningDays: 30, severities: {}, suppressions: [] },
  );
  // A report that contradicts its own verdicts is a bug, as an exception is; so is an internal-error finding,
  // which is how the engine reports an exception a rule or a reader threw rather than stopping.
  for (const judged of [report, withCrl]) {
    const contradictions = verdictContradictions(judged, (id) => findProfile(id)!.wording);
    if (contradictions.length > 0) throw new Error(`verdicts contradict each other: ${contradictions.join('; ')}`);
    const internal = judged.findings.find((finding) => finding.ruleId === INTERNAL_ERROR_RULE_ID);
    if (internal) throw new Error(`an internal error: ${internal.message}`);
  }
  const json = formatJson(report);
  parseReport(json);
  return [
    formatText(withCrl),
    formatText(report),
    json,
    formatSarif(report, awsApiGateway),
    formatMarkdown(report, {
      title: 'fuzz',
      findings: report.findings,
      failed: true,
      at: AT,
      expiryWarningDays: 30,
      maxLength: 65536,
    }),
  ].join('\n');
}
