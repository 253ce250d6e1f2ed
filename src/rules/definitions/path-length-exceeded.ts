import { eachChainProblem, leafClause } from '../chain-rule.js';
import { nameOf, type Rule } from '../rule.js';

export const pathLengthExceeded: Rule = {
  id: 'path-length-exceeded',
  defaultSeverity: 'error',
  title: 'pathLenConstraint violated',
  description:
    'A CA on the path allows fewer intermediates below it (basicConstraints pathLenConstraint) than the path has.',
  citation:
    'API Gateway Developer Guide: names and subjects must form an unbroken chain of trust (RFC 5280 §4.2.1.9 path length).',
  remedy:
    'Issue the client from a CA closer to the root, or re-issue the CA with a larger pathlen. Inspect with `openssl x509 -noout -ext basicConstraints -in CA.pem`.',
  consequence: 'The client gets 403 Forbidden: the chain is longer than the CA allows.',
  profiles: ['aws-api-gateway'],
  *check(context) {
    yield* eachChainProblem(context, ['path-length-exceeded'], (problem, chain) => {
      const count = problem.intermediatesBelow;
      return `${leafClause(chain)} would be refused: ${nameOf(problem.issuer)} has pathlen:${problem.pathLen}, but ${count} intermediate CA${count === 1 ? '' : 's'} stand${count === 1 ? 's' : ''} below it on the path.`;
    });
  },
};
