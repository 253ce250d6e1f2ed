import type { Collector } from './collect.js';
import type { Place, ServedVersion } from './model.js';
import { folderOf } from './paths.js';
import { isPlainMap, parseYaml, type Lines, type Plain, type PlainMap } from './yaml-tree.js';

/**
 * CloudFormation and SAM templates, YAML or JSON: the gateway resources
 * with mutual TLS, their S3 location evaluated through parameters' defaults
 * and the intrinsics that can be (`Ref`, `Fn::Sub`, `Fn::Join`,
 * `Fn::Select`, `Fn::FindInMap`), and the local file at that key. Templates
 * upload nothing themselves, so the file is the repository's at the key's path.
 */

/** Marks a value known only at deploy time inside a string (a resource's attribute, a pseudo parameter). */
const MARK = '\uF8FF';

class NotEvaluated {
  constructor(readonly reason: string) {}
}

type Evaluated = string | NotEvaluated;

function readable(text: string): string {
  return text.replace(new RegExp(`${MARK}([^${MARK}]*)${MARK}`, 'g'), '${$1}');
}

interface Template {
  file: string;
  parameters: PlainMap;
  mappings: PlainMap;
  resources: PlainMap;
  lines: Lines;
}

function evaluate(template: Template, value: Plain | undefined, depth = 0): Evaluated {
  if (depth > 32) return new NotEvaluated('intrinsics nest too deep');
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (!isPlainMap(value)) return new NotEvaluated('not a string');
  const [name, argument] = Object.entries(value)[0] ?? [];
  const again = (inner: Plain | undefined) => evaluate(template, inner, depth + 1);
  switch (name) {
    case 'Ref': {
      if (typeof argument !== 'string') return new NotEvaluated('a Ref to nothing');
      const parameter = template.parameters[argument];
      if (isPlainMap(parameter)) {
        if (parameter.Default === undefined)
          return new NotEvaluated(`the parameter ${argument} has no Default, so its value is given at deploy time`);
        return again(parameter.Default);
      }
      return `${MARK}${argument}${MARK}`;
    }
    case 'Fn::GetAtt': {
      const parts = typeof argument === 'string' ? argument.split('.') : Array.isArray(argument) ? argument : [];
      const [resource, ...attribute] = parts.map((part) => (typeof part === 'string' ? part : ''));
      return `${MARK}${resource ?? ''}.${attribute.join('.')}${MARK}`;
    }
    case 'Fn::Sub': {
      const [text, variables] = Array.isArray(argument) ? [argument[0], argument[1]] : [argument, undefined];
      if (typeof text !== 'string') return new NotEvaluated('Fn::Sub of something that is not a string');
      let failed: NotEvaluated | undefined;
      const result = text.replace(/\$\{([^}!]*)\}/g, (_whole, inner: string) => {
        const name = inner.trim();
        const given = isPlainMap(variables ?? null) ? (variables as PlainMap)[name] : undefined;
        const resolved =
          given !== undefined ? again(given) : name.includes('.') ? `${MARK}${name}${MARK}` : again({ Ref: name });
        if (resolved instanceof NotEvaluated) failed ??= resolved;
        return resolved instanceof NotEvaluated ? '' : resolved;
      });
      return failed ?? result.replace(/\$\{!/g, '${');
    }
    case 'Fn::Join': {
      if (!Array.isArray(argument) || typeof argument[0] !== 'string' || !Array.isArray(argument[1]))
        return new NotEvaluated('a Fn::Join of a computed list');
      const parts = argument[1].map(again);
      const failed = parts.find((part): part is NotEvaluated => part instanceof NotEvaluated);
      return failed ?? (parts as string[]).join(argument[0]);
    }
    case 'Fn::Select': {
      if (!Array.isArray(argument) || !Array.isArray(argument[1]))
        return new NotEvaluated('a Fn::Select of a computed list');
      const index = Number(again(argument[0]));
      return again(argument[1][index]);
    }
    case 'Fn::FindInMap': {
      if (!Array.isArray(argument)) return new NotEvaluated('a malformed Fn::FindInMap');
      const keys = argument.map(again);
      const failed = keys.find((key): key is NotEvaluated => key instanceof NotEvaluated);
      if (failed) return failed;
      const [map, top, second] = keys as string[];
      const found = (template.mappings[map!] as PlainMap | undefined)?.[top!];
      return isPlainMap(found ?? null)
        ? again((found as PlainMap)[second!])
        : new NotEvaluated(`no mapping ${map}.${top}.${second}`);
    }
    default:
      return new NotEvaluated(`${name ?? 'an empty map'} is not evaluated`);
  }
}

