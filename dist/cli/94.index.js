export const id = 94;
export const ids = [94];
export const modules = {

/***/ 8094:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  discoverTerraform: () => (/* binding */ discoverTerraform)
});

// EXTERNAL MODULE: ./src/discovery/collect.ts
var collect = __webpack_require__(5863);
// EXTERNAL MODULE: ./src/discovery/paths.ts
var paths = __webpack_require__(8674);
;// CONCATENATED MODULE: ./src/discovery/terraform/syntax.ts
const childrenOf = (node) => {
    const list = [];
    for (let child = node.firstChild; child; child = child.nextSibling)
        list.push(child);
    return list;
};
const textOf = (node, source) => source.text.slice(node.from, node.to);
/** The string of a block label (`"aws_s3_object"`). */
function labelText(node, source) {
    const literal = node.getChild('StringLit')?.getChild('TemplateLiteral');
    return literal ? unescapeTemplate(textOf(literal, source)) : textOf(node, source);
}
function blockType(block, source) {
    const type = block.getChild('BlockType');
    return type ? textOf(type, source) : '';
}
function blockLabels(block, source) {
    return block.getChildren('BlockLabel').map((label) => labelText(label, source));
}
/** An attribute's expression in a body. */
function attribute(body, name) {
    for (const node of body.node.getChildren('Attribute')) {
        const key = node.getChild('Identifier');
        if (key && textOf(key, body.source) === name) {
            const expression = node.getChild('Expression');
            return expression ? { node: expression, source: body.source } : undefined;
        }
    }
    return undefined;
}
/** The bodies of the nested blocks of one type. */
function nestedBlocks(body, type) {
    return body.node
        .getChildren('Block')
        .filter((block) => blockType(block, body.source) === type)
        .flatMap((block) => {
        const inner = block.getChild('Body');
        // An empty block `{}` has no Body node: it holds nothing.
        return inner ? [{ node: inner, source: body.source }] : [{ node: block, source: body.source }];
    });
}
const placeOf = (located) => ({
    file: located.source.path,
    line: located.source.line(located.node.from),
});
const ESCAPES = { n: '\n', r: '\r', t: '\t', '"': '"', '\\': '\\' };
function unescapeTemplate(literal) {
    return literal
        .replace(/\\(u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8}|.)/g, (whole, escape) => {
        if (escape.length > 1)
            return String.fromCodePoint(parseInt(escape.slice(1), 16));
        return ESCAPES[escape] ?? whole;
    })
        .replace(/\$\$\{/g, '${')
        .replace(/%%\{/g, '%{');
}

;// CONCATENATED MODULE: ./src/discovery/terraform/values.ts
/** What a Terraform expression evaluates to: plain data, or a reference, an unknown or a file's content. */
/** A value only known after apply: an attribute the provider computes (`aws_s3_object.x.version_id`). */
class Reference {
    address;
    attribute;
    constructor(address, attribute) {
        this.address = address;
        this.attribute = attribute;
    }
    /** How it reads inside a string, so two mentions of one bucket compare equal. */
    token() {
        const attribute = BUCKET_ID_ATTRIBUTES.has(this.attribute) ? '' : `.${this.attribute}`;
        return `${MARK}${this.address}${attribute}${MARK}`;
    }
}
/** What could not be evaluated, and why. */
class Unknown {
    reason;
    place;
    constructor(reason, place) {
        this.reason = reason;
        this.place = place;
    }
}
/** `file("x")` and its kin: the content of a file, which is what a truststore attribute wants to know about. */
class FileContent {
    reference;
    place;
    constructor(reference, place) {
        this.reference = reference;
        this.place = place;
    }
}
/** Marks a reference inside a string: a private-use character no template can produce by itself. */
const MARK = '\uF8FF';
/** Attributes that name the same bucket (`aws_s3_bucket.x.id` and `.bucket`). */
const BUCKET_ID_ATTRIBUTES = new Set(['id', 'bucket']);
const isRecord = (value) => typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    !(value instanceof Reference) &&
    !(value instanceof Unknown) &&
    !(value instanceof FileContent);
/** A value as text, or the reason it has none. */
function asString(value, place) {
    if (typeof value === 'string')
        return value;
    if (typeof value === 'number' || typeof value === 'boolean')
        return String(value);
    if (value instanceof Reference)
        return value.token();
    if (value instanceof Unknown)
        return value;
    return new Unknown('a value that is not text', place);
}
/** How a string with references reads to a person: `${aws_s3_bucket.certs}`. */
function readable(text) {
    return text.replace(new RegExp(`${MARK}([^${MARK}]*)${MARK}`, 'g'), '${$1}');
}
function isReferenceTo(value, address, attributeName) {
    if (value instanceof Reference)
        return value.address === address && value.attribute === attributeName;
    return typeof value === 'string' && value === `${MARK}${address}.${attributeName}${MARK}`;
}
function describeValue(value) {
    if (value instanceof Reference)
        return `${value.address}.${value.attribute}`;
    if (typeof value === 'string')
        return readable(value);
    return JSON.stringify(value);
}

;// CONCATENATED MODULE: ./src/discovery/terraform/gateways.ts



/** The gateways a root module's instances configure, each added to the collector with its truststore. */
class Gateways {
    collector;
    root;
    s3;
    constructor(collector, root, s3) {
        this.collector = collector;
        this.root = root;
        this.s3 = s3;
    }
    served(instance, body, attributeName, upload, blockPlace) {
        const expression = attribute(body, attributeName);
        if (!expression)
            return { kind: 'absent', attribute: attributeName, ...blockPlace };
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
    via(upload, file) {
        return upload
            ? [`${upload.address} (${upload.place.file}:${upload.place.line}) uploads ${file}`]
            : [`no resource here uploads it; ${file} is the repository's file at that S3 key`];
    }
    collectTargets(instance) {
        for (const resource of instance.definition.resources.values()) {
            const address = instance.address(`${resource.type}.${resource.name}`);
            const origin = { file: resource.body.source.path, line: resource.line };
            switch (resource.type) {
                case 'aws_api_gateway_domain_name':
                case 'aws_apigatewayv2_domain_name': {
                    for (const block of nestedBlocks(resource.body, 'mutual_tls_authentication')) {
                        const blockPlace = placeOf(block);
                        const uri = attribute(block, 'truststore_uri');
                        if (!uri)
                            continue;
                        const value = asString(instance.evaluate(uri), placeOf(uri));
                        const { bucket, key } = splitS3Uri(value, placeOf(uri));
                        const found = this.s3.truststoreAt(bucket, key, placeOf(uri), address);
                        if (!found)
                            continue;
                        this.addFromS3(instance, resource, 'aws-api-gateway', found, this.served(instance, block, 'truststore_version', found.upload, blockPlace));
                    }
                    break;
                }
                case 'aws_lb_trust_store': {
                    const bucket = this.attributeText(instance, resource, 'ca_certificates_bundle_s3_bucket');
                    const key = this.attributeText(instance, resource, 'ca_certificates_bundle_s3_key');
                    const found = this.s3.truststoreAt(bucket, key, origin, address);
                    if (!found)
                        break;
                    const crls = this.revocations(address);
                    this.addFromS3(instance, resource, 'aws-alb', found, this.served(instance, resource.body, 'ca_certificates_bundle_s3_object_version', found.upload, origin), crls);
                    break;
                }
                case 'aws_cloudfront_trust_store': {
                    for (const source of nestedBlocks(resource.body, 'ca_certificates_bundle_source')) {
                        for (const location of nestedBlocks(source, 'ca_certificates_bundle_s3_location')) {
                            const locationPlace = placeOf(location);
                            const bucket = this.text(instance, location, 'bucket', locationPlace);
                            const key = this.text(instance, location, 'key', locationPlace);
                            const found = this.s3.truststoreAt(bucket, key, locationPlace, address);
                            if (!found)
                                continue;
                            this.addFromS3(instance, resource, 'aws-cloudfront', found, this.served(instance, location, 'version', found.upload, locationPlace));
                        }
                    }
                    break;
                }
                case 'google_certificate_manager_trust_config': {
                    const files = [];
                    for (const store of nestedBlocks(resource.body, 'trust_stores'))
                        for (const kind of ['trust_anchors', 'intermediate_cas'])
                            for (const entry of nestedBlocks(store, kind)) {
                                const pem = attribute(entry, 'pem_certificate');
                                if (!pem)
                                    continue;
                                const file = this.inlineFile(instance, pem, `${address} ${kind}.pem_certificate`);
                                if (file)
                                    files.push(file);
                            }
                    this.addInline(instance, resource, 'gcp-load-balancer', files, true, 'file()');
                    break;
                }
                case 'azurerm_application_gateway': {
                    const files = [];
                    for (const certificate of nestedBlocks(resource.body, 'trusted_client_certificate')) {
                        const data = attribute(certificate, 'data');
                        if (!data)
                            continue;
                        const file = this.inlineFile(instance, data, `${address} trusted_client_certificate.data`);
                        if (file)
                            files.push(file);
                    }
                    // Each trusted client certificate is a chain file of its own.
                    this.addInline(instance, resource, 'azure-application-gateway', files, false, 'filebase64()');
                    break;
                }
            }
        }
    }
    /** A gateway whose truststore is an S3 object: the repository file `found` behind it, and the CRLs it is given. */
    addFromS3(instance, resource, profile, found, served, crls = { files: [], via: [] }) {
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
    addInline(instance, resource, profile, files, bundle, reader) {
        if (files.length === 0)
            return;
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
    attributeText(instance, resource, name) {
        const place = { file: resource.body.source.path, line: resource.line };
        return this.text(instance, resource.body, name, place);
    }
    text(instance, body, name, place) {
        const expression = attribute(body, name);
        if (!expression)
            return new Unknown(`${name} is not set`, place);
        return asString(instance.evaluate(expression), placeOf(expression));
    }
    /** A certificate given inline through file() / filebase64(): the file, or a note. */
    inlineFile(instance, expression, what) {
        const value = instance.evaluate(expression);
        const place = placeOf(expression);
        if (!(value instanceof FileContent)) {
            const why = value instanceof Unknown ? `${value.reason}, ${value.place.file}:${value.place.line}` : 'it is not file()';
            this.collector.note('infrastructure-not-understood', place, `${what}: which repository file it holds is not known (${why}).`);
            return undefined;
        }
        const local = this.collector.localFile((0,paths/* resolveInside */.LI)(this.root.folder, value.reference), place, what);
        return 'path' in local ? local.path : undefined;
    }
    /** The CRLs `aws_lb_trust_store_revocation` resources add to a trust store. */
    revocations(trustStore) {
        const files = [];
        const via = [];
        for (const instance of this.root.all) {
            for (const resource of instance.definition.resources.values()) {
                if (resource.type !== 'aws_lb_trust_store_revocation')
                    continue;
                const arn = attribute(resource.body, 'trust_store_arn');
                if (!arn || !isReferenceTo(instance.evaluate(arn), trustStore, 'arn'))
                    continue;
                const address = instance.address(`${resource.type}.${resource.name}`);
                const place = { file: resource.body.source.path, line: resource.line };
                const found = this.s3.truststoreAt(this.attributeText(instance, resource, 'revocations_s3_bucket'), this.attributeText(instance, resource, 'revocations_s3_key'), place, address);
                if (!found)
                    continue;
                files.push(found.file);
                via.push(`${address} (${place.file}:${place.line}) adds ${found.file} as a CRL`);
            }
        }
        return { files, via };
    }
}
/** `partners.this` for `module.partners.aws_apigatewayv2_domain_name.this`: the names a person gave it. */
function logicalName(instance, resource) {
    const modules = instance.path.split('.').filter((_part, index) => index % 2 === 1);
    return [...modules, resource.name].join('.');
}
function splitS3Uri(value, place) {
    if (value instanceof Unknown)
        return { bucket: value, key: value };
    const match = /^s3:\/\/([^/]+)\/(.+)$/.exec(value);
    if (!match) {
        const unknown = new Unknown(`"${readable(value)}" is not an s3:// URI`, place);
        return { bucket: unknown, key: unknown };
    }
    return { bucket: match[1], key: match[2] };
}
// ---- Entry ------------------------------------------------------------------------

;// CONCATENATED MODULE: ./src/discovery/terraform/modules.ts


async function parseFiles(collector, files, budget) {
    // Loaded only when the repository has .tf files: the grammar and its runtime are most of discovery's size.
    const { hclLanguage } = await __webpack_require__.e(/* import() */ 446).then(__webpack_require__.bind(__webpack_require__, 446));
    const modules = new Map();
    for (const file of files) {
        const text = collector.text(file, budget);
        if (text === undefined)
            continue;
        const source = { path: file, text, line: (0,paths/* lineIndex */.Dp)(text) };
        const tree = hclLanguage.parser.parse(text);
        let error;
        tree.iterate({
            enter: (node) => {
                if (error)
                    return false;
                if (node.type.isError)
                    error = node.node;
                return undefined;
            },
        });
        if (error) {
            const line = source.line(error.from);
            const near = text
                .slice(error.from, error.from + 30)
                .split('\n')[0]
                .trim();
            collector.note('infrastructure-not-understood', { file, line }, `${file} has a syntax error on line ${line}${near ? ` near \`${near}\`` : ''}: Terraform refuses the file, and discovery may have missed what it configures.`);
        }
        const folder = (0,paths/* folderOf */.yS)(file);
        let module = modules.get(folder);
        if (!module) {
            module = {
                folder,
                variables: new Map(),
                locals: new Map(),
                outputs: new Map(),
                resources: new Map(),
                calls: new Map(),
            };
            modules.set(folder, module);
        }
        const body = tree.topNode.getChild('Body');
        if (!body)
            continue;
        for (const block of body.getChildren('Block')) {
            const type = blockType(block, source);
            const labels = blockLabels(block, source);
            const inner = { node: block.getChild('Body') ?? block, source };
            const line = source.line(block.from);
            if (type === 'resource' && labels.length === 2)
                module.resources.set(`${labels[0]}.${labels[1]}`, { type: labels[0], name: labels[1], body: inner, line });
            else if (type === 'variable' && labels[0] !== undefined) {
                const fallback = attribute(inner, 'default');
                module.variables.set(labels[0], { ...(fallback ? { default: fallback } : {}), line, source });
            }
            else if (type === 'locals') {
                for (const node of inner.node.getChildren('Attribute')) {
                    const key = node.getChild('Identifier');
                    const expression = node.getChild('Expression');
                    if (key && expression)
                        module.locals.set(textOf(key, source), { node: expression, source });
                }
            }
            else if (type === 'output' && labels[0] !== undefined) {
                const value = attribute(inner, 'value');
                if (value)
                    module.outputs.set(labels[0], value);
            }
            else if (type === 'module' && labels[0] !== undefined)
                module.calls.set(labels[0], { name: labels[0], body: inner, line });
        }
    }
    return modules;
}
/** `terraform.tfvars` and `*.auto.tfvars` of a root module: the values its variables take. */
function readTfvars(collector, folder, files, parse, budget) {
    const values = new Map();
    for (const file of files.filter((candidate) => (0,paths/* folderOf */.yS)(candidate) === folder)) {
        const text = collector.text(file, budget);
        if (text === undefined)
            continue;
        const source = { path: file, text, line: (0,paths/* lineIndex */.Dp)(text) };
        const body = parse(text).getChild('Body');
        for (const node of body?.getChildren('Attribute') ?? []) {
            const key = node.getChild('Identifier');
            const expression = node.getChild('Expression');
            if (key && expression)
                values.set(textOf(key, source), { node: expression, source });
        }
    }
    return values;
}

;// CONCATENATED MODULE: ./src/discovery/terraform/functions.ts

/**
 * Terraform's built-in functions that decide where a file is, on arguments
 * already evaluated; `file()` and its kin become the file's content. Any
 * other function is not evaluated.
 */
function callFunction(name, args, place) {
    const firstUnknown = args.find((argument) => argument instanceof Unknown);
    const text = (index) => asString(args[index] ?? new Unknown('a missing argument', place), place);
    switch (name) {
        case 'file':
        case 'filebase64':
        case 'filemd5':
        case 'filesha1':
        case 'filesha256':
        case 'filesha512':
        case 'filebase64sha256':
        case 'filebase64sha512': {
            const reference = text(0);
            if (reference instanceof Unknown)
                return reference;
            const content = new FileContent(reference, place);
            return name === 'file' || name === 'filebase64' ? content : new Unknown(`${name}(...) of a file`, place);
        }
        case 'abspath':
        case 'pathexpand':
            return new Unknown(`${name}() makes an absolute path`, place);
        case 'basename':
        case 'dirname':
        case 'lower':
        case 'upper':
        case 'trimspace':
        case 'tostring': {
            const value = text(0);
            if (value instanceof Unknown)
                return value;
            if (name === 'basename')
                return value.split('/').pop() ?? '';
            if (name === 'dirname')
                return value.includes('/') ? value.slice(0, value.lastIndexOf('/')) : '.';
            if (name === 'lower')
                return value.toLowerCase();
            if (name === 'upper')
                return value.toUpperCase();
            if (name === 'trimspace')
                return value.trim();
            return value;
        }
        case 'trimprefix':
        case 'trimsuffix': {
            const [value, affix] = [text(0), text(1)];
            if (value instanceof Unknown)
                return value;
            if (affix instanceof Unknown)
                return affix;
            if (name === 'trimprefix')
                return value.startsWith(affix) ? value.slice(affix.length) : value;
            return value.endsWith(affix) ? value.slice(0, value.length - affix.length) : value;
        }
        case 'join': {
            const separator = text(0);
            if (separator instanceof Unknown)
                return separator;
            const items = args.slice(1).flatMap((list) => (Array.isArray(list) ? list : [list]));
            const parts = items.map((item) => asString(item, place));
            const missing = parts.find((part) => part instanceof Unknown);
            return missing ?? parts.join(separator);
        }
        case 'format': {
            const pattern = text(0);
            if (pattern instanceof Unknown)
                return pattern;
            let index = 1;
            let failed;
            const result = pattern.replace(/%([%sdv])/g, (_whole, verb) => {
                if (verb === '%')
                    return '%';
                const value = text(index++);
                if (value instanceof Unknown)
                    failed ??= value;
                return value instanceof Unknown ? '' : value;
            });
            return failed ?? result;
        }
        case 'coalesce':
        case 'try': {
            for (const argument of args) {
                if (argument instanceof Unknown)
                    continue;
                if (name === 'coalesce' && (argument === null || argument === ''))
                    continue;
                return argument;
            }
            return firstUnknown ?? new Unknown(`${name}() of nothing`, place);
        }
        case 'lookup': {
            const [map, , fallback] = args;
            const keyText = text(1);
            if (map instanceof Unknown)
                return map;
            if (keyText instanceof Unknown)
                return keyText;
            if (map !== undefined && isRecord(map) && map[keyText] !== undefined)
                return map[keyText];
            return fallback ?? new Unknown(`lookup() found no "${keyText}"`, place);
        }
        case 'element': {
            const [list] = args;
            const index = Number(args[1]);
            if (Array.isArray(list) && Number.isInteger(index) && list.length > 0)
                return list[index % list.length];
            return firstUnknown ?? new Unknown('element() of a value that is not a list', place);
        }
        default:
            return new Unknown(`the function ${name}()`, place);
    }
}

;// CONCATENATED MODULE: ./src/discovery/terraform/evaluator.ts



/** Evaluates one expression of a module instance, as far as it can be known before apply. */
class Evaluator {
    instance;
    source;
    depth;
    constructor(instance, source, depth) {
        this.instance = instance;
        this.source = source;
        this.depth = depth;
    }
    place(node) {
        return { file: this.source.path, line: this.source.line(node.from) };
    }
    unknown(node, reason) {
        return new Unknown(reason, this.place(node));
    }
    expression(node) {
        if (node.type.isError)
            return this.unknown(node, 'a syntax error');
        switch (node.name) {
            case 'Expression':
                return this.chain(node);
            case 'LiteralValue':
                return this.literal(node);
            case 'TemplateExpr':
                return this.expression(node.firstChild ?? node);
            case 'QuotedTemplate':
            case 'HeredocTemplate':
            case 'StringLit':
                return this.template(node);
            case 'CollectionValue':
                return this.expression(node.firstChild ?? node);
            case 'Tuple':
                return node.getChildren('Expression').map((item) => this.expression(item));
            case 'Object':
                return this.object(node);
            case 'FunctionCall':
                return this.call(node);
            case 'VariableExpr':
                return this.traverse(node, []);
            default:
                return this.unknown(node, `\`${textOf(node, this.source).slice(0, 60)}\` (conditionals, for expressions and operators are not evaluated)`);
        }
    }
    /** An expression node: a primary, then attribute and index steps. */
    chain(node) {
        const parts = childrenOf(node);
        if (parts[0]?.name === '(') {
            const inner = parts.find((part) => part.name === 'Expression');
            return inner ? this.expression(inner) : this.unknown(node, 'an empty expression');
        }
        const [primary, ...steps] = parts;
        if (!primary)
            return this.unknown(node, 'an empty expression');
        if (primary.name === 'VariableExpr')
            return this.traverse(primary, steps);
        let value = this.expression(primary);
        for (const step of steps)
            value = this.step(value, step);
        return value;
    }
    stepName(step) {
        if (step.name === 'GetAttr') {
            const name = step.getChild('Identifier');
            return name ? textOf(name, this.source) : undefined;
        }
        if (step.name === 'Index') {
            const legacy = step.getChild('LegacyIndex');
            if (legacy)
                return textOf(legacy, this.source).slice(1);
            const index = step.getChild('NewIndex')?.getChild('Expression');
            if (!index)
                return undefined;
            const key = this.expression(index);
            return typeof key === 'string' || typeof key === 'number' ? String(key) : undefined;
        }
        return undefined;
    }
    step(value, step) {
        if (value instanceof Unknown || value instanceof FileContent)
            return value;
        if (value instanceof Reference) {
            const name = this.stepName(step);
            return name === undefined ? value : new Reference(value.address, `${value.attribute}.${name}`);
        }
        const name = this.stepName(step);
        if (name === undefined)
            return this.unknown(step, `\`${textOf(step, this.source)}\` (splats are not evaluated)`);
        if (Array.isArray(value)) {
            const item = value[Number(name)];
            return item === undefined ? this.unknown(step, `index ${name} is out of range`) : item;
        }
        if (isRecord(value)) {
            const item = value[name];
            return item === undefined ? this.unknown(step, `it has no attribute "${name}"`) : item;
        }
        return this.unknown(step, `"${name}" of a value that has none`);
    }
    /** `var.x.y`, `local.x`, `module.m.out`, `path.module`, `aws_s3_object.x.version_id`... */
    traverse(variable, steps) {
        const rootName = textOf(variable, this.source);
        const names = [];
        for (const step of steps) {
            const name = this.stepName(step);
            if (name === undefined)
                break;
            names.push(name);
        }
        const place = this.place(variable);
        const rest = (value, used) => {
            let result = value;
            for (const step of steps.slice(used))
                result = this.step(result, step);
            return result;
        };
        const instance = this.instance;
        switch (rootName) {
            case 'var':
                return names[0] === undefined
                    ? this.unknown(variable, '`var` alone')
                    : rest(instance.variable(names[0], place, this.depth), 1);
            case 'local':
                return names[0] === undefined
                    ? this.unknown(variable, '`local` alone')
                    : rest(instance.local(names[0], place, this.depth), 1);
            case 'path':
                if (names[0] === 'module')
                    return rest(instance.modulePath, 1);
                if (names[0] === 'root' || names[0] === 'cwd')
                    return rest('.', 1);
                return this.unknown(variable, `path.${names[0] ?? ''}`);
            case 'terraform':
                return names[0] === 'workspace' ? rest('default', 1) : this.unknown(variable, `terraform.${names[0] ?? ''}`);
            case 'module': {
                const [name, output] = names;
                if (name === undefined || output === undefined)
                    return this.unknown(variable, 'a module without an output');
                const child = instance.child(name, place);
                if (child instanceof Unknown)
                    return child;
                const expression = child.definition.outputs.get(output);
                if (!expression)
                    return this.unknown(variable, `module.${name} has no output "${output}"`);
                return rest(child.evaluate(expression, this.depth + 1), 2);
            }
            case 'data':
                return names.length >= 3
                    ? rest(new Reference(instance.address(`data.${names[0]}.${names[1]}`), names[2]), 3)
                    : this.unknown(variable, 'a data source without an attribute');
            case 'each':
            case 'count':
            case 'self':
                return this.unknown(variable, `\`${rootName}.${names.join('.')}\` (count and for_each are not evaluated)`);
            default: {
                const [name, attributeName] = names;
                const resource = name === undefined ? undefined : instance.resource(rootName, name);
                if (!resource || attributeName === undefined)
                    return this.unknown(variable, `\`${[rootName, ...names].join('.')}\` names nothing declared here`);
                return rest(instance.resourceAttribute(resource, attributeName, this.depth), 2);
            }
        }
    }
    literal(node) {
        const inner = node.firstChild;
        if (!inner)
            return this.unknown(node, 'an empty literal');
        switch (inner.name) {
            case 'NumericLit':
                return Number(textOf(inner, this.source));
            case 'BoolLit':
                return textOf(inner, this.source) === 'true';
            case 'NullLit':
                return null;
            default:
                return this.template(inner);
        }
    }
    template(node) {
        let text = '';
        for (const part of childrenOf(node)) {
            switch (part.name) {
                case 'TemplateLiteral':
                    text += unescapeTemplate(textOf(part, this.source));
                    break;
                case 'TemplateInterpolation': {
                    const inner = part.getChild('Expression');
                    if (!inner)
                        return this.unknown(part, 'an empty interpolation');
                    const value = asString(this.expression(inner), this.place(inner));
                    if (value instanceof Unknown)
                        return value;
                    text += value;
                    break;
                }
                case 'TemplateDirective':
                    return this.unknown(part, 'a template directive (%{ ... })');
                case 'HeredocTemplate':
                case 'QuotedTemplate':
                    return this.template(part);
                default:
                    if (part.type.isError)
                        return this.unknown(part, 'a syntax error');
            }
        }
        if (node.name === 'HeredocTemplate' && textOf(node, this.source).startsWith('<<-')) {
            // `<<-` strips the smallest indentation of its lines.
            const lines = text.split('\n');
            const indent = Math.min(...lines.filter((line) => line.trim()).map((line) => /^[ \t]*/.exec(line)[0].length));
            text = lines.map((line) => line.slice(Number.isFinite(indent) ? indent : 0)).join('\n');
        }
        return text;
    }
    object(node) {
        const result = {};
        for (const element of node.getChildren('ObjectElem')) {
            const keyNode = element.getChild('ObjectKey')?.getChild('Expression');
            const valueNode = element.getChild('Expression');
            if (!keyNode || !valueNode)
                continue;
            const primary = keyNode.firstChild;
            // A bare word is the key itself, not a variable.
            const key = primary?.name === 'VariableExpr' && !primary.nextSibling
                ? textOf(primary, this.source)
                : asString(this.expression(keyNode), this.place(keyNode));
            if (key instanceof Unknown)
                return key;
            result[key] = this.expression(valueNode);
        }
        return result;
    }
    call(node) {
        const nameNode = node.getChild('FunctionName');
        const name = nameNode ? textOf(nameNode, this.source) : '';
        const namespaced = node.getChildren('FunctionNamespace').length > 0;
        const args = (node.getChild('FunctionArguments')?.getChildren('Expression') ?? []).map((argument) => this.expression(argument));
        const place = this.place(node);
        if (namespaced)
            return this.unknown(node, `the provider function ${textOf(node, this.source).split('(')[0]}`);
        return callFunction(name, args, place);
    }
}

;// CONCATENATED MODULE: ./src/discovery/terraform/instance.ts




/** One instance of a module: its definition, its inputs and where it sits. */
class ModuleInstance {
    definition;
    path;
    modulePath;
    root;
    depth;
    inputs;
    localValues = new Map();
    children = new Map();
    constructor(definition, 
    /** `module.a.module.b` ('' for a root module). */
    path, 
    /** `path.module`, relative to the root module's folder (`.` for the root). */
    modulePath, root, depth, inputs) {
        this.definition = definition;
        this.path = path;
        this.modulePath = modulePath;
        this.root = root;
        this.depth = depth;
        this.inputs = inputs;
    }
    address(local) {
        return this.path ? `${this.path}.${local}` : local;
    }
    variable(name, place, depth) {
        const input = this.inputs.get(name);
        if (input)
            return input();
        const variable = this.definition.variables.get(name);
        if (!variable)
            return new Unknown(`var.${name} is not declared`, place);
        if (!variable.default)
            return new Unknown(`var.${name} has no default value, and no terraform.tfvars in the repository sets it`, place);
        return this.evaluate(variable.default, depth + 1);
    }
    local(name, place, depth) {
        if (this.localValues.has(name))
            return this.localValues.get(name);
        const expression = this.definition.locals.get(name);
        if (!expression)
            return new Unknown(`local.${name} is not defined`, place);
        // Set before evaluating: a local that refers to itself reads as not evaluated, not as a loop.
        this.localValues.set(name, new Unknown(`local.${name} refers to itself`, place));
        const value = this.evaluate(expression, depth + 1);
        this.localValues.set(name, value);
        return value;
    }
    child(name, place) {
        const known = this.children.get(name);
        if (known)
            return known;
        const instance = this.root.instantiate(this, name, place);
        this.children.set(name, instance);
        return instance;
    }
    /** The resources of this instance, by `type.name`. */
    resource(type, name) {
        return this.definition.resources.get(`${type}.${name}`);
    }
    evaluate(located, depth = 0) {
        if (depth > collect/* DISCOVERY_LIMITS */.I.maxReferenceDepth)
            return new Unknown(`references nest deeper than ${collect/* DISCOVERY_LIMITS */.I.maxReferenceDepth}`, placeOf(located));
        return new Evaluator(this, located.source, depth).expression(located.node);
    }
    /** A resource attribute: set in its body (evaluated here), or computed by the provider. */
    resourceAttribute(resource, name, depth) {
        const set = attribute(resource.body, name);
        if (set)
            return this.evaluate(set, depth + 1);
        return new Reference(this.address(`${resource.type}.${resource.name}`), name);
    }
}

;// CONCATENATED MODULE: ./src/discovery/terraform/root.ts





/** Evaluates the modules reachable from one root module. */
class RootEvaluation {
    modules;
    folder;
    collector;
    all;
    instances = 0;
    constructor(modules, 
    /** The root module's folder: paths in file() and `source` are relative to it (Terraform's working directory). */
    folder, collector, all) {
        this.modules = modules;
        this.folder = folder;
        this.collector = collector;
        this.all = all;
    }
    start(definition, tfvars) {
        const instance = new ModuleInstance(definition, '', '.', this, 0, tfvars);
        this.all.push(instance);
        return instance;
    }
    instantiate(parent, name, place) {
        const call = parent.definition.calls.get(name);
        if (!call)
            return new Unknown(`module.${name} is not declared`, place);
        const callPlace = { file: call.body.source.path, line: call.line };
        const sourceExpression = attribute(call.body, 'source');
        const source = sourceExpression ? parent.evaluate(sourceExpression) : undefined;
        if (typeof source !== 'string')
            return this.refuse('infrastructure-not-understood', callPlace, `module "${name}" has no literal source`);
        if (!source.startsWith('./') && !source.startsWith('../')) {
            this.collector.note('infrastructure-not-understood', callPlace, `module "${name}" comes from "${source}", a remote module, which is not read: a truststore it configures is not known. Check it out into the repository, or list its truststore under truststore: in .truststore-check.yml.`, 'notice');
            return new Unknown(`module "${name}" is remote`, callPlace);
        }
        const folder = (0,paths/* resolveInside */.LI)(parent.definition.folder, source);
        if ('outside' in folder)
            return this.refuse('infrastructure-outside-repository', callPlace, `module "${name}" has source ${folder.outside}; it is not read, so a truststore it configures is not known`);
        const definition = this.modules.get(folder.path);
        if (!definition)
            return this.refuse('infrastructure-not-understood', callPlace, `module "${name}" has source "${source}", where the repository has no .tf file`);
        if (parent.depth + 1 > collect/* DISCOVERY_LIMITS */.I.maxModuleDepth)
            return this.refuse('infrastructure-not-understood', callPlace, `module "${name}" nests deeper than ${collect/* DISCOVERY_LIMITS */.I.maxModuleDepth} modules, where discovery stops`);
        if (++this.instances > collect/* DISCOVERY_LIMITS */.I.maxModuleInstances)
            return this.refuse('infrastructure-not-understood', callPlace, `module "${name}" is past the ${collect/* DISCOVERY_LIMITS */.I.maxModuleInstances} module instances discovery evaluates`);
        const inputs = new Map();
        for (const node of call.body.node.getChildren('Attribute')) {
            const key = node.getChild('Identifier');
            const expression = node.getChild('Expression');
            if (!key || !expression)
                continue;
            const inputName = textOf(key, call.body.source);
            if (['source', 'version', 'count', 'for_each', 'providers', 'depends_on'].includes(inputName))
                continue;
            let memo;
            inputs.set(inputName, () => (memo ??= parent.evaluate({ node: expression, source: call.body.source }, 1)));
        }
        const modulePath = relativeFolder(this.folder, folder.path);
        const instance = new ModuleInstance(definition, parent.address(`module.${name}`), modulePath, this, parent.depth + 1, inputs);
        this.all.push(instance);
        return instance;
    }
    refuse(rule, place, why) {
        this.collector.note(rule, place, `${why}.`);
        return new Unknown(why, place);
    }
}
/** `path.module` of a module folder, as Terraform gives it: relative to the root module's folder. */
function relativeFolder(from, to) {
    const fromParts = from === '' ? [] : from.split('/');
    const toParts = to === '' ? [] : to.split('/');
    let common = 0;
    while (common < fromParts.length && fromParts[common] === toParts[common])
        common++;
    const up = fromParts.slice(common).map(() => '..');
    const relative = [...up, ...toParts.slice(common)].join('/');
    return relative === '' ? '.' : relative;
}

;// CONCATENATED MODULE: ./src/discovery/terraform/s3-uploads.ts



const S3_OBJECT_TYPES = new Set(['aws_s3_object', 'aws_s3_bucket_object']);
/** The S3 objects a root module's instances upload, and the repository file behind an S3 location. */
class S3Uploads {
    collector;
    root;
    uploads = [];
    constructor(collector, root) {
        this.collector = collector;
        this.root = root;
    }
    file(value, place, what) {
        const reference = value instanceof FileContent ? value.reference : value instanceof Unknown ? value : asString(value, place);
        if (reference instanceof Unknown)
            return { problem: reference };
        const local = this.collector.localFile((0,paths/* resolveInside */.LI)(this.root.folder, reference), place, what);
        if ('path' in local)
            return { file: local.path };
        return { problem: 'outside' in local ? 'outside' : 'missing' };
    }
    collectUploads(instance) {
        for (const resource of instance.definition.resources.values()) {
            if (!S3_OBJECT_TYPES.has(resource.type))
                continue;
            const address = instance.address(`${resource.type}.${resource.name}`);
            const place = { file: resource.body.source.path, line: resource.line };
            const bucket = asString(instance.resourceAttribute(resource, 'bucket', 0), place);
            const key = asString(instance.resourceAttribute(resource, 'key', 0), place);
            const source = attribute(resource.body, 'source') ??
                attribute(resource.body, 'content') ??
                attribute(resource.body, 'content_base64');
            const upload = {
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
    findUpload(bucket, key) {
        if (key instanceof Unknown)
            return undefined;
        const sameKey = this.uploads.filter((upload) => upload.key === key);
        if (!(bucket instanceof Unknown)) {
            const exact = sameKey.filter((upload) => upload.bucket === bucket);
            if (exact.length > 0)
                return exact[0];
        }
        return sameKey.length === 1 ? sameKey[0] : undefined;
    }
    /**
     * The local file behind an S3 location: the resource that uploads it, or
     * (none in the repository) a file at that key's path. Undefined with a note when neither.
     */
    truststoreAt(bucket, key, place, what) {
        const unknown = key instanceof Unknown ? key : undefined;
        if (unknown) {
            this.collector.note('infrastructure-not-understood', place, `${what}: the S3 key of its truststore is not known (${unknown.reason}, ${unknown.place.file}:${unknown.place.line}), so the file it uploads is not known either.`);
            return undefined;
        }
        const upload = this.findUpload(bucket, key);
        if (upload) {
            if (upload.file)
                return { file: upload.file, upload };
            if (upload.problem instanceof Unknown)
                this.collector.note('infrastructure-not-understood', upload.place, `${upload.address} uploads the truststore of ${what}, but which file is not known (${upload.problem.reason}, ${upload.problem.place.file}:${upload.problem.place.line}).`);
            else if (upload.problem === undefined)
                this.collector.note('infrastructure-not-understood', upload.place, `${upload.address} uploads the truststore of ${what} without a source or content attribute naming a file.`);
            return undefined;
        }
        const keyText = key;
        const file = keyText.includes(MARK) ? undefined : this.collector.fileForKey(keyText, [this.root.folder, '']);
        if (file)
            return { file };
        this.collector.note('infrastructure-not-understood', place, `${what} reads its truststore from s3://${bucket instanceof Unknown ? '(unknown bucket)' : readable(bucket)}/${readable(keyText)}, which no aws_s3_object in the repository uploads and no file in the repository matches; list it under truststore: in .truststore-check.yml to check it.`);
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/discovery/terraform.ts








/**
 * Terraform: parses every `.tf` file with an HCL grammar (Lezer's, from
 * codemirror-lang-hcl), evaluates what decides where a truststore comes
 * from (variables with their defaults and `terraform.tfvars`, locals, local
 * modules with their inputs and outputs, `path.module`, `file()` and its
 * kin), and ties each gateway resource to the `aws_s3_object` that uploads
 * its bundle. What it cannot evaluate is reported, never guessed.
 *
 * The parts are in terraform/: values, syntax, modules, the evaluator and
 * its functions, module instances, uploads and gateways.
 */
/** Finds the truststores configured by the repository's Terraform. */
async function discoverTerraform(collector, files) {
    const tfFiles = files.filter((file) => file.endsWith('.tf') && !/_override\.tf$/.test(file));
    const tfvarsFiles = files.filter((file) => /(^|\/)terraform\.tfvars$|\.auto\.tfvars$/.test(file));
    const budget = {
        left: collect/* DISCOVERY_LIMITS */.I.maxTerraformSize,
        what: `discovery parses at most ${collect/* DISCOVERY_LIMITS */.I.maxTerraformSize.toLocaleString('en-US')} bytes of Terraform in one run`,
    };
    const modules = await parseFiles(collector, tfFiles, budget);
    const { hclLanguage } = await __webpack_require__.e(/* import() */ 446).then(__webpack_require__.bind(__webpack_require__, 446));
    const parse = (text) => hclLanguage.parser.parse(text).topNode;
    // A folder another module calls with a local source is a module, not a root.
    const called = new Set();
    for (const module of modules.values()) {
        for (const call of module.calls.values()) {
            const source = attribute(call.body, 'source');
            const literal = source?.node.firstChild?.name === 'LiteralValue' ? textOf(source.node, source.source) : '';
            const text = literal.replace(/^"|"$/g, '');
            if (!text.startsWith('./') && !text.startsWith('../'))
                continue;
            const folder = (0,paths/* resolveInside */.LI)(module.folder, text);
            if ('path' in folder && folder.path !== module.folder)
                called.add(folder.path);
        }
    }
    for (const module of modules.values()) {
        if (called.has(module.folder))
            continue;
        const all = [];
        const root = new RootEvaluation(modules, module.folder, collector, all);
        const tfvars = new Map();
        const start = root.start(module, tfvars);
        for (const [name, located] of readTfvars(collector, module.folder, tfvarsFiles, parse, budget)) {
            let memo;
            tfvars.set(name, () => (memo ??= start.evaluate(located, 1)));
        }
        // Every module instance reachable from the root: instantiate calls depth-first.
        const pending = [start];
        while (pending.length > 0) {
            const instance = pending.pop();
            for (const call of instance.definition.calls.values()) {
                const child = instance.child(call.name, { file: call.body.source.path, line: call.line });
                if (!(child instanceof Unknown))
                    pending.push(child);
            }
        }
        const s3 = new S3Uploads(collector, root);
        for (const instance of all)
            s3.collectUploads(instance);
        const gateways = new Gateways(collector, root, s3);
        for (const instance of all)
            gateways.collectTargets(instance);
    }
}


/***/ })

};
