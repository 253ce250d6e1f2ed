import { awsApiGateway } from './builtin/aws-api-gateway.js';
import { openssl } from './builtin/openssl.js';
import type { Profile } from './profile.js';

/** The built-in gateway profiles; their ids are a public contract. The first is the default. */
export const BUILTIN_PROFILES: readonly Profile[] = [awsApiGateway, openssl];

export const DEFAULT_PROFILE = awsApiGateway;

export function findProfile(id: string): Profile | undefined {
  return BUILTIN_PROFILES.find((profile) => profile.id === id);
}
