export const id = 928;
export const ids = [928];
export const modules = {

/***/ 1928:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   discoverCloudFormation: () => (/* binding */ discoverCloudFormation)
/* harmony export */ });
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8674);
/* harmony import */ var _yaml_tree_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1628);


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
    reason;
    constructor(reason) {
        this.reason = reason;
    }
}
function readable(text) {
    return text.replace(new RegExp(`${MARK}([^${MARK}]*)${MARK}`, 'g'), '${$1}');
}
function evaluate(template, value, depth = 0) {
    if (depth > 32)
        return new NotEvaluated('intrinsics nest too deep');
    if (typeof value === 'string')
        return value;
    if (typeof value === 'number' || typeof value === 'boolean')
        return String(value);
    if (!(0,_yaml_tree_js__WEBPACK_IMPORTED_MODULE_1__/* .isPlainMap */ .nK)(value))
        return new NotEvaluated('not a string');
    const [name, argument] = Object.entries(value)[0] ?? [];
    const again = (inner) => evaluate(template, inner, depth + 1);
    switch (name) {
        case 'Ref': {
            if (typeof argument !== 'string')
                return new NotEvaluated('a Ref to nothing');
            const parameter = template.parameters[argument];
            if ((0,_yaml_tree_js__WEBPACK_IMPORTED_MODULE_1__/* .isPlainMap */ .nK)(parameter)) {
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
            if (typeof text !== 'string')
                return new NotEvaluated('Fn::Sub of something that is not a string');
            let failed;
            const result = text.replace(/\$\{([^}!]*)\}/g, (_whole, inner) => {
                const name = inner.trim();
                const given = (0,_yaml_tree_js__WEBPACK_IMPORTED_MODULE_1__/* .isPlainMap */ .nK)(variables ?? null) ? variables[name] : undefined;
                const resolved = given !== undefined ? again(given) : name.includes('.') ? `${MARK}${name}${MARK}` : again({ Ref: name });
                if (resolved instanceof NotEvaluated)
                    failed ??= resolved;
                return resolved instanceof NotEvaluated ? '' : resolved;
            });
            return failed ?? result.replace(/\$\{!/g, '${');
        }
        case 'Fn::Join': {
            if (!Array.isArray(argument) || typeof argument[0] !== 'string' || !Array.isArray(argument[1]))
                return new NotEvaluated('a Fn::Join of a computed list');
            const parts = argument[1].map(again);
            const failed = parts.find((part) => part instanceof NotEvaluated);
            return failed ?? parts.join(argument[0]);
        }
        case 'Fn::Select': {
            if (!Array.isArray(argument) || !Array.isArray(argument[1]))
                return new NotEvaluated('a Fn::Select of a computed list');
            const index = Number(again(argument[0]));
            return again(argument[1][index]);
        }
        case 'Fn::FindInMap': {
            if (!Array.isArray(argument))
                return new NotEvaluated('a malformed Fn::FindInMap');
            const keys = argument.map(again);
            const failed = keys.find((key) => key instanceof NotEvaluated);
            if (failed)
                return failed;
            const [map, top, second] = keys;
            const found = template.mappings[map]?.[top];
            return (0,_yaml_tree_js__WEBPACK_IMPORTED_MODULE_1__/* .isPlainMap */ .nK)(found ?? null)
                ? again(found[second])
                : new NotEvaluated(`no mapping ${map}.${top}.${second}`);
        }
        default:
            return new NotEvaluated(`${name ?? 'an empty map'} is not evaluated`);
    }
}
const RESOURCE_KINDS = {
    'AWS::ApiGateway::DomainName': 'aws-api-gateway',
    'AWS::ApiGateway::DomainNameV2': 'aws-api-gateway',
    'AWS::ApiGatewayV2::DomainName': 'aws-api-gateway',
    'AWS::Serverless::Api': 'aws-api-gateway',
    'AWS::Serverless::HttpApi': 'aws-api-gateway',
    'AWS::ElasticLoadBalancingV2::TrustStore': 'aws-alb',
    'AWS::CloudFront::TrustStore': 'aws-cloudfront',
};
function locationOf(type, properties) {
    const mtls = (holder) => (0,_yaml_tree_js__WEBPACK_IMPORTED_MODULE_1__/* .isPlainMap */ .nK)(holder ?? null) && (0,_yaml_tree_js__WEBPACK_IMPORTED_MODULE_1__/* .isPlainMap */ .nK)(holder.MutualTlsAuthentication ?? null)
        ? {
            holder: holder.MutualTlsAuthentication,
            uri: holder.MutualTlsAuthentication.TruststoreUri,
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
            const location = (0,_yaml_tree_js__WEBPACK_IMPORTED_MODULE_1__/* .isPlainMap */ .nK)(source ?? null) ? source.CaCertificatesBundleS3Location : undefined;
            if (!(0,_yaml_tree_js__WEBPACK_IMPORTED_MODULE_1__/* .isPlainMap */ .nK)(location ?? null))
                return undefined;
            const holder = location;
            return { holder, bucket: holder.Bucket, key: holder.Key, version: 'Version' };
        }
        default:
            return mtls(properties);
    }
}
function splitUri(uri) {
    if (uri instanceof NotEvaluated)
        return { bucket: uri, key: uri };
    const match = /^s3:\/\/([^/]+)\/(.+)$/.exec(uri);
    if (!match) {
        const failed = new NotEvaluated(`"${readable(uri)}" is not an s3:// URI`);
        return { bucket: failed, key: failed };
    }
    return { bucket: match[1], key: match[2] };
}
function served(template, location) {
    const place = (key) => ({ file: template.file, line: template.lines.of(location.holder, key) });
    const given = location.holder[location.version];
    if (given === undefined)
        return { kind: 'absent', attribute: location.version, ...place() };
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
function fileAt(collector, template, key, bucket, place, what) {
    if (key instanceof NotEvaluated) {
        collector.note('infrastructure-not-understood', place, `${what}: the S3 key of its truststore is not known (${key.reason}).`);
        return undefined;
    }
    const file = key.includes(MARK) ? undefined : collector.fileForKey(key, [(0,_paths_js__WEBPACK_IMPORTED_MODULE_0__/* .folderOf */ .yS)(template.file), '']);
    if (file)
        return file;
    collector.note('infrastructure-not-understood', place, `${what} reads its truststore from s3://${bucket instanceof NotEvaluated ? '(unknown bucket)' : readable(bucket)}/${readable(key)}, and no file in the repository is at that key; list it under truststore: in .truststore-check.yml to check it.`);
    return undefined;
}
async function discoverCloudFormation(collector, files) {
    for (const file of files) {
        const text = collector.text(file);
        if (text === undefined)
            continue;
        const parsed = await (0,_yaml_tree_js__WEBPACK_IMPORTED_MODULE_1__/* .parseYaml */ .hN)(text);
        if (parsed.error) {
            collector.note('infrastructure-not-understood', { file, line: parsed.error.line }, `${file} is not valid YAML or JSON (line ${parsed.error.line}: ${parsed.error.message}); CloudFormation refuses it, and discovery may have missed what it configures.`);
        }
        const document = parsed.documents[0];
        if (!(0,_yaml_tree_js__WEBPACK_IMPORTED_MODULE_1__/* .isPlainMap */ .nK)(document ?? null))
            continue;
        const root = document;
        const resources = root.Resources;
        if (!(0,_yaml_tree_js__WEBPACK_IMPORTED_MODULE_1__/* .isPlainMap */ .nK)(resources ?? null))
            continue;
        const template = {
            file,
            parameters: (0,_yaml_tree_js__WEBPACK_IMPORTED_MODULE_1__/* .isPlainMap */ .nK)(root.Parameters ?? null) ? root.Parameters : {},
            mappings: (0,_yaml_tree_js__WEBPACK_IMPORTED_MODULE_1__/* .isPlainMap */ .nK)(root.Mappings ?? null) ? root.Mappings : {},
            resources: resources,
            lines: parsed.lines,
        };
        const revocations = new Map();
        for (const [logicalId, resource] of Object.entries(template.resources)) {
            if (!(0,_yaml_tree_js__WEBPACK_IMPORTED_MODULE_1__/* .isPlainMap */ .nK)(resource) || resource.Type !== 'AWS::ElasticLoadBalancingV2::TrustStoreRevocation')
                continue;
            const properties = (0,_yaml_tree_js__WEBPACK_IMPORTED_MODULE_1__/* .isPlainMap */ .nK)(resource.Properties ?? null) ? resource.Properties : {};
            const arn = evaluate(template, properties.TrustStoreArn);
            if (arn instanceof NotEvaluated)
                continue;
            const store = arn.replace(new RegExp(`^${MARK}([^.${MARK}]+)(\\.[^${MARK}]*)?${MARK}$`), '$1');
            const contents = Array.isArray(properties.RevocationContents) ? properties.RevocationContents : [];
            for (const content of contents) {
                if (!(0,_yaml_tree_js__WEBPACK_IMPORTED_MODULE_1__/* .isPlainMap */ .nK)(content))
                    continue;
                const place = { file, line: template.lines.of(content) };
                const crl = fileAt(collector, template, evaluate(template, content.S3Key), evaluate(template, content.S3Bucket), place, `${logicalId} (AWS::ElasticLoadBalancingV2::TrustStoreRevocation)`);
                if (!crl)
                    continue;
                const entry = revocations.get(store) ?? { files: [], via: [] };
                entry.files.push(crl);
                entry.via.push(`${logicalId} (${file}:${place.line}) adds ${crl} as a CRL`);
                revocations.set(store, entry);
            }
        }
        for (const [logicalId, resource] of Object.entries(template.resources)) {
            if (!(0,_yaml_tree_js__WEBPACK_IMPORTED_MODULE_1__/* .isPlainMap */ .nK)(resource) || typeof resource.Type !== 'string')
                continue;
            const profile = RESOURCE_KINDS[resource.Type];
            if (!profile)
                continue;
            const properties = (0,_yaml_tree_js__WEBPACK_IMPORTED_MODULE_1__/* .isPlainMap */ .nK)(resource.Properties ?? null) ? resource.Properties : {};
            const location = locationOf(resource.Type, properties);
            if (!location)
                continue;
            const what = `${logicalId} (${resource.Type})`;
            const origin = { file, line: template.lines.of(template.resources, logicalId) };
            const place = { file, line: template.lines.of(location.holder) };
            const { bucket, key } = location.uri !== undefined
                ? splitUri(evaluate(template, location.uri))
                : { bucket: evaluate(template, location.bucket), key: evaluate(template, location.key) };
            const truststore = fileAt(collector, template, key, bucket, place, what);
            if (!truststore)
                continue;
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
