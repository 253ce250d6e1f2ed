import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { goCertificates } from '../../../src/inventory/reader-agreement.js';
import { children, readNode } from '../../../src/x509/der.js';
import type { Report } from '../../../src/report/report.js';
import { CHECK_TIME, CLI, FIXTURES } from '../../helpers.js';
import { mutate, seededRandom, type Bundle } from './mutate.js';

const run = promisify(execFile);

/** The bundle every file is mutated from: two roots and their intermediates, and a certificate to smuggle in. */
export function baseBundle(): Bundle {
  const text = readFileSync(path.join(FIXTURES, 'truststores/standard.pem'), 'latin1');
  const client = readFileSync(path.join(FIXTURES, 'clients/client-p256.pem'), 'latin1');
  const extra = client
    .split('-----END CERTIFICATE-----')[0]!
    .split('-----BEGIN CERTIFICATE-----\n')[1]!
    .replace(/\n/g, '');
  return { text, extra };
}

export interface GeneratedFile {
  name: string;
  family: string;
  bytes: Buffer;
}

/** `count` mutated files from `seed`, written under `folder`/files. */
export function generateFiles(folder: string, count: number, seed: number): GeneratedFile[] {
  const bundle = baseBundle();
  const random = seededRandom(seed);
  mkdirSync(path.join(folder, 'files'), { recursive: true });
  // Every file in one run: more than the default limit on files when the run is large.
  writeFileSync(path.join(folder, '.truststore-check.yml'), 'limits:\n  max-files: 10000000\n');
  const files: GeneratedFile[] = [];
  for (let i = 0; i < count; i++) {
    const { family, text } = mutate(bundle, random);
    const name = `files/${String(i).padStart(6, '0')}.pem`;
    const bytes = Buffer.from(text, 'latin1');
    writeFileSync(path.join(folder, name), bytes);
    files.push({ name, family, bytes });
  }
  return files;
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex').toUpperCase();

/** The certificates of a DER PKCS#7 SignedData, as SHA-256. */
function pkcs7Hashes(der: Uint8Array): string[] {
  const [, explicit] = children(readNode(der));
  const signedData = children(explicit!)[0]!;
  const certificates = children(signedData).find((field) => field.tag === 0xa0);
  return certificates ? children(certificates).map((node) => sha256(node.source.subarray(node.start, node.end))) : [];
}

/** What OpenSSL loads from a file: `openssl crl2pkcs7 -nocrl -certfile FILE`, or undefined when it fails on it. */
export function opensslLoads(file: string): Promise<string[] | undefined> {
  return opensslRun(['-certfile', file]);
}

async function opensslRun(certfiles: string[]): Promise<string[] | undefined> {
  try {
    const { stdout } = await run('openssl', ['crl2pkcs7', '-nocrl', ...certfiles, '-outform', 'DER'], {
      encoding: 'buffer',
      maxBuffer: 64 * 1024 * 1024,
    });
    return pkcs7Hashes(stdout);
  } catch {
    return undefined;
  }
}

/** A certificate no mutated file holds, put between files in one crl2pkcs7 run to tell their certificates apart. */
const SEPARATOR = path.join(FIXTURES, 'changes/root.pem');

/**
 * What `openssl crl2pkcs7 -nocrl -certfile FILE` loads from each file, with
 * fewer processes: crl2pkcs7 reads each `-certfile` on its own and in order,
 * so files the tool expects OpenSSL to load go forty to a run, each followed
 * by the separator certificate. A run fails if any of its files does: its
 * files are then run one by one, as are those the tool expects OpenSSL to
 * refuse. The tool's expectation only groups the work; every answer is
 * openssl's.
 */
export async function opensslLoadsAll(
  folder: string,
  files: readonly GeneratedFile[],
  expectedToLoad: (file: GeneratedFile) => boolean,
): Promise<Array<string[] | undefined>> {
  const separator = (await opensslLoads(SEPARATOR))![0]!;
  const results = new Array<string[] | undefined>(files.length);
  const single: number[] = [];
  const batches: number[][] = [];
  files.forEach((file, index) => {
    if (!expectedToLoad(file)) single.push(index);
    else if (batches.length === 0 || batches[batches.length - 1]!.length >= 40) batches.push([index]);
    else batches[batches.length - 1]!.push(index);
  });
  await mapPool(batches, 4, async (batch) => {
    const args = batch.flatMap((index) => ['-certfile', path.join(folder, files[index]!.name), '-certfile', SEPARATOR]);
    const loaded = await opensslRun(args);
    const groups: string[][] = [[]];
    for (const hash of loaded ?? []) {
      if (hash === separator) groups.push([]);
      else groups[groups.length - 1]!.push(hash);
    }
    if (loaded === undefined || groups.length !== batch.length + 1) single.push(...batch);
    else batch.forEach((index, i) => (results[index] = groups[i]));
  });
  await mapPool(single, 4, async (index) => {
    results[index] = await opensslLoads(path.join(folder, files[index]!.name));
  });
  return results;
}

/**
 * What OpenSSL loads from each file, by the libcrypto program
 * (differential/openssl-reader/main.c: PEM_X509_INFO_read_bio and i2d_X509,
 * as crl2pkcs7 does) in one process per few thousand files: for runs of tens
 * of thousands, where a process per file takes an hour.
 */
export async function libcryptoLoads(binary: string, folder: string, names: readonly string[]) {
  const results = new Map<string, string[] | undefined>();
  for (let i = 0; i < names.length; i += 2000) {
    const { stdout } = await run(binary, names.slice(i, i + 2000), { cwd: folder, maxBuffer: 256 * 1024 * 1024 });
    for (const line of stdout.toString().trimEnd().split('\n')) {
      const [name, hashes] = line.split('\t');
      results.set(name!, hashes === 'error' ? undefined : hashes ? hashes.split(' ') : []);
    }
  }
  return names.map((name) => results.get(name));
}

/** Runs `work` over `items`, `parallel` at a time, keeping order. */
export async function mapPool<T, R>(
  items: readonly T[],
  parallel: number,
  work: (item: T) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: parallel }, async () => {
      while (next < items.length) {
        const index = next++;
        results[index] = await work(items[index]!);
      }
    }),
  );
  return results;
}

