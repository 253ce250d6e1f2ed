import { execFileSync } from 'node:child_process';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createHash } from 'node:crypto';
import type { AddressInfo } from 'node:net';

/** The id git gives a file's content: SHA-1 over `blob <size>\0<content>`. */
export function gitBlobId(text: string): string {
  return createHash('sha1')
    .update(`blob ${Buffer.byteLength(text)}\0`)
    .update(text)
    .digest('hex');
}

/** `a/b/c.pem` → `a`, `a/b`. */
function ancestors(file: string): string[] {
  const parts = file.split('/').slice(0, -1);
  return parts.map((_, index) => parts.slice(0, index + 1).join('/'));
}

/**
 * A local stand-in for the parts of GitHub's REST API the action uses, on
 * 127.0.0.1, including the rejections GitHub makes: 422 for a whole review
 * when one comment is outside the diff (RIGHT: the head's added and context
 * lines; LEFT: the base's deleted and context lines; a range within one hunk), for more than 50 check annotations and for bodies over
 * 65,536 characters; 403 for read-only tokens and secondary rate limits; 502
 * on demand. Every request is recorded for assertions.
 */

export interface PullRequestFile {
  filename: string;
  patch?: string;
}

export interface FakeGitHubOptions {
  files: PullRequestFile[];
  /** Every write answers 403 "Resource not accessible by integration" (fork or Dependabot token). */
  readOnly?: boolean;
  /** Every write except check runs answers 502. */
  failWritesExceptCheckRuns?: boolean;
  /** The first N writes answer 403 with a secondary rate limit message and retry-after. */
  secondaryRateLimitedWrites?: number;
  /** Page size for list endpoints, whatever per_page asks (forces pagination in tests). */
  pageSize?: number;
  /** Edits of these comment ids answer 403, as for a comment the token may not edit. */
  refuseEditsOf?: number[];
  /** Files at the pull request's base commit, for GET contents?ref= (absent: 404). */
  baseFiles?: Record<string, string>;
  /**
   * The commit whose tree GET git/trees/{sha}?recursive=1 lists: `baseFiles`,
   * with git's blob ids, served by GET git/blobs/{id}. Other commits: 404.
   */
  baseTreeSha?: string;
  /** The tree listing says it was truncated, as GitHub's does past 100,000 entries. */
  truncateTree?: boolean;
  /** Pull requests for GET pulls and pulls/{number}. */
  pulls?: FakePullRequest[];
  /**
   * A git repository holding every commit of the repository (see
   * git-repository.ts): git/trees, git/blobs and contents are served from
   * it, and a check run on a commit it lacks is refused, as GitHub does.
   */
  git?: string;
  /**
   * The pull request's files when a review is created, if a push changed its
   * diff after the action listed them: GitHub places review comments on the
   * diff of that moment and refuses the review if one no longer fits.
   */
  diffAtReview?: PullRequestFile[];
}

export interface FakePullRequest {
  number: number;
  state: 'open' | 'closed';
  head: { sha: string; ref: string; label: string };
  base: { sha: string; ref?: string };
}

/** Who the token is: installation tokens (ghs_) get 403 from GET /user, as on GitHub, and are the Actions bot. */
export const ACTIONS_BOT = { login: 'github-actions[bot]', type: 'Bot' };

export interface CommentAuthor {
  login: string;
  type: string;
}

export interface RecordedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  body: unknown;
  status: number;
  authorization?: string;
}

interface ReviewComment {
  id: number;
  user: CommentAuthor;
  path: string;
  /** A comment on several lines (as a suggestion replacing them) starts here. */
  start_line?: number;
  line: number;
  side: string;
  body: string;
  commit_id: string;
}

export interface FakeIssue {
  number: number;
  user: CommentAuthor;
  title: string;
  body: string;
  state: 'open' | 'closed';
  state_reason?: string;
  /** Present on pull requests, which the issues list includes, as on GitHub. */
  pull_request?: { url: string };
}

interface IssueComment {
  id: number;
  user: CommentAuthor;
  body: string;
}

interface CheckRun {
  id: number;
  name: string;
  head_sha: string;
  status: string;
  conclusion?: string;
  output: { title?: string; summary?: string };
  annotations: Array<Record<string, unknown>>;
  annotationBatches: number[];
}

const BODY_LIMIT = 65536;
const CHECK_OUTPUT_LIMIT = 65535;

