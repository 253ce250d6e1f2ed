import { discoveryFindings } from '../discovery-rule.js';
import type { Rule } from '../rule.js';

export const truststoreSourceMissing: Rule = {
  id: 'truststore-source-missing',
  defaultSeverity: 'error',
  title: 'Infrastructure code uploads a truststore file that does not exist',
  description:
    'An `aws_s3_object` `source`, a `file()`, a CDK asset or a kustomize `secretGenerator` names a truststore or CRL file that is not in the repository (renamed, moved or deleted). Terraform fails to plan, CDK to synthesize, kustomize to build: the deploy stops, or, where the file is looked for elsewhere, uploads something nobody checked.',
  remedy: "Point the infrastructure code at the file's new path, or restore the file.",
  appliesTo: () => ({}),
  consequence: () => 'The deploy fails before it reaches the gateway, which keeps its old truststore.',
  check: (context) => discoveryFindings(context, 'truststore-source-missing'),
};
