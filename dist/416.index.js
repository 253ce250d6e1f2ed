export const id = 416;
export const ids = [416];
export const modules = {

/***/ 5416:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  checkChange: () => (/* binding */ checkChange),
  compareWithBase: () => (/* binding */ compareWithBase),
  openBase: () => (/* binding */ openBase)
});

// EXTERNAL MODULE: ./src/chain/signatures.ts
var signatures = __webpack_require__(8882);
// EXTERNAL MODULE: ./src/engine.ts + 16 modules
var engine = __webpack_require__(5345);
// EXTERNAL MODULE: ./src/inventory/git-tree.ts
var git_tree = __webpack_require__(2125);
// EXTERNAL MODULE: ./src/findings/identity.ts
var identity = __webpack_require__(4770);
// EXTERNAL MODULE: ./src/report/report.ts
var report_report = __webpack_require__(8850);
;// CONCATENATED MODULE: ./src/report/changes.ts


function changedCertificate(entry) {
    return {
        ...(entry.target ? { target: entry.target } : {}),
        file: entry.file,
        line: entry.line,
        endLine: entry.endLine,
        subject: entry.subject,
        sha256: entry.sha256,
        notAfter: entry.notAfter,
    };
}
/** The truststore certificates of a report by target and fingerprint; the first block of each wins. */
function truststoreCertificates(report) {
    const found = new Map();
    for (const entry of report.certificates) {
        if (entry.role !== 'truststore')
            continue;
        const key = (0,report_report/* targetKey */.hD)(entry.target, entry.sha256);
        if (!found.has(key))
            found.set(key, entry);
    }
    return found;
}
const verdictOf = (chain) => chain === undefined ? 'absent' : chain.accepted ? 'accepted' : 'refused';
/** Compares the reports of the base and the head of a change, made under the same settings. */
function compareReports(base, head, baseCommit) {
    const before = truststoreCertificates(base);
    const after = truststoreCertificates(head);
    const removedEntries = [...before].filter(([key]) => !after.has(key)).map(([, entry]) => entry);
    const addedEntries = [...after].filter(([key]) => !before.has(key)).map(([, entry]) => entry);
    // A removed and an added certificate with one subject and one key, in one target, are a renewal.
    const renewed = [];
    const renewedOld = new Set();
    const renewedNew = new Set();
    for (const old of removedEntries) {
        const successor = addedEntries.find((entry) => !renewedNew.has(entry) &&
            entry.target === old.target &&
            entry.subject === old.subject &&
            entry.publicKeySha256 === old.publicKeySha256);
        if (!successor)
            continue;
        renewedOld.add(old);
        renewedNew.add(successor);
        renewed.push({ old: changedCertificate(old), new: changedCertificate(successor) });
    }
    const removed = removedEntries.filter((entry) => !renewedOld.has(entry));
    const added = addedEntries.filter((entry) => !renewedNew.has(entry));
    const removedKeys = new Set(removed.map((entry) => (0,report_report/* targetKey */.hD)(entry.target, entry.sha256)));
    const addedKeys = new Set(added.map((entry) => (0,report_report/* targetKey */.hD)(entry.target, entry.sha256)));
    const renewedKeys = new Map(renewed.map((pair) => [(0,report_report/* targetKey */.hD)(pair.old.target, pair.old.sha256), pair]));
    const clients = [];
    let unchangedClients = 0;
    const baseChains = new Map(base.chains.map((chain) => [(0,report_report/* targetKey */.hD)(chain.target, chain.file), chain]));
    const headChains = new Map(head.chains.map((chain) => [(0,report_report/* targetKey */.hD)(chain.target, chain.file), chain]));
    for (const key of new Set([...baseChains.keys(), ...headChains.keys()])) {
        const was = baseChains.get(key);
        const is = headChains.get(key);
        const change = { before: verdictOf(was), after: verdictOf(is) };
        if (change.before === change.after) {
            unchangedClients++;
            continue;
        }
        const chain = (is ?? was);
        clients.push({
            ...(chain.target ? { target: chain.target } : {}),
            file: chain.file,
            subject: chain.subject,
            ...change,
            reasons: reasonsFor(was, is, { removedKeys, addedKeys, renewedKeys }),
        });
    }
    clients.sort((a, b) => (a.target ?? '').localeCompare(b.target ?? '') || a.file.localeCompare(b.file));
    const used = new Set(head.chains.flatMap((chain) => chain.path.map((link) => (0,report_report/* targetKey */.hD)(chain.target, link.sha256))));
    const targetsWithClients = new Set(head.chains.map((chain) => chain.target ?? ''));
    const unused = [...after.values()]
        .filter((entry) => entry.isCA && targetsWithClients.has(entry.target ?? '') && !used.has((0,report_report/* targetKey */.hD)(entry.target, entry.sha256)))
        .map(changedCertificate);
    /** The client files of a report whose chain goes through a certificate, by target and fingerprint. */
    const servedBy = (report) => {
        const served = new Map();
        for (const chain of report.chains) {
            for (const link of chain.path.slice(1)) {
                const key = (0,report_report/* targetKey */.hD)(chain.target, link.sha256);
                served.set(key, [...(served.get(key) ?? []), chain.file]);
            }
        }
        return (entry) => ({
            ...changedCertificate(entry),
            clients: served.get((0,report_report/* targetKey */.hD)(entry.target, entry.sha256)) ?? [],
        });
    };
    return {
        base: baseCommit,
        truststore: {
            added: added.map(servedBy(head)),
            removed: removed.map(servedBy(base)),
            renewed,
            unused,
        },
        bundles: bundleChanges(base, head),
        clients,
        unchangedClients,
    };
}
function reasonsFor(was, is, truststore) {
    if (!is)
        return ['The client file is gone.'];
    const reasons = [];
    if (!was)
        reasons.push('A new client file.');
    else if (was.sha256 !== is.sha256)
        reasons.push("The client's certificate changed.");
    for (const link of was?.path.slice(1) ?? []) {
        const key = (0,report_report/* targetKey */.hD)(was.target, link.sha256);
        if (truststore.removedKeys.has(key))
            reasons.push(`${link.subject} was removed from the truststore.`);
        const renewal = truststore.renewedKeys.get(key);
        if (renewal)
            reasons.push(`${link.subject} was renewed (now valid until ${renewal.new.notAfter}).`);
    }
    if (is.accepted) {
        for (const link of is.path.slice(1)) {
            if (truststore.addedKeys.has((0,report_report/* targetKey */.hD)(is.target, link.sha256)))
                reasons.push(`${link.subject} was added to the truststore.`);
        }
    }
    else {
        reasons.push(...(is.reasons ?? []));
    }
    return reasons.length > 0 ? reasons : ['The verdict changed with the configuration or the moment checked.'];
}
function bundleChanges(base, head) {
    const fingerprints = (report) => new Map(report.targets.flatMap((target) => target.truststores.map((truststore) => [(0,report_report/* targetKey */.hD)(target.name, truststore.files.join('\n')), truststore])));
    const before = fingerprints(base);
    const after = fingerprints(head);
    const changes = [];
    for (const key of new Set([...before.keys(), ...after.keys()])) {
        const was = before.get(key);
        const is = after.get(key);
        if (was?.sha256 === is?.sha256)
            continue;
        const target = key.slice(0, key.indexOf('\0'));
        changes.push({
            ...(target ? { target } : {}),
            files: (is ?? was).files,
            ...(was ? { before: was.sha256 } : {}),
            ...(is ? { after: is.sha256 } : {}),
        });
    }
    return changes;
}
/** Marks each head finding `new` when the base has no finding it matches (counting repeats), and counts them. */
function markNewFindings(base, head) {
    const remaining = new Map();
    for (const finding of base.findings) {
        const key = (0,identity/* findingKey */.f)(finding);
        remaining.set(key, (remaining.get(key) ?? 0) + 1);
    }
    const counts = { errors: 0, warnings: 0, notices: 0 };
    for (const finding of head.findings) {
        const key = (0,identity/* findingKey */.f)(finding);
        const left = remaining.get(key) ?? 0;
        finding.new = left === 0;
        if (left > 0)
            remaining.set(key, left - 1);
        else
            counts[`${finding.severity}s`]++;
    }
    return counts;
}

