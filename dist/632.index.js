export const id = 632;
export const ids = [632];
export const modules = {

/***/ 4632:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   publishCheckRun: () => (/* binding */ publishCheckRun)
/* harmony export */ });
/* unused harmony export ANNOTATIONS_PER_REQUEST */
/* harmony import */ var _findings_severity_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5131);
/* harmony import */ var _report_report_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8850);
/* harmony import */ var _github_limits_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6540);



/** The Checks API takes at most 50 annotations per request; more go in further updates. */
const ANNOTATIONS_PER_REQUEST = 50;
const LEVEL = { error: 'failure', warning: 'warning', notice: 'notice' };
/** A completed check run on the head commit titled by the verdict, each finding to annotate (most severe first, up to MAX_CHECK_ANNOTATIONS) an annotation, sent in batches of 50. */
async function publishCheckRun(client, context, request) {
    const { report } = request;
    const annotated = [...request.annotate]
        .sort((a, b) => (0,_findings_severity_js__WEBPACK_IMPORTED_MODULE_0__/* .bySeverity */ .Np)(a.severity, b.severity))
        .slice(0, _github_limits_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_CHECK_ANNOTATIONS */ .Bp);
    const left = request.annotate.length - annotated.length;
    const note = left > 0
        ? `\n\n${(0,_findings_severity_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(left, 'more finding')} (the least severe) are not annotated here, to spare the API: every finding is in the job summary and the JSON report.`
        : '';
    const output = {
        title: request.title.slice(0, 1000),
        summary: request.summary.slice(0, _github_limits_js__WEBPACK_IMPORTED_MODULE_1__/* .CHECK_OUTPUT_LIMIT */ .tw - note.length) + note,
    };
    const annotations = annotated.map((finding) => ({
        path: request.repoPath(finding.file),
        start_line: finding.line,
        end_line: Math.max(finding.line, finding.endLine),
        annotation_level: LEVEL[finding.severity],
        title: finding.ruleId,
        message: (0,_report_report_js__WEBPACK_IMPORTED_MODULE_2__/* .findingMessage */ .pG)(report, finding).slice(0, _github_limits_js__WEBPACK_IMPORTED_MODULE_1__/* .ANNOTATION_MESSAGE_LIMIT */ .MN),
    }));
    const created = await client.rest.checks.create({
        owner: context.owner,
        repo: context.repo,
        name: request.name,
        head_sha: context.headSha,
        status: 'completed',
        conclusion: request.failed ? 'failure' : 'success',
        completed_at: new Date().toISOString(),
        ...(context.runUrl ? { details_url: context.runUrl } : {}),
        output: { ...output, annotations: annotations.slice(0, ANNOTATIONS_PER_REQUEST) },
    });
    for (let start = ANNOTATIONS_PER_REQUEST; start < annotations.length; start += ANNOTATIONS_PER_REQUEST) {
        await client.rest.checks.update({
            owner: context.owner,
            repo: context.repo,
            check_run_id: created.data.id,
            output: { ...output, annotations: annotations.slice(start, start + ANNOTATIONS_PER_REQUEST) },
        });
    }
    return created.data.html_url ?? undefined;
}


/***/ })

};
