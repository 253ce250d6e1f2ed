export const id = 883;
export const ids = [883];
export const modules = {

/***/ 5863:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ DISCOVERY_LIMITS),
/* harmony export */   g: () => (/* binding */ Collector)
/* harmony export */ });
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8674);

/** Bounds on discovery's work, whatever a pull request puts in the infrastructure code. */
const DISCOVERY_LIMITS = {
    /** Bytes of one infrastructure file; a larger one is reported and not parsed. */
    maxFileSize: 1024 * 1024,
    /** Infrastructure files parsed in one run (per format); the rest are reported. */
    maxFiles: 2_000,
    /** Bytes read in all. */
    maxTotalSize: 16 * 1024 * 1024,
    /**
     * Bytes of Terraform parsed in all: the HCL grammar reads about 300 KB a second here (and a hostile
     * file of syntax errors half that), so this bounds its time to seconds.
     */
    maxTerraformSize: 2 * 1024 * 1024,
    /** Terraform modules calling modules. */
    maxModuleDepth: 8,
    /** Module instances in all (a module called from many places is instantiated for each). */
    maxModuleInstances: 500,
    /** References followed to evaluate one expression (variables, locals, outputs): a cycle or a chain this long is not evaluated. */
    maxReferenceDepth: 64,
    /** Targets found; past it the rest are reported. */
    maxTargets: 200,
};
/**
 * What every format module works with: the repository, a budget of bytes,
 * and where targets, notes and embedded files go.
 */
class Collector {
    repository;
    targets = [];
    notes = [];
    embedded = new Map();
    read = new Set();
    bytes = 0;
    constructor(repository) {
        this.repository = repository;
    }
    note(rule, place, message, atMost) {
        if (this.notes.some((note) => note.rule === rule && note.file === place.file && note.line === place.line))
            return;
        this.notes.push({ rule, file: place.file, line: place.line, message, ...(atMost ? { atMost } : {}) });
    }
    /** The text of an infrastructure file within the limits, or undefined with a note saying why not. */
    text(file, budget) {
        const size = this.repository.size(file);
        if (size === undefined)
            return undefined;
        if (budget && size > budget.left) {
            // Said once, on the first file left out; the count of the rest is added to it.
            budget.passed = (budget.passed ?? 0) + 1;
            const first = this.notes.find((note) => note.message.endsWith(`: ${budget.what}.`) || note.message.includes(`: ${budget.what} (`));
            if (!first)
                this.note('infrastructure-not-understood', { file, line: 1 }, `${file} was not read: ${budget.what}.`);
            else
                first.message = `${first.file} was not read: ${budget.what} (nor ${budget.passed - 1} more file${budget.passed - 1 === 1 ? '' : 's'}).`;
            return undefined;
        }
        if (budget)
            budget.left -= size;
        if (size > DISCOVERY_LIMITS.maxFileSize) {
            this.note('infrastructure-not-understood', { file, line: 1 }, `${file} is ${size.toLocaleString('en-US')} bytes, over the ${DISCOVERY_LIMITS.maxFileSize.toLocaleString('en-US')} read for infrastructure code; it was not read, so a truststore it configures is not known.`);
            return undefined;
        }
        if (this.bytes + size > DISCOVERY_LIMITS.maxTotalSize) {
            this.note('infrastructure-not-understood', { file, line: 1 }, `${file} was not read: discovery reads at most ${DISCOVERY_LIMITS.maxTotalSize.toLocaleString('en-US')} bytes of infrastructure code in one run.`);
            return undefined;
        }
        const bytes = this.repository.read(file);
        if (!(bytes instanceof Uint8Array)) {
            this.note('infrastructure-not-understood', { file, line: 1 }, `${file} cannot be read: ${bytes.error}.`);
            return undefined;
        }
        this.bytes += bytes.length;
        this.read.add(file);
        return Buffer.from(bytes).toString('utf8');
    }
    /** Whether a regular file exists at this repository path. */
    exists(file) {
        return this.repository.size(file) !== undefined;
    }
    add(format, target) {
        if (this.targets.length >= DISCOVERY_LIMITS.maxTargets) {
            this.note('infrastructure-not-understood', target.origin, `${target.resource} is not checked: discovery takes at most ${DISCOVERY_LIMITS.maxTargets} targets in one run.`);
            return;
        }
        this.targets.push({ format, ...target });
    }
    /**
     * A local file the infrastructure uploads: inside the repository and
     * present, or a note (outside: refused; missing: the upload would fail).
     */
    localFile(resolved, place, what) {
        if ('outside' in resolved) {
            this.note('infrastructure-outside-repository', place, `${what} names a file outside the folder checked (${resolved.outside}); it is not read, so that truststore is not checked.`);
            return resolved;
        }
        if (!this.exists(resolved.path)) {
            this.note('truststore-source-missing', place, `${what} uploads ${resolved.path || '(the folder checked)'}, which does not exist in the repository: the deploy fails, or uploads nothing new.`);
            return { missing: resolved.path };
        }
        return { path: resolved.path };
    }
    /**
     * The file an S3 key most likely holds, when no resource in the
     * repository uploads it: the key as a path under one of `folders`, or the
     * one file in the repository whose path ends with the key.
     */
    fileForKey(key, folders) {
        for (const folder of folders) {
            const resolved = (0,_paths_js__WEBPACK_IMPORTED_MODULE_0__/* .resolveInside */ .LI)(folder, key);
            if ('path' in resolved && resolved.path !== '' && this.exists(resolved.path))
                return resolved.path;
        }
        const suffix = `/${key.replace(/^\/+/, '')}`;
        const matches = this.repository.list().files.filter((file) => `/${file}`.endsWith(suffix));
        return matches.length === 1 ? matches[0] : undefined;
    }
}


