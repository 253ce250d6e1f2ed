import type { FindingDraft } from '../../findings/finding.js';
import { readClientFile } from '../../inventory/client-file.js';
import { CONFIDENCE_WORDS } from '../../profiles/profile.js';
import { leafClause } from '../chain-rule.js';
import { internalError, nameOf, refusal, type Explainer, type Rule } from '../rule.js';

const MINTS_CLIENTS =
  'whoever holds its key can also issue certificates under it, and the gateway would accept those clients too';

export const clientCertificateIsCa: Rule = {
  id: 'client-certificate-is-ca',
  defaultSeverity: 'error',
  title: 'Client certificate is a CA certificate',
  description:
    "The certificate a client presents (the first of its file) has basicConstraints cA=TRUE. Google Cloud refuses such a client; OpenSSL-based gateways judge it as any client's (when its keyUsage allows the TLS-client purpose). Either way a client holding a CA key can mint further clients that chain to it.",
  remedy:
    'Issue the client an end-entity certificate (basicConstraints cA=FALSE, extendedKeyUsage clientAuth) and keep CA keys off clients. Check with `openssl x509 -noout -ext basicConstraints -in FILE`.',
  appliesTo: (profile) => ({ evidence: profile.clientCa.evidence }),
  consequence: (profile) =>
    profile.clientCa.verdict === 'refused'
      ? `The client gets ${refusal(profile, 'invalid')}.`
      : `${profile.wording.gateway} judges it as any client certificate; ${MINTS_CLIENTS}.`,
  /** Where the gateway judges a CA client as any other, the risk is still worth a warning. */
  *check(context) {
    const { profile } = context;
    if (profile.clientCa.verdict !== 'judged') return;
    for (const file of context.inventory.files) {
      if (file.role !== 'client') continue;
      const { leaf, ownAfterCa } = readClientFile(file);
      // A self-signed client is its own anchor, the case gateways document; a CA written before the client's own
      // certificate is client-not-end-entity's.
      if (!leaf || ownAfterCa || leaf.certificate.selfSigned || leaf.certificate.basicConstraints?.ca !== true)
        continue;
      try {
        const { evidence } = profile.clientCa;
        const sure =
          evidence.confidence === 'unconfirmed'
            ? ` (${CONFIDENCE_WORDS.unconfirmed} for ${profile.wording.gateway})`
            : '';
        const draft: FindingDraft = {
          message: `The client certificate ${nameOf(leaf.certificate)} is a CA certificate (basicConstraints cA=TRUE). ${profile.wording.gateway} judges it as any client certificate${sure}, but ${MINTS_CLIENTS}. Issue the client an end-entity certificate.`,
          file: file.path,
          line: leaf.line,
          endLine: leaf.endLine,
          certificate: leaf.certificate,
          atMost: 'warning',
        };
        yield draft;
      } catch (error) {
        yield internalError(file.path, leaf.line, leaf.endLine, `checking ${leaf.certificate.subject.text}`, error);
      }
    }
  },
};

export const explainClientCertificateIsCa: Explainer<'ca-as-client'> = {
  rule: clientCertificateIsCa,
  describe(problem, chain, context) {
    return `${leafClause(chain)} is a CA certificate (basicConstraints cA=TRUE), and ${context.profile.wording.gateway} refuses a CA as a client's certificate: ${refusal(context.profile, 'invalid', chain)}. Issue the client an end-entity certificate.`;
  },
};
