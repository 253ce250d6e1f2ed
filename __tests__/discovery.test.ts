import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DISCOVERY_LIMITS } from '../src/discovery/collect.js';
import { discover } from '../src/discovery/discover.js';
import type { Discovery } from '../src/discovery/model.js';
import { diskRepository } from '../src/discovery/repository.js';
import { REPO } from './helpers.js';

/**
 * Discovery on the committed fixture repositories (one per format) and on
 * hostile infrastructure code built in scratch folders: what it finds, what
 * it says it cannot follow, and that it never reads outside the repository.
 */

const INFRA = path.join(REPO, '__tests__', 'repositories');
const found = (discovery: Discovery) =>
  discovery.targets.map((target) => ({
    resource: target.resource,
    profile: target.profile,
    truststore: target.truststore,
    crls: target.crls,
    served: target.served.kind,
  }));

describe('the fixture repositories', () => {
  test('Terraform: variables, locals, path.module, a local module, uploads, CRLs, a Google trust config', async () => {
    const discovery = await discover(diskRepository(path.join(INFRA, 'terraform')));
    expect(discovery.notes).toEqual([]);
    expect(found(discovery)).toEqual([
      {
        resource: 'google_certificate_manager_trust_config.partners',
        profile: 'gcp-load-balancer',
        truststore: ['gcp/anchors.pem'],
        crls: [],
        served: 'inline',
      },
      {
        resource: 'aws_lb_trust_store.partners',
        profile: 'aws-alb',
        truststore: ['certs/lb-truststore.pem'],
        crls: ['certs/lb-crl.pem'],
        served: 'pinned',
      },
      {
        resource: 'aws_api_gateway_domain_name.api',
        profile: 'aws-api-gateway',
        truststore: ['certs/api-truststore.pem'],
        crls: [],
        served: 'follows',
      },
      {
        resource: 'module.partners.aws_apigatewayv2_domain_name.this',
        profile: 'aws-api-gateway',
        truststore: ['modules/api-mtls/partners.pem'],
        crls: [],
        served: 'pinned',
      },
    ]);
    const lb = discovery.targets.find((target) => target.profile === 'aws-alb')!;
    expect(lb.origin).toEqual({ file: 'lb.tf', line: 14 });
    expect(lb.served).toEqual({
      kind: 'pinned',
      attribute: 'ca_certificates_bundle_s3_object_version',
      value: '3sL4kqtJlcpXroDTDmJ.rmSpXd3dIbrHY',
      file: 'lb.tf',
      line: 18,
    });
    expect(discovery.files).toEqual(['gcp/main.tf', 'lb.tf', 'main.tf', 'modules/api-mtls/main.tf']);
  });

  test('CloudFormation: YAML with short intrinsics and parameters, JSON with a revocation', async () => {
    const discovery = await discover(diskRepository(path.join(INFRA, 'cloudformation')));
    expect(discovery.notes).toEqual([]);
    expect(found(discovery)).toEqual([
      {
        resource: 'PartnersTrustStore (AWS::ElasticLoadBalancingV2::TrustStore)',
        profile: 'aws-alb',
        truststore: ['certs/lb-bundle.pem'],
        crls: ['certs/lb-crl.pem'],
        served: 'follows',
      },
      {
        resource: 'ApiDomain (AWS::ApiGateway::DomainName)',
        profile: 'aws-api-gateway',
        truststore: ['certs/truststore.pem'],
        crls: [],
        served: 'pinned',
      },
    ]);
    const api = discovery.targets.find((target) => target.profile === 'aws-api-gateway')!;
    expect(api.served).toMatchObject({ value: 'Mdb2vLDDnjZsE7Aq4Bm2QdsBd6RXMXNv', file: 'template.yaml', line: 24 });
  });

  test('AWS CDK: a BucketDeployment with a prefix, and an asset whose key follows the content', async () => {
    const discovery = await discover(diskRepository(path.join(INFRA, 'cdk')));
    expect(discovery.notes).toEqual([]);
    expect(found(discovery)).toEqual([
      {
        resource: 'DomainName ApiDomain',
        profile: 'aws-api-gateway',
        truststore: ['certs/truststore.pem'],
        crls: [],
        served: 'pinned',
      },
      {
        resource: 'TrustStore PartnersTrustStore',
        profile: 'aws-alb',
        truststore: ['certs/lb-bundle.pem'],
        crls: [],
        served: 'follows',
      },
    ]);
  });

  test('Kubernetes: a kustomize secretGenerator file and a Secret with its ca.crt inline', async () => {
    const discovery = await discover(diskRepository(path.join(INFRA, 'kubernetes')));
    expect(discovery.notes).toEqual([]);
    expect(found(discovery)).toEqual([
      {
        resource: 'Ingress payments/payments',
        profile: 'nginx',
        truststore: ['certs/ca.crt'],
        crls: [],
        served: 'inline',
      },
      {
        resource: 'Ingress payments/partners',
        profile: 'nginx',
        truststore: ['partners-secret.yaml#partners-ca/ca.crt'],
        crls: [],
        served: 'inline',
      },
    ]);
    expect(discovery.targets[0]!.profileOptions).toEqual({ ssl_verify_depth: 2 });
    // The embedded ca.crt is the PEM the manifest holds, indentation taken off.
    const embedded = Buffer.from(discovery.embedded.get('partners-secret.yaml#partners-ca/ca.crt')!).toString();
    expect(embedded).toBe(readFileSync(path.join(INFRA, 'kubernetes/certs/ca.crt'), 'utf8'));
  });
});

