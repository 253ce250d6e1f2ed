import type { DiscoveredTarget, DiscoveryNote, DiscoveryRule, InfrastructureFormat, Place } from './model.js';
import { resolveInside, type ResolvedPath } from './paths.js';
import type { Repository } from './repository.js';

/** Bounds on discovery's work, whatever a pull request puts in the infrastructure code. */
export const DISCOVERY_LIMITS = {
  /** Bytes of one infrastructure file; a larger one is reported and not parsed. */
  maxFileSize: 1024 * 1024,
  /** Infrastructure files parsed in one run (per format); the rest are reported. */
  maxFiles: 2_000,
  /** Bytes read in all. */
  maxTotalSize: 16 * 1024 * 1024,
  /**
   * Bytes of Terraform parsed in all: the HCL grammar reads about 300 KB a second here (and a hostile
   * file of syntax errors half that), so this bounds its time to seconds.
   */
  maxTerraformSize: 2 * 1024 * 1024,
  /** Terraform modules calling modules. */
  maxModuleDepth: 8,
  /** Module instances in all (a module called from many places is instantiated for each). */
  maxModuleInstances: 500,
  /** References followed to evaluate one expression (variables, locals, outputs): a cycle or a chain this long is not evaluated. */
  maxReferenceDepth: 64,
  /** Targets found; past it the rest are reported. */
  maxTargets: 200,
};

/** A target as a format module finds it; names and ids are given once all are found. */
export type FoundTarget = Omit<DiscoveredTarget, 'id' | 'name'> & { logicalName: string };

/**
 * What every format module works with: the repository, a budget of bytes,
 * and where targets, notes and embedded files go.
 */
export class Collector {
  readonly targets: FoundTarget[] = [];
  readonly notes: DiscoveryNote[] = [];
  readonly embedded = new Map<string, Uint8Array>();
  readonly read = new Set<string>();
  private bytes = 0;

  constructor(readonly repository: Repository) {}

  note(rule: DiscoveryRule, place: Place, message: string, atMost?: DiscoveryNote['atMost']): void {
    if (this.notes.some((note) => note.rule === rule && note.file === place.file && note.line === place.line)) return;
    this.notes.push({ rule, file: place.file, line: place.line, message, ...(atMost ? { atMost } : {}) });
  }

  /** The text of an infrastructure file within the limits, or undefined with a note saying why not. */
  text(file: string, budget?: { left: number; what: string; passed?: number }): string | undefined {
    const size = this.repository.size(file);
    if (size === undefined) return undefined;
    if (budget && size > budget.left) {
      // Said once, on the first file left out; the count of the rest is added to it.
      budget.passed = (budget.passed ?? 0) + 1;
      const first = this.notes.find(
        (note) => note.message.endsWith(`: ${budget.what}.`) || note.message.includes(`: ${budget.what} (`),
      );
      if (!first)
        this.note('infrastructure-not-understood', { file, line: 1 }, `${file} was not read: ${budget.what}.`);
      else
        first.message = `${first.file} was not read: ${budget.what} (nor ${budget.passed - 1} more file${budget.passed - 1 === 1 ? '' : 's'}).`;
      return undefined;
    }
    if (budget) budget.left -= size;
    if (size > DISCOVERY_LIMITS.maxFileSize) {
      this.note(
        'infrastructure-not-understood',
        { file, line: 1 },
        `${file} is ${size.toLocaleString('en-US')} bytes, over the ${DISCOVERY_LIMITS.maxFileSize.toLocaleString('en-US')} read for infrastructure code; it was not read, so a truststore it configures is not known.`,
      );
      return undefined;
    }
    if (this.bytes + size > DISCOVERY_LIMITS.maxTotalSize) {
      this.note(
        'infrastructure-not-understood',
        { file, line: 1 },
        `${file} was not read: discovery reads at most ${DISCOVERY_LIMITS.maxTotalSize.toLocaleString('en-US')} bytes of infrastructure code in one run.`,
      );
      return undefined;
    }
    const bytes = this.repository.read(file);
    if (!(bytes instanceof Uint8Array)) {
      this.note('infrastructure-not-understood', { file, line: 1 }, `${file} cannot be read: ${bytes.error}.`);
      return undefined;
    }
    this.bytes += bytes.length;
    this.read.add(file);
    return Buffer.from(bytes).toString('utf8');
  }

  /** Whether a regular file exists at this repository path. */
  exists(file: string): boolean {
    return this.repository.size(file) !== undefined;
  }

  add(format: InfrastructureFormat, target: Omit<FoundTarget, 'format'>): void {
    if (this.targets.length >= DISCOVERY_LIMITS.maxTargets) {
      this.note(
        'infrastructure-not-understood',
        target.origin,
        `${target.resource} is not checked: discovery takes at most ${DISCOVERY_LIMITS.maxTargets} targets in one run.`,
      );
      return;
    }
    this.targets.push({ format, ...target });
  }

  /**
   * A local file the infrastructure uploads: inside the repository and
   * present, or a note (outside: refused; missing: the upload would fail).
   */
  localFile(
    resolved: ResolvedPath,
    place: Place,
    what: string,
  ): { path: string } | { outside: string } | { missing: string } {
    if ('outside' in resolved) {
      this.note(
        'infrastructure-outside-repository',
        place,
        `${what} names a file outside the folder checked (${resolved.outside}); it is not read, so that truststore is not checked.`,
      );
      return resolved;
    }
    if (!this.exists(resolved.path)) {
      this.note(
        'truststore-source-missing',
        place,
        `${what} uploads ${resolved.path || '(the folder checked)'}, which does not exist in the repository: the deploy fails, or uploads nothing new.`,
      );
      return { missing: resolved.path };
    }
    return { path: resolved.path };
  }

  /**
   * The file an S3 key most likely holds, when no resource in the
   * repository uploads it: the key as a path under one of `folders`, or the
   * one file in the repository whose path ends with the key.
   */
  fileForKey(key: string, folders: string[]): string | undefined {
    for (const folder of folders) {
      const resolved = resolveInside(folder, key);
      if ('path' in resolved && resolved.path !== '' && this.exists(resolved.path)) return resolved.path;
    }
    const suffix = `/${key.replace(/^\/+/, '')}`;
    const matches = this.repository.list().files.filter((file) => `/${file}`.endsWith(suffix));
    return matches.length === 1 ? matches[0] : undefined;
  }
}
