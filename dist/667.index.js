export const id = 667;
export const ids = [667];
export const modules = {

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


/***/ }),

/***/ 4667:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   formatSarif: () => (/* binding */ formatSarif)
/* harmony export */ });
/* harmony import */ var _findings_identity_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4770);
/* harmony import */ var _rules_registry_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7531);
/* harmony import */ var _rules_rule_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(281);
/* harmony import */ var _rules_severities_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6748);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(311);
/* harmony import */ var _report_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8850);






const LEVEL = { error: 'error', warning: 'warning', notice: 'note' };
/**
 * SARIF 2.1.0 for github/codeql-action/upload-sarif: stable rule ids,
 * repository-relative paths, each rule's help in the words of the profile the
 * findings were judged by (the first target's, where there are several; each
 * result names its own target).
 */
function formatSarif(report, profile, repoPath = (file) => file) {
    const rules = _rules_registry_js__WEBPACK_IMPORTED_MODULE_1__/* .RULES */ .y.map((rule) => {
        const consequence = rule.consequence(profile);
        const source = (0,_rules_rule_js__WEBPACK_IMPORTED_MODULE_2__/* .ruleSource */ .mH)(rule, profile);
        const severity = (0,_rules_severities_js__WEBPACK_IMPORTED_MODULE_3__/* .profileSeverity */ .J)(rule, profile);
        return {
            id: rule.id,
            name: rule.id.replace(/(^|-)([a-z])/g, (_, __, c) => c.toUpperCase()),
            shortDescription: { text: rule.title },
            fullDescription: { text: rule.description },
            help: {
                text: `${rule.description}\n\nAt the gateway: ${consequence}\n\nFix: ${rule.remedy}\n\nSource: ${source}`,
                markdown: `${rule.description}\n\n**At the gateway:** ${consequence}\n\n**Fix:** ${rule.remedy}\n\n**Source:** ${source}`,
            },
            helpUri: `${_version_js__WEBPACK_IMPORTED_MODULE_4__/* .RULES_DOC_URL */ .NT}#${rule.id}`,
            defaultConfiguration: severity === 'off' ? { enabled: false } : { level: LEVEL[severity] },
            properties: { tags: ['security', 'mtls', profile.id] },
        };
    });
    const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
    const results = report.findings.map((finding) => {
        const uri = repoPath(finding.file);
        return {
            ruleId: finding.ruleId,
            ruleIndex: ruleIndex.get(finding.ruleId) ?? -1,
            level: LEVEL[finding.severity],
            message: { text: (0,_report_js__WEBPACK_IMPORTED_MODULE_5__/* .findingMessage */ .pG)(report, finding) },
            locations: [
                {
                    physicalLocation: {
                        artifactLocation: { uri, uriBaseId: '%SRCROOT%' },
                        region: { startLine: finding.line, endLine: Math.max(finding.line, finding.endLine) },
                    },
                },
            ],
            partialFingerprints: { 'truststoreCheck/v1': (0,_findings_identity_js__WEBPACK_IMPORTED_MODULE_0__/* .findingFingerprint */ .i)(finding, uri) },
            ...(finding.target ? { properties: { target: finding.target } } : {}),
        };
    });
    const sarif = {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: 'truststore-check',
                        informationUri: _version_js__WEBPACK_IMPORTED_MODULE_4__/* .REPOSITORY_URL */ .ld,
                        semanticVersion: _version_js__WEBPACK_IMPORTED_MODULE_4__/* .VERSION */ .xv,
                        version: _version_js__WEBPACK_IMPORTED_MODULE_4__/* .VERSION */ .xv,
                        rules,
                    },
                },
                originalUriBaseIds: { '%SRCROOT%': { description: { text: 'The repository root.' } } },
                results,
            },
        ],
    };
    return `${JSON.stringify(sarif, null, 2)}\n`;
}


/***/ }),

/***/ 311:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NT: () => (/* binding */ RULES_DOC_URL),
/* harmony export */   ld: () => (/* binding */ REPOSITORY_URL),
/* harmony export */   xv: () => (/* binding */ VERSION)
/* harmony export */ });
/** Kept in step with package.json and CHANGELOG.md by a test and by the release check (scripts/check-release.mjs). */
const VERSION = '0.1.0';
/** The project's home; the owner is a placeholder until the repository is published. */
const REPOSITORY_URL = 'https://github.com/truststore-check/truststore-check';
/**
 * Where users read about a rule; findings link here by rule id. The exact
 * release tag (vX.Y.Z), which exists for every released version and never
 * moves, so a link always shows the rules of the version that wrote it.
 */
const RULES_DOC_URL = `${REPOSITORY_URL}/blob/v${VERSION}/docs/rules.md`;


/***/ })

};
