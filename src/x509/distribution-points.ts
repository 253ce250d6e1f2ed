import { children, content, DerError, expectTag, Tag, type DerNode } from './der.js';
import { directoryNameKey, generalNameKey, parseGeneralName } from './general-names.js';
import { relativeNameKey, type DistinguishedName } from './names.js';

/** CRLDP_ALL_REASONS: the reason bits OpenSSL tracks, keyCompromise to aACompromise. */
export const ALL_REASONS = 0x807f;

/**
 * A DistributionPointName as OpenSSL compares them (idp_check_dp): general
 * names by their keys, or the full name a nameRelativeToCRLIssuer stands for.
 */
export type DistributionPointName = { full: string[] } | { relative: string };

/** One entry of a certificate's cRLDistributionPoints (RFC 5280 §4.2.1.13). */
export interface DistributionPoint {
  name?: DistributionPointName;
  /** Reason bits the point covers; ALL_REASONS when it names none. */
  reasons: number;
  /** Keys (generalNameKey) of its cRLIssuer names, when it has any. */
  crlIssuers?: string[];
}

/** ReasonFlags as OpenSSL reads them: the first two bytes, masked to the reasons it tracks. */
export function reasonBits(node: DerNode): number {
  const bytes = content(node).subarray(1);
  return ((bytes[0] ?? 0) | ((bytes[1] ?? 0) << 8)) & ALL_REASONS;
}

/** The [0] DistributionPointName field; `base` is the name a relative one is relative to. */
export function parseDistributionPointName(field: DerNode, base: DistinguishedName): DistributionPointName {
  const choice = children(field)[0];
  if (choice?.tag === 0xa0) return { full: children(choice).map(generalNameKey) };
  if (choice?.tag === 0xa1) return { relative: relativeNameKey(base, choice) };
  throw new DerError('distributionPoint is neither a fullName nor a nameRelativeToCRLIssuer', field.start);
}

/**
 * Parses cRLDistributionPoints as OpenSSL's setup_dp does: a relative name is
 * relative to the point's first directoryName cRLIssuer, else to the
 * certificate's issuer. Throws when OpenSSL would mark the certificate
 * invalid (a point with neither a name nor a cRLIssuer, bad encoding).
 */
export function parseDistributionPoints(value: DerNode, issuer: DistinguishedName): DistributionPoint[] {
  return children(expectTag(value, Tag.SEQUENCE, 'cRLDistributionPoints')).map((pointNode) => {
    const fields = children(expectTag(pointNode, Tag.SEQUENCE, 'DistributionPoint'));
    const nameField = fields.find((field) => field.tag === 0xa0);
    const reasonsField = fields.find((field) => field.tag === 0x81);
    const issuerField = fields.find((field) => field.tag === 0xa2);
    const issuerNodes = issuerField ? children(issuerField) : [];
    if (!nameField && issuerNodes.length === 0)
      throw new DerError('a distribution point with neither a name nor a cRLIssuer', pointNode.start);
    const firstDirectory = issuerNodes.map(parseGeneralName).find((name) => name.type === 'directoryName');
    const base = firstDirectory?.type === 'directoryName' ? firstDirectory.name : issuer;
    return {
      ...(nameField ? { name: parseDistributionPointName(nameField, base) } : {}),
      reasons: reasonsField ? reasonBits(reasonsField) : ALL_REASONS,
      ...(issuerField ? { crlIssuers: issuerNodes.map(generalNameKey) } : {}),
    };
  });
}

/** OpenSSL's idp_check_dp: whether a certificate's distribution point and a CRL's issuing one name the same place. */
export function distributionPointNamesMatch(a?: DistributionPointName, b?: DistributionPointName): boolean {
  if (!a || !b) return true;
  if ('relative' in a && 'relative' in b) return a.relative === b.relative;
  if ('relative' in a) return (b as { full: string[] }).full.includes(directoryNameKey(a.relative));
  if ('relative' in b) return a.full.includes(directoryNameKey(b.relative));
  return a.full.some((name) => b.full.includes(name));
}
