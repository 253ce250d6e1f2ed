import { readFileSync } from 'node:fs';
import path from 'node:path';
import { analyseChains } from '../../src/chain/analysis.js';
import { checkInventory } from '../../src/engine.js';
import type { Inventory, SourceFile } from '../../src/inventory/inventory.js';
import { readObjects } from '../../src/inventory/objects.js';
import type { Report } from '../../src/report/report.js';
import { REPO } from '../helpers.js';

export interface LimboCase {
  id: string;
  description: string;
  features: string[];
  validation_kind: 'SERVER' | 'CLIENT';
  trusted_certs: string[];
  untrusted_intermediates: string[];
  peer_certificate: string;
  validation_time: string | null;
  max_chain_depth: number | null;
  expected_result: 'SUCCESS' | 'FAILURE';
}

export function loadLimbo(): LimboCase[] {
  const file = path.join(REPO, '__tests__', 'conformance', 'limbo.json');
  return (JSON.parse(readFileSync(file, 'utf8')) as { testcases: LimboCase[] }).testcases;
}

function sourceFile(file: string, role: SourceFile['role'], pems: string[]): SourceFile {
  const bytes = Buffer.from(pems.join('\n'));
  return { path: file, role, size: bytes.length, objects: readObjects(bytes).objects };
}

export interface Verdict {
  result: 'SUCCESS' | 'FAILURE';
  /** Path-building steps for the client's leaf (0 when it had none). */
  steps: number;
  /** Why, for failures: rule ids and chain reasons. */
  context: string;
  report: Report;
}

/**
 * Runs one case through the engine as a client check: the trusted
 * certificates are the truststore, the peer certificate and the untrusted
 * intermediates are the client's file. The client is accepted when its
 * chain is valid and no error is found on the client's file or on a
 * truststore certificate its path goes through: what API Gateway would accept.
 */
export function runLimboCase(testCase: LimboCase, now = new Date()): Verdict {
  const inventory: Inventory = {
    root: '/limbo',
    files: [
      sourceFile('truststore.pem', 'truststore', testCase.trusted_certs),
      sourceFile('client.pem', 'client', [testCase.peer_certificate, ...testCase.untrusted_intermediates]),
    ],
  };
  const at = testCase.validation_time ? new Date(testCase.validation_time) : now;
  const report = checkInventory(inventory, {
    profile: 'aws-api-gateway',
    at,
    expiryWarningDays: 0,
    severities: {},
    suppressions: [],
  });
  const steps = analyseChains(inventory, at).clients[0]?.result.steps ?? 0;
  const chain = report.chains[0];
  const onPath = new Set(chain?.path.map((c) => c.sha256) ?? []);
  const errors = report.findings.filter(
    (finding) =>
      finding.severity === 'error' &&
      (finding.certificate === undefined ? finding.file === 'client.pem' : onPath.has(finding.certificate.sha256)),
  );
  const accepted = chain?.valid === true && errors.length === 0;
  const context = accepted
    ? ''
    : [...new Set([...(chain?.reasons ?? []), ...errors.map((e) => e.ruleId)])].join('; ') || 'no chain';
  return { result: accepted ? 'SUCCESS' : 'FAILURE', steps, context, report };
}
