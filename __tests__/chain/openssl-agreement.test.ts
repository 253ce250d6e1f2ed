import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { MAX_CHAIN_LENGTH } from '../../src/chain/path-builder.js';
import { check, CHECK_TIME, FIXTURES } from '../helpers.js';

/**
 * `openssl verify` is the tool users reach for; for every fixture client file
 * against every fixture truststore, the project and openssl must agree on
 * whether the client is accepted. openssl is told API Gateway's chain limit
 * (-verify_depth counts the intermediates: 4 certificates = 2) and the same
 * check time, and is kept away from the system's CA store.
 */
const TRUSTSTORES = [
  'standard.pem',
  'root-rsa-only.pem',
  'intermediate-only.pem',
  'with-self-signed-client.pem',
  'non-ca-issuers.pem',
  'pathlen.pem',
  'deep.pem',
  'expired-intermediate.pem',
  'with-leaf.pem',
  'text-dump.pem',
  'crlf.pem',
  'name-constrained.pem',
].map((name) => `truststores/${name}`);

const run = promisify(execFile);

async function opensslAccepts(truststore: string, clientFile: string, scratch: string): Promise<boolean> {
  const text = await readFile(path.join(FIXTURES, clientFile), 'latin1');
  const blocks = text.match(/-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----/g) ?? [];
  const leaf = path.join(scratch, 'leaf.pem');
  await writeFile(leaf, `${blocks[0]}\n`);
  const args = [
    'verify',
    '-no-CApath',
    '-no-CAstore',
    '-attime',
    String(Date.parse(CHECK_TIME) / 1000),
    '-verify_depth',
    String(MAX_CHAIN_LENGTH - 2),
    '-CAfile',
    path.join(FIXTURES, truststore),
  ];
  if (blocks.length > 1) {
    const untrusted = path.join(scratch, 'untrusted.pem');
    await writeFile(untrusted, `${blocks.slice(1).join('\n')}\n`);
    args.push('-untrusted', untrusted);
  }
  try {
    await run('openssl', [...args, leaf]);
    return true;
  } catch {
    return false;
  }
}

describe('chain verdicts agree with openssl verify', () => {
  let clientFiles: string[] = [];
  let scratch = '';

  beforeAll(async () => {
    scratch = await mkdtemp(path.join(tmpdir(), 'tsc-openssl-'));
    for (const folder of ['clients', 'chains']) {
      clientFiles.push(...(await readdir(path.join(FIXTURES, folder))).map((file) => `${folder}/${file}`));
    }
    clientFiles = clientFiles.sort();
  });

  test.each(TRUSTSTORES)('every client file against %s', async (truststore) => {
    const report = await check({ truststore: [truststore], clients: clientFiles });
    expect(report.chains).toHaveLength(clientFiles.length);
    const ours: Record<string, boolean> = {};
    const theirs: Record<string, boolean> = {};
    for (const chain of report.chains) {
      ours[chain.file] = chain.valid;
      theirs[chain.file] = await opensslAccepts(truststore, chain.file, scratch);
    }
    expect(ours).toEqual(theirs);
    // The comparison means something only if both verdicts occur.
    if (truststore === 'truststores/standard.pem')
      expect(new Set(Object.values(theirs))).toEqual(new Set([true, false]));
  });
});
