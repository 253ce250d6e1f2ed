import { discoveryFindings } from '../discovery-rule.js';
import type { Rule } from '../rule.js';

export const truststoreNotUploaded: Rule = {
  id: 'truststore-not-uploaded',
  defaultSeverity: 'notice',
  title: 'A truststore that no infrastructure code uploads',
  description:
    'The configuration names a truststore file, and the repository has infrastructure code, but nothing in it uploads that file to a gateway. It may be deployed some other way (a script, a console upload), or it may be a stale copy that nothing serves: the check passes on a file the gateway never sees.',
  remedy:
    'If the gateway gets the file some other way, nothing to do (turn the rule off under `rules:`); otherwise point the infrastructure code at it, or remove it from the configuration.',
  appliesTo: () => ({}),
  consequence: () => 'None by itself: what the gateway serves is not known to come from this file.',
  check: (context) => discoveryFindings(context, 'truststore-not-uploaded'),
};
