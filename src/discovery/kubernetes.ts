import type { Collector } from './collect.js';
import type { Place } from './model.js';
import { folderOf, resolveInside } from './paths.js';
import { isPlainMap, parseYaml, type Lines, type Plain, type PlainMap } from './yaml-tree.js';

/**
 * Kubernetes ingress-nginx: an Ingress's `nginx.ingress.kubernetes.io/auth-tls-secret`
 * names a Secret whose `ca.crt` is the truststore (and `ca.crl` its CRL),
 * given in a manifest (`data`, base64, or `stringData`) or by a kustomize
 * `secretGenerator` from files. `auth-tls-verify-depth` is NGINX's `ssl_verify_depth`.
 */

const SECRET_ANNOTATION = 'nginx.ingress.kubernetes.io/auth-tls-secret';
const DEPTH_ANNOTATION = 'nginx.ingress.kubernetes.io/auth-tls-verify-depth';

interface SecretSource {
  name: string;
  namespace?: string;
  place: Place;
  /** `ca.crt` and `ca.crl`: a repository file, or content embedded in the manifest. */
  files: Partial<Record<'ca.crt' | 'ca.crl', { path: string } | { embedded: string; bytes: Uint8Array }>>;
  how: string;
}

interface IngressUse {
  ingress: string;
  namespace?: string;
  secret: string;
  secretNamespace?: string;
  depth?: number;
  place: Place;
}

const record = (value: Plain | undefined): PlainMap => (isPlainMap(value ?? null) ? (value as PlainMap) : {});
const text = (value: Plain | undefined): string | undefined => (typeof value === 'string' ? value : undefined);

function manifestSecret(
  collector: Collector,
  file: string,
  document: PlainMap,
  lines: Lines,
): SecretSource | undefined {
  const metadata = record(document.metadata);
  const name = text(metadata.name);
  if (!name) return undefined;
  const namespace = text(metadata.namespace);
  const place = { file, line: lines.of(document) };
  const secret: SecretSource = { name, ...(namespace ? { namespace } : {}), place, files: {}, how: '' };
  for (const key of ['ca.crt', 'ca.crl'] as const) {
    const encoded = text(record(document.data)[key]);
    const plain = text(record(document.stringData)[key]);
    const embedded = `${file}#${name}/${key}`;
    if (plain !== undefined) secret.files[key] = { embedded, bytes: Buffer.from(plain, 'utf8') };
    else if (encoded !== undefined) {
      const compact = encoded.replace(/\s+/g, '');
      if (!/^[A-Za-z0-9+/]*={0,2}$/.test(compact)) {
        collector.note(
          'infrastructure-not-understood',
          { file, line: lines.of(record(document.data), key) },
          `The Secret ${name}'s ${key} is not base64, so the truststore it holds is not known.`,
        );
        continue;
      }
      secret.files[key] = { embedded, bytes: Buffer.from(compact, 'base64') };
    }
  }
  secret.how = `the Secret ${name} (${file}:${place.line}) holds it as`;
  return secret;
}

/** A kustomize secretGenerator entry: `ca.crt=path` or a file whose name is the key. */
function generatedSecrets(collector: Collector, file: string, document: PlainMap, lines: Lines): SecretSource[] {
  const generators = Array.isArray(document.secretGenerator) ? document.secretGenerator : [];
  const namespace = text(document.namespace);
  const secrets: SecretSource[] = [];
  for (const generator of generators) {
    if (!isPlainMap(generator)) continue;
    const name = text(generator.name);
    if (!name) continue;
    const place = { file, line: lines.of(generator) };
    const secretNamespace = text(generator.namespace) ?? namespace;
    const secret: SecretSource = {
      name,
      ...(secretNamespace ? { namespace: secretNamespace } : {}),
      place,
      files: {},
      how: `kustomize's secretGenerator ${name} (${file}:${place.line}) makes it from`,
    };
    for (const entry of Array.isArray(generator.files) ? generator.files : []) {
      if (typeof entry !== 'string') continue;
      const [key, reference] = entry.includes('=')
        ? [entry.slice(0, entry.indexOf('=')), entry.slice(entry.indexOf('=') + 1)]
        : [entry.split('/').pop()!, entry];
      if (key !== 'ca.crt' && key !== 'ca.crl') continue;
      const local = collector.localFile(resolveInside(folderOf(file), reference), place, `secretGenerator ${name}`);
      if ('path' in local) secret.files[key] = { path: local.path };
    }
    secrets.push(secret);
  }
  return secrets;
}

