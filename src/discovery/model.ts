/**
 * What discovery finds in a repository's infrastructure code: which local
 * file reaches which gateway as its truststore (or CRL), through which
 * resource, and how the gateway picks the version it serves. One model for
 * every format (Terraform, CloudFormation and SAM, CDK, Kubernetes).
 */

export type InfrastructureFormat = 'terraform' | 'cloudformation' | 'cdk' | 'kubernetes';

export const FORMAT_NAMES: Record<InfrastructureFormat, string> = {
  terraform: 'Terraform',
  cloudformation: 'CloudFormation',
  cdk: 'AWS CDK',
  kubernetes: 'Kubernetes',
};

/** A place in the infrastructure code: a resource, or one of its attributes. */
export interface Place {
  /** POSIX path relative to the checked root. */
  file: string;
  /** 1-based. */
  line: number;
}

/**
 * How the gateway picks the truststore object it serves, which decides
 * whether a new bundle reaches it:
 * - `follows`: a reference to the uploaded object's version (or a key that
 *   changes with the content), so every upload moves the gateway too;
 * - `pinned`: a literal version, which keeps serving the old object until edited;
 * - `absent`: no version at all: the gateway took the object current when it
 *   was created or last updated, and nothing here updates it;
 * - `inline`: the content is part of the resource itself (a Kubernetes Secret,
 *   a Google trust config, an Azure gateway), so a change of it is a change of the resource.
 */
export type ServedVersion =
  | ({ kind: 'follows'; attribute: string; reference: string } & Place)
  | ({ kind: 'pinned'; attribute: string; value: string } & Place)
  | ({ kind: 'absent'; attribute: string } & Place)
  | { kind: 'inline' };

export interface DiscoveredTarget {
  /** Stable across commits while the resource keeps its file and address: `terraform:infra/api.tf:aws_api_gateway_domain_name.api`. */
  id: string;
  /** The target's name in reports (unique among the targets found). */
  name: string;
  format: InfrastructureFormat;
  /** The gateway profile that judges it. */
  profile: string;
  /** Settings of that profile the infrastructure sets (`ssl_verify_depth` from an ingress annotation). */
  profileOptions?: Record<string, unknown>;
  /** Files relative to the checked root. */
  truststore: string[];
  /** The truststore files are one bundle, in this order (otherwise each file is a truststore of its own). */
  bundle: boolean;
  crls: string[];
  /** The resource that configures the gateway's truststore: `aws_api_gateway_domain_name.api`. */
  resource: string;
  origin: Place;
  /** How each file was tied to the resource, for `--list-targets`: `aws_s3_object.truststore (infra/api.tf:3) uploads it`. */
  via: string[];
  served: ServedVersion;
}

/** The rules discovery reports through (see src/rules/definitions/). */
export type DiscoveryRule =
  | 'infrastructure-not-understood'
  | 'infrastructure-outside-repository'
  | 'truststore-source-missing'
  | 'truststore-version-pinned'
  | 'truststore-not-uploaded'
  | 'infrastructure-target-removed';

/** Something discovery has to say about the infrastructure code; a rule turns it into a finding. */
export interface DiscoveryNote extends Place {
  rule: DiscoveryRule;
  /** The rule's message for it, complete. */
  message: string;
  /** The target it concerns (its name), when it concerns one. */
  target?: string;
  /** The finding can be no more severe than this (a remote module is only a notice). */
  atMost?: 'warning' | 'notice';
}

export interface Discovery {
  /** The infrastructure files read, relative to the checked root. */
  files: string[];
  targets: DiscoveredTarget[];
  notes: DiscoveryNote[];
  /**
   * File contents that exist only inside infrastructure code (a Kubernetes
   * Secret's `ca.crt`), under a path that names where: `k8s/secret.yaml#ca.crt`.
   */
  embedded: Map<string, Uint8Array>;
}

export function emptyDiscovery(): Discovery {
  return { files: [], targets: [], notes: [], embedded: new Map() };
}

/** Where a discovered target comes from, as reports show it. */
export interface TargetOrigin {
  /** `Terraform`, `CloudFormation`, `AWS CDK`, `Kubernetes`. */
  format: string;
  file: string;
  line: number;
  resource: string;
  /** How each file was tied to the resource. */
  via: string[];
  /** How the gateway picks the version it serves, in words. */
  served: string;
  /** The clients judged against it come from the configuration, or are not known (discovery does not say). */
  clients: 'configured' | 'not known';
  /** Found only at the base commit of a change review: the change removes it. */
  baseOnly?: true;
}
