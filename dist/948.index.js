export const id = 948;
export const ids = [948];
export const modules = {

/***/ 7948:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  formatMarkdown: () => (/* binding */ formatMarkdown)
});

// UNUSED EXPORTS: commandLines

// EXTERNAL MODULE: ./src/findings/severity.ts
var severity = __webpack_require__(5131);
// EXTERNAL MODULE: ./src/profiles/registry.ts + 12 modules
var registry = __webpack_require__(9908);
;// CONCATENATED MODULE: ./src/report/impact.ts


/** Clients (and CAs) named before "and N more": the rest are in the JSON report. */
const NAMED = 10;
/** The profile of a target of the report (the report's own when it has no targets by name). */
function profileOf(report, target) {
    return (0,registry/* findProfile */.$O)(report.targets.find((entry) => entry.name === (target ?? ''))?.profile.id ?? report.profile.id);
}
function named(clients) {
    const names = clients.slice(0, NAMED).map((client) => client.file);
    const more = clients.length - names.length;
    return more > 0 ? `${names.join(', ')} and ${more} more` : names.join(', ');
}
/**
 * The impact of a change in the reviewer's terms: "This change refuses 11
 * clients that are accepted today, admits 2, removes 1 CA, adds 1 CA used
 * by no client". Undefined when the report was not compared with a base.
 */
function describeImpact(report) {
    const changes = report.changes;
    if (!changes)
        return undefined;
    const lockedOut = changes.clients.filter((client) => client.before === 'accepted' && client.after === 'refused');
    const admitted = changes.clients.filter((client) => client.before === 'refused' && client.after === 'accepted');
    const newRefused = changes.clients.filter((client) => client.before === 'absent' && client.after === 'refused');
    const newAccepted = changes.clients.filter((client) => client.before === 'absent' && client.after === 'accepted');
    const gone = changes.clients.filter((client) => client.after === 'absent');
    const { added, removed, renewed, unused } = changes.truststore;
    const unusedAdded = added.filter((ca) => unused.some((entry) => entry.sha256 === ca.sha256));
    const parts = [];
    if (lockedOut.length > 0)
        parts.push(`refuses ${(0,severity/* plural */.LS)(lockedOut.length, 'client')} that ${lockedOut.length === 1 ? 'is' : 'are'} accepted today`);
    if (admitted.length > 0)
        parts.push(`admits ${(0,severity/* plural */.LS)(admitted.length, 'client')} refused today`);
    if (newRefused.length > 0)
        parts.push(`adds ${(0,severity/* plural */.LS)(newRefused.length, 'client')} the gateway would refuse`);
    if (newAccepted.length > 0)
        parts.push(`adds ${(0,severity/* plural */.LS)(newAccepted.length, 'client')} the gateway accepts`);
    if (gone.length > 0)
        parts.push(`removes ${(0,severity/* plural */.LS)(gone.length, 'client file')}`);
    if (removed.length > 0)
        parts.push(`removes ${(0,severity/* plural */.LS)(removed.length, 'CA')} from the truststore`);
    if (added.length > 0)
        parts.push(`adds ${(0,severity/* plural */.LS)(added.length, 'CA')}${unusedAdded.length > 0 ? ` (${unusedAdded.length} used by no client in the repository)` : ''}`);
    if (renewed.length > 0)
        parts.push(`renews ${(0,severity/* plural */.LS)(renewed.length, 'CA')}`);
    // A changed truststore that the infrastructure code keeps from the gateway (see truststore-version-pinned).
    const unserved = report.findings.filter((finding) => finding.ruleId === 'truststore-version-pinned');
    if (unserved.length > 0)
        parts.push(`changes ${(0,severity/* plural */.LS)(unserved.length, 'truststore')} that the gateway will not serve as it stands`);
    const headline = parts.length === 0
        ? `This change does not change who can connect or what the truststores hold (compared with ${changes.base.slice(0, 12)}).`
        : `This change ${parts.join(', ')}.`;
    const details = [];
    if (lockedOut.length > 0) {
        // The gateway's consequence, when all of them are behind gateways that say it the same way.
        const refusals = new Set(lockedOut.map((client) => profileOf(report, client.target)?.wording.refusal));
        const [refusal] = refusals;
        const consequence = refusals.size === 1 && refusal ? ` (${refusal} once the new truststore is deployed)` : '';
        details.push(`Refused from now on${consequence}: ${named(lockedOut)}.`);
    }
    if (admitted.length > 0)
        details.push(`Accepted from now on: ${named(admitted)}.`);
    for (const finding of unserved)
        details.push(`Not served (${finding.file}:${finding.line}): ${finding.message}`);
    if (newRefused.length > 0)
        details.push(`New and refused: ${named(newRefused)}.`);
    const listed = (items, line, rest) => {
        for (const item of items.slice(0, NAMED))
            details.push(line(item));
        if (items.length > NAMED)
            details.push(`${(0,severity/* plural */.LS)(items.length - NAMED, `more ${rest}`)} in the JSON report.`);
    };
    listed(removed, (ca) => `Removed CA: ${ca.subject} (SHA-256 ${ca.sha256}).`, 'removed CA');
    listed(added, (ca) => `Added CA: ${ca.subject} (SHA-256 ${ca.sha256}).`, 'added CA');
    listed(renewed, (pair) => `Renewed CA: ${pair.new.subject}, valid until ${pair.old.notAfter} before and ${pair.new.notAfter} now.`, 'renewed CA');
    const deploy = [];
    if (changes.bundles.length > 0) {
        const profiles = new Set(changes.bundles.map((bundle) => profileOf(report, bundle.target)));
        for (const profile of profiles) {
            if (profile)
                deploy.push({ profile: profile.wording.gateway, ...profile.wording.deploy });
        }
    }
    return { headline, details, deploy };
}

