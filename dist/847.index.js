export const id = 847;
export const ids = [847];
export const modules = {

/***/ 5847:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   planTargets: () => (/* binding */ planTargets)
/* harmony export */ });
/* unused harmony export describeServed */
/* harmony import */ var _config_parse_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8353);
/* harmony import */ var _inventory_files_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1083);
/* harmony import */ var _inventory_glob_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1484);
/* harmony import */ var _inventory_inventory_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(556);
/* harmony import */ var _profiles_registry_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9908);
/* harmony import */ var _report_fingerprint_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1938);
/* harmony import */ var _rules_definitions_truststore_version_pinned_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8417);
/* harmony import */ var _findings_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(8458);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(463);









function describeServed(served) {
    switch (served.kind) {
        case 'follows':
            return `follows the upload (${served.attribute}: ${served.reference})`;
        case 'pinned':
            return `pinned: ${served.attribute} = "${served.value}" (${served.file}:${served.line})`;
        case 'absent':
            return `no ${served.attribute}: the gateway keeps the version it took when the resource was last updated`;
        case 'inline':
            return 'the content is part of the resource: every change of it is deployed';
    }
}
/** Targets that judge the same files the same way are one. */
function sameCheck(a, b) {
    return (a.profile === b.profile &&
        a.bundle === b.bundle &&
        a.truststore.join('\n') === b.truststore.join('\n') &&
        a.crls.join('\n') === b.crls.join('\n') &&
        JSON.stringify(a.profileOptions ?? {}) === JSON.stringify(b.profileOptions ?? {}));
}
/** The canonical fingerprint of a truststore's certificates in one tree; undefined when a file cannot be read. */
function fingerprintIn(tree, files) {
    const ders = [];
    for (const file of files) {
        const bytes = tree.read(file);
        if (!(bytes instanceof Uint8Array))
            return undefined;
        for (const object of (0,_inventory_inventory_js__WEBPACK_IMPORTED_MODULE_3__/* .certificatesOf */ .mm)((0,_inventory_inventory_js__WEBPACK_IMPORTED_MODULE_3__/* .sourceFile */ .sm)(file, 'truststore', bytes)))
            ders.push(object.certificate.der);
    }
    return (0,_report_fingerprint_js__WEBPACK_IMPORTED_MODULE_5__/* .truststoreFingerprint */ ._)(ders);
}
const exists = (tree, file) => typeof tree.size(file) === 'number';
function profileFor(target, configured) {
    // The configuration's own profile of that gateway (with its profile-options) wins over the built-in one.
    if (configured?.id === target.profile)
        return configured;
    const builtin = (0,_profiles_registry_js__WEBPACK_IMPORTED_MODULE_4__/* .findProfile */ .$O)(target.profile);
    if (!builtin || !target.profileOptions)
        return builtin;
    try {
        return (0,_config_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .applyProfileOptions */ .yP)(builtin, target.profileOptions, `${target.origin.file}:${target.origin.line}`);
    }
    catch {
        return builtin;
    }
}
function note(rule, place, message, target) {
    return { rule, file: place.file, line: place.line, message, ...(target !== undefined ? { target } : {}) };
}
/** The truststore files a configured target selects in the working tree (none for a glob the check itself will refuse). */
function selectedTruststores(settings, target, tree) {
    try {
        return (0,_inventory_files_js__WEBPACK_IMPORTED_MODULE_1__/* .findFiles */ .lY)({
            root: settings.root,
            truststore: target.truststore,
            clients: [],
            maxFiles: settings.limits.maxFiles,
            tree,
            unmatchedOk: true,
        })
            .filter((file) => file.role === 'truststore' && !file.skipped)
            .map((file) => file.path);
    }
    catch {
        return []; // a bad glob is the check's to report, as a usage error
    }
}
/** The settings with the targets discovery found (or, with explicit settings, only its notes) and what it says. */
function planTargets(settings, input) {
    const { head, base } = input;
    const notes = [...head.notes];
    const headTree = (0,_findings_js__WEBPACK_IMPORTED_MODULE_8__/* .withEmbedded */ .t)(input.headTree, head.embedded);
    const explicit = settings.targets.some((target) => target.truststore.length > 0);
    const template = settings.targets[0];
    // The union of head and base: the head's first, then what only the base has.
    const candidates = [...head.targets];
    if (base) {
        const headIds = new Set(head.targets.map((target) => target.id));
        for (const gone of base.discovery.targets.filter((target) => !headIds.has(target.id))) {
            const still = gone.truststore.every((file) => exists(headTree, file));
            notes.push(note('infrastructure-target-removed', gone.origin, `${gone.resource} (${gone.origin.file}:${gone.origin.line} at the base commit) configured ${gone.truststore.join(', ')} as the truststore of ${(0,_profiles_registry_js__WEBPACK_IMPORTED_MODULE_4__/* .findProfile */ .$O)(gone.profile)?.wording.gateway ?? gone.profile}; this change removes it from the infrastructure code, or discovery no longer understands it. ${still ? 'It is still checked here, by the files of this change.' : 'Its truststore is gone too.'}`));
            if (still && !candidates.some((candidate) => sameCheck(candidate, gone)))
                candidates.push({ ...gone, baseOnly: true });
        }
    }
    // Names: each check once, each name once.
    const kept = [];
    const taken = new Set(explicit ? settings.targets.map((target) => target.name) : []);
    const nameOf = new Map();
    for (const candidate of candidates) {
        const same = kept.find((target) => sameCheck(target, candidate));
        if (same) {
            nameOf.set(candidate.id, same.name);
            continue;
        }
        let name = candidate.name;
        for (let suffix = 2; taken.has(name); suffix++)
            name = `${candidate.name.slice(0, 36)}-${suffix}`;
        taken.add(name);
        nameOf.set(candidate.id, name);
        kept.push({ ...candidate, name });
    }
    if (base) {
        for (const now of head.targets) {
            if (now.served.kind !== 'pinned' && now.served.kind !== 'absent')
                continue;
            const then = base.discovery.targets.find((target) => target.id === now.id);
            if (!then || then.served.kind !== now.served.kind)
                continue;
            if (then.served.kind === 'pinned' && now.served.kind === 'pinned' && then.served.value !== now.served.value)
                continue;
            const before = fingerprintIn((0,_findings_js__WEBPACK_IMPORTED_MODULE_8__/* .withEmbedded */ .t)(base.tree, base.discovery.embedded), then.truststore);
            const after = fingerprintIn(headTree, now.truststore);
            if (before === undefined || after === undefined || before === after)
                continue;
            const profile = (0,_profiles_registry_js__WEBPACK_IMPORTED_MODULE_4__/* .findProfile */ .$O)(now.profile);
            if (!profile)
                continue;
            notes.push(note('truststore-version-pinned', now.served, (0,_rules_definitions_truststore_version_pinned_js__WEBPACK_IMPORTED_MODULE_6__/* .pinnedVersionMessage */ .Q)(profile, now.resource, now.served, now.truststore.join(', ')), 
            // With explicit settings, the configured target that checks that file (its profile must know the rule).
            explicit
                ? settings.targets.find((target) => selectedTruststores(settings, target, headTree).includes(now.truststore[0]))?.name
                : nameOf.get(now.id)));
        }
    }
    let targets = settings.targets;
    const toTarget = (found, clients, crls) => {
        const profile = profileFor(found, explicit ? undefined : template.profile);
        const files = [...found.truststore, ...found.crls];
        const globbed = files.find(_inventory_glob_js__WEBPACK_IMPORTED_MODULE_2__/* .isGlob */ .fg);
        if (!profile || globbed) {
            notes.push(note('infrastructure-not-understood', found.origin, globbed
                ? `${found.resource} uploads ${globbed}, whose name has glob characters; list it under truststore: in .truststore-check.yml to check it.`
                : `${found.resource} is for the gateway profile ${found.profile}, which this version does not have.`));
            return undefined;
        }
        return {
            name: found.name,
            profile,
            truststore: found.truststore,
            truststoreIsBundle: found.bundle,
            clients,
            crls: [...new Set([...found.crls, ...crls])],
            origin: {
                format: _model_js__WEBPACK_IMPORTED_MODULE_7__/* .FORMAT_NAMES */ .B[found.format],
                file: found.origin.file,
                line: found.origin.line,
                resource: found.resource,
                via: found.via,
                served: describeServed(found.served),
                clients: clients.length > 0 ? 'configured' : 'not known',
                ...(found.baseOnly ? { baseOnly: true } : {}),
            },
        };
    };
    if (!explicit) {
        const found = kept.flatMap((target) => toTarget(target, template.clients, template.crls) ?? []);
        // Nothing found and nothing to say: the check stays as it was (and says there is nothing to check).
        if (found.length > 0 || notes.length > 0)
            targets = found;
    }
    else if (head.files.length > 0) {
        const uploaded = new Set(kept.flatMap((target) => target.truststore));
        for (const target of settings.targets) {
            const files = selectedTruststores(settings, target, headTree);
            for (const file of files.filter((candidate) => !uploaded.has(candidate)))
                notes.push(note('truststore-not-uploaded', { file, line: 1 }, `No infrastructure code in the repository uploads ${file} (discovery read ${head.files.length} infrastructure file${head.files.length === 1 ? '' : 's'}): the gateway may never see it.`, target.name));
        }
        if (input.enforceBase && base) {
            const selected = new Set(settings.targets.flatMap((target) => selectedTruststores(settings, target, headTree)));
            const extra = kept
                .filter((target) => base.discovery.targets.some((found) => found.id === target.id || sameCheck(found, target)))
                .filter((target) => !target.truststore.every((file) => selected.has(file)))
                .flatMap((target) => toTarget(target, [], []) ?? []);
            targets = [...settings.targets, ...extra];
        }
    }
    return {
        ...settings,
        targets,
        discovery: {
            notes,
            embedded: head.embedded,
            ...(base ? { atBase: { notes: base.discovery.notes, embedded: base.discovery.embedded } } : {}),
        },
    };
}


/***/ })

};
