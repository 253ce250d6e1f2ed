import { discoveryFindings } from '../discovery-rule.js';
import type { Rule } from '../rule.js';

export const infrastructureNotUnderstood: Rule = {
  id: 'infrastructure-not-understood',
  defaultSeverity: 'warning',
  title: 'Infrastructure code that discovery could not follow',
  description:
    'Without `truststore:` settings, the check finds its targets in the infrastructure code (Terraform, CloudFormation and SAM, AWS CDK, Kubernetes ingress-nginx). Where that code has a syntax error, a value known only at deploy time (a variable without default, a computed key), a remote module, or a file over the size limits, discovery says so here, on the line concerned, instead of guessing: a truststore configured there is not checked. A remote module is a notice.',
  remedy:
    'Fix the syntax error, give the variable a default or a terraform.tfvars value, or list the truststore explicitly under `truststore:` (or `targets:`) in .truststore-check.yml; `truststore-check --list-targets` shows what discovery found and why.',
  appliesTo: () => ({}),
  consequence: () => 'None at the gateway; a truststore configured there is not known to this check.',
  check: (context) => discoveryFindings(context, 'infrastructure-not-understood'),
};
