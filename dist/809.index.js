export const id = 809;
export const ids = [809];
export const modules = {

/***/ 3809:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   publishStickyComment: () => (/* binding */ publishStickyComment),
/* harmony export */   summaryMarker: () => (/* binding */ summaryMarker)
/* harmony export */ });
/** The hidden marker that finds the summary comment again on the next run. */
function summaryMarker(check) {
    return `<!-- truststore-check:summary check=${encodeURIComponent(check)} -->`;
}
/**
 * Creates the pull request's summary comment, or edits it in place when a
 * previous run made one: a comment by `ownLogin` with the marker, never
 * someone else's copy of it.
 */
async function publishStickyComment(client, context, check, body, ownLogin) {
    const base = { owner: context.owner, repo: context.repo, issue_number: context.pullRequest };
    const marker = summaryMarker(check);
    const comments = await client.paginate(client.rest.issues.listComments, { ...base, per_page: 100 });
    const previous = comments.find((comment) => comment.user?.login === ownLogin && comment.body?.includes(marker));
    if (previous) {
        await client.rest.issues.updateComment({ owner: base.owner, repo: base.repo, comment_id: previous.id, body });
        return 'updated';
    }
    await client.rest.issues.createComment({ ...base, body });
    return 'created';
}


/***/ })

};
