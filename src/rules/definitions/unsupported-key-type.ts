import { describePath, eachChainProblem, leafClause } from '../chain-rule.js';
import { describeRole, eachCertificate, nameOf, type Rule } from '../rule.js';

export const unsupportedKeyType: Rule = {
  id: 'unsupported-key-type',
  defaultSeverity: 'error',
  title: 'Key type other than RSA or ECDSA on a named curve',
  description:
    'DSA, Ed25519, Ed448, GOST, X25519 keys, EC keys with explicit domain parameters, and unknown key algorithms are not accepted by the gateway.',
  citation:
    'API Gateway Developer Guide, "Configuring mutual TLS authentication": RSA-2048 or stronger; ECDSA-256 or stronger (no other key types are listed).',
  remedy: 'Re-issue the certificate with an RSA (2048+) or ECDSA (P-256, P-384, P-521) key.',
  consequence: 'API Gateway refuses clients whose chain uses the key with 403 Forbidden.',
  profiles: ['aws-api-gateway'],
  *check(context) {
    yield* eachCertificate(context, ({ file, object, certificate, at }) => {
      const key = certificate.publicKey;
      const role = describeRole(file, object);
      if (key.type === 'RSA' || key.type === 'RSA-PSS') return undefined;
      if (key.type === 'EC') {
        if (!key.explicitCurve) return undefined;
        return at(
          `The ${role} ${nameOf(certificate)} has an EC key with explicit curve parameters instead of a named curve; use P-256, P-384 or P-521.`,
        );
      }
      const name =
        key.type === 'unknown' ? `an unknown key algorithm (${key.algorithmOid})` : `a key of type ${key.type}`;
      return at(`The ${role} ${nameOf(certificate)} has ${name}; API Gateway accepts only RSA and ECDSA keys.`);
    });
    // OpenSSL refuses the whole chain when a CA on it has explicit curve parameters: say so on the client.
    yield* eachChainProblem(context, ['explicit-ec-parameters'], (problem, chain) => {
      if (problem.certificate === chain.leaf.certificate) return undefined;
      return `${leafClause(chain)} would be refused: its chain (${describePath(chain.result.path)}) goes through ${nameOf(problem.certificate)}, whose EC key has explicit curve parameters.`;
    });
  },
};
