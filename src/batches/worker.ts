// The worker thread's entry (bundled apart by scripts/build.mjs): judges the parts the caller sends.
import { SignatureVerifier } from '../chain/signatures.js';
import { checkPart } from '../pipeline/check-part.js';
import { Walker } from '../inventory/file-tree.js';
import { readPlanned, type SourceFile } from '../inventory/inventory.js';
import {
  fileOf,
  trustOf,
  type PartJob,
  type PartResult,
  type PartsPreamble,
  type PartsSetup,
} from './check-in-parts.js';
import { serveJobs } from './serve-jobs.js';

let tree: Walker | undefined;

serveJobs<PartsPreamble, PartsSetup, PartJob, { job: PartJob; files: SourceFile[] }, PartResult>({
  // Reading and parsing need no truststore: the first parts are read while the caller parses the truststores.
  prepare: (preamble, job) => {
    if (preamble.fromDisk) tree ??= new Walker(preamble.root);
    const files = job.files.map((file, index) =>
      job.contents ? fileOf(file, job.contents[index]!, preamble.limits) : readPlanned(tree!, file, preamble.limits),
    );
    return { job, files };
  },
  start: (preamble, setup) => {
    const verifier = new SignatureVerifier();
    const trust = trustOf(preamble, setup, verifier);
    const options = { ...setup.options, verifier };
    const bundles = trust.truststores.map((truststore) => [...truststore.files]);
    return ({ job, files }) => {
      verifier.learn(job.signatures);
      const before = setup.share ? verifier.size : verifier.authoritySize;
      const part = checkPart({ root: preamble.root, files, bundles }, trust, options, false);
      return { result: { part, signatures: setup.share ? verifier.known(before) : verifier.authorityKnown(before) } };
    };
  },
});
