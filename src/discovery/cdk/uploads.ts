import type { Node as AstNode } from '@babel/types';
import type { Collector } from '../collect.js';
import type { Place, ServedVersion } from '../model.js';
import { resolveInside } from '../paths.js';
import { calleeName, constructId, propertyOf, type CdkFile, type Value } from './source-file.js';

// What uploads a file to S3 in a CDK app (BucketDeployment, Asset), and the repository file behind a bucket and key.

/** Same construct: the same `new` (or call) node. */
function sameConstruct(a: Value, b: Value): boolean | undefined {
  if (a.kind === 'construct' && b.kind === 'construct') return a.node === b.node;
  return undefined;
}

export interface Deployment {
  bucket: Value;
  prefix: string;
  /** Folders uploaded whole (`Source.asset`), and single objects (`Source.data(key, readFileSync(file))`). */
  folders: Array<{ path: string } | { outside: string }>;
  objects: Array<{ key: string; file: { path: string } | { outside: string } }>;
  place: Place;
  id: string;
}

export function deploymentsOf(file: CdkFile): Deployment[] {
  const deployments: Deployment[] = [];
  for (const construct of file.news) {
    if (construct.type !== 'BucketDeployment') continue;
    const props = construct.args[2];
    const bucket = file.evaluate(propertyOf(props, 'destinationBucket')?.value);
    const prefixValue = file.evaluate(propertyOf(props, 'destinationKeyPrefix')?.value);
    const deployment: Deployment = {
      bucket,
      prefix: prefixValue.kind === 'text' ? prefixValue.text.replace(/^\/+/, '') : '',
      folders: [],
      objects: [],
      place: file.place(construct.node),
      id: constructId(file, construct.args),
    };
    const sources = propertyOf(props, 'sources')?.value;
    for (const source of sources?.type === 'ArrayExpression' ? sources.elements : []) {
      if (!source || source.type !== 'CallExpression') continue;
      const name = calleeName(source.callee);
      if (name === 'asset') {
        const folder = file.path(file.evaluate(source.arguments[0]));
        if (folder) deployment.folders.push(folder);
      } else if (name === 'data' || name === 'jsonData' || name === 'yamlData') {
        const key = file.evaluate(source.arguments[0]);
        const content = file.evaluate(source.arguments[1]);
        if (key.kind !== 'text' || content.kind !== 'member' || content.property !== '\0content') continue;
        const path = file.path(content.of);
        if (path) deployment.objects.push({ key: key.text, file: path });
      }
    }
    deployments.push(deployment);
  }
  return deployments;
}

export interface Located {
  file: string;
  via: string;
  /** The key is an asset's, named by the content's hash: every change is a new object. */
  contentAddressed?: boolean;
}

export function locate(
  collector: Collector,
  file: CdkFile,
  deployments: Deployment[],
  bucket: Value,
  key: Value,
  place: Place,
  what: string,
): Located | undefined {
  // An asset: `bucket: asset.bucket, key: asset.s3ObjectKey`.
  if (
    key.kind === 'member' &&
    key.property === 's3ObjectKey' &&
    key.of.kind === 'construct' &&
    key.of.type === 'Asset'
  ) {
    const assetPath = file.path(file.evaluate(propertyOf(key.of.args[2], 'path')?.value));
    if (!assetPath) {
      collector.note('infrastructure-not-understood', place, `${what}: the Asset's path is not known.`);
      return undefined;
    }
    const local = collector.localFile(assetPath, file.place(key.of.node), `the Asset of ${what}`);
    if (!('path' in local)) return undefined;
    return {
      file: local.path,
      via: `an Asset (${file.file}:${file.line(key.of.node)}) uploads ${local.path}`,
      contentAddressed: true,
    };
  }
  if (key.kind !== 'text') {
    collector.note(
      'infrastructure-not-understood',
      place,
      `${what}: the S3 key of its truststore is not known (${key.kind === 'unknown' ? key.reason : 'a computed value'}).`,
    );
    return undefined;
  }
  for (const deployment of deployments) {
    if (sameConstruct(deployment.bucket, bucket) === false) continue;
    const objectKey = key.text.replace(/^\/+/, '');
    if (deployment.prefix && !objectKey.startsWith(deployment.prefix)) continue;
    const inside = objectKey.slice(deployment.prefix.length);
    for (const object of deployment.objects) {
      if (object.key !== inside) continue;
      const local = collector.localFile(object.file, deployment.place, `BucketDeployment ${deployment.id}`);
      if ('path' in local)
        return {
          file: local.path,
          via: `BucketDeployment ${deployment.id} (${deployment.place.file}:${deployment.place.line}) uploads ${local.path}`,
        };
    }
    for (const folder of deployment.folders) {
      if ('outside' in folder) {
        collector.localFile(folder, deployment.place, `BucketDeployment ${deployment.id}`);
        continue;
      }
      const candidate = resolveInside(folder.path, inside);
      if ('path' in candidate && collector.exists(candidate.path))
        return {
          file: candidate.path,
          via: `BucketDeployment ${deployment.id} (${deployment.place.file}:${deployment.place.line}) uploads ${candidate.path}`,
        };
    }
  }
  const fallback = collector.fileForKey(key.text, [file.appFolder, '']);
  if (fallback)
    return { file: fallback, via: `no construct here uploads it; ${fallback} is the repository's file at that S3 key` };
  collector.note(
    'infrastructure-not-understood',
    place,
    `${what} reads its truststore from the S3 key "${key.text}", which no BucketDeployment in the repository uploads and no file in the repository matches; list it under truststore: in .truststore-check.yml to check it.`,
  );
  return undefined;
}

export function served(
  file: CdkFile,
  props: AstNode,
  attribute: string,
  located: Located,
  place: Place,
): ServedVersion {
  const given = propertyOf(props, attribute);
  if (located.contentAddressed)
    return { kind: 'follows', attribute: 'key', reference: 'the asset key (named by the content hash)', ...place };
  if (!given) return { kind: 'absent', attribute, ...place };
  const value = file.evaluate(given.value);
  const at = file.place(given);
  if (value.kind === 'text') return { kind: 'pinned', attribute, value: value.text, ...at };
  return { kind: 'follows', attribute, reference: file.source(given.value), ...at };
}

/** `locate` for an object literal that names its S3 location by two properties (`bucket` and `key` unless told). */
export function locateProperties(
  collector: Collector,
  file: CdkFile,
  deployments: Deployment[],
  object: AstNode | undefined,
  place: Place,
  what: string,
  [bucketName, keyName]: readonly [string, string] = ['bucket', 'key'],
): Located | undefined {
  const bucket = file.evaluate(propertyOf(object, bucketName)?.value);
  const key = file.evaluate(propertyOf(object, keyName)?.value);
  return locate(collector, file, deployments, bucket, key, place, what);
}
