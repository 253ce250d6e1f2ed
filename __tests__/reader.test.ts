import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readObjects } from '../src/inventory/objects.js';
import { goCertificates } from '../src/inventory/reader-agreement.js';
import { FIXTURES } from './helpers.js';

/**
 * The reader's subtle cases, one per behaviour modelled from OpenSSL's source,
 * each checked against the openssl binary itself: the certificates the tool
 * reads from the bytes must be those `openssl crl2pkcs7 -nocrl -certfile`
 * loads, and a file openssl refuses must be a load failure. Go's reading is
 * what the model says (checked against Go by the system test).
 */
const standard = readFileSync(path.join(FIXTURES, 'truststores/standard.pem'), 'latin1');
const [rootRsa, intRsa, rootEc] = standard.split(/(?=-----BEGIN)/) as [string, string, string, string];
const body = (pem: string) => pem.split('\n').slice(1, -2);
const extra = readFileSync(path.join(FIXTURES, 'clients/client-p256.pem'), 'latin1');

const scratch = mkdtempSync(path.join(tmpdir(), 'tsc-reader-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** SHA-256 of what openssl loads, or undefined where it fails on the file. */
function opensslLoads(text: string): string[] | undefined {
  const file = path.join(scratch, 'case.pem');
  writeFileSync(file, Buffer.from(text, 'latin1'));
  try {
    const pkcs7 = execFileSync('openssl', ['crl2pkcs7', '-nocrl', '-certfile', file], { stdio: 'pipe' });
    const printed = execFileSync('openssl', ['pkcs7', '-print_certs'], { input: pkcs7 }).toString();
    return (printed.match(/-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----/g) ?? []).map((pem) =>
      execFileSync('openssl', ['x509', '-noout', '-fingerprint', '-sha256'], { input: pem })
        .toString()
        .replace(/^.*=|:|\n/g, ''),
    );
  } catch {
    return undefined;
  }
}

const cases: Array<[name: string, text: string, go: 'same' | 'different']> = [
  [
    'a BEGIN line that starts at byte 255 of a long line (fgets reads 254 bytes at a time)',
    `${'#'.repeat(254)}${rootRsa}`,
    'different',
  ],
  ['a BEGIN line after a 253-byte comment on the same line', `${'#'.repeat(253)}${rootRsa}`, 'same'],
  ['a NUL at the start of a line ends the reading', `${rootRsa}\0\n${intRsa}`, 'different'],
  ['a NUL in the middle of a text line cuts only that line', `x\0y\n${rootRsa}`, 'same'],
  ['a byte-order mark right after an END line is stripped too', `${rootRsa}\xef\xbb\xbf${intRsa}`, 'different'],
  ['a byte-order mark before a later line of text is not', `${rootRsa}# note\n\xef\xbb\xbf${intRsa}`, 'same'],
  [
    'a BEGIN line inside a block ends its base64: the block inside is not read',
    `${rootRsa.replace(/\n-----END[^\n]*\n$/, '\n')}${intRsa}`,
    'different',
  ],
  ['a blank line right after BEGIN, then 64-column lines', rootRsa.replace('-----\n', '-----\n\n'), 'same'],
  [
    'a blank line right after BEGIN, then 76-column lines',
    `-----BEGIN CERTIFICATE-----\n\n${(
      body(rootRsa)
        .join('')
        .match(/.{1,76}/g) ?? []
    ).join('\n')}\n-----END CERTIFICATE-----\n`,
    'same',
  ],
  ['control bytes and a no-break space after the dashes', rootRsa.replace('-----\n', '-----\x01\xa0\n'), 'different'],
  ['DEL (0x7f) after the dashes: not stripped, the line is text', rootRsa.replace('-----\n', '-----\x7f\n'), 'same'],
  ['a tab after the dashes', rootRsa.replace('-----\n', '-----\t\n'), 'same'],
  [
    'base64 rewrapped in one line of 1,300 characters',
    `-----BEGIN CERTIFICATE-----\n${body(rootRsa).join('')}\n-----END CERTIFICATE-----\n`,
    'same',
  ],
  ['spaces inside the base64', rootRsa.replace(/\n(MII)/, '\n M I I'), 'same'],
  ['a lone CR line end', rootRsa.replace(/\n/g, '\r'), 'same'],
  [
    'a certificate name OpenSSL takes and Go does not',
    rootRsa.replace(/CERTIFICATE/g, 'X509 CERTIFICATE'),
    'different',
  ],
  ['a header line without a blank line after it', rootRsa.replace('-----\n', '-----\nComment: x\n'), 'same'],
  [
    'an unknown block with bad base64 fails the file',
    `${rootEc}-----BEGIN NOTE-----\n*\n-----END NOTE-----\n`,
    'different',
  ],
  [
    'an unknown block whose base64 decodes to nothing fails the file',
    `-----BEGIN NOTE-----\n-----BEGIN CERTIFICATE-----\n-----END NOTE-----\n${rootEc}`,
    'same',
  ],
  ['an unknown block with good base64 is skipped', `-----BEGIN NOTE-----\nAAAA\n-----END NOTE-----\n${rootEc}`, 'same'],
  ['padding inside the base64', rootRsa.replace(/\n(.{4})/, '\n$1=\n'), 'different'],
  [
    'a second certificate after the first in one block',
    `-----BEGIN CERTIFICATE-----\n${Buffer.concat([Buffer.from(body(rootRsa).join(''), 'base64'), Buffer.from(body(extra).join(''), 'base64')]).toString('base64')}\n-----END CERTIFICATE-----\n`,
    'different',
  ],
];

describe('the reader reads what OpenSSL loads, case by case (checked with openssl)', () => {
  test.each(cases)('%s', (_name, text, go) => {
    const read = readObjects(Buffer.from(text, 'latin1'), Infinity, 'truststore');
    const expected = opensslLoads(text);
    const tool = read.loadFailure
      ? undefined
      : read.objects.flatMap((object) => (object.kind === 'certificate' ? [object.certificate.sha256] : []));
    expect(tool).toEqual(expected);
    // Where OpenSSL loads the file, Go's reading is compared and any difference reported.
    if (expected !== undefined) {
      const goReads = goCertificates(Buffer.from(text, 'latin1')).map((entry) => entry.sha256);
      const differs = [...goReads].sort().join() !== [...expected].sort().join();
      expect({ differs, reported: read.disagreement !== undefined }).toEqual({ differs, reported: differs });
      expect(differs ? 'different' : 'same').toBe(go);
    }
  });
});

describe('bounded work: files built to make a line-based reader rescan', () => {
  // Each would take minutes if a reader scanned the rest of a line, or of the file, once per 254-byte read or per
  // BEGIN line; read in one pass, each takes milliseconds. A regression shows as the test's timeout.
  const megabytes = (text: string) => text.repeat(Math.ceil((2 * 1024 * 1024) / text.length));
  test.each([
    ['a 2 MB line of spaces', `${megabytes(' ')}\n${rootRsa}`],
    ['a 2 MB file with lone CR line ends', megabytes(rootRsa.replace(/\n/g, '\r'))],
    ['2 MB of BEGIN lines that never end', megabytes('-----BEGIN CERTIFICATE-----\n')],
    [
      '2 MB of Go BEGIN candidates before one END of another type',
      `${megabytes('\n-----BEGIN A-----\nAAAA')}\n-----END B-----\n`,
    ],
    ['2 MB of header lines', `-----BEGIN CERTIFICATE-----\n${megabytes('a: b\n')}`],
  ])('%s', (_name, text) => {
    const bytes = Buffer.from(text, 'latin1');
    const read = readObjects(bytes, 10_000, 'truststore');
    expect(read.objects.filter((object) => object.kind === 'certificate').length).toBeLessThanOrEqual(1);
    expect(goCertificates(bytes).length).toBeLessThanOrEqual(1);
  });
});
