import { analyseTrust, type Trust } from '../chain/analysis.js';
import { SignatureVerifier } from '../chain/signatures.js';
import { checkPart, type CheckOptions, type ReportPart } from '../pipeline/check-part.js';
import { Walker } from '../inventory/file-tree.js';
import {
  readBytes,
  sourceFile,
  type InventoryPlan,
  type PlannedFile,
  type SourceFile,
} from '../inventory/inventory.js';
import type { Limits } from '../inventory/limits.js';
import type { Report } from '../report/report.js';
import { PartCompactor, targetReport } from './merge.js';
import { splitIntoParts } from './parts.js';
import { coordinates, spreadJobs, threadCount } from './threads.js';

/** Files per part: bounds the memory a thread holds at once, besides the truststores. */
const PART_SIZE = 250;

/**
 * From this many client files, the calling thread only coordinates and every
 * core runs a worker: the caller holds the results, and judging half the
 * parts too let their garbage pile up beside them (100,000 clients peaked
 * near 600 MB; coordinating, see BENCHMARKS.md). Below it the caller's share
 * of the work is worth more than the worker it would take to replace it.
 */
export const MIN_CLIENTS_TO_COORDINATE = 20_000;

/** A file's bytes as read, or the file as reported when it was not read. */
type Content = Uint8Array | SourceFile;

/** The options a worker's parts are checked with: all but the caller's own verifier and what only the first part and the report say. */
type PartOptions = Omit<CheckOptions, 'verifier' | 'deferredPolicy' | 'discovery' | 'origin'>;

/** What a worker reads parts with, from its start: where the files are and the limits they are read under. */
export interface PartsPreamble {
  root: string;
  /** Client files are read from the working tree under `root` by the worker; otherwise their bytes come with each job. */
  fromDisk: boolean;
  limits: Limits;
}

/**
 * What a worker judges parts with, once the caller has it: the check's
 * options and the truststore and CRL files as the caller read them (parsed,
 * where they are plain data: the worker then does not parse a large bundle
 * again).
 */
export interface PartsSetup {
  options: PartOptions;
  /** Whether all of each part's signature checks go back to the caller, or only those of CA certificates' signatures. */
  share: boolean;
  trustFiles: Array<{ file: PlannedFile; content: Content }>;
  /** Indexes into trustFiles of each bundle's files. */
  bundles: number[][];
}

export interface PartJob {
  files: PlannedFile[];
  /** The files' contents, when the worker cannot read them itself (another commit's files). */
  contents?: Content[];
  /** Signature checks the caller's verifier holds that this worker has not been sent (see PartsSetup.share). */
  signatures: Array<[string, boolean]>;
}

export interface PartResult {
  part: ReportPart;
  /** The signature checks the part made (see PartsSetup.share). */
  signatures: Array<[string, boolean]>;
}

export function fileOf(file: PlannedFile, content: Content, limits: Limits): SourceFile {
  return content instanceof Uint8Array ? sourceFile(file.path, file.role, content, limits.maxObjectsPerFile) : content;
}

/** The trust a worker judges against: the truststore and CRL files the caller read, parsed there or here. */
export function trustOf(preamble: PartsPreamble, setup: PartsSetup, verifier: SignatureVerifier): Trust {
  const files = setup.trustFiles.map(({ file, content }) => fileOf(file, content, preamble.limits));
  return analyseTrust(
    { files, bundles: setup.bundles.map((bundle) => bundle.map((index) => files[index]!)) },
    verifier,
  );
}

/**
 * One target's check with its files read and judged part by part (see
 * parts.ts), so memory holds the truststores and a part per thread, not the
 * repository: the first part (the truststores, CRLs and the files paired
 * with them) on this thread, the client parts here and, with enough clients,
 * on worker threads. The report is the one checkInventory makes.
 */
