import { formatDate } from '../../time.js';
import { describePath, leafClause } from '../chain-rule.js';
import { describeCrl } from '../crl-rule.js';
import { nameOf, refusal, type Rule, type Explainer } from '../rule.js';

export const clientCertificateRevoked: Rule = {
  id: 'client-certificate-revoked',
  defaultSeverity: 'error',
  title: 'Certificate revoked by a CRL the gateway is given',
  description:
    "A client certificate in the repository, or a CA on its chain, is listed by its issuer's CRL among the CRLs the gateway is given (removeFromCRL entries excepted). The gateway refuses the client (Application Load Balancer logs ClientCertCrlHit). If the revocation is intended, retire the client's file or suppress the finding with a reason.",
  remedy:
    'Issue the client a new certificate (a new serial number), or remove the revoked client certificate from the repository. Confirm with the `openssl verify -crl_check_all -CRLfile ...` command given with the finding.',
  appliesTo: (profile) => (profile.revocation ? { evidence: profile.revocation.evidence.revoked } : undefined),
  consequence: (profile) => `The client gets ${refusal(profile, 'revoked')}.`,
};

export const explainClientCertificateRevoked: Explainer<'revoked'> = {
  rule: clientCertificateRevoked,
  describe(problem, chain, context) {
    const { revocation } = problem;
    const why = `revoked on ${formatDate(revocation.date)}${revocation.reason ? ` (${revocation.reason})` : ''} by ${describeCrl(problem.given)}`;
    return problem.certificate === chain.leaf.certificate
      ? `${leafClause(chain)} is ${why}: ${refusal(context.profile, 'revoked', chain)}.`
      : `${leafClause(chain)} would be refused, ${refusal(context.profile, 'revoked', chain)}: its chain (${describePath(chain.built.chain)}) goes through ${nameOf(problem.certificate)}, ${why}.`;
  },
};