;// CONCATENATED MODULE: ./src/change.ts




/**
 * Adds to the head's report what the change from `base` does: truststore
 * content, client verdicts, and which findings are new. The base is judged
 * by the same settings and moment; a deferred configuration change is the
 * head's news alone.
 */
function compareWithBase(settings, head, base, verifier) {
    // The base's own discovery notes, so a note already there is not new.
    const baseReport = (0,engine/* runCheck */.k_)({ ...settings, deferredPolicy: undefined, discovery: settings.discovery?.atBase }, base, verifier);
    head.summary.new = markNewFindings(baseReport, head);
    head.changes = compareReports(baseReport, head, base.commit);
    return head;
}
/**
 * Checks the working tree and the files of a base commit (read from git
 * objects, never checked out). Throws UsageError when the base cannot be found.
 */
function checkChange(settings, base) {
    const tree = typeof base === 'string' ? openBase(settings.root, base) : base;
    // One memo of signature checks for both sides: most certificates are the same at both.
    const verifier = new signatures/* SignatureVerifier */.B();
    return compareWithBase(settings, (0,engine/* runCheck */.k_)(settings, undefined, verifier), tree, verifier);
}
/** The files of the commit a ref names, read from git objects. Throws UsageError when the base cannot be found. */
function openBase(root, baseRef) {
    return new git_tree/* GitTree */.xn(root, (0,git_tree/* resolveCommit */.WL)(root, baseRef));
}


/***/ }),

/***/ 4770:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ findingKey),
/* harmony export */   i: () => (/* binding */ findingFingerprint)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);

/**
 * What makes two findings the same finding, in one place: the review and
 * SARIF fingerprint a finding to find it again on the next run, and a
 * change review matches the head's findings with the base's to tell which
 * are new.
 */
/**
 * A fingerprint of a finding that survives unrelated edits: the rule, the
 * file and the certificate (or, for whole-file findings, the line), never the
 * message (expiry messages change every day).
 */
function findingFingerprint(finding, repoPath) {
    const anchor = finding.certificate?.sha256 ?? `line:${finding.line}`;
    const target = finding.target ? `\0${finding.target}` : '';
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(`${finding.ruleId}\0${repoPath}\0${anchor}${target}`).digest('hex').slice(0, 32);
}
/**
 * What identifies a finding across commits: its rule, target, file and
 * certificate (or, without one, its words with line numbers taken out), so
 * a moved or reordered block is the same finding.
 */
function findingKey(finding) {
    const what = finding.certificate?.sha256 ?? finding.message.replace(/\blines? \d+(-\d+)?/g, 'line');
    return [finding.target ?? '', finding.ruleId, finding.file, what].join('\0');
}


/***/ })

};
