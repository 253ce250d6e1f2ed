import { eachChainProblem, leafClause } from '../chain-rule.js';
import { nameOf, type Rule } from '../rule.js';

export const chainSignatureInvalid: Rule = {
  id: 'chain-signature-invalid',
  defaultSeverity: 'error',
  title: 'Signature on the chain does not verify',
  description:
    "A certificate names an issuer that exists, but the issuer's key does not verify its signature: the certificate was altered, or it was issued by another CA with the same name.",
  citation:
    'API Gateway Developer Guide: on each request the integrity of the certificate is validated (content not altered: signatures verify).',
  remedy:
    'Re-issue the certificate from the CA in the truststore, or put the CA that really issued it in the truststore. Confirm with `openssl verify -CAfile truststore.pem client.pem` ("certificate signature failure").',
  consequence: 'The client gets 403 Forbidden: the certificate fails the integrity check.',
  profiles: ['aws-api-gateway'],
  *check(context) {
    yield* eachChainProblem(context, ['signature-invalid'], (problem, chain) => {
      const which =
        problem.certificate === chain.leaf.certificate
          ? 'Its signature'
          : `The signature on ${nameOf(problem.certificate)} on its path`;
      return `${leafClause(chain)} would be refused: ${which} does not verify with the key of ${nameOf(problem.issuer)}, the certificate with the issuer's name. The certificate was altered or comes from another CA with the same name.`;
    });
  },
};
