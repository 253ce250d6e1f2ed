import { describePath, eachChainProblem, leafClause } from '../chain-rule.js';
import { describeRole, eachCertificate, nameOf, type Rule } from '../rule.js';
import { formatDate } from '../../time.js';
import { validityAt } from '../../x509/validity.js';

export const certificateNotYetValid: Rule = {
  id: 'certificate-not-yet-valid',
  defaultSeverity: 'error',
  title: 'Certificate is not valid yet',
  description:
    "The check time is before the certificate's notBefore (often a clock or time-zone mistake when it was issued).",
  citation:
    'API Gateway Developer Guide, "Configuring mutual TLS authentication": on each request the validity period must be current.',
  remedy:
    'Wait until it becomes valid or re-issue it with a correct notBefore. Confirm with `openssl x509 -noout -startdate -in FILE`.',
  consequence: 'Clients presenting it, or whose chain goes through it, get 403 Forbidden until it becomes valid.',
  profiles: ['aws-api-gateway'],
  *check(context) {
    yield* eachCertificate(context, ({ file, object, certificate, at }) => {
      if (validityAt(certificate, context.at) !== 'not-yet-valid') return undefined;
      return at(
        `The ${describeRole(file, object)} ${nameOf(certificate)} is not valid until ${formatDate(certificate.notBefore)}.`,
      );
    });
    // A certificate on the client's path is reported on the client too: that is where the 403 shows up.
    yield* eachChainProblem(context, ['not-yet-valid'], (problem, chain) => {
      if (problem.certificate === chain.leaf.certificate) return undefined;
      const when = `${nameOf(problem.certificate)}, which is not valid until ${formatDate(problem.certificate.notBefore)}`;
      return `${leafClause(chain)} would be refused: its chain (${describePath(chain.result.path)}) goes through ${when}.`;
    });
  },
};
