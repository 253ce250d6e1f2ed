export const id = 787;
export const ids = [787];
export const modules = {

/***/ 2787:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   expiryIssue: () => (/* binding */ expiryIssue),
/* harmony export */   publishExpiryIssue: () => (/* binding */ publishExpiryIssue)
/* harmony export */ });
/* harmony import */ var _findings_severity_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5131);
/* harmony import */ var _report_markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9717);
/* harmony import */ var _github_limits_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6540);



/** The findings an expiry issue lists: what has expired or expires within the warning window. */
const EXPIRY_RULES = new Set(['certificate-expired', 'certificate-expiring-soon', 'crl-expired', 'crl-expiring-soon']);
/** Rows before "and N more": an issue is read by people, the report holds the rest. */
const MAX_ROWS = 200;
/** Open issues looked through for the previous one (oldest first): 10 pages of 100. */
const MAX_ISSUE_PAGES = 10;
function marker(check) {
    return `<!-- truststore-check:expiry-issue check=${encodeURIComponent(check)} -->`;
}
/**
 * What a scheduled run keeps in front of people: every certificate and CRL
 * that has expired or expires within the window, grouped by target, soonest
 * first. Undefined when there is nothing (the issue is then closed).
 */
function expiryIssue(report, options) {
    const findings = report.findings.filter((finding) => EXPIRY_RULES.has(finding.ruleId));
    if (findings.length === 0)
        return undefined;
    // Indexed: a wide window over ten thousand clients lists ten thousand certificates.
    const key = (target, file, line, sha256) => JSON.stringify([target ?? '', file, line, sha256 ?? '']);
    const dates = new Map(report.certificates.map((entry) => [key(entry.target, entry.file, entry.line, entry.sha256), entry.notAfter]));
    const notAfter = (finding) => dates.get(key(finding.target, finding.file, finding.line, finding.certificate?.sha256));
    const rows = findings
        .map((finding) => ({ finding, notAfter: notAfter(finding) }))
        .sort((a, b) => (a.notAfter ?? '').localeCompare(b.notAfter ?? ''));
    const expired = findings.filter((finding) => finding.ruleId.endsWith('-expired')).length;
    const soon = findings.length - expired;
    const title = `${options.check}: ${[
        expired > 0 ? `${expired} expired` : '',
        soon > 0 ? `${soon} expiring within ${(0,_findings_severity_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(options.expiryWarningDays, 'day')}` : '',
    ]
        .filter(Boolean)
        .join(', ')}`;
    const day = 86_400_000;
    const lines = [
        `### ${(0,_report_markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(options.check)}: what expires within ${(0,_findings_severity_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(options.expiryWarningDays, 'day')}`,
        '',
        `As of ${options.at.toISOString().slice(0, 10)}${options.runUrl ? ` ([run](${options.runUrl}))` : ''}. Renew these and update the gateway's truststore; this issue is updated by each scheduled run and closed once nothing is left.`,
        '',
    ];
    const shown = rows.slice(0, MAX_ROWS);
    for (const target of new Set(shown.map((row) => row.finding.target ?? ''))) {
        if (target) {
            const profile = report.targets.find((entry) => entry.name === target)?.profile.name ?? '';
            lines.push(`#### ${(0,_report_markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(target)}${profile ? ` (${(0,_report_markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(profile)})` : ''}`, '');
        }
        lines.push('| expires | days left | where | what |', '| --- | ---: | --- | --- |');
        for (const { finding, notAfter: date } of shown.filter((row) => (row.finding.target ?? '') === target)) {
            const left = date ? Math.floor((Date.parse(date) - options.at.getTime()) / day) : undefined;
            const file = options.repoPath(finding.file);
            const where = `[${(0,_report_markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(`${file}:${finding.line}`)}](${options.linkTo(file, finding.line)})`;
            lines.push(`| ${date ? date.slice(0, 10) : '—'} | ${left ?? '—'} | ${where} | ${(0,_report_markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(finding.certificate?.subject ?? finding.message)} |`);
        }
        lines.push('');
    }
    if (rows.length > MAX_ROWS)
        lines.push(`And ${rows.length - MAX_ROWS} more: see the run's job summary or JSON report.`, '');
    const tail = marker(options.check);
    return { title, body: `${lines.join('\n').slice(0, _github_limits_js__WEBPACK_IMPORTED_MODULE_2__/* .COMMENT_LIMIT */ .W$ - tail.length - 1)}\n${tail}` };
}
/**
 * Keeps one open issue per check: created when something expires, edited
 * when the list changes, closed when it is empty. Only an issue `ownLogin`
 * opened with the marker at the end of its body counts, never a copy.
 */
async function publishExpiryIssue(client, context, check, issue, ownLogin) {
    const base = { owner: context.owner, repo: context.repo };
    const tail = marker(check);
    let previous;
    let page = 0;
    for await (const response of client.paginate.iterator(client.rest.issues.listForRepo, {
        ...base,
        state: 'open',
        sort: 'created',
        direction: 'asc',
        per_page: 100,
    })) {
        previous = response.data.find((candidate) => !candidate.pull_request && candidate.user?.login === ownLogin && (candidate.body ?? '').endsWith(tail));
        if (previous || ++page >= MAX_ISSUE_PAGES)
            break;
    }
    if (!issue) {
        if (!previous)
            return 'nothing expires, no issue open';
        await client.rest.issues.update({
            ...base,
            issue_number: previous.number,
            state: 'closed',
            state_reason: 'completed',
            body: `Nothing expires within the warning window any more: closed by ${(0,_report_markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(check)}.\n${tail}`,
        });
        return `issue #${previous.number} closed`;
    }
    if (!previous) {
        const created = await client.rest.issues.create({ ...base, title: issue.title, body: issue.body });
        return `issue #${created.data.number} opened`;
    }
    if (previous.title === issue.title && previous.body === issue.body)
        return `issue #${previous.number} unchanged`;
    await client.rest.issues.update({ ...base, issue_number: previous.number, title: issue.title, body: issue.body });
    return `issue #${previous.number} updated`;
}


/***/ })

};
