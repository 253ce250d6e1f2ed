export const id = 483;
export const ids = [483];
export const modules = {

/***/ 3483:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parseReport: () => (/* binding */ parseReport)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _profiles_registry_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9908);
/* harmony import */ var _rules_registry_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7531);
/* harmony import */ var _findings_severity_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5131);
/* harmony import */ var _report_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8850);





/** More findings than this is not a report this tool wrote. */
const MAX_FINDINGS = 25_000;
function fail(why) {
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .e(`the report file is not a truststore-check report: ${why}`);
}
function isSafePath(file) {
    return (typeof file === 'string' &&
        file.length > 0 &&
        file.length < 4096 &&
        !file.startsWith('/') &&
        !file.split('/').includes('..'));
}
/**
 * Reads a JSON report written by an earlier run (the fork-safe pattern: a
 * pull_request job writes it, a workflow_run job publishes it). The file came
 * from untrusted code, so every field is checked; text stays text and is
 * escaped wherever it is shown.
 */
function parseReport(text) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch {
        fail('not JSON');
    }
    const report = value;
    if (typeof report !== 'object' || report === null || report.version !== 1)
        fail('version is not 1');
    if (!Array.isArray(report.findings) || report.findings.length > MAX_FINDINGS)
        fail('findings is not a list of a sane length');
    // Targets: names as the configuration allows them, profiles only built-in ones; anything else is dropped.
    const targets = (Array.isArray(report.targets) ? report.targets.slice(0, 100) : [])
        .filter((target) => typeof target?.name === 'string' && /^([A-Za-z0-9][A-Za-z0-9._-]{0,39})?$/.test(target.name))
        .map((target) => {
        const known = (0,_profiles_registry_js__WEBPACK_IMPORTED_MODULE_1__/* .findProfile */ .$O)(typeof target.profile?.id === 'string' ? target.profile.id : '') ?? _profiles_registry_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_PROFILE */ .KG;
        return { name: target.name, profile: { id: known.id, name: known.name } };
    });
    const targetNames = new Set(targets.map((target) => target.name).filter((name) => name !== ''));
    const findings = report.findings.map((raw, index) => {
        const f = raw;
        const where = `findings[${index}]`;
        const rule = typeof f.ruleId === 'string' ? (0,_rules_registry_js__WEBPACK_IMPORTED_MODULE_2__/* .findRule */ .I)(f.ruleId) : undefined;
        if (!rule)
            fail(`${where}.ruleId is not a known rule`);
        if (!_findings_severity_js__WEBPACK_IMPORTED_MODULE_3__/* .SEVERITIES */ .oC.includes(f.severity))
            fail(`${where}.severity`);
        if (typeof f.message !== 'string' || f.message.length > 20_000)
            fail(`${where}.message`);
        if (!isSafePath(f.file))
            fail(`${where}.file`);
        if (!Number.isInteger(f.line) || !Number.isInteger(f.endLine) || f.line < 1 || f.endLine < 1)
            fail(`${where}.line`);
        const certificate = f.certificate && typeof f.certificate.subject === 'string' && /^[0-9A-F]{64}$/.test(String(f.certificate.sha256))
            ? { subject: f.certificate.subject, sha256: f.certificate.sha256 }
            : undefined;
        return {
            ...(typeof f.target === 'string' && targetNames.has(f.target) ? { target: f.target } : {}),
            ruleId: rule.id,
            severity: f.severity,
            message: f.message,
            file: f.file,
            line: f.line,
            endLine: f.endLine,
            ...(certificate ? { certificate } : {}),
            // The remedy is the rule's own, never text from the file.
            remedy: rule.remedy,
        };
    });
    const summary = report.summary ?? {};
    const whole = (value) => (Number.isInteger(value) ? value : 0);
    const profile = (0,_profiles_registry_js__WEBPACK_IMPORTED_MODULE_1__/* .findProfile */ .$O)(typeof report.profile?.id === 'string' ? report.profile.id : '') ?? _profiles_registry_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_PROFILE */ .KG;
    const counts = (0,_report_js__WEBPACK_IMPORTED_MODULE_4__/* .summarise */ .fS)(findings, whole(summary.files), whole(summary.certificates), []);
    return {
        version: 1,
        profile: { id: profile.id, name: profile.name },
        targets: targets.length > 0
            ? targets.map((target) => ({
                ...target,
                summary: (0,_report_js__WEBPACK_IMPORTED_MODULE_4__/* .summarise */ .fS)(findings.filter((finding) => (finding.target ?? '') === target.name || targets.length === 1), 0, 0, []),
                truststores: [],
            }))
            : [{ name: '', profile: { id: profile.id, name: profile.name }, summary: counts, truststores: [] }],
        // Counts are recomputed from the findings, never taken from the file.
        summary: counts,
        findings,
        // The picture and timeline are drawn from these; from an untrusted file they are left out rather than trusted.
        certificates: [],
        chains: [],
        suppressed: [],
    };
}


/***/ })

};
