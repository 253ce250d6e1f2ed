import { leafClause } from '../chain-rule.js';
import { nameOf, refusal, type Rule, type Explainer } from '../rule.js';
import { shorten } from '../../text/shorten.js';

export const nameConstraintsViolated: Rule = {
  id: 'name-constraints-violated',
  defaultSeverity: 'error',
  title: "Name outside a CA's name constraints",
  description:
    "A CA on the chain restricts, with nameConstraints, the names of certificates below it (directory names, e-mail addresses, DNS names, URIs, IP addresses), and a certificate's subject, emailAddress, alternative names or (for the client's certificate without DNS names) a host-like common name breaks that restriction, or is a form OpenSSL cannot check. Names are compared as OpenSSL compares them: directory names with ASCII letters and spaces folded and nothing else.",
  remedy:
    "Issue the client with a subject inside the CA's permitted subtree, or from a CA without that constraint. Inspect with `openssl x509 -noout -ext nameConstraints -in CA.pem`.",
  appliesTo: (profile) => ({ evidence: profile.validation }),
  consequence: (profile) =>
    `The client gets ${refusal(profile, 'invalid')}: the CA is not allowed to vouch for that name.`,
};

export const explainNameConstraintsViolated: Explainer<'name-constraints-violated'> = {
  rule: nameConstraintsViolated,
  describe(problem, chain, context) {
    const whose =
      problem.certificate === chain.leaf.certificate
        ? 'its name'
        : `a name of ${nameOf(problem.certificate)} on its chain`;
    const name = shorten(problem.name);
    const how =
      problem.violation === 'excluded'
        ? `is excluded by the name constraints of ${nameOf(problem.constrainedBy)}`
        : problem.violation === 'permitted'
          ? `is outside the permitted names of ${nameOf(problem.constrainedBy)}`
          : `cannot be checked against the name constraints of ${nameOf(problem.constrainedBy)} (an unsupported name form or subtree), so OpenSSL refuses it`;
    return `${leafClause(chain)} would be refused, ${refusal(context.profile, 'invalid', chain)}: ${whose}, ${name}, ${how}.`;
  },
};
