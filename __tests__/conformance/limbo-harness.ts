import { readFileSync } from 'node:fs';
import path from 'node:path';
import { analyseChains } from '../../src/chain/analysis.js';
import { SignatureVerifier } from '../../src/chain/signatures.js';
import { checkInventory } from '../../src/engine.js';
import { openssl } from '../../src/profiles/builtin/openssl.js';
import { extendProfile } from '../../src/profiles/customise.js';
import type { Report } from '../../src/report/report.js';
import { memoryInventory, REPO } from '../helpers.js';

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

export interface Verdict {
  result: 'SUCCESS' | 'FAILURE';
  /** Signatures verified for the case: the measure of work, which must stay bounded. */
  verifications: number;
  /** Why, for failures: the chain's reasons and the rule ids of errors. */
  context: string;
  report: Report;
}

/**
 * Runs one case through the engine as a client check under the `openssl`
 * profile (the peer sends its intermediates, as in x509-limbo): the trusted
 * certificates are the truststore, the peer certificate and the untrusted
 * intermediates are the client's file. A case with its own max_chain_depth
 * gets a profile with that verify depth. The verdict is the report's: the
 * client is accepted.
 */
export function runLimboCase(testCase: LimboCase, now = new Date()): Verdict {
  const inventory = memoryInventory(testCase.trusted_certs, [
    testCase.peer_certificate,
    ...testCase.untrusted_intermediates,
  ]);
  const at = testCase.validation_time ? new Date(testCase.validation_time) : now;
  const profile =
    testCase.max_chain_depth === null
      ? openssl
      : extendProfile(
          openssl,
          'openssl-limbo',
          { 'max-intermediates': Math.min(testCase.max_chain_depth, 100) },
          'limbo',
        );
  const report = checkInventory(inventory, { profile, at, expiryWarningDays: 0, severities: {}, suppressions: [] });
  const verifier = new SignatureVerifier();
  analyseChains(inventory, profile, at, verifier);
  const chain = report.chains[0];
  const accepted = chain?.accepted === true;
  const errors = report.findings.filter((finding) => finding.severity === 'error').map((finding) => finding.ruleId);
  const context = accepted ? '' : [...new Set([...(chain?.reasons ?? []), ...errors])].join('; ') || 'no chain';
  return { result: accepted ? 'SUCCESS' : 'FAILURE', verifications: verifier.verifications, context, report };
}
