import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import { chromium, type Browser, type Page } from 'playwright-core';
import { RUNTIMES, runAction, withFake } from '../action/harness.js';
import { caRemoval, commitPullRequest, onboarding, type FixturePullRequest } from '../fixture-pull-requests.js';
import { REPO } from '../helpers.js';

/**
 * What a reviewer sees, in a real browser: the summary comment, the check
 * run's output and the job summary the bundled action (dist/index.js) posts
 * to the fake GitHub for the two pull requests of issue 25, rendered as
 * GitHub renders them (GFM by micromark with its GFM extension; GitHub's own
 * stylesheet, github-markdown-css; <details> closed) in headless Chromium at a
 * 1280 px viewport, each in the column GitHub gives it there. Asserts that no
 * element is wider than its container (tables and code blocks included, with
 * every <details> opened too) and that the headline and every new finding are
 * visible without a click; saves the screenshots the README shows.
 *
 * Column widths at 1280 px (measured from GitHub's layout, not documented by
 * GitHub; an assumption): a pull request comment's body is about 780 px wide
 * (the conversation column beside the sidebar, less the avatar and the
 * comment's padding; the narrow end of what GitHub shows), the check run's
 * output and the job summary about 880 px (the page less the run's sidebar).
 */

const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const VIEWPORT = { width: 1280, height: 900 };
const COLUMNS = { comment: 780, 'check-run': 880, 'job-summary': 880 } as const;
type View = keyof typeof COLUMNS;
const SCREENSHOTS = path.join(REPO, 'docs', 'screenshots');

const STYLESHEET = readFileSync(path.join(REPO, 'node_modules/github-markdown-css/github-markdown-light.css'), 'utf8');

/** GFM as GitHub renders it; raw HTML (GitHub keeps <details>, <summary>, <sub>) passes through. */
function render(markdown: string): string {
  return micromark(markdown, { allowDangerousHtml: true, extensions: [gfm()], htmlExtensions: [gfmHtml()] });
}

function page(view: View, html: string): string {
  return `<!doctype html><html><head><meta charset="utf-8"><style>${STYLESHEET}
body { margin: 0; padding: 24px; background: #f6f8fa; font-family: -apple-system, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif; }
.column { width: ${COLUMNS[view]}px; box-sizing: border-box; background: #fff; border: 1px solid #d0d7de; border-radius: 6px; }
.markdown-body { padding: 16px; }
</style></head><body><div class="column"><article class="markdown-body" id="view">${html}</article></div></body></html>`;
}

interface Rendered {
  pr: string;
  /** The markdown of each view (the check run's title first, as GitHub shows it above the summary). */
  views: Record<View, string>;
  headline: string;
  /** The new findings, as `rule` and `file`, which must be visible without a click. */
  fresh: Array<{ ruleId: string; file: string }>;
}

async function produce(pr: FixturePullRequest): Promise<Rendered> {
  const { dir, baseSha, files } = await commitPullRequest(pr);
  try {
    let rendered: Rendered | undefined;
    await withFake({}, { dir, files }, async (fake, url) => {
      const run = await runAction(
        RUNTIMES[0]![1],
        { dir, files },
        url,
        { truststore: pr.truststore, 'client-certificates': pr.clients },
        'pull_request',
        baseSha,
      );
      const report = JSON.parse(await readFile(run.outputs.report!, 'utf8')) as {
        findings: Array<{ ruleId: string; file: string; new?: boolean }>;
      };
      const checkRun = fake.checkRuns[0]!;
      rendered = {
        pr: pr.name,
        views: {
          comment: fake.issueComments[0]!.body,
          'check-run': `## ${checkRun.output.title!}\n\n${checkRun.output.summary!}`,
          'job-summary': run.summary,
        },
        headline: checkRun.output.title!,
        fresh: report.findings.filter((f) => f.new !== false).map((f) => ({ ruleId: f.ruleId, file: f.file })),
      };
    });
    return rendered!;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The little of the DOM the checks below use (this project compiles without the DOM library). */
interface Box {
  width: number;
  height: number;
  right: number;
}
interface Node {
  tagName: string;
  textContent: string | null;
  scrollWidth: number;
  clientWidth: number;
  getBoundingClientRect(): Box;
  closest(selector: string): Node | null;
  querySelector(selector: string): Node | null;
  querySelectorAll(selector: string): ArrayLike<Node>;
  setAttribute(name: string, value: string): void;
}
/** The page's document, as the functions run in the page reach it (they are sent as source: no closure). */
interface InPage {
  document: { getElementById(id: string): Node };
}

/** Elements wider than their container, or scrolling sideways inside (a table or code block too wide for it). */
function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const root = (globalThis as unknown as InPage).document.getElementById('view');
    const limit = root.getBoundingClientRect().right;
    const problems: string[] = [];
    const name = (el: Node) => `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 60)}"`;
    if (root.scrollWidth > root.clientWidth)
      problems.push(`the view scrolls: ${root.scrollWidth} > ${root.clientWidth}`);
    for (const el of Array.from(root.querySelectorAll('*'))) {
      // Folded away: not laid out for the reader until opened (Chromium still gives it a box).
      if (el.closest('details:not([open])') && !el.closest('summary')) continue;
      // GitHub draws a Mermaid block as a diagram scaled to the column, never as this source.
      if (el.closest('pre')?.querySelector('code.language-mermaid')) continue;
      const box = el.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue;
      if (box.right > limit + 0.5) problems.push(`${name(el)} ends at ${Math.round(box.right)} > ${Math.round(limit)}`);
      if ((el.tagName === 'TABLE' || el.tagName === 'PRE') && el.scrollWidth > el.clientWidth + 1)
        problems.push(`${name(el)} scrolls sideways: ${el.scrollWidth} > ${el.clientWidth}`);
    }
    return problems;
  });
}

