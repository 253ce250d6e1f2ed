import { describePath, eachChainProblem, leafClause } from '../chain-rule.js';
import { describeRole, eachCertificate, nameOf, type Rule } from '../rule.js';
import { formatDate } from '../../time.js';
import { validityAt } from '../../x509/validity.js';

export const certificateExpired: Rule = {
  id: 'certificate-expired',
  defaultSeverity: 'error',
  title: 'Certificate has expired',
  description:
    "The check time is after the certificate's notAfter. Clients presenting it, or whose chain goes through it, are refused.",
  citation:
    'API Gateway Developer Guide, "Configuring mutual TLS authentication": on each request the validity period must be current.',
  remedy: 'Renew the certificate and replace it. Confirm with `openssl x509 -noout -enddate -in FILE`.',
  consequence: 'Clients presenting it, or whose chain goes through it, get 403 Forbidden.',
  profiles: ['aws-api-gateway'],
  *check(context) {
    yield* eachCertificate(context, ({ file, object, certificate, at }) => {
      if (validityAt(certificate, context.at) !== 'expired') return undefined;
      return at(
        `The ${describeRole(file, object)} ${nameOf(certificate)} expired on ${formatDate(certificate.notAfter)}.`,
      );
    });
    // A certificate on the client's path is reported on the client too: that is where the 403 shows up.
    yield* eachChainProblem(context, ['expired'], (problem, chain) => {
      if (problem.certificate === chain.leaf.certificate) return undefined;
      const when = `${nameOf(problem.certificate)}, which expired on ${formatDate(problem.certificate.notAfter)}`;
      return `${leafClause(chain)} would be refused: its chain (${describePath(chain.result.path)}) goes through ${when}.`;
    });
  },
};
