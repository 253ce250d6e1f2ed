export const id = 224;
export const ids = [224];
export const modules = {

/***/ 2224:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   discoverKubernetes: () => (/* binding */ discoverKubernetes)
/* harmony export */ });
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8674);
/* harmony import */ var _yaml_tree_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1628);


/**
 * Kubernetes ingress-nginx: an Ingress's `nginx.ingress.kubernetes.io/auth-tls-secret`
 * names a Secret whose `ca.crt` is the truststore (and `ca.crl` its CRL),
 * given in a manifest (`data`, base64, or `stringData`) or by a kustomize
 * `secretGenerator` from files. `auth-tls-verify-depth` is NGINX's `ssl_verify_depth`.
 */
const SECRET_ANNOTATION = 'nginx.ingress.kubernetes.io/auth-tls-secret';
const DEPTH_ANNOTATION = 'nginx.ingress.kubernetes.io/auth-tls-verify-depth';
const record = (value) => ((0,_yaml_tree_js__WEBPACK_IMPORTED_MODULE_1__/* .isPlainMap */ .nK)(value ?? null) ? value : {});
const text = (value) => (typeof value === 'string' ? value : undefined);
function manifestSecret(collector, file, document, lines) {
    const metadata = record(document.metadata);
    const name = text(metadata.name);
    if (!name)
        return undefined;
    const namespace = text(metadata.namespace);
    const place = { file, line: lines.of(document) };
    const secret = { name, ...(namespace ? { namespace } : {}), place, files: {}, how: '' };
    for (const key of ['ca.crt', 'ca.crl']) {
        const encoded = text(record(document.data)[key]);
        const plain = text(record(document.stringData)[key]);
        const embedded = `${file}#${name}/${key}`;
        if (plain !== undefined)
            secret.files[key] = { embedded, bytes: Buffer.from(plain, 'utf8') };
        else if (encoded !== undefined) {
            const compact = encoded.replace(/\s+/g, '');
            if (!/^[A-Za-z0-9+/]*={0,2}$/.test(compact)) {
                collector.note('infrastructure-not-understood', { file, line: lines.of(record(document.data), key) }, `The Secret ${name}'s ${key} is not base64, so the truststore it holds is not known.`);
                continue;
            }
            secret.files[key] = { embedded, bytes: Buffer.from(compact, 'base64') };
        }
    }
    secret.how = `the Secret ${name} (${file}:${place.line}) holds it as`;
    return secret;
}
/** A kustomize secretGenerator entry: `ca.crt=path` or a file whose name is the key. */
function generatedSecrets(collector, file, document, lines) {
    const generators = Array.isArray(document.secretGenerator) ? document.secretGenerator : [];
    const namespace = text(document.namespace);
    const secrets = [];
    for (const generator of generators) {
        if (!(0,_yaml_tree_js__WEBPACK_IMPORTED_MODULE_1__/* .isPlainMap */ .nK)(generator))
            continue;
        const name = text(generator.name);
        if (!name)
            continue;
        const place = { file, line: lines.of(generator) };
        const secretNamespace = text(generator.namespace) ?? namespace;
        const secret = {
            name,
            ...(secretNamespace ? { namespace: secretNamespace } : {}),
            place,
            files: {},
            how: `kustomize's secretGenerator ${name} (${file}:${place.line}) makes it from`,
        };
        for (const entry of Array.isArray(generator.files) ? generator.files : []) {
            if (typeof entry !== 'string')
                continue;
            const [key, reference] = entry.includes('=')
                ? [entry.slice(0, entry.indexOf('=')), entry.slice(entry.indexOf('=') + 1)]
                : [entry.split('/').pop(), entry];
            if (key !== 'ca.crt' && key !== 'ca.crl')
                continue;
            const local = collector.localFile((0,_paths_js__WEBPACK_IMPORTED_MODULE_0__/* .resolveInside */ .LI)((0,_paths_js__WEBPACK_IMPORTED_MODULE_0__/* .folderOf */ .yS)(file), reference), place, `secretGenerator ${name}`);
            if ('path' in local)
                secret.files[key] = { path: local.path };
        }
        secrets.push(secret);
    }
    return secrets;
}
async function discoverKubernetes(collector, files) {
    const secrets = [];
    const uses = [];
    for (const file of files) {
        const content = collector.text(file);
        if (content === undefined)
            continue;
        const parsed = await (0,_yaml_tree_js__WEBPACK_IMPORTED_MODULE_1__/* .parseYaml */ .hN)(content);
        if (parsed.error) {
            collector.note('infrastructure-not-understood', { file, line: parsed.error.line }, `${file} is not valid YAML (line ${parsed.error.line}: ${parsed.error.message}); kubectl refuses it, and discovery may have missed what it configures.`);
        }
        const kustomization = /(^|\/)kustomization\.ya?ml$|(^|\/)Kustomization$/.test(file);
        for (const document of parsed.documents) {
            if (!(0,_yaml_tree_js__WEBPACK_IMPORTED_MODULE_1__/* .isPlainMap */ .nK)(document ?? null))
                continue;
            const manifest = document;
            if (kustomization) {
                secrets.push(...generatedSecrets(collector, file, manifest, parsed.lines));
                continue;
            }
            if (manifest.kind === 'Secret') {
                const secret = manifestSecret(collector, file, manifest, parsed.lines);
                if (secret)
                    secrets.push(secret);
            }
            else if (manifest.kind === 'Ingress') {
                const metadata = record(manifest.metadata);
                const annotations = record(metadata.annotations);
                const reference = text(annotations[SECRET_ANNOTATION]);
                if (!reference)
                    continue;
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
        const secret = secrets.find((candidate) => candidate.name === use.secret &&
            (!candidate.namespace || !use.secretNamespace || candidate.namespace === use.secretNamespace));
        const what = `Ingress ${use.ingress}`;
        if (!secret) {
            collector.note('infrastructure-not-understood', use.place, `${what} takes its client CAs from the Secret ${use.secretNamespace ? `${use.secretNamespace}/` : ''}${use.secret}, which no manifest or kustomize secretGenerator in the repository defines; list its ca.crt under truststore: in .truststore-check.yml to check it.`);
            continue;
        }
        const pathOf = (key) => {
            const entry = secret.files[key];
            if (!entry)
                return undefined;
            if ('embedded' in entry) {
                collector.embedded.set(entry.embedded, entry.bytes);
                return entry.embedded;
            }
            return entry.path;
        };
        const truststore = pathOf('ca.crt');
        if (!truststore) {
            collector.note('infrastructure-not-understood', secret.place, `The Secret ${secret.name}, which ${what} takes its client CAs from, has no ca.crt that discovery can read; ingress-nginx needs one.`);
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


/***/ }),

/***/ 1628:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   hN: () => (/* binding */ parseYaml),
/* harmony export */   nK: () => (/* binding */ isPlainMap)
/* harmony export */ });
/* unused harmony export Lines */
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8674);