// EXTERNAL MODULE: ./src/text/shorten.ts
var shorten = __webpack_require__(6942);
// EXTERNAL MODULE: ./src/time.ts
var time = __webpack_require__(9834);
// EXTERNAL MODULE: ./src/report/headline.ts
var headline = __webpack_require__(4512);
// EXTERNAL MODULE: ./src/report/markdown-escape.ts
var markdown_escape = __webpack_require__(9717);
// EXTERNAL MODULE: ./src/rules/registry.ts + 28 modules
var rules_registry = __webpack_require__(7531);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
// EXTERNAL MODULE: ./src/report/report.ts
var report_report = __webpack_require__(8850);
;// CONCATENATED MODULE: ./src/report/markdown-findings.ts






/** A line of a finding in a list or table: its message at most this long (the JSON report has it whole). */
const MESSAGE_LENGTH = 400;
/**
 * Fingerprints and key identifiers (64 hex digits, 95 with colons) cannot wrap
 * and push a table past the page: on a page they are shortened to their ends;
 * the JSON report keeps them whole.
 */
function shortenHexRuns(text) {
    return text.replace(/\b(?:[0-9A-Fa-f]{2}:){11,}[0-9A-Fa-f]{2}\b|\b[0-9A-Fa-f]{32,}\b/g, (run) => {
        const digits = run.replace(/:/g, '');
        return `${digits.slice(0, 8)}…${digits.slice(-4)}`;
    });
}
/** The finding's words for a page: its target, shortened fingerprints, escaped, at most MESSAGE_LENGTH. */
function pageMessage(report, finding) {
    return (0,markdown_escape/* escapeMarkdown */.FV)((0,shorten/* shorten */.m)(shortenHexRuns((0,report_report/* findingMessage */.pG)(report, finding)), MESSAGE_LENGTH));
}
/** `[path:line](link)`, or the bare place where the host shows no file. */
function placeOf(finding, places) {
    const path = places.repoPath?.(finding.file) ?? finding.file;
    const where = `${(0,markdown_escape/* escapeMarkdown */.FV)(path)}:${finding.line}`;
    const link = places.linkTo?.(path, finding.line);
    return link ? `[${where}](${link})` : where;
}
/** The rule id, linked to its documentation: it travels with the message instead of a narrow column of its own. */
function ruleLink(ruleId) {
    return (0,rules_registry/* findRule */.I)(ruleId) ? `[\`${ruleId}\`](${version/* RULES_DOC_URL */.NT}#${ruleId})` : `\`${ruleId}\``;
}
/** One finding per line, as a list: what a reviewer must see without expanding anything. */
function findingList(report, findings, places) {
    return findings.map((finding) => `- ${severity/* SEVERITY_ICON */._9[finding.severity]} **${placeOf(finding, places)}** ${pageMessage(report, finding)} (${ruleLink(finding.ruleId)})`);
}
/** Findings as a two-column table (where, and what with its rule), at most `limit` rows. */
function findingTable(report, findings, places, limit) {
    if (findings.length === 0)
        return [];
    const rows = findings
        .slice(0, limit)
        .map((finding) => `| ${placeOf(finding, places)} | ${severity/* SEVERITY_ICON */._9[finding.severity]} ${pageMessage(report, finding)} (${ruleLink(finding.ruleId)}) |`);
    const more = findings.length > limit
        ? ['', `… and ${findings.length - limit} more: see the job summary or the JSON report.`]
        : [];
    return ['| where | finding |', '|---|---|', ...rows, ...more];
}
/** A collapsed section: its summary line shows, the rest opens on a click. */
function collapsed(summary, body, open = false) {
    if (body.length === 0)
        return [];
    return [`<details${open ? ' open' : ''}><summary>${summary}</summary>`, '', ...body, '', '</details>', ''];
}

