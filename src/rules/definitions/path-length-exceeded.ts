import { plural } from '../../findings/severity.js';
import { leafClause } from '../chain-rule.js';
import { nameOf, refusal, type Rule, type Explainer } from '../rule.js';

export const pathLengthExceeded: Rule = {
  id: 'path-length-exceeded',
  defaultSeverity: 'error',
  title: 'pathLenConstraint violated',
  description:
    'A CA on the chain allows fewer intermediates below it (basicConstraints pathLenConstraint) than the chain has.',
  remedy:
    'Issue the client from a CA closer to the root, or re-issue the CA with a larger pathlen. Inspect with `openssl x509 -noout -ext basicConstraints -in CA.pem`.',
  appliesTo: (profile) => ({ evidence: profile.validation }),
  consequence: (profile) => `The client gets ${refusal(profile, 'invalid')}: the chain is longer than the CA allows.`,
};

export const explainPathLengthExceeded: Explainer<'path-length-exceeded'> = {
  rule: pathLengthExceeded,
  describe(problem, chain, context) {
    const count = problem.intermediatesBelow;
    return `${leafClause(chain)} would be refused, ${refusal(context.profile, 'invalid', chain)}: ${nameOf(problem.issuer)} has pathlen:${problem.pathLen}, but ${plural(count, 'intermediate CA')} ${count === 1 ? 'stands' : 'stand'} below it on the chain.`;
  },
};