const INTRINSICS = [
    'Ref',
    'Sub',
    'GetAtt',
    'Join',
    'Select',
    'Split',
    'If',
    'Equals',
    'Not',
    'And',
    'Or',
    'FindInMap',
    'Base64',
    'Cidr',
    'GetAZs',
    'ImportValue',
    'Condition',
    'Transform',
    'ToJsonString',
    'Length',
];
/** The long-form key of a short-form tag: `!Ref` → `Ref`, `!Sub` → `Fn::Sub`. */
function longForm(tag) {
    const name = tag.slice(1);
    return name === 'Ref' || name === 'Condition' ? name : `Fn::${name}`;
}
/** Declared so the parser neither warns about them nor changes their content; the walk below reads the tag. */
const CUSTOM_TAGS = INTRINSICS.flatMap((name) => [
    { tag: `!${name}`, resolve: (value) => value },
    { tag: `!${name}`, collection: 'seq', resolve: (value) => value },
    { tag: `!${name}`, collection: 'map', resolve: (value) => value },
]);
/** Where each key of each map was, so a value's line can be told. */
class Lines {
    keys = new WeakMap();
    starts = new WeakMap();
    set(container, key, line) {
        let map = this.keys.get(container);
        if (!map)
            this.keys.set(container, (map = new Map()));
        map.set(key, line);
    }
    start(container, line) {
        this.starts.set(container, line);
    }
    /** The line of `key` in `container`, or of the container itself, or 1. */
    of(container, key) {
        if (!container)
            return 1;
        return (key !== undefined ? this.keys.get(container)?.get(key) : undefined) ?? this.starts.get(container) ?? 1;
    }
}
/** Aliases expanded at most this many times in one file: a "billion laughs" file stops here. */
const MAX_NODES = 200_000;
async function parseYaml(text) {
    const yaml = await __webpack_require__.e(/* import() */ 815).then(__webpack_require__.t.bind(__webpack_require__, 8815, 19));
    const line = (0,_paths_js__WEBPACK_IMPORTED_MODULE_0__/* .lineIndex */ .Dp)(text);
    const lines = new Lines();
    let budget = MAX_NODES;
    const documents = yaml.parseAllDocuments(text, {
        customTags: CUSTOM_TAGS,
        uniqueKeys: false,
    });
    const list = Array.isArray(documents) ? documents : [];
    const errors = list.flatMap((document) => document.errors);
    const first = errors[0];
    // Anchors by name as the walk meets them (an alias always follows its anchor): resolving through the
    // document would search it once per alias.
    const anchors = new Map();
    const walk = (node, document) => {
        if (--budget < 0)
            return null;
        if (yaml.isAlias(node))
            return walk(anchors.get(node.source), document);
        const anchor = node?.anchor;
        if (anchor)
            anchors.set(anchor, node);
        let value;
        const nodeLine = node?.range ? line(node.range[0]) : 1;
        if (yaml.isMap(node)) {
            const map = {};
            lines.start(map, nodeLine);
            for (const pair of node.items) {
                const keyNode = pair.key;
                const key = yaml.isScalar(keyNode) ? String(keyNode.value) : JSON.stringify(walk(keyNode, document));
                map[key] = walk(pair.value, document);
                lines.set(map, key, keyNode?.range ? line(keyNode.range[0]) : nodeLine);
            }
            value = map;
        }
        else if (yaml.isSeq(node)) {
            const seq = node.items.map((item) => walk(item, document));
            lines.start(seq, nodeLine);
            value = seq;
        }
        else if (yaml.isScalar(node)) {
            const scalar = node.value;
            value =
                typeof scalar === 'string' || typeof scalar === 'number' || typeof scalar === 'boolean' || scalar === null
                    ? scalar
                    : typeof scalar === 'bigint'
                        ? Number(scalar)
                        : null;
        }
        else
            value = null;
        const tag = node?.tag;
        if (tag && tag.startsWith('!') && INTRINSICS.includes(tag.slice(1))) {
            const wrapped = { [longForm(tag)]: value };
            lines.start(wrapped, nodeLine);
            lines.set(wrapped, longForm(tag), nodeLine);
            return wrapped;
        }
        return value;
    };
    return {
        documents: list.map((document) => {
            anchors.clear(); // anchors are each document's own
            return walk(document.contents, document);
        }),
        lines,
        ...(first ? { error: { line: first.linePos?.[0]?.line ?? 1, message: first.message.split('\n')[0] } } : {}),
    };
}
const isPlainMap = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);


/***/ })

};
