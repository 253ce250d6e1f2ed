import { parseAsGo } from '../../x509/go-certificate.js';
import { leafClause } from '../chain-rule.js';
import { eachCertificate, nameOf, refusal, type Explainer, type Rule } from '../rule.js';

export const unparseableCertificate: Rule = {
  id: 'unparseable-certificate',
  defaultSeverity: 'error',
  title: "Certificate the gateway's own X.509 parser refuses",
  description:
    "The certificate is well-formed DER, but the gateway reads certificates with a parser of its own that refuses it: Go's crypto/x509 (Caddy, Traefik, the Kubernetes API server, Vault) rejects, among others, a certificate whose two signature algorithm fields differ, a name with a string type it does not read (VisibleString, UniversalString) or a PrintableString with other characters, an empty or malformed nameConstraints or subjectAltName, a curve other than P-224, P-256, P-384 and P-521, and an RSA key without NULL parameters.",
  remedy:
    'Re-issue the certificate with a mainstream tool (OpenSSL, cfssl, step, Go); check it parses with `openssl x509 -noout -text -in FILE` and with the gateway itself.',
  appliesTo: (profile) =>
    profile.chain.verifier === 'go'
      ? {
          ...(profile.chain.evidence.verifier ? { evidence: profile.chain.evidence.verifier } : {}),
          phase: 'upload',
        }
      : undefined,
  consequence: (profile) =>
    `In the truststore: ${profile.wording.uploadRefusal}. A client that sends it gets ${refusal(profile)}.`,
  *check(context) {
    const { profile } = context;
    yield* eachCertificate(
      context,
      ({ certificate, at }) => {
        const parsed = parseAsGo(certificate);
        if (parsed.error === undefined) return undefined;
        return at(
          `The truststore certificate ${nameOf(certificate)} does not parse with ${profile.wording.gateway}'s X.509 parser (${parsed.error}): ${profile.wording.uploadRefusal}.`,
        );
      },
      ['truststore'],
    );
  },
};

export const explainUnparseableCertificate: Explainer<'unparseable'> = {
  rule: unparseableCertificate,
  describe(problem, chain, context) {
    const which =
      problem.certificate === chain.leaf.certificate
        ? 'does not parse'
        : `is sent with ${nameOf(problem.certificate)}, which does not parse`;
    return `${leafClause(chain)} ${which} with ${context.profile.wording.gateway}'s X.509 parser (${problem.error}): the handshake fails before any chain is built, ${refusal(context.profile, undefined, chain)}.`;
  },
};
