import { parseHunkHeader } from "../gate/hunks.js";
import type { FixRecord } from "./record.js";

/**
 * The fix handed from `fix: propose` (a job that ran the branch's code, read-only token) to
 * `fix: publish` (a job with the write token that runs none). Everything in it is untrusted by
 * the publishing side: the patch is checked against the gated commit and the claims below.
 */
export interface FixProposal {
  schema: "bandit-gate/fix-proposal";
  schema_version: 1;
  /** The gated commit: the patch is against it and the fix branch starts there. */
  head_sha: string;
  agent_branch: string;
  /** The functions the patch rewrites; every changed line must fall inside one of them. */
  functions: FunctionClaim[];
  title: string;
  body: string;
  record: FixRecord;
}

export interface LineSpan {
  /** 1-based, inclusive; the first decorator's line when there are decorators. */
  start: number;
  end: number;
}

export interface FunctionClaim {
  path: string;
  qualname: string;
  before: LineSpan;
  after: LineSpan;
}

export interface DiffLine {
  op: " " | "+" | "-";
  text: string;
  /** The line's number in the old file (context and removed lines) or the new file (added lines). */
  line: number;
}

export interface FileDiff {
  path: string;
  hunks: { header: string; oldStart: number; oldCount: number; lines: DiffLine[] }[];
}

/**
 * Parse a `git diff` of modified files. Anything but a plain modification of a file in place
 * (a new, deleted, renamed, copied or binary file, a mode change) is a problem: the fix only
 * ever rewrites functions in files that exist.
 */
export function parseFilePatch(patch: string): { files: FileDiff[]; problems: string[] } {
  const files: FileDiff[] = [];
  const problems: string[] = [];
  let file: FileDiff | undefined;
  let hunk: FileDiff["hunks"][number] | undefined;
  let oldLine = 0;
  let newLine = 0;
  let left = { old: 0, new: 0 };
  const lines = patch.split("\n");
  if (lines[lines.length - 1] === "") lines.pop();
  for (const raw of lines) {
    const line = raw.endsWith("\r") && !raw.startsWith("+") && !raw.startsWith("-") && !raw.startsWith(" ") ? raw.slice(0, -1) : raw;
    if (hunk && (left.old > 0 || left.new > 0)) {
      const op = line[0];
      if (op === " " || op === "-" || op === "+" || line === "") {
        const kind = (op ?? " ") as DiffLine["op"];
        const text = line.slice(1);
        if (kind === " ") {
          hunk.lines.push({ op: kind, text, line: oldLine });
          oldLine += 1;
          newLine += 1;
          left = { old: left.old - 1, new: left.new - 1 };
        } else if (kind === "-") {
          hunk.lines.push({ op: kind, text, line: oldLine });
          oldLine += 1;
          left = { ...left, old: left.old - 1 };
        } else {
          hunk.lines.push({ op: kind, text, line: newLine });
          newLine += 1;
          left = { ...left, new: left.new - 1 };
        }
        if (left.old < 0 || left.new < 0) problems.push(`${file?.path}: hunk ${hunk.header} has more lines than its header says`);
        continue;
      }
      if (line.startsWith("\\")) continue;
      problems.push(`${file?.path}: hunk ${hunk.header} ends before its header's line counts`);
      hunk = undefined;
    }
    if (line.startsWith("\\")) continue;
    if (line.startsWith("diff --git ")) {
      const match = /^diff --git a\/(.+) b\/(.+)$/.exec(line);
      if (!match || match[1] !== match[2]) {
        problems.push(`unsupported file header: ${line}`);
        file = undefined;
        continue;
      }
      file = { path: match[2] as string, hunks: [] };
      files.push(file);
      hunk = undefined;
      continue;
    }
    if (!file) {
      problems.push(`a line outside any file's diff: ${JSON.stringify(line.slice(0, 80))}`);
      continue;
    }
    if (line.startsWith("@@ ")) {
      const header = parseHunkHeader(line);
      if (!header) {
        problems.push(`${file.path}: unreadable hunk header ${line}`);
        continue;
      }
      hunk = { header: line.replace(/^(@@[^@]*@@).*$/, "$1"), oldStart: header.oldStart, oldCount: header.oldCount, lines: [] };
      file.hunks.push(hunk);
      oldLine = header.oldStart;
      newLine = header.newStart;
      left = { old: header.oldCount, new: header.newCount };
      continue;
    }
    if (/^index [0-9a-f]+\.\.[0-9a-f]+( 100644| 100755)?$/.test(line)) continue;
    if (line === `--- a/${file.path}` || line === `+++ b/${file.path}`) continue;
    problems.push(`${file.path}: the patch does more than modify lines in place (${line.slice(0, 80)})`);
  }
  if (hunk && (left.old > 0 || left.new > 0)) problems.push(`${file?.path}: hunk ${hunk.header} is cut short`);
  return { files, problems };
}

