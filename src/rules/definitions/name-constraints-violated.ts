import { eachChainProblem, leafClause } from '../chain-rule.js';
import { nameOf, shorten, type Rule } from '../rule.js';

export const nameConstraintsViolated: Rule = {
  id: 'name-constraints-violated',
  defaultSeverity: 'error',
  title: "Name outside a CA's name constraints",
  description:
    'A CA on the path restricts, with nameConstraints, the directory names (subject DNs) of certificates below it, and a certificate\'s subject or directoryName alternative name breaks that restriction. OpenSSL refuses such a chain ("permitted/excluded subtree violation"). DNS, IP and e-mail constraints are not checked.',
  citation:
    'API Gateway Developer Guide: names and subjects must form an unbroken chain of trust (RFC 5280 §4.2.1.10 name constraints).',
  remedy:
    "Issue the client with a subject inside the CA's permitted subtree, or from a CA without that constraint. Inspect with `openssl x509 -noout -ext nameConstraints -in CA.pem`.",
  consequence: 'The client gets 403 Forbidden: the CA is not allowed to vouch for that name.',
  profiles: ['aws-api-gateway'],
  *check(context) {
    yield* eachChainProblem(context, ['name-constraints-violated'], (problem, chain) => {
      const which =
        problem.certificate === chain.leaf.certificate
          ? 'its name'
          : `the name of ${nameOf(problem.certificate)} on its path`;
      const how = problem.excluded ? 'is excluded by the name constraints of' : 'is outside the permitted names of';
      return `${leafClause(chain)} would be refused: ${which}, ${shorten(problem.name.text)}, ${how} ${nameOf(problem.constrainedBy)}.`;
    });
  },
};
