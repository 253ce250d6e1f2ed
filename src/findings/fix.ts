import { readObjects } from '../inventory/objects.js';

/** Lines `line` to `endLine` (1-based, inclusive) of `file`, a POSIX path relative to the checked root. */
export interface LineSpan {
  file: string;
  line: number;
  endLine: number;
}

/** A certificate written from its DER as canonical PEM (see canonicalPem). */
export interface CertificateBlock {
  /** The certificate's DER, base64. */
  certificate: string;
}

/**
 * A mechanical fix, in lines: lines `line` to `endLine` of `file` become the
 * parts of `replacement`, in order; no parts deletes them. A part keeps
 * lines of the same file as they are, or writes a certificate from its DER:
 * a fix never copies another file's lines, which could carry more than the
 * certificate they seem to (what OpenSSL reads is not always what a reader
 * of the text sees). Spans rather than text, so a finding stays small and
 * carries no file content; the text is assembled where the fix is shown.
 */
export interface Fix extends LineSpan {
  /** What applying it does, as an imperative sentence: "Remove the blank lines." */
  description: string;
  replacement: Array<LineSpan | CertificateBlock>;
  /**
   * How it changes what the gateway loads from `file` (SHA-256, uppercase
   * hex): nothing when absent. The result is read again before the fix is
   * offered or kept, and must load exactly that.
   */
  certificates?: { added?: string[]; removed?: string[] };
}

/**
 * A certificate as canonical PEM lines: the plain CERTIFICATE label and its
 * DER in base64, 64 characters a line, which every reader reads alike.
 */
export function canonicalPem(der: Uint8Array): string[] {
  const base64 = Buffer.from(der).toString('base64');
  const lines = ['-----BEGIN CERTIFICATE-----'];
  for (let i = 0; i < base64.length; i += 64) lines.push(base64.slice(i, i + 64));
  lines.push('-----END CERTIFICATE-----');
  return lines;
}

/** A fix part writing `der` as canonical PEM. */
export function certificateBlock(der: Uint8Array): CertificateBlock {
  return { certificate: Buffer.from(der).toString('base64') };
}

/**
 * The lines that take the place of the fixed span, or undefined when a span
 * lies outside its file (the file changed since it was checked) or is
 * another file's.
 */
export function replacementLines(
  fix: Fix,
  linesOf: (file: string) => readonly string[] | undefined,
): string[] | undefined {
  const result: string[] = [];
  for (const part of fix.replacement) {
    if ('certificate' in part) {
      result.push(...canonicalPem(Buffer.from(part.certificate, 'base64')));
      continue;
    }
    if (part.file !== fix.file) return undefined;
    const lines = linesOf(part.file);
    if (!lines || part.line < 1 || part.endLine < part.line || part.endLine > lines.length) return undefined;
    result.push(...lines.slice(part.line - 1, part.endLine));
  }
  return result;
}

/** The text of `fix.file` with the fix applied (as a one-click suggestion would), or undefined when it no longer fits. */
export function applyFix(fix: Fix, linesOf: (file: string) => readonly string[] | undefined): string | undefined {
  return planFixes([fix], linesOf).texts.get(fix.file);
}

/** Fixes that would make the same edit are one: eleven clients missing the same CA need it added once. */
export function fixKey(fix: Fix): string {
  const parts = (parts: ReadonlyArray<LineSpan | CertificateBlock>) =>
    parts.map((p) => ('certificate' in p ? p.certificate : `${p.file}:${p.line}-${p.endLine}`)).join(',');
  return `${parts([fix])}=${parts(fix.replacement)}`;
}

/** The edits a set of fixes makes, computed from the files as read, and the fixes they carry out. */
export interface FixPlan {
  /** The new text of each file edited. */
  texts: Map<string, string>;
  applied: Fix[];
}

/**
 * The certificates OpenSSL's reader loads from a text (SHA-256), or
 * undefined when it fails on it; `unambiguous`: also undefined when Go's
 * reader loads others.
 */
export function loadedCertificates(text: string, unambiguous = false): string[] | undefined {
  const read = readObjects(Buffer.from(text, 'utf8'));
  if (read.loadFailure || read.truncated || (unambiguous && read.disagreement)) return undefined;
  return read.objects.flatMap((object) => (object.kind === 'certificate' ? [object.certificate.sha256] : []));
}

/**
 * Whether `after` loads exactly what `before` loads with the fixes' changes
 * made: the same set of certificates, plus those they add and less those
 * they remove, and nothing any reader reads differently.
 */
export function fixHolds(before: string, after: string, fixes: readonly Fix[]): boolean {
  const was = loadedCertificates(before);
  const now = loadedCertificates(after, true);
  if (!now) return false;
  const expected = new Set(was ?? []);
  for (const fix of fixes) {
    for (const sha256 of fix.certificates?.added ?? []) expected.add(sha256);
    for (const sha256 of fix.certificates?.removed ?? []) expected.delete(sha256);
  }
  const got = new Set(now);
  return got.size === expected.size && [...got].every((sha256) => expected.has(sha256));
}

const joinLines = (lines: readonly string[]) => (lines.length > 0 ? `${lines.join('\n')}\n` : '');

/**
 * Plans the fixes that can be made together: in each file, those that do
 * not overlap one taken before (in line order); a fix whose lines or
 * sources cannot be read is left out, and so is one whose result does not
 * load what it says (see fixHolds). Every replacement is taken from the
 * files as they were read, so one fix never reads another's result; what
 * is left out is for another pass, after a fresh check.
 */
export function planFixes(fixes: readonly Fix[], linesOf: (file: string) => readonly string[] | undefined): FixPlan {
  const unique = [...new Map(fixes.map((fix) => [fixKey(fix), fix])).values()];
  const byFile = new Map<string, Fix[]>();
  for (const fix of unique) byFile.set(fix.file, [...(byFile.get(fix.file) ?? []), fix]);
  const texts = new Map<string, string>();
  const applied: Fix[] = [];
  for (const [file, candidates] of byFile) {
    const lines = linesOf(file);
    if (!lines) continue;
    const before = joinLines(lines);
    const edit = (taken: ReadonlyArray<{ fix: Fix; replacement: string[] }>) => {
      const result = [...lines];
      // Bottom up, so the line numbers of the edits above stay true.
      for (const { fix, replacement } of [...taken].reverse())
        result.splice(fix.line - 1, fix.endLine - fix.line + 1, ...replacement);
      return joinLines(result);
    };
    let taken: Array<{ fix: Fix; replacement: string[] }> = [];
    for (const fix of [...candidates].sort((a, b) => a.line - b.line || a.endLine - b.endLine)) {
      const previous = taken[taken.length - 1];
      if (previous && fix.line <= previous.fix.endLine) continue;
      if (fix.line < 1 || fix.endLine < fix.line || fix.endLine > lines.length) continue;
      const replacement = replacementLines(fix, linesOf);
      if (replacement && fixHolds(before, edit([{ fix, replacement }]), [fix])) taken.push({ fix, replacement });
    }
    // Each holds alone; together they must too, or only the first is made this pass.
    if (
      taken.length > 1 &&
      !fixHolds(
        before,
        edit(taken),
        taken.map((entry) => entry.fix),
      )
    )
      taken = taken.slice(0, 1);
    if (taken.length === 0) continue;
    texts.set(file, edit(taken));
    applied.push(...taken.map((entry) => entry.fix));
  }
  return { texts, applied };
}
