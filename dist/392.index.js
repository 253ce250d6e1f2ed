export const id = 392;
export const ids = [392];
export const modules = {

/***/ 2392:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  discoverCdk: () => (/* binding */ discoverCdk)
});

// EXTERNAL MODULE: ./src/discovery/paths.ts
var paths = __webpack_require__(8674);
;// CONCATENATED MODULE: ./src/discovery/cdk/source-file.ts

// One CDK source file as Babel parses it: its constants, the constructs it makes, and values followed through them.
/** Syntax nodes looked at in one file at most. */
const MAX_NODES = 500_000;
const unknown = (reason) => ({ kind: 'unknown', reason });
/** The last name of a callee: `apigw.DomainName` → `DomainName`. */
function calleeName(node) {
    if (node.type === 'Identifier')
        return node.name;
    if (node.type === 'MemberExpression' && node.property.type === 'Identifier')
        return node.property.name;
    return '';
}
function propertyName(property) {
    if (property.key.type === 'Identifier')
        return property.key.name;
    if (property.key.type === 'StringLiteral')
        return property.key.value;
    return undefined;
}
function propertyOf(object, name) {
    if (object?.type !== 'ObjectExpression')
        return undefined;
    return object.properties.find((property) => property.type === 'ObjectProperty' && propertyName(property) === name);
}
class CdkFile {
    file;
    appFolder;
    text;
    bindings = new Map();
    news = [];
    calls = [];
    mtlsObjects = [];
    constructor(file, appFolder, text) {
        this.file = file;
        this.appFolder = appFolder;
        this.text = text;
    }
    line(node) {
        return node.loc?.start.line ?? 1;
    }
    place(node) {
        return { file: this.file, line: this.line(node) };
    }
    source(node) {
        return this.text.slice(node.start ?? 0, node.end ?? 0).slice(0, 80);
    }
    evaluate(node, depth = 0) {
        if (!node)
            return unknown('nothing');
        if (depth > 32)
            return unknown('bindings nest too deep');
        const again = (inner) => this.evaluate(inner, depth + 1);
        switch (node.type) {
            case 'StringLiteral':
                return { kind: 'text', text: node.value };
            case 'TemplateLiteral': {
                let text = '';
                for (const [index, quasi] of node.quasis.entries()) {
                    text += quasi.value.cooked ?? quasi.value.raw;
                    const expression = node.expressions[index];
                    if (!expression)
                        continue;
                    const value = again(expression);
                    if (value.kind !== 'text')
                        return value.kind === 'unknown' ? value : unknown(`\`${this.source(expression)}\``);
                    text += value.text;
                }
                return { kind: 'text', text };
            }
            case 'BinaryExpression': {
                if (node.operator !== '+')
                    return unknown(`\`${this.source(node)}\``);
                const [left, right] = [again(node.left), again(node.right)];
                if (left.kind === 'text' && right.kind === 'text')
                    return { kind: 'text', text: left.text + right.text };
                return unknown(`\`${this.source(node)}\``);
            }
            case 'TSAsExpression':
            case 'TSNonNullExpression':
            case 'TSSatisfiesExpression':
                return again(node.expression);
            case 'Identifier': {
                if (node.name === '__dirname')
                    return { kind: 'text', text: `\0dir:${(0,paths/* folderOf */.yS)(this.file)}` };
                const bound = this.bindings.get(node.name);
                return bound ? again(bound) : unknown(`\`${node.name}\` is not a constant of this file`);
            }
            case 'MemberExpression': {
                if (node.object.type === 'ThisExpression' && node.property.type === 'Identifier') {
                    const bound = this.bindings.get(`this.${node.property.name}`);
                    return bound ? again(bound) : unknown(`\`this.${node.property.name}\``);
                }
                if (node.property.type !== 'Identifier')
                    return unknown(`\`${this.source(node)}\``);
                return { kind: 'member', of: again(node.object), property: node.property.name };
            }
            case 'NewExpression':
                return { kind: 'construct', type: calleeName(node.callee), node, args: node.arguments };
            case 'CallExpression': {
                const name = calleeName(node.callee);
                if (name === 'join' || name === 'resolve') {
                    const parts = node.arguments.map((argument) => again(argument));
                    if (parts.every((part) => part.kind === 'text')) {
                        const texts = parts.map((part) => part.text);
                        return { kind: 'text', text: joinPaths(texts) };
                    }
                    return unknown(`\`${this.source(node)}\``);
                }
                if (name === 'readFileSync' || name === 'readFile')
                    return { kind: 'member', of: again(node.arguments[0]), property: '\0content' };
                return { kind: 'construct', type: name, node, args: node.arguments };
            }
            default:
                return unknown(`\`${this.source(node)}\``);
        }
    }
    /** A path the app names, relative to the checked root: from `__dirname` or the app's folder (where cdk.json is). */
    path(value) {
        if (value.kind !== 'text')
            return undefined;
        const match = /^\0dir:([^\0]*)(.*)$/s.exec(value.text);
        if (match)
            return (0,paths/* resolveInside */.LI)(match[1], match[2].replace(/^\//, '') || '.');
        return (0,paths/* resolveInside */.LI)(this.appFolder, value.text);
    }
}
/** path.join over texts where one may be `__dirname`'s marker. */
function joinPaths(parts) {
    let result = '';
    for (const part of parts) {
        if (part.startsWith('\0dir:'))
            result = part;
        else if (part.startsWith('/'))
            result = part;
        else
            result = result === '' ? part : `${result}/${part}`;
    }
    return result;
}
function constructId(file, args) {
    const id = file.evaluate(args[1]);
    return id.kind === 'text' ? id.text : 'construct';
}
function walk(root, file, collector) {
    let budget = MAX_NODES;
    const stack = [root];
    while (stack.length > 0) {
        const node = stack.pop();
        if (--budget < 0) {
            collector.note('infrastructure-not-understood', { file: file.file, line: 1 }, `${file.file} has more than ${MAX_NODES.toLocaleString('en-US')} syntax nodes; the rest was not read.`);
            return;
        }
        if (node.type === 'VariableDeclarator' &&
            node.id.type === 'Identifier' &&
            node.init &&
            !file.bindings.has(node.id.name))
            file.bindings.set(node.id.name, node.init);
        if (node.type === 'AssignmentExpression' &&
            node.left.type === 'MemberExpression' &&
            node.left.object.type === 'ThisExpression' &&
            node.left.property.type === 'Identifier')
            file.bindings.set(`this.${node.left.property.name}`, node.right);
        if (node.type === 'NewExpression')
            file.news.push({ type: calleeName(node.callee), node, args: node.arguments });
        if (node.type === 'CallExpression')
            file.calls.push({ callee: node.callee, node, args: node.arguments });
        if (node.type === 'ObjectExpression') {
            const mtls = propertyOf(node, 'mtls');
            if (mtls && mtls.value.type === 'ObjectExpression')
                file.mtlsObjects.push({ holder: node, mtls: mtls.value });
        }
        for (const key of Object.keys(node)) {
            if (key === 'loc' || key === 'leadingComments' || key === 'trailingComments' || key === 'innerComments')
                continue;
            const child = node[key];
            if (Array.isArray(child)) {
                for (let i = child.length - 1; i >= 0; i--) {
                    const item = child[i];
                    if (item && typeof item.type === 'string')
                        stack.push(item);
                }
            }
            else if (child && typeof child === 'object' && typeof child.type === 'string')
                stack.push(child);
        }
    }
}

;// CONCATENATED MODULE: ./src/discovery/cdk/uploads.ts


// What uploads a file to S3 in a CDK app (BucketDeployment, Asset), and the repository file behind a bucket and key.
/** Same construct: the same `new` (or call) node. */
function sameConstruct(a, b) {
    if (a.kind === 'construct' && b.kind === 'construct')
        return a.node === b.node;
    return undefined;
}
function deploymentsOf(file) {
    const deployments = [];
    for (const construct of file.news) {
        if (construct.type !== 'BucketDeployment')
            continue;
        const props = construct.args[2];
        const bucket = file.evaluate(propertyOf(props, 'destinationBucket')?.value);
        const prefixValue = file.evaluate(propertyOf(props, 'destinationKeyPrefix')?.value);
        const deployment = {
            bucket,
            prefix: prefixValue.kind === 'text' ? prefixValue.text.replace(/^\/+/, '') : '',
            folders: [],
            objects: [],
            place: file.place(construct.node),
            id: constructId(file, construct.args),
        };
        const sources = propertyOf(props, 'sources')?.value;
        for (const source of sources?.type === 'ArrayExpression' ? sources.elements : []) {
            if (!source || source.type !== 'CallExpression')
                continue;
            const name = calleeName(source.callee);
            if (name === 'asset') {
                const folder = file.path(file.evaluate(source.arguments[0]));
                if (folder)
                    deployment.folders.push(folder);
            }
            else if (name === 'data' || name === 'jsonData' || name === 'yamlData') {
                const key = file.evaluate(source.arguments[0]);
                const content = file.evaluate(source.arguments[1]);
                if (key.kind !== 'text' || content.kind !== 'member' || content.property !== '\0content')
                    continue;
                const path = file.path(content.of);
                if (path)
                    deployment.objects.push({ key: key.text, file: path });
            }
        }
        deployments.push(deployment);
    }
    return deployments;
}
function locate(collector, file, deployments, bucket, key, place, what) {
    // An asset: `bucket: asset.bucket, key: asset.s3ObjectKey`.
    if (key.kind === 'member' &&
        key.property === 's3ObjectKey' &&
        key.of.kind === 'construct' &&
        key.of.type === 'Asset') {
        const assetPath = file.path(file.evaluate(propertyOf(key.of.args[2], 'path')?.value));
        if (!assetPath) {
            collector.note('infrastructure-not-understood', place, `${what}: the Asset's path is not known.`);
            return undefined;
        }
        const local = collector.localFile(assetPath, file.place(key.of.node), `the Asset of ${what}`);
        if (!('path' in local))
            return undefined;
        return {
            file: local.path,
            via: `an Asset (${file.file}:${file.line(key.of.node)}) uploads ${local.path}`,
            contentAddressed: true,
        };
    }
    if (key.kind !== 'text') {
        collector.note('infrastructure-not-understood', place, `${what}: the S3 key of its truststore is not known (${key.kind === 'unknown' ? key.reason : 'a computed value'}).`);
        return undefined;
    }
    for (const deployment of deployments) {
        if (sameConstruct(deployment.bucket, bucket) === false)
            continue;
        const objectKey = key.text.replace(/^\/+/, '');
        if (deployment.prefix && !objectKey.startsWith(deployment.prefix))
            continue;
        const inside = objectKey.slice(deployment.prefix.length);
        for (const object of deployment.objects) {
            if (object.key !== inside)
                continue;
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
            const candidate = (0,paths/* resolveInside */.LI)(folder.path, inside);
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
    collector.note('infrastructure-not-understood', place, `${what} reads its truststore from the S3 key "${key.text}", which no BucketDeployment in the repository uploads and no file in the repository matches; list it under truststore: in .truststore-check.yml to check it.`);
    return undefined;
}
function served(file, props, attribute, located, place) {
    const given = propertyOf(props, attribute);
    if (located.contentAddressed)
        return { kind: 'follows', attribute: 'key', reference: 'the asset key (named by the content hash)', ...place };
    if (!given)
        return { kind: 'absent', attribute, ...place };
    const value = file.evaluate(given.value);
    const at = file.place(given);
    if (value.kind === 'text')
        return { kind: 'pinned', attribute, value: value.text, ...at };
    return { kind: 'follows', attribute, reference: file.source(given.value), ...at };
}
/** `locate` for an object literal that names its S3 location by two properties (`bucket` and `key` unless told). */
function locateProperties(collector, file, deployments, object, place, what, [bucketName, keyName] = ['bucket', 'key']) {
    const bucket = file.evaluate(propertyOf(object, bucketName)?.value);
    const key = file.evaluate(propertyOf(object, keyName)?.value);
    return locate(collector, file, deployments, bucket, key, place, what);
}

;// CONCATENATED MODULE: ./src/discovery/cdk.ts



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
function appFolderOf(file, appFolders) {
    let folder = (0,paths/* folderOf */.yS)(file);
    for (;;) {
        if (appFolders.has(folder))
            return folder;
        if (folder === '')
            return (0,paths/* folderOf */.yS)(file);
        folder = (0,paths/* folderOf */.yS)(folder);
    }
}
async function discoverCdk(collector, files) {
    // Loaded only when the repository has a CDK app.
    const { parse } = await __webpack_require__.e(/* import() */ 429).then(__webpack_require__.bind(__webpack_require__, 5429));
    const appFolders = new Set(collector.repository
        .list()
        .files.filter((candidate) => candidate === 'cdk.json' || candidate.endsWith('/cdk.json'))
        .map(paths/* folderOf */.yS));
    const parsed = [];
    for (const path of files) {
        const text = collector.text(path);
        if (text === undefined)
            continue;
        const typescript = /\.(ts|tsx|mts|cts)$/.test(path);
        let ast;
        try {
            ast = parse(text, {
                sourceType: 'unambiguous',
                errorRecovery: true,
                plugins: typescript ? ['typescript', 'decorators-legacy'] : ['jsx'],
            });
        }
        catch (error) {
            const where = error.loc?.line ?? 1;
            collector.note('infrastructure-not-understood', { file: path, line: where }, `${path} has a syntax error on line ${where}; discovery may have missed what it configures.`);
            continue;
        }
        const first = ast.errors?.[0];
        if (first)
            collector.note('infrastructure-not-understood', { file: path, line: first.loc?.line ?? 1 }, `${path} has a syntax error on line ${first.loc?.line ?? 1}; discovery may have missed what it configures.`);
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
            if (!located)
                continue;
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
            if ((construct.type !== 'TrustStore' && !l1) || props?.type !== 'ObjectExpression')
                continue;
            const id = constructId(file, construct.args);
            const what = `${construct.type} ${id}`;
            const place = file.place(construct.node);
            const [bucketKey, keyKey, versionKey] = l1
                ? ['caCertificatesBundleS3Bucket', 'caCertificatesBundleS3Key', 'caCertificatesBundleS3ObjectVersion']
                : ['bucket', 'key', 'version'];
            const located = locateProperties(collector, file, deployments, props, place, what, [bucketKey, keyKey]);
            if (!located)
                continue;
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
function revocationsOf(collector, file, deployments, store) {
    const found = [];
    for (const construct of file.news) {
        if (construct.type !== 'TrustStoreRevocation')
            continue;
        const props = construct.args[2];
        const target = file.evaluate(propertyOf(props, 'trustStore')?.value);
        if (target.kind !== 'construct' || target.node !== store)
            continue;
        const contents = propertyOf(props, 'revocationContents')?.value;
        for (const content of contents?.type === 'ArrayExpression' ? contents.elements : []) {
            if (content?.type !== 'ObjectExpression')
                continue;
            const what = `TrustStoreRevocation ${constructId(file, construct.args)}`;
            const located = locateProperties(collector, file, deployments, content, file.place(content), what);
            if (located)
                found.push({ ...located, via: `${located.via} as a CRL` });
        }
    }
    return found;
}


/***/ })

};
