export const id = 318;
export const ids = [318];
export const modules = {

/***/ 7318:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  publishReview: () => (/* binding */ publishReview)
});

// UNUSED EXPORTS: MAX_REVIEW_COMMENTS, MAX_REVIEW_EDITS

// EXTERNAL MODULE: ./src/findings/fix.ts
var findings_fix = __webpack_require__(7625);
// EXTERNAL MODULE: ./src/findings/identity.ts
var identity = __webpack_require__(4770);
// EXTERNAL MODULE: ./src/report/headline.ts
var headline = __webpack_require__(4512);
// EXTERNAL MODULE: ./src/report/markdown-escape.ts
var markdown_escape = __webpack_require__(9717);
// EXTERNAL MODULE: ./src/report/report.ts
var report_report = __webpack_require__(8850);
;// CONCATENATED MODULE: ./src/action/diff.ts
/**
 * Walks a patch's hunks once for both sides. A comment anywhere else makes
 * GitHub reject the whole review.
 */
function diffLines(patch) {
    const result = { commentable: new Set(), removed: new Set() };
    if (!patch)
        return result;
    let left = 0;
    let right = 0;
    let inHunk = false;
    const patchLines = patch.split('\n');
    if (patchLines[patchLines.length - 1] === '')
        patchLines.pop();
    for (const line of patchLines) {
        const hunk = /^@@ -(\d+)(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(line);
        if (hunk) {
            left = Number(hunk[1]);
            right = Number(hunk[2]);
            inHunk = true;
            continue;
        }
        if (!inHunk)
            continue;
        if (line.startsWith('+'))
            result.commentable.add(right++);
        else if (line.startsWith('-'))
            result.removed.add(left++);
        // A context line; an empty one has lost its leading space in transit.
        else if (line.startsWith(' ') || line === '') {
            result.commentable.add(right++);
            left++;
        }
        // '\ No newline at end of file' takes no line on either side.
    }
    return result;
}
/** The right-hand lines a review comment may be placed on. */
function commentableLines(patch) {
    return diffLines(patch).commentable;
}
/** The left-hand lines a patch deletes: where a comment about something removed (side LEFT) may go. */
function removedLines(patch) {
    return diffLines(patch).removed;
}

// EXTERNAL MODULE: ./src/findings/severity.ts
var severity = __webpack_require__(5131);
// EXTERNAL MODULE: ./src/rules/registry.ts + 28 modules
var registry = __webpack_require__(7531);
// EXTERNAL MODULE: ./src/rules/rule.ts
var rule = __webpack_require__(281);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
// EXTERNAL MODULE: ./src/action/github-limits.ts
var github_limits = __webpack_require__(6540);
;// CONCATENATED MODULE: ./src/action/github/review-comments.ts








/**
 * What review comments say: the findings on one line, worst first, with the
 * gateway's consequence once and the advice that fits; what removing a CA
 * does; and a fix as a one-click suggestion.
 */
/** A suggestion's share of a comment, leaving the finding's own text room within COMMENT_LIMIT. */
const MAX_SUGGESTION = github_limits/* COMMENT_LIMIT */.W$ - 16_384;
/** Client files named in one comment; the rest are counted. */
const NAMED_CLIENTS = 20;
/** Client files as a Markdown list, the first NAMED_CLIENTS named, then "and N more" with `where` the rest are. */
function clientList(files, where = '') {
    const more = files.length - NAMED_CLIENTS;
    return [
        ...files.slice(0, NAMED_CLIENTS).map((file) => `- ${(0,markdown_escape/* escapeMarkdown */.FV)(file)}`),
        ...(more > 0 ? [`- and ${more} more${where}`] : []),
    ];
}
/** What removing a CA does, on its deleted lines: the clients it served, named, and the two ways forward. */
function removedCaBody(ca, profile) {
    const served = ca.clients.length === 0
        ? ['No client certificate in the repository chains through it; clients elsewhere that do lose access.']
        : [
            `${ca.clients.length === 1 ? 'This client chains through it today and gets' : `These ${ca.clients.length} clients chain through it today and get`} ${(0,rule/* refusal */.x5)(profile, 'untrusted')} once the new truststore is deployed:`,
            '',
            ...clientList(ca.clients, " (see the JSON report's `changes`)"),
            '',
            `**Before merging, one of two:** re-issue ${ca.clients.length === 1 ? 'this client' : 'these clients'} under a CA the truststore keeps (and commit the new certificates in this pull request), or keep this CA in the truststore until they have moved.`,
        ];
    return [
        `**⚠️ This pull request removes ${(0,markdown_escape/* escapeMarkdown */.FV)(ca.subject)} from the truststore.**`,
        '',
        ...served,
        '',
        `<sub>SHA-256 ${ca.sha256}. Reported by truststore-check.</sub>`,
    ].join('\n');
}
/**
 * An unused CA's lines deleted: what a one-click suggestion offers for an
 * expired CA no client chains through. It says which certificate it removes,
 * as every fix must: the result is read again and has to load exactly that less.
 */
function deletionFix(file, line, endLine, sha256) {
    return {
        file,
        line,
        endLine,
        description: 'Delete this expired CA: no client in the repository chains through it.',
        replacement: [],
        certificates: { removed: [sha256] },
    };
}
/**
 * A fix as a GitHub suggestion on the head's lines, when every line it
 * replaces is one a review comment may cover; an empty block deletes them.
 */
function suggestion(fix, path, diff, headLines) {
    const commentable = diff.get(path)?.commentable;
    for (let line = fix.line; line <= fix.endLine; line++)
        if (!commentable?.has(line))
            return undefined;
    // The lines must still be what the check read: a suggestion on lines that moved would break the file.
    if (fix.endLine > (headLines(fix.file)?.length ?? 0))
        return undefined;
    // A suggestion is a change of trust: its result is read again and must load exactly what the fix says.
    if ((0,findings_fix/* planFixes */.T9)([fix], headLines).applied.length === 0)
        return undefined;
    const replacement = (0,findings_fix/* replacementLines */.MG)(fix, headLines);
    if (!replacement)
        return undefined;
    const block = replacement.length === 0 ? '```suggestion\n```' : (0,markdown_escape/* codeBlock */.DV)(replacement.join('\n'), 'suggestion');
    // A suggestion cut to fit a comment would write half a file: one that does not fit whole is not offered.
    if (block.length > MAX_SUGGESTION)
        return undefined;
    return {
        at: { ...(fix.endLine > fix.line ? { startLine: fix.line } : {}), line: fix.endLine },
        text: `**Suggested fix:** ${(0,markdown_escape/* escapeMarkdown */.FV)(fix.description)}\n\n${block}`,
    };
}
const KEY_RULE = 'private-key-in-repository';
/** Advice a committed key makes moot: a leaked key is replaced, not paired with its certificate. */
const MOOT_WITH_LEAKED_KEY = new Set(['key-mismatch']);
/**
 * The findings on one line in one comment, worst first: what is wrong (each
 * in its own words, which for a client already say what the gateway does),
 * the gateway's consequence once where a message does not say it, and each
 * fix once, a leaked key's before anything it makes moot.
 */
function commentBody(findings, profile, report, 
/** A suggested change for the lines the comment is on (Markdown). */
suggestion, 
/** The rule whose advice the suggestion replaces (a deletion instead of "renew it"). */
suggestionReplaces) {
    const lines = [];
    for (const finding of findings)
        lines.push(`**${severity/* SEVERITY_ICON */._9[finding.severity]} ${finding.severity}: [\`${finding.ruleId}\`](${version/* RULES_DOC_URL */.NT}#${finding.ruleId})** ${(0,markdown_escape/* escapeMarkdown */.FV)((0,report_report/* findingMessage */.pG)(report, finding))}`, '');
    const leaked = findings.some((finding) => finding.ruleId === KEY_RULE);
    const rules = [...new Set(findings.map((finding) => finding.ruleId))]
        .filter((id) => !(leaked && MOOT_WITH_LEAKED_KEY.has(id)))
        .sort((a, b) => Number(b === KEY_RULE) - Number(a === KEY_RULE))
        .map((id) => (0,registry/* findRule */.I)(id))
        .filter((rule) => rule !== undefined);
    // A client's message already says how the gateway refuses it; a bundle's consequence would add its upload.
    const saysGateway = findings.every((finding) => finding.message.includes(profile.wording.refusal) || finding.message.includes(profile.wording.gateway));
    if (!saysGateway) {
        const consequences = [...new Set(rules.map((rule) => rule.consequence(profile)))];
        lines.push(`**At the gateway:** ${consequences.join(' ')}`, '');
    }
    if (leaked && findings.some((finding) => MOOT_WITH_LEAKED_KEY.has(finding.ruleId)))
        lines.push('Whether this key matches its certificate no longer matters: it is in the repository, so treat it as leaked.', '');
    const advised = rules.filter((rule) => rule.id !== suggestionReplaces);
    for (const rule of advised)
        lines.push(`**Fix${advised.length > 1 ? ` (\`${rule.id}\`)` : ''}:** ${rule.remedy}`, '');
    const commands = [...new Set(findings.flatMap((finding) => (finding.command ? [finding.command] : [])))];
    for (const command of commands)
        lines.push('**Confirm:**', '', (0,markdown_escape/* codeBlock */.DV)(command), '');
    if (suggestion)
        lines.push(suggestion, '');
    lines.push('<sub>Reported by truststore-check. Suppress by rule id and path or fingerprint in `.truststore-check.yml`.</sub>');
    return lines.join('\n');
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/action/github/review-marker.ts


// The marker each review comment ends with: whose check it is, the finding's identity and a hash of what it says,
// so a re-run edits or resolves its own comments instead of posting again.
// Anchored at the end, where withMarker puts it: a suggestion quotes file lines, which could hold a copy of a marker.
const MARKER = /<!-- truststore-check:finding check=(\S+) id=([0-9a-f]+) hash=([0-9a-f]+)( fixed)? -->\s*$/;
/** Content cut to fit, then the marker: cutting the whole body could drop the marker and make a re-run post again. */
function withMarker(content, marker) {
    return `${content.slice(0, github_limits/* COMMENT_LIMIT */.W$ - marker.length - 1)}\n${marker}`;
}
function hashOf(text) {
    return (0,external_node_crypto_.createHash)('sha256').update(text).digest('hex').slice(0, 16);
}
/** The check name a marker carries; a marker that does not decode is nobody's. */
function markerCheck(encoded) {
    try {
        return decodeURIComponent(encoded);
    }
    catch {
        return undefined;
    }
}
function markerFor(check, id, hash, fixed = false) {
    return `<!-- truststore-check:finding check=${encodeURIComponent(check)} id=${id} hash=${hash}${fixed ? ' fixed' : ''} -->`;
}

;// CONCATENATED MODULE: ./src/action/github/review.ts








/** Public actions keep to about 30 review comments a run to stay clear of GitHub's abuse limits. */
const MAX_REVIEW_COMMENTS = 30;
/** Edits of earlier comments (changed or fixed findings) per run: each is a write against the token's budget. */
const MAX_REVIEW_EDITS = 30;
/** What a review request may carry: what GitHub takes from a placed comment. */
function reviewComment(p) {
    return {
        path: p.path,
        ...(p.startLine !== undefined ? { start_line: p.startLine, start_side: p.side } : {}),
        line: p.line,
        side: p.side,
        body: p.body,
    };
}
/**
 * Posts `fresh` as one review. GitHub refuses a whole review (422) for one
 * comment it will not take (a line the diff lost to a push in between, a
 * file it shows no diff for): then the comments are posted in halves, down
 * to the one it refuses, which is dropped alone. Returns how many were.
 */
async function postReview(client, request, fresh) {
    try {
        await client.rest.pulls.createReview({ ...request, event: 'COMMENT', comments: fresh.map(reviewComment) });
        return [];
    }
    catch (error) {
        if (error.status !== 422)
            throw error;
        if (fresh.length === 1)
            return [...fresh];
        const half = Math.ceil(fresh.length / 2);
        return [
            ...(await postReview(client, request, fresh.slice(0, half))),
            ...(await postReview(client, request, fresh.slice(half))),
        ];
    }
}
/**
 * One review with a comment per line this pull request changes that has
 * findings (never outside the diff), the findings on one line together, worst
 * first. Every body carries a hidden marker with a stable fingerprint, so a
 * re-run adds nothing already there, edits what changed, and marks as fixed
 * what is gone. Only comments `ownLogin` wrote count: a copy of the marker in
 * anyone else's comment neither hides a finding nor gets edited. An edit
 * GitHub refuses is skipped, not fatal; at most MAX_REVIEW_EDITS are made per
 * run. The review's body is the verdict headline, escaped: it names files and CAs from the pull request.
 */
async function publishReview(client, context, options) {
    const { check, report, repoPath, profileOf, headLines } = options;
    const base = { owner: context.owner, repo: context.repo, pull_number: context.pullRequest };
    const files = await client.paginate(client.rest.pulls.listFiles, { ...base, per_page: 100 });
    // Each file's patch parsed once, for both sides.
    const diff = new Map(files.map((file) => [file.filename, diffLines(file.patch)]));
    const placed = [];
    const full = () => placed.length >= MAX_REVIEW_COMMENTS;
    /** A comment to post (or keep): the hash of what it says and where tells a re-run whether to edit it. */
    const place = (path, at, side, id, content, findings = []) => {
        const where = [
            path,
            ...(at.startLine !== undefined ? [at.startLine] : []),
            at.line,
            ...(side === 'LEFT' ? [side] : []),
        ];
        const hash = hashOf([content, ...where].join('\0'));
        placed.push({ path, ...at, side, id, hash, findings, body: withMarker(content, markerFor(check, id, hash)) });
    };
    const notInReview = [];
    const ids = new Set();
    // Removed CAs first: the lines are gone from the head, so the comment sits on the deleted lines (LEFT).
    for (const ca of report.changes?.truststore.removed ?? []) {
        const path = repoPath(ca.file);
        const id = hashOf(`removed-ca\0${path}\0${ca.sha256}`);
        ids.add(id);
        // git may align a deletion so that the block's BEGIN line reads as context: the first deleted line of the block.
        const deleted = diff.get(path)?.removed ?? new Set();
        const line = [...deleted].sort((a, b) => a - b).find((n) => n >= ca.line && n <= ca.endLine);
        if (line === undefined || full())
            continue;
        place(path, { line }, 'LEFT', id, removedCaBody(ca, profileOf(ca.target)));
    }
    // Fixes in another file than their findings' (a CA the clients send, added to the truststore): one comment per edit.
    const elsewhere = new Map();
    for (const finding of report.findings) {
        if (!finding.fix || finding.fix.file === finding.file)
            continue;
        const key = (0,findings_fix/* fixKey */.hf)(finding.fix);
        const entry = elsewhere.get(key) ?? { fix: finding.fix, findings: [] };
        entry.findings.push(finding);
        elsewhere.set(key, entry);
    }
    for (const [key, { fix, findings }] of elsewhere) {
        const path = repoPath(fix.file);
        const id = hashOf(`fix\0${path}\0${key}`);
        ids.add(id);
        const offered = suggestion(fix, path, diff, headLines);
        if (!offered || full())
            continue;
        const content = [
            `**💡 ${findings.length === 1 ? 'A client is' : `${findings.length} clients are`} refused (\`${findings[0].ruleId}\`) for want of what this suggestion adds:**`,
            '',
            ...clientList(findings.map((finding) => finding.file)),
            '',
            offered.text,
            '',
            '<sub>Reported by truststore-check.</sub>',
        ].join('\n');
        place(path, offered.at, 'RIGHT', id, content);
    }
    // An expired CA no client uses: deleting it is the fix, offered in one click.
    const unused = new Set(report.changes?.truststore.unused.map((ca) => (0,report_report/* targetKey */.hD)(ca.target, ca.sha256)) ?? []);
    const fixOf = (finding) => finding.fix ??
        (finding.ruleId === 'certificate-expired' &&
            finding.certificate &&
            unused.has((0,report_report/* targetKey */.hD)(finding.target, finding.certificate.sha256))
            ? deletionFix(finding.file, finding.line, finding.endLine, finding.certificate.sha256)
            : undefined);
    // The findings on each line, together (per target: each speaks of its own gateway): the first line the diff shows.
    const groups = new Map();
    for (const finding of [...report.findings].sort((0,headline/* worstFirst */.m)(report))) {
        const path = repoPath(finding.file);
        ids.add((0,identity/* findingFingerprint */.i)(finding, path));
        const lines = diff.get(path)?.commentable;
        let line;
        for (let n = finding.line; lines && n <= Math.max(finding.line, finding.endLine); n++) {
            if (lines.has(n)) {
                line = n;
                break;
            }
        }
        if (line === undefined) {
            notInReview.push(finding);
            continue;
        }
        const key = `${finding.target ?? ''}\0${path}\0${line}`;
        const group = groups.get(key) ?? { path, line, findings: [] };
        group.findings.push(finding);
        groups.set(key, group);
    }
    for (const { path, line, findings } of groups.values()) {
        const [worst] = findings;
        const id = (0,identity/* findingFingerprint */.i)(worst, path);
        if (full() || placed.some((p) => p.id === id)) {
            notInReview.push(...findings);
            continue;
        }
        const fixes = findings.map(fixOf);
        const fixed = fixes.findIndex((candidate) => candidate && candidate.file === worst.file);
        const offered = fixed >= 0 ? suggestion(fixes[fixed], path, diff, headLines) : undefined;
        // A deletion offered in place of the rule's own fix (an unused expired CA) replaces its advice (renew it).
        const instead = offered && !findings[fixed].fix ? findings[fixed].ruleId : undefined;
        place(path, offered?.at ?? { line }, 'RIGHT', id, commentBody(findings, profileOf(worst.target), report, offered?.text, instead), findings);
    }
    const existing = (await client.paginate(client.rest.pulls.listReviewComments, { ...base, per_page: 100 }))
        .filter((comment) => comment.user?.login === options.ownLogin)
        .map((comment) => ({ comment, marker: MARKER.exec(comment.body ?? '') }))
        .filter((entry) => entry.marker && markerCheck(entry.marker[1]) === check);
    const byId = new Map(existing.map((entry) => [entry.marker[2], entry]));
    const fresh = placed.filter((p) => !byId.has(p.id));
    let updated = 0;
    let resolved = 0;
    let skippedEdits = 0;
    const edit = async (commentId, body) => {
        if (updated + resolved >= MAX_REVIEW_EDITS) {
            skippedEdits++;
            return false;
        }
        try {
            await client.rest.pulls.updateReviewComment({ owner: base.owner, repo: base.repo, comment_id: commentId, body });
            return true;
        }
        catch {
            skippedEdits++;
            return false;
        }
    };
    const refused = fresh.length > 0
        ? await postReview(client, { ...base, commit_id: context.headSha, body: (0,markdown_escape/* escapeMarkdown */.FV)(options.headline) }, fresh)
        : [];
    // A refused comment's findings (every one on its line) go to the check run's annotations and the summary comment instead.
    for (const p of refused)
        notInReview.push(...p.findings);
    for (const p of placed) {
        const entry = byId.get(p.id);
        if (!entry || entry.marker[3] === p.hash)
            continue;
        if (await edit(entry.comment.id, p.body))
            updated++;
    }
    for (const [id, entry] of byId) {
        // Gone from the report (not merely beyond the comment cap or outside the diff): mark the comment fixed, once.
        if (ids.has(id) || entry.marker[4])
            continue;
        // A suggestion kept in a fixed comment could still be applied: it is shown as plain text.
        const original = (entry.comment.body ?? '')
            .replace(MARKER, '')
            .replace(/^(`{3,})suggestion$/gm, '$1text')
            .trim();
        const body = withMarker(`✅ **Fixed:** truststore-check no longer reports this.\n\n<details><summary>Original comment</summary>\n\n${original}\n\n</details>`, markerFor(check, id, entry.marker[3], true));
        if (await edit(entry.comment.id, body))
            resolved++;
    }
    return {
        created: fresh.length - refused.length,
        updated,
        resolved,
        skippedEdits,
        notInReview,
        // Quoted: a path is the pull request's to choose, and a newline in it must not start a workflow command in the log.
        refused: refused.map((p) => `${JSON.stringify(p.path)} line ${p.line}${p.side === 'LEFT' ? ' (deleted)' : ''}`),
    };
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