;// CONCATENATED MODULE: ./src/report/trust-graph.ts



/**
 * Past this many boxes a diagram at comment width has text too small to read:
 * it is left out, and the tables say the same.
 */
const MAX_GRAPH_NODES = 14;
const STYLES = [
    '  classDef refused fill:#ffe0e0,stroke:#c00,color:#600',
    '  classDef accepted fill:#e6ffe6,stroke:#080,color:#030',
    '  classDef removed fill:#eee,stroke:#888,color:#555,stroke-dasharray:4 3',
    '  classDef broken fill:#fff4d6,stroke:#b80,color:#530',
];
const label = (...lines) => `"${lines.map((line) => (0,markdown_escape/* escapeMermaid */.Fw)((0,shorten/* shorten */.m)(line, 60))).join('<br/>')}"`;
/**
 * The trust chains a change touches, as a Mermaid graph: CAs added and
 * removed (removed ones dashed), and each client whose verdict changed under
 * the CA it chains through, coloured by the gateway's verdict after the
 * change. Without a base: the truststore's CAs and the clients it refuses.
 * A CA is coloured only by what is wrong with the CA itself. Undefined when
 * there is nothing to draw or more than MAX_GRAPH_NODES boxes.
 */
function trustGraph(report) {
    const lines = ['```mermaid', 'flowchart LR', ...STYLES];
    const brokenCa = new Set(report.findings.filter((f) => f.severity === 'error' && f.certificate).map((f) => f.certificate.sha256));
    // Mermaid ids numbered in the order things are first named: an id made from a name's letters let two clients in
    // one folder share a box, and one of them vanished from the graph.
    const ids = new Map();
    const id = (kind, key) => {
        const full = `${kind}\0${key}`;
        let known = ids.get(full);
        if (known === undefined)
            ids.set(full, (known = `${kind}${ids.size + 1}`));
        return known;
    };
    /** A client is its file under its target: one file can be judged under several. */
    const clientKey = (entry) => (0,report_report/* targetKey */.hD)(entry.target, entry.file);
    const nodes = new Set();
    const node = (key, text, style) => {
        if (nodes.has(key))
            return;
        nodes.add(key);
        lines.push(`  ${key}[${text}]:::${style}`);
    };
    const caNode = (sha256, subject, state) => node(id('ca', sha256), label(subject, state), state === 'removed' ? 'removed' : brokenCa.has(sha256) ? 'broken' : 'accepted');
    const changes = report.changes;
    if (changes) {
        const clients = new Set(changes.clients.map(clientKey));
        // Only to clients the graph draws (those whose verdict changed): an edge to an id never drawn is a bare box.
        const edges = (ca, arrow) => {
            for (const file of ca.clients) {
                const key = clientKey({ target: ca.target, file });
                if (clients.has(key))
                    lines.push(`  ${id('ca', ca.sha256)} ${arrow} ${id('cl', key)}`);
            }
        };
        for (const ca of changes.truststore.removed) {
            caNode(ca.sha256, ca.subject, 'removed');
            edges(ca, '-.->');
        }
        for (const ca of changes.truststore.added) {
            caNode(ca.sha256, ca.subject, 'added');
            edges(ca, '-->');
        }
        for (const client of changes.clients) {
            const chain = report.chains.find((entry) => entry.file === client.file && entry.target === client.target);
            node(id('cl', clientKey(client)), label(client.file, client.after), client.after === 'accepted' ? 'accepted' : 'refused');
            const anchor = chain?.path
                .slice(1)
                .find((step) => report.certificates.some((c) => c.role === 'truststore' && c.sha256 === step.sha256));
            if (anchor && !changes.truststore.added.some((ca) => ca.sha256 === anchor.sha256)) {
                caNode(anchor.sha256, anchor.subject, 'kept');
                lines.push(`  ${id('ca', anchor.sha256)} --> ${id('cl', clientKey(client))}`);
            }
        }
    }
    else {
        for (const chain of report.chains.filter((entry) => !entry.accepted)) {
            node(id('cl', clientKey(chain)), label(chain.file, 'refused'), 'refused');
            const anchor = chain.path
                .slice(1)
                .find((step) => report.certificates.some((c) => c.role === 'truststore' && c.sha256 === step.sha256));
            if (!anchor)
                continue;
            caNode(anchor.sha256, anchor.subject, 'in the truststore');
            lines.push(`  ${id('ca', anchor.sha256)} --> ${id('cl', clientKey(chain))}`);
        }
    }
    if (nodes.size === 0 || nodes.size > MAX_GRAPH_NODES)
        return undefined;
    return [...lines, '```'];
}

