import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { PullRequestFile } from './action/fake-github.js';
import { FIXTURES } from './helpers.js';

/**
 * The two pull requests of issue 25, built from the committed openssl-made
 * fixtures (scripts/make-fixtures.sh, scripts/make-change-fixtures.sh): the
 * unit tests of what a reviewer sees, the action's end-to-end tests against
 * the fake GitHub and the browser test all check the same two changes.
 */
export interface FixturePullRequest {
  name: string;
  base: Record<string, string>;
  head: Record<string, string>;
  /** The action's inputs (the CLI's --truststore and --clients). */
  truststore: string;
  clients: string;
}

const fixture = (file: string) => readFileSync(path.join(FIXTURES, file), 'utf8');

/** The PEM blocks of a fixture file, each with its trailing newline. */
const blocks = (file: string) => fixture(file).match(/-----BEGIN [^]*?-----END [^-]+-----\n/g) ?? [];

/**
 * Onboarding clients: one signed with SHA-1, one whose issuer the truststore
 * lacks, one file written CA first, a private key committed beside them, and
 * an expired CA (which no client uses) added to the truststore.
 */
export function onboarding(): FixturePullRequest {
  const base = {
    'certs/truststore.pem': fixture('truststores/standard.pem'),
    'certs/clients/healthy.pem': fixture('clients/client-p256.pem'),
  };
  const expiredCa = blocks('truststores/expired-intermediate.pem')[1]!;
  return {
    name: 'onboarding',
    base,
    head: {
      ...base,
      'certs/truststore.pem': base['certs/truststore.pem'] + expiredCa,
      'certs/clients/billing-legacy.pem': fixture('clients/client-sha1.pem'),
      'certs/clients/partner-acme.pem': fixture('chains/foreign-issuer.pem'),
      'certs/clients/ops-cli.pem': fixture('clients/wrong-order.pem'),
      'certs/clients/ops-cli.key': fixture('keys/pkcs8.key'),
    },
    truststore: 'certs/truststore.pem',
    clients: 'certs/clients/*',
  };
}

/** The removal of an issuing CA two clients chain through (a third client, under the other CA, is untouched). */
export function caRemoval(): FixturePullRequest {
  const change = (name: string) => fixture(`changes/${name}.pem`);
  const base = {
    'certs/truststore.pem': change('issuing-a') + change('issuing-b') + change('root'),
    'certs/clients/a1.pem': change('client-a1'),
    'certs/clients/a2.pem': change('client-a2'),
    'certs/clients/b1.pem': change('client-b1'),
  };
  return {
    name: 'ca-removal',
    base,
    head: { ...base, 'certs/truststore.pem': change('issuing-b') + change('root') },
    truststore: 'certs/truststore.pem',
    clients: 'certs/clients/*',
  };
}

/**
 * A scratch clone holding the base commit and the head on top (the working
 * tree), and the pull request's files as GitHub's pulls/files lists them:
 * each changed file's patch as git writes it, from its first hunk on.
 */
export async function commitPullRequest(
  pr: FixturePullRequest,
): Promise<{ dir: string; baseSha: string; files: PullRequestFile[] }> {
  const dir = await mkdtemp(path.join(tmpdir(), `tsc-${pr.name}-`));
  const git = (...args: string[]) =>
    execFileSync('git', ['-C', dir, ...args], {
      env: {
        ...process.env,
        GIT_AUTHOR_NAME: 't',
        GIT_AUTHOR_EMAIL: 't@t',
        GIT_COMMITTER_NAME: 't',
        GIT_COMMITTER_EMAIL: 't@t',
        GIT_CONFIG_NOSYSTEM: '1',
      },
    })
      .toString()
      .trim();
  const write = async (tree: Record<string, string>) => {
    await rm(path.join(dir, 'certs'), { recursive: true, force: true });
    for (const [file, text] of Object.entries(tree)) {
      await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
      await writeFile(path.join(dir, file), text);
    }
  };
  git('init', '-q');
  await write(pr.base);
  git('add', '-A');
  git('commit', '-qm', 'base');
  const baseSha = git('rev-parse', 'HEAD');
  await write(pr.head);
  git('add', '-A');
  git('commit', '-qm', 'head', '--allow-empty');
  const files = Object.keys({ ...pr.base, ...pr.head })
    .filter((file) => pr.head[file] !== pr.base[file])
    .map((file) => ({
      filename: file,
      patch: git('diff', baseSha, 'HEAD', '--', file).replace(/^[\s\S]*?(?=^@@)/m, ''),
    }));
  return { dir, baseSha, files };
}
