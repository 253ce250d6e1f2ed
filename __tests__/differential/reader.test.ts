import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readObjects } from '../../src/inventory/objects.js';
import { findProfile } from '../../src/profiles/registry.js';
import {
  generateFiles,
  goModelLoads,
  libcryptoLoads,
  opensslLoadsAll,
  tally,
  toolReport,
  type Tally,
} from './reader/harness.js';

/**
 * The reader differential: mutated copies of a bundle, each read by the tool
 * (one CLI run over all of them) and by `openssl crl2pkcs7 -nocrl -certfile`,
 * and by the tool's model of Go's reader. Every file where the certificates
 * differ must carry an error: no silent difference. More files on other
 * seeds: `npm run difftest:reader -- --files N --seed S`.
 */
const FILES = Number(process.env.READER_DIFFTEST_FILES ?? 3000);
const SEED = Number(process.env.READER_DIFFTEST_SEED ?? 20261207);
const PROFILES = (process.env.READER_DIFFTEST_PROFILES ?? 'aws-api-gateway,openssl').split(',');

const folder = mkdtempSync(path.join(tmpdir(), 'reader-difftest-'));
afterAll(() => {
  if (!process.env.READER_DIFFTEST_KEEP) rmSync(folder, { recursive: true, force: true });
});

function describeTally(label: string, result: Tally): string {
  const families = Object.entries(result.byFamily)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(
      ([name, f]) =>
        `  ${name}: ${f.files} files, ${f.failedClosed} failed closed (${((100 * f.failedClosed) / f.files).toFixed(1)}%), ${f.silent} silent`,
    )
    .join('\n');
  return `${label}: ${result.files} files, ${result.agree} agree, ${result.failedClosed} failed closed, ${result.silent} silent\n${families}${result.silentExamples.length ? `\n  silent: ${result.silentExamples.join(', ')}` : ''}`;
}

test(
  `the tool's reading agrees with OpenSSL's, or fails closed, on ${FILES} mutated files (seed ${SEED})`,
  async () => {
    const started = Date.now();
    const files = generateFiles(folder, FILES, SEED);
    const generated = Date.now();
    const binary = process.env.READER_DIFFTEST_LIBCRYPTO;
    // The openssl binary (crl2pkcs7, several files a run where it can); for large local runs, the same libcrypto
    // calls in one process, checked against the binary on the first 300 files.
    const sample = binary ? files.slice(0, 300) : files;
    const openssl = await opensslLoadsAll(
      folder,
      sample,
      (file) => !readObjects(file.bytes, Infinity, 'truststore').loadFailure,
    );
    if (binary) {
      const all = await libcryptoLoads(
        binary,
        folder,
        files.map((file) => file.name),
      );
      expect(all.slice(0, sample.length)).toEqual(openssl);
      openssl.splice(0, openssl.length, ...all);
    }
    const opensslDone = Date.now();
    const go = goModelLoads(files);
    const goDone = Date.now();
    const summaries: string[] = [];
    let silent = 0;
    for (const profile of PROFILES) {
      const report = await toolReport(folder, profile);
      const againstOpenssl = tally(files, report, openssl);
      summaries.push(describeTally(`${profile} vs openssl`, againstOpenssl));
      silent += againstOpenssl.silent;
      // Where the gateway's bundle reader is not documented, a disagreement with Go's reader must fail closed too.
      if (!findProfile(profile)!.bundle.format.reader) {
        const againstGo = tally(files, report, go);
        summaries.push(describeTally(`${profile} vs Go (model)`, againstGo));
        silent += againstGo.silent;
      }
    }
    if (process.env.READER_DIFFTEST_REPORT)
      console.log(
        `${summaries.join('\n')}\ngenerate ${generated - started} ms, openssl ${opensslDone - generated} ms, Go model ${goDone - opensslDone} ms, tool ${Date.now() - goDone} ms`,
      );
    expect({ silent, summaries }).toEqual({ silent: 0, summaries });
  },
  Math.max(300_000, FILES * 100),
);
