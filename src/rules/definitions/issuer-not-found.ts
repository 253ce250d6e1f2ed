import { describePath, eachChainProblem, issuerOf, leafClause } from '../chain-rule.js';
import { formatFingerprint } from '../../x509/certificate.js';
import { nameOf, type Rule } from '../rule.js';

export const issuerNotFound: Rule = {
  id: 'issuer-not-found',
  defaultSeverity: 'error',
  title: 'Issuer of a client certificate not found',
  description:
    'Path building from the client certificate stops at a certificate whose issuer is neither in the truststore nor sent by the client. API Gateway refuses the client with 403.',
  citation:
    'API Gateway execution log: "Access denied. Reason: Could not find issuer for certificate"; AWS Knowledge Center: `openssl verify -CAfile bundle.pem client.pem` prints "unable to get local issuer certificate".',
  remedy:
    'Add the missing CA certificate to the truststore (the whole chain up to the root), or have the client send the intermediate. Confirm with `openssl verify -CAfile truststore.pem [-untrusted intermediate.pem] client.pem`.',
  consequence:
    'The client gets 403 Forbidden; the execution log says "Access denied. Reason: Could not find issuer for certificate".',
  profiles: ['aws-api-gateway'],
  *check(context) {
    yield* eachChainProblem(context, ['issuer-not-found', 'search-limit'], (problem, chain) => {
      if (problem.kind === 'search-limit') {
        return `${leafClause(chain)}: no path to a root was found within the path-building limit (${describePath(chain.result.path)} was the furthest attempt). Simplify the truststore: many CAs share the names on this path.`;
      }
      const stuck =
        problem.certificate === chain.leaf.certificate
          ? 'its issuer'
          : `the issuer of ${nameOf(problem.certificate)} on its path`;
      const impostors = problem.sameName.map(
        (c) => `key identifier ${c.subjectKeyId ? formatFingerprint(c.subjectKeyId.toUpperCase()) : '(none)'}`,
      );
      const namesake =
        impostors.length > 0
          ? ` A certificate with that name is there, but with a different key (${impostors.join('; ')}): it is another CA, or the CA was re-keyed and the truststore is stale.`
          : '';
      return (
        `${leafClause(chain)} would be refused: "Access denied. Reason: Could not find issuer for certificate". ` +
        `Neither ${chain.truststore ?? 'the truststore'} nor the client's file holds ${stuck}, ${issuerOf(problem.certificate)}.${namesake} ` +
        'Add that CA certificate to the truststore, or send it with the client certificate.'
      );
    });
  },
};
