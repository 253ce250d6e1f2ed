import type { ClientChain } from '../chain/analysis.js';
import type { ChainProblem } from '../chain/path-builder.js';
import { formatFingerprint, type Certificate } from '../x509/certificate.js';
import { internalError, nameOf, shorten, type FindingDraft, type RuleContext } from './rule.js';

type ProblemOf<K extends ChainProblem['kind']> = Extract<ChainProblem, { kind: K }>;

/**
 * Findings for one kind of chain problem, placed on the client's leaf
 * certificate (the block a reviewer must act on).
 */
export function* eachChainProblem<K extends ChainProblem['kind']>(
  context: RuleContext,
  kinds: readonly K[],
  describe: (problem: ProblemOf<K>, chain: ClientChain) => string | undefined,
): Generator<FindingDraft> {
  for (const chain of context.chains.clients) {
    for (const problem of chain.result.problems) {
      if (!(kinds as readonly string[]).includes(problem.kind)) continue;
      const { file, leaf } = chain;
      try {
        const message = describe(problem as ProblemOf<K>, chain);
        if (message !== undefined)
          yield { message, file: file.path, line: leaf.line, endLine: leaf.endLine, certificate: leaf.certificate };
      } catch (error) {
        yield internalError(file.path, leaf.line, leaf.endLine, 'describing a chain problem', error);
      }
    }
  }
}

/** `CN=Issuing CA (key id 1a:2b...)`: how a missing issuer is named. */
export function issuerOf(certificate: Certificate): string {
  const name = certificate.issuer.isEmpty ? '(empty issuer name)' : shorten(certificate.issuer.text);
  return certificate.authorityKeyId
    ? `${name} (key identifier ${formatFingerprint(certificate.authorityKeyId.toUpperCase())})`
    : name;
}

/** `CN=Leaf -> CN=Issuing CA -> CN=Root`. */
export function describePath(path: readonly Certificate[]): string {
  return path.map(nameOf).join(' → ');
}

export function leafClause(chain: ClientChain): string {
  return `The client certificate ${nameOf(chain.leaf.certificate)}`;
}
