import { certificateBlock } from '../../findings/fix.js';
import { readClientFile } from '../../inventory/client-file.js';
import { describeRejected, issuerOf, leafClause } from '../chain-rule.js';
import { nameOf, refusal, type Rule, type Explainer } from '../rule.js';

export const issuerNotFound: Rule = {
  id: 'issuer-not-found',
  defaultSeverity: 'error',
  title: 'Issuer of a client certificate not found',
  description:
    'Chain building from the client certificate stops at a certificate whose issuer the gateway cannot find: not in the truststore, and not among the certificates the client sends where the gateway uses those. API Gateway takes issuers only from the truststore: an intermediate the client sends does not complete its chain, and the finding names the CA to add.',
  remedy:
    "Add the missing CA certificate (and its issuers, up to the root) to the truststore; where the gateway takes issuers only from the truststore, sending it with the client certificate does not help. The `openssl verify` command given with the finding shows the gateway's view.",
  // A gateway that uses the client's intermediates is the most lenient model: a client it refuses is refused under
  // either, so only the stricter model needs its own evidence.
  appliesTo: (profile) => ({
    evidence: profile.chain.issuers === 'truststore-and-client' ? profile.validation : profile.chain.evidence.issuers,
  }),
  consequence: (profile) => `The client gets ${refusal(profile, 'untrusted')}.`,
};

export const explainIssuerNotFound: Explainer<'issuer-not-found'> = {
  rule: issuerNotFound,
  describe(problem, chain, context) {
    const { profile } = context;
    const refused = `${leafClause(chain)} would be refused, ${refusal(profile, 'untrusted', chain)}`;
    const missing = chain.missingFromTruststore;
    if (missing.length > 0) {
      const sent = readClientFile(chain.file).sent;
      const names = missing.map((certificate) => {
        const line = sent.find((object) => object.certificate === certificate)?.line;
        return `${nameOf(certificate)}${line ? ` (line ${line} of the client's file)` : ''}`;
      });
      return (
        `${refused}: ${profile.wording.gateway} takes issuers only from the truststore, and the client's chain needs ${names.join(', then ')}, which the client sends but ${chain.truststore.name} does not hold. ` +
        `Add ${missing.length === 1 ? 'it' : 'them'} to the truststore; sending ${missing.length === 1 ? 'it' : 'them'} from the client does not help.`
      );
    }
    const stuck =
      problem.certificate === chain.leaf.certificate
        ? 'its issuer'
        : `the issuer of ${nameOf(problem.certificate)} on its chain`;
    const where =
      profile.chain.issuers === 'truststore'
        ? `${chain.truststore.name} does not hold`
        : `neither ${chain.truststore.name} nor the client's file holds`;
    const fix =
      profile.chain.issuers === 'truststore'
        ? 'Add that CA certificate to the truststore (sending it from the client would not help).'
        : 'Add that CA certificate to the truststore, or have the client send it.';
    return `${refused}: ${where} ${stuck}, ${issuerOf(problem.certificate)}.${describeRejected(problem.rejected)} ${fix}`;
  },
  fix(_problem, chain) {
    // The CAs the client sends that the truststore lacks, written from their DER after the truststore's last block.
    const missing = chain.missingFromTruststore;
    if (missing.length === 0) return undefined;
    const last = chain.truststore.objects.at(-1);
    if (!last || last.object.encoding !== 'pem') return undefined;
    const end = { file: last.file.path, line: last.object.endLine, endLine: last.object.endLine };
    return {
      ...end,
      description: `Add ${missing.map(nameOf).join(', then ')} to the truststore (the certificate${missing.length === 1 ? '' : 's'} ${chain.file.path} sends).`,
      replacement: [end, ...missing.map((certificate) => certificateBlock(certificate.der))],
      certificates: { added: missing.map((certificate) => certificate.sha256) },
    };
  },
};

export const explainNoTruststore: Explainer<'no-truststore'> = {
  rule: issuerNotFound,
  describe(_problem, chain, context) {
    return `${leafClause(chain)} would be refused, ${refusal(context.profile, 'untrusted', chain)}: this target has no truststore, so nothing can be its issuer.`;
  },
};
