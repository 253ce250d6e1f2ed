// Generates, once, the benchmark corpus in .bench-cache/10k/ (git-ignored):
// a 1,000-certificate truststore (300 roots, 700 intermediates; RSA-2048/3072,
// P-256/P-384), 10,000 client files signed by those intermediates (mixed key
// types, a fifth carrying their intermediate, about 2% broken on purpose),
// and a 100-certificate truststore that the first 1,000 clients chain to.
// The large corpus (ensureLargeCorpus, in .bench-cache/100k/) is built the
// same way with 100,000 client files; it has its own truststore, since the CA
// keys of the first are not kept. Each is a repository of its own: the 10,000
// clients' check must not list the other's 100,000 files (discovery lists a
// repository's file names).
// @peculiar/x509 signs through WebCrypto: thousands of certificates in seconds,
// where one openssl process per certificate would take minutes. Keys come from
// small pools (a certificate's cost to parse and verify does not depend on
// whether its key is unique).
import 'reflect-metadata';
import { webcrypto } from 'node:crypto';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as x509 from '@peculiar/x509';

x509.cryptoProvider.set(webcrypto);
const subtle = webcrypto.subtle;

export const CORPUS_VERSION = 4;
export const TRUSTSTORE_SIZE = 1000;
export const ROOTS = 300;
export const SMALL_TRUSTSTORE_ROOTS = 30;
export const SMALL_TRUSTSTORE_SIZE = 100;
export const CLIENT_FILES = 10000;
export const CLIENTS_PER_FOLDER = 1000;
export const LARGE_CLIENT_FILES = 100_000;
/** The large corpus's own version: changing it regenerates that corpus alone. */
export const LARGE_CORPUS_VERSION = 1;

const NOT_BEFORE = new Date('2025-01-01T00:00:00Z');
const NOT_AFTER = new Date('2035-01-01T00:00:00Z');

/** A small deterministic generator, so every machine builds the same shape of corpus. */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const ALGORITHMS = {
  rsa2048: {
    name: 'RSASSA-PKCS1-v1_5',
    hash: 'SHA-256',
    publicExponent: new Uint8Array([1, 0, 1]),
    modulusLength: 2048,
  },
  rsa3072: {
    name: 'RSASSA-PKCS1-v1_5',
    hash: 'SHA-256',
    publicExponent: new Uint8Array([1, 0, 1]),
    modulusLength: 3072,
  },
  rsa1024: {
    name: 'RSASSA-PKCS1-v1_5',
    hash: 'SHA-256',
    publicExponent: new Uint8Array([1, 0, 1]),
    modulusLength: 1024,
  },
  p256: { name: 'ECDSA', namedCurve: 'P-256' },
  p384: { name: 'ECDSA', namedCurve: 'P-384' },
};

async function keyPool(kind, size) {
  const keys = [];
  for (let i = 0; i < size; i++)
    keys.push({
      kind,
      algorithm: ALGORITHMS[kind],
      keys: await subtle.generateKey(ALGORITHMS[kind], true, ['sign', 'verify']),
    });
  return keys;
}

function signingAlgorithm(issuerKey, hash = 'SHA-256') {
  return issuerKey.algorithm.name === 'ECDSA'
    ? { name: 'ECDSA', hash: issuerKey.algorithm.namedCurve === 'P-384' ? 'SHA-384' : hash }
    : { name: 'RSASSA-PKCS1-v1_5', hash };
}

