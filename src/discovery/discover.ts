import { Collector, DISCOVERY_LIMITS, type FoundTarget } from './collect.js';
import {
  emptyDiscovery,
  FORMAT_NAMES,
  type DiscoveredTarget,
  type Discovery,
  type InfrastructureFormat,
} from './model.js';
import type { Repository } from './repository.js';
import { describeError } from '../errors.js';
import { KUSTOMIZATION, NOT_INFRASTRUCTURE, SCRIPT, TERRAFORM, YAML_OR_JSON } from './names.js';

/**
 * Finds the repository's infrastructure code and what it says about
 * truststores. Cheap where there is none: a listing of names, then a look
 * at the start of the few YAML, JSON and script files that could be
 * infrastructure; each format's parser is loaded only when a file of that
 * format is there.
 */

function sniff(text: string): 'cloudformation' | 'kubernetes' | undefined {
  if (/AWS::[A-Za-z0-9]+::/.test(text) && /Resources/.test(text)) return 'cloudformation';
  if (/\bkind["']?\s*:\s*["']?(Ingress|Secret)\b/.test(text)) return 'kubernetes';
  return undefined;
}

function isCdk(text: string): boolean {
  return /aws-cdk-lib|@aws-cdk\//.test(text);
}

/** Which format each file is, looking inside only where the name leaves it open. */
function classify(repository: Repository, collector: Collector): Map<InfrastructureFormat, string[]> {
  const byFormat = new Map<InfrastructureFormat, string[]>();
  const add = (format: InfrastructureFormat, file: string) => {
    const list = byFormat.get(format) ?? [];
    if (list.length === DISCOVERY_LIMITS.maxFiles) {
      collector.note(
        'infrastructure-not-understood',
        { file, line: 1 },
        `${file} and any further ${FORMAT_NAMES[format]} files were not read: discovery reads at most ${DISCOVERY_LIMITS.maxFiles.toLocaleString('en-US')} files of one format.`,
      );
    }
    if (list.length >= DISCOVERY_LIMITS.maxFiles) return;
    list.push(file);
    byFormat.set(format, list);
  };
  const { files, links, truncated } = repository.list();
  if (truncated)
    collector.note(
      'infrastructure-not-understood',
      { file: '.', line: 1 },
      'The repository has more entries than discovery lists; infrastructure code past them was not read.',
    );
  for (const link of links) {
    if (TERRAFORM.test(link) || KUSTOMIZATION.test(link))
      collector.note(
        'infrastructure-not-understood',
        { file: link, line: 1 },
        `${link} is a symbolic link, which discovery never follows; what it configures is not known.`,
      );
  }
  for (const file of files) {
    if (TERRAFORM.test(file)) {
      add('terraform', file);
      continue;
    }
    if (NOT_INFRASTRUCTURE.test(file)) continue;
    if (KUSTOMIZATION.test(file)) {
      add('kubernetes', file);
      continue;
    }
    const yaml = YAML_OR_JSON.test(file);
    const script = !yaml && SCRIPT.test(file);
    if (!yaml && !script) continue;
    const size = repository.size(file);
    if (size === undefined || size === 0) continue;
    if (size > DISCOVERY_LIMITS.maxFileSize) {
      // Not looked into; said only where the name suggests a template, so big data files make no noise.
      if (/template|cloudformation|cfn|sam|stack/i.test(file))
        collector.note(
          'infrastructure-not-understood',
          { file, line: 1 },
          `${file} is ${size.toLocaleString('en-US')} bytes, over the ${DISCOVERY_LIMITS.maxFileSize.toLocaleString('en-US')} read for infrastructure code; it was not looked into.`,
        );
      continue;
    }
    // Only the start is looked at: what marks a template, a manifest or a CDK app comes early.
    const bytes = repository.read(file);
    if (!(bytes instanceof Uint8Array)) continue;
    const head = Buffer.from(bytes.subarray(0, 64 * 1024)).toString('utf8');
    if (yaml) {
      const format = sniff(head);
      if (format) add(format, file);
    } else if (isCdk(head)) add('cdk', file);
  }
  return byFormat;
}

/** A target name from a resource's name: letters, digits, `.`, `_`, `-`; at most 40; unique. */
function nameTargets(found: FoundTarget[]): DiscoveredTarget[] {
  const taken = new Set<string>();
  const seen = new Set<string>();
  const targets: DiscoveredTarget[] = [];
  for (const target of found) {
    const id = `${target.format}:${target.origin.file}:${target.resource}`;
    if (seen.has(id)) continue;
    seen.add(id);
    const base =
      target.logicalName
        .replace(/[^A-Za-z0-9._-]+/g, '-')
        .replace(/^[^A-Za-z0-9]+/, '')
        .slice(0, 36) || 'target';
    // Two resources of one name (a load balancer and an API both called "partners"): the gateway tells them apart.
    let name = taken.has(base) ? `${base}-${target.profile}`.slice(0, 40) : base;
    for (let suffix = 2; taken.has(name); suffix++) name = `${base}-${suffix}`;
    taken.add(name);
    const { logicalName, ...rest } = target;
    void logicalName; // becomes the name, made unique
    targets.push({ ...rest, id, name });
  }
  return targets;
}

export async function discover(repository: Repository): Promise<Discovery> {
  const collector = new Collector(repository);
  const byFormat = classify(repository, collector);
  if (byFormat.size === 0 && collector.notes.length === 0) return emptyDiscovery();
  // A format whose reading throws (a parser's stack exhausted by nesting, a bug) stops alone, and says so.
  const run = async (format: InfrastructureFormat, read: (files: string[]) => Promise<void>) => {
    const files = byFormat.get(format);
    if (!files) return;
    try {
      await read(files);
    } catch (error) {
      const file = [...collector.read].filter((name) => files.includes(name)).pop() ?? files[0]!;
      collector.note(
        'infrastructure-not-understood',
        { file, line: 1 },
        `Reading the ${FORMAT_NAMES[format]} code stopped at ${file} (${describeError(error)}); what it and the files after it configure is not known.`,
      );
    }
  };
  await run('terraform', async (files) => (await import('./terraform.js')).discoverTerraform(collector, files));
  await run('cloudformation', async (files) =>
    (await import('./cloudformation.js')).discoverCloudFormation(collector, files),
  );
  await run('cdk', async (files) => (await import('./cdk.js')).discoverCdk(collector, files));
  await run('kubernetes', async (files) => (await import('./kubernetes.js')).discoverKubernetes(collector, files));
  collector.targets.sort((a, b) => a.origin.file.localeCompare(b.origin.file) || a.origin.line - b.origin.line);
  const notes = collector.notes.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  return {
    files: [...collector.read].sort(),
    targets: nameTargets(collector.targets),
    notes,
    embedded: collector.embedded,
  };
}