const RESOURCE_KINDS: Record<string, string> = {
  'AWS::ApiGateway::DomainName': 'aws-api-gateway',
  'AWS::ApiGateway::DomainNameV2': 'aws-api-gateway',
  'AWS::ApiGatewayV2::DomainName': 'aws-api-gateway',
  'AWS::Serverless::Api': 'aws-api-gateway',
  'AWS::Serverless::HttpApi': 'aws-api-gateway',
  'AWS::ElasticLoadBalancingV2::TrustStore': 'aws-alb',
  'AWS::CloudFront::TrustStore': 'aws-cloudfront',
};

/** Where a resource keeps its truststore's S3 location, by type. */
interface Location {
  holder: PlainMap;
  bucket?: Plain;
  key?: Plain;
  uri?: Plain;
  version: string;
}

function locationOf(type: string, properties: PlainMap): Location | undefined {
  const mtls = (holder: Plain | undefined): Location | undefined =>
    isPlainMap(holder ?? null) && isPlainMap((holder as PlainMap).MutualTlsAuthentication ?? null)
      ? {
          holder: (holder as PlainMap).MutualTlsAuthentication as PlainMap,
          uri: ((holder as PlainMap).MutualTlsAuthentication as PlainMap).TruststoreUri,
          version: 'TruststoreVersion',
        }
      : undefined;
  switch (type) {
    case 'AWS::Serverless::Api':
    case 'AWS::Serverless::HttpApi':
      return mtls(properties.Domain);
    case 'AWS::ElasticLoadBalancingV2::TrustStore':
      return {
        holder: properties,
        bucket: properties.CaCertificatesBundleS3Bucket,
        key: properties.CaCertificatesBundleS3Key,
        version: 'CaCertificatesBundleS3ObjectVersion',
      };
    case 'AWS::CloudFront::TrustStore': {
      const source = properties.CaCertificatesBundleSource;
      const location = isPlainMap(source ?? null) ? (source as PlainMap).CaCertificatesBundleS3Location : undefined;
      if (!isPlainMap(location ?? null)) return undefined;
      const holder = location as PlainMap;
      return { holder, bucket: holder.Bucket, key: holder.Key, version: 'Version' };
    }
    default:
      return mtls(properties);
  }
}

function splitUri(uri: Evaluated): { bucket: Evaluated; key: Evaluated } {
  if (uri instanceof NotEvaluated) return { bucket: uri, key: uri };
  const match = /^s3:\/\/([^/]+)\/(.+)$/.exec(uri);
  if (!match) {
    const failed = new NotEvaluated(`"${readable(uri)}" is not an s3:// URI`);
    return { bucket: failed, key: failed };
  }
  return { bucket: match[1]!, key: match[2]! };
}

function served(template: Template, location: Location): ServedVersion {
  const place = (key?: string): Place => ({ file: template.file, line: template.lines.of(location.holder, key) });
  const given = location.holder[location.version];
  if (given === undefined) return { kind: 'absent', attribute: location.version, ...place() };
  const value = evaluate(template, given);
  if (typeof value === 'string' && !value.includes(MARK))
    return { kind: 'pinned', attribute: location.version, value, ...place(location.version) };
  return {
    kind: 'follows',
    attribute: location.version,
    reference: value instanceof NotEvaluated ? JSON.stringify(given) : readable(value),
    ...place(location.version),
  };
}

/** The repository file at an S3 key, or a note saying why there is none. */
function fileAt(
  collector: Collector,
  template: Template,
  key: Evaluated,
  bucket: Evaluated,
  place: Place,
  what: string,
) {
  if (key instanceof NotEvaluated) {
    collector.note(
      'infrastructure-not-understood',
      place,
      `${what}: the S3 key of its truststore is not known (${key.reason}).`,
    );
    return undefined;
  }
  const file = key.includes(MARK) ? undefined : collector.fileForKey(key, [folderOf(template.file), '']);
  if (file) return file;
  collector.note(
    'infrastructure-not-understood',
    place,
    `${what} reads its truststore from s3://${bucket instanceof NotEvaluated ? '(unknown bucket)' : readable(bucket)}/${readable(key)}, and no file in the repository is at that key; list it under truststore: in .truststore-check.yml to check it.`,
  );
  return undefined;
}

