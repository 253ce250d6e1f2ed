import { readFileSync } from 'node:fs';
import path from 'node:path';
import { checkInventory } from '../src/engine.js';
import { sourceFile } from '../src/inventory/inventory.js';
import { readObjects } from '../src/inventory/objects.js';
import { findProfile } from '../src/profiles/registry.js';
import { CHECK_TIME, FIXTURES, memoryFile } from './helpers.js';

/**
 * A malformed file is a finding on the file (a DerError from the parsers);
 * a bug in the parsers is an internal error, never read as a malformed file
 * and never a crash. The bug is made real: bytes whose `subarray` throws a
 * TypeError, as a slip in the parser would.
 */
class BytesThatBreakTheParser extends Uint8Array {
  override subarray(): Uint8Array<ArrayBuffer> {
    throw new TypeError('a bug in the parser');
  }
}

const pem = readFileSync(path.join(FIXTURES, 'clients', 'client-ecdsa-sha1.pem'), 'latin1');
const der = Buffer.from(pem.replace(/-----[^-]+-----/g, '').replace(/\s/g, ''), 'base64');

describe('a bug in a parser', () => {
  test('the certificate reads as a certificate when the parser works (the bytes are good)', () => {
    expect(readObjects(new Uint8Array(der), Infinity, 'client').objects.map((object) => object.kind)).toEqual([
      'certificate',
    ]);
  });

  test('a malformed DER file is still a malformed object, not an internal error', () => {
    const read = readObjects(der.subarray(0, der.length - 10), Infinity, 'client');
    expect(read.readerError).toBeUndefined();
    expect(read.objects.map((object) => object.kind)).toEqual(['malformed']);
  });

  test('is no malformed object: the file is left unread, with what the parser said', () => {
    const read = readObjects(BytesThatBreakTheParser.from(der), Infinity, 'client');
    expect(read.objects).toEqual([]);
    expect(read.readerError).toBe('a bug in the parser');
  });

  test('becomes an internal-error finding on the file, and the check goes on', () => {
    const truststore = memoryFile(
      'truststore.pem',
      'truststore',
      readFileSync(path.join(FIXTURES, 'truststores', 'standard.pem')),
    );
    const client = sourceFile('client.der', 'client', BytesThatBreakTheParser.from(der));
    const report = checkInventory(
      { root: '/memory', files: [truststore, client], bundles: [[truststore]] },
      {
        profile: findProfile('aws-api-gateway')!,
        at: new Date(CHECK_TIME),
        expiryWarningDays: 30,
        severities: {},
        suppressions: [],
      },
    );
    const onClient = report.findings.filter((finding) => finding.file === 'client.der');
    expect(onClient.map((finding) => finding.ruleId)).toContain('internal-error');
    expect(onClient.find((finding) => finding.ruleId === 'internal-error')!.message).toContain(
      'while reading the file: a bug in the parser',
    );
    expect(onClient.map((finding) => finding.ruleId)).not.toContain('unparseable-certificate');
  });
});
