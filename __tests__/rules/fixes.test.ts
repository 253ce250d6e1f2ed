import { applyFix, loadedCertificates, planFixes, type Fix } from '../../src/findings/fix.js';
import { fileLines } from '../../src/text/lines.js';
import {
  ca,
  client,
  clientFile,
  findingsFor,
  standardPki,
  truststoreFile,
  type MemoryFile,
  type RuleCase,
} from './rule-tester.js';

/** The text of every file of a case, by path, as lines. */
function linesOf(files: readonly MemoryFile[]) {
  return (path: string) => {
    const file = files.find((candidate) => candidate.path === path);
    return typeof file?.content === 'string' ? fileLines(file.content) : undefined;
  };
}

/**
 * Applies the fix of the rule's first finding to its file, as accepting the
 * suggestion would, and returns the case with the file changed.
 */
function applied(ruleId: string, testCase: RuleCase): { fix: Fix; fixed: RuleCase } {
  const [finding] = findingsFor(ruleId, testCase);
  expect(finding?.fix).toBeDefined();
  const fix = finding!.fix!;
  const text = applyFix(fix, linesOf(testCase.files));
  expect(text).toBeDefined();
  const files = testCase.files.map((file) => (file.path === fix.file ? { ...file, content: text! } : file));
  return { fix, fixed: { ...testCase, files } };
}