/***/ }),

/***/ 4883:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   discover: () => (/* binding */ discover)
/* harmony export */ });
/* harmony import */ var _collect_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5863);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(463);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3602);




/**
 * Finds the repository's infrastructure code and what it says about
 * truststores. Cheap where there is none: a listing of names, then a look
 * at the start of the few YAML, JSON and script files that could be
 * infrastructure; each format's parser is loaded only when a file of that
 * format is there.
 */
function sniff(text) {
    if (/AWS::[A-Za-z0-9]+::/.test(text) && /Resources/.test(text))
        return 'cloudformation';
    if (/\bkind["']?\s*:\s*["']?(Ingress|Secret)\b/.test(text))
        return 'kubernetes';
    return undefined;
}
function isCdk(text) {
    return /aws-cdk-lib|@aws-cdk\//.test(text);
}
/** Which format each file is, looking inside only where the name leaves it open. */
function classify(repository, collector) {
    const byFormat = new Map();
    const add = (format, file) => {
        const list = byFormat.get(format) ?? [];
        if (list.length === _collect_js__WEBPACK_IMPORTED_MODULE_0__/* .DISCOVERY_LIMITS */ .I.maxFiles) {
            collector.note('infrastructure-not-understood', { file, line: 1 }, `${file} and any further ${_model_js__WEBPACK_IMPORTED_MODULE_1__/* .FORMAT_NAMES */ .B[format]} files were not read: discovery reads at most ${_collect_js__WEBPACK_IMPORTED_MODULE_0__/* .DISCOVERY_LIMITS */ .I.maxFiles.toLocaleString('en-US')} files of one format.`);
        }
        if (list.length >= _collect_js__WEBPACK_IMPORTED_MODULE_0__/* .DISCOVERY_LIMITS */ .I.maxFiles)
            return;
        list.push(file);
        byFormat.set(format, list);
    };
    const { files, links, truncated } = repository.list();
    if (truncated)
        collector.note('infrastructure-not-understood', { file: '.', line: 1 }, 'The repository has more entries than discovery lists; infrastructure code past them was not read.');
    for (const link of links) {
        if (_names_js__WEBPACK_IMPORTED_MODULE_3__/* .TERRAFORM */ .n0.test(link) || _names_js__WEBPACK_IMPORTED_MODULE_3__/* .KUSTOMIZATION */ .su.test(link))
            collector.note('infrastructure-not-understood', { file: link, line: 1 }, `${link} is a symbolic link, which discovery never follows; what it configures is not known.`);
    }
    for (const file of files) {
        if (_names_js__WEBPACK_IMPORTED_MODULE_3__/* .TERRAFORM */ .n0.test(file)) {
            add('terraform', file);
            continue;
        }
        if (_names_js__WEBPACK_IMPORTED_MODULE_3__/* .NOT_INFRASTRUCTURE */ .gD.test(file))
            continue;
        if (_names_js__WEBPACK_IMPORTED_MODULE_3__/* .KUSTOMIZATION */ .su.test(file)) {
            add('kubernetes', file);
            continue;
        }
        const yaml = _names_js__WEBPACK_IMPORTED_MODULE_3__/* .YAML_OR_JSON */ .R2.test(file);
        const script = !yaml && _names_js__WEBPACK_IMPORTED_MODULE_3__/* .SCRIPT */ .Mm.test(file);
        if (!yaml && !script)
            continue;
        const size = repository.size(file);
        if (size === undefined || size === 0)
            continue;
        if (size > _collect_js__WEBPACK_IMPORTED_MODULE_0__/* .DISCOVERY_LIMITS */ .I.maxFileSize) {
            // Not looked into; said only where the name suggests a template, so big data files make no noise.
            if (/template|cloudformation|cfn|sam|stack/i.test(file))
                collector.note('infrastructure-not-understood', { file, line: 1 }, `${file} is ${size.toLocaleString('en-US')} bytes, over the ${_collect_js__WEBPACK_IMPORTED_MODULE_0__/* .DISCOVERY_LIMITS */ .I.maxFileSize.toLocaleString('en-US')} read for infrastructure code; it was not looked into.`);
            continue;
        }
        // Only the start is looked at: what marks a template, a manifest or a CDK app comes early.
        const bytes = repository.read(file);
        if (!(bytes instanceof Uint8Array))
            continue;
        const head = Buffer.from(bytes.subarray(0, 64 * 1024)).toString('utf8');
        if (yaml) {
            const format = sniff(head);
            if (format)
                add(format, file);
        }
        else if (isCdk(head))
            add('cdk', file);
    }
    return byFormat;
}
/** A target name from a resource's name: letters, digits, `.`, `_`, `-`; at most 40; unique. */
function nameTargets(found) {
    const taken = new Set();
    const seen = new Set();
    const targets = [];
    for (const target of found) {
        const id = `${target.format}:${target.origin.file}:${target.resource}`;
        if (seen.has(id))
            continue;
        seen.add(id);
        const base = target.logicalName
            .replace(/[^A-Za-z0-9._-]+/g, '-')
            .replace(/^[^A-Za-z0-9]+/, '')
            .slice(0, 36) || 'target';
        // Two resources of one name (a load balancer and an API both called "partners"): the gateway tells them apart.
        let name = taken.has(base) ? `${base}-${target.profile}`.slice(0, 40) : base;
        for (let suffix = 2; taken.has(name); suffix++)
            name = `${base}-${suffix}`;
        taken.add(name);
        const { logicalName, ...rest } = target;
        void logicalName; // becomes the name, made unique
        targets.push({ ...rest, id, name });
    }
    return targets;
}
async function discover(repository) {
    const collector = new _collect_js__WEBPACK_IMPORTED_MODULE_0__/* .Collector */ .g(repository);
    const byFormat = classify(repository, collector);
    if (byFormat.size === 0 && collector.notes.length === 0)
        return (0,_model_js__WEBPACK_IMPORTED_MODULE_1__/* .emptyDiscovery */ .y)();
    // A format whose reading throws (a parser's stack exhausted by nesting, a bug) stops alone, and says so.
    const run = async (format, read) => {
        const files = byFormat.get(format);
        if (!files)
            return;
        try {
            await read(files);
        }
        catch (error) {
            const file = [...collector.read].filter((name) => files.includes(name)).pop() ?? files[0];
            collector.note('infrastructure-not-understood', { file, line: 1 }, `Reading the ${_model_js__WEBPACK_IMPORTED_MODULE_1__/* .FORMAT_NAMES */ .B[format]} code stopped at ${file} (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .describeError */ .U)(error)}); what it and the files after it configure is not known.`);
        }
    };
    await run('terraform', async (files) => (await __webpack_require__.e(/* import() */ 94).then(__webpack_require__.bind(__webpack_require__, 8094))).discoverTerraform(collector, files));
    await run('cloudformation', async (files) => (await __webpack_require__.e(/* import() */ 928).then(__webpack_require__.bind(__webpack_require__, 1928))).discoverCloudFormation(collector, files));
    await run('cdk', async (files) => (await __webpack_require__.e(/* import() */ 392).then(__webpack_require__.bind(__webpack_require__, 2392))).discoverCdk(collector, files));
    await run('kubernetes', async (files) => (await __webpack_require__.e(/* import() */ 224).then(__webpack_require__.bind(__webpack_require__, 2224))).discoverKubernetes(collector, files));
    collector.targets.sort((a, b) => a.origin.file.localeCompare(b.origin.file) || a.origin.line - b.origin.line);
    const notes = collector.notes.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
    return {
        files: [...collector.read].sort(),
        targets: nameTargets(collector.targets),
        notes,
        embedded: collector.embedded,
    };
}


/***/ }),

