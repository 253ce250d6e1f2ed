import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { awsApiGateway } from '../../src/profiles/builtin/aws-api-gateway.js';
import { openssl } from '../../src/profiles/builtin/openssl.js';
import type { Profile } from '../../src/profiles/profile.js';
import { check, CHECK_TIME, FIXTURES } from '../helpers.js';

/**
 * `openssl verify` is the independent oracle: for every fixture client file
 * against every fixture truststore, the project's verdict must equal
 * openssl's, run with the flags the profile's chain model translates into.
 * API Gateway: the leaf alone (issuers only from the truststore), at most
 * three intermediates (-verify_depth 3). openssl: the client's file as
 * -untrusted. The fixtures use no algorithm the gateway refuses except where
 * a file says so (those are excluded: openssl verify applies no such floor).
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

/**
 * Refused by API Gateway's algorithm floors, which `openssl verify` has no flag for; and client files
 * that do not start with the client's certificate (client-not-end-entity), where openssl judges the
 * first certificate and the tool the client's own.
 */
const NOT_COMPARABLE =
  /client-(sha1|md5|sha224|ecdsa-sha1|pss-sha1|rsa1024|p224|p192|dsa|ed25519)\.pem$|(wrong-order|bare-ca)\.pem$/;

const run = promisify(execFile);

async function opensslAccepts(profile: Profile, truststore: string, clientFile: string, scratch: string) {
  const text = await readFile(path.join(FIXTURES, clientFile), 'latin1');
  const blocks = text.match(/-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----/g) ?? [];
  const leaf = path.join(scratch, 'leaf.pem');
  await writeFile(leaf, `${blocks[0]}\n`);
  const args = ['verify', '-no-CApath', '-no-CAstore', '-attime', String(Date.parse(CHECK_TIME) / 1000)];
  args.push('-verify_depth', String(profile.chain.maxIntermediates), '-CAfile', path.join(FIXTURES, truststore));
  if (profile.chain.issuers === 'truststore-and-client' && blocks.length > 1) {
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

describe.each([awsApiGateway, openssl].map((profile) => [profile.id, profile] as const))(
  'chain verdicts under %s agree with openssl verify',
  (_id, profile) => {
    let clientFiles: string[] = [];
    let scratch = '';

    beforeAll(async () => {
      scratch = await mkdtemp(path.join(tmpdir(), 'tsc-openssl-'));
      for (const folder of ['clients', 'chains']) {
        clientFiles.push(...(await readdir(path.join(FIXTURES, folder))).map((file) => `${folder}/${file}`));
      }
      clientFiles = clientFiles.filter((file) => !NOT_COMPARABLE.test(file)).sort();
    });

    test.each(TRUSTSTORES)('every client file against %s', async (truststore) => {
      const report = await check({ truststore: [truststore], clients: clientFiles, profile: profile.id });
      const ours: Record<string, boolean> = {};
      const theirs: Record<string, boolean> = {};
      for (const chain of report.chains) {
        ours[chain.file] = chain.accepted;
        theirs[chain.file] = await opensslAccepts(profile, truststore, chain.file, scratch);
      }
      expect(Object.keys(ours)).toHaveLength(clientFiles.length);
      expect(ours).toEqual(theirs);
      // The comparison means something only if both verdicts occur.
      if (truststore === 'truststores/standard.pem')
        expect(new Set(Object.values(theirs))).toEqual(new Set([true, false]));
    });
  },
);
