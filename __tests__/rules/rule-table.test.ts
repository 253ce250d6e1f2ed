import { RULES } from '../../src/rules/registry.js';
import { extension as ext } from '../differential/certificates.js';
import {
  ca,
  client,
  clientFile,
  crl,
  crlFile,
  days,
  ed25519Key,
  keyFile,
  name,
  newKey,
  OID,
  privateKeyPem,
  standardPki,
  TESTED,
  findingsFor,
  testRule,
  truststoreFile,
  weakRsaKey,
  type InvalidCase,
  type MemoryFile,
  type RuleCase,
} from './rule-tester.js';
import type { SourceFile } from '../../src/inventory/inventory.js';
import type { DiscoveryNote } from '../../src/discovery/model.js';

/**
 * Every rule, valid and invalid, in memory: what makes it speak and what
 * must leave it silent. Fixture files on disk are tested in rules.test.ts;
 * these tables pin each rule's own logic, case by case.
 */

/** The standard PKI with the client file made of `leaf` (and what it sends). */
function everyday(leafPem?: (pki: ReturnType<typeof standardPki>) => string): RuleCase {
  const pki = standardPki();
  return {
    name: 'a client under the standard PKI',
    files: [truststoreFile(pki.truststore), clientFile(leafPem ? leafPem(pki) : pki.leaf.pem)],
  };
}

const valid = (name: string, make: () => Omit<RuleCase, 'name'>) => () => ({ name, ...make() });
const invalid = (name: string, make: () => Omit<InvalidCase, 'name'>) => () => ({ name, ...make() });

// ---- Files ----------------------------------------------------------------

testRule('file-not-read', {
  valid: [() => everyday()],
  invalid: [
    invalid('a file over the size limit', () => ({
      files: [
        { ...truststoreFile(''), notRead: { severity: 'error', reason: 'it is 2,000,000 bytes, over the limit' } },
      ],
      errors: [{ says: /not read.*2,000,000 bytes, over the limit/i, file: 'truststore.pem' }],
    })),
  ],
});

testRule('file-skipped', {
  valid: [
    () => everyday(),
    valid('an unread file is file-not-read, not skipped', () => ({
      files: [{ ...truststoreFile(''), notRead: { severity: 'error', reason: 'it cannot be read' } }],
    })),
  ],
  invalid: [
    invalid('a named pipe', () => ({
      files: [{ ...clientFile(''), notRead: { severity: 'notice', reason: 'it is a named pipe' } }],
      errors: [{ says: /The path was skipped: it is a named pipe\./ }],
    })),
  ],
});

testRule('work-limit-reached', {
  valid: [
    valid('100 CAs sharing a name are all considered', () => {
      const key = newKey();
      const roots = Array.from({ length: 100 }, () => ca('Crowded CA', { key }).pem);
      return { files: [truststoreFile(roots.join(''))] };
    }),
  ],
  invalid: [
    invalid('101 CAs sharing a name', () => {
      const key = newKey();
      const roots = Array.from({ length: 101 }, () => ca('Crowded CA', { key }).pem);
      return {
        files: [truststoreFile(roots.join(''))],
        errors: [{ says: /101 certificates of the truststore share the subject .*Crowded CA.*first 100/ }],
      };
    }),
  ],
});

testRule('configuration-change-deferred', {
  valid: [() => everyday()],
  invalid: [
    invalid('the pull request loosens the policy', () => ({
      ...everyday(),
      deferredPolicy: { file: '.truststore-check.yml', changes: ['fail-on: never (the base has error)'] },
      errors: [
        {
          says: /the check used the base commit's, so these wait for the merge: fail-on: never \(the base has error\)/,
        },
      ],
    })),
  ],
});

// ---- Infrastructure code (discovery) ----------------------------------------
// Discovery itself is tested in __tests__/discovery.test.ts; these pin how each rule reports its notes.

const note = (rule: DiscoveryNote['rule'], message: string, atMost?: 'notice'): DiscoveryNote => ({
  rule,
  file: 'infra/main.tf',
  line: 12,
  message,
  ...(atMost ? { atMost } : {}),
});

/** A case whose discovery said something for another rule only: each rule reports its own notes. */
const otherNote = (rule: DiscoveryNote['rule']) =>
  valid(`a note for another rule than ${rule}`, () => ({
    ...everyday(),
    discovery: [
      note(rule === 'truststore-not-uploaded' ? 'infrastructure-not-understood' : 'truststore-not-uploaded', 'x'),
    ],
  }));