/** A scratch repository with these files. */
function repository(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'tsc-discovery-'));
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), content);
  }
  return root;
}

const roots: string[] = [];
afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

async function discoverFiles(files: Record<string, string>): Promise<Discovery> {
  const root = repository(files);
  roots.push(root);
  return discover(diskRepository(root));
}

const PEM = '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n';

describe('what discovery cannot follow is said, on its line, never guessed or crashed on', () => {
  test('a file outside the repository is refused, not read', async () => {
    const discovery = await discoverFiles({
      'main.tf': [
        'resource "google_certificate_manager_trust_config" "t" {',
        '  trust_stores {',
        '    trust_anchors {',
        '      pem_certificate = file("/etc/passwd")',
        '    }',
        '  }',
        '}',
        'module "up" {',
        '  source = "../../elsewhere"',
        '}',
        'resource "aws_s3_object" "o" {',
        '  bucket = "b"',
        '  key    = "k.pem"',
        '  source = "../../../etc/hostname"',
        '}',
      ].join('\n'),
    });
    expect(discovery.targets).toEqual([]);
    expect(discovery.notes.map((note) => [note.rule, note.line])).toEqual([
      ['infrastructure-outside-repository', 4],
      ['infrastructure-outside-repository', 8],
      ['infrastructure-outside-repository', 14],
    ]);
    expect(discovery.notes[0]!.message).toMatch(/"\/etc\/passwd" is an absolute path/);
    expect(discovery.files).toEqual(['main.tf']);
  });

  test('syntax errors, remote modules, unresolved variables, reference cycles and self-calling modules', async () => {
    const discovery = await discoverFiles({
      'broken/main.tf': 'resource "aws_s3_object" "o" {\n  bucket = = "b"\n',
      'remote/main.tf': 'module "vpc" {\n  source = "terraform-aws-modules/vpc/aws"\n}\n',
      'vars/main.tf': [
        'variable "bucket" {}',
        'locals {',
        '  a = local.b',
        '  b = local.a',
        '}',
        'resource "aws_api_gateway_domain_name" "d" {',
        '  mutual_tls_authentication {',
        '    truststore_uri = "s3://${var.bucket}/${local.a}"',
        '  }',
        '}',
      ].join('\n'),
      'loop/main.tf': 'module "self" {\n  source = "./"\n}\nmodule "child" {\n  source = "./child"\n}\n',
      'loop/child/main.tf': 'module "back" {\n  source = "../child"\n}\n',
    });
    const said = discovery.notes.map((note) => `${note.file}:${note.line} ${note.rule} ${note.atMost ?? ''}`.trim());
    expect(said).toEqual(
      expect.arrayContaining([
        'broken/main.tf:2 infrastructure-not-understood',
        'remote/main.tf:1 infrastructure-not-understood notice',
        'vars/main.tf:8 infrastructure-not-understood',
        'loop/child/main.tf:1 infrastructure-not-understood',
      ]),
    );
    expect(discovery.notes.find((note) => note.file === 'vars/main.tf')!.message).toMatch(
      /local\.a refers to itself|var\.bucket has no default/,
    );
    expect(discovery.notes.find((note) => note.file === 'loop/child/main.tf')!.message).toMatch(/nests deeper than 8/);
  });

  test('an uploaded source that is gone is reported where it is named', async () => {
    const discovery = await discoverFiles({
      'lb.tf': [
        'resource "aws_s3_object" "bundle" {',
        '  bucket = "b"',
        '  key    = "ca.pem"',
        '  source = "certs/renamed.pem"',
        '}',
        'resource "aws_lb_trust_store" "s" {',
        '  ca_certificates_bundle_s3_bucket = "b"',
        '  ca_certificates_bundle_s3_key    = aws_s3_object.bundle.key',
        '}',
      ].join('\n'),
    });
    expect(discovery.notes.map((note) => [note.rule, note.line])).toEqual([['truststore-source-missing', 4]]);
    expect(discovery.notes[0]!.message).toMatch(/uploads certs\/renamed\.pem, which does not exist/);
  });

  test('Azure Application Gateway: each trusted client certificate is a chain file of its own', async () => {
    const discovery = await discoverFiles({
      'azure.tf': [
        'resource "azurerm_application_gateway" "gw" {',
        '  trusted_client_certificate {',
        '    name = "partners"',
        '    data = filebase64("certs/partners.cer")',
        '  }',
        '  trusted_client_certificate {',
        '    name = "internal"',
        '    data = filebase64("${path.module}/certs/internal.cer")',
        '  }',
        '}',
      ].join('\n'),
      'certs/partners.cer': PEM,
      'certs/internal.cer': PEM,
    });
    expect(discovery.notes).toEqual([]);
    expect(discovery.targets).toEqual([
      expect.objectContaining({
        profile: 'azure-application-gateway',
        truststore: ['certs/partners.cer', 'certs/internal.cer'],
        bundle: false,
      }),
    ]);
  });

  test('bad YAML, a template key no file matches, an Ingress whose Secret is nowhere', async () => {
    const discovery = await discoverFiles({
      'bad.yaml': 'Resources:\n  X: [\n  Type: AWS::CloudFormation::Stack\n',
      'cfn.yaml': [
        'Resources:',
        '  D:',
        '    Type: AWS::ApiGatewayV2::DomainName',
        '    Properties:',
        '      MutualTlsAuthentication:',
        '        TruststoreUri: s3://bucket/nowhere.pem',
      ].join('\n'),
      'k8s.yaml': [
        'kind: Ingress',
        'metadata:',
        '  name: web',
        '  annotations:',
        '    nginx.ingress.kubernetes.io/auth-tls-secret: default/missing',
      ].join('\n'),
    });
    expect(discovery.targets).toEqual([]);
    expect(discovery.notes.map((note) => [note.file, note.rule])).toEqual([
      ['bad.yaml', 'infrastructure-not-understood'],
      ['cfn.yaml', 'infrastructure-not-understood'],
      ['k8s.yaml', 'infrastructure-not-understood'],
    ]);
    expect(discovery.notes[1]!.message).toMatch(/s3:\/\/bucket\/nowhere\.pem, and no file in the repository/);
    expect(discovery.notes[2]!.message).toMatch(/Secret default\/missing, which no manifest/);
  });

  test('a repository without infrastructure code: nothing found, nothing said', async () => {
    const discovery = await discoverFiles({
      'truststore.pem': PEM,
      'package.json': '{"name":"x"}',
      'README.md': '# x',
    });
    expect(discovery).toEqual({ files: [], targets: [], notes: [], embedded: new Map() });
  });
});

