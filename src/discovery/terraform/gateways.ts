import type { Collector } from '../collect.js';
import type { Place, ServedVersion } from '../model.js';
import { resolveInside } from '../paths.js';
import type { ModuleInstance } from './instance.js';
import type { ResourceDefinition } from './modules.js';
import type { RootEvaluation } from './root.js';
import type { S3Uploads, Upload } from './s3-uploads.js';
import { attribute, nestedBlocks, placeOf, textOf, type Located } from './syntax.js';
import { asString, describeValue, FileContent, isReferenceTo, MARK, readable, Unknown } from './values.js';

/** The gateways a root module's instances configure, each added to the collector with its truststore. */
export class Gateways {
  constructor(
    private readonly collector: Collector,
    private readonly root: RootEvaluation,
    private readonly s3: S3Uploads,
  ) {}

  private served(
    instance: ModuleInstance,
    body: Located,
    attributeName: string,
    upload: Upload | undefined,
    blockPlace: Place,
  ): ServedVersion {
    const expression = attribute(body, attributeName);
    if (!expression) return { kind: 'absent', attribute: attributeName, ...blockPlace };
    const place = placeOf(expression);
    const value = instance.evaluate(expression);
    if (upload && isReferenceTo(value, upload.address, 'version_id'))
      return { kind: 'follows', attribute: attributeName, reference: `${upload.address}.version_id`, ...place };
    if (typeof value === 'string' && !value.includes(MARK))
      return { kind: 'pinned', attribute: attributeName, value, ...place };
    // Another reference (a data source, a variable without default): computed at apply, taken as following.
    return {
      kind: 'follows',
      attribute: attributeName,
      reference: value instanceof Unknown ? textOf(expression.node, expression.source) : describeValue(value),
      ...place,
    };
  }

  private via(upload: Upload | undefined, file: string): string[] {
    return upload
      ? [`${upload.address} (${upload.place.file}:${upload.place.line}) uploads ${file}`]
      : [`no resource here uploads it; ${file} is the repository's file at that S3 key`];
  }

  collectTargets(instance: ModuleInstance): void {
    for (const resource of instance.definition.resources.values()) {
      const address = instance.address(`${resource.type}.${resource.name}`);
      const origin = { file: resource.body.source.path, line: resource.line };
      switch (resource.type) {
        case 'aws_api_gateway_domain_name':
        case 'aws_apigatewayv2_domain_name': {
          for (const block of nestedBlocks(resource.body, 'mutual_tls_authentication')) {
            const blockPlace = placeOf(block);
            const uri = attribute(block, 'truststore_uri');
            if (!uri) continue;
            const value = asString(instance.evaluate(uri), placeOf(uri));
            const { bucket, key } = splitS3Uri(value, placeOf(uri));
            const found = this.s3.truststoreAt(bucket, key, placeOf(uri), address);
            if (!found) continue;
            this.addFromS3(
              instance,
              resource,
              'aws-api-gateway',
              found,
              this.served(instance, block, 'truststore_version', found.upload, blockPlace),
            );
          }
          break;
        }
        case 'aws_lb_trust_store': {
          const bucket = this.attributeText(instance, resource, 'ca_certificates_bundle_s3_bucket');
          const key = this.attributeText(instance, resource, 'ca_certificates_bundle_s3_key');
          const found = this.s3.truststoreAt(bucket, key, origin, address);
          if (!found) break;
          const crls = this.revocations(address);
          this.addFromS3(
            instance,
            resource,
            'aws-alb',
            found,
            this.served(instance, resource.body, 'ca_certificates_bundle_s3_object_version', found.upload, origin),
            crls,
          );
          break;
        }
        case 'aws_cloudfront_trust_store': {
          for (const source of nestedBlocks(resource.body, 'ca_certificates_bundle_source')) {
            for (const location of nestedBlocks(source, 'ca_certificates_bundle_s3_location')) {
              const locationPlace = placeOf(location);
              const bucket = this.text(instance, location, 'bucket', locationPlace);
              const key = this.text(instance, location, 'key', locationPlace);
              const found = this.s3.truststoreAt(bucket, key, locationPlace, address);
              if (!found) continue;
              this.addFromS3(
                instance,
                resource,
                'aws-cloudfront',
                found,
                this.served(instance, location, 'version', found.upload, locationPlace),
              );
            }
          }
          break;
        }
        case 'google_certificate_manager_trust_config': {
          const files: string[] = [];
          for (const store of nestedBlocks(resource.body, 'trust_stores'))
            for (const kind of ['trust_anchors', 'intermediate_cas'])
              for (const entry of nestedBlocks(store, kind)) {
                const pem = attribute(entry, 'pem_certificate');
                if (!pem) continue;
                const file = this.inlineFile(instance, pem, `${address} ${kind}.pem_certificate`);
                if (file) files.push(file);
              }
          this.addInline(instance, resource, 'gcp-load-balancer', files, true, 'file()');
          break;
        }
        case 'azurerm_application_gateway': {
          const files: string[] = [];
          for (const certificate of nestedBlocks(resource.body, 'trusted_client_certificate')) {
            const data = attribute(certificate, 'data');
            if (!data) continue;
            const file = this.inlineFile(instance, data, `${address} trusted_client_certificate.data`);
            if (file) files.push(file);
          }
          // Each trusted client certificate is a chain file of its own.
          this.addInline(instance, resource, 'azure-application-gateway', files, false, 'filebase64()');
          break;
        }
      }
    }
  }

