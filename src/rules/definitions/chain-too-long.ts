import { describePath, leafClause } from '../chain-rule.js';
import { refusal, type Rule, type Explainer } from '../rule.js';

export const chainTooLong: Rule = {
  id: 'chain-too-long',
  defaultSeverity: 'error',
  title: 'Chain deeper than the gateway allows',
  description:
    "The client's chain needs more CA certificates between it and the root than the gateway's depth limit allows. API Gateway accepts at most four CA certificates above the client (the root and three intermediates); where the limit is a setting (NGINX `ssl_verify_depth`), the finding says which value the chain needs.",
  remedy:
    'Issue client certificates from a CA closer to the root, or raise the depth setting where the gateway has one.',
  appliesTo: (profile) => ({ evidence: profile.chain.evidence.depth }),
  consequence: (profile) => `The client gets ${refusal(profile, 'depth')}; the limit is ${profile.chain.depthLimit}.`,
};

export const explainChainTooLong: Explainer<'chain-too-long'> = {
  rule: chainTooLong,
  describe(problem, chain, context) {
    const { chain: model } = context.profile;
    const needed = chain.fullChainIntermediates;
    const length =
      needed !== undefined
        ? `${needed + 1} CA certificates above it (${needed} intermediate${needed === 1 ? '' : 's'} and the root)`
        : `more than ${model.maxIntermediates + 1} CA certificates above it`;
    const setting =
      model.depthSetting && needed !== undefined
        ? ` It needs \`${model.depthSetting.name} ${needed + (model.depthSetting.countsAnchor ? 1 : 0)}\` or more.`
        : '';
    return `${leafClause(chain)} would be refused, ${refusal(context.profile, 'depth', chain)}: its chain (${describePath(chain.built.chain.slice(0, 4))}${chain.built.chain.length > 4 ? ' → …' : ''}) has ${length}; ${context.profile.wording.gateway} allows ${model.depthLimit}.${setting}`;
  },
};
