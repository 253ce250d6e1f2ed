import type { Node as AstNode } from '@babel/types';
import type { Collector } from './collect.js';
import { folderOf } from './paths.js';
import { CdkFile, constructId, propertyOf, walk } from './cdk/source-file.js';
import { deploymentsOf, locateProperties, served, type Deployment, type Located } from './cdk/uploads.js';

/**
 * AWS CDK apps in TypeScript or JavaScript, read with Babel's parser (never
 * run): API Gateway domain names with `mtls: { bucket, key, version }`,
 * ELBv2 trust stores and their revocations, and the `BucketDeployment`
 * (`Source.asset`, `Source.data`) or `Asset` that uploads the file. Values
 * are followed through `const` bindings, template literals and
 * `path.join(__dirname, ...)`; anything else is reported, never run.
 *
 * The parts are in cdk/: a source file and its values, and the uploads.
 */

/** The folder a CDK app runs in: the nearest one above the file with cdk.json. */
function appFolderOf(file: string, appFolders: Set<string>): string {
  let folder = folderOf(file);
  for (;;) {
    if (appFolders.has(folder)) return folder;
    if (folder === '') return folderOf(file);
    folder = folderOf(folder);
  }
}

export async function discoverCdk(collector: Collector, files: string[]): Promise<void> {
  // Loaded only when the repository has a CDK app.
  const { parse } = await import('@babel/parser');
  const appFolders = new Set(
    collector.repository
      .list()
      .files.filter((candidate) => candidate === 'cdk.json' || candidate.endsWith('/cdk.json'))
      .map(folderOf),
  );
  const parsed: CdkFile[] = [];
  for (const path of files) {
    const text = collector.text(path);
    if (text === undefined) continue;
    const typescript = /\.(ts|tsx|mts|cts)$/.test(path);
    let ast;
    try {
      ast = parse(text, {
        sourceType: 'unambiguous',
        errorRecovery: true,
        plugins: typescript ? ['typescript', 'decorators-legacy'] : ['jsx'],
      });
    } catch (error) {
      const where = (error as { loc?: { line: number } }).loc?.line ?? 1;
      collector.note(
        'infrastructure-not-understood',
        { file: path, line: where },
        `${path} has a syntax error on line ${where}; discovery may have missed what it configures.`,
      );
      continue;
    }
    const first = ast.errors?.[0] as { loc?: { line: number }; reasonCode?: string } | undefined;
    if (first)
      collector.note(
        'infrastructure-not-understood',
        { file: path, line: first.loc?.line ?? 1 },
        `${path} has a syntax error on line ${first.loc?.line ?? 1}; discovery may have missed what it configures.`,
      );
    const file = new CdkFile(path, appFolderOf(path, appFolders), text);
    walk(ast.program, file, collector);
    parsed.push(file);
  }
  const deployments = parsed.flatMap(deploymentsOf);
  for (const file of parsed) {
    for (const { holder, mtls } of file.mtlsObjects) {
      const owner = file.news.find((construct) => construct.args.includes(holder));
      const id = owner ? constructId(file, owner.args) : 'mtls';
      const what = owner ? `${owner.type} ${id}` : 'a domain name';
      const place = file.place(mtls);
      const located = locateProperties(collector, file, deployments, mtls, place, what);
      if (!located) continue;
      collector.add('cdk', {
        logicalName: id,
        profile: 'aws-api-gateway',
        truststore: [located.file],
        bundle: true,
        crls: [],
        resource: what,
        origin: file.place(owner?.node ?? holder),
        via: [located.via],
        served: served(file, mtls, 'version', located, place),
      });
    }
    for (const construct of file.news) {
      const props = construct.args[2];
      const l1 = construct.type === 'CfnTrustStore';
      if ((construct.type !== 'TrustStore' && !l1) || props?.type !== 'ObjectExpression') continue;
      const id = constructId(file, construct.args);
      const what = `${construct.type} ${id}`;
      const place = file.place(construct.node);
      const [bucketKey, keyKey, versionKey] = l1
        ? ['caCertificatesBundleS3Bucket', 'caCertificatesBundleS3Key', 'caCertificatesBundleS3ObjectVersion']
        : ['bucket', 'key', 'version'];
      const located = locateProperties(collector, file, deployments, props, place, what, [bucketKey, keyKey]);
      if (!located) continue;
      const crls = revocationsOf(collector, file, deployments, construct.node);
      collector.add('cdk', {
        logicalName: id,
        profile: 'aws-alb',
        truststore: [located.file],
        bundle: true,
        crls: crls.map((crl) => crl.file),
        resource: what,
        origin: place,
        via: [located.via, ...crls.map((crl) => crl.via)],
        served: served(file, props, versionKey, located, place),
      });
    }
  }
}

/** The CRLs `new TrustStoreRevocation(..., { trustStore, revocationContents })` adds to a trust store. */
function revocationsOf(collector: Collector, file: CdkFile, deployments: Deployment[], store: AstNode): Located[] {
  const found: Located[] = [];
  for (const construct of file.news) {
    if (construct.type !== 'TrustStoreRevocation') continue;
    const props = construct.args[2];
    const target = file.evaluate(propertyOf(props, 'trustStore')?.value);
    if (target.kind !== 'construct' || target.node !== store) continue;
    const contents = propertyOf(props, 'revocationContents')?.value;
    for (const content of contents?.type === 'ArrayExpression' ? contents.elements : []) {
      if (content?.type !== 'ObjectExpression') continue;
      const what = `TrustStoreRevocation ${constructId(file, construct.args)}`;
      const located = locateProperties(collector, file, deployments, content, file.place(content), what);
      if (located) found.push({ ...located, via: `${located.via} as a CRL` });
    }
  }
  return found;
}