let serial = 1;
async function issue({ subject, issuer, key, ca, notBefore = NOT_BEFORE, notAfter = NOT_AFTER, hash }) {
  const signer = issuer ?? { name: subject, key };
  const extensions = [
    new x509.BasicConstraintsExtension(ca, undefined, true),
    new x509.KeyUsagesExtension(
      ca ? x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign : x509.KeyUsageFlags.digitalSignature,
      true,
    ),
    await x509.SubjectKeyIdentifierExtension.create(key.keys.publicKey),
    await x509.AuthorityKeyIdentifierExtension.create(signer.key.keys.publicKey),
  ];
  if (!ca) extensions.push(new x509.ExtendedKeyUsageExtension([x509.ExtendedKeyUsage.clientAuth]));
  const certificate = await x509.X509CertificateGenerator.create({
    serialNumber: (serial++).toString(16).padStart(8, '0'),
    subject,
    issuer: signer.name,
    notBefore,
    notAfter,
    publicKey: key.keys.publicKey,
    signingKey: signer.key.keys.privateKey,
    signingAlgorithm:
      hash && signer.key.algorithm.name === 'ECDSA' ? { name: 'ECDSA', hash } : signingAlgorithm(signer.key, hash),
    extensions,
  });
  return { name: subject, key, pem: certificate.toString('pem') };
}

export function corpusPaths(root, stamp = `corpus-v${CORPUS_VERSION}.done`) {
  return {
    root,
    stamp: path.join(root, stamp),
    truststore: path.join(root, 'truststore-1000.pem'),
    smallTruststore: path.join(root, 'truststore-100.pem'),
    intermediates: path.join(root, 'intermediates.pem'),
    clients: path.join(root, 'clients'),
  };
}

/** Builds the corpus unless this version of it is already cached. */
export function ensureCorpus(cache, log = console.log) {
  return generate(corpusPaths(path.join(cache, '10k')), CLIENT_FILES, log, 'about two minutes');
}

/**
 * The corpus with 100,000 client files, in `100k/` under `cache`, unless this
 * version of it is already there; the limit on files matched is raised in its
 * configuration file (limits.max-files is 50,000 by default).
 */
export async function ensureLargeCorpus(cache, log = console.log) {
  const paths = await generate(
    corpusPaths(path.join(cache, '100k'), `corpus-large-v${LARGE_CORPUS_VERSION}.done`),
    LARGE_CLIENT_FILES,
    log,
    'about twenty minutes',
  );
  writeFileSync(path.join(paths.root, '.truststore-check.yml'), 'limits:\n  max-files: 200000\n');
  return paths;
}