;// CONCATENATED MODULE: ./src/report/format-markdown.ts








const MAX_TIMELINE_ROWS = 20;
/** New findings listed in the open before the rest are folded away. */
const MAX_LISTED = 100;
function countsLine(report) {
    const { summary } = report;
    const { accepted, refused } = summary.clients;
    const chains = accepted + refused > 0 && !hasNamedTargets(report)
        ? `; ${(0,severity/* plural */.LS)(accepted, 'client')} accepted and ${refused} refused (\`${report.profile.id}\`)`
        : '';
    const line = `**${(0,severity/* plural */.LS)(summary.errors, 'error')}, ${(0,severity/* plural */.LS)(summary.warnings, 'warning')}, ${(0,severity/* plural */.LS)(summary.notices, 'notice')}** in ${(0,severity/* plural */.LS)(summary.files, 'file')} and ${(0,severity/* plural */.LS)(summary.certificates, 'certificate')}${chains}.`;
    if (!hasNamedTargets(report))
        return [line];
    // Targets found in the infrastructure code say where (clients are known only when configured).
    const found = report.targets.some((target) => target.origin);
    const origin = (target) => !found
        ? ''
        : target.origin
            ? ` ${(0,markdown_escape/* escapeMarkdown */.FV)(`${target.origin.resource} (${target.origin.file}:${target.origin.line})`)} |`
            : ' configuration |';
    const clients = (target, count) => target.origin?.clients === 'not known' ? 'not known' : String(count);
    const rows = report.targets.map((target) => `| ${(0,markdown_escape/* escapeMarkdown */.FV)(target.name)} | \`${target.profile.id}\` |${origin(target)} ${target.summary.errors} | ${target.summary.warnings} | ${target.summary.notices} | ${clients(target, target.summary.clients.accepted)} | ${clients(target, target.summary.clients.refused)} |`);
    return [
        line,
        '',
        `| target | profile |${found ? ' configured in |' : ''} errors | warnings | notices | clients accepted | clients refused |`,
        `|---|---|${found ? '---|' : ''}---|---|---|---|---|`,
        ...rows,
    ];
}
function hasNamedTargets(report) {
    return report.targets.some((target) => target.name !== '');
}
/** The truststore's certificates by expiry date, soonest first: a Mermaid timeline and a table. */
function expiryTimeline(report, at, warningDays, rows) {
    const soon = warningDays * time/* DAY_MS */.s;
    const unique = new Map();
    for (const certificate of report.certificates)
        if (certificate.role === 'truststore')
            unique.set(certificate.sha256, certificate);
    const sorted = [...unique.values()].sort((a, b) => a.notAfter.localeCompare(b.notAfter)).slice(0, rows);
    if (sorted.length === 0)
        return [];
    const day = (iso) => iso.slice(0, 10);
    const gantt = [
        '```mermaid',
        'gantt',
        '  title Truststore certificates, soonest expiry first',
        '  dateFormat YYYY-MM-DD',
        '  axisFormat %Y-%m',
    ];
    sorted.forEach((certificate, index) => {
        const state = certificate.notAfter < at.toISOString()
            ? 'crit, '
            : Date.parse(certificate.notAfter) - at.getTime() < soon
                ? 'active, '
                : '';
        gantt.push(`  ${(0,markdown_escape/* escapeMermaid */.Fw)((0,shorten/* shorten */.m)(certificate.subject, 60)) || 'unnamed'} :${state}t${index}, ${day(certificate.notBefore)}, ${day(certificate.notAfter)}`);
    });
    gantt.push('```', '');
    const table = ['| expires | in | certificate |', '|---|---|---|'];
    for (const certificate of sorted) {
        const days = Math.floor((Date.parse(certificate.notAfter) - at.getTime()) / time/* DAY_MS */.s);
        const when = days < 0 ? `⛔ expired ${-days} days ago` : days < warningDays ? `⚠️ ${days} days` : `${days} days`;
        table.push(`| ${day(certificate.notAfter)} | ${when} | ${(0,markdown_escape/* escapeMarkdown */.FV)((0,shorten/* shorten */.m)(certificate.subject))} |`);
    }
    const total = unique.size > rows ? [``, `Showing the ${rows} soonest of ${unique.size}.`] : [];
    return [...gantt, ...table, ...total];
}
/** What the change does, in detail (the headline says it in one line). */
function impactDetails(report) {
    const impact = describeImpact(report);
    if (!impact)
        return [];
    return collapsed('What the change does', [
        (0,markdown_escape/* escapeMarkdown */.FV)(impact.headline),
        '',
        ...impact.details.map((detail) => `- ${(0,markdown_escape/* escapeMarkdown */.FV)((0,shorten/* shorten */.m)(detail, 600))}`),
    ]);
}
/** The longest command line that fits a pull request comment's code block at GitHub's 1280 px layout (about 90 columns). */
const COMMAND_COLUMNS = 72;
/**
 * A command as lines a reader can copy: one per API flavour, each option on a
 * line of its own, and a long option's value on the next (a code block that
 * scrolls sideways hides the end of the command).
 */
