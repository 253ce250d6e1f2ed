import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { CHECK_TIME, FIXTURES, runCli } from './helpers.js';

/** Every base64 line of every private key in the fixtures: none may appear in any output. */
function keyMaterial(): string[] {
  const lines = new Set<string>();
  const keyFiles = readdirSync(path.join(FIXTURES, 'keys')).map((f) => `keys/${f}`);
  for (const file of [...keyFiles, 'truststores/with-key.pem']) {
    const text = readFileSync(path.join(FIXTURES, file), 'latin1');
    for (const block of text.matchAll(/-----BEGIN [A-Z ]*PRIVATE KEY-----([\s\S]*?)-----END/g)) {
      for (const line of block[1]!.split(/\r?\n/)) if (line.length >= 16 && !line.includes(':')) lines.add(line.trim());
    }
    if (file.endsWith('.der')) lines.add(readFileSync(path.join(FIXTURES, file)).toString('base64').slice(0, 40));
  }
  return [...lines];
}

describe('key material never appears in output', () => {
  const secrets = keyMaterial();

  test('the fixtures do hold key material to look for', () => {
    expect(secrets.length).toBeGreaterThan(50);
  });

  test.each(['text', 'json'])('%s output over every key fixture', async (format) => {
    const result = await runCli([
      '--at',
      CHECK_TIME,
      '--format',
      format,
      '--truststore',
      'truststores/with-key.pem',
      '--clients',
      'keys/*',
    ]);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/private-key-in-repository/);
    const output = result.stdout + result.stderr;
    // Also no hex runs long enough to be a modulus or private scalar.
    expect(output).not.toMatch(/[0-9a-fA-F:]{300,}/);
    for (const secret of secrets) expect(output.includes(secret)).toBe(false);
  });
});
