import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Report } from '../src/report/report.js';
import { CHECK_TIME, FIXTURES, REPO, runCli } from './helpers.js';

/**
 * The bundled CLI in the infrastructure fixture repositories, with no flags
 * and no configuration: it checks what the infrastructure code uploads, each
 * truststore by its gateway's rules, and in a change review says when a
 * changed truststore will not be served.
 */

const INFRA = path.join(REPO, '__tests__', 'repositories');
const roots: string[] = [];
afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

async function checkJson(folder: string, ...args: string[]) {
  const result = await runCli([folder, '--at', CHECK_TIME, '--format', 'json', ...args]);
  expect(result.stderr).toBe('');
  return { code: result.code, report: JSON.parse(result.stdout) as Report };
}

describe.each([
  ['terraform', 'certs/lb-truststore.pem', ['certs/api-truststore.pem', 'modules/api-mtls/partners.pem']],
  ['cloudformation', 'certs/lb-bundle.pem', ['certs/truststore.pem']],
  ['cdk', 'certs/lb-bundle.pem', ['certs/truststore.pem']],
])('%s, with no flags and no configuration', (format, albBundle, apiBundles) => {
  test("the load balancer's bundle is judged by ALB's rules, the API Gateway bundles by API Gateway's", async () => {
    const { code, report } = await checkJson(path.join(INFRA, format));
    // The same bundle (a blank line between blocks): ALB refuses it at upload, API Gateway reads it.
    expect(report.findings.map((finding) => [finding.ruleId, finding.file, finding.severity])).toEqual([
      ['truststore-format', albBundle, 'error'],
    ]);
    expect(code).toBe(1);
    const byProfile = (id: string) =>
      report.targets.filter((target) => target.profile.id === id).flatMap((target) => target.truststores[0]!.files);
    expect(byProfile('aws-alb')).toEqual([albBundle]);
    expect(byProfile('aws-api-gateway').sort()).toEqual([...apiBundles].sort());
    for (const target of report.targets) expect(target.origin).toMatchObject({ clients: 'not known' });
  });
});

test('Kubernetes: both ingresses judged under nginx, the kustomize file and the inline Secret alike', async () => {
  const { code, report } = await checkJson(path.join(INFRA, 'kubernetes'));
  expect(code).toBe(0);
  expect(report.targets.map((target) => [target.name, target.profile.id, target.truststores[0]!.files])).toEqual([
    ['payments', 'nginx', ['certs/ca.crt']],
    ['partners', 'nginx', ['partners-secret.yaml#partners-ca/ca.crt']],
  ]);
});

test('the text report and --list-targets say where each target came from', async () => {
  const folder = path.join(INFRA, 'terraform');
  const text = await runCli([folder, '--at', CHECK_TIME]);
  expect(text.stdout).toContain(
    '  partners-aws-alb (aws-alb): aws_lb_trust_store.partners (lb.tf:14, Terraform); clients not known.',
  );
  const listed = await runCli([folder, '--list-targets']);
  expect(listed.code).toBe(0);
  expect(listed.stdout).toContain(
    [
      'api (aws-api-gateway): certs/api-truststore.pem',
      '  Terraform: aws_api_gateway_domain_name.api, main.tf:23',
      '  aws_s3_object.api_truststore (main.tf:16) uploads certs/api-truststore.pem',
      '  version served: follows the upload (truststore_version: aws_s3_object.api_truststore.version_id)',
    ].join('\n'),
  );
});

test('explicit settings win; clients from the configuration are judged against each target found', async () => {
  const root = mkdtempSync(path.join(tmpdir(), 'tsc-infra-'));
  roots.push(root);
  cpSync(path.join(INFRA, 'cdk'), root, { recursive: true });
  cpSync(path.join(FIXTURES, 'clients/client-p256.pem'), path.join(root, 'clients/p256.pem'));
  // Explicit: only the named file, by the named profile.
  const explicit = await checkJson(root, '--truststore', 'certs/truststore.pem', '--profile', 'aws-alb');
  expect(explicit.report.targets.map((target) => [target.name, target.profile.id])).toEqual([['', 'aws-alb']]);
  expect(explicit.report.findings.map((finding) => finding.ruleId)).toEqual(['truststore-format']);
  // A configured truststore that nothing in the infrastructure code uploads: a notice.
  cpSync(path.join(root, 'certs/truststore.pem'), path.join(root, 'old/truststore.pem'));
  const stale = await checkJson(root, '--truststore', 'old/truststore.pem');
  expect(stale.report.findings.map((finding) => [finding.ruleId, finding.file, finding.severity])).toEqual([
    ['truststore-not-uploaded', 'old/truststore.pem', 'notice'],
  ]);
  // clients: without a truststore: every target found judges them.
  writeFileSync(path.join(root, '.truststore-check.yml'), 'clients: clients/*.pem\n');
  const combined = await checkJson(root);
  expect(combined.report.chains.map((chain) => [chain.target, chain.accepted])).toEqual([
    ['ApiDomain', true],
    ['PartnersTrustStore', true],
  ]);
  expect(combined.report.targets.map((target) => target.origin?.clients)).toEqual(['configured', 'configured']);
});

test('a repository without infrastructure code or settings is still told there is nothing to check', async () => {
  const result = await runCli([path.join(FIXTURES, 'clients'), '--at', CHECK_TIME]);
  expect(result.code).toBe(2);
  expect(result.stderr).toMatch(/nothing to check/);
});

