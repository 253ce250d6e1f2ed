import { discoveryFindings } from '../discovery-rule.js';
import type { Rule } from '../rule.js';

export const infrastructureTargetRemoved: Rule = {
  id: 'infrastructure-target-removed',
  defaultSeverity: 'warning',
  title: 'A change removes a truststore from the infrastructure code',
  description:
    "In a change review, a gateway resource that configured a truststore at the base commit is gone from the change, or discovery no longer understands it. The change is still judged against the base's targets too, so removing a truststore from discovery does not remove it from the check; this finding makes the removal visible to the reviewer.",
  remedy:
    'If the gateway is being retired, nothing to fix: review it as such. If the resource moved or was renamed, check that the new one configures the same truststore (`truststore-check --list-targets`).',
  appliesTo: () => ({}),
  consequence: () => 'Once applied, the gateway resource is destroyed or no longer configured from this repository.',
  check: (context) => discoveryFindings(context, 'infrastructure-target-removed'),
};