/** Texts that are not visible without a click: inside a closed <details> (other than its summary), or with no box. */
function hidden(page: Page, texts: string[][]): Promise<string[]> {
  return page.evaluate((wanted) => {
    const root = (globalThis as unknown as InPage).document.getElementById('view');
    const candidates = Array.from(root.querySelectorAll('li, p, h1, h2, h3, h4, strong'));
    const shown = (el: Node) => {
      const box = el.getBoundingClientRect();
      const closed = el.closest('details:not([open])');
      return box.width > 0 && box.height > 0 && (!closed || el.closest('summary') !== null);
    };
    // Markdown escapes (\-, \.) are gone once rendered; compare text as a reader sees it.
    return wanted
      .filter((parts) => !candidates.some((el) => shown(el) && parts.every((part) => el.textContent!.includes(part))))
      .map((parts) => parts.join(' '));
  }, texts);
}

describe('what a reviewer sees, rendered as GitHub renders it (Chromium, 1280 px)', () => {
  let browser: Browser;
  const rendered: Rendered[] = [];
  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) throw new Error(`No Chromium at ${CHROMIUM}: install Debian's chromium (see .ci/run).`);
    if (!existsSync(path.join(REPO, 'dist/index.js'))) throw new Error('Run npm run build first.');
    for (const pr of [onboarding(), caRemoval()]) rendered.push(await produce(pr));
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
    await mkdir(SCREENSHOTS, { recursive: true });
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
  });

  test.each([
    ['onboarding', 'comment'],
    ['onboarding', 'check-run'],
    ['onboarding', 'job-summary'],
    ['ca-removal', 'comment'],
    ['ca-removal', 'check-run'],
    ['ca-removal', 'job-summary'],
  ] as Array<[string, View]>)(
    '%s: the %s fits its column and shows the headline and every new finding',
    async (pr, view) => {
      const subject = rendered.find((r) => r.pr === pr)!;
      const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
      try {
        const tab = await context.newPage();
        await tab.setContent(page(view, render(subject.views[view])), { waitUntil: 'load' });
        // As GitHub shows it: every <details> closed.
        expect(await tab.locator('#view details[open]').count()).toBe(0);
        expect(await overflowing(tab)).toEqual([]);
        expect(await hidden(tab, [[subject.headline]])).toEqual([]);
        expect(subject.fresh.length).toBeGreaterThan(0);
        expect(
          await hidden(
            tab,
            subject.fresh.map((f) => [f.ruleId, f.file]),
          ),
        ).toEqual([]);
        await tab.locator('#view').screenshot({ path: path.join(SCREENSHOTS, `${pr}-${view}.png`) });
        // Opened, everything folded away fits too: tables, the deploy step's commands, the diagrams' sources.
        await tab.evaluate(() => {
          const root = (globalThis as unknown as InPage).document.getElementById('view');
          for (const details of Array.from(root.querySelectorAll('details'))) details.setAttribute('open', '');
        });
        expect(await overflowing(tab)).toEqual([]);
      } finally {
        await context.close();
      }
    },
  );
});
