import type { Collector } from '../collect.js';
import type { Place } from '../model.js';
import { resolveInside } from '../paths.js';
import type { ModuleInstance } from './instance.js';
import type { RootEvaluation } from './root.js';
import { attribute, placeOf } from './syntax.js';
import { asString, FileContent, MARK, readable, Unknown, type Value } from './values.js';

export interface Upload {
  address: string;
  place: Place;
  bucket: string | Unknown;
  key: string | Unknown;
  /** The uploaded file, relative to the checked root, when it is in the repository. */
  file?: string;
  /** Why the file is not known, when it is not. */
  problem?: 'outside' | 'missing' | Unknown;
  instance: ModuleInstance;
}

const S3_OBJECT_TYPES = new Set(['aws_s3_object', 'aws_s3_bucket_object']);

/** The S3 objects a root module's instances upload, and the repository file behind an S3 location. */
export class S3Uploads {
  readonly uploads: Upload[] = [];

  constructor(
    private readonly collector: Collector,
    private readonly root: RootEvaluation,
  ) {}

  private file(value: Value, place: Place, what: string): Pick<Upload, 'file' | 'problem'> {
    const reference =
      value instanceof FileContent ? value.reference : value instanceof Unknown ? value : asString(value, place);
    if (reference instanceof Unknown) return { problem: reference };
    const local = this.collector.localFile(resolveInside(this.root.folder, reference), place, what);
    if ('path' in local) return { file: local.path };
    return { problem: 'outside' in local ? 'outside' : 'missing' };
  }

  collectUploads(instance: ModuleInstance): void {
    for (const resource of instance.definition.resources.values()) {
      if (!S3_OBJECT_TYPES.has(resource.type)) continue;
      const address = instance.address(`${resource.type}.${resource.name}`);
      const place = { file: resource.body.source.path, line: resource.line };
      const bucket = asString(instance.resourceAttribute(resource, 'bucket', 0), place);
      const key = asString(instance.resourceAttribute(resource, 'key', 0), place);
      const source =
        attribute(resource.body, 'source') ??
        attribute(resource.body, 'content') ??
        attribute(resource.body, 'content_base64');
      const upload: Upload = {
        address,
        place,
        bucket,
        key,
        instance,
        ...(source ? this.file(instance.evaluate(source), placeOf(source), address) : {}),
      };
      this.uploads.push(upload);
    }
  }

  /** The upload an S3 location names: same bucket and key, or (bucket unknown) the only one with that key. */
  private findUpload(bucket: string | Unknown, key: string | Unknown): Upload | undefined {
    if (key instanceof Unknown) return undefined;
    const sameKey = this.uploads.filter((upload) => upload.key === key);
    if (!(bucket instanceof Unknown)) {
      const exact = sameKey.filter((upload) => upload.bucket === bucket);
      if (exact.length > 0) return exact[0];
    }
    return sameKey.length === 1 ? sameKey[0] : undefined;
  }

  /**
   * The local file behind an S3 location: the resource that uploads it, or
   * (none in the repository) a file at that key's path. Undefined with a note when neither.
   */
  truststoreAt(
    bucket: string | Unknown,
    key: string | Unknown,
    place: Place,
    what: string,
  ): { file: string; upload?: Upload } | undefined {
    const unknown = key instanceof Unknown ? key : undefined;
    if (unknown) {
      this.collector.note(
        'infrastructure-not-understood',
        place,
        `${what}: the S3 key of its truststore is not known (${unknown.reason}, ${unknown.place.file}:${unknown.place.line}), so the file it uploads is not known either.`,
      );
      return undefined;
    }
    const upload = this.findUpload(bucket, key);
    if (upload) {
      if (upload.file) return { file: upload.file, upload };
      if (upload.problem instanceof Unknown)
        this.collector.note(
          'infrastructure-not-understood',
          upload.place,
          `${upload.address} uploads the truststore of ${what}, but which file is not known (${upload.problem.reason}, ${upload.problem.place.file}:${upload.problem.place.line}).`,
        );
      else if (upload.problem === undefined)
        this.collector.note(
          'infrastructure-not-understood',
          upload.place,
          `${upload.address} uploads the truststore of ${what} without a source or content attribute naming a file.`,
        );
      return undefined;
    }
    const keyText = key as string;
    const file = keyText.includes(MARK) ? undefined : this.collector.fileForKey(keyText, [this.root.folder, '']);
    if (file) return { file };
    this.collector.note(
      'infrastructure-not-understood',
      place,
      `${what} reads its truststore from s3://${bucket instanceof Unknown ? '(unknown bucket)' : readable(bucket)}/${readable(keyText)}, which no aws_s3_object in the repository uploads and no file in the repository matches; list it under truststore: in .truststore-check.yml to check it.`,
    );
    return undefined;
  }
}
