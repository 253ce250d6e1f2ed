export const id = 140;
export const ids = [140];
export const modules = {

/***/ 5140:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readTreeThroughApi: () => (/* binding */ readTreeThroughApi)
/* harmony export */ });
/* harmony import */ var _inventory_listed_tree_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7540);

/** Blobs fetched at once: enough to hide latency, few enough not to trip secondary rate limits. */
const PARALLEL_BLOB_READS = 4;
/** Blobs fetched in one run at most: the default token has 1,000 requests an hour per repository. */
const MAX_BLOB_READS = 300;
/**
 * A commit's files through the REST API, for a shallow checkout that lacks
 * the base: one recursive tree listing, then the blobs `wanted` names (the
 * files the check will read, within its limits). A file the change did not
 * touch is the head's own: read from the checkout when its content has the
 * listed blob id, so only what the change touched is fetched. Throws when
 * GitHub truncates the listing (a partial base would misreport every file it
 * left out as added) or when more than MAX_BLOB_READS files would be fetched.
 */
async function readTreeThroughApi(client, context, commit, 
/** The checked folder relative to the repository's root ('' for the root). */
prefix, wanted, 
/** The same path in the checkout (relative to the checked folder) if it is a file of `size` bytes at most. */
local) {
    const owner = context.owner;
    const repo = context.repo;
    const { data } = await client.rest.git.getTree({ owner, repo, tree_sha: commit, recursive: 'true' });
    if (data.truncated)
        throw new Error(`GitHub truncated the listing of ${commit.slice(0, 12)} (too many files); fetch the base commit instead (actions/checkout with fetch-depth: 0)`);
    const tree = new _inventory_listed_tree_js__WEBPACK_IMPORTED_MODULE_0__/* .ListedTree */ .G(commit);
    const under = prefix === '' ? '' : `${prefix}/`;
    for (const entry of data.tree) {
        if (entry.type !== 'blob' || !entry.path || !entry.sha || !entry.mode || !entry.path.startsWith(under))
            continue;
        tree.add(entry.path.slice(under.length), entry.mode, entry.sha, entry.size ?? 0);
    }
    const ids = new Set();
    for (const file of wanted(tree)) {
        const { id, size } = tree.files.get(file);
        const content = local(file, size);
        if (content && (0,_inventory_listed_tree_js__WEBPACK_IMPORTED_MODULE_0__/* .gitBlobId */ .t)(content, id.length) === id)
            tree.provide(id, content);
        else
            ids.add(id);
    }
    if (ids.size > MAX_BLOB_READS)
        throw new Error(`the change touches ${ids.size.toLocaleString('en-US')} checked files, more than the ${MAX_BLOB_READS} fetched through the API in one run; fetch the base commit instead (actions/checkout with fetch-depth: 0)`);
    const toFetch = [...ids];
    for (let start = 0; start < toFetch.length; start += PARALLEL_BLOB_READS) {
        await Promise.all(toFetch.slice(start, start + PARALLEL_BLOB_READS).map(async (id) => {
            const blob = await client.rest.git.getBlob({ owner, repo, file_sha: id });
            tree.provide(id, Buffer.from(blob.data.content, blob.data.encoding === 'base64' ? 'base64' : 'utf8'));
        }));
    }
    return tree;
}


/***/ })

};
