import { leafClause } from '../chain-rule.js';
import { nameOf, refusal, type Rule, type Explainer } from '../rule.js';

const WHY = {
  'not-ca': 'it is not a CA (basicConstraints cA is not TRUE)',
  'no-key-cert-sign': 'its keyUsage does not include keyCertSign',
  'without-basic-constraints':
    'it has no basicConstraints extension; OpenSSL accepts a CA without one (by its keyUsage, or a v1 root) only at the top of a chain, never as an intermediate',
} as const;

export const issuerNotCa: Rule = {
  id: 'issuer-not-ca',
  defaultSeverity: 'error',
  title: 'Chain goes through a certificate that may not sign certificates',
  description:
    'A certificate above the client on its chain lacks basicConstraints cA=TRUE, has a keyUsage without keyCertSign, or is an intermediate without a basicConstraints extension at all. OpenSSL refuses such a chain ("invalid CA certificate").',
  remedy:
    'Issue the intermediate as a CA (`basicConstraints=critical,CA:TRUE`, `keyUsage=keyCertSign,cRLSign`). Inspect with `openssl x509 -noout -ext basicConstraints,keyUsage -in CA.pem`.',
  appliesTo: (profile) => ({ evidence: profile.validation }),
  consequence: (profile) => `The client gets ${refusal(profile, 'invalid')}: the chain is broken at that issuer.`,
};

export const explainIssuerNotCa: Explainer<'issuer-not-ca'> = {
  rule: issuerNotCa,
  describe(problem, chain, context) {
    return `${leafClause(chain)} would be refused, ${refusal(context.profile, 'invalid', chain)}: ${nameOf(problem.issuer)} on its chain may not sign certificates, because ${WHY[problem.why]}.`;
  },
};
