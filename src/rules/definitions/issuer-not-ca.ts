import { eachChainProblem, leafClause } from '../chain-rule.js';
import { nameOf, type Rule } from '../rule.js';

export const issuerNotCa: Rule = {
  id: 'issuer-not-ca',
  defaultSeverity: 'error',
  title: 'Chain goes through a certificate that may not sign certificates',
  description:
    'An issuer on the path lacks basicConstraints cA=TRUE, or has a keyUsage without keyCertSign. Validators (OpenSSL among them) refuse such a chain.',
  citation:
    'API Gateway Developer Guide: names and subjects must form an unbroken chain of trust from the issuing CA to the root CA.',
  remedy:
    'Issue the intermediate as a CA (`basicConstraints=critical,CA:TRUE`, `keyUsage=keyCertSign,cRLSign`). Inspect with `openssl x509 -noout -ext basicConstraints,keyUsage -in CA.pem`.',
  consequence: 'The client gets 403 Forbidden: the chain is broken at that issuer.',
  profiles: ['aws-api-gateway'],
  *check(context) {
    yield* eachChainProblem(context, ['issuer-not-ca'], (problem, chain) => {
      const { issuer } = problem;
      const why =
        issuer.keyUsage && !issuer.keyUsage.includes('keyCertSign')
          ? 'its keyUsage does not include keyCertSign'
          : 'it is not a CA (basicConstraints cA is not TRUE)';
      return `${leafClause(chain)} would be refused: its issuer ${nameOf(issuer)} may not sign certificates, because ${why}.`;
    });
  },
};