/**
 * Where GitHub lets a review comment go in one file's patch, written here
 * independently of the code under test: side RIGHT, the head's lines the hunks
 * show (added or context); side LEFT, the base's lines they show (deleted or
 * context). Each line maps to its hunk's index: a range must stay in one hunk.
 */
export function diffSides(patch: string | undefined): { RIGHT: Map<number, number>; LEFT: Map<number, number> } {
  const sides = { RIGHT: new Map<number, number>(), LEFT: new Map<number, number>() };
  if (!patch) return sides;
  let left = 0;
  let right = 0;
  let hunk = -1;
  for (const line of patch.split('\n')) {
    const header = /^@@ -(\d+)(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(line);
    if (header) {
      left = Number(header[1]);
      right = Number(header[2]);
      hunk++;
    } else if (hunk < 0) continue;
    else if (line[0] === '+') sides.RIGHT.set(right++, hunk);
    else if (line[0] === '-') sides.LEFT.set(left++, hunk);
    else if (line[0] === ' ') {
      sides.RIGHT.set(right++, hunk);
      sides.LEFT.set(left++, hunk);
    }
    // '\ No newline at end of file' takes no line.
  }
  return sides;
}

/** GitHub's answer to a review with a comment it will not place: the whole review is refused, no comment posted. */
const NOT_IN_DIFF = {
  message: 'Unprocessable Entity',
  errors: ['Pull request review thread line must be part of the diff'],
  documentation_url: 'https://docs.github.com/rest/pulls/reviews#create-a-review-for-a-pull-request',
  status: '422',
};
const START_NOT_IN_HUNK = {
  ...NOT_IN_DIFF,
  errors: ['Pull request review thread start line must be part of the same hunk as the line.'],
};

export class FakeGitHub {
  readonly requests: RecordedRequest[] = [];
  readonly reviewComments: ReviewComment[] = [];
  readonly issueComments: IssueComment[] = [];
  readonly checkRuns: CheckRun[] = [];
  readonly issues: FakeIssue[] = [];
  /** The body of each review posted (the verdict headline). */
  readonly reviewBodies: string[] = [];
  get reviews(): number {
    return this.reviewBodies.length;
  }
  private nextId = 1000;
  private writes = 0;
  private server?: Server;

  constructor(private readonly options: FakeGitHubOptions) {}

  async start(): Promise<string> {
    this.server = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => this.handle(request, response, Buffer.concat(chunks).toString('utf8')));
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }

  /** A comment someone else wrote (or the bot, in an earlier run), for the action to find. */
  plantIssueComment(body: string, user: CommentAuthor): number {
    const id = this.nextId++;
    this.issueComments.push({ id, user, body });
    return id;
  }

  /** An issue (or a pull request, as the issues list shows one) someone opened before the run. */
  plantIssue(issue: Omit<FakeIssue, 'number'>): number {
    const number = this.nextId++;
    this.issues.push({ number, ...issue });
    return number;
  }

  plantReviewComment(comment: { path: string; line: number; body: string }, user: CommentAuthor): number {
    const id = this.nextId++;
    this.reviewComments.push({ id, user, side: 'RIGHT', commit_id: 'planted', ...comment });
    return id;
  }

  /** Requests that changed something (not GETs), by status. */
  writesWith(status: number): RecordedRequest[] {
    return this.requests.filter((r) => r.method !== 'GET' && r.status === status);
  }

  private handle(request: IncomingMessage, response: ServerResponse, raw: string): void {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    let body: unknown;
    try {
      body = raw ? JSON.parse(raw) : undefined;
    } catch {
      body = raw;
    }
    const record: RecordedRequest = {
      method: request.method ?? 'GET',
      path: url.pathname,
      query: url.searchParams,
      body,
      status: 0,
      authorization: request.headers.authorization,
    };
    this.requests.push(record);
    const send = (status: number, payload: unknown, headers: Record<string, string> = {}) => {
      record.status = status;
      // A string payload with a raw media type is the file itself (application/vnd.github.raw).
      const raw = typeof payload === 'string' && headers['content-type'] === 'application/vnd.github.raw';
      response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
      response.end(raw ? payload : JSON.stringify(payload));
    };
    const base = `http://${request.headers.host}`;
    try {
      this.route(record, url, base, send);
    } catch (error) {
      send(500, { message: `fake server error: ${String(error)}` });
    }
  }

  private paginate<T>(
    items: T[],
    url: URL,
    base: string,
    send: (status: number, payload: unknown, headers?: Record<string, string>) => void,
  ): void {
    const perPage = this.options.pageSize ?? Number(url.searchParams.get('per_page') ?? 30);
    const page = Number(url.searchParams.get('page') ?? 1);
    const slice = items.slice((page - 1) * perPage, page * perPage);
    const headers: Record<string, string> = {};
    if (page * perPage < items.length) {
      // As GitHub's do, the next page's link keeps the query (state, sort, direction).
      const next = new URL(`${url.pathname}${url.search}`, base);
      next.searchParams.set('per_page', String(perPage));
      next.searchParams.set('page', String(page + 1));
      headers.link = `<${next.toString()}>; rel="next"`;
    }
    send(200, slice, headers);
  }

  private gitOutput(args: string[]): Buffer | undefined {
    try {
      return execFileSync('git', ['-C', this.options.git!, ...args], {
        stdio: ['ignore', 'pipe', 'ignore'],
        maxBuffer: 64 << 20,
      });
    } catch {
      return undefined;
    }
  }

  private gitObjectType(id: string): string | undefined {
    return /^[0-9a-f]{40}$/.test(id) ? this.gitOutput(['cat-file', '-t', id])?.toString().trim() : undefined;
  }

  /** One entry of a commit's tree: its mode, type and id (`git ls-tree`), or undefined. */
  private gitEntry(commit: string, file: string): { mode: string; type: string; id: string } | undefined {
    const line = this.gitOutput(['ls-tree', '-z', '--full-tree', commit, '--', file])?.toString().split('\0')[0];
    const tab = line?.indexOf('\t') ?? -1;
    if (!line || tab < 0 || line.slice(tab + 1) !== file) return undefined;
    const [mode, type, id] = line.slice(0, tab).split(' ');
    return { mode: mode!, type: type!, id: id! };
  }

  /**
   * git/trees/{sha} (a commit or a tree; `recursive` lists every entry, trees
   * included), git/blobs/{sha}, and contents/{path}?ref= served from the git
   * repository as GitHub serves them. Like GitHub's, the contents endpoint
   * follows a symbolic link to a file of the repository.
   */
  private fromGit(
    path: string,
    url: URL,
  ): { status: number; payload: unknown; headers?: Record<string, string> } | undefined {
    let match: RegExpMatchArray | null;
    const notFound = { status: 404, payload: { message: 'Not Found' } };
    if ((match = path.match(/^\/repos\/[^/]+\/[^/]+\/git\/trees\/([0-9a-f]{40})$/))) {
      const type = this.gitObjectType(match[1]!);
      if (type !== 'commit' && type !== 'tree') return notFound;
      const tree = this.gitOutput(['rev-parse', `${match[1]}^{tree}`])!
        .toString()
        .trim();
      const recursive = url.searchParams.has('recursive');
      const listing = this.gitOutput(['ls-tree', '-z', '-l', ...(recursive ? ['-r', '-t'] : []), tree])!.toString();
      const entries = listing
        .split('\0')
        .filter((line) => line.includes('\t'))
        .map((line) => {
          const tab = line.indexOf('\t');
          const [mode, type, sha, size] = line.slice(0, tab).split(/ +/);
          return {
            path: line.slice(tab + 1),
            mode: mode!,
            type: type!,
            sha: sha!,
            ...(type === 'blob' ? { size: Number(size) } : {}),
          };
        });
      const truncated = (this.options.truncateTree ?? false) && recursive;
      return { status: 200, payload: { sha: tree, tree: entries, truncated } };
    }
    if ((match = path.match(/^\/repos\/[^/]+\/[^/]+\/git\/blobs\/([0-9a-f]{40})$/))) {
      if (this.gitObjectType(match[1]!) !== 'blob') return notFound;
      const content = this.gitOutput(['cat-file', 'blob', match[1]!])!;
      return {
        status: 200,
        payload: {
          sha: match[1],
          size: content.length,
          encoding: 'base64',
          content: content.toString('base64').replace(/.{60}/g, '$&\n'),
        },
      };
    }
    if ((match = path.match(/^\/repos\/[^/]+\/[^/]+\/contents\/(.+)$/))) {
      const ref = url.searchParams.get('ref') ?? 'HEAD';
      let file = decodeURIComponent(match[1]!);
      let entry = this.gitEntry(ref, file);
      if (entry?.mode === '120000') {
        const target = this.gitOutput(['cat-file', 'blob', entry.id])!.toString();
        file = [...file.split('/').slice(0, -1), target].join('/').replace(/(^|\/)\.\//g, '$1');
        entry = this.gitEntry(ref, file);
      }
      if (!entry || entry.type !== 'blob') return notFound;
      return {
        status: 200,
        payload: this.gitOutput(['cat-file', 'blob', entry.id])!.toString('utf8'),
        headers: { 'content-type': 'application/vnd.github.raw' },
      };
    }
    return undefined;
  }

  private route(
    record: RecordedRequest,
    url: URL,
    base: string,
    send: (status: number, payload: unknown, headers?: Record<string, string>) => void,
  ): void {
    const { method } = record;
    const path = url.pathname;
    const body = (record.body ?? {}) as Record<string, unknown>;
    // Reads, whatever the method: who the token is.
    if (method === 'GET' && path === '/user') {
      if ((record.authorization ?? '').includes('ghs_'))
        return send(403, { message: 'Resource not accessible by integration' });
      return send(200, { login: 'maintainer-pat', type: 'User' });
    }
    if (method === 'POST' && path === '/graphql') {
      if (typeof body.query === 'string' && body.query.includes('viewer'))
        return send(200, { data: { viewer: { login: ACTIONS_BOT.login } } });
      return send(200, { errors: [{ message: 'unsupported query in the fake' }] });
    }
    if (method !== 'GET') {
      this.writes++;
      if (this.options.readOnly)
        return send(403, {
          message: 'Resource not accessible by integration',
          documentation_url: 'https://docs.github.com/rest',
        });
      if (this.writes <= (this.options.secondaryRateLimitedWrites ?? 0)) {
        return send(
          403,
          { message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.' },
          { 'retry-after': '1' },
        );
      }
      if (this.options.failWritesExceptCheckRuns && !path.includes('/check-runs'))
        return send(502, { message: 'Server Error' });
    }

    let match: RegExpMatchArray | null;
    if (method === 'GET' && /^\/repos\/[^/]+\/[^/]+\/pulls$/.test(path)) {
      const head = url.searchParams.get('head');
      const state = url.searchParams.get('state') ?? 'open';
      // As on GitHub, newest first unless asked otherwise (pull request numbers grow with time).
      const pulls = (this.options.pulls ?? [])
        .filter((pull) => (state === 'all' || pull.state === state) && (head === null || pull.head.label === head))
        .sort((a, b) => (url.searchParams.get('direction') === 'asc' ? a.number - b.number : b.number - a.number));
      return this.paginate(pulls, url, base, send);
    }
    if (method === 'GET' && (match = path.match(/^\/repos\/[^/]+\/[^/]+\/pulls\/(\d+)$/))) {
      const pull = this.options.pulls?.find((candidate) => candidate.number === Number(match![1]));
      return pull ? send(200, pull) : send(404, { message: 'Not Found' });
    }
    if (this.options.git && method === 'GET') {
      const served = this.fromGit(path, url);
      if (served) return send(served.status, served.payload, served.headers);
    }
    if (method === 'GET' && (match = path.match(/^\/repos\/[^/]+\/[^/]+\/git\/trees\/([0-9a-f]+)$/))) {
      if (match[1] !== this.options.baseTreeSha) return send(404, { message: 'Not Found' });
      const blobs = Object.entries(this.options.baseFiles ?? {}).map(([file, text]) => ({
        path: file,
        mode: '100644',
        type: 'blob',
        sha: gitBlobId(text),
        size: Buffer.byteLength(text),
      }));
      const folders = [...new Set(blobs.flatMap((blob) => ancestors(blob.path)))].map((folder) => ({
        path: folder,
        mode: '040000',
        type: 'tree',
        sha: '0'.repeat(40),
      }));
      // GitHub truncates recursive listings past its limit.
      const truncated = (this.options.truncateTree ?? false) && url.searchParams.has('recursive');
      return send(200, { sha: match[1], tree: [...folders, ...blobs], truncated });
    }
    if (method === 'GET' && (match = path.match(/^\/repos\/[^/]+\/[^/]+\/git\/blobs\/([0-9a-f]{40})$/))) {
      const text = Object.values(this.options.baseFiles ?? {}).find((candidate) => gitBlobId(candidate) === match![1]);
      if (text === undefined) return send(404, { message: 'Not Found' });
      // GitHub wraps the base64 at 60 characters.
      const content = Buffer.from(text).toString('base64').replace(/.{60}/g, '$&\n');
      return send(200, { sha: match[1], size: Buffer.byteLength(text), encoding: 'base64', content });
    }
    if (method === 'GET' && (match = path.match(/^\/repos\/[^/]+\/[^/]+\/contents\/(.+)$/))) {
      const text = this.options.baseFiles?.[decodeURIComponent(match[1]!)];
      if (text === undefined) return send(404, { message: 'Not Found' });
      return send(200, text, { 'content-type': 'application/vnd.github.raw' });
    }
    if (method === 'GET' && (match = path.match(/^\/repos\/[^/]+\/[^/]+\/pulls\/\d+\/files$/))) {
      return this.paginate(
        this.options.files.map((f) => ({ ...f, status: 'modified' })),
        url,
        base,
        send,
      );
    }
    if (method === 'GET' && /^\/repos\/[^/]+\/[^/]+\/pulls\/\d+\/comments$/.test(path))
      return this.paginate(this.reviewComments, url, base, send);
    if (method === 'POST' && /^\/repos\/[^/]+\/[^/]+\/pulls\/\d+\/reviews$/.test(path)) {
      const comments = (body.comments ?? []) as Array<{
        path: string;
        start_line?: number;
        start_side?: string;
        line: number;
        side?: string;
        body: string;
      }>;
      // One comment GitHub cannot place refuses the whole review: nothing is posted.
      const files = this.options.diffAtReview ?? this.options.files;
      for (const comment of comments) {
        const side = comment.side ?? 'RIGHT';
        const startSide = comment.start_side ?? side;
        if ((side !== 'RIGHT' && side !== 'LEFT') || (startSide !== 'RIGHT' && startSide !== 'LEFT'))
          return send(422, { message: 'Invalid request.', errors: [`"${side}" is not a member of ["LEFT", "RIGHT"]`] });
        if (!Number.isInteger(comment.line)) return send(422, NOT_IN_DIFF);
        const sides = diffSides(files.find((f) => f.filename === comment.path)?.patch);
        const hunk = sides[side].get(comment.line);
        if (hunk === undefined) return send(422, NOT_IN_DIFF);
        if (comment.start_line !== undefined) {
          // A range runs from start_line to line within one hunk, start first.
          const startHunk = sides[startSide].get(comment.start_line);
          if (startHunk === undefined) return send(422, NOT_IN_DIFF);
          if (startHunk !== hunk) return send(422, START_NOT_IN_HUNK);
          if (startSide === side && comment.start_line >= comment.line)
            return send(422, {
              message: 'Unprocessable Entity',
              errors: ['Pull request review thread start line must precede the end line.'],
            });
        }
        if (comment.body.length > BODY_LIMIT)
          return send(422, { message: 'Validation Failed', errors: [{ code: 'custom', message: 'Body is too long' }] });
      }
      if (typeof body.body === 'string' && body.body.length > BODY_LIMIT)
        return send(422, { message: 'Body is too long' });
      this.reviewBodies.push(typeof body.body === 'string' ? body.body : '');
      for (const comment of comments) {
        this.reviewComments.push({
          id: this.nextId++,
          user: ACTIONS_BOT,
          path: comment.path,
          ...(comment.start_line !== undefined ? { start_line: comment.start_line } : {}),
          line: comment.line,
          side: comment.side ?? 'RIGHT',
          body: comment.body,
          commit_id: String(body.commit_id),
        });
      }
      return send(200, { id: this.nextId++, state: 'COMMENTED' });
    }
    if ((match = path.match(/^\/repos\/[^/]+\/[^/]+\/pulls\/comments\/(\d+)$/))) {
      const index = this.reviewComments.findIndex((c) => c.id === Number(match![1]));
      if (index < 0) return send(404, { message: 'Not Found' });
      if (method === 'DELETE') {
        this.reviewComments.splice(index, 1);
        return send(204, null);
      }
      if (method === 'PATCH') {
        if (this.options.refuseEditsOf?.includes(Number(match[1])))
          return send(403, { message: 'Resource not accessible by integration' });
        if (String(body.body).length > BODY_LIMIT) return send(422, { message: 'Body is too long' });
        this.reviewComments[index]!.body = String(body.body);
        return send(200, this.reviewComments[index]);
      }
    }
    if (method === 'GET' && /^\/repos\/[^/]+\/[^/]+\/issues\/\d+\/comments$/.test(path))
      return this.paginate(this.issueComments, url, base, send);
    if (method === 'POST' && /^\/repos\/[^/]+\/[^/]+\/issues\/\d+\/comments$/.test(path)) {
      if (String(body.body).length > BODY_LIMIT) return send(422, { message: 'Body is too long' });
      const comment = { id: this.nextId++, user: ACTIONS_BOT, body: String(body.body) };
      this.issueComments.push(comment);
      return send(201, comment);
    }
    if (method === 'GET' && /^\/repos\/[^/]+\/[^/]+\/issues$/.test(path)) {
      const state = url.searchParams.get('state') ?? 'open';
      const listed = this.issues
        .filter((issue) => state === 'all' || issue.state === state)
        .sort((a, b) => (url.searchParams.get('direction') === 'asc' ? a.number - b.number : b.number - a.number));
      return this.paginate(listed, url, base, send);
    }
    if (method === 'POST' && /^\/repos\/[^/]+\/[^/]+\/issues$/.test(path)) {
      if (typeof body.title !== 'string' || body.title === '') return send(422, { message: 'title is required' });
      const text = typeof body.body === 'string' ? body.body : '';
      if (text.length > BODY_LIMIT) return send(422, { message: 'Body is too long' });
      const issue: FakeIssue = {
        number: this.nextId++,
        user: ACTIONS_BOT,
        title: body.title,
        body: text,
        state: 'open',
      };
      this.issues.push(issue);
      return send(201, issue);
    }
    if (method === 'PATCH' && (match = path.match(/^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)$/))) {
      const issue = this.issues.find((candidate) => candidate.number === Number(match![1]));
      if (!issue) return send(404, { message: 'Not Found' });
      if (typeof body.body === 'string' && body.body.length > BODY_LIMIT)
        return send(422, { message: 'Body is too long' });
      if (typeof body.title === 'string') issue.title = body.title;
      if (typeof body.body === 'string') issue.body = body.body;
      if (body.state === 'open' || body.state === 'closed') issue.state = body.state;
      if (typeof body.state_reason === 'string') issue.state_reason = body.state_reason;
      return send(200, issue);
    }
    if (method === 'PATCH' && (match = path.match(/^\/repos\/[^/]+\/[^/]+\/issues\/comments\/(\d+)$/))) {
      const comment = this.issueComments.find((c) => c.id === Number(match![1]));
      if (!comment) return send(404, { message: 'Not Found' });
      if (this.options.refuseEditsOf?.includes(comment.id))
        return send(403, { message: 'Resource not accessible by integration' });
      if (String(body.body).length > BODY_LIMIT) return send(422, { message: 'Body is too long' });
      comment.body = String(body.body);
      return send(200, comment);
    }
    if (method === 'POST' && /^\/repos\/[^/]+\/[^/]+\/check-runs$/.test(path)) {
      const output = (body.output ?? {}) as {
        title?: string;
        summary?: string;
        annotations?: Array<Record<string, unknown>>;
      };
      const annotations = output.annotations ?? [];
      if (annotations.length > 50) return send(422, { message: 'Only 50 annotations are allowed per request' });
      if ((output.summary ?? '').length > CHECK_OUTPUT_LIMIT)
        return send(422, { message: 'output.summary is too long' });
      if (typeof body.head_sha !== 'string' || typeof body.name !== 'string')
        return send(422, { message: 'head_sha and name are required' });
      if (this.options.git && this.gitObjectType(body.head_sha) !== 'commit')
        return send(422, { message: `No commit found for SHA: ${body.head_sha}` });
      const run: CheckRun = {
        id: this.nextId++,
        name: body.name,
        head_sha: body.head_sha,
        status: String(body.status),
        conclusion: body.conclusion as string | undefined,
        output: { title: output.title, summary: output.summary },
        annotations: [...annotations],
        annotationBatches: [annotations.length],
      };
      this.checkRuns.push(run);
      return send(201, { id: run.id, html_url: `https://github.com/acme/certs/runs/${run.id}` });
    }
    if (method === 'PATCH' && (match = path.match(/^\/repos\/[^/]+\/[^/]+\/check-runs\/(\d+)$/))) {
      const run = this.checkRuns.find((r) => r.id === Number(match![1]));
      if (!run) return send(404, { message: 'Not Found' });
      const output = (body.output ?? {}) as { summary?: string; annotations?: Array<Record<string, unknown>> };
      const annotations = output.annotations ?? [];
      if (annotations.length > 50) return send(422, { message: 'Only 50 annotations are allowed per request' });
      if ((output.summary ?? '').length > CHECK_OUTPUT_LIMIT)
        return send(422, { message: 'output.summary is too long' });
      run.annotations.push(...annotations);
      run.annotationBatches.push(annotations.length);
      return send(200, { id: run.id });
    }
    send(404, { message: `Not Found: ${method} ${path}` });
  }
}
