/**
 * Sink variants Bandit does not flag, per rule being fixed: a candidate that swaps the flagged
 * call for one of these keeps the vulnerability and only silences the scanner. This is data:
 * add a row when a new evasion is seen (docs/fix.md lists them). A row applies when the function
 * had a finding of one of its rules, and rejects a candidate that uses the variant more often
 * than the original did.
 */
export interface SinkVariant {
  /** Bandit test ids whose fix this variant evades. */
  rules: readonly string[];
  /** What it is, for the rejection message and the docs. */
  description: string;
  /** Matched against the function's source. */
  pattern: RegExp;
}

export const SINK_VARIANTS: readonly SinkVariant[] = [
  { rules: ["B506"], description: "yaml.load_all / unsafe_load / full_load, or a non-safe Loader (as unsafe as yaml.load)", pattern: /\b(load_all|unsafe_load|unsafe_load_all|full_load|full_load_all)\s*\(|Loader\s*=\s*(yaml\.)?(Loader|UnsafeLoader|FullLoader)\b/g },
  { rules: ["B501"], description: "certificate checks turned off on a session or client object (`.verify = False`)", pattern: /\.verify\s*=\s*False\b|\bverify\s*=\s*(0|None)\b/g },
  { rules: ["B104"], description: 'binding to "" (every interface, like 0.0.0.0)', pattern: /\.bind\(\s*\(\s*(""|'')\s*,|\bhost\s*=\s*(""|'')/g },
  { rules: ["B311", "B105", "B106", "B107"], description: "a predictable token from uuid1 or time (not a secret)", pattern: /\buuid1\s*\(|\btime\.time\(\)\s*\)?\s*\.hex|\bstr\(\s*time\.time\(\)/g },
  { rules: ["B701", "B702"], description: "a jinja2/mako Template built without autoescaping", pattern: /(?<![.\w])Template\s*\((?![^)]*autoescape\s*=\s*True)|jinja2\.Template\s*\(/g },
  { rules: ["B608"], description: "SQL text built by a helper call or a format method and passed to execute", pattern: /\.execute(many)?\(\s*(?!["'])[\w.]+\([^)]*\)|\.execute(many)?\(\s*("[^"]*"|'[^']*')\s*\.format\(/g },
  { rules: ["B602", "B604", "B605", "B607", "B603"], description: "a shell reached another way (os.popen, pty.spawn, commands.getoutput, a shell argv)", pattern: /\bos\.popen\s*\(|\bpty\.spawn\s*\(|\bcommands\.getoutput\s*\(|\[\s*["'](\/bin\/)?(ba)?sh["']\s*,\s*["']-c["']/g },
  { rules: ["B301", "B403"], description: "another unpickler (dill, shelve, jsonpickle, marshal, cloudpickle)", pattern: /\b(dill|shelve|jsonpickle|marshal|cloudpickle)\.(loads?|open|decode)\s*\(/g },
];

function count(pattern: RegExp, text: string): number {
  return [...text.matchAll(new RegExp(pattern.source, pattern.flags.includes("g") ? pattern.flags : `${pattern.flags}g`))].length;
}

/** The variants a candidate introduces for the rules its function was flagged for. */
export function introducedSinkVariants(ruleIds: readonly string[], original: string, candidate: string, table: readonly SinkVariant[] = SINK_VARIANTS): SinkVariant[] {
  const rules = new Set(ruleIds);
  return table.filter((v) => v.rules.some((r) => rules.has(r)) && count(v.pattern, candidate) > count(v.pattern, original));
}