/** One import statement on one line at module level: what the fix adds or prunes beside functions. */
const IMPORT_LINE =
  /^(import\s+[A-Za-z_][\w.]*(\s+as\s+[A-Za-z_]\w*)?(\s*,\s*[A-Za-z_][\w.]*(\s+as\s+[A-Za-z_]\w*)?)*|from\s+\.*([A-Za-z_][\w.]*)?\s+import\s+[A-Za-z_]\w*(\s+as\s+[A-Za-z_]\w*)?(\s*,\s*[A-Za-z_]\w*(\s+as\s+[A-Za-z_]\w*)?)*)\s*$/;

const within = (spans: readonly LineSpan[], line: number) => spans.some((s) => line >= s.start && line <= s.end);

/**
 * Does the span hold the named function, as far as text can tell without running Python? The
 * span starts with its decorators or its `def`, the `def` names the function, and every line
 * after the header is indented deeper than the `def` (closing brackets of the header, comments
 * and blank lines aside). A span reaching into the next statement is refused; so is a function
 * with a multi-line string at column 0, which only Python's parser could tell apart.
 */
export function spanHoldsFunction(text: string, span: LineSpan, qualname: string): string | undefined {
  const lines = text.split("\n").map((l) => l.replace(/\r$/, ""));
  if (span.start < 1 || span.end < span.start || span.end > lines.length) return `lines ${span.start}-${span.end} are not in the file`;
  const name = qualname.split(".").pop() ?? qualname;
  const escaped = name.replace(/[^\w]/g, "\\$&");
  const body = lines.slice(span.start - 1, span.end);
  const defAt = body.findIndex((l) => new RegExp(`^\\s*(async\\s+)?def\\s+${escaped}\\s*[(\\[]`).test(l));
  if (defAt < 0) return `no \`def ${name}\` in lines ${span.start}-${span.end}`;
  const indent = (l: string) => (/^[ \t]*/.exec(l)?.[0] ?? "").length;
  const defIndent = indent(body[defAt] as string);
  for (let i = 0; i < body.length; i += 1) {
    const l = body[i] as string;
    if (i === defAt || l.trim() === "" || /^\s*#/.test(l)) continue;
    if (i < defAt) {
      if ((indent(l) === defIndent && /^\s*@/.test(l)) || indent(l) > defIndent) continue;
      return `line ${span.start + i} is not a decorator of ${name}`;
    }
    if (indent(l) > defIndent || /^\s*[)\]}]/.test(l)) continue;
    return `line ${span.start + i} is outside ${name}'s body`;
  }
  return undefined;
}

/**
 * Check a proposal's patch against its claims, given the files' text before (the gated commit)
 * and after (the patch applied): only `.py` files, each claimed span holds the named function on
 * both sides, and every removed or added line lies in a claimed function, or is a module-level
 * import line or a blank line (the fix adds the imports its rewrites use and drops the ones
 * codemods left unused). Returns every problem, each naming the hunk or claim.
 */
export function checkProposalPatch(
  patch: string,
  claims: readonly FunctionClaim[],
  before: ReadonlyMap<string, string>,
  after: ReadonlyMap<string, string>,
): string[] {
  const { files, problems } = parseFilePatch(patch);
  if (files.length === 0 && problems.length === 0) problems.push("the patch changes no file");
  for (const claim of claims) {
    if (!files.some((f) => f.path === claim.path)) problems.push(`${claim.path}: ${claim.qualname} is claimed but the patch does not change ${claim.path}`);
    for (const [side, texts, span] of [["before", before, claim.before], ["after", after, claim.after]] as const) {
      const text = texts.get(claim.path);
      if (text === undefined) continue;
      const wrong = spanHoldsFunction(text, span, claim.qualname);
      if (wrong) problems.push(`${claim.path}: the claimed ${claim.qualname} (${side} the fix) does not hold up: ${wrong}`);
    }
  }
  for (const file of files) {
    if (!isSafePythonPath(file.path)) {
      problems.push(`${file.path}: the patch may only change .py files inside the repository`);
      continue;
    }
    const mine = claims.filter((c) => c.path === file.path);
    const old = mine.map((c) => c.before);
    const fresh = mine.map((c) => c.after);
    for (const hunk of file.hunks) {
      const outside = hunk.lines.filter((l) => {
        if (l.op === " ") return false;
        if (within(l.op === "-" ? old : fresh, l.line)) return false;
        return !(l.text.trim() === "" || IMPORT_LINE.test(l.text));
      });
      if (outside.length > 0) {
        const first = outside[0] as DiffLine;
        problems.push(
          `${file.path}: hunk ${hunk.header} changes line ${first.line} (${first.op === "-" ? "before" : "after"} the fix), outside every function the proposal claims: ${JSON.stringify(first.text.trim().slice(0, 60))}`,
        );
      }
    }
  }
  return problems;
}