function commandLines(command) {
    const [main, comment] = command.split(/\s{2,}#\s*/, 2);
    const wrapped = (text) => text
        .trim()
        .split(/ (?=--)/)
        .flatMap((option) => {
        const space = option.indexOf(' ');
        return option.length > COMMAND_COLUMNS && space > 0
            ? [option.slice(0, space), `  ${option.slice(space + 1)}`]
            : [option];
    })
        .join(' \\\n  ');
    const flavour = comment ? /^([^:]{1,40}):\s*(\S+ \S.*--.*)$/.exec(comment) : null;
    if (flavour)
        return [wrapped(main), `# ${flavour[1]}:`, wrapped(flavour[2])];
    return [wrapped(main), ...(comment ? [`# ${comment}`] : [])];
}
/** The gateway's deploy step: open when the change passes, folded away while it fails (it would lock clients out). */
function deployStep(report, failed) {
    const impact = describeImpact(report);
    if (!impact || impact.deploy.length === 0)
        return [];
    const body = impact.deploy.flatMap((step) => [
        `${(0,markdown_escape/* escapeMarkdown */.FV)(step.profile)}: ${(0,markdown_escape/* escapeMarkdown */.FV)(step.step)}.`,
        '',
        '```sh',
        ...commandLines(step.command),
        '```',
        '',
    ]);
    return failed ? collapsed('Deploy step (once the findings above are fixed)', body) : ['#### To deploy', '', ...body];
}
/**
 * The report as GitHub-flavoured Markdown (PR comment, check-run summary, job
 * summary): the verdict headline, then every new finding worst first, one
 * line each; older findings, counts, the trust graph and the expiry outlook
 * folded under <details>. Degrades step by step until it fits `maxLength`.
 */
function formatMarkdown(report, options) {
    const sorted = [...options.findings].sort((0,headline/* worstFirst */.m)(report));
    const comparing = report.summary.new !== undefined;
    const fresh = comparing ? sorted.filter((finding) => finding.new !== false) : sorted;
    const older = comparing ? sorted.filter((finding) => finding.new === false) : [];
    const head = [
        `### ${(0,markdown_escape/* escapeMarkdown */.FV)(options.title)}`,
        '',
        `**${(0,markdown_escape/* escapeMarkdown */.FV)((0,headline/* verdictHeadline */.g)(report, options.failed))}**`,
        '',
        ...(options.preamble ?? []),
    ];
    const listed = (limit, restRows = limit) => {
        if (fresh.length === 0)
            return [];
        const caption = comparing ? `New findings (${fresh.length})` : `Findings (${fresh.length})`;
        const shown = findingList(report, fresh.slice(0, limit), options);
        const rest = fresh.slice(limit);
        return [
            `#### ${caption}`,
            '',
            ...shown,
            '',
            ...collapsed(`${(0,severity/* plural */.LS)(rest.length, 'more finding')}`, findingTable(report, rest, options, restRows)),
        ];
    };
    const details = (rows, graph, timeline) => [
        ...deployStep(report, options.failed),
        ...impactDetails(report),
        ...collapsed(`Findings already there before this change (${older.length})`, findingTable(report, older, options, rows)),
        ...collapsed('Counts', countsLine(report)),
        ...(graph ? collapsed('Trust chains', trustGraph(report) ?? []) : []),
        ...(timeline > 0
            ? collapsed('Truststore expiry', expiryTimeline(report, options.at, options.expiryWarningDays, timeline))
            : []),
    ];
    const attempts = [
        () => [...listed(MAX_LISTED, Infinity), ...details(Infinity, true, MAX_TIMELINE_ROWS)],
        () => [...listed(MAX_LISTED, 200), ...details(200, true, 10)],
        () => [...listed(MAX_LISTED), ...details(100, false, 10)],
        () => [...listed(30), ...details(30, false, 0)],
        () => listed(5),
    ];
    for (const attempt of attempts) {
        const text = [...head, ...attempt()].join('\n');
        if (text.length <= options.maxLength)
            return text;
    }
    const minimal = [...head, 'The details do not fit here: see the job summary or the JSON report.'].join('\n');
    return minimal.slice(0, options.maxLength);
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
