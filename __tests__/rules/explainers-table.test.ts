import { EXPLAINERS, type ExplainerTable } from '../../src/rules/explainers.js';
import { explainWeakKey } from '../../src/rules/definitions/weak-key.js';

/**
 * Type-level: `npm run typecheck` compiles this file, and each
 * `@ts-expect-error` fails the compilation when the line under it compiles.
 * A kind of ClientProblem without its rule is what a table lacking one entry
 * is, so these lines stand for "adding a kind without its rule".
 */
describe('the table from client-problem kind to the rule that explains it', () => {
  test('a kind without its explainer does not compile', () => {
    const { revoked: dropped, ...withoutRevoked } = EXPLAINERS;
    // @ts-expect-error: the table lacks 'revoked', as it would lack a newly added kind
    const incomplete: ExplainerTable = withoutRevoked;
    expect(Object.keys(incomplete)).not.toContain('revoked');
    expect(dropped.rule.id).toBe('client-certificate-revoked');
  });

  test("an explainer of another kind does not compile: each takes only its own kind's problem", () => {
    // @ts-expect-error: weak-key explains 'key-too-weak', not 'revoked'
    const mismatched: ExplainerTable = { ...EXPLAINERS, revoked: explainWeakKey };
    expect(mismatched.revoked.rule.id).toBe('weak-key');
  });
});