  /** A gateway whose truststore is an S3 object: the repository file `found` behind it, and the CRLs it is given. */
  private addFromS3(
    instance: ModuleInstance,
    resource: ResourceDefinition,
    profile: string,
    found: { file: string; upload?: Upload },
    served: ServedVersion,
    crls: { files: string[]; via: string[] } = { files: [], via: [] },
  ): void {
    this.collector.add('terraform', {
      logicalName: logicalName(instance, resource),
      profile,
      truststore: [found.file],
      bundle: true,
      crls: crls.files,
      resource: instance.address(`${resource.type}.${resource.name}`),
      origin: { file: resource.body.source.path, line: resource.line },
      via: [...this.via(found.upload, found.file), ...crls.via],
      served,
    });
  }

  /** A gateway whose certificates are given inline, each read from a repository file (none found: not a target). */
  private addInline(
    instance: ModuleInstance,
    resource: ResourceDefinition,
    profile: string,
    files: string[],
    bundle: boolean,
    reader: string,
  ): void {
    if (files.length === 0) return;
    const address = instance.address(`${resource.type}.${resource.name}`);
    this.collector.add('terraform', {
      logicalName: logicalName(instance, resource),
      profile,
      truststore: files,
      bundle,
      crls: [],
      resource: address,
      origin: { file: resource.body.source.path, line: resource.line },
      via: files.map((file) => `${address} reads ${file} with ${reader}`),
      served: { kind: 'inline' },
    });
  }

  private attributeText(instance: ModuleInstance, resource: ResourceDefinition, name: string): string | Unknown {
    const place = { file: resource.body.source.path, line: resource.line };
    return this.text(instance, resource.body, name, place);
  }

  private text(instance: ModuleInstance, body: Located, name: string, place: Place): string | Unknown {
    const expression = attribute(body, name);
    if (!expression) return new Unknown(`${name} is not set`, place);
    return asString(instance.evaluate(expression), placeOf(expression));
  }

  /** A certificate given inline through file() / filebase64(): the file, or a note. */
  private inlineFile(instance: ModuleInstance, expression: Located, what: string): string | undefined {
    const value = instance.evaluate(expression);
    const place = placeOf(expression);
    if (!(value instanceof FileContent)) {
      const why =
        value instanceof Unknown ? `${value.reason}, ${value.place.file}:${value.place.line}` : 'it is not file()';
      this.collector.note(
        'infrastructure-not-understood',
        place,
        `${what}: which repository file it holds is not known (${why}).`,
      );
      return undefined;
    }
    const local = this.collector.localFile(resolveInside(this.root.folder, value.reference), place, what);
    return 'path' in local ? local.path : undefined;
  }

  /** The CRLs `aws_lb_trust_store_revocation` resources add to a trust store. */
  private revocations(trustStore: string): { files: string[]; via: string[] } {
    const files: string[] = [];
    const via: string[] = [];
    for (const instance of this.root.all) {
      for (const resource of instance.definition.resources.values()) {
        if (resource.type !== 'aws_lb_trust_store_revocation') continue;
        const arn = attribute(resource.body, 'trust_store_arn');
        if (!arn || !isReferenceTo(instance.evaluate(arn), trustStore, 'arn')) continue;
        const address = instance.address(`${resource.type}.${resource.name}`);
        const place = { file: resource.body.source.path, line: resource.line };
        const found = this.s3.truststoreAt(
          this.attributeText(instance, resource, 'revocations_s3_bucket'),
          this.attributeText(instance, resource, 'revocations_s3_key'),
          place,
          address,
        );
        if (!found) continue;
        files.push(found.file);
        via.push(`${address} (${place.file}:${place.line}) adds ${found.file} as a CRL`);
      }
    }
    return { files, via };
  }
}

/** `partners.this` for `module.partners.aws_apigatewayv2_domain_name.this`: the names a person gave it. */
function logicalName(instance: ModuleInstance, resource: ResourceDefinition): string {
  const modules = instance.path.split('.').filter((_part, index) => index % 2 === 1);
  return [...modules, resource.name].join('.');
}

function splitS3Uri(value: string | Unknown, place: Place): { bucket: string | Unknown; key: string | Unknown } {
  if (value instanceof Unknown) return { bucket: value, key: value };
  const match = /^s3:\/\/([^/]+)\/(.+)$/.exec(value);
  if (!match) {
    const unknown = new Unknown(`"${readable(value)}" is not an s3:// URI`, place);
    return { bucket: unknown, key: unknown };
  }
  return { bucket: match[1]!, key: match[2]! };
}

// ---- Entry ------------------------------------------------------------------------
