import type { Truststore } from '../../chain/truststore.js';
import { ROLE_WORDS } from '../../inventory/client-file.js';
import { formatDate } from '../../time.js';
import type { Certificate } from '../../x509/certificate.js';
import { validityAt } from '../../x509/validity.js';
import { describePath, leafClause } from '../chain-rule.js';
import { certificateConsequence, eachCertificate, nameOf, refusal, type Rule, type Explainer } from '../rule.js';

/** A valid certificate of the bundle with the same name and key: OpenSSL takes it, and the expired one is never used. */
function successor(truststores: readonly Truststore[], expired: Certificate, at: Date): Certificate | undefined {
  for (const truststore of truststores) {
    if (!truststore.contains(expired)) continue;
    const renewed = truststore
      .withSubject(expired.subject.key)
      .find((other) => other.publicKey.sha256 === expired.publicKey.sha256 && validityAt(other, at) === 'valid');
    if (renewed) return renewed;
  }
  return undefined;
}

export const certificateExpired: Rule = {
  id: 'certificate-expired',
  defaultSeverity: 'error',
  title: 'Certificate has expired',
  description:
    "The check time is at or after the certificate's notAfter (OpenSSL treats the notAfter second itself as expired). Clients presenting it, or whose chain goes through it, are refused. An expired CA with a valid renewal of the same name and key beside it is never used, and is only a warning.",
  remedy: 'Renew the certificate and replace it. Confirm with `openssl x509 -noout -enddate -in FILE`.',
  appliesTo: (profile) => ({ evidence: profile.validation, phase: profile.bundle.badCertificate.phase }),
  consequence: (profile) =>
    `Clients presenting it, or whose chain goes through it, get ${refusal(profile, 'expired')}.`,
  *check(context) {
    const { profile } = context;
    yield* eachCertificate(context, ({ certificate, role, at }) => {
      if (validityAt(certificate, context.at, context.profile.chain.notAfterSecond) !== 'expired') return undefined;
      const found = `The ${ROLE_WORDS[role]} ${nameOf(certificate)} expired on ${formatDate(certificate.notAfter)}.`;
      const renewed =
        role === 'truststore' ? successor(context.chains.truststores, certificate, context.at) : undefined;
      if (renewed) {
        return {
          ...at(
            `${found} A valid certificate with the same name and key (valid until ${formatDate(renewed.notAfter)}) is also in the truststore and is the one used: remove the expired copy.`,
          ),
          atMost: 'warning',
        };
      }
      const finding = at(
        `${found} ${certificateConsequence(profile, role, 'expired', 'clients whose only chain goes through it')}`,
      );
      return role === 'sent' ? { ...finding, atMost: 'notice' } : finding;
    });
  },
};

export const explainCertificateExpired: Explainer<'expired'> = {
  rule: certificateExpired,
  describe(problem, chain, context) {
    const when = formatDate(problem.certificate.notAfter);
    return problem.certificate === chain.leaf.certificate
      ? `${leafClause(chain)} expired on ${when}: ${refusal(context.profile, 'expired', chain)}.`
      : `${leafClause(chain)} would be refused, ${refusal(context.profile, 'expired', chain)}: its chain (${describePath(chain.built.chain)}) goes through ${nameOf(problem.certificate)}, which expired on ${when}.`;
  },
};