async function generate(paths, clientFiles, log, duration) {
  const { root } = paths;
  if (existsSync(paths.stamp)) return paths;
  const started = Date.now();
  log(`Generating the benchmark corpus in ${root} (once; ${duration})...`);
  // Clear only what this writes (and the bench's repository of it).
  for (const name of ['clients', 'truststore-1000.pem', 'truststore-100.pem', 'intermediates.pem', '.git'])
    rmSync(path.join(root, name), { recursive: true, force: true });
  mkdirSync(paths.clients, { recursive: true });
  const next = random(20261125);
  const pick = (list) => list[Math.floor(next() * list.length)];

  const pools = {
    rsa2048: await keyPool('rsa2048', 24),
    rsa3072: await keyPool('rsa3072', 8),
    rsa1024: await keyPool('rsa1024', 2),
    p256: await keyPool('p256', 64),
    p384: await keyPool('p384', 16),
  };
  const caKey = (i) =>
    i % 4 === 0
      ? pick(pools.rsa3072)
      : i % 4 === 1
        ? pick(pools.rsa2048)
        : i % 4 === 2
          ? pick(pools.p256)
          : pick(pools.p384);

  const roots = [];
  for (let i = 0; i < ROOTS; i++)
    roots.push(await issue({ subject: `O=Bench PKI ${i % 17},CN=Bench Root ${i}`, key: caKey(i), ca: true }));
  const intermediates = [];
  for (let i = 0; i < TRUSTSTORE_SIZE - ROOTS; i++) {
    // The first 70 intermediates hang under the first 30 roots: together the 100-certificate truststore.
    const root =
      i < SMALL_TRUSTSTORE_SIZE - SMALL_TRUSTSTORE_ROOTS
        ? roots[i % SMALL_TRUSTSTORE_ROOTS]
        : roots[SMALL_TRUSTSTORE_ROOTS + (i % (ROOTS - SMALL_TRUSTSTORE_ROOTS))];
    intermediates.push(
      await issue({
        subject: `O=Bench PKI ${i % 17},CN=Bench Issuing CA ${i}`,
        issuer: root,
        key: caKey(i + 1),
        ca: true,
      }),
    );
  }
  writeFileSync(paths.truststore, [...roots, ...intermediates].map((c) => c.pem).join('\n') + '\n');
  writeFileSync(
    paths.smallTruststore,
    [
      ...roots.slice(0, SMALL_TRUSTSTORE_ROOTS),
      ...intermediates.slice(0, SMALL_TRUSTSTORE_SIZE - SMALL_TRUSTSTORE_ROOTS),
    ]
      .map((c) => c.pem)
      .join('\n') + '\n',
  );
  writeFileSync(paths.intermediates, intermediates.map((c) => c.pem).join('\n') + '\n');

  const ecIntermediates = intermediates.slice(SMALL_TRUSTSTORE_SIZE).filter((c) => c.key.algorithm.name === 'ECDSA');
  const foreignRoot = await issue({ subject: 'CN=Foreign Root', key: pick(pools.p256), ca: true });
  const foreign = await issue({
    subject: 'CN=Foreign Issuing CA',
    issuer: foreignRoot,
    key: pick(pools.p256),
    ca: true,
  });
  const broken = { weakSignature: 0, weakKey: 0, foreignIssuer: 0, expired: 0 };
  for (let i = 0; i < clientFiles; i++) {
    const folder = path.join(paths.clients, String(Math.floor(i / CLIENTS_PER_FOLDER)).padStart(2, '0'));
    if (i % CLIENTS_PER_FOLDER === 0) mkdirSync(folder, { recursive: true });
    const smallSet = i < CLIENTS_PER_FOLDER;
    const issuer = smallSet ? intermediates[i % (SMALL_TRUSTSTORE_SIZE - SMALL_TRUSTSTORE_ROOTS)] : pick(intermediates);
    const roll = next();
    const key = roll < 0.6 ? pick(pools.p256) : roll < 0.9 ? pick(pools.rsa2048) : pick(pools.p384);
    const options = { subject: `O=Bench Clients,OU=Team ${i % 97},CN=client-${i}`, issuer, key, ca: false };
    // About 2% broken on purpose, spread through the corpus (none in the 1,000 shared with the small truststore).
    const fault = smallSet ? -1 : i % 200;
    if (fault === 7) {
      // WebCrypto binds an RSA key to one hash, so SHA-1 signatures come from the EC issuing CAs.
      options.issuer = ecIntermediates[i % ecIntermediates.length];
      options.hash = 'SHA-1';
      broken.weakSignature++;
    } else if (fault === 57) {
      options.key = pick(pools.rsa1024);
      broken.weakKey++;
    } else if (fault === 107) {
      options.issuer = foreign;
      broken.foreignIssuer++;
    } else if (fault === 157) {
      options.notBefore = new Date('2023-01-01T00:00:00Z');
      options.notAfter = new Date('2024-01-01T00:00:00Z');
      broken.expired++;
    }
    const client = await issue(options);
    const carriesIntermediate = next() < 0.2;
    writeFileSync(
      path.join(folder, `client-${String(i).padStart(5, '0')}.pem`),
      carriesIntermediate ? `${client.pem}\n${options.issuer.pem}\n` : `${client.pem}\n`,
    );
  }
  writeFileSync(
    paths.stamp,
    JSON.stringify({ version: CORPUS_VERSION, broken, seconds: (Date.now() - started) / 1000 }, null, 2),
  );
  log(
    `Corpus ready in ${((Date.now() - started) / 1000).toFixed(1)} s: ${TRUSTSTORE_SIZE} truststore certificates, ${clientFiles} client files (${JSON.stringify(broken)}).`,
  );
  return paths;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await ensureCorpus(path.resolve('.bench-cache'));
  if (process.argv.includes('--large')) await ensureLargeCorpus(path.resolve('.bench-cache'));
}