describe('mechanical fixes: applying the fix removes the finding', () => {
  test('blank lines in a load balancer bundle: one fix removes all of them, and nothing else', () => {
    const { issuing, root } = standardPki();
    const testCase: RuleCase = {
      name: 'blank lines',
      profile: 'aws-alb',
      files: [truststoreFile(`${issuing.pem}\n${root.pem}\n\n`)],
    };
    const { fix, fixed } = applied('truststore-format', testCase);
    expect(fix.description).toBe('Remove the blank lines.');
    expect(findingsFor('truststore-format', fixed)).toEqual([]);
    expect(fixed.files[0]!.content).toBe(issuing.pem + root.pem);
  });

  test('an `openssl x509 -text` dump before a block is removed', () => {
    const { issuing, root } = standardPki();
    const dump = 'Certificate:\n    Data:\n        Version: 3 (0x2)\n';
    const testCase: RuleCase = {
      name: 'text dump',
      profile: 'aws-alb',
      files: [truststoreFile(dump + issuing.pem + root.pem)],
    };
    const { fixed } = applied('truststore-format', testCase);
    expect(findingsFor('truststore-format', fixed)).toEqual([]);
    expect(fixed.files[0]!.content).toBe(issuing.pem + root.pem);
  });

  test('a repeated block is removed, the first copy stays', () => {
    const { issuing, root, leaf } = standardPki();
    const testCase: RuleCase = {
      name: 'duplicate',
      files: [truststoreFile(issuing.pem + root.pem + issuing.pem), clientFile(leaf.pem)],
    };
    const { fix, fixed } = applied('duplicate-certificate', testCase);
    expect(fix.line).toBeGreaterThan(1);
    expect(findingsFor('duplicate-certificate', fixed)).toEqual([]);
    expect(findingsFor('issuer-not-found', fixed)).toEqual([]);
  });

  test("a chain written root first: the client's certificate goes first, the CAs after it nearest first", () => {
    const root = ca('Root CA');
    const issuing = ca('Issuing CA', { issuer: root });
    const leaf = client('client-1', { issuer: issuing });
    const testCase: RuleCase = {
      name: 'wrong order',
      files: [truststoreFile(issuing.pem + root.pem), clientFile(root.pem + issuing.pem + leaf.pem)],
    };
    const { fixed } = applied('client-not-end-entity', testCase);
    expect(findingsFor('client-not-end-entity', fixed)).toEqual([]);
    expect(fixed.files[1]!.content).toBe(leaf.pem + issuing.pem + root.pem);
  });

  test('an intermediate the client sends but API Gateway does not use is copied into the truststore', () => {
    const { root, issuing, leaf } = standardPki();
    const testCase: RuleCase = {
      name: 'missing intermediate',
      files: [truststoreFile(root.pem), clientFile(leaf.pem + issuing.pem)],
    };
    const { fix, fixed } = applied('issuer-not-found', testCase);
    expect(fix.file).toBe('truststore.pem');
    expect(fix.description).toMatch(
      /^Add .*Issuing CA.* to the truststore \(the certificate clients\/client\.pem sends\)\.$/,
    );
    expect(findingsFor('issuer-not-found', fixed)).toEqual([]);
    expect(fixed.files[0]!.content).toBe(root.pem + issuing.pem);
  });

  test("a CA is added from its DER as canonical PEM, never from the client file's lines", () => {
    const { root, issuing, leaf } = standardPki();
    // The client's copy of the CA carries a second certificate for OpenSSL: a block whose BEGIN line ends in a
    // control byte, which OpenSSL reads and a reviewer does not see as a block of its own.
    const stowaway = ca('Stowaway Root');
    const carrier = `${issuing.pem}${stowaway.pem.replace('-----BEGIN CERTIFICATE-----', '-----BEGIN CERTIFICATE-----\x01')}`;
    const testCase: RuleCase = {
      name: 'missing intermediate, carried with a stowaway',
      files: [truststoreFile(root.pem), clientFile(leaf.pem + carrier)],
    };
    const { fix, fixed } = applied('issuer-not-found', testCase);
    expect(fix.replacement.filter((part) => 'file' in part && part.file !== fix.file)).toEqual([]);
    expect(fix.certificates?.added).toHaveLength(1);
    const content = fixed.files[0]!.content as string;
    expect(content).toBe(root.pem + issuing.pem);
    expect(loadedCertificates(content)).toHaveLength(2);
    expect(content).not.toContain(stowaway.pem.split('\n')[1]!);
  });

  test('a fix whose result would load other certificates than it says is not made', () => {
    const { root, issuing } = standardPki();
    const lines = fileLines(root.pem + issuing.pem);
    const last = lines.length;
    // "Remove the blank lines" that in fact cut the last END line: OpenSSL would then load nothing.
    const wrong: Fix = { file: 'truststore.pem', line: last, endLine: last, description: 'Remove.', replacement: [] };
    expect(planFixes([wrong], () => lines).applied).toEqual([]);
    // Says it adds nothing but adds a certificate: refused too.
    const sneaky: Fix = {
      file: 'truststore.pem',
      line: last,
      endLine: last,
      description: 'Tidy.',
      replacement: [
        { file: 'truststore.pem', line: last, endLine: last },
        { certificate: ca('Sneaky').pem.replace(/-----[^-]+-----|\s/g, '') },
      ],
    };
    expect(planFixes([sneaky], () => lines).applied).toEqual([]);
    const other = loadedCertificates(ca('Other').pem)!;
    expect(planFixes([{ ...sneaky, certificates: { added: other } }], () => lines).applied).toEqual([]);
  });

  test('no fix where it would not be mechanical', () => {
    const { root, issuing, leaf } = standardPki();
    // Text between the CAs and the client's block: reordering would have to decide where it goes.
    const mixed: RuleCase = {
      name: 'text among the blocks',
      files: [truststoreFile(issuing.pem + root.pem), clientFile(`${issuing.pem}# the client\n${leaf.pem}`)],
    };
    expect(findingsFor('client-not-end-entity', mixed)[0]?.fix).toBeUndefined();
    // A CA nobody in the repository has: nothing to copy.
    const unknown: RuleCase = { name: 'unknown issuer', files: [truststoreFile(root.pem), clientFile(leaf.pem)] };
    expect(findingsFor('issuer-not-found', unknown)[0]?.fix).toBeUndefined();
  });

  test('a CA the client sends whose signature does not verify is never suggested for the truststore', () => {
    // Named and key-identified as an intermediate under the trusted root, but not signed by it: copying it into the
    // truststore would make a pull request author's own CA trusted on the bot's word.
    const root = ca('Root CA');
    const forged = ca('Issuing CA', { issuer: root, signer: ca('Elsewhere').key });
    const leaf = client('client-1', { issuer: forged });
    const testCase: RuleCase = {
      name: 'forged intermediate',
      files: [truststoreFile(root.pem), clientFile(leaf.pem + forged.pem)],
    };
    const [finding] = findingsFor('issuer-not-found', testCase);
    expect(finding).toBeDefined();
    expect(finding!.fix).toBeUndefined();
    expect(finding!.message).not.toMatch(/Add (it|them) to the truststore/);
  });

  test('a fix whose lines are no longer there is not applied', () => {
    const fix: Fix = { file: 'a.pem', line: 3, endLine: 4, description: 'Remove.', replacement: [] };
    expect(applyFix(fix, () => ['one', 'two'])).toBeUndefined();
    expect(
      applyFix({ ...fix, replacement: [{ file: 'b.pem', line: 1, endLine: 9 }] }, () => ['1', '2', '3', '4']),
    ).toBe(undefined);
    expect(applyFix({ ...fix, line: 2, endLine: 2 }, () => ['one', 'two', 'three'])).toBe('one\nthree\n');
  });
});
