export const id = 249;
export const ids = [249];
export const modules = {

/***/ 8249:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   verifyTriggeringPullRequest: () => (/* binding */ verifyTriggeringPullRequest)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);

/**
 * The pull request a workflow_run job checks, established from the event
 * and the API alone: the triggering run's head commit (from the event), and
 * an open pull request whose head is exactly that commit. A number given as
 * input (from anywhere) is only accepted if GitHub says so too; nothing from
 * the triggering run's artifacts is trusted. Throws before anything is
 * written when they disagree.
 */
async function verifyTriggeringPullRequest(client, context, claimed) {
    const run = context.triggeringRun;
    if (!run || run.event !== 'pull_request')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .e('on workflow_run, the triggering run must be a pull_request run');
    if (claimed.headSha !== undefined && claimed.headSha !== run.headSha)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .e(`input head-sha ${claimed.headSha.slice(0, 12)} is not the triggering run's head ${run.headSha.slice(0, 12)}; nothing was posted`);
    const repo = { owner: context.owner, repo: context.repo };
    let candidates;
    if (claimed.pullRequest !== undefined) {
        candidates = [(await client.rest.pulls.get({ ...repo, pull_number: claimed.pullRequest })).data];
    }
    else {
        if (!run.headRepository || !run.headBranch)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .e('the workflow_run event names no head repository and branch to find its pull request by');
        const headOwner = run.headRepository.split('/')[0];
        candidates = await client.paginate(client.rest.pulls.list, {
            ...repo,
            state: 'open',
            head: `${headOwner}:${run.headBranch}`,
            per_page: 100,
        });
    }
    const match = candidates.find((pull) => pull.state === 'open' && pull.head.sha === run.headSha);
    if (!match)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .e(claimed.pullRequest !== undefined
            ? `pull request #${claimed.pullRequest} is not open with head ${run.headSha.slice(0, 12)}; nothing was posted`
            : `no open pull request has head ${run.headSha.slice(0, 12)} (it may have moved on); nothing was posted`);
    return { number: match.number, headSha: run.headSha, baseSha: match.base.sha };
}


/***/ })

};