describe('hostile nesting stops one file or format with a note, never the run', () => {
  const depth = 20_000;
  test('20,000 nested parentheses in HCL', async () => {
    const discovery = await discoverFiles({
      'deep.tf': `locals {\n  x = ${'('.repeat(depth)}1${')'.repeat(depth)}\n}\n`,
    });
    expect(discovery.notes.map((note) => [note.file, note.rule])).toEqual([
      ['deep.tf', 'infrastructure-not-understood'],
    ]);
  });
  test('20,000 nested YAML sequences', async () => {
    const discovery = await discoverFiles({
      'deep.yaml': `kind: Secret\nmetadata: ${'['.repeat(depth)}${']'.repeat(depth)}\n`,
    });
    expect(discovery.notes.map((note) => [note.file, note.rule])).toEqual([
      ['deep.yaml', 'infrastructure-not-understood'],
    ]);
  });
  test('a YAML alias bomb is expanded only within a bound', async () => {
    const bomb = ['kind: Secret', 'a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let level = 1; level <= 12; level++) {
      const [name, previous] = [String.fromCharCode(97 + level), String.fromCharCode(96 + level)];
      bomb.push(`${name}: &${name} [${Array(10).fill(`*${previous}`).join(', ')}]`);
    }
    const discovery = await discoverFiles({ 'bomb.yaml': `${bomb.join('\n')}\n` });
    expect(discovery.targets).toEqual([]);
  });
});

test('past the bound on Terraform parsed, one note says which file and how many more were not read', async () => {
  const saved = DISCOVERY_LIMITS.maxTerraformSize;
  DISCOVERY_LIMITS.maxTerraformSize = 120;
  try {
    const block = 'resource "aws_s3_object" "o" {\n  bucket = "b"\n  key    = "k.pem"\n}\n';
    const discovery = await discoverFiles({ 'a.tf': block, 'b.tf': block, 'c.tf': block, 'd.tf': block });
    expect(discovery.files).toEqual(['a.tf']);
    expect(discovery.notes.map((note) => [note.file, note.message])).toEqual([
      ['b.tf', 'b.tf was not read: discovery parses at most 120 bytes of Terraform in one run (nor 2 more files).'],
    ]);
  } finally {
    DISCOVERY_LIMITS.maxTerraformSize = saved;
  }
});