for (const [rule, message] of [
  ['infrastructure-not-understood', 'infra/main.tf has a syntax error on line 12'],
  ['infrastructure-outside-repository', 'module "x" has source "../../x" leads outside the folder checked'],
  ['truststore-source-missing', 'aws_s3_object.ts uploads certs/gone.pem, which does not exist in the repository'],
  ['truststore-not-uploaded', 'No infrastructure code in the repository uploads truststore.pem'],
  [
    'infrastructure-target-removed',
    'aws_lb_trust_store.partners (lb.tf:14 at the base commit) configured certs/lb.pem',
  ],
  [
    'truststore-version-pinned',
    'API Gateway keeps serving the old truststore until truststoreVersion names the new object version',
  ],
] as const) {
  testRule(rule, {
    valid: [() => everyday(), otherNote(rule)],
    invalid: [
      invalid(`discovery's note for ${rule}`, () => ({
        ...everyday(),
        discovery: [note(rule, message)],
        errors: [{ says: new RegExp(message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')), file: 'infra/main.tf' }],
      })),
    ],
  });
}

test('a remote module is a notice at most', () => {
  const found = findingsFor('infrastructure-not-understood', {
    ...everyday(),
    discovery: [
      note('infrastructure-not-understood', 'module "vpc" comes from "terraform-aws-modules/vpc/aws"', 'notice'),
    ],
  });
  expect(found.map((finding) => finding.severity)).toEqual(['notice']);
});

testRule('malformed-certificate', {
  valid: [() => everyday()],
  invalid: [
    invalid('an empty file', () => ({ files: [clientFile('')], errors: [{ says: /empty/ }] })),
    invalid('binary junk', () => ({
      files: [clientFile(Uint8Array.from([0x00, 0x01, 0x02, 0xff]), 'clients/client.bin')],
      errors: [{ says: /binary data that is neither PEM nor a DER certificate/ }],
    })),
    invalid('a DER certificate with bytes after it', () => {
      const der = Buffer.from(standardPki().leaf.pem.replace(/-----[^-]+-----|\s/g, ''), 'base64');
      return {
        files: [clientFile(Buffer.concat([der, Buffer.alloc(8)]), 'clients/client.der')],
        errors: [{ says: /trailing data: 8 bytes/ }],
      };
    }),
  ],
});

/** The standard PKI's truststore with its second block's lines changed by `edit` (lines without their newline). */
function editedTruststore(edit: (lines: string[]) => string[]) {
  const pki = standardPki();
  const blocks = pki.truststore.split(/(?=-----BEGIN)/);
  const second = blocks[1]!.trimEnd().split('\n');
  blocks[1] = `${edit(second).join('\n')}\n`;
  return { pki, text: blocks.join('') };
}

testRule('file-not-loadable', {
  valid: [
    () => everyday(),
    valid('CRLF line ends and a byte-order mark: OpenSSL reads them as it reads the plain bundle', () => {
      const pki = standardPki();
      return {
        profile: 'openssl',
        files: [truststoreFile(`\ufeff${pki.truststore.replace(/\n/g, '\r\n')}`), clientFile(pki.leaf.pem)],
      };
    }),
    valid('a blank line right after BEGIN (an empty header section)', () => {
      const { pki, text } = editedTruststore((lines) => [lines[0]!, '', ...lines.slice(1)]);
      return { files: [truststoreFile(text), clientFile(pki.leaf.pem)] };
    }),
  ],
  invalid: [
    invalid('bad base64', () => ({
      files: [clientFile('-----BEGIN CERTIFICATE-----\nnot*base64\n-----END CERTIFICATE-----\n')],
      errors: [{ says: /line 2: bad base64: "\*" is not a base64 character/ }],
    })),
    invalid('no END line', () => ({
      files: [clientFile(standardPki().leaf.pem.replace(/-----END CERTIFICATE-----\n$/, ''))],
      errors: [{ says: /no -----END CERTIFICATE----- line/ }],
    })),
    invalid('a BEGIN line indented by a tab', () => {
      const { pki, text } = editedTruststore((lines) => [`\t${lines[0]}`, ...lines.slice(1)]);
      return {
        files: [truststoreFile(text), clientFile(pki.leaf.pem)],
        errors: [{ says: /reads as text, not as the start of a block/ }],
      };
    }),
    invalid('a blank line inside the base64', () => {
      const { pki, text } = editedTruststore((lines) => [...lines.slice(0, 3), '', ...lines.slice(3)]);
      return {
        files: [truststoreFile(text), clientFile(pki.leaf.pem)],
        errors: [{ says: /is blank inside the block/ }],
      };
    }),
    invalid('a Proc-Type header on a certificate', () => {
      const { pki, text } = editedTruststore((lines) => [
        lines[0]!,
        'Proc-Type: 4,ENCRYPTED',
        'DEK-Info: AES-128-CBC,00112233445566778899AABBCCDDEEFF',
        '',
        ...lines.slice(1),
      ]);
      return { files: [truststoreFile(text), clientFile(pki.leaf.pem)], errors: [{ says: /would need a password/ }] };
    }),
    invalid('an END line for another name', () => {
      const { pki, text } = editedTruststore((lines) => [...lines.slice(0, -1), '-----END X509 CRL-----']);
      return {
        files: [truststoreFile(text), clientFile(pki.leaf.pem)],
        errors: [{ says: /the END line does not match "-----BEGIN CERTIFICATE-----"/ }],
      };
    }),
    invalid('lone CR line ends', () => {
      const pki = standardPki();
      return {
        files: [truststoreFile(pki.truststore.replace(/\n/g, '\r')), clientFile(pki.leaf.pem)],
        errors: [{ says: /lines end in CR alone.*tr '\\r' '\\n'/ }],
      };
    }),
    invalid('a NUL byte at the start of a line before the last block', () => {
      const pki = standardPki();
      const [first, ...rest] = pki.truststore.split(/(?=-----BEGIN)/);
      return {
        files: [truststoreFile(`${first}\0\n${rest.join('')}`), clientFile(pki.leaf.pem)],
        errors: [{ says: /starts with a NUL byte, which OpenSSL's reader takes for the end of the file/ }],
      };
    }),
  ],
});

testRule('readers-disagree', {
  valid: [
    () => everyday(),
    valid('CRLF line ends, a comment between blocks, trailing spaces on a delimiter line', () => {
      const { pki, text } = editedTruststore((lines) => [`${lines[0]}  `, ...lines.slice(1)]);
      return { files: [truststoreFile(`# roots\n${text.replace(/\n/g, '\r\n')}`), clientFile(pki.leaf.pem)] };
    }),
  ],
  invalid: [
    invalid('a byte-order mark: Go misses the first certificate', () => {
      const pki = standardPki();
      return {
        files: [truststoreFile(`\ufeff${pki.truststore}`), clientFile(pki.leaf.pem)],
        errors: [{ says: /only OpenSSL loads .*\(line 1,/ }],
      };
    }),
    invalid("under Go's reader (go): the finding says the gateway loads Go's reading", () => {
      const pki = standardPki();
      return {
        files: [truststoreFile(`\ufeff${pki.truststore}`), clientFile(pki.leaf.pem)],
        profile: 'go',
        errors: [{ says: /The check reports OpenSSL's reading; the Go TLS server loads Go's\.$/ }],
      };
    }),
    invalid('a control byte after the dashes of a BEGIN line', () => {
      const { pki, text } = editedTruststore((lines) => [`${lines[0]}\x01`, ...lines.slice(1)]);
      return {
        files: [truststoreFile(text), clientFile(pki.leaf.pem)],
        errors: [{ says: /loads 2 certificates from this file and Go's loads 1/ }],
      };
    }),
    invalid('an X509 CERTIFICATE label', () => {
      const { pki, text } = editedTruststore((lines) => [
        '-----BEGIN X509 CERTIFICATE-----',
        ...lines.slice(1, -1),
        '-----END X509 CERTIFICATE-----',
      ]);
      return { files: [truststoreFile(text), clientFile(pki.leaf.pem)], errors: [{ says: /only OpenSSL loads/ }] };
    }),
  ],
});

testRule('private-key-in-repository', {
  valid: [() => everyday()],
  invalid: [
    invalid('a key beside the client certificate', () => {
      const leaf = client('client-1', { issuer: ca('Root CA') });
      return {
        files: [clientFile(leaf.pem), keyFile(privateKeyPem(leaf.key.privateKey))],
        errors: [{ says: /\(PRIVATE KEY\)/, file: 'clients/client.key' }],
      };
    }),
  ],
});

testRule('key-mismatch', {
  valid: [
    valid('the key beside the certificate is its own', () => {
      const leaf = client('client-1', { issuer: ca('Root CA') });
      return { files: [clientFile(leaf.pem), keyFile(privateKeyPem(leaf.key.privateKey))] };
    }),
    valid('a key with no certificate of the same base name', () => ({
      files: [clientFile(standardPki().leaf.pem), keyFile(privateKeyPem(newKey().privateKey), 'clients/other.key')],
    })),
  ],
  invalid: [
    invalid('another key beside the certificate', () => ({
      files: [clientFile(standardPki().leaf.pem), keyFile(privateKeyPem(newKey().privateKey))],
      errors: [{ says: /The private key in clients\/client\.key does not match the certificate .*client-1/ }],
    })),
    invalid('another key in the same file', () => ({
      files: [clientFile(standardPki().leaf.pem + privateKeyPem(newKey().privateKey))],
      errors: [{ says: /The private key on line \d+ does not match/ }],
    })),
  ],
});

// ---- Certificates ----------------------------------------------------------

testRule('insecure-signature-algorithm', {
  valid: [() => everyday()],
  invalid: [
    invalid('a client signed with SHA-1', () => ({
      ...everyday((pki) => client('sha1 client', { issuer: pki.issuing, digest: 'sha1' }).pem),
      errors: [{ says: /ecdsa-with-SHA1/ }],
    })),
  ],
});

testRule('weak-key', {
  valid: [() => everyday()],
  invalid: [
    invalid('a 1,024-bit RSA client key', () => ({
      ...everyday((pki) => client('rsa1024', { issuer: pki.issuing, key: weakRsaKey() }).pem),
      errors: [{ says: /1024-bit RSA/ }],
    })),
  ],
});

testRule('unsupported-key-type', {
  valid: [() => everyday()],
  invalid: [
    invalid('an Ed25519 client key', () => ({
      ...everyday((pki) => client('ed25519', { issuer: pki.issuing, key: ed25519Key() }).pem),
      errors: [{ says: /Ed25519/ }],
    })),
  ],
});

testRule('certificate-expired', {
  valid: [
    () => everyday(),
    valid('expires after the moment checked', () =>
      everyday((pki) => client('late', { issuer: pki.issuing, notAfter: days(1) }).pem),
    ),
  ],
  invalid: [
    invalid('the client expired', () => ({
      ...everyday((pki) => client('old', { issuer: pki.issuing, notAfter: days(-10) }).pem),
      errors: [{ says: /expired on 2026-01-05/ }],
    })),
    invalid('the issuing CA expired', () => {
      const root = ca('Root CA');
      const issuing = ca('Old Issuing CA', { issuer: root, notAfter: days(-10) });
      return {
        files: [truststoreFile(issuing.pem + root.pem), clientFile(client('client-1', { issuer: issuing }).pem)],
        errors: [
          { says: /Old Issuing CA.*expired on 2026-01-05/, file: 'clients/client.pem' },
          { says: /Old Issuing CA.*expired on 2026-01-05/, file: 'truststore.pem' },
        ],
      };
    }),
  ],
});

testRule('certificate-not-yet-valid', {
  valid: [() => everyday()],
  invalid: [
    invalid('the client starts next month', () => ({
      ...everyday((pki) => client('future', { issuer: pki.issuing, notBefore: days(30) }).pem),
      errors: [{ says: /not valid until 2026-02-14/ }],
    })),
  ],
});

testRule('certificate-expiring-soon', {
  valid: [
    () => everyday(),
    valid('expires after the warning window', () =>
      everyday((pki) => client('later', { issuer: pki.issuing, notAfter: days(31) }).pem),
    ),
    valid('already expired is certificate-expired instead', () =>
      everyday((pki) => client('gone', { issuer: pki.issuing, notAfter: days(-1) }).pem),
    ),
  ],
  invalid: [
    invalid('expires within the window', () => ({
      ...everyday((pki) => client('soon', { issuer: pki.issuing, notAfter: days(17) }).pem),
      errors: [{ says: /expires in 17 days/ }],
    })),
  ],
});

testRule('unhandled-critical-extension', {
  valid: [
    () => everyday(),
    valid('an unknown extension that is not critical', () =>
      everyday(
        (pki) =>
          client('ok', { issuer: pki.issuing, extra: [{ oid: '1.3.6.1.4.1.55555.1', value: Uint8Array.of(5, 0) }] })
            .pem,
      ),
    ),
  ],
  invalid: [
    invalid('an unknown critical extension', () => ({
      ...everyday(
        (pki) =>
          client('odd', {
            issuer: pki.issuing,
            extra: [{ oid: '1.3.6.1.4.1.55555.1', critical: true, value: Uint8Array.of(5, 0) }],
          }).pem,
      ),
      errors: [{ says: /1\.3\.6\.1\.4\.1\.55555\.1/ }],
    })),
  ],
});

testRule('invalid-certificate-extension', {
  valid: [() => everyday()],
  invalid: [
    invalid('an empty keyUsage', () => ({
      ...everyday(
        (pki) =>
          client('empty ku', {
            issuer: pki.issuing,
            extensions: [ext.basicConstraints(false), ext.keyUsage([]), ext.clientAuth()],
          }).pem,
      ),
      errors: [{ says: /keyUsage extension has no usage set/ }],
    })),
  ],
});

testRule('unparseable-certificate', {
  valid: [valid('a client under the standard PKI, under Go', () => ({ ...everyday(), profile: 'go' }))],
  invalid: [
    invalid('a truststore CA whose name has a PrintableString with an @, which Go does not parse', () => {
      const root = ca('Root', { subject: [[{ oid: OID.commonName, value: 'Root @ Example', printable: true }]] });
      const issuing = ca('Issuing CA', { issuer: root });
      return {
        profile: 'go',
        files: [truststoreFile(root.pem + issuing.pem), clientFile(client('c', { issuer: issuing }).pem)],
        // The issuing CA's issuer name is that same name: Go parses neither.
        errors: [
          {
            says: /CN=Root @ Example does not parse.*invalid PrintableString.*refuse to start/,
            file: 'truststore.pem',
          },
          { says: /CN=Issuing CA does not parse.*invalid PrintableString/, file: 'truststore.pem' },
        ],
      };
    }),
    invalid('a client that sends such a CA', () => {
      const pki = standardPki();
      const odd = ca('Odd', { subject: [[{ oid: OID.commonName, value: 'Odd @ CA', printable: true }]] });
      return {
        profile: 'go',
        files: [truststoreFile(pki.truststore), clientFile(pki.leaf.pem + odd.pem)],
        errors: [
          {
            says: /sent with CN=Odd @ CA, which does not parse.*failed to parse client certificate/,
            file: 'clients/client.pem',
          },
        ],
      };
    }),
  ],
});

testRule('client-not-end-entity', {
  valid: [
    () => everyday(),
    valid('a client file that sends its issuer after its own certificate', () =>
      everyday((pki) => pki.leaf.pem + pki.issuing.pem),
    ),
  ],
  invalid: [
    invalid('the CA comes first', () => ({
      ...everyday((pki) => pki.issuing.pem + pki.leaf.pem),
      errors: [{ says: /starts with O=Table PKI, CN=Issuing CA, a CA; the client's own certificate.*comes after it/ }],
    })),
    invalid('a reversed chain, root first', () => ({
      ...everyday((pki) => pki.root.pem + pki.issuing.pem + pki.leaf.pem),
      errors: [
        {
          says: /starts with O=Table PKI, CN=Root CA, a CA; .* the handshake fails before API Gateway accepts it, and the client is refused/,
        },
      ],
    })),
  ],
});

testRule('client-certificate-is-ca', {
  valid: [
    () => everyday(),
    valid('a CA certificate that is not the first of the client file is what the client sends', () =>
      everyday((pki) => pki.leaf.pem + pki.issuing.pem),
    ),
    valid('a self-signed client in the truststore is its own anchor, as gateways document', () => {
      const self = ca('self-signed client');
      return { files: [truststoreFile(self.pem), clientFile(self.pem)] };
    }),
  ],
  invalid: [
    invalid('a CA certificate as the client: judged by its chain, with a warning', () => ({
      ...everyday((pki) => pki.issuing.pem),
      errors: [{ says: /CN=Issuing CA is a CA certificate .* whoever holds its key can also issue certificates/ }],
    })),
    invalid('Google Cloud refuses a CA as a client', () => ({
      ...everyday((pki) => pki.issuing.pem),
      profile: 'gcp-load-balancer',
      errors: [{ says: /CN=Issuing CA is a CA certificate .* Google Cloud refuses a CA as a client's certificate/ }],
    })),
  ],
});

testRule('client-auth-not-permitted', {
  valid: [
    () => everyday(),
    valid('no extendedKeyUsage at all permits every use', () =>
      everyday((pki) => client('any use', { issuer: pki.issuing, extensions: [ext.basicConstraints(false)] }).pem),
    ),
  ],
  invalid: [
    invalid('serverAuth only', () => ({
      ...everyday(
        (pki) =>
          client('server', { issuer: pki.issuing, extensions: [ext.basicConstraints(false), ext.serverAuth()] }).pem,
      ),
      errors: [{ says: /serverAuth without clientAuth/ }],
    })),
  ],
});

// ---- Truststore bundles ------------------------------------------------------

/** `count` roots, each with its own name; `padding` characters make their names long. */
function roots(count: number, padding = 0): string {
  const key = newKey();
  return Array.from({ length: count }, (_, index) => ca(`Root ${index} ${'x'.repeat(padding)}`, { key }).pem).join('');
}

testRule('truststore-too-many-certificates', {
  valid: [valid('1,000 certificates', () => ({ files: [truststoreFile(roots(1000))] }))],
  invalid: [
    invalid('1,001 certificates', () => ({
      files: [truststoreFile(roots(1001))],
      errors: [{ says: /holds 1,001 certificates; API Gateway accepts at most 1,000/ }],
    })),
  ],
});

testRule('truststore-too-large', {
  valid: [() => everyday()],
  invalid: [
    invalid('over 1 MiB', () => ({
      files: [truststoreFile(roots(500, 1500))],
      errors: [{ says: /1,048,576/ }],
    })),
  ],
});

testRule('truststore-certificate-too-large', {
  valid: [valid('an ordinary CA', () => ({ ...everyday(), profile: 'gcp-load-balancer' }))],
  invalid: [
    invalid('a CA with a 6,000-character name', () => ({
      files: [truststoreFile(ca(`Bulky ${'x'.repeat(6000)}`).pem)],
      profile: 'gcp-load-balancer',
      errors: [{ says: /is \d{1,3},\d{3} bytes as PEM .* Google Cloud accepts at most 5,120 per certificate/ }],
    })),
  ],
});

testRule('ca-names-too-large', {
  valid: [
    valid('short names', () => ({ ...everyday(), profile: 'aws-alb' })),
    valid('long names under a profile without the quota', () => ({ files: [truststoreFile(roots(20, 600))] })),
  ],
  invalid: [
    invalid('names adding up past 10,000 bytes', () => ({
      files: [truststoreFile(roots(20, 600))],
      profile: 'aws-alb',
      errors: [
        {
          says: /subject names of its certificates add up to \d{2},\d{3} bytes; Application Load Balancer accepts at most 10,000/,
        },
      ],
    })),
  ],
});

testRule('truststore-format', {
  valid: [
    () => everyday(),
    valid('a blank line is fine for API Gateway', () => {
      const pki = standardPki();
      return { files: [truststoreFile(`${pki.issuing.pem}\n${pki.root.pem}`)] };
    }),
  ],
  invalid: [
    invalid('text outside the blocks', () => {
      const pki = standardPki();
      return {
        files: [truststoreFile(`subject=CN=Issuing CA\n${pki.issuing.pem}${pki.root.pem}`)],
        errors: [{ says: /Text outside certificate blocks/ }],
      };
    }),
    invalid('a private key in the bundle', () => {
      const pki = standardPki();
      return {
        files: [truststoreFile(pki.truststore + privateKeyPem(pki.root.key.privateKey))],
        errors: [{ says: /PRIVATE KEY block/ }],
      };
    }),
    invalid('a blank line, for the load balancer', () => {
      const pki = standardPki();
      return {
        files: [truststoreFile(`${pki.issuing.pem}\n${pki.root.pem}`)],
        profile: 'aws-alb',
        errors: [{ says: /Blank line: Application Load Balancer refuses a bundle with blank lines/ }],
      };
    }),
  ],
});

testRule('truststore-root-count', {
  valid: [valid('one root per chain file', () => ({ ...everyday(), profile: 'azure-application-gateway' }))],
  invalid: [
    invalid('two roots in one chain file', () => {
      const pki = standardPki();
      return {
        files: [truststoreFile(pki.truststore + ca('Second Root').pem)],
        profile: 'azure-application-gateway',
        errors: [{ says: /holds 2 root CA certificates .* takes exactly 1 per chain file/ }],
      };
    }),
  ],
});

testRule('duplicate-certificate', {
  valid: [
    () => everyday(),
    valid('the same certificate in two separate truststores', () => {
      const pki = standardPki();
      return { files: [truststoreFile(pki.truststore, 'a.pem'), truststoreFile(pki.truststore, 'b.pem')] };
    }),
  ],
  invalid: [
    invalid('a block twice', () => {
      const pki = standardPki();
      return {
        files: [truststoreFile(pki.truststore + pki.root.pem)],
        errors: [{ says: /The truststore certificate O=Table PKI, CN=Root CA already appears on line \d+\./ }],
      };
    }),
    invalid('a block in two files of one bundle', () => {
      const pki = standardPki();
      return {
        files: [truststoreFile(pki.truststore, 'a.pem'), truststoreFile(pki.root.pem, 'b.pem')],
        bundle: true,
        errors: [{ says: /already appears in a\.pem on line \d+/, file: 'b.pem' }],
      };
    }),
  ],
});

testRule('not-a-ca-certificate', {
  valid: [() => everyday()],
  invalid: [
    invalid('a client certificate in the truststore', () => {
      const pki = standardPki();
      return {
        files: [truststoreFile(pki.truststore + pki.leaf.pem)],
        errors: [{ says: /client-1 is not a CA/ }],
      };
    }),
  ],
});

// ---- Chains ----------------------------------------------------------------

testRule('incomplete-chain', {
  valid: [() => everyday()],
  invalid: [
    invalid('the root is missing', () => {
      const pki = standardPki();
      return {
        files: [truststoreFile(pki.issuing.pem), clientFile(pki.leaf.pem)],
        errors: [
          { says: /reaches O=Table PKI, CN=Issuing CA in the truststore, but not a root/, file: 'clients/client.pem' },
          { says: /Root CA/, file: 'truststore.pem' },
        ],
      };
    }),
  ],
});

testRule('issuer-not-found', {
  valid: [() => everyday()],
  invalid: [
    invalid('a client from an unknown CA', () => {
      const pki = standardPki();
      const stranger = ca('Stranger CA');
      return {
        files: [truststoreFile(pki.truststore), clientFile(client('outsider', { issuer: stranger }).pem)],
        errors: [{ says: /Could not find issuer for certificate.*Stranger CA/ }],
      };
    }),
    invalid('the issuing CA sent by the client but not in the truststore', () => {
      const pki = standardPki();
      return {
        files: [truststoreFile(pki.root.pem), clientFile(pki.leaf.pem + pki.issuing.pem)],
        errors: [{ says: /takes issuers only from the truststore.*sending it from the client does not help/ }],
      };
    }),
  ],
});

testRule('self-signed-certificate', {
  valid: [
    () => everyday(),
    valid('a self-signed client the truststore holds', () => {
      const self = client('self');
      return { files: [truststoreFile(self.pem), clientFile(self.pem)] };
    }),
  ],
  invalid: [
    invalid('a self-signed client the truststore does not hold', () => ({
      files: [truststoreFile(standardPki().truststore), clientFile(client('self').pem)],
      errors: [{ says: /Reason: self signed certificate/ }],
    })),
  ],
});

testRule('chain-signature-invalid', {
  valid: [() => everyday()],
  invalid: [
    invalid("the client signed by another key under the issuer's name", () => ({
      ...everyday((pki) => client('forged', { issuer: pki.issuing, signer: newKey(), noAuthorityKeyId: true }).pem),
      errors: [{ says: /does not verify with the key of O=Table PKI, CN=Issuing CA/ }],
    })),
  ],
});

testRule('issuer-not-ca', {
  valid: [() => everyday()],
  invalid: [
    invalid('the issuer is not a CA', () => {
      const root = ca('Root CA');
      const notCa = client('Not A CA', { issuer: root, extensions: [ext.basicConstraints(false)] });
      // The extensions replace the defaults, so say who signed it the way every certificate here does.
      return {
        files: [truststoreFile(notCa.pem + root.pem), clientFile(client('client-1', { issuer: notCa }).pem)],
        errors: [{ says: /not a CA/, file: 'clients/client.pem' }],
      };
    }),
    invalid('the issuer may not sign certificates', () => {
      const root = ca('Root CA');
      const issuing = ca('No keyCertSign CA', {
        issuer: root,
        extensions: [ext.basicConstraints(true), ext.keyUsage([KU_DIGITAL_SIGNATURE])],
      });
      return {
        files: [truststoreFile(issuing.pem + root.pem), clientFile(client('client-1', { issuer: issuing }).pem)],
        errors: [{ says: /keyCertSign/, file: 'clients/client.pem' }],
      };
    }),
  ],
});
const KU_DIGITAL_SIGNATURE = 0;

testRule('path-length-exceeded', {
  valid: [
    () => everyday(),
    valid('pathlen:1 with one intermediate below', () => {
      const root = ca('Root CA', { pathLen: 1 });
      const issuing = ca('Issuing CA', { issuer: root });
      return { files: [truststoreFile(issuing.pem + root.pem), clientFile(client('c', { issuer: issuing }).pem)] };
    }),
  ],
  invalid: [
    invalid('pathlen:0 with one intermediate below', () => {
      const root = ca('Root CA', { pathLen: 0 });
      const issuing = ca('Issuing CA', { issuer: root });
      return {
        files: [truststoreFile(issuing.pem + root.pem), clientFile(client('c', { issuer: issuing }).pem)],
        errors: [{ says: /pathlen:0, but 1 intermediate CA stands below it/ }],
      };
    }),
  ],
});

testRule('name-constraints-violated', {
  valid: [
    () => everyday(),
    valid('a client inside the permitted names', () => {
      const insiders = name([OID.organization, 'Insiders']);
      const root = ca('Constrained CA', { extra: [ext.nameConstraints([insiders])] });
      const inside = client('in', {
        issuer: root,
        subject: name([OID.organization, 'Insiders'], [OID.commonName, 'in']),
      });
      return { files: [truststoreFile(root.pem), clientFile(inside.pem)] };
    }),
  ],
  invalid: [
    invalid('a client outside the permitted names', () => {
      const insiders = name([OID.organization, 'Insiders']);
      const root = ca('Constrained CA', { extra: [ext.nameConstraints([insiders])] });
      const outside = client('out', {
        issuer: root,
        subject: name([OID.organization, 'Outsiders'], [OID.commonName, 'out']),
      });
      return {
        files: [truststoreFile(root.pem), clientFile(outside.pem)],
        errors: [{ says: /O=Outsiders, CN=out, is outside the permitted names of O=Table PKI, CN=Constrained CA/ }],
      };
    }),
  ],
});

/** A root and `intermediates` CAs below it, and a client under the last. */
function ladder(intermediates: number): RuleCase {
  let issuer = ca('Root CA');
  const cas = [issuer.pem];
  for (let level = 1; level <= intermediates; level++) {
    issuer = ca(`Level ${level} CA`, { issuer });
    cas.unshift(issuer.pem);
  }
  return {
    name: `${intermediates} intermediates`,
    files: [truststoreFile(cas.join('')), clientFile(client('deep', { issuer }).pem)],
  };
}

testRule('chain-too-long', {
  valid: [() => ladder(3)],
  invalid: [
    () => ({
      ...ladder(4),
      errors: [
        {
          says: /has 5 CA certificates above it \(4 intermediates and the root\); API Gateway allows at most four CA certificates above the client/,
        },
      ],
    }),
  ],
});

// ---- Revocation lists --------------------------------------------------------

/** The standard PKI with CRLs from both CAs, under NGINX (which checks them). */
function withCrls(
  make: (pki: ReturnType<typeof standardPki>) => { crls: string[]; leaf?: string },
): Omit<RuleCase, 'name'> {
  const pki = standardPki();
  const { crls, leaf } = make(pki);
  return {
    profile: 'nginx',
    files: [
      truststoreFile(pki.truststore),
      clientFile(leaf ?? pki.leaf.pem),
      ...crls.map((text, index) => crlFile(text, `crls/${index}.crl.pem`)),
    ],
  };
}
const bothCrls = (pki: ReturnType<typeof standardPki>) => [crl(pki.issuing), crl(pki.root)];

testRule('crl-malformed', {
  valid: [valid('two good CRLs', () => withCrls((pki) => ({ crls: bothCrls(pki) })))],
  invalid: [
    invalid('garbage in a CRL block', () => ({
      ...withCrls(() => ({ crls: ['-----BEGIN X509 CRL-----\nAAAA\n-----END X509 CRL-----\n'] })),
      errors: [{ says: /does not decode as a CRL/ }],
    })),
  ],
});

testRule('crl-issuer-not-in-truststore', {
  valid: [valid('CRLs from the truststore CAs', () => withCrls((pki) => ({ crls: bothCrls(pki) })))],
  invalid: [
    invalid('a CRL from a stranger', () => ({
      ...withCrls((pki) => ({ crls: [...bothCrls(pki), crl(ca('Stranger CA'))] })),
      errors: [{ says: /no CA of the truststore has that name/ }],
    })),
    invalid('a CRL under a truststore name with another key', () => ({
      ...withCrls((pki) => ({
        crls: [crl(pki.issuing, { signer: newKey() }), crl(pki.root)],
      })),
      errors: [
        { says: /CRL signature failure.*does not verify/, file: 'clients/client.pem' },
        { says: /its signature does not verify with the key of O=Table PKI, CN=Issuing CA/, file: 'crls/0.crl.pem' },
      ],
    })),
  ],
});

testRule('crl-unusable', {
  valid: [
    valid('a non-critical CRL number', () =>
      withCrls((pki) => ({ crls: [crl(pki.issuing, { crlNumber: { value: 1n } }), crl(pki.root)] })),
    ),
  ],
  invalid: [
    invalid('a critical CRL number', () => ({
      ...withCrls((pki) => ({ crls: [crl(pki.issuing, { crlNumber: { value: 1n, critical: true } }), crl(pki.root)] })),
      errors: [
        // NGINX goes on after the critical extension; with the client not revoked, that error is its last.
        { says: /36:unhandled critical CRL extension.*critical extension/, file: 'clients/client.pem' },
        { says: /critical extension OpenSSL does not process \(2\.5\.29\.20\)/, file: 'crls/0.crl.pem' },
      ],
    })),
  ],
});

testRule('crl-expired', {
  valid: [valid('current CRLs', () => withCrls((pki) => ({ crls: bothCrls(pki) })))],
  invalid: [
    invalid('a CRL past its nextUpdate', () => ({
      ...withCrls((pki) => ({
        crls: [crl(pki.issuing, { thisUpdate: days(-40), nextUpdate: days(-10) }), crl(pki.root)],
      })),
      errors: [
        { says: /CRL has expired.*expired on 2026-01-05/, file: 'clients/client.pem' },
        { says: /expired on 2026-01-05 .*its nextUpdate/, file: 'crls/0.crl.pem' },
      ],
    })),
  ],
});

testRule('crl-expiring-soon', {
  valid: [valid('current CRLs', () => withCrls((pki) => ({ crls: bothCrls(pki) })))],
  invalid: [
    invalid('a CRL whose nextUpdate is near', () => ({
      ...withCrls((pki) => ({ crls: [crl(pki.issuing, { nextUpdate: days(5) }), crl(pki.root)] })),
      errors: [{ says: /reaches its nextUpdate in 5 days, on 2026-01-20/ }],
    })),
  ],
});

testRule('crl-missing-for-ca', {
  valid: [
    valid('a CRL from every CA', () => withCrls((pki) => ({ crls: bothCrls(pki) }))),
    valid('no CRL at all is no revocation checking', () => withCrls(() => ({ crls: [] }))),
  ],
  invalid: [
    invalid('no CRL from the root', () => ({
      ...withCrls((pki) => ({ crls: [crl(pki.issuing)] })),
      errors: [
        {
          says: /needs a CRL from O=Table PKI, CN=Root CA to check O=Table PKI, CN=Issuing CA/,
          file: 'clients/client.pem',
        },
        { says: /No CRL from O=Table PKI, CN=Root CA is among the CRLs given/, file: 'truststore.pem' },
      ],
    })),
  ],
});

testRule('client-certificate-revoked', {
  valid: [valid('a client not on the CRL', () => withCrls((pki) => ({ crls: bothCrls(pki) })))],
  invalid: [
    invalid("a client on its issuer's CRL", () => ({
      ...withCrls((pki) => ({
        crls: [crl(pki.issuing, { revoked: [{ serial: pki.leaf.serial, date: days(-3), reason: 1 }] }), crl(pki.root)],
      })),
      errors: [
        { says: /is revoked on 2026-01-12 00:00:00 UTC \(keyCompromise\) by the CRL from O=Table PKI, CN=Issuing CA/ },
      ],
    })),
  ],
});

testRule('crl-quota', {
  valid: [
    valid('30 CRLs for the load balancer', () => ({
      ...withCrls((pki) => ({ crls: Array.from({ length: 30 }, () => crl(pki.issuing)) })),
      profile: 'aws-alb',
    })),
  ],
  invalid: [
    invalid('31 CRLs for the load balancer', () => ({
      ...withCrls((pki) => ({ crls: [Array.from({ length: 31 }, () => crl(pki.issuing)).join('')] })),
      profile: 'aws-alb',
      errors: [{ says: /31 revocation lists, over the quota of 30 \(adjustable/ }],
    })),
  ],
});

testRule('revocation-not-supported', {
  valid: [() => everyday(), valid('NGINX checks CRLs', () => withCrls((pki) => ({ crls: bothCrls(pki) })))],
  invalid: [
    invalid('a CRL given to API Gateway', () => ({
      ...withCrls((pki) => ({ crls: [crl(pki.issuing)] })),
      profile: 'aws-api-gateway',
      errors: [{ says: /API Gateway does not check certificate revocation lists/ }],
    })),
  ],
});

// ---- The framework's own rule ----------------------------------------------

testRule('internal-error', {
  valid: [() => everyday(), () => ladder(6)],
  invalid: [
    invalid('a certificate that throws the first time its expiry is read', () => {
      const base = everyday();
      const [truststore, leafFile] = base.files as [MemoryFile, MemoryFile];
      return {
        ...base,
        files: [truststore, { ...leafFile, tamper: throwingExpiry }],
        errors: [
          {
            says: /^Internal error while validating the chain: notAfter exploded\. The other checks still ran/,
            file: 'clients/client.pem',
          },
        ],
      };
    }),
  ],
});

/**
 * The file's certificates throw the first time `notAfter` is read: a stand-in
 * for a bug met while checking one certificate, which must become a finding
 * on it while the rest of the run goes on.
 */
function throwingExpiry(file: SourceFile): SourceFile {
  let fuse = 1;
  return {
    ...file,
    objects: file.objects.map((object) =>
      object.kind !== 'certificate'
        ? object
        : {
            ...object,
            certificate: new Proxy(object.certificate, {
              get(target, property, receiver) {
                if (property === 'notAfter' && fuse-- > 0) throw new Error('notAfter exploded');
                return Reflect.get(target, property, receiver) as unknown;
              },
            }),
          },
    ),
  };
}

test('every rule has a table with valid and invalid cases', () => {
  const missing = RULES.filter((rule) => {
    const counts = TESTED.get(rule.id);
    return !counts || counts.valid === 0 || counts.invalid === 0;
  }).map((rule) => rule.id);
  expect(missing).toEqual([]);
});