function isSafePythonPath(path: string): boolean {
  return path.endsWith(".py") && !path.startsWith("/") && !path.split("/").some((p) => p === ".." || p === "" || p === ".git");
}

/**
 * Where each rewritten function lies after the patch: its old span moved by the lines the
 * changes before it added or removed, and stretched by the changes inside it (an insertion
 * right after its last line belongs to it: the diff puts a longer body's tail there).
 */
export function spanAfter(file: FileDiff | undefined, before: LineSpan): LineSpan {
  if (!file) return before;
  let startShift = 0;
  let endShift = 0;
  for (const hunk of file.hunks) {
    // A pure insertion's header names the line it follows; otherwise the hunk's first line.
    let oldLine = hunk.oldCount === 0 ? hunk.oldStart : hunk.oldStart - 1;
    for (const l of hunk.lines) {
      if (l.op === "-") oldLine = l.line;
      const at = l.op === "+" ? oldLine + 0.5 : l.line;
      if (l.op === " ") oldLine = l.line;
      const delta = l.op === "+" ? 1 : l.op === "-" ? -1 : 0;
      if (delta === 0) continue;
      if (at < before.start) startShift += delta;
      if (at <= before.end + 0.5) endShift += delta;
    }
  }
  return { start: before.start + startShift, end: before.end + endShift };
}

/** The claims for a fix record's changed functions, the spans after the fix read off the patch. */
export function claimsFor(record: FixRecord, patch: string): FunctionClaim[] {
  const { files } = parseFilePatch(patch);
  return record.functions
    .filter((f) => f.status !== "unfixed")
    .map((f) => {
      const before = { start: f.start_line, end: f.end_line };
      return { path: f.path, qualname: f.qualname, before, after: spanAfter(files.find((x) => x.path === f.path), before) };
    });
}

/**
 * Read a proposal file's JSON and check what does not need git: its schema, that it is for the
 * gated commit and branch, and that its claims are the record's fixed and improved functions.
 */
export function readProposal(json: string, expected: { headSha: string; agentBranch: string }): { proposal?: FixProposal; problems: string[] } {
  let value: Partial<FixProposal>;
  try {
    value = JSON.parse(json) as Partial<FixProposal>;
  } catch (error) {
    return { problems: [`the proposal is not JSON (${(error as Error).message})`] };
  }
  const problems: string[] = [];
  if (value?.schema !== "bandit-gate/fix-proposal" || value.schema_version !== 1) return { problems: ["the proposal is not a bandit-gate/fix-proposal, version 1"] };
  if (value.head_sha !== expected.headSha) problems.push(`the proposal is for commit ${String(value.head_sha).slice(0, 40)}, not the gated commit ${expected.headSha}`);
  if (value.agent_branch !== expected.agentBranch) problems.push(`the proposal is for branch ${String(value.agent_branch)}, not ${expected.agentBranch}`);
  const claims = Array.isArray(value.functions) ? value.functions : [];
  const isSpan = (s: unknown): s is LineSpan =>
    typeof s === "object" && s !== null && Number.isInteger((s as LineSpan).start) && Number.isInteger((s as LineSpan).end);
  if (!Array.isArray(value.functions) || !claims.every((c) => typeof c?.path === "string" && typeof c.qualname === "string" && isSpan(c.before) && isSpan(c.after))) {
    problems.push("the proposal's functions are not a list of {path, qualname, before, after}");
  }
  const record = value.record;
  if (!record || !Array.isArray(record.functions)) problems.push("the proposal carries no fix record");
  else {
    const key = (f: { path: string; qualname: string }) => `${f.path}:${f.qualname}`;
    const changed = record.functions.filter((f) => f.status !== "unfixed").map(key).sort();
    const claimed = claims.map(key).sort();
    if (JSON.stringify(changed) !== JSON.stringify(claimed)) {
      problems.push(`the claimed functions (${claimed.join(", ") || "none"}) are not the record's fixed and improved ones (${changed.join(", ") || "none"})`);
    }
  }
  return problems.length > 0 ? { problems } : { proposal: value as FixProposal, problems };
}
