export const id = 441;
export const ids = [441];
export const modules = {

/***/ 7441:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createClient: () => (/* binding */ createClient),
/* harmony export */   describeApiError: () => (/* binding */ describeApiError),
/* harmony export */   isPermissionError: () => (/* binding */ isPermissionError),
/* harmony export */   ownLogin: () => (/* binding */ ownLogin)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4436);
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2270);
/* harmony import */ var _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9735);
/* harmony import */ var _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6856);
/* harmony import */ var bottleneck_light_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3251);
/* harmony import */ var bottleneck_light_js__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(bottleneck_light_js__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3246);







/**
 * The REST client with octokit's own retry (5xx) and throttling (rate limits,
 * `retry-after`, one write a second, one notifying write every three) plugins. TRUSTSTORE_CHECK_API_PACING_MS
 * scales every wait (default 1000 ms, as GitHub asks); the tests set it to 0.
 */
function createClient(token, baseUrl) {
    const pacing = Number(process.env.TRUSTSTORE_CHECK_API_PACING_MS ?? 1000);
    const unit = Number.isFinite(pacing) && pacing >= 0 ? pacing : 1000;
    const retryOnLimit = (what) => (retryAfter, options, _octokit, retryCount) => {
        (0,_log_js__WEBPACK_IMPORTED_MODULE_4__/* .logLine */ .B)(`GitHub ${what} on ${options.method} ${options.url}; retry ${retryCount + 1} after ${retryAfter} s.`);
        return retryCount < 2;
    };
    return (0,_actions_github__WEBPACK_IMPORTED_MODULE_2__/* .getOctokit */ .Q)(token, {
        baseUrl,
        retry: { retryAfterBaseValue: unit, retries: 3 },
        throttle: {
            retryAfterBaseValue: unit,
            fallbackSecondaryRateRetryAfter: 60,
            // octokit's own spacing (1 s between writes, 3 s between writes that notify people), scaled.
            write: new (bottleneck_light_js__WEBPACK_IMPORTED_MODULE_3___default().Group)({ id: 'truststore-check-write', maxConcurrent: 1, minTime: unit }),
            notifications: new (bottleneck_light_js__WEBPACK_IMPORTED_MODULE_3___default().Group)({
                id: 'truststore-check-notifications',
                maxConcurrent: 1,
                minTime: 3 * unit,
            }),
            onRateLimit: retryOnLimit('rate limit'),
            onSecondaryRateLimit: retryOnLimit('secondary rate limit'),
        },
        // Octokit logs every failed request at warn level; failures are reported by the channels instead.
        log: {
            debug: () => { },
            info: () => { },
            warn: (message) => _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .debug */ .Yz(message),
            error: (message) => _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .debug */ .Yz(message),
        },
    }, _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_5__/* .retry */ .L, _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_6__/* .throttling */ .A);
}
/** Who GITHUB_TOKEN's comments are written by: what `GET /user` cannot say for an installation token. */
const ACTIONS_BOT = 'github-actions[bot]';
/**
 * The login this token writes comments as, so that only comments it wrote are
 * read back as the action's own (anyone can copy a hidden marker into a
 * comment). A personal token answers `GET /user`; an installation token
 * (GITHUB_TOKEN, a GitHub App's: prefix `ghs_`) gets 403 there, but GraphQL's
 * viewer names its bot; failing both, the token is GITHUB_TOKEN's.
 */
async function ownLogin(client, token) {
    if (!token.startsWith('ghs_')) {
        try {
            return (await client.rest.users.getAuthenticated()).data.login;
        }
        catch {
            // an installation token in another format: GraphQL below
        }
    }
    try {
        const answer = await client.graphql('query { viewer { login } }');
        if (typeof answer.viewer?.login === 'string' && answer.viewer.login !== '')
            return answer.viewer.login;
    }
    catch {
        // no GraphQL access: the default token's bot
    }
    return ACTIONS_BOT;
}
/** A write refused because the token may not write (forks, Dependabot, missing `permissions:`), not a rate limit. */
function isPermissionError(error) {
    const status = error?.status;
    return status === 403 && !/rate limit/i.test((0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .describeError */ .U)(error));
}
function describeApiError(error) {
    const status = error?.status;
    // Octokit appends " - <documentation url>"; the status and GitHub's own words are what help.
    const message = String(error?.message ?? error)
        .split('\n')[0]
        .replace(/ - https?:\/\/\S+$/, '')
        .slice(0, 300);
    return status ? `${status} ${message}` : message;
}


/***/ })

};
