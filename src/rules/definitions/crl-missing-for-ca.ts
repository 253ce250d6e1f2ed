import type { FindingDraft } from '../../findings/finding.js';
import type { Certificate } from '../../x509/certificate.js';
import { describePath, leafClause } from '../chain-rule.js';
import { revocationRefusal } from '../crl-rule.js';
import { nameOf, type Rule, type Explainer } from '../rule.js';
import { shorten } from '../../text/shorten.js';

/** The CA whose CRL is missing: the issuer on the chain, else the name the certificate gives. */
function missingFrom(certificate: Certificate, issuer: Certificate | undefined): string {
  return issuer ? nameOf(issuer) : shorten(certificate.issuer.text);
}

export const crlMissingForCa: Rule = {
  id: 'crl-missing-for-ca',
  defaultSeverity: 'error',
  title: 'No CRL from a CA on a client chain',
  description:
    "Once a gateway that uses OpenSSL's full revocation check (NGINX `ssl_crl`, Envoy `crl`) is given any CRL, it needs a current CRL from the issuer of every certificate on a client's chain, the root's own included; a chain through a CA with none fails for every client, revoked or not (\"unable to get certificate CRL\").",
  remedy:
    'Add the CRL of each CA on the chain to the CRL files (root included), or, on Envoy, set `only_verify_leaf_cert_crl: true` to check only the client certificates. Confirm with the `openssl verify -crl_check_all` command given with the finding.',
  appliesTo: (profile) =>
    profile.revocation?.missingCrl === 'refuses' ? { evidence: profile.revocation.evidence.missing } : undefined,
  consequence: (profile) =>
    `Every client whose chain goes through a CA without a CRL gets ${revocationRefusal(profile)}, revoked or not.`,
  *check(context) {
    // One finding on each truststore CA whose missing CRL fails clients; each client's own verdict names it too.
    const reported = new Set<Certificate>();
    for (const chain of context.chains.clients) {
      for (const problem of chain.problems) {
        if (problem.kind !== 'crl-missing' || !problem.issuer || reported.has(problem.issuer)) continue;
        const located = chain.truststore.locate(problem.issuer);
        if (!located) continue;
        reported.add(problem.issuer);
        const setting = context.profile.revocation?.setting ?? 'CRLs';
        const finding: FindingDraft = {
          message: `No CRL from ${nameOf(problem.issuer)} is among the CRLs given (${setting}), and ${context.profile.wording.gateway} checks a CRL from the issuer of every certificate on a client's chain: clients whose chain goes through it, such as ${nameOf(chain.leaf.certificate)} (${chain.file.path}), get ${revocationRefusal(context.profile)}.`,
          file: located.file.path,
          line: located.object.line,
          endLine: located.object.endLine,
          certificate: problem.issuer,
        };
        yield finding;
      }
    }
  },
};

export const explainCrlMissingForCa: Explainer<'crl-missing'> = {
  rule: crlMissingForCa,
  describe(problem, chain, context) {
    const from = missingFrom(problem.certificate, problem.issuer);
    const what = problem.certificate === chain.leaf.certificate ? 'its own certificate' : nameOf(problem.certificate);
    const near = problem.near ? ` (the one from that issuer does not apply to ${what})` : '';
    return `${leafClause(chain)} would be refused, ${revocationRefusal(context.profile, 'crl', chain)}: ${context.profile.wording.gateway} needs a CRL from ${from} to check ${what} on its chain (${describePath(chain.built.chain)}), and none is given${near}.`;
  },
};