/** One CLI run over every file, each its own truststore: the JSON report. */
export async function toolReport(folder: string, profile: string): Promise<Report> {
  const { stdout } = await run(
    process.execPath,
    [
      CLI,
      folder,
      '--truststore',
      'files/*.pem',
      '--profile',
      profile,
      '--format',
      'json',
      '--fail-on',
      'never',
      '--at',
      CHECK_TIME,
    ],
    { maxBuffer: 1024 * 1024 * 1024, env: { ...process.env, GITHUB_ACTIONS: '' } },
  );
  return JSON.parse(stdout) as Report;
}

export type Outcome = 'agree' | 'failed-closed' | 'silent';

export interface Tally {
  files: number;
  agree: number;
  failedClosed: number;
  silent: number;
  byFamily: Record<string, { files: number; failedClosed: number; silent: number }>;
  /** Up to 10 files that differ silently, for the message. */
  silentExamples: string[];
}

const sameSet = (a: readonly string[], b: readonly string[]) => {
  const x = [...a].sort();
  const y = [...b].sort();
  return x.length === y.length && x.every((value, index) => value === y[index]);
};

/**
 * Compares one reader's certificates per file with the tool's report: a file
 * agrees, differs with an error on it (failed closed), or differs silently.
 */
export function tally(
  files: readonly GeneratedFile[],
  report: Report,
  reference: ReadonlyArray<string[] | undefined>,
): Tally {
  const loaded = new Map<string, string[]>();
  for (const entry of report.certificates) loaded.set(entry.file, [...(loaded.get(entry.file) ?? []), entry.sha256]);
  const errors = new Set(
    report.findings.filter((finding) => finding.severity === 'error').map((finding) => finding.file),
  );
  const result: Tally = { files: files.length, agree: 0, failedClosed: 0, silent: 0, byFamily: {}, silentExamples: [] };
  files.forEach((file, index) => {
    const tool = loaded.get(file.name) ?? [];
    const expected = reference[index] ?? [];
    const family = (result.byFamily[file.family] ??= { files: 0, failedClosed: 0, silent: 0 });
    family.files++;
    // A file the reference cannot load and the tool flags as an error agrees with it: both refuse.
    const referenceFails = reference[index] === undefined;
    if (!referenceFails && sameSet(tool, expected)) {
      result.agree++;
    } else if (errors.has(file.name)) {
      if (referenceFails && tool.length === 0) result.agree++;
      else {
        result.failedClosed++;
        family.failedClosed++;
      }
    } else {
      result.silent++;
      family.silent++;
      if (result.silentExamples.length < 10)
        result.silentExamples.push(
          `${file.name} (${file.family}: tool ${tool.map((h) => h.slice(0, 6)).join('/')}, reference ${referenceFails ? 'fails' : expected.map((h) => h.slice(0, 6)).join('/')})`,
        );
    }
  });
  return result;
}

/** Go's reading of each file, as the tool models it (validated against Go itself by the system test). */
export function goModelLoads(files: readonly GeneratedFile[]): string[][] {
  return files.map((file) => goCertificates(file.bytes).map((entry) => entry.sha256));
}
