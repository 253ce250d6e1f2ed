/**
 * Bounds on what one run reads, so no input can make it take unbounded time
 * or memory. Each is configurable under `limits:` in .truststore-check.yml;
 * what a bound stops from being read is reported, never silently dropped.
 */
export interface Limits {
  /** Bytes; a larger file is reported and not read (a truststore may be 1 MB; a certificate is a few KB). */
  maxFileSize: number;
  /** Bytes of one CRL file: revocation lists are far larger than truststores (Application Load Balancer takes 50 MB). */
  maxCrlFileSize: number;
  /** Bytes read in all; files past it are reported and not read. */
  maxTotalSize: number;
  /** Files matched; the rest are reported and not read. */
  maxFiles: number;
  /** PEM blocks read from one file; the rest are reported and not read. */
  maxObjectsPerFile: number;
}

export const DEFAULT_LIMITS: Limits = {
  maxFileSize: 5 * 1024 * 1024,
  maxCrlFileSize: 64 * 1024 * 1024,
  maxTotalSize: 512 * 1024 * 1024,
  maxFiles: 50_000,
  maxObjectsPerFile: 10_000,
};

/** The configuration file's names for the limits. */
export const LIMIT_KEYS: Record<string, keyof Limits> = {
  'max-file-size': 'maxFileSize',
  'max-crl-file-size': 'maxCrlFileSize',
  'max-total-size': 'maxTotalSize',
  'max-files': 'maxFiles',
  'max-objects-per-file': 'maxObjectsPerFile',
};