/***/ 8674:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dp: () => (/* binding */ lineIndex),
/* harmony export */   LI: () => (/* binding */ resolveInside),
/* harmony export */   yS: () => (/* binding */ folderOf)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);

function resolveInside(folder, reference) {
    const posix = reference.replace(/\\/g, '/');
    if (posix.startsWith('/') || /^[A-Za-z]:\//.test(posix) || posix.startsWith('~'))
        return { outside: `"${reference}" is an absolute path` };
    const joined = node_path__WEBPACK_IMPORTED_MODULE_0___default().posix.normalize(node_path__WEBPACK_IMPORTED_MODULE_0___default().posix.join(folder === '' ? '.' : folder, posix));
    if (joined === '..' || joined.startsWith('../'))
        return { outside: `"${reference}" leads outside the folder checked` };
    return { path: joined === '.' ? '' : joined.replace(/\/$/, '') };
}
/** The folder of a repository-relative file ('' at the root). */
function folderOf(file) {
    const folder = node_path__WEBPACK_IMPORTED_MODULE_0___default().posix.dirname(file);
    return folder === '.' ? '' : folder;
}
/** The 1-based line of each offset of a text, by binary search over the line starts. */
function lineIndex(text) {
    const starts = [0];
    for (let i = 0; i < text.length; i++)
        if (text.charCodeAt(i) === 10)
            starts.push(i + 1);
    return (offset) => {
        let low = 0;
        let high = starts.length - 1;
        while (low < high) {
            const middle = (low + high + 1) >> 1;
            if (starts[middle] <= offset)
                low = middle;
            else
                high = middle - 1;
        }
        return low + 1;
    };
}


/***/ })

};
