import { discoveryFindings } from '../discovery-rule.js';
import type { Rule } from '../rule.js';

export const infrastructureOutsideRepository: Rule = {
  id: 'infrastructure-outside-repository',
  defaultSeverity: 'error',
  title: 'Infrastructure code that names a file outside the repository',
  description:
    "A module source, an uploaded `source`, `file()` or an asset path leads outside the folder checked (an absolute path, `..` past the root). Discovery never reads it: a pull request controls these strings, and the runner's files are not the repository's. The truststore behind it is not checked.",
  remedy:
    "Keep the truststore and the modules that configure it inside the repository, or run the check from a folder that contains both (`working-directory`, the CLI's root argument).",
  appliesTo: () => ({}),
  consequence: () => 'Unknown: the file the gateway would receive is not the one checked.',
  check: (context) => discoveryFindings(context, 'infrastructure-outside-repository'),
};
