/**
 * How sure we are that the gateway behaves as modelled:
 * - `vendor`: the vendor's documentation or source code says so;
 * - `reproduction`: someone tried it against the real gateway and published the result;
 * - `third-party`: a blog, an issue thread or a community write-up says so;
 * - `unconfirmed`: plausible, not confirmed by anything we could read;
 * - `configuration`: the repository's configuration says how its own gateway is set up.
 * Unconfirmed and third-party behaviour never becomes an error by default.
 */
export type Confidence = 'vendor' | 'reproduction' | 'third-party' | 'unconfirmed' | 'configuration';

export interface Evidence {
  confidence: Confidence;
  /** Where it is written or shown, citable in a finding's documentation. */
  source: string;
}

/** Evidence that is only a plausible reading of what the vendor leaves unsaid. */
export function unconfirmed(source: string): Evidence {
  return { confidence: 'unconfirmed', source };
}

/** A vendor's word, a reproduction, a third party, or nothing: how the confidence reads in documentation. */
export const CONFIDENCE_WORDS: Record<Confidence, string> = {
  vendor: 'vendor documentation',
  reproduction: 'published reproduction',
  'third-party': 'third-party report',
  unconfirmed: 'unconfirmed',
  configuration: "the repository's configuration",
};
