import { MAX_CHAIN_LENGTH } from '../../chain/path-builder.js';
import { describePath, eachChainProblem, leafClause } from '../chain-rule.js';
import type { Rule } from '../rule.js';

export const chainTooLong: Rule = {
  id: 'chain-too-long',
  defaultSeverity: 'error',
  title: 'Chain longer than four certificates',
  description:
    "The only complete path from the client certificate to a root has more than four certificates (leaf and root included), API Gateway's maximum.",
  citation:
    'API Gateway Developer Guide, "Configuring mutual TLS authentication": certificates can have a maximum chain length of four.',
  remedy: 'Issue client certificates from a CA at most two levels below the root.',
  consequence: 'The client gets 403 Forbidden: the chain is longer than API Gateway accepts.',
  profiles: ['aws-api-gateway'],
  *check(context) {
    yield* eachChainProblem(context, ['chain-too-long'], (problem, chain) => {
      const length = problem.atLeast ? `at least ${problem.length}` : String(problem.length);
      const path = problem.atLeast
        ? `${describePath(chain.result.path.slice(0, 3))} → …`
        : describePath(chain.result.path);
      return `${leafClause(chain)} has a chain of ${length} certificates (${path}); API Gateway allows at most ${MAX_CHAIN_LENGTH}.`;
    });
  },
};
