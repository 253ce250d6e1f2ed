// The worker thread's entry (bundled apart by scripts/build.mjs): judges the parts the caller sends.
import { SignatureVerifier } from '../chain/signatures.js';
import { checkPart } from '../pipeline/check-part.js';
import { Walker } from '../inventory/file-tree.js';
import { readPlanned } from '../inventory/inventory.js';
import { fileOf, trustOf, type PartJob, type PartResult, type PartsSetup } from './check-in-parts.js';
import { serveJobs } from './threads.js';

serveJobs<PartsSetup, PartJob, PartResult>((setup) => {
  const verifier = new SignatureVerifier();
  const trust = trustOf(setup, verifier);
  const tree = setup.fromDisk ? new Walker(setup.root) : undefined;
  const options = { ...setup.options, verifier };
  const bundles = trust.truststores.map((truststore) => [...truststore.files]);
  return (job) => {
    verifier.learn(job.signatures);
    const before = setup.share ? verifier.size : verifier.authoritySize;
    const files = job.files.map((file, index) =>
      job.contents ? fileOf(file, job.contents[index]!, setup.limits) : readPlanned(tree!, file, setup.limits),
    );
    const part = checkPart({ root: setup.root, files, bundles }, trust, options, false);
    return { result: { part, signatures: setup.share ? verifier.known(before) : verifier.authorityKnown(before) } };
  };
});