export async function discoverKubernetes(collector: Collector, files: string[]): Promise<void> {
  const secrets: SecretSource[] = [];
  const uses: IngressUse[] = [];
  for (const file of files) {
    const content = collector.text(file);
    if (content === undefined) continue;
    const parsed = await parseYaml(content);
    if (parsed.error) {
      collector.note(
        'infrastructure-not-understood',
        { file, line: parsed.error.line },
        `${file} is not valid YAML (line ${parsed.error.line}: ${parsed.error.message}); kubectl refuses it, and discovery may have missed what it configures.`,
      );
    }
    const kustomization = /(^|\/)kustomization\.ya?ml$|(^|\/)Kustomization$/.test(file);
    for (const document of parsed.documents) {
      if (!isPlainMap(document ?? null)) continue;
      const manifest = document as PlainMap;
      if (kustomization) {
        secrets.push(...generatedSecrets(collector, file, manifest, parsed.lines));
        continue;
      }
      if (manifest.kind === 'Secret') {
        const secret = manifestSecret(collector, file, manifest, parsed.lines);
        if (secret) secrets.push(secret);
      } else if (manifest.kind === 'Ingress') {
        const metadata = record(manifest.metadata);
        const annotations = record(metadata.annotations);
        const reference = text(annotations[SECRET_ANNOTATION]);
        if (!reference) continue;
        const [secretNamespace, secret] = reference.includes('/') ? reference.split('/', 2) : [undefined, reference];
        const depth = Number(text(annotations[DEPTH_ANNOTATION]) ?? annotations[DEPTH_ANNOTATION]);
        const namespace = text(metadata.namespace);
        uses.push({
          ingress: text(metadata.name) ?? 'ingress',
          ...(namespace ? { namespace } : {}),
          secret,
          ...(secretNamespace || namespace ? { secretNamespace: secretNamespace ?? namespace } : {}),
          ...(Number.isInteger(depth) && depth >= 0 ? { depth } : {}),
          place: { file, line: parsed.lines.of(annotations, SECRET_ANNOTATION) },
        });
      }
    }
  }
  for (const use of uses) {
    const secret = secrets.find(
      (candidate) =>
        candidate.name === use.secret &&
        (!candidate.namespace || !use.secretNamespace || candidate.namespace === use.secretNamespace),
    );
    const what = `Ingress ${use.ingress}`;
    if (!secret) {
      collector.note(
        'infrastructure-not-understood',
        use.place,
        `${what} takes its client CAs from the Secret ${use.secretNamespace ? `${use.secretNamespace}/` : ''}${use.secret}, which no manifest or kustomize secretGenerator in the repository defines; list its ca.crt under truststore: in .truststore-check.yml to check it.`,
      );
      continue;
    }
    const pathOf = (key: 'ca.crt' | 'ca.crl') => {
      const entry = secret.files[key];
      if (!entry) return undefined;
      if ('embedded' in entry) {
        collector.embedded.set(entry.embedded, entry.bytes);
        return entry.embedded;
      }
      return entry.path;
    };
    const truststore = pathOf('ca.crt');
    if (!truststore) {
      collector.note(
        'infrastructure-not-understood',
        secret.place,
        `The Secret ${secret.name}, which ${what} takes its client CAs from, has no ca.crt that discovery can read; ingress-nginx needs one.`,
      );
      continue;
    }
    const crl = pathOf('ca.crl');
    collector.add('kubernetes', {
      logicalName: use.ingress,
      profile: 'nginx',
      ...(use.depth !== undefined ? { profileOptions: { ssl_verify_depth: use.depth } } : {}),
      truststore: [truststore],
      bundle: true,
      crls: crl ? [crl] : [],
      resource: `Ingress ${use.namespace ? `${use.namespace}/` : ''}${use.ingress}`,
      origin: use.place,
      via: [`${secret.how} ${truststore}`, ...(crl ? [`and its ca.crl from ${crl}`] : [])],
      served: { kind: 'inline' },
    });
  }
}