export function checkInParts(
  plan: InventoryPlan,
  options: CheckOptions,
  /** Tests set how many threads, how many files a part, whether the caller only coordinates (the constants decide otherwise). */
  layout: { threads?: number; partSize?: number; coordinate?: boolean } = {},
): Report {
  const verifier = options.verifier ?? new SignatureVerifier();
  // A verifier given by the caller is shared with another run (the base of a change): every check comes back to it,
  // and the workers start from it. Otherwise only the checks of CA certificates' signatures travel, which clients
  // under one CA on several threads need alike, and the first part's gaps all: a client's own is needed once.
  const share = options.verifier !== undefined;
  const checksSince = (since: number) => (share ? verifier.known(since) : verifier.authorityKnown(since));
  const checkCount = () => (share ? verifier.size : verifier.authoritySize);
  const clients = plan.files.filter((file) => file.role === 'client').length;
  const threads = layout.threads ?? threadCount(clients);
  // With workers, parts small enough that every thread gets several: none waits long for the last.
  const size = layout.partSize ?? (threads === 1 ? PART_SIZE : Math.min(PART_SIZE, Math.ceil(clients / (threads * 4))));
  const partIndexes = splitIntoParts(plan.files, size);
  const [firstIndexes, ...rest] = partIndexes as [number[], ...number[][]];
  const contentOf = (index: number) => readBytes(plan.tree, plan.files[index]!, plan.limits);
  const read = (indexes: number[]) => indexes.map((index) => fileOf(plan.files[index]!, contentOf(index), plan.limits));

  const firstContents = new Map(firstIndexes.map((index) => [index, contentOf(index)]));
  const trustIndexes = firstIndexes.filter((index) => ['truststore', 'crl'].includes(plan.files[index]!.role));
  const fromDisk = plan.tree instanceof Walker;
  // A profile's options are functions the configuration loader applies: the checks never read them, and a message
  // cannot carry them. Only CheckOptions themselves travel (the caller may pass all its settings).
  // Every key is listed (`satisfies`), so an option added to CheckOptions fails to compile here until it is passed on.
  const partOptions = {
    profile: { ...options.profile, options: undefined },
    target: options.target,
    at: options.at,
    expiryWarningDays: options.expiryWarningDays,
    severities: options.severities,
    suppressions: options.suppressions,
  } satisfies Record<keyof PartOptions, unknown>;
  // Parsed while the workers start and read their first parts, then sent to them: a large bundle is parsed once,
  // not once per thread.
  let firstFiles: SourceFile[] = [];
  let bundles: SourceFile[][] = [];
  let trust: Trust | undefined;
  /** The truststore and CRL files as parsed here, or as read where a CRL makes the parsed file more than plain data. */
  const trustContents = new Map<number, Content>();
  const sent: number[] = [];
  const compactor = new PartCompactor();
  let first: ReportPart | undefined;
  const results = spreadJobs<PartJob, PartResult>({
    count: rest.length,
    threads,
    coordinate: layout.coordinate ?? coordinates(clients >= MIN_CLIENTS_TO_COORDINATE),
    preamble: { root: plan.root, fromDisk, limits: plan.limits } satisfies PartsPreamble,
    setup: (): PartsSetup => ({
      options: partOptions,
      share,
      trustFiles: trustIndexes.map((index) => ({ file: plan.files[index]!, content: trustContents.get(index)! })),
      bundles: plan.bundles.map((bundle) => bundle.map((index) => trustIndexes.indexOf(index))),
    }),
    meanwhile: () => {
      firstFiles = firstIndexes.map((index) => fileOf(plan.files[index]!, firstContents.get(index)!, plan.limits));
      const trustSet = new Set(trustIndexes);
      firstIndexes.forEach((index, position) => {
        if (!trustSet.has(index)) return;
        const parsed = firstFiles[position]!;
        // A parsed CRL looks its entries up through a function, which a message cannot carry: its file goes as bytes.
        const plain = parsed.objects.every((object) => object.kind !== 'crl');
        trustContents.set(index, plain ? parsed : firstContents.get(index)!);
      });
      firstContents.clear();
      const inFirst = new Map(firstIndexes.map((index, position) => [index, firstFiles[position]!]));
      bundles = plan.bundles.map((bundle) => bundle.map((index) => inFirst.get(index)!));
      trust = analyseTrust({ files: firstFiles, bundles }, verifier);
    },
    // Last: by then the clients' chains have checked the signatures the bundles' gaps need.
    last: () => {
      first = checkPart({ root: plan.root, files: firstFiles, bundles }, trust!, options, true);
    },
    job: (index, worker) => {
      const files = rest[index]!.map((file) => plan.files[file]!);
      const signatures = checksSince(sent[worker] ?? 0);
      sent[worker] = checkCount();
      if (fromDisk) return { job: { files, signatures } };
      // Copied out of the tree's buffers, so only the file's bytes travel.
      const contents = rest[index]!.map((file) => {
        const content = contentOf(file);
        return content instanceof Uint8Array ? new Uint8Array(content) : content;
      });
      const transfer = contents.flatMap((content) => (content instanceof Uint8Array ? [content.buffer] : []));
      return { job: { files, contents, signatures }, transfer };
    },
    here: (index) => ({
      part: compactor.compact(
        checkPart({ root: plan.root, files: read(rest[index]!), bundles }, trust!, options, false),
      ),
      signatures: [],
    }),
    received: (result) => {
      verifier.learn(result.signatures);
      compactor.compact(result.part);
    },
  });
  const paths = (indexes: number[]) => indexes.map((index) => plan.files[index]!.path);
  return targetReport(
    [first!, ...results.map((result) => result.part)],
    partIndexes.map(paths),
    plan.files.map((file) => file.path),
    trust!.truststores,
    options,
  );
}
