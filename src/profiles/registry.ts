import { awsAlb } from './builtin/aws-alb.js';
import { awsApiGateway } from './builtin/aws-api-gateway.js';
import { awsCloudfront } from './builtin/aws-cloudfront.js';
import { azureApplicationGateway } from './builtin/azure-application-gateway.js';
import { envoy } from './builtin/envoy.js';
import { gcpLoadBalancer } from './builtin/gcp-load-balancer.js';
import { go } from './builtin/go.js';
import { haproxy } from './builtin/haproxy.js';
import { nginx } from './builtin/nginx.js';
import { openssl } from './builtin/openssl.js';
import type { Profile } from './profile.js';

/** The built-in gateway profiles; their ids are a public contract. The first is the default. */
export const BUILTIN_PROFILES: readonly Profile[] = [
  awsApiGateway,
  awsAlb,
  awsCloudfront,
  gcpLoadBalancer,
  azureApplicationGateway,
  nginx,
  haproxy,
  envoy,
  go,
  openssl,
];

export const DEFAULT_PROFILE = awsApiGateway;

export function findProfile(id: string): Profile | undefined {
  return BUILTIN_PROFILES.find((profile) => profile.id === id);
}