export async function discoverCloudFormation(collector: Collector, files: string[]): Promise<void> {
  for (const file of files) {
    const text = collector.text(file);
    if (text === undefined) continue;
    const parsed = await parseYaml(text);
    if (parsed.error) {
      collector.note(
        'infrastructure-not-understood',
        { file, line: parsed.error.line },
        `${file} is not valid YAML or JSON (line ${parsed.error.line}: ${parsed.error.message}); CloudFormation refuses it, and discovery may have missed what it configures.`,
      );
    }
    const document = parsed.documents[0];
    if (!isPlainMap(document ?? null)) continue;
    const root = document as PlainMap;
    const resources = root.Resources;
    if (!isPlainMap(resources ?? null)) continue;
    const template: Template = {
      file,
      parameters: isPlainMap(root.Parameters ?? null) ? (root.Parameters as PlainMap) : {},
      mappings: isPlainMap(root.Mappings ?? null) ? (root.Mappings as PlainMap) : {},
      resources: resources as PlainMap,
      lines: parsed.lines,
    };
    const revocations = new Map<string, { files: string[]; via: string[] }>();
    for (const [logicalId, resource] of Object.entries(template.resources)) {
      if (!isPlainMap(resource) || resource.Type !== 'AWS::ElasticLoadBalancingV2::TrustStoreRevocation') continue;
      const properties = isPlainMap(resource.Properties ?? null) ? (resource.Properties as PlainMap) : {};
      const arn = evaluate(template, properties.TrustStoreArn);
      if (arn instanceof NotEvaluated) continue;
      const store = arn.replace(new RegExp(`^${MARK}([^.${MARK}]+)(\\.[^${MARK}]*)?${MARK}$`), '$1');
      const contents = Array.isArray(properties.RevocationContents) ? properties.RevocationContents : [];
      for (const content of contents) {
        if (!isPlainMap(content)) continue;
        const place = { file, line: template.lines.of(content) };
        const crl = fileAt(
          collector,
          template,
          evaluate(template, content.S3Key),
          evaluate(template, content.S3Bucket),
          place,
          `${logicalId} (AWS::ElasticLoadBalancingV2::TrustStoreRevocation)`,
        );
        if (!crl) continue;
        const entry = revocations.get(store) ?? { files: [], via: [] };
        entry.files.push(crl);
        entry.via.push(`${logicalId} (${file}:${place.line}) adds ${crl} as a CRL`);
        revocations.set(store, entry);
      }
    }
    for (const [logicalId, resource] of Object.entries(template.resources)) {
      if (!isPlainMap(resource) || typeof resource.Type !== 'string') continue;
      const profile = RESOURCE_KINDS[resource.Type];
      if (!profile) continue;
      const properties = isPlainMap(resource.Properties ?? null) ? (resource.Properties as PlainMap) : {};
      const location = locationOf(resource.Type, properties);
      if (!location) continue;
      const what = `${logicalId} (${resource.Type})`;
      const origin = { file, line: template.lines.of(template.resources, logicalId) };
      const place = { file, line: template.lines.of(location.holder) };
      const { bucket, key } =
        location.uri !== undefined
          ? splitUri(evaluate(template, location.uri))
          : { bucket: evaluate(template, location.bucket), key: evaluate(template, location.key) };
      const truststore = fileAt(collector, template, key, bucket, place, what);
      if (!truststore) continue;
      const crls = revocations.get(logicalId) ?? { files: [], via: [] };
      collector.add('cloudformation', {
        logicalName: logicalId,
        profile,
        truststore: [truststore],
        bundle: true,
        crls: crls.files,
        resource: what,
        origin,
        via: [`nothing in a template uploads it; ${truststore} is the repository's file at that S3 key`, ...crls.via],
        served: served(template, location),
      });
    }
  }
}
