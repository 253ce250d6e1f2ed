import { formatFingerprint } from '../../x509/certificate.js';
import { describePath, describeRejected, issuerOf, leafClause } from '../chain-rule.js';
import { internalError, nameOf, refusal, type Rule, type Explainer } from '../rule.js';

export const incompleteChain: Rule = {
  id: 'incomplete-chain',
  defaultSeverity: 'error',
  title: 'Truststore certificate whose issuer is missing',
  description:
    'A truststore certificate is not self-signed, and its issuer is not in the same bundle (or is there with a key that does not verify its signature). Chains must end at a root in the truststore, so clients under this CA are refused.',
  remedy:
    'Append the issuing CA (and its issuers, up to the root) to the truststore: `cat intermediate.pem root.pem > truststore.pem`.',
  // Where partial chains are accepted, an intermediate alone can anchor a chain.
  appliesTo: (profile) =>
    profile.chain.partialChain
      ? undefined
      : { evidence: profile.chain.evidence.anchor, phase: profile.bundle.badCertificate.phase },
  consequence: (profile) =>
    `${profile.bundle.badCertificate.phase === 'upload' ? `${profile.wording.uploadRefusal}; clients` : 'Clients'} issued under this CA get ${refusal(profile, 'untrusted')}.`,
  *check(context) {
    for (const gap of context.chains.gaps) {
      const { file, object } = gap;
      try {
        const candidate = gap.sameNameCandidate
          ? ` A certificate with that name is present (SHA-256 ${formatFingerprint(gap.sameNameCandidate.sha256)}) but its key does not verify the signature.`
          : describeRejected(gap.rejected);
        yield {
          message: `The truststore certificate ${nameOf(object.certificate)} is not self-signed and its issuer, ${issuerOf(object.certificate)}, is not in the truststore.${candidate} Add the issuer, up to the root CA.`,
          file: file.path,
          line: object.line,
          endLine: object.endLine,
          certificate: object.certificate,
        };
      } catch (error) {
        yield internalError(file.path, object.line, object.endLine, 'describing a truststore gap', error);
      }
    }
  },
};

export const explainIncompleteChain: Explainer<'root-not-in-truststore'> = {
  rule: incompleteChain,
  describe(problem, chain, context) {
    return `${leafClause(chain)} would be refused, ${refusal(context.profile, 'untrusted', chain)}: its chain (${describePath(chain.built.chain)}) reaches ${nameOf(problem.certificate)} in the truststore, but not a root: its issuer, ${issuerOf(problem.certificate)}, is not in ${chain.truststore.name}.${describeRejected(problem.rejected)} Add the issuer, up to the root CA.`;
  },
};