test('infrastructure code that configures nothing discovery can follow: its findings are the report', async () => {
  const root = mkdtempSync(path.join(tmpdir(), 'tsc-infra-'));
  roots.push(root);
  writeFileSync(
    path.join(root, 'main.tf'),
    'variable "bucket" {}\nresource "aws_lb_trust_store" "s" {\n  ca_certificates_bundle_s3_bucket = var.bucket\n  ca_certificates_bundle_s3_key    = "${var.bucket}.pem"\n}\n',
  );
  const { code, report } = await checkJson(root);
  expect(code).toBe(0);
  expect(report.findings.map((finding) => [finding.ruleId, finding.file, finding.line, finding.severity])).toEqual([
    ['infrastructure-not-understood', 'main.tf', 2, 'warning'],
  ]);
  expect(report.findings[0]!.message).toMatch(/var\.bucket has no default value/);
  const listed = JSON.parse((await runCli([root, '--list-targets', '--format', 'json'])).stdout) as {
    targets: unknown[];
    notes: Array<{ rule: string }>;
  };
  expect(listed).toEqual({ targets: [], notes: [expect.objectContaining({ rule: 'infrastructure-not-understood' })] });
});

describe('a change review (--base) of a bundle edit', () => {
  const GIT_ENV = {
    ...process.env,
    GIT_AUTHOR_NAME: 'test',
    GIT_AUTHOR_EMAIL: 'test@example.invalid',
    GIT_COMMITTER_NAME: 'test',
    GIT_COMMITTER_EMAIL: 'test@example.invalid',
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: '/dev/null',
  };
  /** The Terraform fixture committed, then each named bundle cut to its first two certificates and committed. */
  function changed(...bundles: string[]): string {
    const root = mkdtempSync(path.join(tmpdir(), 'tsc-infra-change-'));
    roots.push(root);
    cpSync(path.join(INFRA, 'terraform'), root, { recursive: true });
    const git = (...args: string[]) => execFileSync('git', args, { cwd: root, env: GIT_ENV, stdio: 'pipe' });
    git('init', '-q', '-b', 'main');
    git('add', '-A');
    git('commit', '-qm', 'base');
    for (const bundle of bundles) {
      const text = readFileSync(path.join(root, bundle), 'utf8');
      const blocks = text.split(/(?<=-----END CERTIFICATE-----\n)/);
      writeFileSync(path.join(root, bundle), blocks.slice(0, 2).join(''));
    }
    git('commit', '-qam', 'head', '--allow-empty');
    return root;
  }

  test('pinned versions: the finding on the version line, in the gateway words, and in the impact', async () => {
    const root = changed('certs/lb-truststore.pem', 'modules/api-mtls/partners.pem');
    const { report } = await checkJson(root, '--base', 'HEAD~1');
    const pinned = report.findings.filter((finding) => finding.ruleId === 'truststore-version-pinned');
    expect(pinned.map((finding) => [finding.target, finding.file, finding.line, finding.new])).toEqual([
      ['partners-aws-alb', 'lb.tf', 18, true],
      ['partners.this', 'modules/api-mtls/main.tf', 26, true],
    ]);
    expect(pinned[1]!.message).toMatch(
      /^API Gateway keeps serving the old truststore until truststoreVersion names the new object version: this change edits the certificates of modules\/api-mtls\/partners\.pem, but module\.partners\.aws_apigatewayv2_domain_name\.this pins truststore_version = "Mdb2vLDDnjZsE7Aq4Bm2QdsBd6RXMXNv"/,
    );
    const text = await runCli([root, '--at', CHECK_TIME, '--base', 'HEAD~1']);
    const [headline, ...details] = text.stdout.split('\n');
    expect(headline).toMatch(/changes 2 truststores that the gateway will not serve as it stands/);
    expect(details).toContainEqual(
      expect.stringMatching(/^ {2}Not served \(lb\.tf:18\): The load balancer keeps the old CA bundle/),
    );
  });

  test('with explicit settings too, on the target that checks that file', async () => {
    const root = changed('certs/lb-truststore.pem');
    const { report } = await checkJson(
      root,
      '--base',
      'HEAD~1',
      '--truststore',
      'certs/lb-truststore.pem',
      '--profile',
      'aws-alb',
    );
    expect(
      report.findings
        .filter((finding) => finding.ruleId === 'truststore-version-pinned')
        .map((finding) => [finding.file, finding.line]),
    ).toEqual([['lb.tf', 18]]);
  });

  test('a version that follows the upload: no finding', async () => {
    const root = changed('certs/api-truststore.pem');
    const { report } = await checkJson(root, '--base', 'HEAD~1');
    expect(report.changes!.bundles.map((bundle) => bundle.files)).toEqual([['certs/api-truststore.pem']]);
    expect(report.findings.filter((finding) => finding.ruleId === 'truststore-version-pinned')).toEqual([]);
  });

  test('a target removed from the infrastructure code is reported, and its truststore is still checked', async () => {
    const root = changed();
    const git = (...args: string[]) => execFileSync('git', args, { cwd: root, env: GIT_ENV, stdio: 'pipe' });
    git('rm', '-q', 'lb.tf');
    git('commit', '-qm', 'drop the load balancer from discovery');
    const { report } = await checkJson(root, '--base', 'HEAD~2');
    expect(report.findings.map((finding) => [finding.ruleId, finding.file])).toEqual(
      expect.arrayContaining([
        ['infrastructure-target-removed', 'lb.tf'],
        // Still judged by ALB's rules: the blank line it refuses.
        ['truststore-format', 'certs/lb-truststore.pem'],
      ]),
    );
    expect(report.targets.find((target) => target.profile.id === 'aws-alb')!.origin).toMatchObject({ baseOnly: true });
  });
});
