export const id = 356;
export const ids = [356];
export const modules = {

/***/ 7126:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ko: () => (/* binding */ readInputs),
/* harmony export */   PC: () => (/* binding */ labelsOf),
/* harmony export */   as: () => (/* binding */ profilePlaceOf),
/* harmony export */   oA: () => (/* binding */ fixModeOf),
/* harmony export */   oh: () => (/* binding */ fixSettingsFromInputs),
/* harmony export */   qx: () => (/* binding */ gateSettingsFromInputs)
/* harmony export */ });
/* unused harmony exports DEFAULT_BRANCHES, DEFAULT_FIX_BRANCH_PREFIX, DEFAULT_BOT, ACTION_INPUTS, actionYmlDefault, inputName */
/* harmony import */ var _app_fix_settings_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(55833);
/* harmony import */ var _app_settings_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(64827);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(62807);
/* harmony import */ var _core_fix_codemods_catalog_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(36380);
/* harmony import */ var _core_messages_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(41072);





const DEFAULT_BRANCHES = ["agent/**"];
const DEFAULT_FIX_BRANCH_PREFIX = "bandit-gate/fix/";
const DEFAULT_BOT = { name: "bandit-gate[bot]", email: "bandit-gate@users.noreply.github.com" };
const text = (fallback = "", actionYmlDefault) => ({ kind: "text", default: fallback, ...(actionYmlDefault !== undefined ? { actionYmlDefault } : {}) });
const lines = (fallback = []) => ({ kind: "lines", default: fallback });
const flag = (fallback) => ({ kind: "flag", default: fallback });
/** A boolean that has grown more values: true and false as YAML spells them, or one of `more`. */
const choice = (fallback, more) => ({ kind: "choice", default: fallback, options: ["true", "false", ...more] });
function fixModeOf(inputs) {
    return inputs.fix === "true" ? "one-job" : inputs.fix === "false" ? "off" : inputs.fix;
}
/**
 * Every input of action.yml, its kind and its default: the one list the Action reads, once.
 * Adding an input is one line here and its entry in action.yml (a unit test checks that both have
 * the same names and defaults, and `node scripts/docs-tables.mjs` writes the README's table).
 * An empty text input means "not given".
 */
const ACTION_INPUTS = {
    branches: lines(DEFAULT_BRANCHES),
    base: text(),
    "baseline-file": text(),
    "severity-level": text(_app_settings_js__WEBPACK_IMPORTED_MODULE_1__/* .GATE_DEFAULTS */ .hU.severityLevel),
    "confidence-level": text(_app_settings_js__WEBPACK_IMPORTED_MODULE_1__/* .GATE_DEFAULTS */ .hU.confidenceLevel),
    nosec: text(_app_settings_js__WEBPACK_IMPORTED_MODULE_1__/* .GATE_DEFAULTS */ .hU.nosec),
    include: lines(),
    exclude: lines(),
    paths: lines(),
    bandit: text(),
    "bandit-version": text(_core_messages_js__WEBPACK_IMPORTED_MODULE_4__/* .PINNED_BANDIT_VERSION */ .N),
    "allow-scan-errors": flag(false),
    "judge-test-asserts": flag(false),
    notebooks: flag(true),
    "strict-config": flag(false),
    jobs: text(),
    "bandit-timeout": text("10m"),
    cache: flag(true),
    shard: text(),
    "merge-reports": lines(),
    "sarif-file": text(),
    "report-json": text(),
    comment: flag(false),
    fix: choice("false", ["propose", "publish"]),
    "fix-artifact-dir": text(),
    "anthropic-api-key": text(),
    generator: text("auto"),
    "disable-codemods": text(),
    "http-timeout": text(String(_core_fix_codemods_catalog_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_HTTP_TIMEOUT_SECONDS */ .x4)),
    model: text(),
    "max-rounds": text(String(_app_fix_settings_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_MAX_ROUNDS */ .l6)),
    "max-tokens": text(String(_app_fix_settings_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_MAX_TOKENS */ .Uc)),
    "temperature-ramp": text(),
    "test-command": text(),
    "test-env": lines(),
    "profile-path": text(),
    // Deprecated for profile-path; given, it means what profile-path means.
    profile: text(),
    // The runner fills in the workflow's token; outside a runner, $GITHUB_TOKEN.
    "github-token": text("", "${{ github.token }}"),
    "fix-branch-prefix": text(DEFAULT_FIX_BRANCH_PREFIX),
    labels: lines(),
    draft: flag(false),
    "bot-name": text(DEFAULT_BOT.name),
    "bot-email": text(DEFAULT_BOT.email),
};
/** The default as action.yml spells it. */
function actionYmlDefault(spec) {
    if (spec.kind === "lines")
        return spec.default.join("\n");
    if (spec.kind === "flag" || spec.kind === "choice")
        return String(spec.default);
    return spec.actionYmlDefault ?? spec.default;
}
// YAML 1.2's core booleans, as @actions/core's getBooleanInput accepts them.
const TRUE = new Set(["true", "True", "TRUE"]);
const FALSE = new Set(["false", "False", "FALSE"]);
/**
 * Read every input once. `get` returns an input's raw text ("" when unset), e.g. `core.getInput`.
 * Every problem is collected and reported at once, naming the input.
 */
function readInputs(get) {
    const problems = [];
    const values = {};
    for (const [name, spec] of Object.entries(ACTION_INPUTS)) {
        const raw = get(name).trim();
        if (spec.kind === "text")
            values[name] = raw === "" ? spec.default : raw;
        else if (spec.kind === "lines") {
            const list = raw.split("\n").map((line) => line.trim()).filter((line) => line !== "");
            values[name] = list.length > 0 ? list : [...spec.default];
        }
        else if (spec.kind === "choice") {
            const value = raw === "" ? spec.default : TRUE.has(raw) ? "true" : FALSE.has(raw) ? "false" : raw;
            if (!spec.options.includes(value))
                problems.push(`${name} must be one of ${spec.options.join(", ")} (got "${raw}")`);
            values[name] = spec.options.includes(value) ? value : spec.default;
        }
        else if (raw === "")
            values[name] = spec.default;
        else if (TRUE.has(raw))
            values[name] = true;
        else if (FALSE.has(raw))
            values[name] = false;
        else {
            problems.push(`${name} must be true or false (got "${raw}")`);
            values[name] = spec.default;
        }
    }
    if (problems.length > 0)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(problems.join("\n"));
    return values;
}
/** The Action's own names for the options whose CLI flag differs: errors name what the workflow says. */
const INPUT_FOR_OPTION = { baseline: "baseline-file", PATHS: "paths" };
const inputName = (option) => INPUT_FOR_OPTION[option] ?? option;
const given = (value) => (value === "" ? undefined : value);
/** The gate's settings from the inputs and the event; problems name the input (`severity-level`). */
function gateSettingsFromInputs(inputs, context) {
    const settings = (0,_app_settings_js__WEBPACK_IMPORTED_MODULE_1__/* .gateSettingsFrom */ .fA)({
        base: given(inputs.base),
        baseline: given(inputs["baseline-file"]),
        "severity-level": inputs["severity-level"],
        "confidence-level": inputs["confidence-level"],
        nosec: inputs.nosec,
        include: inputs.include,
        exclude: inputs.exclude,
        "allow-scan-errors": inputs["allow-scan-errors"],
        "judge-test-asserts": inputs["judge-test-asserts"],
        notebooks: inputs.notebooks,
        "strict-config": inputs["strict-config"],
        jobs: given(inputs.jobs),
        "bandit-timeout": given(inputs["bandit-timeout"]),
        shard: given(inputs.shard),
    }, inputs.paths, { cwd: context.repoRoot, repoRoot: context.repoRoot }, inputName);
    if (context.pullRequestBase)
        settings.pullRequestBase = context.pullRequestBase;
    if (context.defaultBranch)
        settings.defaultBranch = context.defaultBranch;
    // The pushed branch's own baseline file and configuration could loosen its check.
    if (settings.baseline.kind === "file")
        settings.trustedRevision = {};
    return settings;
}
/** The fix step's settings around the gate's; problems name the input (`max-rounds`). */
function fixSettingsFromInputs(inputs, gate, repoRoot) {
    return (0,_app_fix_settings_js__WEBPACK_IMPORTED_MODULE_0__/* .fixSettingsFrom */ .f3)({
        "max-rounds": inputs["max-rounds"],
        "max-tokens": inputs["max-tokens"],
        "temperature-ramp": given(inputs["temperature-ramp"]),
        model: given(inputs.model),
        "test-command": given(inputs["test-command"]),
        "test-env": inputs["test-env"],
        profile: profilePlaceOf(inputs).path,
        generator: inputs.generator,
        "disable-codemods": given(inputs["disable-codemods"]),
        "http-timeout": inputs["http-timeout"],
    }, gate, { cwd: repoRoot, repoRoot }, inputName);
}
/**
 * Where the learned profile lives: committed into the fix pull request at `profile-path` (or at
 * the deprecated `profile`, which meant the same), else in the Action's cache (`path` absent).
 */
function profilePlaceOf(inputs) {
    const path = given(inputs["profile-path"]);
    if (path !== undefined)
        return { path, deprecated: false };
    const legacy = given(inputs.profile);
    return legacy !== undefined ? { path: legacy, deprecated: true } : { deprecated: false };
}
/** The fix pull request's labels: one per line or comma-separated. */
function labelsOf(inputs) {
    return inputs.labels.flatMap((l) => l.split(",")).map((l) => l.trim()).filter(Boolean);
}


/***/ }),

/***/ 1356:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./build/core/gate/gate-files.js
var gate_files = __webpack_require__(14019);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(33838);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(14006);
// EXTERNAL MODULE: ./build/app/check.js + 10 modules
var check = __webpack_require__(46908);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
;// CONCATENATED MODULE: ./build/adapters/inherited-environment.js

/**
 * Hide this process's inherited environment from the code it runs.
 *
 * A child gets an allow-listed environment (src/core/child-env.ts), but on Linux any process of
 * the same user can still read `/proc/<pid>/environ` of its ancestors: the environment this
 * process was *started* with, which in the Action holds `INPUT_ANTHROPIC-API-KEY`, the token
 * inputs and the runner's credentials. A hostile test file run by the fix step would find them
 * there. That file shows the memory the kernel placed the environment in at start-up; nothing
 * that changes `process.env` touches it.
 *
 * So every variable that is not passed to children anyway is first copied (`process.env[name] =
 * value` makes the C library keep a copy of its own, so this process and its libraries read the
 * same values as before) and then its original bytes are overwritten, through `/proc/self/mem`,
 * with `*`: `/proc/<pid>/environ` then shows the names and no values. Linux only; elsewhere, or
 * where the kernel refuses, nothing changes and the reason is returned for a warning.
 */
function hideInheritedEnvironment(keep) {
    if (process.platform !== "linux")
        return { problem: `not on Linux (${process.platform})` };
    let fd;
    try {
        const [start, end] = environmentBounds((0,external_node_fs_.readFileSync)("/proc/self/stat", "latin1"));
        if (!(end > start))
            return { problem: "the kernel does not say where the environment is" };
        fd = (0,external_node_fs_.openSync)("/proc/self/mem", "r+");
        const block = Buffer.alloc(end - start);
        (0,external_node_fs_.readSync)(fd, block, 0, block.length, start);
        let hidden = 0;
        for (const entry of entriesOf(block)) {
            if (keep(entry.name))
                continue;
            const value = process.env[entry.name];
            // The C library's own copy, so that reading the variable still gives its value.
            if (value !== undefined)
                process.env[entry.name] = value;
            const masked = Buffer.alloc(entry.valueEnd - entry.valueStart, "*");
            (0,external_node_fs_.writeSync)(fd, masked, 0, masked.length, start + entry.valueStart);
            hidden += 1;
        }
        return { hidden };
    }
    catch (error) {
        return { problem: error.message };
    }
    finally {
        if (fd !== undefined)
            (0,external_node_fs_.closeSync)(fd);
    }
}
/** `env_start` and `env_end` of `/proc/self/stat` (fields 50 and 51; the name, field 2, may hold spaces and parentheses). */
function environmentBounds(stat) {
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    // fields[0] is field 3 (state).
    return [Number(fields[50 - 3]), Number(fields[51 - 3])];
}
/** The `NAME=value` entries of an environment block, with where each value's bytes are. */
function entriesOf(block) {
    const entries = [];
    for (let at = 0; at < block.length;) {
        let end = block.indexOf(0, at);
        if (end === -1)
            end = block.length;
        const equals = block.indexOf(0x3d, at);
        if (equals > at && equals < end)
            entries.push({ name: block.subarray(at, equals).toString("utf8"), valueStart: equals + 1, valueEnd: end });
        at = end + 1;
    }
    return entries;
}

// EXTERNAL MODULE: ./build/core/child-env.js
var child_env = __webpack_require__(76462);
// EXTERNAL MODULE: ./build/core/errors.js
var errors = __webpack_require__(62807);
// EXTERNAL MODULE: ./build/core/report/report.js
var report_report = __webpack_require__(56859);
// EXTERNAL MODULE: ./build/core/gate/policy.js
var policy = __webpack_require__(21576);
// EXTERNAL MODULE: ./build/core/gate/shard-unmatched.js
var shard_unmatched = __webpack_require__(9148);
// EXTERNAL MODULE: ./build/core/order.js
var order = __webpack_require__(61158);
;// CONCATENATED MODULE: ./build/core/gate/merge.js




/**
 * Combine the reports of the shards of one run (matrix jobs, `--shard i/n`) into the report an
 * unsharded run would have written. Shards must agree on the baseline and the Bandit version;
 * otherwise they are not parts of one run. Throws a MergeError listing every disagreement.
 */
function mergeReports(parts) {
    const problems = [];
    const first = parts[0];
    if (!first)
        throw new MergeError(["no reports to merge"]);
    parts.forEach((part, i) => {
        if (part.schema !== "bandit-gate/report" || part.schema_version !== 1)
            problems.push(`report ${i + 1} is not a bandit-gate report (schema_version 1)`);
        if (JSON.stringify(part.baseline) !== JSON.stringify(first.baseline))
            problems.push(`report ${i + 1} has another baseline than report 1`);
    });
    const banditVersions = new Set(parts.map((p) => p.bandit_version).filter((v) => v !== "not run"));
    if (banditVersions.size > 1)
        problems.push(`the reports come from different Bandit versions (${[...banditVersions].join(", ")})`);
    const shards = parts.map((p) => p.scanned.shard).filter((s) => s !== undefined);
    const totals = new Set(shards.map((s) => s.split("/")[1]));
    if (totals.size > 1)
        problems.push(`the reports come from different shard counts (${shards.join(", ")})`);
    if (new Set(shards).size !== shards.length)
        problems.push(`a shard appears twice (${shards.join(", ")})`);
    const total = Number([...totals][0] ?? parts.length);
    if (shards.length > 0 && shards.length !== total)
        problems.push(`expected ${total} shard reports, got ${shards.length}: ${shards.join(", ")}`);
    if (problems.length > 0)
        throw new MergeError(problems);
    const byLocation = (a, b) => (0,order/* byText */.z)(a.path, b.path) || (a.line ?? 0) - (b.line ?? 0);
    const across = pairAcrossShards(parts.flatMap((p) => (p.unmatched ? [p.unmatched] : [])), parts.flatMap((p) => p.regressions), parts.flatMap((p) => p.fixed));
    return (0,report_report/* finishReport */.Ux)({
        regressions: across.regressions.sort((a, b) => byLocation(a, b) || (0,order/* byText */.z)(a.test_id, b.test_id)),
        fixed: across.fixed.sort((a, b) => byLocation(a, b) || (0,order/* byText */.z)(a.test_id, b.test_id)),
        moved: [...parts.flatMap((p) => p.moved ?? []), ...across.moved].sort((a, b) => byLocation(a.to, b.to) || (0,order/* byText */.z)(a.test_id, b.test_id)),
        changed: [...parts.flatMap((p) => p.changed ?? []), ...across.changed].sort((a, b) => byLocation(a.to, b.to) || (0,order/* byText */.z)(a.test_id, b.test_id)),
        unchanged: parts.reduce((sum, p) => sum + p.unchanged, 0),
        baseline: first.baseline,
        scanned: {
            head: first.scanned.head,
            ...(first.scanned.head_commit ? { head_commit: first.scanned.head_commit } : {}),
            files: parts.flatMap((p) => p.scanned.files).sort(),
            baseline_files: parts.reduce((sum, p) => sum + p.scanned.baseline_files, 0),
        },
        bandit_version: [...banditVersions][0] ?? first.bandit_version,
        scan_errors: parts.flatMap((p) => p.scan_errors),
        notes: [...new Set(parts.flatMap((p) => p.notes))],
        ...mergeTestAsserts(parts),
        ...(parts.some((p) => p.gate_changes?.length) ? { gate_changes: [...new Set(parts.flatMap((p) => p.gate_changes ?? []))] } : {}),
    });
}
/**
 * A def moved between files of different shards: each shard saw half of it (a head finding with
 * nothing to pair, a baseline finding gone). Run the cascade's cross-file steps over every shard's
 * leftovers; a paired head finding's regression becomes what the policy makes of the pair (moved,
 * changed, escalated or suppressed), and its baseline finding is no longer fixed.
 */
function pairAcrossShards(unmatched, regressions, fixed) {
    const first = unmatched[0];
    if (!first)
        return { regressions, fixed, moved: [], changed: [] };
    const comparison = (0,shard_unmatched/* matchAcrossShards */.Ig)(unmatched);
    if (comparison.matched.length === 0)
        return { regressions, fixed, moved: [], changed: [] };
    const id = (path, fingerprint) => `${path}\0${fingerprint}`;
    const paired = new Set(comparison.matched.map(({ head }) => id(head.finding.path, `${head.key}:${head.occurrence}`)));
    const byId = new Map(regressions.map((r) => [id(r.path, r.fingerprint), r]));
    const verdict = (0,policy/* judge */.S)({ ...comparison, added: [], removed: [] }, (0,shard_unmatched/* policyOfRecord */.td)(first));
    const kept = regressions.filter((r) => !paired.has(id(r.path, r.fingerprint)));
    for (const r of verdict.regressions) {
        const shardRecord = byId.get(id(r.finding.path, `${r.key}:${r.occurrence}`));
        if (!shardRecord)
            continue; // Not a regression in its shard (below the thresholds, or an honoured nosec): none now.
        const record = { ...shardRecord, kind: r.kind };
        delete record.baseline_severity;
        if (r.baselineSeverity !== undefined)
            record.baseline_severity = r.baselineSeverity;
        kept.push(record);
    }
    const left = [...fixed];
    for (const { base } of comparison.matched) {
        const at = left.findIndex((f) => f.path === base.path && f.line === base.line && f.test_id === base.testId);
        if (at >= 0)
            left.splice(at, 1);
    }
    return { regressions: kept, fixed: left, moved: (verdict.moved ?? []).map(report_report/* toRelocatedRecord */.Ab), changed: (verdict.changed ?? []).map(report_report/* toRelocatedRecord */.Ab) };
}
/** Shards share the configuration, so the decision is one; the counts add up. */
function mergeTestAsserts(parts) {
    const decided = parts.flatMap((p) => (p.test_asserts ? [p.test_asserts] : []));
    const first = decided[0];
    if (!first)
        return {};
    return { test_asserts: { ...first, set_aside: decided.reduce((sum, t) => sum + t.set_aside, 0) } };
}
class MergeError extends Error {
    problems;
    name = "MergeError";
    constructor(problems) {
        super(problems.join("; "));
        this.problems = problems;
    }
}

;// CONCATENATED MODULE: ./build/app/merge.js



/** Read shard reports (JSON written by `check --format json`) and merge them into one. */
async function mergeReportFiles(files) {
    if (files.length === 0)
        throw new errors/* ConfigurationError */.j1("merge needs the JSON reports of the shards (bandit-gate merge REPORT.json ...)");
    const parts = [];
    for (const file of files) {
        let text;
        try {
            text = await (0,promises_.readFile)(file, "utf8");
        }
        catch (error) {
            throw new errors/* ConfigurationError */.j1(`cannot read the report ${file}: ${error.message}`);
        }
        try {
            parts.push(JSON.parse(text));
        }
        catch {
            throw new errors/* ConfigurationError */.j1(`${file} is not JSON; merge takes reports written by \`bandit-gate check --format json\``);
        }
    }
    try {
        return mergeReports(parts);
    }
    catch (error) {
        if (error instanceof MergeError)
            throw new errors/* ConfigurationError */.j1(`cannot merge ${files.join(", ")}: ${error.problems.join("; ")}`);
        throw error;
    }
}

// EXTERNAL MODULE: ./build/app/compose.js + 7 modules
var compose = __webpack_require__(85680);
// EXTERNAL MODULE: ./build/core/messages.js
var messages = __webpack_require__(41072);
// EXTERNAL MODULE: ./build/core/report/markdown.js
var markdown = __webpack_require__(1432);
;// CONCATENATED MODULE: ./build/core/report/sarif.js
const LEVEL = { HIGH: "error", MEDIUM: "warning", LOW: "note" };
const SECURITY_SEVERITY = { HIGH: "8.0", MEDIUM: "5.5", LOW: "3.0" };
/**
 * SARIF 2.1.0 for code scanning: one result per regression, with partialFingerprints from the
 * gate's identity so that code scanning tracks an alert across line shifts.
 */
function renderSarif(report, options) {
    const ruleIds = [...new Set(report.regressions.map((r) => r.test_id))].sort();
    const rules = ruleIds.map((id) => {
        const sample = report.regressions.find((r) => r.test_id === id);
        const rule = {
            id,
            name: sample?.test_name ?? id,
            shortDescription: { text: `${id}: ${sample?.test_name ?? id}` },
            properties: {
                tags: ["security", ...(sample?.cwe ? [`external/cwe/cwe-${sample.cwe}`] : [])],
                "security-severity": SECURITY_SEVERITY[sample?.severity ?? ""] ?? "5.0",
            },
        };
        if (sample?.more_info)
            rule.helpUri = sample.more_info;
        return rule;
    });
    const results = report.regressions.map((r) => ({
        ruleId: r.test_id,
        ruleIndex: ruleIds.indexOf(r.test_id),
        level: LEVEL[r.severity] ?? "warning",
        message: {
            text: `${r.kind === "new" ? "New" : r.kind === "escalated" ? `Escalated from ${r.baseline_severity}` : "Newly suppressed with # nosec"}${r.cell !== undefined ? ` in cell ${r.cell}, line ${r.cell_line ?? "?"}` : ""}: ${r.text}`,
        },
        locations: [
            {
                physicalLocation: {
                    artifactLocation: { uri: encodeUri(r.path), uriBaseId: "%SRCROOT%" },
                    region: {
                        startLine: r.line,
                        endLine: Math.max(r.end_line, r.line),
                        ...(r.column !== undefined ? { startColumn: r.column + 1 } : {}),
                    },
                },
            },
        ],
        partialFingerprints: { "banditGateIdentity/v2": r.fingerprint },
        // A notebook's region is a line of its code cells' extracted Python; the cell is in the message and here.
        properties: { kind: r.kind, severity: r.severity, confidence: r.confidence, ...(r.cell !== undefined ? { cell: r.cell, cell_line: r.cell_line } : {}) },
    }));
    const sarif = {
        $schema: "https://json.schemastore.org/sarif-2.1.0.json",
        version: "2.1.0",
        runs: [
            {
                tool: {
                    driver: {
                        name: "bandit-gate",
                        version: options.toolVersion,
                        informationUri: "https://github.com/PyCQA/bandit",
                        rules,
                    },
                },
                automationDetails: { id: `bandit-gate/${report.scanned.shard ?? "all"}/` },
                results,
                properties: { bandit_version: report.bandit_version },
            },
        ],
    };
    return `${JSON.stringify(sarif, null, 2)}\n`;
}
function encodeUri(path) {
    return path.split("/").map(encodeURIComponent).join("/");
}

;// CONCATENATED MODULE: ./build/core/version.js
/** This tool's version, reported in SARIF and --version. Kept in step with package.json by a test. */
const TOOL_VERSION = "0.1.0";

// EXTERNAL MODULE: ./build/core/gate/blame.js
var blame = __webpack_require__(82743);
// EXTERNAL MODULE: ./build/adapters/git.js
var adapters_git = __webpack_require__(6689);
// EXTERNAL MODULE: ./build/adapters/bandit/pack.js
var pack = __webpack_require__(21415);
;// CONCATENATED MODULE: ./build/adapters/caches/actions-cache.js


function scanCacheKeys(env, shard) {
    const prefix = `bandit-gate-scans-v1-${env.RUNNER_OS ?? process.platform}-`;
    const job = [env.GITHUB_JOB, shard?.replace("/", "of")].filter(Boolean).join("-");
    return { key: `${prefix}${env.GITHUB_RUN_ID ?? "local"}-${env.GITHUB_RUN_ATTEMPT ?? "1"}-${job}`, restoreKeys: [prefix] };
}
async function restoreScanCache(dir, keys, logger) {
    try {
        const cache = await Promise.all(/* import() */[__webpack_require__.e(271), __webpack_require__.e(337)]).then(__webpack_require__.bind(__webpack_require__, 17337));
        if (!cache.isFeatureAvailable())
            return false;
        const hit = await cache.restoreCache([dir], keys.key, keys.restoreKeys);
        logger.info(hit ? `Restored Bandit results cached by ${hit}` : "No cached Bandit results yet");
        return hit !== undefined;
    }
    catch (error) {
        logger.warning(`Could not restore the scan cache (${error.message}); scanning without it`);
        return false;
    }
}
async function saveScanCache(dir, keys, logger) {
    try {
        const cache = await Promise.all(/* import() */[__webpack_require__.e(271), __webpack_require__.e(337)]).then(__webpack_require__.bind(__webpack_require__, 17337));
        if (!cache.isFeatureAvailable())
            return;
        await cache.saveCache([dir], keys.key);
    }
    catch (error) {
        logger.warning(`Could not save the scan cache (${error.message}); the next run scans more`);
    }
}
/**
 * The provisioned Bandit environment kept by GitHub's cache service. `key` names everything a
 * venv depends on (see environmentKey); each save adds this run's id to it and a restore takes
 * the newest entry under the key, so an entry found broken is replaced by the next good one
 * instead of being fetched forever (entries are immutable; unused ones expire after 7 days).
 * Saved at the end of the job, so that it holds the bytecode the run's imports compiled.
 *
 * What is saved is the environment's packed form (pack.ts: its pure-Python packages in one zip),
 * written beside it at `PATH.packed` so that the environment in use is never changed under a
 * running Bandit. A restore unpacks it there and renames it to `PATH`, where its scripts and
 * `pyvenv.cfg` expect it.
 */
class ActionsEnvironmentCache {
    logger;
    env;
    pending;
    constructor(logger, env) {
        this.logger = logger;
        this.env = env;
    }
    entryKey(key) {
        return `${key}-${this.env.GITHUB_RUN_ID ?? "local"}-${this.env.GITHUB_RUN_ATTEMPT ?? "1"}`;
    }
    anticipate() {
        void Promise.all(/* import() */[__webpack_require__.e(271), __webpack_require__.e(337)]).then(__webpack_require__.bind(__webpack_require__, 17337)).catch(() => undefined);
    }
    async restore(path, key) {
        const staging = packedPath(path);
        try {
            const cache = await Promise.all(/* import() */[__webpack_require__.e(271), __webpack_require__.e(337)]).then(__webpack_require__.bind(__webpack_require__, 17337));
            if (!cache.isFeatureAvailable())
                return false;
            await (0,promises_.rm)(staging, { recursive: true, force: true });
            const hit = await cache.restoreCache([staging], this.entryKey(key), [`${key}-`]);
            if (!hit)
                this.logger.info(`No cached Bandit environment for ${key} yet`);
            // A hit whose archive held something else leaves nothing at the staging path; a failed
            // unpack may leave half of it.
            if (!hit || !(await (0,promises_.stat)(staging).catch(() => undefined))?.isDirectory()) {
                await (0,promises_.rm)(staging, { recursive: true, force: true });
                return false;
            }
            await (0,promises_.rm)(path, { recursive: true, force: true });
            await (0,promises_.rename)(staging, path);
            return true;
        }
        catch (error) {
            await (0,promises_.rm)(staging, { recursive: true, force: true }).catch(() => undefined);
            this.logger.warning(`Could not restore the Bandit environment (${error.message}); installing it`);
            return false;
        }
    }
    installed(path, key) {
        this.pending = { path, key };
    }
    /** Save what this run installed, if anything; a failure only costs the next run an install. */
    async saveInstalled() {
        if (!this.pending)
            return;
        const { path, key } = this.pending;
        this.pending = undefined;
        const staging = packedPath(path);
        try {
            const cache = await Promise.all(/* import() */[__webpack_require__.e(271), __webpack_require__.e(337)]).then(__webpack_require__.bind(__webpack_require__, 17337));
            if (!cache.isFeatureAvailable())
                return;
            const packed = await (0,pack/* packEnvironment */.F_)(path, staging);
            this.logger.debug(`packed ${packed.files} files of ${packed.packages} packages of ${path} into one zip for the cache`);
            const id = await cache.saveCache([staging], this.entryKey(key));
            if (id !== -1)
                this.logger.info(`Saved the Bandit environment as ${this.entryKey(key)}`);
        }
        catch (error) {
            this.logger.warning(`Could not save the Bandit environment (${error.message}); the next run installs it again`);
        }
        finally {
            await (0,promises_.rm)(staging, { recursive: true, force: true }).catch(() => undefined);
        }
    }
}
/** Where the packed form of the environment at `path` is written and unpacked (beside it, on the same file system: a rename away). */
function packedPath(path) {
    return `${path}.packed`;
}

// EXTERNAL MODULE: ./build/adapters/caches/scan-cache.js
var scan_cache = __webpack_require__(84591);
// EXTERNAL MODULE: ./build/action/inputs.js
var action_inputs = __webpack_require__(7126);
// EXTERNAL MODULE: ./build/action/outputs.js
var outputs = __webpack_require__(92309);
// EXTERNAL MODULE: ./build/adapters/files/directories.js
var directories = __webpack_require__(43486);
;// CONCATENATED MODULE: ./build/adapters/files/output-file.js




/** Write a report, patch or record where the user asked, creating folders; a failure names the setting. */
async function writeOutputFile(path, text, setting) {
    try {
        await (0,directories/* makeDirectories */.K)((0,external_node_path_.dirname)(path));
        await (0,promises_.writeFile)(path, text);
    }
    catch (error) {
        throw new errors/* ConfigurationError */.j1(`cannot write ${path}: ${error.message}; check ${setting}`);
    }
}

// EXTERNAL MODULE: ./build/core/timings.js
var timings = __webpack_require__(30149);
;// CONCATENATED MODULE: ./build/action/main.js
























/** GitHub shows only so many annotations per step; the summary holds the complete list. */
const MAX_ANNOTATIONS = 50;
class ActionsLogger {
    info = (m) => core/* info */.pq(m);
    warning = (m) => core/* warning */.$e(m);
    error = (m) => core/* error */.z3(m);
    debug = (m) => core/* debug */.Yz(m);
}
/** The Action: inputs and the event in, outputs, summary, annotations and an exit code out. */
async function run(env = process.env) {
    try {
        const inputs = (0,action_inputs/* readInputs */.Ko)((name) => core/* getInput */.V4(name));
        const event = await readEvent(env);
        const patterns = inputs.branches;
        if (event.name === "push" && event.branch && !picomatch.isMatch(event.branch, patterns, { dot: true })) {
            core/* notice */.lm(`bandit-gate: ${event.branch} does not match branches (${patterns.join(", ")}); not gated`);
            setCountOutputs(undefined);
            return errors/* EXIT */.dc.ok;
        }
        const cwd = env.GITHUB_WORKSPACE || process.cwd();
        (0,outputs/* setOutput */.u)("pull-request-operation", "none");
        if (inputs["merge-reports"].length > 0)
            return await mergeMode(inputs, cwd, env);
        const fixMode = (0,action_inputs/* fixModeOf */.oA)(inputs);
        if (fixMode === "one-job" || fixMode === "propose")
            hideEnvironmentFromBranchCode();
        const git = await adapters_git/* Git */.TU.open(cwd, env);
        if (fixMode === "publish") {
            // The write job: no gate and no Bandit here; the proposal is checked and pushed, nothing more.
            const { publishStep } = await Promise.all(/* import() */[__webpack_require__.e(351), __webpack_require__.e(152), __webpack_require__.e(954)]).then(__webpack_require__.bind(__webpack_require__, 86954));
            return await publishStep({ inputs, git, logger: new ActionsLogger(), env, eventName: event.name, branch: event.branch });
        }
        const settings = (0,action_inputs/* gateSettingsFromInputs */.qx)(inputs, { repoRoot: git.root, pullRequestBase: event.pullRequestBase, defaultBranch: event.defaultBranch });
        // A bad fix input is the user's to correct before the gate spends any time.
        const fixSettings = fixMode !== "off" ? (0,action_inputs/* fixSettingsFromInputs */.oh)(inputs, settings, git.root) : undefined;
        const logger = new ActionsLogger();
        const temp = env.RUNNER_TEMP || (0,external_node_path_.join)(git.root, "..", ".bandit-gate-tmp");
        const useCache = inputs.cache;
        // The installed Bandit, kept by GitHub's cache service: a runner without Bandit restores it
        // instead of installing it again.
        const environments = useCache ? new ActionsEnvironmentCache(logger, env) : undefined;
        const bandit = {
            explicit: inputs.bandit || undefined,
            fromEnv: env.BANDIT_GATE_BANDIT,
            env,
            // The tool cache outlives the job on self-hosted runners (RUNNER_TEMP is emptied at each
            // job's start): an environment installed there is found in place, with nothing restored.
            provision: { dir: (0,external_node_path_.join)(env.RUNNER_TOOL_CACHE || temp, "bandit-gate"), version: inputs["bandit-version"], cache: environments },
        };
        // Per-file Bandit results, kept across runs by GitHub's cache service: a second push to the
        // same branch rescans only what changed since (the baseline's files never again).
        const scans = useCache ? (0,external_node_path_.join)(temp, "bandit-gate", "scans") : undefined;
        const keys = scanCacheKeys(env, settings.shard ? `${settings.shard.index}/${settings.shard.total}` : undefined);
        // Restored while git and the search for Bandit work (it never throws); the scans wait for it.
        const scansRestored = scans ? restoreScanCache(scans, keys, logger) : undefined;
        const started = performance.now();
        const timer = new timings/* PhaseRecorder */.wo(() => performance.now());
        const deps = await (0,compose/* realGateDeps */.c)(settings, bandit, logger, env, { ...(scans ? { scanCacheDir: scans, scanCacheReady: scansRestored } : {}), timer, git });
        const report = await (0,check/* runGate */.Rg)(settings, deps);
        await scansRestored;
        if (scans) {
            // What this run and the last week's used, not everything ever restored.
            await (0,scan_cache/* pruneScanCache */.iY)(scans, { unusedFor: 7 * scan_cache/* SCAN_CACHE_DAY */.EH });
            await saveScanCache(scans, keys, logger);
        }
        await environments?.saveInstalled();
        await timer.time("report", () => publish(report, inputs, temp, git.root));
        if (inputs.comment)
            await comment(report, event, env, inputs["github-token"] || env.GITHUB_TOKEN || "");
        const code = conclude(report, settings.allowScanErrors, settings.strictConfig);
        if (code === errors/* EXIT */.dc.regressions && fixSettings) {
            try {
                const { fixStep } = await Promise.all(/* import() */[__webpack_require__.e(351), __webpack_require__.e(152), __webpack_require__.e(954)]).then(__webpack_require__.bind(__webpack_require__, 86954));
                await timer.time("fix rounds", () => fixStep({ report, inputs, settings: fixSettings, gateDeps: { ...deps, timer: undefined }, git, logger, env, eventName: event.name, branch: event.branch }));
            }
            catch (error) {
                // The gate's verdict stands whatever happens to the fix; the failure is said once, plainly.
                (0,outputs/* setOutput */.u)("pull-request-operation", "none");
                failStep(error, "bandit-gate fix step");
            }
        }
        void deps.close?.();
        await publishTimings(timer, performance.now() - started);
        return code;
    }
    catch (error) {
        return failStep(error);
    }
}
/**
 * The fix step runs the branch's code (its tests, with the model's candidate spliced in). Its
 * environment is an allow-list, but this process's own, as it was started, stays readable in
 * `/proc/<pid>/environ` by any process of the runner's user: overwrite what children are not
 * given (inputs, tokens, the API key) before anything runs.
 */
function hideEnvironmentFromBranchCode() {
    const outcome = hideInheritedEnvironment(child_env/* isAllowListedName */.Ur);
    if ("problem" in outcome) {
        core/* warning */.$e(`bandit-gate: could not hide this step's inputs and tokens from the branch's code (${outcome.problem}): a test file can read them in /proc/${process.pid}/environ; use fix: propose in a job without secrets it must not see`);
    }
}
/**
 * The Action's one way to fail its step: the user's error (bad input, no merge-base) in one line,
 * ours with its stack so it can be reported. Returns the error's exit code.
 */
function failStep(error, what = "bandit-gate") {
    const code = (0,errors/* exitCodeFor */.Rr)(error);
    const message = error instanceof Error ? error.message : String(error);
    core/* setFailed */.C1(code === errors/* EXIT */.dc.internal ? `${what}: internal error: ${error?.stack ?? message}` : `${what}: ${message}`);
    return code;
}
/** `merge-reports`: no scan; combine the shard reports of a matrix into one verdict. */
async function mergeMode(inputs, cwd, env) {
    const files = [];
    for (const input of inputs["merge-reports"])
        files.push(...(await jsonFilesUnder(resolveIn(cwd, input))));
    const report = await mergeReportFiles(files.sort());
    core/* info */.pq(`bandit-gate: merged ${files.length} shard report(s)`);
    await publish(report, inputs, env.RUNNER_TEMP || (0,external_node_path_.join)(cwd, "..", ".bandit-gate-tmp"), cwd);
    return conclude(report, inputs["allow-scan-errors"], inputs["strict-config"]);
}
/** A report file, or every `*.json` below a folder (where download-artifact puts them). */
async function jsonFilesUnder(path) {
    const info = await (0,promises_.stat)(path).catch(() => undefined);
    if (!info)
        throw new errors/* ConfigurationError */.j1(`merge-reports: ${path} does not exist; point it at the downloaded shard reports`);
    if (!info.isDirectory())
        return [path];
    const entries = await (0,promises_.readdir)(path, { recursive: true, withFileTypes: true });
    return entries.filter((e) => e.isFile() && e.name.endsWith(".json")).map((e) => (0,external_node_path_.join)(e.parentPath ?? e.path, e.name));
}
function conclude(report, allowScanErrors, strictConfig) {
    const code = (0,report_report/* exitCodeOf */.FO)(report, allowScanErrors, strictConfig);
    if (report.gate_changes?.length)
        core/* warning */.$e(`bandit-gate: ${(0,gate_files/* gateFilesWarning */.T)(report.gate_changes.map((g) => g.split(" ")[0]))}`);
    if (strictConfig && report.gate_changes?.length)
        core/* error */.z3(`bandit-gate: ${messages/* messages */.D.strictConfig(report.gate_changes, "strict-config: true")}`);
    if (code === 1)
        core/* setFailed */.C1(`bandit-gate: ${(0,report_report/* headline */.Pl)(report)}`);
    if (code === 3)
        core/* setFailed */.C1(`bandit-gate: ${messages/* messages */.D.scanFailed(report.scan_errors, "allow-scan-errors: true")}`);
    if (code === 0)
        core/* info */.pq(`bandit-gate: ${(0,report_report/* headline */.Pl)(report)}`);
    return code;
}
async function readEvent(env) {
    const name = env.GITHUB_EVENT_NAME ?? "";
    let payload = {};
    if (env.GITHUB_EVENT_PATH) {
        try {
            payload = JSON.parse(await (0,promises_.readFile)(env.GITHUB_EVENT_PATH, "utf8"));
        }
        catch (error) {
            throw new errors/* ConfigurationError */.j1(`cannot read the event payload ${env.GITHUB_EVENT_PATH}: ${error.message}`);
        }
    }
    const facts = { name, defaultBranch: payload.repository?.default_branch };
    if (name === "pull_request" || name === "pull_request_target") {
        facts.pullRequestBase = payload.pull_request?.base?.ref;
        facts.branch = payload.pull_request?.head?.ref;
        if (typeof payload.pull_request?.number === "number")
            facts.pullRequestNumber = payload.pull_request.number;
    }
    else {
        const ref = payload.ref ?? env.GITHUB_REF ?? "";
        if (ref.startsWith("refs/heads/"))
            facts.branch = ref.slice("refs/heads/".length);
    }
    return facts;
}
async function publish(report, inputs, temp, repoRoot) {
    const jsonPath = resolveIn(repoRoot, inputs["report-json"] || (0,external_node_path_.join)(temp, "bandit-gate", "report.json"));
    const sarifPath = resolveIn(repoRoot, inputs["sarif-file"] || (0,external_node_path_.join)(temp, "bandit-gate", "bandit-gate.sarif"));
    await writeOutputFile(jsonPath, (0,report_report/* renderJson */.hF)(report), "the report-json input");
    await writeOutputFile(sarifPath, renderSarif(report, { toolVersion: TOOL_VERSION }), "the sarif-file input");
    (0,outputs/* setOutput */.u)("report-json", jsonPath);
    (0,outputs/* setOutput */.u)("sarif-file", sarifPath);
    setCountOutputs(report);
    for (const r of report.regressions.slice(0, MAX_ANNOTATIONS)) {
        const commit = r.introduced_in ? ` (${r.introduced_in.commit === null ? "" : "introduced in "}${(0,blame/* describeIntroducedIn */.i)(r.introduced_in)})` : "";
        const cell = r.cell !== undefined ? `cell ${r.cell}, line ${r.cell_line ?? "?"}: ` : "";
        const message = `${cell}${r.kind === "escalated" ? `escalated from ${r.baseline_severity}` : r.kind}: ${r.text}${commit}`;
        const title = `bandit-gate ${r.test_id} ${r.test_name} (${r.severity})`;
        // A notebook's lines are its extracted Python's, not its JSON's: the annotation names the file and the cell.
        const properties = r.cell !== undefined ? { file: r.path, title } : { file: r.path, startLine: r.line, endLine: r.end_line, title };
        if (r.severity === "HIGH" || r.severity === "MEDIUM")
            core/* error */.z3(message, properties);
        else
            core/* warning */.$e(message, properties);
    }
    if (report.regressions.length > MAX_ANNOTATIONS) {
        core/* warning */.$e(`bandit-gate: ${report.regressions.length - MAX_ANNOTATIONS} more regressions are listed in the job summary`);
    }
    for (const failure of report.scan_errors)
        core/* error */.z3(`Bandit could not scan this file: ${failure.reason}`, { file: failure.path });
    for (const note of report.notes)
        core/* notice */.lm(note);
    if (report.scanned.shard)
        core/* info */.pq(`bandit-gate: shard ${report.scanned.shard}`);
    await core/* summary */.z.addRaw((0,markdown/* renderMarkdown */.G)(report)).write();
}
/** The phase table, after the report in the summary; also in the log for runs without a summary. */
async function publishTimings(timer, totalMs) {
    const table = (0,timings/* renderTimingsMarkdown */.lk)(timer.timings(), timer.counts(), totalMs);
    if (!table)
        return;
    for (const t of timer.timings())
        core/* info */.pq(`bandit-gate: ${t.phase}: ${Math.round(t.ms)} ms`);
    for (const [name, n] of timer.counts())
        core/* info */.pq(`bandit-gate: ${name}: ${n}`);
    await core/* summary */.z.addRaw(table).write();
}
/** The sticky pull request comment. Whatever GitHub answers, the gate's verdict stands. */
async function comment(report, event, env, token) {
    if (event.pullRequestNumber === undefined) {
        core/* info */.pq("bandit-gate: comment: not a pull request event, so there is no pull request to comment on");
        return;
    }
    const [owner, repo] = (env.GITHUB_REPOSITORY ?? "").split("/");
    if (!token.trim() || !owner || !repo) {
        core/* notice */.lm("bandit-gate: comment: no github-token or GITHUB_REPOSITORY, so no pull request comment; the verdict is unchanged");
        return;
    }
    core/* setSecret */.Pq(token);
    const { OctokitPullRequestComments } = await Promise.all(/* import() */[__webpack_require__.e(351), __webpack_require__.e(918)]).then(__webpack_require__.bind(__webpack_require__, 97918));
    const { upsertPullRequestComment } = await Promise.all(/* import() */[__webpack_require__.e(351), __webpack_require__.e(107)]).then(__webpack_require__.bind(__webpack_require__, 35107));
    const serverUrl = env.GITHUB_SERVER_URL || "https://github.com";
    const runUrl = env.GITHUB_RUN_ID ? `${serverUrl}/${owner}/${repo}/actions/runs/${env.GITHUB_RUN_ID}` : undefined;
    try {
        const comments = new OctokitPullRequestComments(token, owner, repo, env.GITHUB_API_URL || "https://api.github.com");
        const outcome = await upsertPullRequestComment(comments, event.pullRequestNumber, report, runUrl);
        if (outcome.operation === "refused")
            core/* notice */.lm(messages/* messages */.D.commentRefused(outcome.status));
        else if (outcome.operation === "none")
            core/* info */.pq(`bandit-gate: comment: ${outcome.reason}`);
        else
            core/* info */.pq(`bandit-gate: pull request comment ${outcome.operation} (${outcome.id})`);
    }
    catch (error) {
        core/* warning */.$e(`bandit-gate: the pull request comment failed (${error.message}); the verdict is unchanged`);
    }
}
function setCountOutputs(report) {
    const counts = report?.counts;
    (0,outputs/* setOutput */.u)("regressions", counts?.regressions ?? 0);
    (0,outputs/* setOutput */.u)("new", counts?.new ?? 0);
    (0,outputs/* setOutput */.u)("escalated", counts?.escalated ?? 0);
    (0,outputs/* setOutput */.u)("suppressed", counts?.suppressed ?? 0);
    (0,outputs/* setOutput */.u)("fixed", counts?.fixed ?? 0);
}
function resolveIn(root, path) {
    return (0,external_node_path_.isAbsolute)(path) ? path : (0,external_node_path_.resolve)(root, path);
}


/***/ }),

/***/ 92309:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ setOutput)
/* harmony export */ });
/* unused harmony export ACTION_OUTPUTS */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33838);

/** Every output of action.yml: the Action sets these and no others (a unit test compares the names). */
const ACTION_OUTPUTS = (/* unused pure expression or super */ null && ([
    "regressions",
    "new",
    "escalated",
    "suppressed",
    "fixed",
    "report-json",
    "sarif-file",
    "pull-request-number",
    "pull-request-url",
    "pull-request-operation",
    "fixed-functions",
    "improved-functions",
    "unfixed-functions",
    "fix-proposed",
]));
/** Set an output declared in action.yml; an undeclared name does not compile. */
function setOutput(name, value) {
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH(name, value);
}


/***/ }),

/***/ 58332:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ loadBanditConfig)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var _lifetime_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(89350);
/* harmony import */ var smol_toml__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3292);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(62807);
/* harmony import */ var _core_messages_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(41072);







/**
 * `pyproject.toml` with a `[tool.bandit]` table wins, else `.bandit` (passed with --ini).
 * Read from one revision (the baseline's, for the gate), so that a branch cannot loosen its own
 * check by editing the configuration it is judged with.
 */
async function loadBanditConfig(git, side) {
    const read = async (name) => {
        if (side.kind === "worktree")
            return (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(git.root, name)).catch(() => undefined);
        const spec = side.kind === "index" ? `:${name}` : `${side.commit}:${name}`;
        return (await git.readObjects([spec])).get(spec)?.content;
    };
    const where = side.kind === "commit" ? ` at ${side.commit.slice(0, 12)}` : side.kind === "index" ? " (staged)" : "";
    const pyproject = await read("pyproject.toml");
    if (pyproject && /^\s*\[tool\.bandit(\.[^\]]*)?\]/m.test(pyproject.toString("utf8"))) {
        return pyprojectConfig(pyproject, `pyproject.toml${where}`);
    }
    const ini = await read(".bandit");
    if (ini)
        return writeConfig("ini", ".bandit", ini, `.bandit${where}`);
    return { config: { kind: "none" }, digest: digestOf("none", Buffer.alloc(0)), source: "Bandit's defaults", text: "", excludes: [], dispose: async () => { } };
}
/** `[tool.bandit]` as Bandit reads it; its path-dependent parts are applied per scan (bandit-paths.ts). */
function pyprojectConfig(content, source) {
    let table;
    try {
        const doc = (0,smol_toml__WEBPACK_IMPORTED_MODULE_4__/* .parse */ .qg)(content.toString("utf8"));
        table = doc.tool?.bandit ?? {};
    }
    catch (error) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ConfigurationError */ .j1(_core_messages_js__WEBPACK_IMPORTED_MODULE_6__/* .messages */ .D.badBanditConfig(source, `not valid TOML (${error.message.split("\n")[0]})`));
    }
    if (typeof table !== "object" || table === null || Array.isArray(table)) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ConfigurationError */ .j1(_core_messages_js__WEBPACK_IMPORTED_MODULE_6__/* .messages */ .D.badBanditConfig(source, "[tool.bandit] is not a table"));
    }
    const settings = JSON.parse(JSON.stringify(table));
    const excludes = settings.exclude_dirs ?? [];
    if (!Array.isArray(excludes) || excludes.some((e) => typeof e !== "string")) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ConfigurationError */ .j1(_core_messages_js__WEBPACK_IMPORTED_MODULE_6__/* .messages */ .D.badBanditConfig(source, "exclude_dirs must be a list of strings"));
    }
    return {
        config: { kind: "pyproject", settings },
        digest: digestOf("pyproject", content),
        source,
        text: content.toString("utf8"),
        excludes: excludes,
        dispose: async () => { },
    };
}
async function writeConfig(kind, name, content, source) {
    const dir = await (0,_lifetime_js__WEBPACK_IMPORTED_MODULE_3__/* .makeTemporaryDirectory */ .LN)("bandit-gate-config-");
    const file = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, name);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(file, content);
    return {
        config: { kind, file },
        digest: digestOf(kind, content),
        source,
        text: content.toString("utf8"),
        excludes: [],
        dispose: () => (0,_lifetime_js__WEBPACK_IMPORTED_MODULE_3__/* .removeTemporaryDirectory */ .rc)(dir),
    };
}
function digestOf(kind, content) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)("sha256").update(kind).update("\0").update(content).digest("hex").slice(0, 16);
}


/***/ }),

/***/ 21415:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F_: () => (/* binding */ packEnvironment),
/* harmony export */   KI: () => (/* binding */ packedProblem),
/* harmony export */   tJ: () => (/* binding */ sitePackages)
/* harmony export */ });
/* unused harmony exports PACKED_ARCHIVE, PACKED_PATH_FILE */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(62807);
/* harmony import */ var _process_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(17288);




/**
 * The cached form of a Bandit environment: the same venv, but with every pure-Python package
 * of site-packages in ONE zip file that a `.pth` file puts on `sys.path` (zipimport; Python
 * reads site-packages' `.pth` files under `-I` too). A warm start unpacks a few hundred files
 * instead of a thousand, and creating files is most of what unpacking costs.
 *
 * What stays as files: the venv's own layout (bin/, pyvenv.cfg), every `*.dist-info` (Bandit's
 * version, its installation digest and stevedore's entry points are read from them, by us and by
 * `importlib.metadata`), packages with native code (zipimport cannot load extension modules:
 * libcst's parser, PyYAML's `_yaml`), namespace packages and anything not a plain package.
 * The bytecode this run's imports wrote goes into the zip next to each module (`mod.pyc`, marked
 * unchecked: the zip never changes once written), so a restored Bandit does not compile on every
 * start; modules that were never imported go in as source only.
 */
const PACKED_ARCHIVE = "bandit-gate-packed.zip";
// Named to sort first: site reads .pth files in name order, and one that imports a module at
// start-up (e.g. `_virtualenv.pth`) must find the zip already on the path.
const PACKED_PATH_FILE = "00-bandit-gate-packed.pth";
const PACK_SCRIPT = String.raw `
import glob, importlib.machinery, importlib.util, os, shutil, sys, zipfile

venv, staging, ARCHIVE, PTH = sys.argv[1:5]
NATIVE = tuple(set(importlib.machinery.EXTENSION_SUFFIXES) | {".so", ".pyd", ".dylib", ".dll"})
TAG = sys.implementation.cache_tag
MAGIC = importlib.util.MAGIC_NUMBER

def has_native(path):
    for _, _, files in os.walk(path):
        if any(f.endswith(NATIVE) for f in files):
            return True
    return False

def packable(site, name):
    path = os.path.join(site, name)
    if os.path.islink(path) or not name.isascii():
        return False
    if os.path.isfile(path):
        return name.endswith(".py") and name[:-3].isidentifier()
    return name.isidentifier() and os.path.isfile(os.path.join(path, "__init__.py")) and not has_native(path)

def bytecode(source):
    # The bytecode Python wrote on import, if it is current; made unchecked-hash (PEP 552).
    folder, name = os.path.split(source)
    pyc = os.path.join(folder, "__pycache__", name[:-3] + "." + TAG + ".pyc")
    try:
        with open(pyc, "rb") as f:
            data = f.read()
        info = os.stat(source)
    except OSError:
        return None
    if len(data) < 16 or data[:4] != MAGIC or int.from_bytes(data[4:8], "little") != 0:
        return None
    if int.from_bytes(data[8:12], "little") != int(info.st_mtime) & 0xFFFFFFFF or int.from_bytes(data[12:16], "little") != info.st_size & 0xFFFFFFFF:
        return None
    with open(source, "rb") as f:
        digest = importlib.util.source_hash(f.read())
    return MAGIC + (1).to_bytes(4, "little") + digest + data[16:]

sites = glob.glob(os.path.join(venv, "lib", "python*", "site-packages")) + glob.glob(os.path.join(venv, "Lib", "site-packages"))
if len(sites) != 1:
    sys.exit("expected one site-packages in %s, found %d" % (venv, len(sites)))
site = sites[0]
# Modules that another .pth file imports while site starts stay as files, whatever the order.
started = set()
for pth in glob.glob(os.path.join(site, "*.pth")):
    with open(pth, encoding="utf-8", errors="replace") as f:
        for line in f:
            if line.startswith(("import ", "import\t")):
                started.update(__import__("re").findall(r"[A-Za-z_][A-Za-z0-9_]*", line))
packed = sorted(n for n in os.listdir(site) if packable(site, n) and n.split(".")[0] not in started)

def skip(folder, names):
    if os.path.normcase(os.path.abspath(folder)) == os.path.normcase(os.path.abspath(site)):
        return [n for n in names if n in packed or n in ("__pycache__", ARCHIVE, PTH)]
    return []

shutil.rmtree(staging, ignore_errors=True)
shutil.copytree(venv, staging, symlinks=True, ignore=skip)
target = os.path.join(staging, os.path.relpath(site, venv))
files = 0
with zipfile.ZipFile(os.path.join(target, ARCHIVE), "w", zipfile.ZIP_STORED) as archive:
    def add(path):
        global files
        arcname = os.path.relpath(path, site).replace(os.sep, "/")
        archive.write(path, arcname)
        files += 1
        if path.endswith(".py"):
            code = bytecode(path)
            if code is not None:
                archive.writestr(zipfile.ZipInfo(arcname + "c"), code)
    for name in packed:
        path = os.path.join(site, name)
        if os.path.isfile(path):
            add(path)
            continue
        for folder, dirs, names in os.walk(path):
            dirs[:] = sorted(d for d in dirs if d != "__pycache__")
            for f in sorted(names):
                add(os.path.join(folder, f))
with open(os.path.join(target, PTH), "w") as f:
    f.write(ARCHIVE + "\n")
print("%d %d" % (len(packed), files))
`;
/** Write the cached form of the environment at `venv` to `staging` (replacing it); `venv` is left as it is. */
async function packEnvironment(venv, staging) {
    const python = process.platform === "win32" ? (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(venv, "Scripts", "python.exe") : (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(venv, "bin", "python");
    const result = await (0,_process_js__WEBPACK_IMPORTED_MODULE_3__/* .runOutsideTree */ .bb)(python, ["-I", "-c", PACK_SCRIPT, venv, staging, PACKED_ARCHIVE, PACKED_PATH_FILE]);
    if (result.code !== 0)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`could not pack ${venv} for the cache (exit ${result.code}): ${(0,_process_js__WEBPACK_IMPORTED_MODULE_3__/* .lastMeaningfulLine */ .HF)(result.stderr) || (0,_process_js__WEBPACK_IMPORTED_MODULE_3__/* .lastMeaningfulLine */ .HF)(result.stdout)}`);
    const [packages = 0, files = 0] = result.stdout.trim().split(/\s+/).map(Number);
    return { packages, files };
}
/**
 * Why the packed modules of the environment at `venv` cannot be used, from their files only;
 * undefined when it has none or they look whole. A zip cut short (an archive truncated in the
 * cache, an unpack that stopped) loses its end record, which names where the directory of its
 * members is and how long it is: checked against the file's length. What this cannot see (a
 * member corrupted inside) the first scan shows.
 */
async function packedProblem(venv, sites) {
    for (const site of sites) {
        const listed = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(site, PACKED_PATH_FILE), "utf8").catch(() => undefined);
        if (listed === undefined)
            continue;
        const archives = listed.split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== "" && !l.startsWith("#") && !l.startsWith("import"));
        if (archives.length === 0)
            return `${(0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(site, PACKED_PATH_FILE)} names no archive`;
        for (const name of archives) {
            const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(name) ? name : (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(site, name);
            if (!path.startsWith(venv))
                return `${PACKED_PATH_FILE} names ${name}, outside the environment`;
            const problem = await zipProblem(path);
            if (problem)
                return `its packed modules ${path} ${problem}`;
        }
    }
    return undefined;
}
/** The zip's end-of-central-directory record (no archive comment: we write none) must describe the file exactly. */
async function zipProblem(path) {
    const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(path).catch(() => undefined);
    if (!info?.isFile())
        return "are missing";
    if (info.size < 22)
        return "are truncated";
    const file = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.open)(path, "r");
    try {
        const end = Buffer.alloc(22);
        await file.read(end, 0, 22, info.size - 22);
        if (end.readUInt32LE(0) !== 0x06054b50)
            return "are truncated or not a zip archive";
        const directorySize = end.readUInt32LE(12);
        const directoryOffset = end.readUInt32LE(16);
        if (directoryOffset + directorySize + 22 !== info.size)
            return "are truncated or padded";
        const first = Buffer.alloc(4);
        await file.read(first, 0, 4, directoryOffset);
        if (first.readUInt32LE(0) !== 0x02014b50 && end.readUInt16LE(10) > 0)
            return "have a damaged member directory";
        return undefined;
    }
    finally {
        await file.close();
    }
}
/** The site-packages folders of a venv (one, in practice). */
async function sitePackages(venv) {
    if (process.platform === "win32")
        return [(0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(venv, "Lib", "site-packages")];
    const versions = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(venv, "lib")).catch(() => []);
    return versions.filter((v) => /^python\d+\.\d+$/.test(v)).map((v) => (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(venv, "lib", v, "site-packages"));
}


/***/ }),

/***/ 91837:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  t: () => (/* binding */ BanditRunner),
  tN: () => (/* binding */ probeBandit)
});

// UNUSED EXPORTS: describeBandit, splitIntoChunks

// EXTERNAL MODULE: ./build/adapters/bandit/metadata.js
var metadata = __webpack_require__(82559);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./build/adapters/lifetime.js
var lifetime = __webpack_require__(89350);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./build/core/gate/paths.js
var paths = __webpack_require__(27464);
;// CONCATENATED MODULE: ./build/core/gate/bandit-json.js

/**
 * Parse the JSON report of any supported Bandit version (1.7.0 onwards; older reports parse too).
 * Fields that later versions added (`col_offset`, `more_info`, `issue_cwe`, `end_col_offset`)
 * are optional; metrics are ignored because their number types changed between versions.
 * Throws BanditOutputError when the text is not a Bandit report.
 */
function parseBanditJson(text) {
    let doc;
    try {
        doc = JSON.parse(text);
    }
    catch (error) {
        throw new BanditOutputError(`not JSON (${error.message})`);
    }
    if (!isObject(doc) || !Array.isArray(doc.results)) {
        throw new BanditOutputError("no `results` array");
    }
    const findings = doc.results.map((raw, index) => parseResult(raw, index));
    const errors = Array.isArray(doc.errors) ? doc.errors : [];
    const failures = errors.map((raw) => ({
        path: (0,paths/* normalisePath */.qb)(String(isObject(raw) ? raw.filename ?? "" : "")),
        reason: String(isObject(raw) ? raw.reason ?? "unknown error" : raw),
    }));
    const metrics = isObject(doc.metrics) ? Object.keys(doc.metrics).filter((k) => k !== "_totals") : [];
    return { findings, failures, scanned: metrics.map(paths/* normalisePath */.qb) };
}
class BanditOutputError extends Error {
    name = "BanditOutputError";
}
function parseResult(raw, index) {
    if (!isObject(raw))
        throw new BanditOutputError(`results[${index}] is not an object`);
    const line = toInt(raw.line_number);
    const testId = raw.test_id;
    if (line === undefined || typeof testId !== "string" || typeof raw.filename !== "string") {
        throw new BanditOutputError(`results[${index}] lacks filename, line_number or test_id`);
    }
    const range = Array.isArray(raw.line_range)
        ? raw.line_range.map(toInt).filter((n) => n !== undefined && n > 0)
        : [];
    const lineRange = range.length > 0 ? [...new Set(range)].sort((a, b) => a - b) : [line];
    const finding = {
        path: (0,paths/* normalisePath */.qb)(raw.filename),
        line,
        lineRange,
        testId,
        testName: typeof raw.test_name === "string" ? raw.test_name : testId,
        severity: toLevel(raw.issue_severity),
        confidence: toLevel(raw.issue_confidence),
        text: typeof raw.issue_text === "string" ? raw.issue_text : "",
    };
    const column = toInt(raw.col_offset);
    if (column !== undefined)
        finding.column = column;
    if (isObject(raw.issue_cwe)) {
        const cwe = toInt(raw.issue_cwe.id);
        if (cwe !== undefined && cwe > 0)
            finding.cwe = cwe;
    }
    if (typeof raw.more_info === "string" && raw.more_info !== "")
        finding.moreInfo = raw.more_info;
    return finding;
}
function toLevel(value) {
    const upper = typeof value === "string" ? value.toUpperCase() : "";
    return upper === "LOW" || upper === "MEDIUM" || upper === "HIGH" ? upper : "UNDEFINED";
}
function toInt(value) {
    if (typeof value === "number" && Number.isFinite(value))
        return Math.trunc(value);
    if (typeof value === "string" && /^\d+$/.test(value))
        return Number(value);
    return undefined;
}
function isObject(value) {
    return typeof value === "object" && value !== null && !Array.isArray(value);
}
/**
 * First line of `bandit --version` -> `1.9.4`. The first word is argparse's program name, so
 * it reads `__main__.py 1.9.4` under `python -m bandit`; only the version is trusted.
 */
function parseBanditVersion(output) {
    const first = output.split(/\r?\n/, 1)[0] ?? "";
    return /^\S+\s+(\d+\.\d+\.\d+\S*)\s*$/.exec(first.trim())?.[1];
}

// EXTERNAL MODULE: ./build/core/errors.js
var errors = __webpack_require__(62807);
// EXTERNAL MODULE: ./build/core/messages.js
var messages = __webpack_require__(41072);
// EXTERNAL MODULE: ./build/core/gate/bandit-paths.js
var bandit_paths = __webpack_require__(71165);
// EXTERNAL MODULE: ./build/core/child-env.js
var child_env = __webpack_require__(76462);
// EXTERNAL MODULE: ./build/adapters/process.js
var adapters_process = __webpack_require__(17288);
;// CONCATENATED MODULE: ./build/adapters/bandit/run.js










/**
 * Bandit excludes by substring by default, so its default list (`.git`, ...) drops files under
 * `.github/`. Naming files explicitly does not help; an exclude that can match no path does.
 */
const MATCH_NOTHING_EXCLUDE = "/nonexistent/bandit-gate-excludes-nothing";
/** `python -m bandit`: that Python's site directories, digested as metadata.ts does a virtual environment's. */
async function installationOf(python, env) {
    const script = "import sys\nfor p in sys.path:\n    if p.endswith(('site-packages', 'dist-packages')): print(p)";
    const result = await (0,adapters_process/* runOutsideTree */.bb)(python, ["-I", "-c", script], { env: (0,child_env/* childEnvironment */.Qc)(env ?? process.env) }).catch(() => undefined);
    if (!result || result.code !== 0)
        return undefined;
    const sites = result.stdout.split("\n").map((l) => l.trim()).filter(Boolean);
    return sites.length > 0 ? (0,metadata/* installationDigest */.Pr)(sites) : undefined;
}
/** `bandit --version` -> version, or a CommandNotFoundError when it cannot start. */
async function probeBandit(argv, env) {
    const [program, ...pre] = argv;
    if (!program)
        return undefined;
    try {
        const result = await (0,adapters_process/* runOutsideTree */.bb)(program, [...pre, "--version"], { env: (0,child_env/* childEnvironment */.Qc)(env ?? process.env) });
        const version = parseBanditVersion(result.stdout) ?? parseBanditVersion(result.stderr);
        if (result.code !== 0 || !version)
            return undefined;
        const installation = pre[0] === "-m" && pre[1] === "bandit" ? await installationOf(program, env) : undefined;
        return { argv: [...argv], version, details: describeBandit(version, `${result.stdout}\n${result.stderr}`), ...(installation ? { installation } : {}) };
    }
    catch (error) {
        if (error instanceof adapters_process/* CommandNotFoundError */.v$)
            return undefined;
        throw error;
    }
}
/**
 * `bandit 1.9.4; python 3.11` from `--version` output. Python's minor version decides the
 * grammar Bandit parses with; patch releases and build details do not.
 */
function describeBandit(version, versionOutput) {
    const python = /python version\s*=\s*(\d+\.\d+)/.exec(versionOutput)?.[1];
    return `bandit ${version}; python ${python ?? "unknown"}`;
}
/** The arguments every run passes whatever the files; part of the scanner's identity. */
const FIXED_ARGUMENTS = ["-f", "json", "-q", "--ignore-nosec", "-x", MATCH_NOTHING_EXCLUDE];
/**
 * How files are named to Bandit, part of the identity too: absolute paths from a working
 * directory outside the judged tree (results of runs that imported from the tree are not reused).
 */
const PATH_MODE = "absolute paths, isolated working directory";
class BanditRunner {
    command;
    options;
    constructor(command, options) {
        this.command = command;
        this.options = options;
    }
    get version() {
        return this.command.version;
    }
    get identity() {
        const installation = this.command.installation ? `; installation ${this.command.installation}` : "";
        return `${this.command.details ?? `bandit ${this.command.version}`}${installation}; ${FIXED_ARGUMENTS.join(" ")}; ${PATH_MODE}`;
    }
    /**
     * Scan `files` (paths relative to `root`); Bandit's paths come back relative to `root`.
     * Bandit runs from a fresh directory of its own with absolute paths: started inside the tree,
     * `python -m bandit` (or an empty PYTHONPATH entry) would import a `bandit/` package or a
     * `sitecustomize.py` the judged branch committed, in place of Bandit.
     */
    async scan(root, files) {
        if (files.length === 0)
            return { findings: [], failures: [], scanned: [] };
        const chunks = splitIntoChunks(files, {
            processes: this.options.jobs,
            maxArgChars: this.options.maxArgChars ?? 60_000,
            minFilesPerProcess: this.options.minFilesPerProcess ?? 16,
        });
        const results = await mapLimit(chunks, Math.max(1, this.options.jobs), (chunk) => this.scanChunk(root, chunk));
        return {
            findings: results.flatMap((r) => r.findings),
            failures: results.flatMap((r) => r.failures),
            scanned: results.flatMap((r) => r.scanned),
        };
    }
    async scanChunk(root, files) {
        const dir = await (0,lifetime/* makeTemporaryDirectory */.LN)("bandit-gate-out-");
        const output = (0,external_node_path_.join)(dir, "bandit.json");
        try {
            const [program, ...pre] = this.command.argv;
            const base = (0,external_node_path_.resolve)(root);
            const args = [...FIXED_ARGUMENTS, "-o", output];
            const config = this.options.config;
            if (config.kind === "pyproject") {
                // JSON is YAML: Bandit reads it with its YAML loader, with no TOML library needed.
                const file = (0,external_node_path_.join)(dir, "bandit-config.yaml");
                await (0,promises_.writeFile)(file, JSON.stringify((0,bandit_paths/* banditSettingsForRoot */.fd)(config.settings, base)));
                args.push("-c", file);
            }
            if (config.kind === "ini")
                args.push("--ini", config.file);
            args.push("--", ...files.map((f) => (0,external_node_path_.join)(base, f)));
            const limit = this.options.timeoutMs ? { timeoutMs: this.options.timeoutMs } : {};
            let result = await this.options.drivers?.run({ args, ...limit });
            try {
                result ??= await (0,adapters_process/* runCommand */.d1)(program, [...pre, ...args], { cwd: dir, env: this.options.env ?? (0,child_env/* childEnvironment */.Qc)(process.env), ...limit });
            }
            catch (error) {
                if (error instanceof adapters_process/* CommandNotFoundError */.v$)
                    throw new errors/* ScanError */.sC(`Bandit could not be started (${error.message})`);
                throw error;
            }
            if (result.timedOut)
                throw new errors/* ScanError */.sC(messages/* messages */.D.banditTimedOut(files, this.options.timeoutMs ?? 0));
            let text;
            try {
                text = await (0,promises_.readFile)(output, "utf8");
            }
            catch {
                throw new errors/* ScanError */.sC(`Bandit exited ${result.code} without writing a report: ${(0,adapters_process/* lastMeaningfulLine */.HF)(result.stderr) || (0,adapters_process/* lastMeaningfulLine */.HF)(result.stdout) || "no message"}`);
            }
            try {
                return (0,bandit_paths/* relativeToRoot */.yY)(parseBanditJson(text), base);
            }
            catch (error) {
                if (error instanceof BanditOutputError)
                    throw new errors/* ScanError */.sC(`Bandit wrote an unreadable report: ${error.message}`);
                throw error;
            }
        }
        finally {
            await (0,lifetime/* removeTemporaryDirectory */.rc)(dir);
        }
    }
}
/**
 * Split files into chunks: one per process when there are enough files to pay for Bandit's
 * start-up, more when the command line would get too long. Order is kept.
 */
function splitIntoChunks(files, limits) {
    const wanted = Math.max(1, Math.min(limits.processes, Math.floor(files.length / limits.minFilesPerProcess)));
    const perChunk = Math.ceil(files.length / wanted);
    const chunks = [];
    let current = [];
    let chars = 0;
    for (const file of files) {
        if (current.length > 0 && (current.length >= perChunk || chars + file.length + 1 > limits.maxArgChars)) {
            chunks.push(current);
            current = [];
            chars = 0;
        }
        current.push(file);
        chars += file.length + 1;
    }
    if (current.length > 0)
        chunks.push(current);
    return chunks;
}
async function mapLimit(items, limit, fn) {
    const results = new Array(items.length);
    let next = 0;
    const workers = Array.from({ length: Math.min(limit, items.length) }, async () => {
        while (next < items.length) {
            const index = next++;
            results[index] = await fn(items[index]);
        }
    });
    await Promise.all(workers);
    return results;
}


/***/ }),

/***/ 28235:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   y: () => (/* binding */ EntryFiles)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var _files_directories_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(43486);





/**
 * Entries named by a hex key, one file each, under `<dir>/<first two hex digits>/<key><suffix>`:
 * the layout the scan cache (`.json`) and the statement facts cache (`.facts`) share, and
 * `pruneScanCache` walks.
 * Reading never throws (a missing, unreadable or damaged entry is a miss); writing goes to a
 * temporary name renamed into place, so concurrent runs see a whole entry or none.
 */
class EntryFiles {
    dir;
    suffix;
    /** Directory listings, read once per run: a miss then costs no failed open. Undefined: not there. */
    listings = new Map();
    made = new Map();
    written = 0;
    constructor(dir, suffix = ".json") {
        this.dir = dir;
        this.suffix = suffix;
    }
    pathOf(key) {
        return (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(this.dir, key.slice(0, 2), `${key}${this.suffix}`);
    }
    /**
     * The entry's text, parsed by `parse`; undefined when there is none or `parse` refuses it. A
     * parsed entry is touched (a hit is a use: pruning removes what has not been used for a
     * while), through the descriptor it was read from. Listings are read once, so an entry a
     * concurrent run writes meanwhile can be missed: a miss, never a wrong answer.
     */
    read(key, parse) {
        if (!this.listing(this.dir)?.has(key.slice(0, 2)))
            return {};
        if (this.listing((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(this.dir, key.slice(0, 2)))?.has(`${key}${this.suffix}`) !== true)
            return {};
        let text;
        let value;
        let fd;
        try {
            fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.openSync)(this.pathOf(key), "r");
            text = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(fd, "utf8");
            value = parse(text);
            if (value !== undefined)
                (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.futimesSync)(fd, new Date(), new Date());
        }
        catch {
            /* unreadable, or a cache this user may read but not touch: a parsed entry still answers */
        }
        finally {
            if (fd !== undefined)
                (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)(fd);
        }
        return { ...(text !== undefined ? { text } : {}), ...(value !== undefined ? { value } : {}) };
    }
    /** Write an entry; resolves false (never rejects) when it could not be written. */
    async write(key, text) {
        const target = this.pathOf(key);
        this.written += 1;
        const temporary = `${target}.${TEMPORARY_TAG}.${this.written}.tmp`;
        try {
            await this.directory((0,node_path__WEBPACK_IMPORTED_MODULE_3__.dirname)(target));
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.writeFile)(temporary, text, { flag: "wx" });
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rename)(temporary, target);
            return true;
        }
        catch {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(temporary, { force: true }).catch(() => undefined);
            return false;
        }
    }
    listing(dir) {
        if (!this.listings.has(dir)) {
            let names;
            try {
                names = new Set((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readdirSync)(dir));
            }
            catch {
                names = undefined;
            }
            this.listings.set(dir, names);
        }
        return this.listings.get(dir);
    }
    /** Each directory is made once per run, not once per entry. */
    directory(path) {
        let making = this.made.get(path);
        if (!making) {
            making = (0,_files_directories_js__WEBPACK_IMPORTED_MODULE_4__/* .makeDirectories */ .K)(path);
            this.made.set(path, making);
            making.catch(() => this.made.delete(path));
        }
        return making;
    }
}
/** Temporary names: this process and a random tag, then a counter, so concurrent runs never collide. */
const TEMPORARY_TAG = `${process.pid}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString("hex")}`;


/***/ }),

/***/ 84591:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EH: () => (/* binding */ SCAN_CACHE_DAY),
/* harmony export */   iY: () => (/* binding */ pruneScanCache),
/* harmony export */   o9: () => (/* binding */ CachingScanner)
/* harmony export */ });
/* harmony import */ var _files_directories_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(43486);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var _entry_files_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(28235);
/* harmony import */ var _core_gate_scan_cache_entry_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9121);






/**
 * A Scanner that remembers each file's outcome on disk, keyed by the file's content, the
 * scanner's identity and the configuration, and asks the wrapped scanner only about the rest.
 * Every problem with the cache (an unreadable directory, a damaged or foreign entry, a failed
 * write) costs a scan, never an error or a wrong result. Entries are written to a temporary
 * name and renamed into place, so concurrent runs see a whole entry or none.
 */
class CachingScanner {
    inner;
    options;
    /** Hits and misses of this scanner's lifetime, for progress messages and tests. */
    stats = { hits: 0, misses: 0, writes: 0 };
    constructor(inner, options) {
        this.inner = inner;
        this.options = options;
        this.entries = new _entry_files_js__WEBPACK_IMPORTED_MODULE_4__/* .EntryFiles */ .y(options.dir);
    }
    get version() {
        return this.inner.version;
    }
    get identity() {
        return this.inner.identity ?? `bandit ${this.inner.version}`;
    }
    async scan(root, files, known) {
        const unique = [...new Set(files)];
        const looked = unique.map((path) => this.lookUp(root, path, known?.contents.get(path)));
        const outcomes = new Map();
        const misses = [];
        for (const entry of looked) {
            if (entry.hit)
                outcomes.set(entry.path, entry.hit);
            else
                misses.push(entry);
        }
        this.stats.hits += unique.length - misses.length;
        this.stats.misses += misses.length;
        this.options.logger?.debug(`scan cache: ${unique.length - misses.length} hit(s), ${misses.length} miss(es) under ${root}`);
        if (misses.length === 0)
            return (0,_core_gate_scan_cache_entry_js__WEBPACK_IMPORTED_MODULE_5__/* .joinOutcomes */ .m4)(unique, outcomes);
        const result = await this.inner.scan(root, misses.map((m) => m.path));
        const fresh = (0,_core_gate_scan_cache_entry_js__WEBPACK_IMPORTED_MODULE_5__/* .splitByFile */ .g7)(result, misses.map((m) => m.path));
        if (!fresh) {
            // Bandit named a path we did not ask about; hand its answer on untouched and store nothing.
            this.options.logger?.debug("scan cache: Bandit's result could not be split by file; nothing stored");
            const hits = (0,_core_gate_scan_cache_entry_js__WEBPACK_IMPORTED_MODULE_5__/* .joinOutcomes */ .m4)(unique, outcomes);
            return {
                findings: [...hits.findings, ...result.findings],
                failures: [...hits.failures, ...result.failures],
                scanned: [...hits.scanned, ...result.scanned],
            };
        }
        for (const miss of misses) {
            const outcome = fresh.get(miss.path);
            outcomes.set(miss.path, outcome);
            // Written while the gate goes on (matching, reports); `flush` waits for them.
            if (miss.key && miss.sha && (0,_core_gate_scan_cache_entry_js__WEBPACK_IMPORTED_MODULE_5__/* .isCacheable */ .TZ)(outcome))
                this.enqueue({ root, path: miss.path, key: miss.key, sha: miss.sha, outcome, immutable: known?.immutable === true });
        }
        return (0,_core_gate_scan_cache_entry_js__WEBPACK_IMPORTED_MODULE_5__/* .joinOutcomes */ .m4)(unique, outcomes);
    }
    /** Entries this run wrote or read: the other side of the gate finds them without the disk. */
    remembered = new Map();
    /** Keys queued for writing in this run (identical contents are written once). */
    queued = new Set();
    pending = new Set();
    entries;
    enqueue(entry) {
        // A working-tree file's outcome is trusted once its content is checked again (store).
        if (entry.immutable)
            this.remembered.set(entry.key, entry.outcome);
        if (this.queued.has(entry.key))
            return;
        this.queued.add(entry.key);
        this.track(this.store(entry));
    }
    track(write) {
        const settled = write.catch(() => undefined).finally(() => this.pending.delete(settled));
        this.pending.add(settled);
    }
    /** Wait for the entries this scanner is still writing (before the cache directory is saved or removed). */
    async flush() {
        while (this.pending.size > 0)
            await Promise.all([...this.pending]);
    }
    keyFor(path, sha) {
        return (0,_core_gate_scan_cache_entry_js__WEBPACK_IMPORTED_MODULE_5__/* .scanCacheKey */ .zJ)({
            scanner: this.identity,
            configDigest: this.options.configDigest,
            ...(this.options.pathDependent ? { path } : {}),
            contentSha256: sha,
        });
    }
    lookUp(root, path, known) {
        let content;
        try {
            content = known ?? (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(root, path));
        }
        catch {
            return { path }; // Bandit will say what is wrong with it
        }
        const sha = (0,_core_gate_scan_cache_entry_js__WEBPACK_IMPORTED_MODULE_5__/* .contentDigest */ .eZ)(content);
        const key = this.keyFor(path, sha);
        const seen = this.remembered.get(key);
        if (seen)
            return { path, key, sha, hit: seen };
        const { text, value: hit } = this.entries.read(key, (stored) => (0,_core_gate_scan_cache_entry_js__WEBPACK_IMPORTED_MODULE_5__/* .parseEntry */ .ER)(stored, key));
        if (text !== undefined && !hit)
            this.options.logger?.debug(`scan cache: ignoring a damaged entry ${this.entries.pathOf(key)}`);
        if (!hit)
            return { path, key, sha };
        this.remembered.set(key, hit);
        return { path, key, sha, hit };
    }
    async store({ root, path, key, sha, outcome, immutable }) {
        // A working-tree file edited while Bandit read it would pair one content's key with another's findings.
        if (!immutable) {
            const after = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(root, path)).catch(() => undefined);
            if (!after || (0,_core_gate_scan_cache_entry_js__WEBPACK_IMPORTED_MODULE_5__/* .contentDigest */ .eZ)(after) !== sha)
                return;
            this.remembered.set(key, outcome);
        }
        if (await this.entries.write(key, (0,_core_gate_scan_cache_entry_js__WEBPACK_IMPORTED_MODULE_5__/* .serialiseEntry */ .K_)(key, outcome)))
            this.stats.writes += 1;
        else
            this.options.logger?.debug(`scan cache: could not write ${this.entries.pathOf(key)}`);
    }
}
const DAY = 24 * 60 * 60 * 1000;
/**
 * Keep the cache from growing for ever: remove entries unused for `unusedFor` (hits refresh an
 * entry's time) and temporary files a crashed run left. With `atMostEvery`, a marker file makes
 * the walk happen at most that often. Never fails: a cache problem only costs scans.
 */
async function pruneScanCache(dir, options = { unusedFor: 30 * DAY, atMostEvery: DAY }) {
    const now = options.now ?? Date.now();
    const marker = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, ".last-prune");
    try {
        if (options.atMostEvery !== undefined) {
            const last = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.stat)(marker).catch(() => undefined);
            if (last && now - last.mtimeMs < options.atMostEvery)
                return 0;
            await (0,_files_directories_js__WEBPACK_IMPORTED_MODULE_0__/* .makeDirectories */ .K)(dir);
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.writeFile)(marker, "");
        }
        let removed = 0;
        for (const shard of await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readdir)(dir).catch(() => [])) {
            if (!/^[0-9a-f]{2}$/.test(shard))
                continue;
            for (const name of await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readdir)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, shard)).catch(() => [])) {
                const file = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, shard, name);
                const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.stat)(file).catch(() => undefined);
                if (!info)
                    continue;
                const limit = name.endsWith(".tmp") ? 60 * 60 * 1000 : options.unusedFor;
                if (now - info.mtimeMs > limit) {
                    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(file, { force: true }).catch(() => undefined);
                    removed += 1;
                }
            }
        }
        return removed;
    }
    catch {
        return 0;
    }
}
const SCAN_CACHE_DAY = DAY;


/***/ }),

/***/ 43486:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ makeDirectories)
/* harmony export */ });
/* unused harmony export ensureWritableDirectory */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(62807);




/**
 * `mkdir -p`, one level at a time. Node's own recursive mkdir spins for ever at 100% CPU where a
 * level cannot be created (below /proc, for one); this fails at once with the error of the level.
 */
async function makeDirectories(path) {
    const missing = [];
    let current = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(path);
    for (;;) {
        const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(current).catch((error) => {
            if (error.code === "ENOENT")
                return undefined;
            throw error;
        });
        if (info) {
            if (!info.isDirectory())
                throw Object.assign(new Error(`ENOTDIR: not a directory, mkdir '${current}'`), { code: "ENOTDIR" });
            break;
        }
        missing.push(current);
        const parent = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(current);
        if (parent === current)
            break;
        current = parent;
    }
    for (const dir of missing.reverse()) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(dir).catch((error) => {
            if (error.code !== "EEXIST")
                throw error;
        });
    }
}
/**
 * Make sure a directory the run will write to exists and is writable, before any work is done:
 * a user who pointed it somewhere impossible hears so at once (exit 2), naming the path and the
 * setting, instead of after a scan (or never).
 */
async function ensureWritableDirectory(path, setting) {
    try {
        await makeDirectories(path);
        await access(path, constants.W_OK | constants.X_OK);
    }
    catch (error) {
        throw new ConfigurationError(`cannot write to ${path} (${error.code ?? error.message}); check ${setting}`);
    }
}


/***/ }),

/***/ 6689:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TU: () => (/* binding */ Git)
/* harmony export */ });
/* unused harmony exports unquoteGitPath, diffFilesNoIndex, GitError, absolutiseGitEnv, parseRawDiff */
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4573);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(62807);
/* harmony import */ var _core_gate_paths_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(27464);
/* harmony import */ var _process_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(17288);
/* harmony import */ var _core_gate_hunks_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(94405);
/* harmony import */ var _core_gate_line_owners_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(78669);







/**
 * Git, run as a program in one repository. Read-only except for `fetch`. Hooks run with
 * GIT_DIR, GIT_INDEX_FILE and friends set, sometimes as relative paths; they are made absolute
 * once here so that git invoked from anywhere reads the same repository and index.
 */
class Git {
    root;
    env;
    /**
     * Paths the listings below met that cannot be passed on intact (not UTF-8, a newline in the
     * name), keyed by the name they are listed under (invalid bytes replaced by U+FFFD). Such a
     * name reaches neither `git cat-file --batch` nor the file system as the same file, so a
     * caller about to judge one must fail rather than find nothing to scan.
     */
    unreadable = new Map();
    constructor(root, env = process.env) {
        this.root = root;
        this.env = absolutiseGitEnv(env, root);
    }
    /** The top level of the work tree containing `cwd`, or a ConfigurationError. */
    static async open(cwd, env = process.env) {
        // Relative to where we were started (`cwd`), not to the top level found below: they differ
        // when bandit-gate runs in a subdirectory with GIT_DIR or GIT_INDEX_FILE set relative to it.
        const pinned = absolutiseGitEnv(env, cwd);
        const result = await runGit(["rev-parse", "--show-toplevel"], cwd, pinned);
        if (result.code !== 0) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${cwd} is not inside a git repository (${(0,_process_js__WEBPACK_IMPORTED_MODULE_4__/* .lastMeaningfulLine */ .HF)(result.stderr)}); run bandit-gate from your repository's work tree`);
        }
        return new Git(result.stdout.trim(), pinned);
    }
    /** Run git in the repository; `env` adds to the repository's environment (an index file, an identity). */
    async exec(args, options = {}) {
        return runGit(args, this.root, options.env ? { ...this.env, ...options.env } : this.env, options);
    }
    /** Run git and throw with git's own last line when it fails. */
    async execOk(args, options = {}) {
        const result = await this.exec(args, options);
        if (result.code !== 0) {
            throw new GitError(`git ${args[0]} failed (exit ${result.code}): ${(0,_process_js__WEBPACK_IMPORTED_MODULE_4__/* .lastMeaningfulLine */ .HF)(result.stderr) || "no message"}`);
        }
        return result;
    }
    /** The commit a ref names, or undefined. */
    async tryResolveCommit(ref) {
        const result = await this.exec(["rev-parse", "--verify", "--quiet", "--end-of-options", `${ref}^{commit}`]);
        return result.code === 0 ? result.stdout.trim() : undefined;
    }
    async tryMergeBase(a, b) {
        const result = await this.exec(["merge-base", a, b]);
        return result.code === 0 ? result.stdout.trim() : undefined;
    }
    async isShallow() {
        const result = await this.exec(["rev-parse", "--is-shallow-repository"]);
        return result.stdout.trim() === "true";
    }
    async hasRemote(name) {
        const result = await this.exec(["remote"]);
        return result.stdout.split(/\r?\n/).includes(name);
    }
    /** `refs/remotes/origin/HEAD` -> `origin/main`, when the clone recorded it. */
    async tryRemoteHead(remote) {
        const result = await this.exec(["symbolic-ref", "--quiet", "--short", `refs/remotes/${remote}/HEAD`]);
        return result.code === 0 ? result.stdout.trim() : undefined;
    }
    /** Fetch; returns false (not throwing) when the remote refuses, so callers can fall back. */
    async tryFetch(args) {
        const result = await this.exec(["fetch", "--no-tags", "--quiet", ...args]);
        return result.code === 0;
    }
    /**
     * Changed paths between a baseline commit and the head side, renames tracked. Symbolic links
     * and submodules are left out: their "content" is a path or a commit, not code.
     */
    async diffNameStatus(base, head) {
        const args = ["-c", "core.quotepath=off", "diff", "--no-ext-diff", "--no-textconv", "--raw", "--no-abbrev", "-M", "-z"];
        if (head.kind === "index")
            args.push("--cached", base);
        else if (head.kind === "worktree")
            args.push(base);
        else
            args.push(base, head.ref);
        args.push("--");
        return parseRawDiff(this.decodeListing((await this.execOk(args)).stdoutBuffer));
    }
    /**
     * Like diffNameStatus, but symbolic links and submodules are kept, and every change carries
     * its head-side mode: for what the gate cannot scan, and for the gate's own files (a workflow
     * replaced by a link is still a change to it).
     */
    async diffAllModes(base, head) {
        const args = ["-c", "core.quotepath=off", "diff", "--no-ext-diff", "--no-textconv", "--raw", "--no-abbrev", "-M", "-z"];
        if (head.kind === "index")
            args.push("--cached", base);
        else if (head.kind === "worktree")
            args.push(base);
        else
            args.push(base, head.ref);
        args.push("--");
        return parseRawDiff(this.decodeListing((await this.execOk(args)).stdoutBuffer), true);
    }
    /**
     * `git diff -U0` hunks per head path, renames paired as in diffNameStatus. Pass both paths of
     * a rename: git pairs only what the pathspec lets it see.
     */
    async diffHunks(base, head, paths) {
        if (paths.length === 0)
            return new Map();
        // --text: a branch's .gitattributes saying `*.py binary` must not hide its hunks; and hunks
        // apart stay apart whatever diff.interHunkContext says (the in-place step keys on them).
        const args = ["-c", "core.quotepath=off", "diff", "--no-ext-diff", "--no-textconv", "--text", "--inter-hunk-context=0", "--no-color", "-U0", "-M", "--src-prefix=a/", "--dst-prefix=b/"];
        if (head.kind === "index")
            args.push("--cached", base);
        else if (head.kind === "worktree")
            args.push(base);
        else
            args.push(base, head.ref);
        args.push("--", ...paths.map((p) => `:(literal)${p}`));
        const output = (await this.execOk(args)).stdout;
        return (0,_core_gate_hunks_js__WEBPACK_IMPORTED_MODULE_6__/* .parseUnifiedHunks */ .Rp)(output, (header) => {
            const path = unquoteGitPath(header.replace(/\t.*$/, ""));
            return path.startsWith("b/") ? (0,_core_gate_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .normalisePath */ .qb)(path.slice(2)) : undefined;
        });
    }
    /**
     * `git diff -U0` hunks between two files outside the index (`--no-index`), with the same options
     * and this repository's configuration as diffHunks, so a rewritten file's hunks are those the
     * gate will see once it is committed. Exit 1 means "they differ".
     */
    async diffFileHunks(before, after) {
        const args = ["-c", "core.quotepath=off", "diff", "--no-index", "--no-ext-diff", "--no-textconv", "--no-color", "--text", "--inter-hunk-context=0", "-U0", "--", before, after];
        const result = await this.exec(args);
        if (result.code > 1)
            throw new GitError(`git diff --no-index failed (exit ${result.code}): ${(0,_process_js__WEBPACK_IMPORTED_MODULE_4__/* .lastMeaningfulLine */ .HF)(result.stderr) || "no message"}`);
        const hunks = [];
        for (const line of result.stdout.split("\n")) {
            const hunk = line.startsWith("@@ ") ? (0,_core_gate_hunks_js__WEBPACK_IMPORTED_MODULE_6__/* .parseHunkHeader */ .Pt)(line) : undefined;
            if (hunk)
                hunks.push(hunk);
        }
        return hunks;
    }
    /** baseline..head and the baseline itself (`--boundary`), read by `parseBranchCommits`. */
    async branchCommits(since, head) {
        const args = ["log", "-z", "--boundary", "--no-color", "--no-show-signature", `--format=${_core_gate_line_owners_js__WEBPACK_IMPORTED_MODULE_5__/* .BRANCH_COMMITS_FORMAT */ ["in"]}`, `${since}..${head}`, "--"];
        return (await this.execOk(args)).stdout;
    }
    /**
     * Every commit's patch in baseline..head, oldest first, read by `parseBranchPatches`: git's own
     * diff of each commit against its parent, with the rename detection `git blame` uses. No
     * pathspec: git pairs a rename only when it sees both paths.
     */
    async branchPatches(since, head) {
        const args = [
            "-c", "core.quotePath=false", "log", "--reverse", "-p", "-U0", "--inter-hunk-context=0", "-M", "--no-color", "--no-ext-diff", "--no-textconv", "--no-relative",
            "--no-show-signature", "--src-prefix=a/", "--dst-prefix=b/", `--format=${_core_gate_line_owners_js__WEBPACK_IMPORTED_MODULE_5__/* .BRANCH_PATCHES_FORMAT */ .wm}`, `${since}..${head}`, "--",
        ];
        return (await this.execOk(args)).stdout;
    }
    /** Untracked files that are not ignored (new files in a work tree). */
    async untrackedFiles() {
        const result = await this.execOk(["ls-files", "-z", "--others", "--exclude-standard"]);
        return splitZ(this.decodeListing(result.stdoutBuffer)).map(_core_gate_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .normalisePath */ .qb);
    }
    /** Every tracked path at a commit, or in the index when `ref` is undefined. */
    async listFiles(ref) {
        const result = ref
            ? await this.execOk(["ls-tree", "-r", "-z", "--name-only", "--full-tree", ref])
            : await this.execOk(["ls-files", "-z", "--cached"]);
        return splitZ(this.decodeListing(result.stdoutBuffer)).map(_core_gate_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .normalisePath */ .qb);
    }
    /** Blob ids of paths in the index (`git ls-files -s`). */
    async indexBlobIds() {
        const result = await this.execOk(["ls-files", "-z", "-s"]);
        const ids = new Map();
        for (const record of splitZ(result.stdout)) {
            const match = /^\d+ ([0-9a-f]+) 0\t(.*)$/s.exec(record);
            if (match?.[1] && match[2])
                ids.set((0,_core_gate_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .normalisePath */ .qb)(match[2]), match[1]);
        }
        return ids;
    }
    /** Blob ids of every file in a commit's tree (`git ls-tree -r`). */
    async treeBlobIds(ref) {
        const result = await this.execOk(["ls-tree", "-r", "-z", "--full-tree", ref]);
        const ids = new Map();
        for (const record of splitZ(result.stdout)) {
            const match = /^\d+ blob ([0-9a-f]+)\t(.*)$/s.exec(record);
            if (match?.[1] && match[2])
                ids.set((0,_core_gate_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .normalisePath */ .qb)(match[2]), match[1]);
        }
        return ids;
    }
    /**
     * `git blame --porcelain` of one file at the head side, limited to commits after `since` (the
     * baseline; undefined: the whole history). For the working tree or the index the head's content
     * is passed in (`--contents -`) and its changed lines come back as not committed yet. Undefined
     * when git cannot blame the path (not in HEAD, say).
     */
    async tryBlame(path, head, since, contents) {
        // Without the staged content there is nothing to blame; the working tree git can read itself.
        if (head.kind === "index" && contents === undefined)
            return undefined;
        const piped = head.kind !== "commit" && contents !== undefined;
        const args = ["blame", "--porcelain"];
        if (piped)
            args.push("--contents", "-");
        if (since)
            args.push(`^${since}`);
        if (head.kind === "commit")
            args.push(head.ref);
        args.push("--", path);
        const result = await this.exec(args, piped ? { input: contents } : {});
        return result.code === 0 ? result.stdout : undefined;
    }
    /** NUL-separated git output decoded field by field, each path that cannot be passed on recorded in `unreadable`. */
    decodeListing(output) {
        // The common case, every name plain ASCII: nothing to check name by name.
        if ((0,node_buffer__WEBPACK_IMPORTED_MODULE_0__.isAscii)(output) && !output.includes(0x0a) && !output.includes(0x5c))
            return output.toString("latin1");
        const fields = [];
        for (let start = 0; start < output.length;) {
            const end = output.indexOf(0, start);
            const raw = output.subarray(start, end === -1 ? output.length : end);
            const text = raw.toString("utf8");
            const reason = (0,_core_gate_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .unreadablePathReason */ .NI)(raw);
            if (reason)
                this.unreadable.set((0,_core_gate_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .normalisePath */ .qb)(text), { quoted: (0,_core_gate_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .quoteGitPath */ .Cf)(raw), reason });
            fields.push(text);
            start = end === -1 ? output.length : end + 1;
        }
        return fields.join("\0");
    }
    /**
     * Read many objects in one `git cat-file --batch`: `commit:path` or `:path` (index) specs.
     * Missing objects map to undefined.
     */
    async readObjects(specs) {
        const out = new Map();
        if (specs.length === 0)
            return out;
        for (const spec of specs) {
            if (spec.includes("\n"))
                throw new GitError(`cannot read a path containing a newline: ${JSON.stringify(spec)}`);
        }
        const result = await this.execOk(["cat-file", "--batch"], { input: `${specs.join("\n")}\n`, binary: true });
        const buffer = result.stdoutBuffer;
        let offset = 0;
        for (const spec of specs) {
            const newline = buffer.indexOf(0x0a, offset);
            if (newline === -1)
                throw new GitError("git cat-file --batch ended early");
            const header = buffer.subarray(offset, newline).toString("utf8");
            offset = newline + 1;
            const match = /^([0-9a-f]+) (\w+) (\d+)$/.exec(header);
            if (!match) {
                out.set(spec, undefined);
                continue;
            }
            const size = Number(match[3]);
            out.set(spec, { id: match[1], content: Buffer.from(buffer.subarray(offset, offset + size)) });
            offset += size + 1;
        }
        return out;
    }
}
/** Undo git's C-style quoting of a path (`"b/a\\tb"`), octal escapes being UTF-8 bytes. */
function unquoteGitPath(text) {
    if (!text.startsWith('"') || !text.endsWith('"'))
        return text;
    return Buffer.from((0,_core_gate_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .unquoteGitPathBytes */ .gP)(text)).toString("utf8");
}
/**
 * git's unified diff of two files outside any repository (`git diff --no-index`), with the
 * user's and the system's git configuration neutralised so that the diff always applies.
 * Exit 1 means "they differ"; anything above is a failure.
 */
async function diffFilesNoIndex(cwd, before, after) {
    const result = await runGit(["-c", "core.quotePath=false", "-c", "diff.noprefix=false", "-c", "diff.mnemonicPrefix=false", "diff", "--no-index", "--no-color", "--no-ext-diff", "--text", "--no-prefix", "--", before, after], cwd, { ...process.env, GIT_CONFIG_NOSYSTEM: "1", GIT_CONFIG_GLOBAL: "/dev/null" });
    if (result.code > 1)
        throw new GitError(`git diff --no-index failed (${result.code}): ${result.stderr.trim()}`);
    return result.stdout;
}
class GitError extends Error {
    name = "GitError";
}
async function runGit(args, cwd, env, options = {}) {
    try {
        return await (0,_process_js__WEBPACK_IMPORTED_MODULE_4__/* .runCommand */ .d1)("git", args, { cwd, input: options.input, binary: options.binary, env: { ...env, GIT_TERMINAL_PROMPT: "0", LC_ALL: "C" } });
    }
    catch (error) {
        if (error instanceof _process_js__WEBPACK_IMPORTED_MODULE_4__/* .CommandNotFoundError */ .v$) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1("git was not found on PATH; install git (e.g. `apt-get install git`) and try again");
        }
        throw error;
    }
}
const PATH_VARIABLES = ["GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE", "GIT_OBJECT_DIRECTORY", "GIT_COMMON_DIR"];
/** Relative GIT_* paths are relative to where the hook started: pin them before we change cwd. */
function absolutiseGitEnv(env, base) {
    const copy = { ...env };
    for (const name of PATH_VARIABLES) {
        const value = copy[name];
        if (value && !(0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(value))
            copy[name] = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(base, value);
    }
    return copy;
}
/** Regular files only: a symbolic link (120000) or a submodule (160000) holds no code to scan. */
const FILE_MODES = new Set(["100644", "100755"]);
/** `git diff --raw -z`: `:<old mode> <new mode> <old id> <new id> <status>` then one or two paths. */
function parseRawDiff(output, allModes = false) {
    const fields = output.split("\0");
    const changes = [];
    for (let i = 0; i < fields.length;) {
        const header = fields[i] ?? "";
        if (!header.startsWith(":")) {
            i += 1;
            continue;
        }
        const [, newMode = "", , , status = ""] = header.slice(1).split(" ");
        const letter = status[0];
        const twoPaths = letter === "R" || letter === "C";
        const first = (0,_core_gate_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .normalisePath */ .qb)(fields[i + 1] ?? "");
        const second = twoPaths ? (0,_core_gate_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .normalisePath */ .qb)(fields[i + 2] ?? "") : undefined;
        i += twoPaths ? 3 : 2;
        if (!allModes && letter !== "D" && !FILE_MODES.has(newMode))
            continue;
        const change = second !== undefined ? { status: letter, path: second, oldPath: first } : { status: letter, path: first };
        if (allModes)
            change.mode = newMode;
        changes.push(change);
    }
    return changes;
}
function splitZ(text) {
    return text.split("\0").filter((s) => s !== "");
}


/***/ }),

/***/ 37270:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  pl: () => (/* binding */ PythonAstRunner),
  KS: () => (/* binding */ innermostFunction),
  Mf: () => (/* binding */ pythonForBandit)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./build/adapters/process.js
var adapters_process = __webpack_require__(17288);
;// CONCATENATED MODULE: ./build/adapters/python/ast-script.js
/**
 * The Python side of the ast adapter, run with `python -c`. It reads one JSON request on stdin
 * and writes one JSON answer on stdout. It only parses source with `ast` and `tokenize`; it never
 * imports, compiles to run, or executes the code it is given.
 */
const PYTHON_AST_SCRIPT = String.raw `
import ast, io, json, sys, textwrap, tokenize

if sys.version_info < (3, 9):
    sys.stderr.write("Python %d.%d is too old: ast.unparse needs Python 3.9 or later\n" % sys.version_info[:2])
    sys.exit(3)

def unparse(node):
    return ast.unparse(node) if node is not None else None

def nosec_lines(source):
    lines = set()
    try:
        for tok in tokenize.generate_tokens(io.StringIO(source).readline):
            if tok.type == tokenize.COMMENT and "nosec" in tok.string.lower():
                lines.add(tok.start[0])
    except (tokenize.TokenError, IndentationError, SyntaxError):
        pass
    return lines

def raise_name(node):
    if node.exc is None:
        return "raise"
    exc = node.exc.func if isinstance(node.exc, ast.Call) else node.exc
    return unparse(exc)

def static_false(expr):
    # Conditions that can never hold: a guard under one is decoration, not a check.
    if isinstance(expr, ast.Constant):
        return not expr.value
    if isinstance(expr, ast.BoolOp) and isinstance(expr.op, ast.And):
        return any(static_false(v) for v in expr.values)
    if isinstance(expr, ast.UnaryOp) and isinstance(expr.op, ast.Not) and isinstance(expr.operand, ast.Constant):
        return bool(expr.operand.value)
    return False

def static_true(expr):
    if isinstance(expr, ast.Constant):
        return bool(expr.value)
    if isinstance(expr, ast.BoolOp) and isinstance(expr.op, ast.Or):
        return any(static_true(v) for v in expr.values)
    return False

def reachable_nodes(fn):
    # Every node of the function except those in branches that can never run.
    out = []
    def visit(node):
        out.append(node)
        if isinstance(node, (ast.If, ast.While)) and static_false(node.test):
            visit(node.test)
            for child in node.orelse:
                visit(child)
            return
        if isinstance(node, ast.If) and static_true(node.test):
            visit(node.test)
            for child in node.body:
                visit(child)
            return
        for child in ast.iter_child_nodes(node):
            visit(child)
    for stmt in fn.body:
        visit(stmt)
    return out

def catches_something(handler):
    # "except ():" catches nothing.
    return not (isinstance(handler.type, ast.Tuple) and len(handler.type.elts) == 0)

INDIRECT_CALLS = {"__import__": "__import__", "exec": "exec", "compile": "compile",
                  "importlib.import_module": "importlib.import_module", "import_module": "importlib.import_module"}

def dotted(node):
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        base = dotted(node.value)
        return base + "." + node.attr if base else None
    return None

def handler_types(handler):
    # What one handler catches, as written; a bare "except:" catches everything ("*").
    if handler.type is None:
        return ["*"]
    if isinstance(handler.type, ast.Tuple):
        return [unparse(e) for e in handler.type.elts]
    return [unparse(handler.type)]

def references(nodes):
    # Every dotted name the function reads (subprocess, subprocess.run, run, ...): which modules it still uses.
    return sorted({dotted(n) for n in nodes if isinstance(n, (ast.Name, ast.Attribute)) and dotted(n)})

def indirection(fn):
    # Ways to reach a callable that hide it from a static analyser.
    kinds = []
    for node in ast.walk(fn):
        if isinstance(node, ast.Call):
            name = dotted(node.func)
            if name in INDIRECT_CALLS:
                kinds.append(INDIRECT_CALLS[name])
            # getattr(self, "x") and getattr(obj, "x", default) are ordinary attribute probing.
            if (name == "getattr" and len(node.args) == 2 and isinstance(node.args[1], ast.Constant) and isinstance(node.args[1].value, str)
                    and not (isinstance(node.args[0], ast.Name) and node.args[0].id in ("self", "cls"))):
                kinds.append("getattr with a constant name")
        if isinstance(node, ast.Name) and node.id in ("builtins", "__builtins__"):
            kinds.append("builtins")
        if isinstance(node, ast.Subscript) and isinstance(node.value, ast.Call) and dotted(node.value.func) in ("globals", "vars", "locals"):
            kinds.append(dotted(node.value.func) + "()[...]")
        if isinstance(node, ast.Attribute) and node.attr == "__dict__":
            kinds.append("__dict__")
    return sorted(kinds)

class Resolve(ast.NodeTransformer):
    # The form a static analyser can judge: indirection and local aliases of callables undone.
    def __init__(self, aliases):
        self.aliases = aliases
    def visit_Call(self, node):
        self.generic_visit(node)
        name = dotted(node.func)
        if name == "getattr" and len(node.args) == 2 and isinstance(node.args[1], ast.Constant) and isinstance(node.args[1].value, str):
            return ast.copy_location(ast.Attribute(value=node.args[0], attr=node.args[1].value, ctx=ast.Load()), node)
        if name in ("__import__", "importlib.import_module", "import_module") and node.args and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str):
            return ast.copy_location(ast.Name(id=node.args[0].value, ctx=ast.Load()), node)
        return node
    def visit_Subscript(self, node):
        self.generic_visit(node)
        key = node.slice
        if isinstance(key, ast.Constant) and isinstance(key.value, str):
            base = node.value
            if (isinstance(base, ast.Call) and dotted(base.func) in ("globals", "vars", "locals")) or (isinstance(base, ast.Attribute) and base.attr == "__dict__"):
                return ast.copy_location(ast.Name(id=key.value, ctx=ast.Load()), node)
        return node
    def visit_Attribute(self, node):
        self.generic_visit(node)
        if isinstance(node.value, ast.Name) and node.value.id in ("builtins", "__builtins__"):
            return ast.copy_location(ast.Name(id=node.attr, ctx=ast.Load()), node)
        return node
    def visit_Name(self, node):
        if isinstance(node.ctx, ast.Load) and node.id in self.aliases:
            return ast.copy_location(self.aliases[node.id], node)
        return node

def resolved_source(fn):
    # Local names bound once to a module attribute (run = subprocess.run) are read as that attribute.
    aliases, bound = {}, {}
    for node in ast.walk(fn):
        if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
            bound[node.targets[0].id] = bound.get(node.targets[0].id, 0) + 1
            if dotted(node.value) and "." in dotted(node.value) or (isinstance(node.value, ast.Call) and dotted(node.value.func) in ("getattr", "__import__", "importlib.import_module")):
                aliases[node.targets[0].id] = node.value
    aliases = {k: Resolve({}).visit(v) for k, v in aliases.items() if bound.get(k) == 1}
    import copy
    tree = Resolve(aliases).visit(copy.deepcopy(fn))
    ast.fix_missing_locations(tree)
    return ast.unparse(tree)

def is_stub(fn):
    body = list(fn.body)
    if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant) and isinstance(body[0].value.value, str):
        body = body[1:]
    if not body:
        return True
    if len(body) != 1:
        return False
    stmt = body[0]
    if isinstance(stmt, ast.Pass):
        return True
    if isinstance(stmt, ast.Return) and (stmt.value is None or (isinstance(stmt.value, ast.Constant) and stmt.value.value is None)):
        return True
    if isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Constant) and stmt.value.value is Ellipsis:
        return True
    if isinstance(stmt, ast.Raise) and stmt.exc is not None:
        exc = stmt.exc.func if isinstance(stmt.exc, ast.Call) else stmt.exc
        return isinstance(exc, ast.Name) and exc.id == "NotImplementedError"
    return False

def start_of(fn):
    return min([fn.lineno] + [d.lineno for d in fn.decorator_list])

def facts(fn, nosec):
    start = start_of(fn)
    reachable = reachable_nodes(fn)
    return {
        "name": fn.name,
        "isAsync": isinstance(fn, ast.AsyncFunctionDef),
        "parameters": unparse(fn.args),
        "returns": unparse(fn.returns),
        "decorators": [unparse(d) for d in fn.decorator_list],
        "raises": [raise_name(n) for n in reachable if isinstance(n, ast.Raise)],
        "handlers": sum(1 for n in reachable if isinstance(n, ast.ExceptHandler) and catches_something(n)),
        "handlerTypes": [handler_types(n) for n in reachable if isinstance(n, ast.ExceptHandler) and catches_something(n)],
        "references": references(reachable),
        "stub": is_stub(fn),
        "indirection": indirection(fn),
        "nosecComments": sum(1 for line in nosec if start <= line <= fn.end_lineno),
    }

def import_entries(stmts):
    entries = []
    for stmt in stmts:
        if isinstance(stmt, ast.Import):
            for alias in stmt.names:
                entries.append({"kind": "import", "module": None, "name": alias.name, "asname": alias.asname, "level": 0})
        elif isinstance(stmt, ast.ImportFrom):
            for alias in stmt.names:
                entries.append({"kind": "from", "module": stmt.module, "name": alias.name, "asname": alias.asname, "level": stmt.level})
    return entries

def parse(source):
    try:
        return ast.parse(source), None
    except SyntaxError as error:
        return None, "line %s: %s" % (error.lineno, error.msg)

def outline(source):
    tree, error = parse(source)
    if tree is None:
        return {"parsed": False, "error": error}
    nosec = nosec_lines(source)
    lines = source.splitlines()
    functions = []
    def visit(node, prefix):
        for child in ast.iter_child_nodes(node):
            if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef)):
                qual = prefix + [child.name]
                functions.append({"qualname": ".".join(qual), "start": start_of(child), "defLine": child.lineno, "end": child.end_lineno, "facts": facts(child, nosec)})
                visit(child, qual)
            elif isinstance(child, ast.ClassDef):
                visit(child, prefix + [child.name])
            else:
                visit(child, prefix)
    visit(tree, [])
    imports = [s for s in tree.body if isinstance(s, (ast.Import, ast.ImportFrom))]
    import_text = ["\n".join(lines[s.lineno - 1:s.end_lineno]) for s in imports]
    # New imports go after the leading block of imports (after a docstring and __future__ too).
    after = 0
    for stmt in tree.body:
        if isinstance(stmt, (ast.Import, ast.ImportFrom)):
            after = stmt.end_lineno
        elif after == 0 and isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Constant) and isinstance(stmt.value.value, str):
            after = stmt.end_lineno
        else:
            break
    if after == 0:
        while after < len(lines) and (lines[after].startswith("#!") or (lines[after].startswith("#") and "coding" in lines[after])):
            after += 1
    return {"parsed": True, "functions": functions, "imports": import_entries(tree.body), "importText": import_text, "importAfter": after}

def candidate(source):
    source = textwrap.dedent(source)
    tree, error = parse(source)
    if tree is None:
        return {"parsed": False, "error": error}
    nosec = nosec_lines(source)
    functions, imports, others = [], [], []
    for stmt in tree.body:
        if isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef)):
            entry = facts(stmt, nosec)
            entry["resolved"] = resolved_source(stmt)
            entry["unparsed"] = ast.unparse(stmt)
            functions.append(entry)
        elif isinstance(stmt, (ast.Import, ast.ImportFrom)):
            imports.append(stmt)
        else:
            others.append(type(stmt).__name__)
    return {"parsed": True, "functions": functions, "otherStatements": others, "nosecComments": len(nosec), "imports": import_entries(imports)}

request = json.load(sys.stdin)
handler = {"outline": outline, "candidate": candidate}[request["command"]]
json.dump(handler(request["source"]), sys.stdout)
`;

// EXTERNAL MODULE: ./build/core/errors.js
var errors = __webpack_require__(62807);
// EXTERNAL MODULE: ./build/core/child-env.js
var child_env = __webpack_require__(76462);
;// CONCATENATED MODULE: ./build/adapters/python/ast.js






/**
 * The Python that runs Bandit: the interpreter next to a venv's `bandit` script, the interpreter
 * of `python -m bandit`, else python3. The same interpreter means the same grammar Bandit parses.
 */
function pythonForBandit(banditArgv) {
    const [program, ...rest] = banditArgv;
    if (!program)
        return "python3";
    if (rest[0] === "-m" && rest[1] === "bandit")
        return program;
    if ((0,external_node_path_.basename)(program).startsWith("bandit") && program.includes("/")) {
        for (const name of ["python", "python3"]) {
            const candidate = (0,external_node_path_.join)((0,external_node_path_.dirname)(program), name);
            if ((0,external_node_fs_.existsSync)(candidate))
                return candidate;
        }
    }
    return "python3";
}
/** The innermost function whose lines contain `line`, or undefined at module level. */
function innermostFunction(functions, line) {
    let best;
    for (const fn of functions) {
        if (fn.start <= line && line <= fn.end && (!best || fn.end - fn.start < best.end - best.start))
            best = fn;
    }
    return best;
}
class PythonAstRunner {
    python;
    env;
    constructor(python, 
    /** The helper's environment; absent, the allow-listed copy of this process's. */
    env = (0,child_env/* childEnvironment */.Qc)(process.env)) {
        this.python = python;
        this.env = env;
    }
    outline(source) {
        return this.call("outline", source);
    }
    candidate(source) {
        return this.call("candidate", source);
    }
    async call(command, source) {
        let result;
        try {
            result = await (0,adapters_process/* runOutsideTree */.bb)(this.python, ["-I", "-c", PYTHON_AST_SCRIPT], {
                input: JSON.stringify({ command, source }),
                env: { ...this.env, PYTHONIOENCODING: "utf-8" },
            });
        }
        catch (error) {
            if (error instanceof adapters_process/* CommandNotFoundError */.v$) {
                throw new errors/* ConfigurationError */.j1(`Python (${this.python}) could not be started to read function boundaries: ${error.reason.message}`);
            }
            throw error;
        }
        if (result.code === 3) {
            throw new errors/* ConfigurationError */.j1(`${(0,adapters_process/* lastMeaningfulLine */.HF)(result.stderr)} (${this.python}, the Python that runs Bandit); install Bandit with Python 3.9+`);
        }
        if (result.code !== 0) {
            throw new Error(`Python ast helper (${this.python}) exited ${result.code}: ${(0,adapters_process/* lastMeaningfulLine */.HF)(result.stderr) || "no message"}`);
        }
        return JSON.parse(result.stdout);
    }
}


/***/ }),

/***/ 34509:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ LIBCST_VERSION)
/* harmony export */ });
/** The libcst provisioned next to Bandit (scripts/setup.sh pins the same): what the codemods run on. */
const LIBCST_VERSION = "1.9.0";


/***/ }),

/***/ 46908:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Wq: () => (/* binding */ fingerprintSide),
  s$: () => (/* binding */ readBaselineFile),
  uD: () => (/* binding */ requestsOf),
  Rg: () => (/* binding */ runGate)
});

// UNUSED EXPORTS: refuseUnreadable

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./build/core/gate/paths.js
var paths = __webpack_require__(27464);
;// CONCATENATED MODULE: ./build/core/gate/unscanned.js

/** Shebangs that run Python without naming `python` (hasPythonShebang's test). */
const OTHER_PYTHON_RUNNERS = /^#!.*\b(pypy[0-9.]*|uv run|pipx run|hatch run)\b/;
/**
 * Why a changed path (head-side git `mode`) is a file the gate cannot judge although it may be
 * Python, or undefined. `firstLine` is asked for only for extensionless executables.
 */
function unscannedReason(path, mode, firstLine) {
    if (mode === "160000")
        return "submodule";
    if (mode === "120000")
        return (0,paths/* isPythonPath */.s1)(path) || /\.ipynb$/i.test(path) ? "symbolic link" : undefined;
    if (/\.ipynb$/i.test(path))
        return "notebook";
    if (mode === "100755" && (0,paths/* isExtensionless */.tP)(path)) {
        const line = firstLine();
        if (line === undefined || (0,paths/* hasPythonShebang */.T4)(line))
            return undefined;
        // An executable with no shebang at all runs under the shell, but an agent may have written
        // Python into it; one that names another interpreter (`sh`, `node`) is left alone.
        if (!line.startsWith("#!") || OTHER_PYTHON_RUNNERS.test(line))
            return "executable, no python shebang";
    }
    return undefined;
}
/** The one note line. */
function unscannedNote(files) {
    const sorted = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    const shown = sorted.slice(0, 10).map((f) => `${f.path} (${f.reason})`);
    const more = sorted.length > 10 ? `, and ${sorted.length - 10} more` : "";
    return `${sorted.length} changed file(s) may hold Python but are not scanned by Bandit, so they were not judged: ${shown.join(", ")}${more}.`;
}

// EXTERNAL MODULE: ./build/core/gate/gate-files.js
var gate_files = __webpack_require__(14019);
// EXTERNAL MODULE: ./build/core/gate/baseline-file.js
var baseline_file = __webpack_require__(32476);
// EXTERNAL MODULE: ./build/core/gate/compare.js
var compare = __webpack_require__(17543);
// EXTERNAL MODULE: ./build/core/gate/shard-unmatched.js
var shard_unmatched = __webpack_require__(9148);
// EXTERNAL MODULE: ./build/core/errors.js
var errors = __webpack_require__(62807);
// EXTERNAL MODULE: ./build/core/gate/fingerprint.js + 1 modules
var fingerprint = __webpack_require__(89969);
// EXTERNAL MODULE: ./build/core/group.js
var group = __webpack_require__(11181);
// EXTERNAL MODULE: ./build/core/gate/policy.js
var policy = __webpack_require__(21576);
// EXTERNAL MODULE: ./build/core/report/report.js
var report_report = __webpack_require__(56859);
;// CONCATENATED MODULE: ./build/core/gate/scope.js
/**
 * The dotted name of the function (with its classes) that encloses a line, read from indentation.
 * A report label only: the fix loop uses Python's own ast for exact ranges.
 */
function enclosingFunction(fileLines, line) {
    const target = fileLines[line - 1];
    if (target === undefined)
        return undefined;
    let indent = indentation(target);
    const names = [];
    for (let i = line - 2; i >= 0 && indent > 0; i -= 1) {
        const text = fileLines[i] ?? "";
        if (text.trim() === "" || text.trimStart().startsWith("#"))
            continue;
        const own = indentation(text);
        if (own >= indent)
            continue;
        const match = /^\s*(?:async\s+def|def|class)\s+([A-Za-z_][A-Za-z0-9_]*)/.exec(text);
        if (match?.[1])
            names.unshift({ kind: /^\s*class\b/.test(text) ? "class" : "def", name: match[1] });
        // Any statement at a shallower level closes the search at that level (if/for/with blocks too).
        indent = own;
    }
    if (!names.some((n) => n.kind === "def"))
        return undefined;
    return names.map((n) => n.name).join(".");
}
function indentation(text) {
    const match = /^[ \t]*/.exec(text);
    return (match?.[0] ?? "").replace(/\t/g, "        ").length;
}

// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(14006);
;// CONCATENATED MODULE: ./build/core/gate/selection.js


function makeSelector(selection) {
    const options = { dot: true };
    const include = selection.include.length > 0 ? picomatch(selection.include, options) : () => true;
    const exclude = selection.exclude.length > 0 ? picomatch(selection.exclude, options) : () => false;
    const roots = selection.paths.map((p) => p.replace(/\/+$/, "")).filter((p) => p !== "" && p !== ".");
    const inRoots = (path) => roots.length === 0 || roots.some((r) => path === r || path.startsWith(`${r}/`));
    return (path) => inRoots(path) && include(path) && !exclude(path);
}
/**
 * Is this a Python file? By extension, or, for a file with no extension, by its shebang
 * (`firstLine` is asked for only then, since reading it costs I/O).
 */
function isPythonFile(path, firstLine) {
    if ((0,paths/* isPythonPath */.s1)(path))
        return true;
    if (!(0,paths/* isExtensionless */.tP)(path))
        return false;
    const line = firstLine();
    return line !== undefined && (0,paths/* hasPythonShebang */.T4)(line);
}
/** A deterministic split for matrix jobs: files go to shards by a hash of their path. */
function inShard(path, shard) {
    if (!shard || shard.total <= 1)
        return true;
    let hash = 2166136261;
    for (let i = 0; i < path.length; i += 1) {
        hash ^= path.charCodeAt(i);
        hash = Math.imul(hash, 16777619) >>> 0;
    }
    return hash % shard.total === shard.index - 1;
}

// EXTERNAL MODULE: ./build/adapters/bandit/config.js
var bandit_config = __webpack_require__(58332);
// EXTERNAL MODULE: ./build/adapters/files/directories.js
var files_directories = __webpack_require__(43486);
// EXTERNAL MODULE: ./build/adapters/lifetime.js
var lifetime = __webpack_require__(89350);
;// CONCATENATED MODULE: ./build/adapters/files/snapshot.js




/** `specs` maps a repository path to a `git cat-file` spec (`<commit>:<path>` or `:<path>`). */
async function materialise(git, specs, label) {
    const objects = await git.readObjects([...specs.values()]);
    const files = new Map();
    for (const [path, spec] of specs) {
        const object = objects.get(spec);
        if (object)
            files.set(path, object.content);
    }
    return writeSnapshot(files, label);
}
/**
 * Files given by content laid out under a new temporary directory: what a side looks like when
 * some of its files are not as git or the working tree has them (a notebook's extracted Python).
 */
async function writeSnapshot(given, label) {
    const root = await (0,lifetime/* makeTemporaryDirectory */.LN)(`bandit-gate-${label}-`);
    const contents = new Map();
    try {
        const files = [];
        for (const [path, content] of given) {
            if (path.startsWith("/") || path.split("/").includes(".."))
                continue;
            files.push([path, content]);
            contents.set(path, content);
        }
        // Each directory once, parents first; then the files, a few at a time.
        const directories = [...new Set(files.map(([path]) => (0,external_node_path_.dirname)((0,external_node_path_.join)(root, path))))].sort();
        for (const directory of directories)
            await (0,files_directories/* makeDirectories */.K)(directory);
        const queue = [...files];
        const worker = async () => {
            for (let next = queue.shift(); next; next = queue.shift())
                await (0,promises_.writeFile)((0,external_node_path_.join)(root, next[0]), next[1]);
        };
        await Promise.all(Array.from({ length: Math.min(16, queue.length) }, worker));
    }
    catch (error) {
        await (0,lifetime/* removeTemporaryDirectory */.rc)(root);
        throw error;
    }
    return { root, contents, immutable: true, dispose: () => (0,lifetime/* removeTemporaryDirectory */.rc)(root) };
}

;// CONCATENATED MODULE: ./build/adapters/files/head-files.js





/**
 * The head side's files, read once: from the working tree in place, or from the index or a
 * commit into a temporary directory.
 */
async function loadHeadFiles(git, head, paths) {
    if (head.kind === "worktree") {
        const contents = new Map();
        await Promise.all(paths.map(async (path) => {
            const full = (0,external_node_path_.join)(git.root, path);
            const stat = await (0,promises_.lstat)(full).catch(() => undefined);
            if (!stat?.isFile())
                return;
            contents.set(path, await (0,promises_.readFile)(full));
        }));
        return { root: git.root, contents, immutable: false, dispose: async () => { } };
    }
    const prefix = head.kind === "index" ? ":" : `${head.ref}:`;
    return materialise(git, new Map(paths.map((p) => [p, `${prefix}${p}`])), "head");
}
/**
 * Git blob ids of files at the head side without keeping their content: from the index or the
 * commit's tree where git already knows them, by hashing the working tree's files otherwise.
 */
async function headBlobIds(git, head, paths) {
    const wanted = new Set(paths);
    if (head.kind !== "worktree") {
        const all = head.kind === "index" ? await git.indexBlobIds() : await git.treeBlobIds(head.ref);
        return new Map([...all].filter(([path]) => wanted.has(path)));
    }
    const ids = new Map();
    const queue = [...paths];
    const worker = async () => {
        for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
            const content = await (0,promises_.readFile)((0,external_node_path_.join)(git.root, path)).catch(() => undefined);
            if (content)
                ids.set(path, (0,baseline_file/* blobId */.zA)(content));
        }
    };
    await Promise.all(Array.from({ length: 16 }, worker));
    return ids;
}
/** Every file at the head side, for the baseline-file mode and `baseline` command. */
async function listHeadFiles(git, head) {
    if (head.kind === "commit")
        return git.listFiles(head.ref);
    const tracked = await git.listFiles();
    if (head.kind === "index")
        return tracked;
    return [...new Set([...tracked, ...(await git.untrackedFiles())])].sort();
}
/** Keep the files that are Python: by extension, or by shebang for extensionless ones. */
function pythonOnly(snapshot, paths) {
    return paths.filter((path) => isPythonFile(path, () => {
        const content = snapshot.contents.get(path);
        return content ? firstLine(content) : undefined;
    }));
}
/** Could this path be Python? (Extensionless files need their content to tell.) */
function mayBePython(path) {
    return isPythonFile(path, () => "#!python");
}
function firstLine(content) {
    const end = content.indexOf(0x0a);
    return content.subarray(0, end === -1 ? Math.min(content.length, 200) : Math.min(end, 200)).toString("utf8");
}

// EXTERNAL MODULE: ./build/core/messages.js
var messages = __webpack_require__(41072);
// EXTERNAL MODULE: ./build/core/gate/bandit-paths.js
var bandit_paths = __webpack_require__(71165);
// EXTERNAL MODULE: ./build/core/timings.js
var timings = __webpack_require__(30149);
;// CONCATENATED MODULE: ./build/app/resolve-baseline.js



const DEEPEN_STEPS = [50, 200, 1000];
/**
 * Lock the baseline at the branch-off point: the merge-base of the head with the default branch
 * (or the PR's base). Never the previous push's `before`: on a new branch it is all zeros, after
 * a force push it need not be an ancestor, and moving it every push lets regressions pile up.
 * Shallow clones are deepened step by step until the merge-base appears.
 */
async function resolveBaseline(git, request, logger, timer = timings/* NO_TIMER */.sx) {
    if (request.explicitRef) {
        const [head, commit] = await Promise.all([request.headCommit ?? git.tryResolveCommit(request.headRef), resolveOrFetch(git, request.explicitRef, logger)]);
        if (!head)
            throw new errors/* ConfigurationError */.j1(messages/* messages */.D.unknownHead(request.headRef));
        if (!commit)
            throw new errors/* ConfigurationError */.j1(messages/* messages */.D.unknownBase(request.explicitRef));
        return { ref: request.explicitRef, commit };
    }
    // Each question is a git process: the independent ones are asked at once.
    const [head, branch, hasOrigin] = await Promise.all([
        request.headCommit ?? git.tryResolveCommit(request.headRef),
        request.pullRequestBase ?? defaultBranch(git, request.defaultBranch),
        git.hasRemote("origin"),
    ]);
    if (!head)
        throw new errors/* ConfigurationError */.j1(messages/* messages */.D.unknownHead(request.headRef));
    const remoteRef = `origin/${branch}`;
    // The local branch is asked for alongside origin's: it is the answer when origin has none.
    const [remote, local] = await Promise.all([hasOrigin ? resolveOrFetch(git, remoteRef, logger, branch) : undefined, git.tryResolveCommit(branch)]);
    let target = remote;
    let targetRef = remoteRef;
    if (!target) {
        target = local;
        targetRef = branch;
    }
    if (!target)
        throw new errors/* ConfigurationError */.j1(messages/* messages */.D.noDefaultBranch(branch));
    let base = await git.tryMergeBase(head, target);
    if (!base && hasOrigin && (await git.isShallow())) {
        base = await timer.time("git: deepening", () => deepen(git, request, { branch, targetRef, head, target: target }, logger));
    }
    if (!base) {
        throw new errors/* ConfigurationError */.j1((await git.isShallow()) ? messages/* messages */.D.shallowNoMergeBase(targetRef) : messages/* messages */.D.noMergeBase(request.headRef, targetRef));
    }
    return { ref: `merge-base of ${request.headRef} and ${targetRef}`, commit: base };
}
async function defaultBranch(git, fromEvent) {
    const remoteHead = await git.tryRemoteHead("origin");
    if (remoteHead)
        return remoteHead.replace(/^origin\//, "");
    return fromEvent ?? "main";
}
/** Resolve a ref; if it names a remote branch we do not have yet, fetch it once. */
async function resolveOrFetch(git, ref, logger, branch) {
    const local = await git.tryResolveCommit(ref);
    if (local)
        return local;
    const name = branch ?? (ref.startsWith("origin/") ? ref.slice("origin/".length) : undefined);
    if (!name || !(await git.hasRemote("origin")))
        return undefined;
    logger.info(`Fetching ${ref} to find the baseline`);
    const shallow = await git.isShallow();
    const depthArgs = shallow ? ["--depth=1"] : [];
    if (!(await git.tryFetch([...depthArgs, "origin", `+refs/heads/${name}:refs/remotes/origin/${name}`])))
        return undefined;
    return git.tryResolveCommit(`origin/${name}`);
}
/** A shallow clone without the merge-base: fetch more history, step by step, until it appears. */
async function deepen(git, request, sides, logger) {
    const { branch, targetRef, head, target } = sides;
    let base;
    for (const depth of DEEPEN_STEPS) {
        logger.info(`No merge-base of ${request.headRef} and ${targetRef} in this shallow clone yet; fetching ${depth} more commits`);
        await git.tryFetch([`--deepen=${depth}`, "origin", `+refs/heads/${branch}:refs/remotes/origin/${branch}`]);
        base = await git.tryMergeBase(head, target);
        if (base)
            return base;
        if (!(await git.isShallow()))
            return undefined;
    }
    if (await git.isShallow()) {
        logger.info("Still no merge-base; fetching the full history");
        await git.tryFetch(["--unshallow", "origin", `+refs/heads/${branch}:refs/remotes/origin/${branch}`]);
        base = await git.tryMergeBase(head, target);
    }
    return base;
}

// EXTERNAL MODULE: ./build/core/gate/test-asserts.js
var test_asserts = __webpack_require__(82348);
;// CONCATENATED MODULE: ./build/app/test-asserts.js

/**
 * Whether B101 in test files is judged, for the configuration the gate scans with and the tree it
 * came from. The tree is listed (for per-directory `.bandit` files) only when nothing else decided.
 */
async function testAssertDecision(git, config, side, judgeTestAsserts) {
    const text = { kind: config.config.kind, text: config.text, source: config.source };
    if (judgeTestAsserts || (0,test_asserts/* whatConfigSaysAboutTests */.nE)(text))
        return (0,test_asserts/* decideTestAsserts */.mq)(text, { perDirectoryBandit: [] }, judgeTestAsserts);
    const files = side.kind === "commit" ? await git.listFiles(side.commit) : await git.listFiles();
    const perDirectoryBandit = files.filter((p) => p.endsWith("/.bandit"));
    return (0,test_asserts/* decideTestAsserts */.mq)(text, { perDirectoryBandit }, judgeTestAsserts);
}

// EXTERNAL MODULE: ./build/core/gate/blame.js
var gate_blame = __webpack_require__(82743);
// EXTERNAL MODULE: ./build/core/gate/line-owners.js
var line_owners = __webpack_require__(78669);
;// CONCATENATED MODULE: ./build/app/introduced-in.js



/**
 * Name the branch commit behind each regression: from the diff of a one-commit branch, from a
 * replay of a linear branch's patches, and otherwise with one `git blame` per file that has
 * regressions, limited to baseline..head. A file git cannot blame in the working tree or the index (it is not
 * in HEAD yet) is uncommitted as a whole.
 */
async function nameCommits(git, regressions, context) {
    if (regressions.length === 0)
        return;
    let byPath = [...(0,group/* groupBy */.$)(regressions, (r) => r.finding.path)];
    // Files as the head commit has them can be named from the branch's own diffs; edited ones
    // (working tree, index) still need blame.
    const committed = context.head.kind === "commit" || !context.hasHeadCommit ? undefined : await git.readObjects(byPath.map(([path]) => `HEAD:${path}`));
    const asCommitted = ([path]) => {
        const content = context.contents.get(path);
        const atHead = committed?.get(`HEAD:${path}`)?.content;
        return committed === undefined || (content !== undefined && atHead !== undefined && atHead.equals(content));
    };
    // The branch's commits, once: asked while Bandit scanned (check.ts), else here.
    const log = context.since && context.hasHeadCommit ? await (context.commits ?? git.branchCommits(context.since, headCommitOf(context.head)).catch(() => undefined)) : undefined;
    const logged = log === undefined ? undefined : (0,line_owners/* parseBranchCommits */.KL)(log);
    const single = oneCommitBranch(context, logged);
    if (single && context.hunks) {
        const hunks = context.hunks;
        for (const [path, list] of byPath.filter(asCommitted)) {
            for (const r of list)
                if ((0,gate_blame/* addedByTheDiff */.o5)(hunks.get(path) ?? [], linesOf(r)))
                    r.introducedIn = single;
        }
        byPath = byPath.filter((entry) => !asCommitted(entry));
    }
    else if (context.since && context.hasHeadCommit && byPath.length > 1) {
        // Two git processes for the whole branch: worth it from two files on (one file, one blame).
        const wanted = new Map();
        for (const [path] of byPath.filter(asCommitted)) {
            const content = context.contents.get(path);
            if (content !== undefined)
                wanted.set(path, lineCount(content));
        }
        const owners = wanted.size > 0 ? await replayBranchOwners(git, context.since, headCommitOf(context.head), wanted, logged) : new Map();
        for (const [path, list] of byPath) {
            const blame = owners.get(path);
            if (!blame)
                continue;
            for (const r of list) {
                const found = (0,gate_blame/* introducedIn */.Bi)(blame, linesOf(r));
                if (found)
                    r.introducedIn = found;
            }
        }
        byPath = byPath.filter(([path]) => !owners.has(path));
    }
    const work = async ([path, list]) => {
        const uncommittedSide = context.head.kind !== "commit";
        const output = context.hasHeadCommit ? await git.tryBlame(path, context.head, context.since, context.contents.get(path)) : undefined;
        if (output === undefined) {
            if (uncommittedSide && (!context.hasHeadCommit || !(await inHead(git, path)))) {
                for (const r of list)
                    r.introducedIn = { commit: null, summary: "not committed yet" };
            }
            return;
        }
        const blame = (0,gate_blame/* parsePorcelainBlame */.Qh)(output);
        for (const r of list) {
            const found = (0,gate_blame/* introducedIn */.Bi)(blame, linesOf(r));
            if (found)
                r.introducedIn = found;
        }
    };
    const queue = [...byPath];
    await Promise.all(Array.from({ length: Math.max(1, Math.min(context.jobs, queue.length)) }, async () => {
        for (let next = queue.shift(); next; next = queue.shift())
            await work(next);
    }));
}
const linesOf = (r) => (r.finding.lineRange.length > 0 ? r.finding.lineRange : [r.finding.line]);
async function inHead(git, path) {
    return (await git.readObjects([`HEAD:${path}`])).get(`HEAD:${path}`) !== undefined;
}
/** The branch's only commit: the head commit (HEAD for the working tree and index), whose single parent is the baseline. */
function oneCommitBranch(context, logged) {
    if (!context.since || !context.hunks || !logged)
        return undefined;
    const branch = (0,line_owners/* linearBranch */.Cg)(logged, context.since);
    const only = branch?.commits[0];
    return branch?.commits.length === 1 && only ? { commit: only.commit, summary: only.summary } : undefined;
}
const headCommitOf = (head) => (head.kind === "commit" ? head.ref : "HEAD");
/** Lines as `git blame` counts them: a last line without a newline is a line. */
function lineCount(content) {
    let count = 0;
    for (let at = content.indexOf(0x0a); at !== -1; at = content.indexOf(0x0a, at + 1))
        count += 1;
    return content.length > 0 && content[content.length - 1] !== 0x0a ? count + 1 : count;
}
/**
 * Each line's owner at `head` for the wanted paths (with their line counts), as `git blame
 * --porcelain ^since head` gives them, from two git processes for the whole branch: the commit
 * list (is it linear?) and every commit's patch. Paths it cannot answer for are left out; a
 * branch with a merge commit gets an empty map.
 */
async function replayBranchOwners(git, since, head, wanted, known) {
    const logged = known ?? (0,line_owners/* parseBranchCommits */.KL)(await git.branchCommits(since, head));
    const branch = logged && (0,line_owners/* linearBranch */.Cg)(logged, since);
    if (!branch)
        return new Map();
    const patches = (0,line_owners/* parseBranchPatches */.i9)(await git.branchPatches(since, head));
    return patches ? (0,line_owners/* replayLineOwners */.AV)(branch, patches, wanted) : new Map();
}

// EXTERNAL MODULE: ./build/core/gate/notebook.js
var gate_notebook = __webpack_require__(79835);
;// CONCATENATED MODULE: ./build/app/notebooks.js




const UTF8 = new TextDecoder("utf-8", { fatal: true });
/**
 * Replace the notebooks among `side`'s files by their code cells' Python. A side written to a
 * temporary directory is rewritten in place; the working tree never is: then every file of the
 * side is written to a new temporary directory, which the returned snapshot owns (and `side`'s
 * own dispose stays the caller's).
 */
async function notebooksAsPython(side, notebookPaths, label, inPlace) {
    const result = { snapshot: side, lines: new Map(), python: new Map(), leftOut: new Map(), unreadable: [], otherLanguage: [] };
    const present = notebookPaths.filter((p) => side.contents.has(p));
    if (present.length === 0)
        return result;
    const contents = new Map(side.contents);
    for (const path of present) {
        try {
            const extraction = (0,gate_notebook/* extractNotebook */.XQ)(UTF8.decode(contents.get(path)));
            if (extraction.kind === "other-language") {
                result.otherLanguage.push({ path, language: extraction.language });
                contents.delete(path);
                continue;
            }
            contents.set(path, Buffer.from(extraction.python, "utf8"));
            result.lines.set(path, extraction.lines);
            result.python.set(path, extraction.python);
            if (extraction.leftOut.length > 0)
                result.leftOut.set(path, extraction.leftOut);
        }
        catch (error) {
            if (!(error instanceof gate_notebook/* NotebookError */.yF) && !(error instanceof TypeError))
                throw error;
            const reason = error instanceof gate_notebook/* NotebookError */.yF ? error.message : "not valid UTF-8";
            result.unreadable.push({ path, reason: `not a notebook the gate can read: ${reason}` });
            contents.delete(path);
        }
    }
    if (!inPlace) {
        result.snapshot = await writeSnapshot(contents, label);
        return result;
    }
    for (const path of present) {
        const content = contents.get(path);
        if (content)
            await (0,promises_.writeFile)((0,external_node_path_.join)(side.root, path), content);
        else
            await (0,promises_.rm)((0,external_node_path_.join)(side.root, path), { force: true });
    }
    side.contents.clear();
    for (const [path, content] of contents)
        side.contents.set(path, content);
    return result;
}

// EXTERNAL MODULE: ./build/core/report/cells.js
var cells = __webpack_require__(5020);
;// CONCATENATED MODULE: ./build/core/gate/line-diff.js
/** Above this many lines on each side (after common ends are trimmed) the middle is one hunk. */
const MAX_TABLE_CELLS = 4_000_000;
/**
 * `git diff -U0`'s hunks between two texts, for files git's own diff cannot speak of line by
 * line: a notebook's extracted Python. A longest common subsequence of lines, so an unchanged
 * line maps to its baseline line through `lineAtBaseline` as with git's hunks.
 */
function lineHunks(oldText, newText) {
    const a = toLines(oldText);
    const b = toLines(newText);
    let start = 0;
    while (start < a.length && start < b.length && a[start] === b[start])
        start++;
    let endA = a.length;
    let endB = b.length;
    while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
        endA--;
        endB--;
    }
    const n = endA - start;
    const m = endB - start;
    if (n === 0 && m === 0)
        return [];
    if (n === 0 || m === 0 || n * m > MAX_TABLE_CELLS)
        return [hunk(start, n, start, m)];
    // lcs[i][j]: common lines of a[start+i..endA) and b[start+j..endB), in one flat table.
    const width = m + 1;
    const lcs = new Uint32Array((n + 1) * width);
    for (let i = n - 1; i >= 0; i--) {
        for (let j = m - 1; j >= 0; j--) {
            lcs[i * width + j] =
                a[start + i] === b[start + j] ? lcs[(i + 1) * width + j + 1] + 1 : Math.max(lcs[(i + 1) * width + j], lcs[i * width + j + 1]);
        }
    }
    const hunks = [];
    let i = 0;
    let j = 0;
    let open;
    const close = () => {
        if (open)
            hunks.push(hunk(start + open.i, i - open.i, start + open.j, j - open.j));
        open = undefined;
    };
    while (i < n || j < m) {
        if (i < n && j < m && a[start + i] === b[start + j]) {
            close();
            i++;
            j++;
        }
        else {
            open ??= { i, j };
            if (j < m && (i === n || lcs[i * width + j + 1] >= lcs[(i + 1) * width + j]))
                j++;
            else
                i++;
        }
    }
    close();
    return hunks;
}
/** A hunk from 0-based offsets and counts, numbered as git numbers them (an empty side: the line before). */
function hunk(oldOffset, oldCount, newOffset, newCount) {
    return {
        oldStart: oldCount === 0 ? oldOffset : oldOffset + 1,
        oldCount,
        newStart: newCount === 0 ? newOffset : newOffset + 1,
        newCount,
    };
}
function toLines(text) {
    if (text === "")
        return [];
    const lines = text.split("\n");
    if (lines[lines.length - 1] === "")
        lines.pop();
    return lines;
}

;// CONCATENATED MODULE: ./build/app/check.js





























/** git's well-known empty tree: the baseline of a repository's first commit. */
const EMPTY_TREE = "4b825dc642cb6eb9a060e54bf8d69288fbee4904";
/** Run the gate and return its report. Exit codes are the entry point's business. */
async function runGate(settings, deps) {
    return settings.baseline.kind === "file"
        ? gateAgainstFile(settings, settings.baseline.path, deps)
        : gateAgainstRevision(settings, deps);
}
function policyOf(settings) {
    return { severityLevel: settings.severityLevel, confidenceLevel: settings.confidenceLevel, nosec: settings.nosec };
}
function headLabel(settings) {
    return settings.head.kind === "commit" ? settings.head.ref : settings.head.kind === "index" ? "staged changes" : "working tree";
}
async function gateAgainstRevision(settings, deps) {
    const { git, logger } = deps;
    const timer = deps.timer ?? timings/* NO_TIMER */.sx;
    const notes = [];
    const gateChanges = [];
    const headRef = settings.head.kind === "commit" ? settings.head.ref : "HEAD";
    const headCommit = await git.tryResolveCommit(headRef);
    let baseline;
    if (settings.head.kind === "index" && !headCommit && settings.baseline.kind !== "ref") {
        baseline = { ref: "empty repository (first commit)", commit: EMPTY_TREE };
    }
    else if (settings.baseline.kind === "ref" && settings.baseline.ref === "HEAD" && !headCommit) {
        baseline = { ref: "empty repository (first commit)", commit: EMPTY_TREE };
    }
    else {
        baseline = await timer.time("git: merge-base", () => resolveBaseline(git, {
            explicitRef: settings.baseline.kind === "ref" ? settings.baseline.ref : undefined,
            pullRequestBase: settings.pullRequestBase,
            defaultBranch: settings.defaultBranch,
            headRef,
            ...(headCommit ? { headCommit } : {}),
        }, logger, timer));
    }
    logger.info(`Baseline: ${baseline.ref} (${baseline.commit.slice(0, 12)})`);
    const everyChange = await timer.time("git: diff", () => git.diffAllModes(baseline.commit, settings.head));
    const changes = everyChange.filter((c) => c.status === "D" || c.mode === "100644" || c.mode === "100755");
    if (settings.head.kind === "worktree") {
        const known = new Set(changes.map((c) => c.path));
        for (const path of await git.untrackedFiles())
            if (!known.has(path))
                changes.push({ status: "A", path });
    }
    await findGateFileChanges(git, baseline.commit, settings.head, everyChange, undefined, gateChanges);
    const select = makeSelector(settings);
    // Untracked files (working-tree runs) carry no mode: only their name can say "notebook".
    const candidates = [...everyChange, ...changes.filter((c) => c.mode === undefined)];
    await noteUnscanned(git, settings.head, candidates.filter((c) => c.status !== "D" && select(c.path) && inShard(c.path, settings.shard)), notes, settings.notebooks);
    const notebook = (path) => settings.notebooks && (0,gate_notebook/* isNotebookPath */.FP)(path);
    const wanted = changes.filter((c) => c.status !== "D" && select(c.path) && (mayBePython(c.path) || notebook(c.path)));
    refuseUnreadable(git, wanted.map((c) => c.path));
    let head = await timer.time("git: read files", () => loadHeadFiles(git, settings.head, wanted.map((c) => c.path)));
    const disposers = [head.dispose];
    try {
        // A notebook is judged by its code cells' Python, written where Bandit reads the head side.
        const headNotebooks = await notebooksAsPython(head, wanted.filter((c) => notebook(c.path)).map((c) => c.path), "head-notebooks", settings.head.kind !== "worktree");
        if (headNotebooks.snapshot !== head) {
            head = headNotebooks.snapshot;
            disposers.push(head.dispose);
        }
        const python = new Set([...pythonOnly(head, [...head.contents.keys()]), ...headNotebooks.lines.keys()]);
        const judged = wanted.filter((c) => python.has(c.path) && inShard(c.path, settings.shard));
        const notebookFailures = headNotebooks.unreadable.filter((u) => inShard(u.path, settings.shard));
        noteNotebooks(headNotebooks, judged, settings.shard, notes);
        const describe = { mode: "git", ref: baseline.ref, commit: baseline.commit };
        const scanned = {
            head: headLabel(settings),
            ...(headCommit && settings.head.kind !== "index" ? { head_commit: headCommit } : {}),
            files: judged.map((c) => c.path).sort(),
            baseline_files: 0,
            ...(settings.shard ? { shard: `${settings.shard.index}/${settings.shard.total}` } : {}),
        };
        // A shard scans its deleted files whatever it finds: another shard may hold what moved out of them.
        const deleted = changes.filter((c) => c.status === "D" && select(c.path) && mayBePython(c.path) && inShard(c.path, settings.shard));
        if (judged.length === 0 && (!settings.shard || deleted.length === 0)) {
            logger.info(`No changed Python files${settings.shard ? " in this shard" : ""}: nothing to judge`);
            warnOfGateChanges(gateChanges, notes);
            return (0,report_report/* buildReport */.FK)({ regressions: [], fixed: [], unchanged: 0 }, {
                baseline: describe, scanned, banditVersion: "not run", failures: notebookFailures, notes, gateChanges,
            });
        }
        const configSide = baseline.commit === EMPTY_TREE ? { kind: "index" } : { kind: "commit", commit: baseline.commit };
        const config = await (0,bandit_config/* loadBanditConfig */.p)(git, configSide);
        disposers.push(config.dispose);
        const headConfig = await (0,bandit_config/* loadBanditConfig */.p)(git, settings.head.kind === "commit" ? { kind: "commit", commit: settings.head.ref } : settings.head);
        disposers.push(headConfig.dispose);
        if (headConfig.digest !== config.digest) {
            addGateChange(gateChanges, headConfig.source);
            notes.push(`The Bandit configuration differs on this branch (${headConfig.source}); both sides were scanned with the baseline's (${config.source}), so a branch cannot loosen its own check. The new configuration applies once it is merged.`);
        }
        const scanner = await deps.scanner(config);
        disposers.push(async () => scanner.flush?.());
        // Whether test asserts are judged may need the whole tree listed: meanwhile, not after.
        const testAsserts = settled(testAssertDecision(git, config, configSide, settings.judgeTestAsserts));
        const excluded = judged.filter((c) => (0,bandit_paths/* excludedByBandit */._q)(c.path, config.excludes)).map((c) => c.path);
        noteExcluded(excluded, config.source, notes);
        const renamedFrom = new Map();
        const baselinePathOf = new Map();
        const baseSpecs = new Map();
        for (const change of judged) {
            if (change.status === "A" || excluded.includes(change.path))
                continue;
            const basePath = change.status === "R" && change.oldPath ? change.oldPath : change.path;
            if (change.status === "R" && change.oldPath)
                renamedFrom.set(change.path, change.oldPath);
            baselinePathOf.set(change.path, basePath);
            if ((0,bandit_paths/* excludedByBandit */._q)(basePath, config.excludes))
                continue;
            baseSpecs.set(basePath, `${baseline.commit}:${basePath}`);
        }
        logger.info(`Scanning ${judged.length} changed Python file(s) at head and ${baseSpecs.size} at the baseline with Bandit ${scanner.version}`);
        const headFiles = scanned.files.filter((p) => !excluded.includes(p));
        // Python reads each side while Bandit scans it: one process per side. The head side starts
        // at once; the baseline's files are written out meanwhile.
        const reader = await deps.statements();
        disposers.push(async () => reader.flush?.());
        const headSession = reader.open(headFiles.map((path) => ({ path, file: (0,external_node_path_.join)(head.root, path), content: head.contents.get(path) })));
        disposers.push(() => headSession.close());
        const headScan = settled(timer.time("scan: head", () => scanner.scan(head.root, headFiles, head)).then((r) => withUnanswered(headFiles, r)));
        const diffPaths = [...new Set(judged.flatMap((c) => (c.oldPath ? [c.path, c.oldPath] : [c.path])))];
        const hunksRead = settled(timer.time("git: diff", () => git.diffHunks(baseline.commit, settings.head, diffPaths)));
        // The branch's commits, for naming the commit behind each regression: asked while Bandit scans.
        const since = baseline.commit === EMPTY_TREE ? undefined : baseline.commit;
        const branchLog = since && headCommit !== undefined && headCommit !== baseline.commit ? git.branchCommits(since, headRef).catch(() => undefined) : undefined;
        // Whatever fails from here on, the head scan and the diff end before their files go.
        disposers.push(async () => void (await Promise.all([headScan, hunksRead])));
        const base = await timer.time("git: read files", () => materialise(git, baseSpecs, "base"));
        disposers.push(base.dispose);
        const baseNotebooks = await notebooksAsPython(base, [...baseSpecs.keys()].filter(gate_notebook/* isNotebookPath */.FP), "base-notebooks", true);
        for (const u of baseNotebooks.unreadable)
            notes.push(`The baseline version of ${u.path} is ${u.reason}; every finding in it counts as new.`);
        scanned.baseline_files = base.contents.size;
        const basePaths = [...base.contents.keys()].sort();
        const baseSession = reader.open(basePaths.map((path) => ({ path, file: (0,external_node_path_.join)(base.root, path), content: base.contents.get(path) })));
        disposers.push(() => baseSession.close());
        const [headResult, baseResult, gitHunks] = await Promise.all([
            headScan.then(unwrap),
            timer.time("scan: baseline", () => scanner.scan(base.root, basePaths, base)).then((r) => withUnanswered(basePaths, r)),
            hunksRead.then(unwrap),
        ]);
        const hunks = notebookHunks(gitHunks, headNotebooks, baseNotebooks, baselinePathOf);
        const defsWanted = (0,compare/* defsDecidingMoves */.WE)(headResult.findings, baseResult.findings, baselinePathOf);
        const [headFacts, baseFacts] = await timer.time("statements", () => Promise.all([headSession.locate(requestsOf(headResult.findings), defsWanted.head), baseSession.locate(requestsOf(baseResult.findings), defsWanted.base)]));
        countScans(scanner, reader, timer);
        const failures = headResult.failures.filter((f) => python.has(f.path));
        failures.push(...undecodable(headFacts, failures), ...notebookFailures);
        for (const f of baseResult.failures) {
            notes.push(`Bandit could not scan the baseline version of ${f.path} (${f.reason}); every finding in it counts as new.`);
        }
        for (const facts of baseFacts.values()) {
            if (facts.error?.kind === "decode")
                notes.push(messages/* messages */.D.undecodableBaseline(facts.path, facts.error.message));
        }
        const headItems = fingerprintSide(headResult.findings, headFacts, (p) => renamedFrom.get(p) ?? p);
        const baseItems = fingerprintSide(baseResult.findings, baseFacts, (p) => p);
        noteTextIdentity([...headItems, ...baseItems], [headFacts, baseFacts], notes);
        const decision = unwrap(await testAsserts);
        const tests = leaveOutTestAsserts(decision, headItems, (0,compare/* toBaselineEntries */.v5)(baseItems));
        const change = {
            baselinePathOf,
            hunks,
            baseDefs: defsOf(baseFacts),
            headDefs: defsOf(headFacts),
            goneFiles: new Set(),
        };
        let comparison = await timer.time("compare", async () => (0,compare/* matchFindings */.cF)(tests.base, tests.head, change));
        // Code moved out of a deleted file can only be recognised from that file's baseline
        // version: read it, but only when something at head is still unmatched.
        let leftovers = { comparison, change: change };
        if ((comparison.added.length > 0 || settings.shard) && deleted.length > 0) {
            const gone = await materialise(git, new Map(deleted.map((c) => [c.path, `${baseline.commit}:${c.path}`])), "deleted");
            disposers.push(gone.dispose);
            const gonePaths = pythonOnly(gone, [...gone.contents.keys()]).sort();
            const goneSession = reader.open(gonePaths.map((path) => ({ path, file: (0,external_node_path_.join)(gone.root, path), content: gone.contents.get(path) })));
            disposers.push(() => goneSession.close());
            const goneResult = await scanner.scan(gone.root, gonePaths, gone);
            const goneFacts = await goneSession.locate(requestsOf(goneResult.findings));
            const goneEntries = leaveOutTestAsserts(decision, [], (0,compare/* toBaselineEntries */.v5)(fingerprintSide(goneResult.findings, goneFacts, (p) => p))).base;
            scanned.baseline_files += gonePaths.length;
            const goneDefs = defsOf(goneFacts);
            const withGone = { ...change, baseDefs: new Map([...change.baseDefs, ...goneDefs]), goneFiles: new Set(gonePaths) };
            comparison = (0,compare/* matchFindings */.cF)([...tests.base, ...goneEntries], tests.head, withGone);
            leftovers = { comparison: { ...comparison }, change: withGone };
            // Deleted files were not judged before; what they held and nothing took up is not "fixed".
            const goneSet = new Set(gonePaths);
            comparison.removed = comparison.removed.filter((entry) => !goneSet.has(entry.path));
        }
        const unmatched = settings.shard ? (0,shard_unmatched/* unmatchedRecord */.xP)(leftovers.comparison, leftovers.change, policyOf(settings)) : undefined;
        const verdict = (0,policy/* judge */.S)(comparison, policyOf(settings));
        nameFunctions(verdict, headFacts);
        // With no commits between baseline and head (the pre-commit hook, --base HEAD) every line
        // would be "not committed yet": that says nothing.
        if (headCommit !== undefined && headCommit !== baseline.commit) {
            // git blame speaks of a notebook's JSON lines, not of its cells: notebooks are left out.
            await timer.time("git: blame", () => nameCommits(git, verdict.regressions.filter((r) => !headNotebooks.lines.has(r.finding.path)), { since, head: settings.head, hasHeadCommit: true, contents: head.contents, jobs: settings.jobs, hunks, ...(branchLog ? { commits: branchLog } : {}) }));
        }
        warnOfGateChanges(gateChanges, notes);
        return (0,cells/* placeInCells */.E)((0,report_report/* buildReport */.FK)(verdict, {
            baseline: describe, scanned, banditVersion: scanner.version, failures, notes, testAsserts: tests.record, gateChanges,
            ...(unmatched ? { unmatched } : {}),
        }), headNotebooks.lines);
    }
    finally {
        for (const dispose of disposers.reverse())
            await dispose();
    }
}
async function gateAgainstFile(settings, file, deps) {
    const { git, logger } = deps;
    const timer = deps.timer ?? timings/* NO_TIMER */.sx;
    const notes = [];
    const gateChanges = [];
    const headSide = settings.head.kind === "commit" ? { kind: "commit", commit: settings.head.ref } : settings.head;
    const trusted = settings.trustedRevision ? await trustedRevisionOf(settings, settings.trustedRevision, deps) : undefined;
    let stored = trusted ? await readTrustedBaselineFile(git, settings, file, trusted, notes, gateChanges) : await readBaselineFile((0,external_node_path_.resolve)(settings.cwd, file));
    const sinceTrusted = trusted ? await git.diffAllModes(trusted.commit, settings.head) : undefined;
    if (trusted && sinceTrusted) {
        const repoPath = (0,external_node_path_.relative)(git.root, (0,external_node_path_.resolve)(settings.cwd, file)).split("\\").join("/");
        await findGateFileChanges(git, trusted.commit, settings.head, sinceTrusted, repoPath, gateChanges);
    }
    const select = makeSelector(settings);
    const owns = (path) => select(path) && inShard(path, settings.shard);
    const headFiles = await listHeadFiles(git, settings.head);
    // Notebooks are judged against a file that stored them. One made without them (an older
    // bandit-gate's, or with notebooks off) would call every notebook finding new: say which
    // notebooks this run left alone (changed since the trusted revision, else all of them).
    const judgeNotebooks = settings.notebooks && stored.notebooks;
    const notebook = (path) => judgeNotebooks && (0,gate_notebook/* isNotebookPath */.FP)(path);
    if (!judgeNotebooks) {
        // Stored notebooks this run does not look at are not "gone": their findings are not fixed.
        stored = { ...stored, files: Object.fromEntries(Object.entries(stored.files).filter(([path]) => !(0,gate_notebook/* isNotebookPath */.FP)(path))) };
        const notebooks = sinceTrusted
            ? sinceTrusted.filter((c) => c.status !== "D" && (0,gate_notebook/* isNotebookPath */.FP)(c.path) && owns(c.path)).map((c) => c.path)
            : headFiles.filter((p) => (0,gate_notebook/* isNotebookPath */.FP)(p) && owns(p));
        if (notebooks.length > 0)
            notes.push(messages/* messages */.D.notebooksAgainstFile(notebooks, trusted ? `changed since ${trusted.ref}` : "in the tree", file, !settings.notebooks));
    }
    // Every candidate's blob id (cheap), so that a file moved into another shard is seen as moved.
    const candidates = headFiles.filter((p) => select(p) && (mayBePython(p) || notebook(p)));
    refuseUnreadable(git, candidates);
    let head = await loadHeadFiles(git, settings.head, candidates.filter(owns));
    // This shard's files are read already; only the others need hashing (or git's ids).
    const blobs = await headBlobIds(git, settings.head, candidates.filter((p) => !owns(p)));
    for (const [path, content] of head.contents)
        blobs.set(path, (0,baseline_file/* blobId */.zA)(content));
    const disposers = [head.dispose];
    try {
        // A notebook is judged by its code cells' Python (its blob id stays its JSON's, as stored).
        const headNotebooks = await notebooksAsPython(head, candidates.filter((p) => notebook(p) && owns(p)), "head-notebooks", settings.head.kind !== "worktree");
        if (headNotebooks.snapshot !== head) {
            head = headNotebooks.snapshot;
            disposers.push(head.dispose);
        }
        const python = new Set([...pythonOnly(head, [...head.contents.keys()]), ...headNotebooks.lines.keys()]);
        noteNotebooks(headNotebooks, [...headNotebooks.leftOut.keys()].map((path) => ({ status: "M", path })), settings.shard, notes);
        const config = await (0,bandit_config/* loadBanditConfig */.p)(git, trusted ? { kind: "commit", commit: trusted.commit } : headSide);
        disposers.push(config.dispose);
        if (trusted) {
            const headConfig = await (0,bandit_config/* loadBanditConfig */.p)(git, headSide);
            await headConfig.dispose();
            if (headConfig.digest !== config.digest) {
                addGateChange(gateChanges, headConfig.source);
                notes.push(`The Bandit configuration differs on this branch (${headConfig.source}); the baseline revision's (${config.source}) was used, so a branch cannot loosen its own check.`);
            }
        }
        const scanner = await deps.scanner(config);
        disposers.push(async () => scanner.flush?.());
        const reuse = stored.bandit_version === scanner.version && stored.config_digest === config.digest;
        if (!reuse) {
            notes.push(`The baseline file was made with Bandit ${stored.bandit_version} and configuration ${stored.config_digest}; ` +
                `this run uses Bandit ${scanner.version} and ${config.digest}, so every file was rescanned. Refresh it with \`bandit-gate baseline --output ${file}\`.`);
        }
        // Outside this shard an extensionless file's shebang was not read: it stays a candidate, since
        // only content identical to a stored Python file can match anything.
        const known = new Map([...blobs].filter(([path]) => (owns(path) ? python.has(path) : true)));
        const plan = (0,baseline_file/* planAgainstStored */.cC)(stored, known, { reuse, owns });
        const excluded = plan.scan.map((s) => s.path).filter((p) => (0,bandit_paths/* excludedByBandit */._q)(p, config.excludes));
        noteExcluded(excluded, config.source, notes);
        const toScan = plan.scan.map((s) => s.path).filter((p) => !excluded.includes(p));
        const storedPathOf = new Map(plan.scan.flatMap((s) => (s.storedPath ? [[s.path, s.storedPath]] : [])));
        logger.info(`Scanning ${toScan.length} of ${python.size} Python file(s) that differ from the baseline file with Bandit ${scanner.version}`);
        const reader = await deps.statements();
        disposers.push(async () => reader.flush?.());
        const session = reader.open(toScan.map((path) => ({ path, file: (0,external_node_path_.join)(head.root, path), content: head.contents.get(path) })));
        disposers.push(() => session.close());
        const result = withUnanswered(toScan, await timer.time("scan: head", () => scanner.scan(head.root, toScan, head)));
        // Defs decide moves only for head files with findings or whose stored version has some.
        const defsFor = new Set([
            ...result.findings.map((f) => f.path),
            ...plan.scan.flatMap((s) => (s.storedPath && (stored.files[s.storedPath]?.findings.length ?? 0) > 0 ? [s.path] : [])),
        ]);
        const headFacts = await timer.time("statements", () => session.locate(requestsOf(result.findings), defsFor));
        countScans(scanner, reader, timer);
        const configSide = trusted ? { kind: "commit", commit: trusted.commit } : headSide;
        const decision = await testAssertDecision(git, config, configSide, settings.judgeTestAsserts);
        const scannedItems = fingerprintSide(result.findings, headFacts, (p) => storedPathOf.get(p) ?? p);
        const storedScanned = plan.scan.flatMap((s) => (s.storedPath ? (0,baseline_file/* storedEntries */.g_)(s.storedPath, stored.files[s.storedPath]) : []));
        const tests = leaveOutTestAsserts(decision, scannedItems, storedScanned);
        // Stored files gone from the tree take part too: a def may have moved out of them.
        const gone = leaveOutTestAsserts(decision, [], plan.gone.flatMap((path) => (0,baseline_file/* storedEntries */.g_)(path, stored.files[path]))).base;
        const storedDefs = (path) => new Set(stored.files[path]?.defs ?? []);
        const baseDefs = new Map();
        for (const path of [...plan.scan.flatMap((s) => (s.storedPath ? [s.storedPath] : [])), ...plan.gone])
            baseDefs.set(path, storedDefs(path));
        const change = {
            baselinePathOf: storedPathOf,
            hunks: new Map(),
            baseDefs,
            headDefs: defsOf(headFacts),
            goneFiles: new Set(plan.gone),
        };
        const comparison = (0,compare/* matchFindings */.cF)([...tests.base, ...gone], tests.head, change);
        const unmatched = settings.shard ? (0,shard_unmatched/* unmatchedRecord */.xP)(comparison, change, policyOf(settings)) : undefined;
        const verdict = (0,policy/* judge */.S)(comparison, policyOf(settings));
        const untouched = leaveOutTestAsserts(decision, [], plan.unchanged.flatMap((u) => (0,baseline_file/* storedEntries */.g_)(u.path, stored.files[u.storedPath]))).base;
        const steady = (0,policy/* judge */.S)({ matched: untouched.map((e) => ({ base: e, head: asFingerprinted(e), how: "exact" })), added: [], removed: [] }, policyOf(settings));
        const combined = { ...verdict, unchanged: verdict.unchanged + steady.unchanged };
        nameFunctions(combined, headFacts);
        const failures = result.failures.filter((f) => python.has(f.path));
        failures.push(...undecodable(headFacts, failures), ...headNotebooks.unreadable);
        warnOfGateChanges(gateChanges, notes);
        const report = (0,report_report/* buildReport */.FK)(combined, {
            baseline: { mode: "file", file, bandit_version: stored.bandit_version },
            scanned: {
                head: headLabel(settings),
                files: toScan,
                baseline_files: 0,
                ...(settings.shard ? { shard: `${settings.shard.index}/${settings.shard.total}` } : {}),
            },
            banditVersion: scanner.version,
            failures,
            notes,
            testAsserts: tests.record,
            gateChanges,
            ...(unmatched ? { unmatched } : {}),
        });
        return (0,cells/* placeInCells */.E)(report, headNotebooks.lines);
    }
    finally {
        for (const dispose of disposers.reverse())
            await dispose();
    }
}
/** `gateChanges` names each changed file once, by its path (a config's source may add " at <commit>"). */
function addGateChange(gateChanges, entry) {
    // The configuration gone from the branch: the removed file is named already.
    if (entry === "Bandit's defaults" && gateChanges.length > 0)
        return;
    const path = entry.split(" ")[0];
    if (!gateChanges.some((known) => known === entry || known.split(" ")[0] === path))
        gateChanges.push(entry);
}
/**
 * Record every changed file that decides how the gate judges (gate-files.ts says which): the
 * workflows, the hook's configuration, Bandit's configuration files and the baseline file. A
 * `pyproject.toml` or `setup.cfg` counts only when its Bandit part changed.
 */
async function findGateFileChanges(git, base, head, changes, baselineFile, gateChanges) {
    for (const change of changes) {
        for (const path of change.oldPath ? [change.path, change.oldPath] : [change.path]) {
            const kind = (0,gate_files/* gateFileKind */.KD)(path, baselineFile);
            if (!kind)
                continue;
            if (kind === "section") {
                const before = await readSide(git, { kind: "commit", ref: base }, path);
                const after = change.status === "D" ? undefined : await readSide(git, head, path);
                if ((0,gate_files/* banditSection */._X)(path, before ?? "") === (0,gate_files/* banditSection */._X)(path, after ?? ""))
                    continue;
            }
            addGateChange(gateChanges, path);
        }
    }
}
async function readSide(git, side, path) {
    if (side.kind === "worktree")
        return (0,promises_.readFile)((0,external_node_path_.join)(git.root, path), "utf8").catch(() => undefined);
    const spec = side.kind === "index" ? `:${path}` : `${side.ref}:${path}`;
    return (await git.readObjects([spec])).get(spec)?.content.toString("utf8");
}
/**
 * git's hunks, except for notebooks: theirs are of the extracted Python (git's speak of JSON
 * lines), so that an unchanged cell line maps to its baseline line through a re-save.
 */
function notebookHunks(gitHunks, head, base, baselinePathOf) {
    const hunks = new Map(gitHunks);
    for (const [path, python] of head.python) {
        const basePath = baselinePathOf.get(path);
        if (basePath === undefined)
            continue;
        hunks.set(path, lineHunks(base.python.get(basePath) ?? "", python));
    }
    return hunks;
}
/** Notebooks of other languages are not judged; shell commands and magics left out of judged ones are named. */
function noteNotebooks(side, judged, shard, notes) {
    for (const other of side.otherLanguage) {
        if (inShard(other.path, shard))
            notes.push(messages/* messages */.D.notebookOtherLanguage(other.path, other.language));
    }
    for (const change of judged) {
        const note = (0,gate_notebook/* leftOutNote */.UZ)(change.path, side.leftOut.get(change.path) ?? []);
        if (note)
            notes.push(note);
    }
}
/** Changed files that may be Python but are not given to Bandit (unscanned.ts says which), in one note. */
async function noteUnscanned(git, head, changes, notes, scanNotebooks) {
    const found = [];
    for (const change of changes) {
        let line;
        if (change.mode === "100755" && (0,paths/* isExtensionless */.tP)(change.path))
            line = ((await readSide(git, head, change.path)) ?? "").split("\n")[0];
        const reason = unscannedReason(change.path, change.mode, () => line);
        if (reason === "notebook" && scanNotebooks)
            continue;
        if (reason)
            found.push({ path: change.path, reason });
    }
    if (found.length > 0)
        notes.push(unscannedNote(found));
}
function warnOfGateChanges(gateChanges, notes) {
    if (gateChanges.length > 0)
        notes.unshift((0,gate_files/* gateFilesWarning */.T)(gateChanges.map((g) => g.split(" ")[0])));
}
function countScans(scanner, reader, timer) {
    if (scanner.stats) {
        timer.count("scan cache hits", scanner.stats.hits);
        timer.count("files scanned", scanner.stats.misses);
    }
    if (reader.stats) {
        timer.count("statement cache hits", reader.stats.hits);
        timer.count("files parsed", reader.stats.misses);
    }
}
/** B101 in test files leaves both sides alike (so a removed test assert is no "fix" either). */
function leaveOutTestAsserts(decision, head, base) {
    if (decision.judged)
        return { head, base, record: { judged: true, because: decision.because, set_aside: 0 } };
    const headSplit = (0,test_asserts/* setAsideTestAsserts */.IX)(head, (item) => item.finding);
    const baseSplit = (0,test_asserts/* setAsideTestAsserts */.IX)(base, (entry) => entry);
    return {
        head: headSplit.kept,
        base: baseSplit.kept,
        record: { judged: false, because: decision.because, set_aside: headSplit.setAside.length },
    };
}
/** A stored finding standing in for an identical head finding (same blob, same Bandit). */
function asFingerprinted(entry) {
    const finding = {
        path: entry.path,
        line: entry.line ?? 0,
        lineRange: [entry.line ?? 0],
        testId: entry.testId,
        testName: entry.testName,
        severity: entry.severity,
        confidence: entry.confidence,
        text: entry.text ?? "",
    };
    return { finding, key: entry.key, occurrence: 0, suppressed: entry.suppressed, source: [], identityPath: entry.path };
}
/** The revision revision mode would compare with: `ref`, else the branch-off point. Undefined before the first commit. */
async function trustedRevisionOf(settings, trusted, deps) {
    const headRef = settings.head.kind === "commit" ? settings.head.ref : "HEAD";
    if (trusted.ref === "HEAD" && !(await deps.git.tryResolveCommit("HEAD")))
        return undefined;
    return resolveBaseline(deps.git, { explicitRef: trusted.ref, pullRequestBase: settings.pullRequestBase, defaultBranch: settings.defaultBranch, headRef }, deps.logger);
}
/**
 * The baseline file as the trusted revision has it. One the revision lacks (the branch adopts
 * the gate) is read from the branch, and like a changed one it is noted and counts as a change.
 */
async function readTrustedBaselineFile(git, settings, file, trusted, notes, gateChanges) {
    const repoPath = (0,external_node_path_.relative)(git.root, (0,external_node_path_.resolve)(settings.cwd, file)).split("\\").join("/");
    if (!trusted || repoPath.startsWith(".."))
        return readBaselineFile((0,external_node_path_.resolve)(settings.cwd, file));
    const spec = `${trusted.commit}:${repoPath}`;
    const atRevision = (await git.readObjects([spec])).get(spec)?.content;
    const headSpec = settings.head.kind === "commit" ? `${settings.head.ref}:${repoPath}` : settings.head.kind === "index" ? `:${repoPath}` : undefined;
    const onBranch = headSpec
        ? (await git.readObjects([headSpec])).get(headSpec)?.content
        : await (0,promises_.readFile)((0,external_node_path_.resolve)(git.root, repoPath)).catch(() => undefined);
    if (!atRevision) {
        gateChanges.push(file);
        notes.push(`The baseline file ${file} is not in the baseline revision (${trusted.ref}); this branch's own was used. Commit it to the default branch so that branches are judged by it.`);
        return readBaselineFile((0,external_node_path_.resolve)(settings.cwd, file));
    }
    if (!onBranch || !onBranch.equals(atRevision)) {
        gateChanges.push(file);
        notes.push(`The baseline file ${file} differs on this branch; the baseline revision's (${trusted.ref}) was used, so a branch cannot loosen its own check.`);
    }
    try {
        return (0,baseline_file/* parseBaselineFile */.f7)(atRevision.toString("utf8"));
    }
    catch (error) {
        if (error instanceof baseline_file/* BaselineFileError */.G5)
            throw new errors/* ConfigurationError */.j1(messages/* messages */.D.badBaselineFile(`${file} (at ${trusted.ref})`, error.problems));
        throw error;
    }
}
async function readBaselineFile(path) {
    let text;
    try {
        text = await (0,promises_.readFile)(path, "utf8");
    }
    catch {
        throw new errors/* ConfigurationError */.j1(messages/* messages */.D.missingBaselineFile(path));
    }
    try {
        return (0,baseline_file/* parseBaselineFile */.f7)(text);
    }
    catch (error) {
        if (error instanceof baseline_file/* BaselineFileError */.G5)
            throw new errors/* ConfigurationError */.j1(messages/* messages */.D.badBaselineFile(path, error.problems));
        throw error;
    }
}
/** Where each finding is, per file, in Bandit's order: what the statement reader is asked. */
function requestsOf(findings) {
    const out = new Map();
    for (const [path, list] of (0,group/* groupBy */.$)(findings, (f) => f.path)) {
        out.set(path, list.map((f) => (f.column === undefined ? { line: f.line } : { line: f.line, column: f.column })));
    }
    return out;
}
/** Fingerprint every finding of one side, file by file, with what Python read of each file. */
function fingerprintSide(findings, facts, identityPath) {
    const items = [];
    for (const [path, list] of (0,group/* groupBy */.$)(findings, (f) => f.path)) {
        const file = facts.get(path);
        if (!file)
            continue;
        items.push(...(0,fingerprint/* fingerprintFile */.Ro)(list, file, identityPath(path)));
    }
    return items;
}
/** A head file Python cannot decode is a scan failure: Bandit and the gate could read it differently. */
function undecodable(facts, known) {
    const listed = new Set(known.map((f) => f.path));
    return [...facts.values()]
        .filter((f) => f.error?.kind === "decode" && !listed.has(f.path))
        .map((f) => ({ path: f.path, reason: f.error?.message ?? "cannot decode" }));
}
/** Findings in files Python could not parse keep today's text identity; say so. */
function noteTextIdentity(items, sides, notes) {
    const paths = new Set();
    for (const item of items) {
        if (item.statement)
            continue;
        const facts = sides.map((side) => side.get(item.finding.path)).find((f) => f?.error?.kind === "syntax");
        if (facts)
            paths.add(item.finding.path);
    }
    if (paths.size > 0)
        notes.push(messages/* messages */.D.textIdentity([...paths].sort()));
}
function defsOf(facts) {
    return new Map([...facts].flatMap(([path, f]) => (f.defs ? [[path, f.defs]] : [])));
}
/** Files the configuration's `exclude_dirs` drop are not given to Bandit; say which. */
/**
 * A file the gate would judge whose name git could not hand over intact (not UTF-8, a newline):
 * reading it would find nothing and pass it unscanned, so the run fails instead, naming it as git
 * quotes it. Never waived by --allow-scan-errors: such a name is how a branch would hide a file.
 */
function refuseUnreadable(git, paths) {
    const unreadable = [...new Set(paths)].flatMap((path) => {
        const found = git.unreadable.get(path);
        return found ? [found] : [];
    });
    if (unreadable.length > 0)
        throw new errors/* ScanError */.sC(messages/* messages */.D.unreadablePaths(unreadable));
}
function noteExcluded(dropped, source, notes) {
    if (dropped.length > 0) {
        const list = dropped.slice(0, 10).join(", ") + (dropped.length > 10 ? `, and ${dropped.length - 10} more` : "");
        notes.push(`Bandit's configuration (${source}) excludes ${dropped.length} changed file(s), which were not judged: ${list}.`);
    }
}
/**
 * A file Bandit was given but said nothing about (no metrics, no error) was not scanned: a
 * wrapper, a broken install or a stray option dropped it. No configuration excludes it (those
 * files are never given to Bandit), so it is a scan failure, never a pass.
 */
function withUnanswered(requested, result) {
    const seen = new Set([...result.scanned, ...result.failures.map((f) => f.path)]);
    const missing = requested.filter((p) => !seen.has(p));
    if (missing.length === 0)
        return result;
    return { ...result, failures: [...result.failures, ...missing.map((path) => ({ path, reason: messages/* messages */.D.banditNoResult }))] };
}
function nameFunctions(verdict, head) {
    for (const r of verdict.regressions) {
        const name = enclosingFunction(head.get(r.finding.path)?.lines ?? [], r.finding.line);
        if (name)
            r.function = name;
    }
}
/** A promise started early and awaited later: it never rejects unobserved in between. */
function settled(promise) {
    return promise.then((value) => ({ ok: true, value }), (error) => ({ ok: false, error }));
}
function unwrap(result) {
    if (result.ok)
        return result.value;
    throw result.error;
}


/***/ }),

/***/ 85680:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  y: () => (/* binding */ defaultJobs),
  c: () => (/* binding */ realGateDeps)
});

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: ./build/adapters/bandit/run.js + 1 modules
var run = __webpack_require__(91837);
// EXTERNAL MODULE: ./build/core/errors.js
var errors = __webpack_require__(62807);
;// CONCATENATED MODULE: ./build/adapters/bandit/proving.js

/**
 * Scans with a Bandit whose environment was restored from a cache and checked from its files
 * only. Its first scan is the proof: if that fails, the environment is installed afresh (once,
 * however many scans were running) and the failed scans run again on the new one. A failure
 * after that, or after any scan succeeded, is the scan's own: it is reported, never passed.
 */
class ProvingScanner {
    command;
    scannerFor;
    current;
    proven = false;
    replacement;
    constructor(first, command, scannerFor) {
        this.command = command;
        this.scannerFor = scannerFor;
        this.current = first;
    }
    get version() {
        return this.current.version;
    }
    get identity() {
        return this.current.identity;
    }
    async scan(root, files) {
        const scanner = this.current;
        try {
            const result = await scanner.scan(root, files);
            if (!this.replacement)
                this.proven = true;
            return result;
        }
        catch (error) {
            if (!(error instanceof errors/* ScanError */.sC) || (this.proven && !this.replacement))
                throw error;
            this.replacement ??= this.command.replace(error.message).then((fresh) => (this.current = this.scannerFor(fresh)));
            const fresh = await this.replacement;
            if (fresh === scanner)
                throw error;
            return fresh.scan(root, files);
        }
    }
}

// EXTERNAL MODULE: ./build/adapters/bandit/driver.js + 1 modules
var driver = __webpack_require__(66539);
// EXTERNAL MODULE: ./build/adapters/git.js
var adapters_git = __webpack_require__(6689);
// EXTERNAL MODULE: ./build/adapters/caches/scan-cache.js
var scan_cache = __webpack_require__(84591);
// EXTERNAL MODULE: ./build/adapters/python/libcst.js
var libcst = __webpack_require__(34509);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./build/adapters/files/directories.js
var directories = __webpack_require__(43486);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./build/adapters/lifetime.js
var lifetime = __webpack_require__(89350);
// EXTERNAL MODULE: ./build/adapters/bandit/metadata.js
var metadata = __webpack_require__(82559);
// EXTERNAL MODULE: ./build/adapters/bandit/pack.js
var pack = __webpack_require__(21415);
// EXTERNAL MODULE: ./build/adapters/process.js
var adapters_process = __webpack_require__(17288);
;// CONCATENATED MODULE: ./build/adapters/bandit/provision.js












const WINDOWS = process.platform === "win32";
const BIN = WINDOWS ? "Scripts" : "bin";
const EXE = WINDOWS ? ".exe" : "";
/** What is installed: part of the cache key, so a change of extras or plugins is a new environment. */
function banditRequirements(version) {
    // libcst: the fix step's codemods run in the Python that runs Bandit.
    return [`bandit[toml]==${version}`, `libcst==${libcst/* LIBCST_VERSION */.p}`];
}
/**
 * Install a pinned Bandit into a private virtual environment under `dir` (the runner's temp
 * dir for the Action, the user's cache dir for the hook) and reuse it afterwards. System
 * Pythons on Ubuntu refuse `pip install` outside a venv (PEP 668), so a venv is the only
 * portable place. Concurrent first runs are serialised by a lock directory.
 *
 * Fastest first: an environment already there (read from its metadata, no Bandit start-up),
 * then one restored from `options.cache`, then a fresh install by the quickest installer
 * present (docs/performance.md has the measurements behind the order).
 */
async function provisionBandit(dir, version, logger, options = {}) {
    return new BanditEnvironment(dir, version, logger, options).command();
}
/**
 * One pinned Bandit environment under `dir`, made ready in two steps so that the cheap one can
 * start early: `prepare()` finds it on disk or restores it from the cache (no install; the
 * Action starts it while git works), `command()` installs it when that found nothing.
 *
 * A restored environment is checked from its files only (no Python started): its first scan
 * proves it. The command it gives carries `replace`, which a failed first scan calls to install
 * Bandit afresh, once (see ProvingScanner).
 */
class BanditEnvironment {
    dir;
    version;
    logger;
    options;
    venv;
    python;
    env;
    prepared;
    installing;
    facts;
    constructor(dir, version, logger, options = {}) {
        this.dir = dir;
        this.version = version;
        this.logger = logger;
        this.options = options;
        this.python = options.python ?? (WINDOWS ? "python" : "python3");
        this.env = options.env ?? process.env;
        this.venv = (0,external_node_path_.join)(dir, `bandit-${version}`);
    }
    /**
     * A restore may follow: start what it needs first and does not depend on the search for
     * another Bandit (the base Python's facts for the key, the cache client), so that a restore
     * starts the moment the search comes back empty. Costs one short Python start when another
     * Bandit is found after all.
     */
    /** Whether a cache to restore from was given. */
    get restorable() {
        return this.options.cache !== undefined;
    }
    anticipate() {
        if (!this.options.cache)
            return;
        this.options.cache.anticipate?.();
        // Its failure (no Python) is said by the install that follows, if one does.
        void this.key().catch(() => undefined);
    }
    /** The environment already on disk (a self-hosted runner, the hook) or restored from the cache; undefined if neither. Never installs. */
    prepare() {
        this.prepared ??= this.findOrRestore();
        return this.prepared;
    }
    /** A working Bandit: prepared, else installed. */
    async command() {
        const ready = await this.prepare();
        if (ready)
            return ready;
        this.installing ??= this.withLock(async () => {
            const again = await checkEnvironment(this.venv, this.version);
            if (again.command) {
                this.options.onReady?.("present");
                return again.command;
            }
            return this.install();
        });
        return this.installing;
    }
    async findOrRestore() {
        const ready = await checkEnvironment(this.venv, this.version);
        if (ready.command) {
            this.options.onReady?.("present");
            // Checked from its files only, like a restored one: its first scan proves it.
            return { ...ready.command, replace: (problem) => this.replace(this.venv, problem) };
        }
        const cache = this.options.cache;
        if (!cache)
            return undefined;
        return this.withLock(async () => {
            const again = await checkEnvironment(this.venv, this.version);
            if (again.command) {
                this.options.onReady?.("present");
                return { ...again.command, replace: (problem) => this.replace(this.venv, problem) };
            }
            const key = await this.key();
            await (0,promises_.rm)(this.venv, { recursive: true, force: true });
            if (!(await cache.restore(this.venv, key)))
                return undefined;
            const restored = await checkEnvironment(this.venv, this.version);
            if (!restored.command) {
                this.logger.warning(`The cached Bandit environment ${key} is unusable (${restored.problem}); ignoring it and installing Bandit ${this.version} afresh`);
                await (0,promises_.rm)(this.venv, { recursive: true, force: true });
                return undefined;
            }
            this.logger.info(`Bandit ${this.version}: environment restored from the cache (${key})`);
            this.options.onReady?.("restored");
            return { ...restored.command, replace: (problem) => this.replace(key, problem) };
        }).catch((error) => {
            // Python missing, the directory not writable: the install that follows says so plainly.
            this.logger.debug(`no cached Bandit environment (${error.message})`);
            return undefined;
        });
    }
    /** The environment found (`what`: its cache key or path) failed its first scan: remove it and install Bandit afresh, once. */
    replace(what, problem) {
        this.installing ??= (async () => {
            this.logger.warning(`The Bandit environment ${what} failed its first scan (${problem}); installing Bandit ${this.version} afresh and scanning again`);
            return this.withLock(async () => {
                await (0,promises_.rm)(this.venv, { recursive: true, force: true });
                return this.install();
            });
        })();
        return this.installing;
    }
    key() {
        this.facts ??= pythonFacts(this.python);
        return this.facts.then((python) => environmentKey({ env: this.env, version: this.version, python, venv: this.venv }));
    }
    async install() {
        const { venv, version, logger } = this;
        // Without Python, one line saying so, not an announcement of an install that cannot happen.
        const key = await this.key();
        logger.info(`Bandit ${version} is not installed; installing it once into ${venv} (reused afterwards)`);
        // A venv's scripts name the venv's own path in their shebang, so it is built where it stays;
        // a half-built one from a crashed run is removed first and on failure.
        await (0,promises_.rm)(venv, { recursive: true, force: true });
        let method;
        try {
            method = await install(this.python, venv, banditRequirements(version), this.env, logger);
        }
        catch (error) {
            await (0,promises_.rm)(venv, { recursive: true, force: true });
            throw error;
        }
        const installed = await checkEnvironment(venv, version);
        if (!installed.command)
            throw new errors/* ConfigurationError */.j1(`installed Bandit ${version} into ${venv}, but it does not run (${installed.problem}); delete ${venv} and try again`);
        logger.info(`Bandit ${version} installed with ${method}`);
        if (this.options.cache) {
            // Every file saved is a file every warm start downloads and unpacks.
            const removed = await pruneEnvironment(venv);
            logger.debug(`removed ${removed} test and documentation folders from ${venv} before caching it`);
            this.options.cache.installed(venv, key);
        }
        this.options.onReady?.(method);
        return installed.command;
    }
    async withLock(work) {
        await (0,directories/* makeDirectories */.K)(this.dir).catch((error) => {
            throw new errors/* ConfigurationError */.j1(`cannot create ${this.dir} to install Bandit ${this.version} into (${error.message}); make it writable (for the hook: set BANDIT_GATE_CACHE_DIR) or point --bandit / BANDIT_GATE_BANDIT at an existing Bandit`);
        });
        const lock = (0,external_node_path_.join)(this.dir, `bandit-${this.version}.lock`);
        await acquireLock(lock);
        const keepLock = (0,lifetime/* removeOnInterrupt */.vY)(lock);
        try {
            return await work();
        }
        finally {
            await (0,promises_.rm)(lock, { recursive: true, force: true });
            keepLock();
        }
    }
}
/**
 * Is the environment at `venv` a usable Bandit `version`? Read from its files only, no Python
 * started (that cost a warm start tens of milliseconds): Bandit's metadata, its script's
 * interpreter line, the base interpreter `pyvenv.cfg` names, and the zip of its packed modules
 * when it was restored in its cached form (pack.ts). What files cannot show (a
 * corrupted module) the first scan shows, and a restored environment is then rebuilt.
 */
async function checkEnvironment(venv, version) {
    const script = (0,external_node_path_.join)(venv, BIN, `bandit${EXE}`);
    if (!(await (0,promises_.stat)(script).catch(() => undefined)))
        return { problem: `no ${script}` };
    // Windows launchers (.exe) carry no readable shebang: there, Bandit is asked.
    const found = (await (0,metadata/* readInstalledBandit */.VL)([script])) ?? (WINDOWS ? await (0,run/* probeBandit */.tN)([script]) : undefined);
    if (!found)
        return { problem: `${script} is not a Bandit installed in this environment` };
    if (found.version !== version)
        return { problem: `it holds Bandit ${found.version}` };
    const shebang = /^#!(\S+)/.exec((await (0,promises_.readFile)(script)).subarray(0, 512).toString("utf8"))?.[1];
    const venvPython = (0,external_node_path_.join)(venv, BIN, `python${EXE}`);
    if (!WINDOWS && shebang !== venvPython)
        return { problem: `its scripts name another environment (${shebang ?? "no interpreter"})` };
    const base = await baseInterpreterProblem(venv, venvPython);
    if (base)
        return { problem: base };
    const packed = await (0,pack/* packedProblem */.KI)(venv, await (0,pack/* sitePackages */.tJ)(venv));
    if (packed)
        return { problem: packed };
    return { command: found, problem: "" };
}
/** A venv's Python is a link to (or copy of) its base interpreter, which `pyvenv.cfg`'s `home` names. */
async function baseInterpreterProblem(venv, venvPython) {
    const config = await (0,promises_.readFile)((0,external_node_path_.join)(venv, "pyvenv.cfg"), "utf8").catch(() => undefined);
    if (config === undefined)
        return "it has no pyvenv.cfg";
    const home = /^home\s*=\s*(.+?)\s*$/m.exec(config)?.[1];
    if (!home || !(await (0,promises_.stat)(home).catch(() => undefined))?.isDirectory())
        return `its base Python's directory ${home ?? "(none named)"} is gone`;
    // stat follows the link: a dangling one means the base interpreter moved or was removed.
    const python = await (0,promises_.stat)(venvPython).catch(() => undefined);
    if (!python?.isFile())
        return `its Python ${venvPython} is missing or a dangling link`;
    if (!WINDOWS && (python.mode & 0o111) === 0)
        return `its Python ${venvPython} is not executable`;
    return undefined;
}
/**
 * Remove what no scan and no codemod loads from an installed environment: the dependencies'
 * own test suites (libcst ships 170-odd test modules) and `share/` (man pages). Packages
 * never import their `tests` folders; a package that did would fail its first scan, and a
 * restored environment that fails its first scan is installed afresh.
 */
async function pruneEnvironment(venv) {
    const roots = WINDOWS ? [(0,external_node_path_.join)(venv, "Lib", "site-packages")] : (await (0,promises_.readdir)((0,external_node_path_.join)(venv, "lib")).catch(() => [])).map((v) => (0,external_node_path_.join)(venv, "lib", v, "site-packages"));
    let removed = 0;
    for (const root of roots) {
        const packages = await (0,promises_.readdir)(root, { withFileTypes: true }).catch(() => []);
        for (const entry of packages) {
            if (!entry.isDirectory() || entry.name.endsWith(".dist-info") || entry.name === "__pycache__")
                continue;
            const inner = await (0,promises_.readdir)((0,external_node_path_.join)(root, entry.name), { recursive: true, withFileTypes: true }).catch(() => []);
            const suites = inner.filter((d) => d.isDirectory() && (d.name === "tests" || d.name === "test")).map((d) => (0,external_node_path_.join)(d.parentPath ?? d.path, d.name));
            // Outermost only: a suite's own tests/ folders go with it.
            for (const suite of suites.filter((s) => !suites.some((o) => o !== s && s.startsWith(`${o}${external_node_path_.sep}`)))) {
                await (0,promises_.rm)(suite, { recursive: true, force: true });
                removed += 1;
            }
        }
    }
    if (await (0,promises_.stat)((0,external_node_path_.join)(venv, "share")).catch(() => undefined)) {
        await (0,promises_.rm)((0,external_node_path_.join)(venv, "share"), { recursive: true, force: true });
        removed += 1;
    }
    return removed;
}
async function pythonFacts(python) {
    const script = "import platform, sys; print(platform.python_implementation()); print('%d.%d' % sys.version_info[:2]); print(getattr(sys, '_base_executable', sys.executable))";
    const out = await provision_run(python, ["-I", "-c", script], `run ${python}`);
    const [implementation = "unknown", version = "unknown", executable = ""] = out.trim().split(/\r?\n/);
    return { implementation, version, executable };
}
/**
 * The cache key of an environment: everything that makes a venv unusable elsewhere. The
 * readable parts say what it is; the digest covers the absolute paths a venv holds (its own
 * and its base interpreter's), so an entry is only ever restored to where it was built.
 */
function environmentKey(facts) {
    const { env, version, python, venv } = facts;
    const digest = (0,external_node_crypto_.createHash)("sha256")
        .update(JSON.stringify([banditRequirements(version), venv, python.executable]))
        .digest("hex")
        .slice(0, 16);
    const os = env.RUNNER_OS ?? process.platform;
    const cpu = env.RUNNER_ARCH ?? (0,external_node_os_.arch)();
    return `bandit-gate-env-v2-${os}-${cpu}-${python.implementation}${python.version}-bandit${version}-${digest}`;
}
/**
 * Fresh install, quickest way first. uv when it is on PATH (never downloaded). Else a venv
 * without its own pip (`ensurepip` was half of the old cost) filled by the runner's pip
 * (`pip --python`, pip 22.3+). Else, when that pip is missing or too old, the classic venv + pip.
 */
async function install(python, venv, requirements, env, logger) {
    const venvPython = (0,external_node_path_.join)(venv, BIN, `python${EXE}`);
    const uv = await (0,metadata/* findExecutable */.oq)("uv", env);
    if (uv) {
        try {
            await provision_run(uv, ["venv", "--quiet", "--python", python, venv], "create a virtual environment with uv");
            await provision_run(uv, ["pip", "install", "--quiet", "--python", venvPython, ...requirements], `install ${requirements.join(" ")} with uv`);
            return "uv";
        }
        catch (error) {
            logger.warning(`uv could not install Bandit (${error.message}); using pip instead`);
            await (0,promises_.rm)(venv, { recursive: true, force: true });
        }
    }
    await provision_run(python, ["-m", "venv", "--without-pip", venv], `create a virtual environment with ${python}`);
    const pipArgs = ["install", "--quiet", "--disable-pip-version-check", "--no-input", "--no-compile", ...requirements];
    const outside = await tryRun(python, ["-m", "pip", "--python", venvPython, ...pipArgs]);
    if (outside.ok)
        return "pip --python";
    if (!/No module named pip|no such option: --python|unknown option|ensurepip/i.test(outside.output)) {
        throw new errors/* ConfigurationError */.j1(`could not install ${requirements.join(" ")} with pip (exit ${outside.code}): ${(0,adapters_process/* lastMeaningfulLine */.HF)(outside.output)}`);
    }
    logger.debug(`${python} has no pip that installs into another environment (${(0,adapters_process/* lastMeaningfulLine */.HF)(outside.output)}); giving the venv its own pip`);
    await provision_run(venvPython, ["-m", "ensurepip", "--default-pip"], `add pip to the virtual environment`);
    await provision_run(venvPython, ["-m", "pip", ...pipArgs], `install ${requirements.join(" ")} with pip`);
    return "venv + pip";
}
async function tryRun(program, args) {
    const result = await (0,adapters_process/* runCommand */.d1)(program, args);
    return { ok: result.code === 0, code: result.code, output: `${result.stdout}\n${result.stderr}` };
}
async function provision_run(program, args, what) {
    try {
        const result = await (0,adapters_process/* runOutsideTree */.bb)(program, args);
        if (result.code !== 0 && /ensurepip is not available|No module named venv/.test(result.stdout + result.stderr)) {
            // Debian and Ubuntu ship Python without venv; the tool's own advice is many lines long.
            throw new errors/* ConfigurationError */.j1(`${program} cannot create a virtual environment (its venv module is missing), which bandit-gate needs to install Bandit; install it (e.g. \`apt-get install python3-venv\`) or point --bandit at an existing Bandit`);
        }
        if (result.code !== 0) {
            throw new errors/* ConfigurationError */.j1(`could not ${what} (exit ${result.code}): ${(0,adapters_process/* lastMeaningfulLine */.HF)(result.stderr) || (0,adapters_process/* lastMeaningfulLine */.HF)(result.stdout)}`);
        }
        return result.stdout;
    }
    catch (error) {
        if (error instanceof adapters_process/* CommandNotFoundError */.v$) {
            throw new errors/* ConfigurationError */.j1(`${program} was not found, and bandit-gate needs Python 3.10 or newer to run Bandit; install Python 3 (e.g. \`apt-get install python3 python3-venv\`) or point --bandit at an existing Bandit`);
        }
        throw error;
    }
}
/** mkdir is atomic: whoever creates the directory holds the lock. Stale locks expire. */
async function acquireLock(lock) {
    const deadline = Date.now() + 10 * 60_000;
    for (;;) {
        try {
            await (0,promises_.mkdir)(lock);
            await (0,promises_.writeFile)((0,external_node_path_.join)(lock, "pid"), String(process.pid));
            return;
        }
        catch (error) {
            if (error.code !== "EEXIST")
                throw error;
            const info = await (0,promises_.stat)(lock).catch(() => undefined);
            if (info && Date.now() - info.mtimeMs > 10 * 60_000) {
                await (0,promises_.rename)(lock, `${lock}.stale-${process.pid}`).catch(() => undefined);
                await (0,promises_.rm)(`${lock}.stale-${process.pid}`, { recursive: true, force: true });
                continue;
            }
            if (Date.now() > deadline)
                throw new errors/* ConfigurationError */.j1(`another bandit-gate is still installing Bandit (lock ${lock}); remove it if no install is running`);
            await new Promise((r) => setTimeout(r, 500));
        }
    }
}

// EXTERNAL MODULE: ./build/core/messages.js
var messages = __webpack_require__(41072);
;// CONCATENATED MODULE: ./build/adapters/bandit/locate.js






/**
 * Order of the search: the configured command, then $BANDIT_GATE_BANDIT, then `bandit` on PATH,
 * then `python3 -m bandit`; then (Action, hook) a pinned install of our own; else a clear error.
 */
/**
 * The command the search below will most likely settle on, known at once without starting or
 * reading anything but PATH: the configured one, else `bandit` (found on PATH by whoever starts
 * it). A guess to start Bandit's Python early (driver.ts); the search has the last word.
 */
function likelyBanditArgv(location) {
    for (const configured of [location.explicit, location.fromEnv]) {
        if (configured?.trim())
            return (0,adapters_process/* splitCommand */.GW)(configured);
    }
    return ["bandit"];
}
/** The first Bandit that answers, without installing one; a configured command that does not answer is an error. */
async function findBandit(location) {
    for (const configured of [location.explicit, location.fromEnv]) {
        if (!configured?.trim())
            continue;
        const found = await ask((0,adapters_process/* splitCommand */.GW)(configured), location.env);
        if (!found)
            throw new errors/* ConfigurationError */.j1(messages/* messages */.D.banditUnusable(configured));
        return found;
    }
    for (const argv of [["bandit"], ["python3", "-m", "bandit"]]) {
        const found = await ask(argv, location.env);
        if (found)
            return found;
    }
    return undefined;
}
/** Its installation's metadata when that is unambiguous, else `bandit --version`. */
async function ask(argv, env) {
    return (await (0,metadata/* readInstalledBandit */.VL)(argv, env)) ?? (0,run/* probeBandit */.tN)(argv, env);
}
/** Where the pinned Bandit goes when none is found (Action, hook); undefined where none may be installed. */
function pinnedEnvironment(location, logger) {
    const provision = location.provision;
    if (!provision)
        return undefined;
    return new BanditEnvironment(provision.dir, provision.version, provision.logger ?? logger, { cache: provision.cache, onReady: provision.onReady, env: location.env });
}
/**
 * Start looking for Bandit now, while git does its part, and hand the answer over when a scan
 * needs it (`bandit --version` costs a Python start-up). When none is found, the pinned
 * environment is looked for on disk and restored from the cache at once, still in git's time
 * (a restore is most of a warm start). Nothing is installed, and no error is raised, unless a
 * scan actually asks: a change with no Python files never needs Bandit.
 */
function locateBanditEarly(location, logger) {
    // With no Bandit configured, the pinned one is likely (a runner without Bandit): what its
    // restore needs first is started alongside the search of PATH, not after it.
    const configured = [location.explicit, location.fromEnv].some((c) => c?.trim());
    const pinned = configured ? undefined : pinnedEnvironment(location, logger);
    if (pinned?.restorable) {
        pinned.anticipate();
        // No `bandit` on PATH: all the search can still find is `python3 -m bandit` (a Python start
        // away, and rare where `bandit` is not on PATH). The restore starts now rather than after it,
        // and is simply left unused if that answers: the order of preference is unchanged.
        void (0,metadata/* findExecutable */.oq)("bandit", location.env ?? process.env).then((onPath) => {
            if (!onPath)
                void pinned.prepare();
        });
    }
    const search = findBandit(location).then((found) => {
        if (found)
            return { found };
        // Started now; its failures (none expected: it never throws) wait for the scan that asks.
        void pinned?.prepare();
        return { pinned };
    }, (error) => ({ error }));
    const command = async () => {
        const outcome = await search;
        if ("error" in outcome)
            throw outcome.error;
        if (outcome.found)
            return outcome.found;
        if (!outcome.pinned)
            throw new errors/* ConfigurationError */.j1(messages/* messages */.D.banditMissing(messages/* PINNED_BANDIT_VERSION */.N));
        return outcome.pinned.command();
    };
    const located = search.then((outcome) => ("error" in outcome ? undefined : (outcome.found ?? outcome.pinned?.prepare())));
    return { command, located: located.catch(() => undefined) };
}

// EXTERNAL MODULE: ./build/core/child-env.js
var child_env = __webpack_require__(76462);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
;// CONCATENATED MODULE: ./build/adapters/python/statement-script.js
/**
 * The Python side of the statement reader, run once per side of a gate run with `python -I -c`.
 * It reads two JSON lines on stdin: first the files to read (it decodes them while Bandit scans),
 * then the (line, column) of every finding per file. It answers with one JSON document. It only
 * decodes, tokenizes and parses; it never compiles or runs the code.
 *
 * Only what the gate uses is worked out: every file is decoded (an undecodable head file is a
 * scan failure); a file is parsed for its defs and statements; its lines and comments are sent
 * back only when it has findings, and only the top-level statements holding a finding are
 * tokenized. Statements are found by walking statement bodies, never expressions.
 */
const PYTHON_STATEMENT_SCRIPT = String.raw `
import ast, hashlib, io, json, re, sys, tokenize

BODY_FIELDS = ("body", "orelse", "finalbody", "handlers", "cases")
SKIPPED_FIELDS = {"kind", "type_comment", "ctx"}
SCOPES = (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)
HEADED = tuple(getattr(ast, n) for n in ("ExceptHandler", "match_case") if hasattr(ast, n))
STATEMENTS = (ast.stmt,) + HEADED

def shape(node, header):
    # ast.dump without positions, string prefixes or bodies: what a formatter cannot change.
    if isinstance(node, ast.AST):
        parts = []
        for field in node._fields:
            if field in SKIPPED_FIELDS or (header and field in BODY_FIELDS):
                continue
            parts.append(field + "=" + shape(getattr(node, field, None), False))
        return type(node).__name__ + "(" + ",".join(parts) + ")"
    if isinstance(node, list):
        return "[" + ",".join(shape(item, False) for item in node) + "]"
    return repr(node)

def fingerprint(node):
    return hashlib.sha256(shape(node, True).encode("utf-8", "surrogatepass")).hexdigest()[:32]

def decode(entry):
    # Phase one, while Bandit scans: read and decode as Python does (PEP 263 cookie, BOM).
    try:
        with open(entry["file"], "rb") as handle:
            data = handle.read()
    except OSError as error:
        return None, "cannot read: %s" % error.strerror
    try:
        encoding, _ = tokenize.detect_encoding(io.BytesIO(data).readline)
        text = data.decode(encoding)
    except (SyntaxError, LookupError, UnicodeDecodeError) as error:
        return None, "cannot decode as Python source: %s" % error
    if text.startswith("\ufeff"):
        text = text[1:]
    return text, None

def statements_of(tree):
    # Statements live only in body-like fields: walk those, never into expressions.
    found = []
    defs = []
    def visit(nodes, scope, depth):
        for child in nodes:
            if not isinstance(child, STATEMENTS):
                continue
            own = scope
            if isinstance(child, SCOPES):
                own = scope + (child.name,)
                defs.append(".".join(own))
            first = min([child.lineno] + [d.lineno for d in getattr(child, "decorator_list", [])])
            end = getattr(child, "end_lineno", None) or child.lineno
            found.append((first, end, child.col_offset, depth, child, own))
            for field in BODY_FIELDS:
                inner = getattr(child, field, None)
                if inner:
                    visit(inner, own, depth + 1)
    visit(tree.body, (), 0)
    return found, defs

def comments_in(text, lines, regions):
    # Real comments (a "# nosec" inside a string is none), tokenized only over the top-level
    # statements that hold a finding: each starts a logical line, so the tokenizer starts clean.
    out = {}
    for first, end in regions:
        chunk = "\n".join(lines[first - 1:end]) + "\n"
        if "#" not in chunk:
            continue
        try:
            for tok in tokenize.generate_tokens(io.StringIO(chunk).readline):
                if tok.type == tokenize.COMMENT:
                    out[str(tok.start[0] + first - 1)] = tok.string
        except (tokenize.TokenError, IndentationError, SyntaxError):
            pass
    return out

def locate(statements, line, column):
    best = None
    for item in statements:
        first, end, col, depth = item[0], item[1], item[2], item[3]
        if not (first <= line <= end):
            continue
        if column is not None and first == line and col > column:
            continue
        if best is None or depth > best[3] or (depth == best[3] and (first, col) > (best[0], best[2])):
            best = item
    if best is None:
        return None
    first, end, col, depth, node, scope = best
    return {"fingerprint": fingerprint(node), "scope": ".".join(scope), "start": first, "end": end}

def regions_for(statements, asked, count):
    tops = sorted((s[0], s[1]) for s in statements if s[3] == 0)
    regions = set()
    for line, _ in asked:
        hit = [t for t in tops if t[0] <= line <= t[1]]
        if not hit:
            return [(1, count)]
        regions.add(hit[0])
    return sorted(regions)

def answer(path, text, error, asked, want_defs):
    out = {"path": path, "ok": False, "lines": [], "comments": {}, "defs": None, "located": [None] * len(asked)}
    if error is not None:
        out["error"] = error
        out["errorKind"] = "decode"
        return out
    if not asked and not want_defs:
        return out
    lines = re.split(r"\r\n|\r|\n", text)
    if asked:
        out["lines"] = lines
    try:
        tree = ast.parse(text)
    except (SyntaxError, ValueError) as error:
        out["error"] = "Python cannot parse it: %s" % error
        out["errorKind"] = "syntax"
        if asked:
            out["comments"] = comments_in(text, lines, [(1, len(lines))])
        return out
    out["ok"] = True
    statements, defs = statements_of(tree)
    if want_defs:
        out["defs"] = sorted(set(defs))
    if asked:
        out["comments"] = comments_in(text, lines, regions_for(statements, asked, len(lines)))
        out["located"] = [locate(statements, line, column) for line, column in asked]
    return out

def main():
    files = json.loads(sys.stdin.readline() or "{}").get("files", [])
    decoded = [(entry["path"],) + decode(entry) for entry in files]
    second = json.loads(sys.stdin.readline() or "{}")
    requests = second.get("requests", {})
    defs = second.get("defs", True)
    wanted = None if defs is True else set(defs)
    result = []
    for path, text, error in decoded:
        asked = requests.get(path, [])
        result.append(answer(path, text, error, asked, wanted is None or path in wanted))
    sys.stdout.write(json.dumps(result))

main()
`;

;// CONCATENATED MODULE: ./build/adapters/python/statements.js







class PythonStatementReader {
    python;
    drivers;
    /**
     * `python`: the interpreter of the Bandit in use, so both parse with the same grammar.
     * `drivers`: that Bandit's drivers, whose interpreter is the same.
     */
    constructor(python, drivers) {
        this.python = python;
        this.drivers = drivers;
    }
    open(files) {
        // Python is told where the files are; their bytes stay here.
        const named = files.map(({ path, file }) => ({ path, file }));
        return this.drivers ? forkedSession(this.python, this.drivers, named) : processSession(this.python, named);
    }
}
function requestLine(requests, defsFor) {
    const wanted = {};
    for (const [path, list] of requests)
        wanted[path] = list.map((r) => [r.line, r.column ?? null]);
    return `${JSON.stringify({ requests: wanted, defs: defsFor ? [...defsFor] : true })}\n`;
}
function answerOf(python, code, stdout, stderr) {
    if (code !== 0)
        throw new Error(`Python statement reader (${python}) exited ${code}: ${(0,adapters_process/* lastMeaningfulLine */.HF)(stderr) || "no message"}`);
    const raw = JSON.parse(stdout);
    return new Map(raw.map((r) => [r.path, toFacts(r)]));
}
/**
 * Both lines at once, at `locate`, to a ready driver's child; else (none ready, or the child ended
 * without an answer) to a process of its own, which fails as it always did.
 */
function forkedSession(python, drivers, files) {
    let asked = false;
    return {
        async close() {
            asked = true;
        },
        async locate(requests, defsFor) {
            if (asked)
                throw new Error("the statement reader was closed or asked already");
            asked = true;
            const forked = drivers.script(PYTHON_STATEMENT_SCRIPT, `${JSON.stringify({ files })}\n${requestLine(requests, defsFor)}`);
            const result = forked ? await forked : undefined;
            if (result)
                return answerOf(python, result.code, result.stdout, result.stderr);
            return processSession(python, files).locate(requests, defsFor);
        },
    };
}
function processSession(python, files) {
    // Isolated (-I) and started outside the repository, so nothing in the tree is imported.
    const child = (0,external_node_child_process_.spawn)(python, ["-I", "-c", PYTHON_STATEMENT_SCRIPT], {
        cwd: (0,external_node_os_.tmpdir)(),
        // The allow-listed environment: never the Action's token or API key.
        env: { ...(0,child_env/* childEnvironment */.Qc)(process.env), PYTHONIOENCODING: "utf-8" },
        stdio: ["pipe", "pipe", "pipe"],
        // Its own process group, so an interrupt ends it with the rest (adapters/lifetime.ts).
        detached: true,
    });
    const pid = child.pid;
    if (pid !== undefined)
        (0,lifetime/* trackChild */.yH)(pid);
    const out = [];
    const err = [];
    child.stdout.on("data", (chunk) => out.push(chunk));
    child.stderr.on("data", (chunk) => err.push(chunk));
    child.stdin.on("error", () => {
        /* an early exit is reported through the exit code */
    });
    const done = new Promise((resolve) => {
        child.on("error", (error) => resolve({ code: -1, error }));
        child.on("close", (code) => {
            if (pid !== undefined)
                (0,lifetime/* untrackChild */.$b)(pid);
            resolve({ code: code ?? 1 });
        });
    });
    child.stdin.write(`${JSON.stringify({ files })}\n`);
    let asked = false;
    return {
        async close() {
            if (asked)
                return;
            asked = true;
            if (child.exitCode === null && child.signalCode === null && pid !== undefined)
                (0,lifetime/* killProcessGroup */.$X)(pid);
            await done;
        },
        async locate(requests, defsFor) {
            if (asked)
                throw new Error("the statement reader was closed or asked already");
            asked = true;
            child.stdin.end(requestLine(requests, defsFor));
            const { code, error } = await done;
            if (error)
                throw new errors/* ConfigurationError */.j1(`Python (${python}) could not be started to read the changed files: ${error.message}`);
            return answerOf(python, code, Buffer.concat(out).toString("utf8"), Buffer.concat(err).toString("utf8"));
        },
    };
}
function toFacts(raw) {
    return {
        path: raw.path,
        parsed: raw.ok,
        ...(raw.error ? { error: { kind: raw.errorKind ?? "syntax", message: raw.error } } : {}),
        lines: raw.lines,
        comments: new Map(Object.entries(raw.comments).map(([line, text]) => [Number(line), text])),
        ...(raw.defs ? { defs: new Set(raw.defs) } : {}),
        located: raw.located.map((l) => l ?? undefined),
    };
}

;// CONCATENATED MODULE: ./build/core/gate/facts-cache-entry.js

/**
 * The pure half of the statement facts cache: what the statement reader said about one file,
 * kept so that a later run with the same bytes and the same questions need not parse it again
 * (at 1,000 files, parsing is most of a warm run). The adapter is
 * src/adapters/caches/facts-cache.ts.
 *
 * No source text is stored: entries leave the machine (the Action saves them with the scan
 * cache), and a file's lines may hold secrets. An entry holds what Python's parser worked out
 * (defs, and for each finding asked about its statement's fingerprint, scope and lines) and
 * where the real comments are (as the length of the line's end each one takes). The lines are
 * decoded again from the file's bytes when the entry is used, so only files whose lines UTF-8
 * decoding gives exactly as Python gave them are stored (any other encoding is read by Python
 * every time), and only files Python parsed.
 */
/** Part of every key: bump it when the entry layout or the meaning of a key changes. */
const FACTS_CACHE_SCHEMA = "bandit-gate/facts-cache/1";
function factsCacheKey(input) {
    const canonical = JSON.stringify([
        FACTS_CACHE_SCHEMA,
        input.reader,
        input.contentSha256,
        input.wantDefs,
        input.requests.map((r) => [r.line, r.column ?? null]),
    ]);
    return (0,external_node_crypto_.createHash)("sha256").update(canonical).digest("hex");
}
const STRICT_UTF8 = new TextDecoder("utf-8", { fatal: true });
/**
 * The file's lines as the reader gives them for a file Python decodes as UTF-8: a BOM dropped,
 * split at \r\n, \r and \n. Undefined when the bytes are not UTF-8.
 */
function utf8Lines(content) {
    let text;
    try {
        text = STRICT_UTF8.decode(content);
    }
    catch {
        return undefined;
    }
    return text.split(/\r\n|\r|\n/);
}
/**
 * What to store for `facts`, read from `content` with `asked` positions; undefined when it must
 * not be stored: Python did not parse it, or its lines or comments could not be rebuilt from
 * the bytes exactly as Python gave them.
 */
function storableFacts(content, facts, asked) {
    if (!facts.parsed || facts.error)
        return undefined;
    const comments = [];
    if (asked) {
        const lines = utf8Lines(content);
        if (!lines || lines.length !== facts.lines.length || lines.some((line, i) => line !== facts.lines[i]))
            return undefined;
        for (const [line, text] of facts.comments) {
            const whole = lines[line - 1];
            if (whole === undefined || !text.startsWith("#") || !whole.endsWith(text))
                return undefined;
            comments.push([line, text.length]);
        }
    }
    else if (facts.lines.length > 0 || facts.comments.size > 0) {
        return undefined;
    }
    return {
        defs: facts.defs ? [...facts.defs].sort() : null,
        located: facts.located.map((l) => (l ? { fingerprint: l.fingerprint, scope: l.scope, start: l.start, end: l.end } : null)),
        comments: comments.sort((a, b) => a[0] - b[0]),
    };
}
/** The facts an entry stands for, for the file `path` with these bytes; undefined if they do not fit the bytes. */
function restoredFacts(path, content, stored, asked) {
    const lines = asked ? utf8Lines(content) : [];
    if (!lines)
        return undefined;
    const comments = new Map();
    for (const [line, length] of stored.comments) {
        const whole = lines[line - 1];
        if (whole === undefined || length < 1 || length > whole.length)
            return undefined;
        const text = whole.slice(whole.length - length);
        if (!text.startsWith("#"))
            return undefined;
        comments.set(line, text);
    }
    for (const located of stored.located) {
        if (located && (located.start < 1 || located.end < located.start || (asked && located.end > lines.length)))
            return undefined;
    }
    return {
        path,
        parsed: true,
        lines,
        comments,
        ...(stored.defs ? { defs: new Set(stored.defs) } : {}),
        located: stored.located.map((l) => l ?? undefined),
    };
}
function serialiseFacts(key, facts) {
    const body = JSON.stringify(facts);
    const entry = { schema: FACTS_CACHE_SCHEMA, key, body, sha256: sha256Text(body) };
    return `${JSON.stringify(entry)}\n`;
}
/** The facts stored under `key` for a file with `requests` positions, or undefined for anything else: damaged, foreign, older. */
function parseFacts(text, key, requests) {
    let entry;
    let body;
    try {
        entry = JSON.parse(text);
        if (!isObject(entry) || entry.schema !== FACTS_CACHE_SCHEMA || entry.key !== key)
            return undefined;
        if (typeof entry.body !== "string" || typeof entry.sha256 !== "string" || sha256Text(entry.body) !== entry.sha256)
            return undefined;
        body = JSON.parse(entry.body);
    }
    catch {
        return undefined;
    }
    if (!isObject(body))
        return undefined;
    const { defs, located, comments } = body;
    if (defs !== null && !(Array.isArray(defs) && defs.every((d) => typeof d === "string")))
        return undefined;
    if (!Array.isArray(located) || located.length !== requests || !located.every((l) => l === null || isStatement(l)))
        return undefined;
    if (!Array.isArray(comments) || !comments.every((c) => Array.isArray(c) && c.length === 2 && c.every(isCount)))
        return undefined;
    return { defs: defs, located: located, comments: comments };
}
function isStatement(value) {
    if (!isObject(value))
        return false;
    const { fingerprint, scope, start, end } = value;
    return typeof fingerprint === "string" && /^[0-9a-f]{32}$/.test(fingerprint) && typeof scope === "string" && isCount(start) && isCount(end);
}
function sha256Text(text) {
    return (0,external_node_crypto_.createHash)("sha256").update(text, "utf8").digest("hex");
}
function isCount(value) {
    return typeof value === "number" && Number.isInteger(value) && value >= 0;
}
function isObject(value) {
    return typeof value === "object" && value !== null && !Array.isArray(value);
}

// EXTERNAL MODULE: ./build/core/gate/scan-cache-entry.js
var scan_cache_entry = __webpack_require__(9121);
// EXTERNAL MODULE: ./build/adapters/caches/entry-files.js
var entry_files = __webpack_require__(28235);
;// CONCATENATED MODULE: ./build/adapters/caches/facts-cache.js





/** The reader's own script is part of every key: a changed script never reads an old answer. */
const SCRIPT_DIGEST = (0,external_node_crypto_.createHash)("sha256").update(PYTHON_STATEMENT_SCRIPT).digest("hex").slice(0, 16);
/**
 * A statement reader that remembers what Python said about each file with given bytes and
 * given questions (src/core/gate/facts-cache-entry.ts), and asks the wrapped reader only about
 * the rest. Files opened without their bytes are always asked. Every problem with the cache
 * costs a parse, never an error or a wrong answer.
 */
class CachingStatementReader {
    inner;
    options;
    stats = { hits: 0, misses: 0, writes: 0 };
    entries;
    pending = new Set();
    reader;
    constructor(inner, options) {
        this.inner = inner;
        this.options = options;
        // Beside the scan results, told apart by their suffix.
        this.entries = new entry_files/* EntryFiles */.y(options.dir, ".facts");
        this.reader = `${SCRIPT_DIGEST} ${options.python}`;
    }
    open(files) {
        // The wrapped reader starts at once (a process decodes while Bandit scans); it is asked only about misses.
        const session = this.inner.open(files);
        let asked = false;
        return {
            close: async () => {
                asked = true;
                await session.close();
            },
            locate: async (requests, defsFor) => {
                if (asked)
                    throw new Error("the statement reader was closed or asked already");
                asked = true;
                return this.locate(session, files, requests, defsFor);
            },
        };
    }
    /** Wait for the entries still being written (before the cache directory is saved or removed). */
    async flush() {
        while (this.pending.size > 0)
            await Promise.all([...this.pending]);
    }
    async locate(session, files, requests, defsFor) {
        const hits = new Map();
        const misses = [];
        for (const file of files) {
            const asking = requests.get(file.path) ?? [];
            const wantDefs = defsFor ? defsFor.has(file.path) : true;
            // Nothing to parse (no finding, no defs wanted): nothing worth keeping.
            if (!file.content || (asking.length === 0 && !wantDefs))
                continue;
            const key = factsCacheKey({ reader: this.reader, contentSha256: (0,scan_cache_entry/* contentDigest */.eZ)(file.content), requests: asking, wantDefs });
            const stored = this.entries.read(key, (text) => parseFacts(text, key, asking.length)).value;
            const facts = stored && restoredFacts(file.path, file.content, stored, asking.length > 0);
            if (facts)
                hits.set(file.path, facts);
            else
                misses.push({ path: file.path, content: file.content, key, asked: asking.length > 0 });
        }
        this.stats.hits += hits.size;
        this.stats.misses += misses.length;
        const rest = files.filter((f) => !hits.has(f.path));
        if (rest.length === 0) {
            await session.close();
            return hits;
        }
        // Hits are neither asked about nor parsed for defs: the wrapped reader only decodes them.
        const restRequests = new Map([...requests].filter(([path]) => !hits.has(path)));
        const restDefs = new Set(rest.map((f) => f.path).filter((path) => (defsFor ? defsFor.has(path) : true)));
        const answered = await session.locate(restRequests, restDefs);
        for (const miss of misses) {
            const facts = answered.get(miss.path);
            const storable = facts && storableFacts(miss.content, facts, miss.asked);
            if (storable)
                this.track(this.store(miss.key, serialiseFacts(miss.key, storable)));
        }
        for (const [path, facts] of hits)
            answered.set(path, facts);
        return answered;
    }
    async store(key, text) {
        if (await this.entries.write(key, text))
            this.stats.writes += 1;
        else
            this.options.logger?.debug(`statement facts cache: could not write ${this.entries.pathOf(key)}`);
    }
    track(write) {
        const settled = write.finally(() => this.pending.delete(settled));
        this.pending.add(settled);
    }
}

// EXTERNAL MODULE: ./build/adapters/python/ast.js + 1 modules
var ast = __webpack_require__(37270);
;// CONCATENATED MODULE: ./build/app/compose.js











/** Wire the real adapters together for one run. Bandit is located lazily: only if a scan is needed. */
async function realGateDeps(settings, location, logger, env = process.env, options = {}) {
    const early = locateBanditEarly(location, logger);
    const bandit = early.command;
    const toolEnv = (0,child_env/* childEnvironment */.Qc)(env);
    // Bandit's Python, importing Bandit while git works (driver.ts): started at once for the
    // command the search will most likely find, and again if it finds another; only for a Bandit
    // that is there already (found, on disk, restored), never one a scan may not need installed.
    let pool;
    const driversFor = (argv) => {
        const fresh = driver/* BanditDrivers */.m.for(argv, toolEnv, settings.jobs);
        if (fresh && pool && fresh.interpreter === pool.interpreter)
            return pool;
        void pool?.close();
        pool = fresh?.warm();
        return pool;
    };
    const guess = likelyBanditArgv(location);
    if (guess)
        driversFor(guess);
    const drivers = early.located.then((found) => {
        if (found)
            return { command: found, drivers: driversFor(found.argv) };
        void pool?.close();
        return undefined;
    });
    const git = options.git ?? (await adapters_git/* Git */.TU.open(settings.cwd, env));
    const timer = options.timer;
    return {
        git,
        logger,
        bandit,
        close: async () => {
            await drivers;
            await pool?.close();
        },
        statements: async () => {
            const command = await bandit();
            // Bandit's drivers run the reader too, when they run this Bandit: the same interpreter.
            const warm = await drivers;
            const reader = new PythonStatementReader((0,ast/* pythonForBandit */.Mf)(command.argv), warm?.command === command ? warm.drivers : undefined);
            if (options.scanCacheDir === undefined)
                return reader;
            // What Python's parser said about each file is kept beside the scan results: a warm run parses only what changed.
            await options.scanCacheReady;
            return new CachingStatementReader(reader, { dir: options.scanCacheDir, python: command.details ?? `bandit ${command.version}`, logger });
        },
        timer,
        scanner: async (config) => {
            // The time the gate waited for Bandit: found while git worked, restored, or installed.
            const command = timer ? await timer.time("provision", bandit) : await bandit();
            const warm = await drivers;
            const runnerFor = (bandit) => {
                const started = warm?.command === bandit ? warm.drivers : undefined;
                return new run/* BanditRunner */.t(bandit, { config: config.config, jobs: settings.jobs, timeoutMs: settings.banditTimeoutMs, env: toolEnv, ...(started ? { drivers: started } : {}) });
            };
            // A Bandit restored from the cache is proven by its first scan (and replaced if that fails).
            const replace = command.replace;
            const runner = replace ? new ProvingScanner(runnerFor(command), { ...command, replace }, runnerFor) : runnerFor(command);
            if (options.scanCacheDir === undefined)
                return runner;
            await options.scanCacheReady;
            // Once a day, in the background of the scan: entries unused for 30 days go.
            void (0,scan_cache/* pruneScanCache */.iY)(options.scanCacheDir);
            return new scan_cache/* CachingScanner */.o9(runner, {
                dir: options.scanCacheDir,
                configDigest: config.digest,
                // Excludes and B101's skips in a configuration match paths; Bandit's defaults match none.
                pathDependent: config.config.kind !== "none",
                logger,
            });
        },
    };
}
function defaultJobs() {
    return Math.max(1, (0,external_node_os_.availableParallelism)());
}


/***/ }),

/***/ 55833:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M4: () => (/* binding */ DEFAULT_PROFILE_PATH),
/* harmony export */   MB: () => (/* binding */ temperatureForRound),
/* harmony export */   Uc: () => (/* binding */ DEFAULT_MAX_TOKENS),
/* harmony export */   b6: () => (/* binding */ MIN_OUTPUT_TOKENS_PER_ROUND),
/* harmony export */   f3: () => (/* binding */ fixSettingsFrom),
/* harmony export */   l6: () => (/* binding */ DEFAULT_MAX_ROUNDS)
/* harmony export */ });
/* unused harmony exports DEFAULT_TEMPERATURES, DEFAULT_MAX_OUTPUT_TOKENS_PER_ROUND, DEFAULT_ANTHROPIC_MODEL, parseNameList */
/* harmony import */ var _core_child_env_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76462);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(62807);
/* harmony import */ var _settings_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(64827);
/* harmony import */ var _core_fix_codemods_catalog_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(36380);





const DEFAULT_MAX_ROUNDS = 3;
const DEFAULT_TEMPERATURES = [0.2];
const DEFAULT_MAX_TOKENS = 200_000;
const DEFAULT_MAX_OUTPUT_TOKENS_PER_ROUND = 4096;
/** A round that could not produce even this many output tokens is not worth starting. */
const MIN_OUTPUT_TOKENS_PER_ROUND = 256;
/** A current Sonnet; Sonnet 4.5 is deprecated in the SDK's model list. */
const DEFAULT_ANTHROPIC_MODEL = "claude-sonnet-5-5";
const DEFAULT_PROFILE_PATH = ".github/bandit-gate/profile.yml";
/** `A,B` or one name per line (the Action's multi-line input), repeated flags joined. */
function parseNameList(values) {
    return [...new Set(values.flatMap((v) => v.split(/[,\s]+/)).map((n) => n.trim()).filter(Boolean))];
}
function temperatureForRound(temperatures, round) {
    return temperatures[Math.min(round, temperatures.length) - 1] ?? DEFAULT_TEMPERATURES[0] ?? 0.2;
}
/**
 * Build `fix`'s settings around the gate's. Every problem, with those already in `problems`
 * (the gate's, say), is reported at once, each naming the option by `name`.
 */
function fixSettingsFrom(values, gate, context, name = _settings_js__WEBPACK_IMPORTED_MODULE_3__/* .flagName */ .GI, problems = []) {
    const whole = (option, text, fallback, min, max) => {
        if (text === undefined)
            return fallback;
        const n = Number(text);
        if (Number.isInteger(n) && n >= min && n <= max)
            return n;
        problems.push(`${name(option)} must be a whole number from ${min} to ${max} (got "${text}")`);
        return fallback;
    };
    const maxRounds = whole("max-rounds", values["max-rounds"], DEFAULT_MAX_ROUNDS, 1, 10);
    const maxTokens = whole("max-tokens", values["max-tokens"], DEFAULT_MAX_TOKENS, 1, 100_000_000);
    let temperatures = [...DEFAULT_TEMPERATURES];
    if (values["temperature-ramp"] !== undefined) {
        const parts = values["temperature-ramp"].split(",").map((p) => p.trim());
        const numbers = parts.map(Number);
        if (parts.length === 0 || parts.some((p) => p === "") || numbers.some((n) => !Number.isFinite(n) || n < 0 || n > 1)) {
            problems.push(`${name("temperature-ramp")} must be comma-separated numbers from 0 to 1, one per round (got "${values["temperature-ramp"]}")`);
        }
        else {
            temperatures = numbers;
        }
    }
    const model = values.model ?? DEFAULT_ANTHROPIC_MODEL;
    let generator = { kind: "auto", model };
    const chosen = values.generator ?? "auto";
    if (chosen.startsWith("replay:") && chosen.length > "replay:".length) {
        generator = { kind: "replay", file: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(context.cwd, chosen.slice("replay:".length)) };
        if (values.model !== undefined)
            problems.push(`${name("model")} applies to the anthropic generator only`);
    }
    else if (chosen === "anthropic" || chosen === "model") {
        generator = { kind: "anthropic", model };
    }
    else if (chosen === "codemod") {
        generator = { kind: "codemod" };
        if (values.model !== undefined)
            problems.push(`${name("model")} does not apply to ${name("generator")} codemod, which uses no model`);
    }
    else if (chosen !== "auto") {
        problems.push(`${name("generator")} must be auto, codemod, model (or anthropic) or replay:FILE (got "${chosen}")`);
    }
    const codemods = codemodOptionsFrom(values, name, problems);
    if (values.model !== undefined && values.model.trim() === "")
        problems.push(`${name("model")} must not be empty`);
    let output = { kind: "stdout" };
    if (values.write && values.patch !== undefined)
        problems.push(`${name("write")} and ${name("patch")} are alternatives: apply the fix, or write it as a patch file`);
    else if (values.write)
        output = { kind: "write" };
    else if (values.patch !== undefined)
        output = { kind: "patch", file: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(context.cwd, values.patch) };
    const testCommand = values["test-command"]?.trim();
    if (values["test-command"] !== undefined && !testCommand)
        problems.push(`${name("test-command")} must not be empty`);
    const testEnv = parseNameList(values["test-env"] ?? []);
    problems.push(...(0,_core_child_env_js__WEBPACK_IMPORTED_MODULE_0__/* .checkPassedNames */ .Hx)(testEnv, name("test-env")));
    if (problems.length > 0 || !gate)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(problems.join("\n"));
    return {
        gate,
        loop: {
            maxRounds,
            temperatures,
            maxTokens,
            maxOutputTokensPerRound: DEFAULT_MAX_OUTPUT_TOKENS_PER_ROUND,
            ...(testCommand ? { testCommand } : {}),
            testEnv,
            severityLevel: gate.severityLevel,
            confidenceLevel: gate.confidenceLevel,
        },
        generator,
        codemods,
        profilePath: values.profile !== undefined ? (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(context.cwd, values.profile) : (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(context.repoRoot, DEFAULT_PROFILE_PATH),
        ...(values.record !== undefined ? { recordPath: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(context.cwd, values.record) } : {}),
        output,
    };
}
function codemodOptionsFrom(values, name, problems) {
    const list = (0,_core_fix_codemods_catalog_js__WEBPACK_IMPORTED_MODULE_4__/* .parseCodemodList */ .Di)(values["disable-codemods"] ?? "");
    if (list.unknown.length > 0)
        problems.push(`${name("disable-codemods")} names unknown codemods (${list.unknown.join(", ")}); known: ${_core_fix_codemods_catalog_js__WEBPACK_IMPORTED_MODULE_4__/* .CODEMOD_IDS */ .zl.join(", ")}`);
    const text = values["http-timeout"];
    const seconds = text === undefined || text.trim() === "" ? _core_fix_codemods_catalog_js__WEBPACK_IMPORTED_MODULE_4__/* .DEFAULT_HTTP_TIMEOUT_SECONDS */ .x4 : Number(text);
    if (!Number.isFinite(seconds) || seconds <= 0 || seconds > 3600) {
        problems.push(`${name("http-timeout")} must be a number of seconds above 0 and at most 3600 (got "${text}")`);
    }
    return { disabled: list.ids, httpTimeoutSeconds: seconds };
}


/***/ }),

/***/ 64827:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GI: () => (/* binding */ flagName),
/* harmony export */   fA: () => (/* binding */ gateSettingsFrom),
/* harmony export */   hU: () => (/* binding */ GATE_DEFAULTS)
/* harmony export */ });
/* unused harmony exports parseShard, DEFAULT_BANDIT_TIMEOUT_MS, parseDuration */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(62807);
/* harmony import */ var _core_gate_finding_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(52669);
/* harmony import */ var _core_gate_policy_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(21576);
/* harmony import */ var _compose_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(85680);





/** The gate's defaults, in one place: the CLI, the hook and the Action (whose action.yml a test compares) use these. */
const GATE_DEFAULTS = {
    severityLevel: "all",
    confidenceLevel: "all",
    nosec: "new-is-regression",
};
const flagName = (option) => (option === "PATHS" ? "PATHS" : `--${option}`);
/**
 * Build the gate's settings from option values. Every problem is collected, then reported at once,
 * each naming the option by `name`. `repoRoot` turns paths given relative to `cwd` into repository paths.
 */
function gateSettingsFrom(values, positionals, context, name = flagName) {
    const problems = [];
    const threshold = (option, value, fallback) => {
        if (value === undefined)
            return fallback;
        const lower = value.toLowerCase();
        if ((0,_core_gate_finding_js__WEBPACK_IMPORTED_MODULE_2__/* .isThreshold */ .Av)(lower))
            return lower;
        problems.push(`${name(option)} must be one of all, low, medium, high (got "${value}")`);
        return fallback;
    };
    const severityLevel = threshold("severity-level", values["severity-level"], GATE_DEFAULTS.severityLevel);
    const confidenceLevel = threshold("confidence-level", values["confidence-level"], GATE_DEFAULTS.confidenceLevel);
    let nosec = GATE_DEFAULTS.nosec;
    if (values.nosec !== undefined) {
        if (_core_gate_policy_js__WEBPACK_IMPORTED_MODULE_3__/* .NOSEC_POLICIES */ .i.includes(values.nosec))
            nosec = values.nosec;
        else
            problems.push(`${name("nosec")} must be "honor" or "new-is-regression" (got "${values.nosec}")`);
    }
    if (values.base !== undefined && values.baseline !== undefined) {
        problems.push(`${name("base")} and ${name("baseline")} are alternatives: compare with a git revision or with a baseline file, not both`);
    }
    let jobs = (0,_compose_js__WEBPACK_IMPORTED_MODULE_4__/* .defaultJobs */ .y)();
    if (values.jobs !== undefined) {
        const n = Number(values.jobs);
        if (Number.isInteger(n) && n >= 1 && n <= 256)
            jobs = n;
        else
            problems.push(`${name("jobs")} must be a whole number from 1 to 256 (got "${values.jobs}")`);
    }
    let banditTimeoutMs = DEFAULT_BANDIT_TIMEOUT_MS;
    if (values["bandit-timeout"] !== undefined) {
        const parsed = parseDuration(values["bandit-timeout"]);
        if (parsed !== undefined)
            banditTimeoutMs = parsed;
        else
            problems.push(`${name("bandit-timeout")} must be a duration such as 600, 90s or 10m (got "${values["bandit-timeout"]}")`);
    }
    let shard;
    if (values.shard !== undefined) {
        shard = parseShard(values.shard);
        if (!shard)
            problems.push(`${name("shard")} must be i/n with 1 <= i <= n (got "${values.shard}")`);
    }
    const paths = positionals.map((p) => (0,node_path__WEBPACK_IMPORTED_MODULE_0__.relative)(context.repoRoot, (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(context.cwd, p)).split("\\").join("/"));
    for (const [i, p] of paths.entries()) {
        if (p.startsWith(".."))
            problems.push(`${name("PATHS")}: "${positionals[i]}" is outside the repository ${context.repoRoot}`);
    }
    if (problems.length > 0)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(problems.join("\n"));
    return {
        cwd: context.cwd,
        baseline: values.baseline !== undefined
            ? { kind: "file", path: values.baseline }
            : values.base !== undefined
                ? { kind: "ref", ref: values.base }
                : { kind: "auto" },
        head: values.head !== undefined ? { kind: "commit", ref: values.head } : (context.head ?? { kind: "worktree" }),
        include: values.include ?? [],
        exclude: values.exclude ?? [],
        paths: paths.filter((p) => p !== ""),
        severityLevel,
        confidenceLevel,
        nosec,
        allowScanErrors: values["allow-scan-errors"] === true,
        judgeTestAsserts: values["judge-test-asserts"] === true,
        notebooks: values.notebooks !== false,
        strictConfig: values["strict-config"] === true,
        banditTimeoutMs,
        jobs,
        ...(shard ? { shard } : {}),
    };
}
function parseShard(text) {
    const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
    if (!match)
        return undefined;
    const index = Number(match[1]);
    const total = Number(match[2]);
    return index >= 1 && total >= 1 && index <= total ? { index, total } : undefined;
}
/** Generous: a large change scanned by one process takes minutes; a hung Bandit takes for ever. */
const DEFAULT_BANDIT_TIMEOUT_MS = 10 * 60_000;
/** `600`, `90s`, `10m`, `1h` -> milliseconds; undefined unless a positive duration. */
function parseDuration(text) {
    const match = /^\s*(\d+(?:\.\d+)?)\s*(s|m|h)?\s*$/.exec(text);
    if (!match)
        return undefined;
    const value = Number(match[1]) * { s: 1, m: 60, h: 3600 }[(match[2] ?? "s")] * 1000;
    return value > 0 ? Math.round(value) : undefined;
}


/***/ }),

/***/ 62807:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Rr: () => (/* binding */ exitCodeFor),
/* harmony export */   dc: () => (/* binding */ EXIT),
/* harmony export */   j1: () => (/* binding */ ConfigurationError),
/* harmony export */   sC: () => (/* binding */ ScanError)
/* harmony export */ });
/**
 * The failures the entry points turn into exit codes. Exit codes are decided in one place
 * (exitCodeFor) and nowhere else.
 */
/** The user's to fix: a bad flag, a missing ref, a broken config file, a missing tool. Exit 2. */
class ConfigurationError extends Error {
    name = "ConfigurationError";
}
/** Bandit could not scan one or more files, or could not run at all. Exit 3. */
class ScanError extends Error {
    name = "ScanError";
}
const EXIT = {
    ok: 0,
    regressions: 1,
    configuration: 2,
    scan: 3,
    /** A bug of ours: anything not classified above. */
    internal: 4,
};
function exitCodeFor(error) {
    if (error instanceof ConfigurationError)
        return EXIT.configuration;
    if (error instanceof ScanError)
        return EXIT.scan;
    return EXIT.internal;
}


/***/ }),

/***/ 36380:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Di: () => (/* binding */ parseCodemodList),
/* harmony export */   uV: () => (/* binding */ planCodemods),
/* harmony export */   x4: () => (/* binding */ DEFAULT_HTTP_TIMEOUT_SECONDS),
/* harmony export */   zl: () => (/* binding */ CODEMOD_IDS)
/* harmony export */ });
/* unused harmony export CODEMOD_FOR_RULE */
/**
 * The codemods: which Bandit rule each one answers, and which findings get one. Pure: the
 * rewrites themselves are done by the libcst script behind the codemod generator.
 */
const CODEMOD_IDS = [
    "yaml-safe-load",
    "subprocess-shell-false",
    "os-shell-to-subprocess",
    "requests-timeout",
    "requests-verify",
    "tempfile-mkstemp",
    "random-secrets",
    "jinja2-autoescape",
    "hashlib-sha256",
    "eval-literal-eval",
    "sql-parameters",
    "chmod-world-bits",
    "bind-all-interfaces",
];
/** Bandit test id -> the codemod that answers it. Rules missing here have none. */
const CODEMOD_FOR_RULE = {
    B506: "yaml-safe-load",
    B602: "subprocess-shell-false",
    B605: "os-shell-to-subprocess",
    B113: "requests-timeout",
    B501: "requests-verify",
    B306: "tempfile-mkstemp",
    B311: "random-secrets",
    B701: "jinja2-autoescape",
    B303: "hashlib-sha256",
    B324: "hashlib-sha256",
    B307: "eval-literal-eval",
    B608: "sql-parameters",
    B103: "chmod-world-bits",
    B104: "bind-all-interfaces",
};
const DEFAULT_HTTP_TIMEOUT_SECONDS = 30;
/** Which findings get which codemod; the others are refused with the reason, never guessed at. */
function planCodemods(findings, disabled) {
    const targets = [];
    const refused = [];
    const seen = new Set();
    for (const f of findings) {
        const codemod = CODEMOD_FOR_RULE[f.testId];
        // Bandit may report one call under two ids (B303 and B324 for md5): one rewrite.
        const key = `${codemod ?? f.testId}:${f.relativeLine}`;
        if (seen.has(key))
            continue;
        seen.add(key);
        if (f.relativeLine < 1)
            refused.push({ codemod: codemod ?? null, testId: f.testId, line: f.relativeLine, reason: "the finding is outside the function" });
        else if (!codemod)
            refused.push({ codemod: null, testId: f.testId, line: f.relativeLine, reason: `no codemod answers ${f.testId}` });
        else if (disabled.has(codemod))
            refused.push({ codemod, testId: f.testId, line: f.relativeLine, reason: `the ${codemod} codemod is disabled` });
        else
            targets.push({ codemod, testId: f.testId, line: f.relativeLine });
    }
    return { targets, refused };
}
/** Parse a comma-separated list of codemod ids; unknown ones are returned as problems. */
function parseCodemodList(text) {
    const parts = text.split(",").map((p) => p.trim()).filter(Boolean);
    const known = new Set(CODEMOD_IDS);
    return {
        ids: parts.filter((p) => known.has(p)),
        unknown: parts.filter((p) => !known.has(p)),
    };
}


/***/ }),

/***/ 71165:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _q: () => (/* binding */ excludedByBandit),
/* harmony export */   fd: () => (/* binding */ banditSettingsForRoot),
/* harmony export */   yY: () => (/* binding */ relativeToRoot)
/* harmony export */ });
/* unused harmony exports fnmatchRegExp, escapeFnmatch */
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(27464);

/**
 * Bandit is given absolute paths and started outside the tree it judges (so that nothing in the
 * tree can be imported in its place). Its path-dependent configuration was written for the
 * repository-relative paths a user sees, so the gate applies it to those paths itself:
 * `exclude_dirs` is evaluated here, the way Bandit does (`fnmatch` on the path, or the pattern as
 * a substring), and B101's `skips` globs are anchored at the scanned root.
 */
/** Python's `fnmatch.fnmatchcase` pattern as a RegExp (POSIX: case-sensitive, `*` crosses `/`). */
function fnmatchRegExp(pattern) {
    let out = "";
    let i = 0;
    while (i < pattern.length) {
        const c = pattern[i];
        i += 1;
        if (c === "*") {
            out += "[\\s\\S]*";
        }
        else if (c === "?") {
            out += "[\\s\\S]";
        }
        else if (c === "[") {
            let j = i;
            if (pattern[j] === "!")
                j += 1;
            if (pattern[j] === "]")
                j += 1;
            while (j < pattern.length && pattern[j] !== "]")
                j += 1;
            if (j >= pattern.length) {
                out += "\\[";
            }
            else {
                let body = pattern.slice(i, j);
                i = j + 1;
                const negate = body.startsWith("!");
                if (negate)
                    body = body.slice(1);
                const escaped = body.replace(/[\\\]^]/g, (m) => `\\${m}`);
                out += negate ? `[^${escaped}]` : `[${escaped}]`;
            }
        }
        else {
            out += c.replace(/[.*+?^${}()|[\]\\/]/g, (m) => `\\${m}`);
        }
    }
    try {
        return new RegExp(`^${out}$`, "u");
    }
    catch {
        return /(?!)/; // Python's `re` rejects it too (a reversed range): it matches nothing
    }
}
/** Does Bandit's `exclude_dirs` list drop this (repository-relative) file? */
function excludedByBandit(path, excludeDirs) {
    return excludeDirs.some((pattern) => pattern !== "" && (fnmatchRegExp(pattern).test(path) || path.includes(pattern)));
}
/** Text that `fnmatch` matches only literally. */
function escapeFnmatch(text) {
    return text.replace(/[*?[]/g, (m) => `[${m}]`);
}
/**
 * `[tool.bandit]` rewritten for a scan of absolute paths under `root`: `exclude_dirs` removed
 * (the gate applied it already) and each B101 `skips` glob anchored at `root`, so that it
 * matches `root/PATH` exactly when it matched `PATH`.
 */
function banditSettingsForRoot(settings, root) {
    const { exclude_dirs: _excluded, ...rest } = { ...settings };
    const assertUsed = rest.assert_used;
    if (isRecord(assertUsed) && Array.isArray(assertUsed.skips)) {
        const prefix = `${escapeFnmatch(root.replace(/\/+$/, ""))}/`;
        rest.assert_used = { ...assertUsed, skips: assertUsed.skips.map((s) => (typeof s === "string" ? prefix + s : s)) };
    }
    return rest;
}
/** Bandit's paths (absolute, under `root`) back to repository paths. */
function relativeToRoot(result, root) {
    const prefix = `${(0,_paths_js__WEBPACK_IMPORTED_MODULE_0__/* .normalisePath */ .qb)(root)}/`;
    const strip = (raw) => {
        const path = (0,_paths_js__WEBPACK_IMPORTED_MODULE_0__/* .normalisePath */ .qb)(raw);
        return path.startsWith(prefix) ? path.slice(prefix.length) : path;
    };
    return {
        findings: result.findings.map((f) => ({ ...f, path: strip(f.path) })),
        failures: result.failures.map((f) => ({ ...f, path: strip(f.path) })),
        scanned: result.scanned.map(strip),
    };
}
function isRecord(value) {
    return typeof value === "object" && value !== null && !Array.isArray(value);
}


/***/ }),

/***/ 32476:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G5: () => (/* binding */ BaselineFileError),
/* harmony export */   cC: () => (/* binding */ planAgainstStored),
/* harmony export */   f7: () => (/* binding */ parseBaselineFile),
/* harmony export */   g_: () => (/* binding */ storedEntries),
/* harmony export */   zA: () => (/* binding */ blobId)
/* harmony export */ });
/* unused harmony exports buildBaselineFile, serialiseBaselineFile */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var _notebook_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(79835);



/** The git blob id of some content: `git hash-object` without running git. */
function blobId(content) {
    const body = typeof content === "string" ? Buffer.from(content, "utf8") : content;
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)("sha1").update(`blob ${body.length}\0`).update(body).digest("hex");
}
function buildBaselineFile(banditVersion, configDigest, files, options = { notebooks: false }) {
    const out = {};
    for (const file of [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
        const grouped = new Map();
        for (const item of file.findings) {
            const f = item.finding;
            const id = [item.key, f.severity, f.confidence, item.suppressed, item.statement?.scope ?? ""].join("|");
            const existing = grouped.get(id);
            const at = file.cells ? cellLineOf(file.cells, f.line) : undefined;
            if (existing) {
                existing.count += 1;
                if (at)
                    existing.cells = [...(existing.cells ?? []), at];
            }
            else
                grouped.set(id, {
                    key: item.key,
                    test_id: f.testId,
                    test_name: f.testName,
                    severity: f.severity,
                    confidence: f.confidence,
                    suppressed: item.suppressed,
                    count: 1,
                    ...(item.statement ? { syntax: item.statement.fingerprint, scope: item.statement.scope } : {}),
                    ...(at ? { cells: [at] } : {}),
                });
        }
        const findings = [...grouped.values()].sort((a, b) => byText(a.test_id, b.test_id) || byText(a.key, b.key));
        out[file.path] = { blob: file.blob, findings, ...(file.defs && file.defs.length > 0 ? { defs: [...file.defs].sort() } : {}) };
    }
    return { schema: "bandit-gate/baseline", schema_version: 3, notebooks: options.notebooks, bandit_version: banditVersion, config_digest: configDigest, files: out };
}
function serialiseBaselineFile(file) {
    return `${JSON.stringify(file, null, 2)}\n`;
}
/** Parse and validate; every problem is listed, not just the first. */
function parseBaselineFile(text) {
    let doc;
    try {
        doc = JSON.parse(text);
    }
    catch (error) {
        throw new BaselineFileError([`not valid JSON: ${error.message}`]);
    }
    const problems = [];
    const obj = doc;
    if (typeof obj !== "object" || obj === null)
        throw new BaselineFileError(["not a JSON object"]);
    if (obj.schema !== "bandit-gate/baseline")
        problems.push(`"schema" must be "bandit-gate/baseline" (is this a Bandit report? create one with \`bandit-gate baseline --output FILE\`)`);
    if (obj.schema_version === 1) {
        // Version 1 identified findings by their text; version 2 by their syntax. Keys cannot be converted.
        throw new BaselineFileError([`it is schema_version 1, whose finding identities this bandit-gate no longer computes (it reads 2 and 3)`]);
    }
    if (obj.schema_version !== 2 && obj.schema_version !== 3)
        problems.push(`"schema_version" ${String(obj.schema_version)} is not supported (this bandit-gate reads 2 and 3)`);
    if (obj.schema_version === 3 && typeof obj.notebooks !== "boolean")
        problems.push(`"notebooks" must be true or false`);
    if (typeof obj.bandit_version !== "string")
        problems.push(`"bandit_version" must be a string`);
    if (typeof obj.config_digest !== "string")
        problems.push(`"config_digest" must be a string`);
    if (typeof obj.files !== "object" || obj.files === null)
        problems.push(`"files" must be an object`);
    else {
        for (const [path, file] of Object.entries(obj.files)) {
            if (typeof file?.blob !== "string" || !Array.isArray(file.findings)) {
                problems.push(`files["${path}"] needs "blob" and "findings"`);
                continue;
            }
            file.findings.forEach((f, i) => {
                if (typeof f?.key !== "string" || typeof f.test_id !== "string" || !Number.isInteger(f.count) || f.count < 1) {
                    problems.push(`files["${path}"].findings[${i}] needs "key", "test_id" and a positive "count"`);
                }
            });
        }
    }
    if (problems.length > 0)
        throw new BaselineFileError(problems);
    // Version 2 files were made before notebooks were stored: whatever they say, they hold none.
    return { ...obj, notebooks: obj.schema_version === 3 && obj.notebooks === true };
}
class BaselineFileError extends Error {
    problems;
    name = "BaselineFileError";
    constructor(problems) {
        super(problems.join("; "));
        this.problems = problems;
    }
}
/** Expand a stored file's counts back into one entry per finding. */
function storedEntries(path, file) {
    const entries = [];
    for (const f of file.findings) {
        for (let i = 0; i < f.count; i += 1) {
            // A stored statement has no lines: it can move (step 2) but not be edited in place by hunk.
            const statement = f.syntax !== undefined && f.scope !== undefined ? { statement: { fingerprint: f.syntax, scope: f.scope, start: 0, end: 0 } } : {};
            entries.push({
                ...statement,
                key: f.key,
                path,
                testId: f.test_id,
                testName: f.test_name ?? f.test_id,
                severity: f.severity,
                confidence: f.confidence,
                suppressed: f.suppressed === true,
            });
        }
    }
    return entries;
}
/**
 * Plan a check against a stored baseline. `head` holds the blob id of every candidate file at
 * head (not just this shard's), so a file moved into another shard is recognised as moved;
 * `owns` says which paths this run (shard) answers for. Reuse of stored findings for unchanged
 * files requires the same Bandit and configuration (`reuse`); renames are recognised either way.
 */
function planAgainstStored(stored, head, options) {
    const goneByBlob = new Map();
    for (const [path, entry] of Object.entries(stored.files)) {
        if (head.has(path))
            continue;
        const list = goneByBlob.get(entry.blob);
        if (list)
            list.push(path);
        else
            goneByBlob.set(entry.blob, [path]);
    }
    // Deterministic pairing of moved files: head paths in order take the stored paths in order.
    const movedFrom = new Map();
    for (const path of [...head.keys()].sort()) {
        const blob = head.get(path);
        if (stored.files[path]?.blob === blob)
            continue;
        const candidates = goneByBlob.get(blob);
        const from = candidates?.shift();
        if (from)
            movedFrom.set(path, from);
    }
    const movedAway = new Set(movedFrom.values());
    const plan = { scan: [], unchanged: [], gone: [] };
    for (const [path, blob] of [...head.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
        if (!options.owns(path))
            continue;
        const storedPath = stored.files[path]?.blob === blob ? path : movedFrom.get(path);
        if (options.reuse && storedPath)
            plan.unchanged.push({ path, storedPath });
        else {
            const baselineOf = storedPath ?? (stored.files[path] ? path : undefined);
            plan.scan.push(baselineOf ? { path, storedPath: baselineOf } : { path });
        }
    }
    for (const path of Object.keys(stored.files).sort()) {
        if (!head.has(path) && !movedAway.has(path) && options.owns(path))
            plan.gone.push(path);
    }
    return plan;
}


/***/ }),

/***/ 82743:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bi: () => (/* binding */ introducedIn),
/* harmony export */   Qh: () => (/* binding */ parsePorcelainBlame),
/* harmony export */   i: () => (/* binding */ describeIntroducedIn),
/* harmony export */   o5: () => (/* binding */ addedByTheDiff)
/* harmony export */ });
/* unused harmony export NOT_COMMITTED */
/* harmony import */ var _hunks_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(94405);

const NOT_COMMITTED = "0".repeat(40);
/** `--porcelain` output -> one entry per line of the final file (index 0 is line 1). */
function parsePorcelainBlame(output) {
    const commits = new Map();
    const lines = [];
    let current;
    for (const record of output.split("\n")) {
        if (record.startsWith("\t")) {
            if (!current)
                continue;
            const info = commits.get(current.commit) ?? { summary: "", boundary: false, time: 0 };
            lines[current.finalLine - 1] = { commit: current.commit, ...info };
            current = undefined;
            continue;
        }
        const header = /^([0-9a-f]{40}) \d+ (\d+)(?: \d+)?$/.exec(record);
        if (header) {
            const commit = header[1];
            current = { commit, finalLine: Number(header[2]) };
            if (!commits.has(commit))
                commits.set(commit, { summary: "", boundary: false, time: 0 });
            continue;
        }
        if (!current)
            continue;
        const info = commits.get(current.commit);
        if (!info)
            continue;
        if (record.startsWith("summary "))
            info.summary = record.slice("summary ".length);
        else if (record === "boundary")
            info.boundary = true;
        else if (record.startsWith("committer-time "))
            info.time = Number(record.slice("committer-time ".length));
    }
    return lines;
}
/**
 * The branch commit behind a finding that spans `lineRange`: the latest of its lines' commits
 * (an uncommitted line is the latest of all). Undefined when every line is older than the branch
 * (the finding changed because of something else, such as an escalated rating).
 */
function introducedIn(blame, lineRange) {
    let best;
    for (const line of lineRange) {
        const blamed = blame[line - 1];
        if (!blamed || blamed.boundary)
            continue;
        if (blamed.commit === NOT_COMMITTED)
            return { commit: null, summary: "not committed yet" };
        if (!best || blamed.time > best.time)
            best = blamed;
    }
    return best ? { commit: best.commit, summary: best.summary } : undefined;
}
/** `1a2b3c4 agent: add export`, or `not committed yet`. */
function describeIntroducedIn(introduced) {
    return introduced.commit === null ? "not committed yet" : `${introduced.commit.slice(0, 7)} ${introduced.summary}`;
}
/**
 * A branch of one commit on top of the baseline: its lines are the diff's added lines, so a
 * finding is that commit's when any of its lines is inside a hunk (no blame needed), and older
 * than the branch otherwise: the lines `lineAtBaseline` cannot place at the baseline.
 */
function addedByTheDiff(hunks, lineRange) {
    return lineRange.some((line) => (0,_hunks_js__WEBPACK_IMPORTED_MODULE_0__/* .lineAtBaseline */ .l6)(hunks, line) === undefined);
}


/***/ }),

/***/ 17543:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   WE: () => (/* binding */ defsDecidingMoves),
/* harmony export */   cF: () => (/* binding */ matchFindings),
/* harmony export */   v5: () => (/* binding */ toBaselineEntries),
/* harmony export */   wq: () => (/* binding */ matchAcrossFiles)
/* harmony export */ });
/* unused harmony export compareFindings */
/* harmony import */ var _hunks_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(94405);
/* harmony import */ var _order_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(61158);


function toBaselineEntries(items) {
    return items.map(({ finding, key, suppressed, source, statement }) => {
        const entry = {
            key,
            path: finding.path,
            testId: finding.testId,
            testName: finding.testName,
            severity: finding.severity,
            confidence: finding.confidence,
            suppressed,
            line: finding.line,
            text: finding.text,
            source,
            lineRange: finding.lineRange,
        };
        if (statement)
            entry.statement = statement;
        return entry;
    });
}
const NO_CHANGE_FACTS = {
    baselinePathOf: new Map(),
    hunks: new Map(),
    baseDefs: new Map(),
    headDefs: new Map(),
    goneFiles: new Set(),
};
/**
 * Exact identity only (step 1 of the cascade): k copies of an identity at the baseline absorb at
 * most k copies at head, those whose line maps unchanged through the diff first, then in line order.
 */
function compareFindings(base, head, change = NO_CHANGE_FACTS) {
    return matchExact(base, head, change);
}
/**
 * The matching cascade, each step over what the previous left: 1 exact (rule, path, syntax);
 * 2 moved (rule and syntax, across files, only with the enclosing def/class, or for module-level
 * code with its whole file); 3 edited in place (rule, statements touching the same diff hunk, or
 * the same moved def); what is left at head is added.
 */
function matchFindings(base, head, change) {
    const exact = matchExact(base, head, change);
    const across = matchAcrossFiles(exact.removed, exact.added, change);
    return { matched: [...exact.matched, ...across.matched], added: across.added, removed: across.removed };
}
/**
 * Steps 2 (moved) and 3 (edited in place) of the cascade over what step 1 left. Merging shard
 * reports runs them again over every shard's leftovers, so that a def moved between files of
 * different shards pairs as it would in one run.
 */
function matchAcrossFiles(base, head, change) {
    const moved = matchAcross(base, head, change);
    const changed = matchInPlace(moved.removed, moved.added, change);
    return { matched: [...moved.matched, ...changed.matched], added: changed.added, removed: changed.removed };
}
const byLine = (a, b) => (a ?? 0) - (b ?? 0);
const headOrder = (a, b) => (0,_order_js__WEBPACK_IMPORTED_MODULE_0__/* .byText */ .z)(a.finding.path, b.finding.path) || a.finding.line - b.finding.line || (a.finding.column ?? 0) - (b.finding.column ?? 0);
const baseOrder = (a, b) => (0,_order_js__WEBPACK_IMPORTED_MODULE_0__/* .byText */ .z)(a.path, b.path) || byLine(a.line, b.line);
function matchExact(base, head, change) {
    const pool = new Map();
    for (const entry of [...base].sort(baseOrder)) {
        const list = pool.get(entry.key);
        if (list)
            list.push(entry);
        else
            pool.set(entry.key, [entry]);
    }
    const sortedHead = [...head].sort(headOrder);
    const matched = [];
    const rest = [];
    // First the findings whose line maps unchanged through the diff to a baseline finding of the
    // same identity: a duplicate added above an old line must not take the old line's place.
    for (const item of sortedHead) {
        const list = pool.get(item.key);
        const hunks = change.hunks.get(item.finding.path) ?? [];
        const at = list && change.baselinePathOf.has(item.finding.path) ? (0,_hunks_js__WEBPACK_IMPORTED_MODULE_1__/* .lineAtBaseline */ .l6)(hunks, item.finding.line) : undefined;
        const index = at === undefined || !list ? -1 : list.findIndex((e) => e.line === at);
        if (list && index >= 0)
            matched.push({ head: item, base: list.splice(index, 1)[0], how: "exact" });
        else
            rest.push(item);
    }
    const added = [];
    for (const item of rest) {
        const candidate = pool.get(item.key)?.shift();
        if (candidate)
            matched.push({ head: item, base: candidate, how: "exact" });
        else
            added.push(item);
    }
    return { matched, added, removed: [...pool.values()].flat() };
}
const lastName = (scope) => scope.slice(scope.lastIndexOf(".") + 1);
/** Head path of a baseline path (modified or renamed), if it still exists at head. */
function headPathsOf(baselinePathOf) {
    const out = new Map();
    for (const [headPath, basePath] of baselinePathOf)
        out.set(basePath, headPath);
    return out;
}
/**
 * Did the def/class enclosing `base` leave its file, and is the one enclosing `head` new in its
 * own? A def still present in the old file means the head statement is a copy, not a move.
 */
function defMoved(base, head, change, headPathOf) {
    const from = base.statement?.scope;
    const to = head.statement?.scope;
    if (!from || !to || lastName(from) !== lastName(to))
        return false;
    if (!change.baseDefs.get(base.path)?.has(from))
        return false;
    const oldAtHead = headPathOf.get(base.path);
    if (oldAtHead !== undefined && (change.headDefs.get(oldAtHead)?.has(from) ?? true))
        return false;
    if (!change.headDefs.get(head.finding.path)?.has(to))
        return false;
    const newAtBase = change.baselinePathOf.get(head.finding.path);
    if (newAtBase !== undefined && (change.baseDefs.get(newAtBase)?.has(to) ?? true))
        return false;
    return true;
}
/**
 * Module-level code moves only with its whole file: the old one gone, the new one added, and the
 * two related (see `kin`). Otherwise deleting any script and adding another with the same
 * statement (an `import subprocess`, a module-level shell call) would pass as a move.
 */
function fileMoved(base, head, change) {
    return (base.statement?.scope === "" &&
        head.statement?.scope === "" &&
        change.goneFiles.has(base.path) &&
        !change.baselinePathOf.has(head.finding.path) &&
        kin(base.path, head.finding.path, change));
}
const fileName = (path) => path.slice(path.lastIndexOf("/") + 1);
/** A gone file and an added one are the same module moved when they share a name or a def/class. */
function kin(basePath, headPath, change) {
    if (fileName(basePath) === fileName(headPath))
        return true;
    const before = change.baseDefs.get(basePath);
    const after = change.headDefs.get(headPath);
    if (!before || !after)
        return false;
    for (const name of before)
        if (after.has(name))
            return true;
    return false;
}
function pairInOrder(base, head, how, fits) {
    const pool = [...base].sort(baseOrder);
    const matched = [];
    const added = [];
    for (const item of [...head].sort(headOrder)) {
        const index = pool.findIndex((b) => fits(b, item));
        if (index >= 0)
            matched.push({ head: item, base: pool.splice(index, 1)[0], how });
        else
            added.push(item);
    }
    return { matched, added, removed: pool };
}
function matchAcross(base, head, change) {
    const headPathOf = headPathsOf(change.baselinePathOf);
    return pairInOrder(base, head, "moved", (b, h) => {
        if (b.testId !== h.finding.testId || !b.statement || !h.statement)
            return false;
        if (b.statement.fingerprint !== h.statement.fingerprint)
            return false;
        if (change.baselinePathOf.get(h.finding.path) === b.path)
            return false;
        return defMoved(b, h, change, headPathOf) || fileMoved(b, h, change);
    });
}
function matchInPlace(base, head, change) {
    const headPathOf = headPathsOf(change.baselinePathOf);
    return pairInOrder(base, head, "changed", (b, h) => {
        if (b.testId !== h.finding.testId)
            return false;
        if (change.baselinePathOf.get(h.finding.path) === b.path) {
            const newLines = h.statement ? [h.statement.start, h.statement.end] : [h.finding.lineRange[0] ?? h.finding.line, h.finding.lineRange.at(-1) ?? h.finding.line];
            const oldLines = b.statement ? [b.statement.start, b.statement.end] : [b.lineRange?.[0] ?? b.line, b.lineRange?.at(-1) ?? b.line];
            if (oldLines[0] === undefined || oldLines[1] === undefined)
                return false;
            return (change.hunks.get(h.finding.path) ?? []).some((hunk) => (0,_hunks_js__WEBPACK_IMPORTED_MODULE_1__/* .touchesHunk */ .e)(hunk, { start: newLines[0], end: newLines[1] }, { start: oldLines[0], end: oldLines[1] }));
        }
        return defMoved(b, h, change, headPathOf);
    });
}
/**
 * The files whose defs can decide a move: both versions of every file that has findings on
 * either side (was the def there before, is it still there). Parsing only those keeps a large
 * push's cost with the files that matter.
 */
function defsDecidingMoves(head, base, baselinePathOf) {
    const headPathOf = headPathsOf(baselinePathOf);
    const wanted = { head: new Set(), base: new Set() };
    for (const f of head) {
        wanted.head.add(f.path);
        const basePath = baselinePathOf.get(f.path);
        if (basePath !== undefined)
            wanted.base.add(basePath);
    }
    for (const f of base) {
        wanted.base.add(f.path);
        const headPath = headPathOf.get(f.path);
        if (headPath !== undefined)
            wanted.head.add(headPath);
    }
    return wanted;
}


/***/ }),

/***/ 52669:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Av: () => (/* binding */ isThreshold),
/* harmony export */   Le: () => (/* binding */ levelRank),
/* harmony export */   M0: () => (/* binding */ meetsThreshold)
/* harmony export */ });
/* unused harmony export THRESHOLDS */
const LEVEL_RANK = { UNDEFINED: 0, LOW: 1, MEDIUM: 2, HIGH: 3 };
const THRESHOLD_RANK = { all: 0, low: 1, medium: 2, high: 3 };
const THRESHOLDS = ["all", "low", "medium", "high"];
function levelRank(level) {
    return LEVEL_RANK[level];
}
function meetsThreshold(level, threshold) {
    return LEVEL_RANK[level] >= THRESHOLD_RANK[threshold];
}
function isThreshold(value) {
    return THRESHOLDS.includes(value);
}


/***/ }),

/***/ 89969:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Ro: () => (/* binding */ fingerprintFile)
});

// UNUSED EXPORTS: assignOccurrences, commentsOf, identityKey, normaliseSource, sourceLines, splitLines, textOnlyFacts

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./build/core/gate/nosec.js
/**
 * `# nosec` comments, parsed the way Bandit reads them: a bare `# nosec` suppresses every test on
 * the line; `# nosec B602, B607` (or `# nosec: ...`, or test names) suppresses only those tests.
 * Case-sensitive like Bandit 1.7.5+ (`# NOSEC` suppresses nothing there).
 */
const NOSEC = /#\s*nosec\b:?([^#]*)/;
function parseNosec(line) {
    const match = NOSEC.exec(line);
    if (!match)
        return undefined;
    const list = (match[1] ?? "").trim();
    // Bandit keeps ids (`B602`) and test names; other words (`# nosec - reviewed`) leave the
    // list empty, which makes the comment a blanket one.
    const words = list === "" ? [] : list.split(/[\s,]+/);
    const tests = words.filter((w) => /^B\d+$/.test(w) || /^[a-z][a-z0-9]*_[a-z0-9_]+$/.test(w));
    return { tests };
}
/** Does a nosec comment on any of these source lines silence this test? */
function isSuppressed(lines, testId, testName) {
    for (const line of lines) {
        const comment = parseNosec(line);
        if (!comment)
            continue;
        if (comment.tests.length === 0)
            return true;
        if (comment.tests.includes(testId) || comment.tests.includes(testName))
            return true;
    }
    return false;
}
/** The line with any nosec comment removed, so adding one does not change a finding's identity. */
function stripNosec(line) {
    const match = NOSEC.exec(line);
    return match ? line.slice(0, match.index) : line;
}

// EXTERNAL MODULE: ./build/core/report/redact.js
var redact = __webpack_require__(11976);
;// CONCATENATED MODULE: ./build/core/gate/fingerprint.js



/**
 * The source of the flagged lines with every run of whitespace folded and comments removed:
 * the identity of a finding in a file Python could not parse (the syntax fingerprint's fallback).
 */
function normaliseSource(lines) {
    return lines
        .map((line) => line.replace(/\s+/g, " ").trim())
        .filter((line) => line !== "")
        .join("\n");
}
/** Lines `lineRange` of a file (1-based), empty strings for lines past its end. */
function sourceLines(fileLines, lineRange) {
    return lineRange.map((n) => fileLines[n - 1] ?? "");
}
/** Split file text into lines the way Python numbers them. */
function splitLines(text) {
    return text.split(/\r\n|\r|\n/);
}
/**
 * A finding's identity: rule, path (the baseline's path for renamed files) and the syntax
 * fingerprint of its statement (or, where Python could not parse the file, its normalised text).
 * Hashed, so that a stored baseline never holds the source (which may quote a secret).
 */
function identityKey(testId, path, shape) {
    const what = shape.syntax !== undefined ? `syntax\0${shape.syntax}` : `text\0${shape.text}`;
    return (0,external_node_crypto_.createHash)("sha256").update(`v2\0${testId}\0${path}\0${what}`).digest("hex").slice(0, 32);
}
/** Number repeated keys in line order, so identical findings compare as a multiset. */
function assignOccurrences(items) {
    const sorted = [...items].sort((a, b) => a.finding.line - b.finding.line || (a.finding.column ?? 0) - (b.finding.column ?? 0));
    const seen = new Map();
    for (const item of sorted) {
        const n = seen.get(item.key) ?? 0;
        item.occurrence = n;
        seen.set(item.key, n + 1);
    }
    return sorted;
}
/** Comments of the flagged lines as the tokenizer found them ("" where a line has none). */
function commentsOf(facts, lineRange) {
    return lineRange.map((n) => facts.comments.get(n) ?? "");
}
/** A line with its real comment (if any) cut off. */
function withoutComment(line, comment) {
    if (!comment)
        return line;
    const at = line.lastIndexOf(comment);
    return at >= 0 ? line.slice(0, at) : line;
}
/**
 * Fingerprint the findings of one file. `facts.located[i]` belongs to `findings[i]`.
 * `identityPath` is the baseline's path when the file was renamed, so renamed code keeps its identity.
 */
function fingerprintFile(findings, facts, identityPath) {
    const items = findings.map((finding, i) => {
        const source = sourceLines(facts.lines, finding.lineRange);
        const statement = facts.located[i];
        const text = normaliseSource(source.map((line, j) => withoutComment(line, facts.comments.get(finding.lineRange[j] ?? 0))));
        const item = {
            finding,
            key: identityKey(finding.testId, identityPath, { ...(statement ? { syntax: statement.fingerprint } : {}), text }),
            occurrence: 0,
            suppressed: isSuppressed(commentsOf(facts, finding.lineRange), finding.testId, finding.testName),
            source,
            identityPath,
        };
        if (statement)
            item.statement = statement;
        const first = finding.lineRange[0] ?? finding.line;
        if (statement && statement.start < first && (0,redact/* isSecretTest */.bp)(finding.testId))
            item.lead = facts.lines.slice(statement.start - 1, first - 1);
        return item;
    });
    return assignOccurrences(items);
}
/**
 * Facts for a file read as UTF-8 text without Python: every finding falls back to its text
 * identity, and comments are found by a `#` outside quotes on a best-effort basis. Only for
 * callers that have no Python at hand (unit tests of the cascade give their own facts).
 */
function textOnlyFacts(path, text, requested) {
    const lines = splitLines(text);
    const comments = new Map();
    lines.forEach((line, i) => {
        const at = line.indexOf("#");
        if (at >= 0 && !/["']/.test(line.slice(0, at)))
            comments.set(i + 1, line.slice(at));
    });
    return { path, parsed: false, lines, comments, defs: new Set(), located: Array.from({ length: requested }, () => undefined) };
}


/***/ }),

/***/ 14019:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KD: () => (/* binding */ gateFileKind),
/* harmony export */   T: () => (/* binding */ gateFilesWarning),
/* harmony export */   _X: () => (/* binding */ banditSection)
/* harmony export */ });
/**
 * Files that decide how the gate judges a branch: the workflows that run it, the pre-commit
 * configuration that runs the hook, Bandit's configuration and the baseline file. A branch that
 * changes one of them may be turning its own check off, so the change is reported. This is the
 * one place that says which paths count; `check.ts` asks it and records the answer as the
 * report's `gate_changes`.
 */
/** What `path` (repository-relative, `/`-separated) is to the gate, or undefined. */
function gateFileKind(path, baselineFile) {
    if (baselineFile !== undefined && path === baselineFile)
        return "baseline-file";
    if (path.startsWith(".github/workflows/"))
        return "workflow";
    if (path === ".pre-commit-config.yaml" || path === ".pre-commit-config.yml")
        return "hook";
    if (path === ".bandit" || path === "bandit.yaml" || path === "bandit.yml")
        return "bandit-config";
    // Only their Bandit part matters: see banditSection.
    if (path === "pyproject.toml" || path === "setup.cfg")
        return "section";
    return undefined;
}
/**
 * The Bandit part of a `pyproject.toml` (`[tool.bandit]` and its sub-tables) or a `setup.cfg`
 * (`[bandit]`, `[tool:bandit]`), as text with blank lines and comment-only lines left out, so a
 * formatter that re-spaces the file does not count as a change. Empty when there is none.
 */
function banditSection(path, text) {
    const wanted = path === "setup.cfg" ? /^\[\s*(tool:)?bandit\s*\]/ : /^\[\s*tool\.bandit(\.[^\]]*)?\s*\]/;
    const out = [];
    let inside = false;
    for (const raw of text.split(/\r?\n/)) {
        const line = raw.trim();
        if (/^\[/.test(line))
            inside = wanted.test(line);
        if (!inside || line === "" || line.startsWith("#") || line.startsWith(";"))
            continue;
        out.push(line);
    }
    return out.join("\n");
}
/** The warning every report, summary and Action run shows when a branch changes gate files. */
function gateFilesWarning(paths) {
    const list = paths.slice(0, 10).join(", ") + (paths.length > 10 ? `, and ${paths.length - 10} more` : "");
    return (`Warning: this branch changes the workflow that runs the gate or the gate's configuration (${list}). ` +
        `That is how a branch would turn its own check off: have a person review it, and make the gate a required ` +
        `status check on pull requests into the default branch (see docs/security.md).`);
}


/***/ }),

/***/ 94405:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Pt: () => (/* binding */ parseHunkHeader),
/* harmony export */   Rp: () => (/* binding */ parseUnifiedHunks),
/* harmony export */   e: () => (/* binding */ touchesHunk),
/* harmony export */   l6: () => (/* binding */ lineAtBaseline)
/* harmony export */ });
/** Parse the hunk headers of one file's `git diff -U0` output. */
function parseHunkHeader(line) {
    const match = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/.exec(line);
    if (!match)
        return undefined;
    return {
        oldStart: Number(match[1]),
        oldCount: match[2] === undefined ? 1 : Number(match[2]),
        newStart: Number(match[3]),
        newCount: match[4] === undefined ? 1 : Number(match[4]),
    };
}
/**
 * The baseline line a head line stood on, when the diff left it unchanged; undefined when the
 * line is inside a hunk (added or edited).
 */
function lineAtBaseline(hunks, line) {
    let shift = 0;
    for (const hunk of hunks) {
        if (hunk.newCount > 0 && line >= hunk.newStart && line < hunk.newStart + hunk.newCount)
            return undefined;
        // A pure deletion (`+n,0`) sits after head line n.
        const before = hunk.newCount > 0 ? hunk.newStart + hunk.newCount - 1 < line : hunk.newStart < line;
        if (before)
            shift += hunk.oldCount - hunk.newCount;
    }
    return line + shift;
}
/** Do a head statement and a baseline statement both touch this hunk (its new and old lines)? */
function touchesHunk(hunk, head, base) {
    const overlaps = (start, count, span) => count > 0 && span.start <= start + count - 1 && start <= span.end;
    return overlaps(hunk.newStart, hunk.newCount, head) && overlaps(hunk.oldStart, hunk.oldCount, base);
}
/**
 * Split `git diff -U0 --no-color` output into hunks per new path. `pathOf` turns the text after
 * `+++ ` into a repository path (or undefined for /dev/null).
 */
function parseUnifiedHunks(output, pathOf) {
    const out = new Map();
    let current;
    for (const line of output.split("\n")) {
        if (line.startsWith("diff --git "))
            current = undefined;
        else if (line.startsWith("+++ ") && current === undefined) {
            const path = pathOf(line.slice(4));
            current = path === undefined ? [] : (out.get(path) ?? []);
            if (path !== undefined)
                out.set(path, current);
        }
        else if (line.startsWith("@@ ") && current) {
            const hunk = parseHunkHeader(line);
            if (hunk)
                current.push(hunk);
        }
    }
    return out;
}


/***/ }),

/***/ 78669:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AV: () => (/* binding */ replayLineOwners),
/* harmony export */   Cg: () => (/* binding */ linearBranch),
/* harmony export */   KL: () => (/* binding */ parseBranchCommits),
/* harmony export */   i9: () => (/* binding */ parseBranchPatches),
/* harmony export */   "in": () => (/* binding */ BRANCH_COMMITS_FORMAT),
/* harmony export */   wm: () => (/* binding */ BRANCH_PATCHES_FORMAT)
/* harmony export */ });
/* harmony import */ var _hunks_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(94405);
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(27464);


/** The `--format` whose output `parseBranchCommits` reads (with `-z` and `--boundary`). */
const BRANCH_COMMITS_FORMAT = "%m %H %P%n%ct%n%B";
/** The `--format` marking each commit's patch in the output `parseBranchPatches` reads. */
const BRANCH_PATCHES_FORMAT = "%x00%H";
function parseBranchCommits(output) {
    const commits = [];
    for (const record of output.split("\0")) {
        const text = record.replace(/^\n+/, "");
        if (text === "")
            continue;
        const match = /^([<>\-|^]) ([0-9a-f]{40,64})((?: [0-9a-f]{40,64})*) ?\n(\d+)\n([^]*)$/.exec(text);
        if (!match)
            return undefined;
        commits.push({
            commit: match[2],
            parents: match[3].split(" ").filter(Boolean),
            time: Number(match[4]),
            summary: (match[5].split("\n")[0] ?? "").trim(),
            boundary: match[1] === "-",
        });
    }
    return commits;
}
/**
 * The branch's commits oldest first, and the baseline, when baseline..head is one line of
 * commits with one parent each on top of `baseline`; undefined otherwise (a merge anywhere).
 */
function linearBranch(logged, baseline) {
    const boundary = logged.filter((c) => c.boundary);
    const base = boundary[0];
    if (boundary.length !== 1 || !base || base.commit !== baseline)
        return undefined;
    const newestFirst = logged.filter((c) => !c.boundary);
    if (newestFirst.length === 0)
        return undefined;
    for (let i = 0; i < newestFirst.length; i += 1) {
        const commit = newestFirst[i];
        const parent = i + 1 < newestFirst.length ? newestFirst[i + 1].commit : baseline;
        if (commit.parents.length !== 1 || commit.parents[0] !== parent)
            return undefined;
    }
    return { baseline: base, commits: newestFirst.reverse() };
}
/**
 * `git log --reverse -p -U0 -M --format=%x00%H` (paths unquoted as far as git allows, prefixes
 * `a/` and `b/`) -> per commit, per file. Undefined when the output cannot be read as patches:
 * a file whose name cannot be found at all could be any file.
 */
function parseBranchPatches(output) {
    const parts = output.split(/(?:^|\n)\0(?=[0-9a-f]{40,64}\n)/);
    if ((parts[0] ?? "").trim() !== "")
        return undefined;
    const commits = [];
    for (const part of parts.slice(1)) {
        const newline = part.indexOf("\n");
        const files = parseCommitPatch(part.slice(newline + 1).split("\n"));
        if (!files)
            return undefined;
        commits.push({ commit: part.slice(0, newline), files });
    }
    return commits;
}
function parseCommitPatch(lines) {
    const files = [];
    let i = 0;
    while (i < lines.length && lines[i] === "")
        i += 1;
    while (i < lines.length) {
        const first = lines[i];
        if (first === "") {
            i += 1;
            continue;
        }
        if (!first.startsWith("diff --git "))
            return undefined;
        i += 1;
        const names = headerNames(first.slice("diff --git ".length));
        let from;
        let to;
        let added = false;
        let deleted = false;
        let unplaceable = false;
        const uncertain = [];
        const hunks = [];
        const read = (quoted, prefix) => {
            const path = readPath(quoted, prefix);
            if (path && !path.certain)
                uncertain.push(path.path);
            return path?.path;
        };
        // Extended headers up to the first hunk.
        for (; i < lines.length; i += 1) {
            const line = lines[i];
            if (line.startsWith("diff --git ") || line.startsWith("@@ "))
                break;
            if (line.startsWith("rename from "))
                from = read(line.slice("rename from ".length), undefined);
            else if (line.startsWith("rename to "))
                to = read(line.slice("rename to ".length), undefined);
            else if (line.startsWith("new file mode "))
                added = true;
            else if (line.startsWith("deleted file mode "))
                deleted = true;
            else if (line.startsWith("--- "))
                from = line === "--- /dev/null" ? from : read(line.slice(4).replace(/\t$/, ""), "a/");
            else if (line.startsWith("+++ "))
                to = line === "+++ /dev/null" ? to : read(line.slice(4).replace(/\t$/, ""), "b/");
            else if (line.startsWith("Binary files ") || line.startsWith("GIT binary patch") || line.startsWith("copy "))
                unplaceable = true;
            else if (line === "")
                continue;
            else if (!/^(index|similarity index|dissimilarity index|old mode|new mode) /.test(line))
                unplaceable = true;
        }
        // Hunks: exactly as many removed and added lines as each header says.
        while (i < lines.length && lines[i].startsWith("@@ ")) {
            const hunk = (0,_hunks_js__WEBPACK_IMPORTED_MODULE_1__/* .parseHunkHeader */ .Pt)(lines[i]);
            i += 1;
            if (!hunk)
                return undefined;
            let minus = 0;
            let plus = 0;
            for (; i < lines.length && (minus < hunk.oldCount || plus < hunk.newCount || lines[i]?.startsWith("\\")); i += 1) {
                const line = lines[i];
                if (line.startsWith("-") && minus < hunk.oldCount)
                    minus += 1;
                else if (line.startsWith("+") && plus < hunk.newCount)
                    plus += 1;
                else if (!line.startsWith("\\"))
                    return undefined;
            }
            if (minus !== hunk.oldCount || plus !== hunk.newCount)
                return undefined;
            hunks.push(hunk);
        }
        if (names && !from && !added)
            from = names.certain ? names.path : (uncertain.push(names.path), names.path);
        if (names && !to && !deleted)
            to = names.certain ? names.path : (uncertain.push(names.path), names.path);
        if (added)
            from = undefined;
        if (deleted)
            to = undefined;
        if (from === undefined && to === undefined)
            return undefined;
        files.push({ ...(from !== undefined ? { from } : {}), ...(to !== undefined ? { to } : {}), hunks, unplaceable, uncertain });
    }
    return files;
}
/** The one path of `a/X b/X` (git names a file the same on both sides unless it is renamed). */
function headerNames(header) {
    if (header.startsWith('"')) {
        const end = closingQuote(header);
        if (end < 0)
            return undefined;
        return readPath(header.slice(0, end + 1), "a/");
    }
    if (header.length % 2 === 0)
        return undefined;
    const half = (header.length - 1) / 2;
    const a = header.slice(0, half);
    if (header[half] !== " " || header.slice(half + 1) !== `b/${a.slice(2)}` || !a.startsWith("a/"))
        return undefined;
    return { path: a.slice(2), certain: true };
}
function closingQuote(text) {
    for (let i = 1; i < text.length; i += 1) {
        if (text[i] === "\\")
            i += 1;
        else if (text[i] === '"')
            return i;
    }
    return -1;
}
/** A path as the gate spells it, and whether that spelling names exactly the bytes git printed. */
function readPath(spelled, prefix) {
    const bytes = spelled.startsWith('"') ? (0,_paths_js__WEBPACK_IMPORTED_MODULE_0__/* .unquoteGitPathBytes */ .gP)(spelled) : Buffer.from(spelled, "utf8");
    let text = Buffer.from(bytes).toString("utf8");
    if (prefix !== undefined) {
        if (!text.startsWith(prefix))
            return undefined;
        text = text.slice(prefix.length);
    }
    return { path: text, certain: (0,_paths_js__WEBPACK_IMPORTED_MODULE_0__/* .unreadablePathReason */ .NI)(bytes) === undefined };
}
const BOUNDARY = -1;
/**
 * Replay the branch's patches over the baseline and give, for each wanted head path (with its
 * number of lines), the `BlamedLine[]` that `git blame --porcelain ^baseline head` would give.
 * A path is left out (to be blamed) when a patch on its way cannot be placed or named, or when the
 * replay and the file's length disagree.
 */
function replayLineOwners(branch, patches, wanted) {
    const out = new Map();
    if (patches.length !== branch.commits.length || patches.some((p, i) => p.commit !== branch.commits[i]?.commit))
        return out;
    let files = new Map();
    const tainted = new Set();
    patches.forEach((patch, index) => {
        const next = new Map(files);
        const written = new Map();
        for (const file of patch.files) {
            for (const path of file.uncertain)
                tainted.add(path);
            if (file.from !== undefined && file.to !== file.from)
                next.delete(file.from);
            if (file.to === undefined)
                continue;
            const before = file.from === undefined ? { owners: [], whole: true } : (files.get(file.from) ?? { owners: [], whole: false });
            written.set(file.to, before === "unknown" || file.unplaceable ? "unknown" : (applyHunks(before, file.hunks, index) ?? "unknown"));
        }
        for (const [path, lines] of written)
            next.set(path, lines);
        files = next;
    });
    // One entry per commit, shared by all its lines: nothing changes them.
    const entry = (commit, boundary) => ({ commit: commit.commit, summary: commit.summary, boundary, time: commit.time });
    const byOwner = branch.commits.map((c) => entry(c, false));
    const boundaryLine = entry(branch.baseline, true);
    const line = (owner) => (owner === BOUNDARY ? boundaryLine : byOwner[owner]);
    for (const [path, count] of wanted) {
        if (tainted.has(path))
            continue;
        const lines = files.get(path) ?? { owners: [], whole: false };
        if (lines === "unknown" || lines.owners.length > count || (lines.whole && lines.owners.length !== count))
            continue;
        const owners = [...lines.owners, ...new Array(count - lines.owners.length).fill(BOUNDARY)];
        out.set(path, owners.map(line));
    }
    return out;
}
/** One file's owners after one commit's hunks (sorted, in old and new line numbers); undefined when they do not fit. */
function applyHunks(before, hunks, owner) {
    const old = before.owners;
    const result = [];
    let at = 0;
    const copyTo = (end) => {
        if (end > old.length && before.whole)
            return false;
        for (; at < end; at += 1)
            result.push(at < old.length ? old[at] : BOUNDARY);
        return true;
    };
    for (const hunk of hunks) {
        // A pure insertion (`-n,0`) goes after old line n; a pure deletion (`+n,0`) after new line n.
        const oldIndex = hunk.oldCount > 0 ? hunk.oldStart - 1 : hunk.oldStart;
        const newIndex = hunk.newCount > 0 ? hunk.newStart - 1 : hunk.newStart;
        if (oldIndex < at || !copyTo(oldIndex) || result.length !== newIndex)
            return undefined;
        if (before.whole && oldIndex + hunk.oldCount > old.length)
            return undefined;
        at = oldIndex + hunk.oldCount;
        for (let k = 0; k < hunk.newCount; k += 1)
            result.push(owner);
    }
    // Past the end of what is known, the baseline's lines go on (unless the file is all known).
    for (; at < old.length; at += 1)
        result.push(old[at]);
    return { owners: result, whole: before.whole };
}


/***/ }),

/***/ 79835:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FP: () => (/* binding */ isNotebookPath),
/* harmony export */   UZ: () => (/* binding */ leftOutNote),
/* harmony export */   XQ: () => (/* binding */ extractNotebook),
/* harmony export */   qn: () => (/* binding */ cellLineOf),
/* harmony export */   yF: () => (/* binding */ NotebookError)
/* harmony export */ });
/* unused harmony export describeCellLine */
/**
 * Jupyter notebooks (nbformat 4) as Bandit sees them: the code cells joined into one Python
 * text, with a map from each line of that text back to its cell and the line within the cell.
 * Cells are numbered from 1 in file order, markdown and raw cells included, so that "cell 3" is
 * the third cell a user sees from the top.
 */
/** The file is not a notebook the gate can read: a scan failure, never a pass. */
class NotebookError extends Error {
    constructor(message) {
        super(message);
        this.name = "NotebookError";
    }
}
function isNotebookPath(path) {
    return /\.ipynb$/i.test(path);
}
/** Cell magics whose body is a shell script. */
const SHELL_CELL_MAGICS = /^%%(bash|sh|script|system|!)(\s|$)/;
/**
 * Cell magics whose body IPython runs as Python: the body is scanned (only the magic line is
 * left out), or `%%capture` would hide any code from the gate.
 */
const PYTHON_CELL_MAGICS = /^%%(capture|time|timeit|prun|python|python3|debug)(\s|$)/;
/** Line magics that run the rest of their line as Python (`%time os.system(x)`): the statement is scanned. */
const PYTHON_LINE_MAGIC = /^%(time|timeit|prun|debug)((\s+-[A-Za-z]+(\s+[\w.]+)?)*)\s+(\S.*)$/;
/** Line magics that run a shell command. */
const SHELL_LINE_MAGICS = /^%(sx|system|sc)\b/;
/** `files = !ls` and `out = %sx ls`: an assignment from a shell escape or magic. */
const ASSIGNED_ESCAPE = /^[A-Za-z_][\w.]*(\s*,\s*[A-Za-z_][\w.]*)*\s*=\s*([!%])/;
/** Parse a notebook's bytes (UTF-8 JSON) into its code cells' Python and a line map. */
function extractNotebook(text) {
    let document;
    try {
        document = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
    }
    catch (error) {
        throw new NotebookError(`not valid JSON (${error instanceof Error ? error.message : String(error)})`);
    }
    if (!isObject(document))
        throw new NotebookError("not a notebook: the JSON is not an object");
    const format = document["nbformat"];
    if (format !== 4) {
        throw new NotebookError(format === undefined ? "not a notebook: no nbformat field" : `nbformat ${JSON.stringify(format)} is not supported (only nbformat 4; re-save it with Jupyter 4 or later)`);
    }
    const cells = document["cells"];
    if (!Array.isArray(cells))
        throw new NotebookError("not a notebook: no cells list");
    const language = kernelLanguage(document["metadata"]);
    if (language !== undefined && language.toLowerCase() !== "python")
        return { kind: "other-language", language };
    const out = [];
    const lines = [];
    const leftOut = [];
    cells.forEach((cell, index) => {
        const number = index + 1;
        if (!isObject(cell) || typeof cell["cell_type"] !== "string")
            throw new NotebookError(`cell ${number} has no cell_type`);
        if (cell["cell_type"] !== "code")
            return;
        const source = sourceText(cell["source"], number);
        const cellLines = splitLines(source);
        const first = cellLines[0]?.trim() ?? "";
        // A cell magic (`%%bash`, `%%timeit`) makes the whole cell something other than Python.
        const pythonBody = PYTHON_CELL_MAGICS.test(first);
        const wholeCell = first.startsWith("%%") && !pythonBody ? (SHELL_CELL_MAGICS.test(first) ? "shell" : "magic") : undefined;
        cellLines.forEach((raw, i) => {
            const at = { cell: number, line: i + 1 };
            lines.push(at);
            if (pythonBody && i === 0) {
                leftOut.push({ at, kind: "magic", text: raw.trim() });
                out.push("");
                return;
            }
            const timed = PYTHON_LINE_MAGIC.exec(raw.trim());
            if (timed) {
                // Only the magic is left out: the statement it runs is Python like any other.
                out.push(`${/^[ \t]*/.exec(raw)?.[0] ?? ""}${timed[5]}`);
                return;
            }
            if (wholeCell) {
                if (raw.trim() !== "")
                    leftOut.push({ at, kind: wholeCell, text: raw.trim() });
                out.push("");
                return;
            }
            const kind = escapeKind(raw);
            if (!kind) {
                out.push(raw);
                return;
            }
            leftOut.push({ at, kind, text: raw.trim() });
            // Keep the block around it Python: an indented escape becomes `...` at its indentation.
            const indent = /^[ \t]*/.exec(raw)?.[0] ?? "";
            out.push(indent === "" ? "" : `${indent}...`);
        });
    });
    return { kind: "python", python: out.map((l) => `${l}\n`).join(""), lines, leftOut };
}
/** A line that is an IPython escape rather than Python, and which kind; undefined for Python. */
function escapeKind(raw) {
    const line = raw.trim();
    if (line.startsWith("!"))
        return "shell";
    if (line.startsWith("%"))
        return SHELL_LINE_MAGICS.test(line) ? "shell" : "magic";
    const assigned = ASSIGNED_ESCAPE.exec(line);
    // `a = !ls` is shell; `a = %timeit f()` a magic; `a == !b` never matches (`=\s*[!%]` after a name).
    if (assigned && !line.includes("==")) {
        const rest = line.slice(assigned[0].length - 1);
        return rest.startsWith("!") || SHELL_LINE_MAGICS.test(rest) ? "shell" : "magic";
    }
    return undefined;
}
function sourceText(source, cell) {
    if (typeof source === "string")
        return source;
    if (Array.isArray(source) && source.every((s) => typeof s === "string"))
        return source.join("");
    throw new NotebookError(`cell ${cell}: source is neither a string nor a list of strings`);
}
/** A cell's lines without their endings; an empty cell has none. */
function splitLines(source) {
    if (source === "")
        return [];
    const lines = source.split(/\r\n|\r|\n/);
    if (lines[lines.length - 1] === "")
        lines.pop();
    return lines;
}
function kernelLanguage(metadata) {
    if (!isObject(metadata))
        return undefined;
    const info = metadata["language_info"];
    if (isObject(info) && typeof info["name"] === "string")
        return info["name"];
    const kernel = metadata["kernelspec"];
    if (isObject(kernel) && typeof kernel["language"] === "string")
        return kernel["language"];
    return undefined;
}
function isObject(value) {
    return typeof value === "object" && value !== null && !Array.isArray(value);
}
/** Where a line of the extracted Python is in the notebook; undefined past its end. */
function cellLineOf(lines, virtualLine) {
    return lines[virtualLine - 1];
}
/** `cell 3, line 2` */
function describeCellLine(at) {
    return `cell ${at.cell}, line ${at.line}`;
}
/** The report note for one notebook's left-out lines: shell commands are named, never passed as clean. */
function leftOutNote(path, leftOut) {
    if (leftOut.length === 0)
        return undefined;
    const shell = leftOut.filter((l) => l.kind === "shell");
    const magics = leftOut.length - shell.length;
    const parts = [];
    if (shell.length > 0) {
        const shown = shell.slice(0, 3).map((l) => `${describeCellLine(l.at)}: \`${truncate(l.text, 60)}\``);
        parts.push(`${shell.length} shell command line(s) that Bandit does not judge and the gate did not check (${shown.join("; ")}${shell.length > 3 ? `; and ${shell.length - 3} more` : ""})`);
    }
    if (magics > 0)
        parts.push(`${magics} IPython magic line(s), left out of the scan`);
    return `Notebook ${path} has ${parts.join(" and ")}.`;
}
function truncate(text, max) {
    return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}


/***/ }),

/***/ 27464:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cf: () => (/* binding */ quoteGitPath),
/* harmony export */   NI: () => (/* binding */ unreadablePathReason),
/* harmony export */   T4: () => (/* binding */ hasPythonShebang),
/* harmony export */   gP: () => (/* binding */ unquoteGitPathBytes),
/* harmony export */   qb: () => (/* binding */ normalisePath),
/* harmony export */   s1: () => (/* binding */ isPythonPath),
/* harmony export */   tP: () => (/* binding */ isExtensionless)
/* harmony export */ });
/**
 * Repository-relative, `/`-separated, without `./` segments: the one spelling of a path that
 * every comparison in the gate uses.
 */
function normalisePath(raw) {
    const parts = [];
    for (const part of raw.replace(/\\/g, "/").split("/")) {
        if (part === "" || part === ".")
            continue;
        if (part === ".." && parts.length > 0 && parts[parts.length - 1] !== "..") {
            parts.pop();
            continue;
        }
        parts.push(part);
    }
    return parts.join("/");
}
/** True when a file's name or its first line says it is Python. */
function isPythonPath(path) {
    return /\.pyw?$/i.test(path);
}
/** True for a first line such as `#!/usr/bin/env python3` or `#!/usr/bin/python`. */
function hasPythonShebang(firstLine) {
    return /^#!.*\bpython[0-9.]*\b/.test(firstLine);
}
/** True when a file has no extension in its last path segment. */
function isExtensionless(path) {
    const name = path.slice(path.lastIndexOf("/") + 1);
    return !name.includes(".");
}
const STRICT_UTF8 = new TextDecoder("utf-8", { fatal: true });
/** Why the gate cannot hand a path on to git, Bandit and Python, or undefined when it can. */
function unreadablePathReason(raw) {
    if (raw.includes(0x0a))
        return "its name contains a newline";
    // git always separates folders with "/": a backslash is part of a name, which normalisePath would split.
    if (raw.includes(0x5c))
        return "its name contains a backslash";
    if (raw.every((byte) => byte < 0x80))
        return undefined;
    try {
        STRICT_UTF8.decode(raw);
    }
    catch {
        return "its name is not valid UTF-8";
    }
    return undefined;
}
const C_ESCAPES = { 7: "\\a", 8: "\\b", 9: "\\t", 10: "\\n", 11: "\\v", 12: "\\f", 13: "\\r", 34: '\\"', 92: "\\\\" };
/**
 * A path's bytes spelled as git spells them with core.quotePath on (`"caf\351.py"`,
 * `"a\nb.py"`): printable ASCII as is, everything else escaped, so a message shows exactly which
 * file is meant and no terminal or log is fooled by what the name holds.
 */
function quoteGitPath(raw) {
    let out = "";
    let quoted = false;
    for (const byte of raw) {
        const escape = C_ESCAPES[byte];
        if (escape !== undefined) {
            out += escape;
            quoted = true;
        }
        else if (byte < 0x20 || byte >= 0x7f) {
            out += `\\${byte.toString(8).padStart(3, "0")}`;
            quoted = true;
        }
        else {
            out += String.fromCharCode(byte);
        }
    }
    return quoted ? `"${out}"` : out;
}
/** Undo git's C-style quoting of a path (`"b/a\\tb"`): the bytes it names (octal escapes are raw bytes). */
function unquoteGitPathBytes(text) {
    if (!text.startsWith('"') || !text.endsWith('"') || text.length < 2)
        return Buffer.from(text, "utf8");
    const bytes = [];
    const simple = { a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, '"': 34, "\\": 92 };
    const body = Buffer.from(text.slice(1, -1), "utf8");
    for (let i = 0; i < body.length; i += 1) {
        const byte = body[i];
        if (byte !== 92) {
            bytes.push(byte);
            continue;
        }
        const next = String.fromCharCode(body[i + 1] ?? 0);
        if (/[0-7]/.test(next)) {
            bytes.push(parseInt(body.subarray(i + 1, i + 4).toString("latin1"), 8));
            i += 3;
        }
        else {
            bytes.push(simple[next] ?? body[i + 1] ?? 0);
            i += 1;
        }
    }
    return Uint8Array.from(bytes);
}


/***/ }),

/***/ 21576:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ judge),
/* harmony export */   i: () => (/* binding */ NOSEC_POLICIES)
/* harmony export */ });
/* harmony import */ var _finding_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(52669);
/* harmony import */ var _order_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(61158);


const NOSEC_POLICIES = ["honor", "new-is-regression"];
function judge(comparison, policy) {
    const passes = (f) => (0,_finding_js__WEBPACK_IMPORTED_MODULE_0__/* .meetsThreshold */ .M0)(f.severity, policy.severityLevel) && (0,_finding_js__WEBPACK_IMPORTED_MODULE_0__/* .meetsThreshold */ .M0)(f.confidence, policy.confidenceLevel);
    const honourAll = policy.nosec === "honor";
    const regressions = [];
    const moved = [];
    const changed = [];
    let unchanged = 0;
    for (const { head, base, how } of comparison.matched) {
        if (!passes(head.finding))
            continue;
        if (head.suppressed && honourAll)
            continue;
        const regression = { finding: head.finding, key: head.key, occurrence: head.occurrence, source: head.source, ...(head.lead ? { lead: head.lead } : {}) };
        // An edited statement is judged on both rankings; an identical one's confidence cannot rise
        // without the Bandit or its configuration changing, which both sides share.
        const rose = (0,_finding_js__WEBPACK_IMPORTED_MODULE_0__/* .levelRank */ .Le)(head.finding.severity) > (0,_finding_js__WEBPACK_IMPORTED_MODULE_0__/* .levelRank */ .Le)(base.severity) ||
            (how === "changed" && (0,_finding_js__WEBPACK_IMPORTED_MODULE_0__/* .levelRank */ .Le)(head.finding.confidence) > (0,_finding_js__WEBPACK_IMPORTED_MODULE_0__/* .levelRank */ .Le)(base.confidence));
        if (head.suppressed && !base.suppressed) {
            regressions.push({ kind: "suppressed", ...regression });
        }
        else if (!head.suppressed && rose) {
            regressions.push({ kind: "escalated", baselineSeverity: base.severity, ...regression });
        }
        else if (how === "exact") {
            unchanged += 1;
        }
        else {
            (how === "moved" ? moved : changed).push({ kind: how, head, base });
        }
    }
    for (const head of comparison.added) {
        if (!passes(head.finding))
            continue;
        if (head.suppressed && honourAll)
            continue;
        regressions.push({
            kind: head.suppressed ? "suppressed" : "new",
            finding: head.finding,
            key: head.key,
            occurrence: head.occurrence,
            source: head.source,
            ...(head.lead ? { lead: head.lead } : {}),
        });
    }
    // A finding that was silenced at the baseline was never reported, so its removal is no fix.
    const fixed = comparison.removed
        .filter((entry) => !entry.suppressed && passes(entry))
        .sort((a, b) => (0,_order_js__WEBPACK_IMPORTED_MODULE_1__/* .byText */ .z)(a.path, b.path) || (a.line ?? 0) - (b.line ?? 0) || (0,_order_js__WEBPACK_IMPORTED_MODULE_1__/* .byText */ .z)(a.testId, b.testId));
    const order = (a, b) => (0,_order_js__WEBPACK_IMPORTED_MODULE_1__/* .byText */ .z)(a.head.finding.path, b.head.finding.path) || a.head.finding.line - b.head.finding.line;
    return { regressions: sortRegressions(regressions), fixed, unchanged, moved: moved.sort(order), changed: changed.sort(order) };
}
function sortRegressions(list) {
    return list.sort((a, b) => (0,_order_js__WEBPACK_IMPORTED_MODULE_1__/* .byText */ .z)(a.finding.path, b.finding.path) ||
        a.finding.line - b.finding.line ||
        (0,_order_js__WEBPACK_IMPORTED_MODULE_1__/* .byText */ .z)(a.finding.testId, b.finding.testId));
}


/***/ }),

/***/ 9121:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ER: () => (/* binding */ parseEntry),
/* harmony export */   K_: () => (/* binding */ serialiseEntry),
/* harmony export */   TZ: () => (/* binding */ isCacheable),
/* harmony export */   eZ: () => (/* binding */ contentDigest),
/* harmony export */   g7: () => (/* binding */ splitByFile),
/* harmony export */   m4: () => (/* binding */ joinOutcomes),
/* harmony export */   zJ: () => (/* binding */ scanCacheKey)
/* harmony export */ });
/* unused harmony exports SCAN_CACHE_SCHEMA, DETERMINISTIC_FAILURE */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var _report_redact_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(11976);


/**
 * The pure half of the scan cache: what names an entry, what an entry holds, and how it is
 * written and checked. The adapter (src/adapters/caches/scan-cache.ts) does the reading and writing.
 *
 * An entry is one file's Bandit outcome. It is stored without the file's path, because Bandit's
 * findings for a file depend only on its bytes, the Bandit that ran (its version and the Python
 * running it) and the configuration; the path matters only through a configuration (excludes,
 * B101's `skips` globs), so the path joins the key exactly when there is a configuration.
 */
/** Part of every key: bump it when the entry layout or the meaning of a key changes, and old entries become misses. */
const SCAN_CACHE_SCHEMA = "bandit-gate/scan-cache/2";
/**
 * Bandit's reason for a syntax error (also a NUL byte or invalid UTF-8), the same in every
 * supported version. It is the one failure that follows from the file's bytes and the Python
 * parsing them, both in the key; other failures (unreadable file, a plugin crash) may be
 * passing, so they are never stored.
 */
const DETERMINISTIC_FAILURE = "syntax error while parsing AST from file";
function contentDigest(content) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)("sha256").update(content).digest("hex");
}
/** The entry's name: a hex digest of every input, so no input can be confused with another. */
function scanCacheKey(input) {
    const canonical = JSON.stringify([SCAN_CACHE_SCHEMA, input.scanner, input.configDigest, input.path ?? null, input.contentSha256]);
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)("sha256").update(canonical).digest("hex");
}
/** May this outcome be stored? Only when nothing in it could differ on the next run with the same key. */
function isCacheable(outcome) {
    // A file Bandit said nothing about was not scanned (the gate hands excluded files to no one):
    // remembering that would turn one broken run into passes.
    if (!outcome.scanned && outcome.failure === undefined)
        return false;
    return outcome.failure === undefined || outcome.failure === DETERMINISTIC_FAILURE;
}
/**
 * Split one Bandit run over `files` into one outcome per file. Undefined when the run names a
 * path that was not asked for: then nothing can be attributed safely, and nothing is stored.
 */
function splitByFile(result, files) {
    const outcomes = new Map(files.map((path) => [path, { scanned: false, findings: [] }]));
    for (const path of result.scanned) {
        const outcome = outcomes.get(path);
        if (!outcome)
            return undefined;
        outcome.scanned = true;
    }
    for (const finding of result.findings) {
        const outcome = outcomes.get(finding.path);
        if (!outcome)
            return undefined;
        const { path: _path, ...rest } = finding;
        outcome.findings.push(rest);
    }
    for (const failure of result.failures) {
        const outcome = outcomes.get(failure.path);
        if (!outcome || outcome.failure !== undefined)
            return undefined;
        outcome.failure = failure.reason;
    }
    return outcomes;
}
/** Put outcomes back together as one Bandit result, in the order of `files`. */
function joinOutcomes(files, outcomes) {
    const result = { findings: [], failures: [], scanned: [] };
    for (const path of files) {
        const outcome = outcomes.get(path);
        if (!outcome)
            continue;
        if (outcome.scanned)
            result.scanned.push(path);
        for (const finding of outcome.findings)
            result.findings.push({ path, ...finding, lineRange: [...finding.lineRange] });
        if (outcome.failure !== undefined)
            result.failures.push({ path, reason: outcome.failure });
    }
    return result;
}
function serialiseEntry(key, outcome) {
    // Entries leave the machine (the Action saves them to GitHub's cache service): a secret that a
    // hardcoded-password test quotes is stored as the reports show it, redacted.
    const redacted = { ...outcome, findings: outcome.findings.map((f) => ({ ...f, text: (0,_report_redact_js__WEBPACK_IMPORTED_MODULE_1__/* .redactText */ .Rd)(f.testId, f.text) })) };
    const body = JSON.stringify(normaliseOutcome(redacted));
    const entry = { schema: SCAN_CACHE_SCHEMA, key, outcome: body, sha256: sha256Text(body) };
    return `${JSON.stringify(entry)}\n`;
}
/** The outcome stored under `key`, or undefined for anything else: damaged, foreign, older. */
function parseEntry(text, key) {
    let entry;
    try {
        entry = JSON.parse(text);
    }
    catch {
        return undefined;
    }
    if (!isObject(entry) || entry.schema !== SCAN_CACHE_SCHEMA || entry.key !== key)
        return undefined;
    if (typeof entry.outcome !== "string" || typeof entry.sha256 !== "string" || sha256Text(entry.outcome) !== entry.sha256)
        return undefined;
    let body;
    try {
        body = JSON.parse(entry.outcome);
    }
    catch {
        return undefined;
    }
    return readOutcome(body);
}
function readOutcome(body) {
    if (!isObject(body) || typeof body.scanned !== "boolean" || !Array.isArray(body.findings))
        return undefined;
    if (body.failure !== undefined && typeof body.failure !== "string")
        return undefined;
    const findings = [];
    for (const raw of body.findings) {
        const finding = readFinding(raw);
        if (!finding)
            return undefined;
        findings.push(finding);
    }
    const outcome = { scanned: body.scanned, findings };
    if (typeof body.failure === "string")
        outcome.failure = body.failure;
    return isCacheable(outcome) ? outcome : undefined;
}
const LEVELS = ["UNDEFINED", "LOW", "MEDIUM", "HIGH"];
function readFinding(raw) {
    if (!isObject(raw))
        return undefined;
    const { line, lineRange, testId, testName, severity, confidence, text, column, cwe, moreInfo } = raw;
    if (!isCount(line) || line < 1)
        return undefined;
    if (!Array.isArray(lineRange) || lineRange.length === 0 || !lineRange.every((n) => isCount(n) && n >= 1))
        return undefined;
    if (typeof testId !== "string" || testId === "" || typeof testName !== "string" || typeof text !== "string")
        return undefined;
    if (!LEVELS.includes(severity) || !LEVELS.includes(confidence))
        return undefined;
    if (column !== undefined && !isCount(column))
        return undefined;
    if (cwe !== undefined && (!isCount(cwe) || cwe < 1))
        return undefined;
    if (moreInfo !== undefined && typeof moreInfo !== "string")
        return undefined;
    const finding = {
        line,
        lineRange: lineRange,
        testId,
        testName,
        severity: severity,
        confidence: confidence,
        text,
    };
    if (column !== undefined)
        finding.column = column;
    if (cwe !== undefined)
        finding.cwe = cwe;
    if (moreInfo !== undefined)
        finding.moreInfo = moreInfo;
    return finding;
}
/** Fixed field order and no stray fields, so equal outcomes are stored as equal text. */
function normaliseOutcome(outcome) {
    const findings = outcome.findings.map((f) => {
        const finding = {
            line: f.line,
            lineRange: [...f.lineRange],
            testId: f.testId,
            testName: f.testName,
            severity: f.severity,
            confidence: f.confidence,
            text: f.text,
        };
        if (f.column !== undefined)
            finding.column = f.column;
        if (f.cwe !== undefined)
            finding.cwe = f.cwe;
        if (f.moreInfo !== undefined)
            finding.moreInfo = f.moreInfo;
        return finding;
    });
    return { scanned: outcome.scanned, findings, ...(outcome.failure !== undefined ? { failure: outcome.failure } : {}) };
}
function sha256Text(text) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)("sha256").update(text, "utf8").digest("hex");
}
function isCount(value) {
    return typeof value === "number" && Number.isInteger(value) && value >= 0;
}
function isObject(value) {
    return typeof value === "object" && value !== null && !Array.isArray(value);
}


/***/ }),

/***/ 9148:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ig: () => (/* binding */ matchAcrossShards),
/* harmony export */   td: () => (/* binding */ policyOfRecord),
/* harmony export */   xP: () => (/* binding */ unmatchedRecord)
/* harmony export */ });
/* harmony import */ var _compare_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(17543);
/* harmony import */ var _order_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(61158);


const record = (map) => Object.fromEntries([...map].sort(([a], [b]) => (0,_order_js__WEBPACK_IMPORTED_MODULE_1__/* .byText */ .z)(a, b)).map(([path, defs]) => [path, [...defs].sort()]));
/** A shard's leftovers as its report carries them. */
function unmatchedRecord(comparison, change, policy) {
    return {
        policy: { severity_level: policy.severityLevel, confidence_level: policy.confidenceLevel, nosec: policy.nosec },
        head: comparison.added.map((item) => {
            const f = item.finding;
            const out = {
                path: f.path,
                line: f.line,
                line_range: [...f.lineRange],
                test_id: f.testId,
                test_name: f.testName,
                severity: f.severity,
                confidence: f.confidence,
                suppressed: item.suppressed,
                key: item.key,
                occurrence: item.occurrence,
                identity_path: item.identityPath,
            };
            if (f.column !== undefined)
                out.column = f.column;
            if (item.statement)
                out.statement = item.statement;
            return out;
        }),
        base: comparison.removed.map((entry) => {
            const out = {
                path: entry.path,
                test_id: entry.testId,
                test_name: entry.testName,
                severity: entry.severity,
                confidence: entry.confidence,
                suppressed: entry.suppressed,
                key: entry.key,
            };
            if (entry.line !== undefined)
                out.line = entry.line;
            if (entry.lineRange)
                out.line_range = [...entry.lineRange];
            if (entry.statement)
                out.statement = entry.statement;
            return out;
        }),
        base_defs: record(change.baseDefs),
        head_defs: record(change.headDefs),
        baseline_path_of: Object.fromEntries([...change.baselinePathOf].sort(([a], [b]) => (0,_order_js__WEBPACK_IMPORTED_MODULE_1__/* .byText */ .z)(a, b))),
        gone_files: [...change.goneFiles].sort(),
    };
}
function asHead(h) {
    const item = {
        finding: {
            path: h.path,
            line: h.line,
            lineRange: [...h.line_range],
            testId: h.test_id,
            testName: h.test_name,
            severity: h.severity,
            confidence: h.confidence,
            text: "",
            ...(h.column !== undefined ? { column: h.column } : {}),
        },
        key: h.key,
        occurrence: h.occurrence,
        suppressed: h.suppressed,
        source: [],
        identityPath: h.identity_path,
    };
    if (h.statement)
        item.statement = h.statement;
    return item;
}
function asBase(b) {
    const entry = {
        key: b.key,
        path: b.path,
        testId: b.test_id,
        testName: b.test_name,
        severity: b.severity,
        confidence: b.confidence,
        suppressed: b.suppressed,
    };
    if (b.line !== undefined)
        entry.line = b.line;
    if (b.line_range)
        entry.lineRange = [...b.line_range];
    if (b.statement)
        entry.statement = b.statement;
    return entry;
}
/**
 * Steps 2 and 3 of the cascade over every shard's leftovers, with the change facts of all shards
 * together. Pairs within one shard were already tried there (and same-file edits need hunks,
 * which reports do not carry), so only pairs across shards come out.
 */
function matchAcrossShards(parts) {
    const defs = (key) => {
        const out = new Map();
        for (const part of parts) {
            for (const [path, names] of Object.entries(part[key])) {
                const set = out.get(path) ?? new Set();
                names.forEach((n) => set.add(n));
                out.set(path, set);
            }
        }
        return out;
    };
    const change = {
        baselinePathOf: new Map(parts.flatMap((p) => Object.entries(p.baseline_path_of))),
        hunks: new Map(),
        baseDefs: defs("base_defs"),
        headDefs: defs("head_defs"),
        goneFiles: new Set(parts.flatMap((p) => p.gone_files)),
    };
    const base = parts.flatMap((p) => p.base.map(asBase));
    const head = parts.flatMap((p) => p.head.map(asHead));
    return (0,_compare_js__WEBPACK_IMPORTED_MODULE_0__/* .matchAcrossFiles */ .wq)(base, head, change);
}
function policyOfRecord(record) {
    return { severityLevel: record.policy.severity_level, confidenceLevel: record.policy.confidence_level, nosec: record.policy.nosec };
}


/***/ }),

/***/ 82348:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IX: () => (/* binding */ setAsideTestAsserts),
/* harmony export */   mq: () => (/* binding */ decideTestAsserts),
/* harmony export */   nE: () => (/* binding */ whatConfigSaysAboutTests)
/* harmony export */ });
/* unused harmony exports ASSERT_RULE, isTestPath */
/**
 * Bandit's B101 (`assert` used) in test files: asserts are what tests are made of, so by default
 * they are not judged there, unless the repository's own Bandit configuration says anything
 * about asserts or tests (then it wins) or the user asks for them (`--judge-test-asserts`).
 */
const ASSERT_RULE = "B101";
/** Directory names whose files are tests, wherever they sit in the tree. */
const TEST_DIRECTORIES = new Set(["tests", "test"]);
/**
 * pytest's and unittest's conventions: `test_*.py`, `*_test.py`, `conftest.py`, or anything under
 * a `tests/` or `test/` directory. Exact, case-sensitive names: `tests_util.py`, `testing.py`,
 * `Tests/`, `testsuite/` are not tests. Paths are repository-relative and normalised (git never
 * stores `..` segments).
 */
function isTestPath(path) {
    const parts = path.split("/");
    const name = parts[parts.length - 1] ?? "";
    if (parts.slice(0, -1).some((dir) => TEST_DIRECTORIES.has(dir)))
        return true;
    if (!name.endsWith(".py"))
        return false;
    return name === "conftest.py" || (name.startsWith("test_") && name.length > "test_.py".length) || (name.endsWith("_test.py") && name.length > "_test.py".length);
}
/**
 * Decide whether B101 in test files is judged. The configuration "says something about tests"
 * when it names B101 (in `skips` or `tests`), configures `assert_used`, excludes a path that
 * mentions "test", or a `.bandit` file sits in a subdirectory. Any of those means the repository
 * has made its own choice, and it wins over this default.
 */
function decideTestAsserts(config, paths, judgeTestAsserts) {
    if (judgeTestAsserts)
        return { judged: true, because: "judge-test-asserts is set" };
    const said = whatConfigSaysAboutTests(config);
    if (said)
        return { judged: true, because: `${config.source} ${said}` };
    const local = paths.perDirectoryBandit[0];
    if (local)
        return { judged: true, because: `the repository has a per-directory Bandit configuration (${local})` };
    return { judged: false, because: "the Bandit configuration says nothing about tests" };
}
/** What in the configuration concerns asserts or tests, or undefined when nothing does. */
function whatConfigSaysAboutTests(config) {
    if (config.kind === "none")
        return undefined;
    const text = config.kind === "pyproject" ? banditTables(config.text) : stripComments(config.text);
    if (/\bB101\b/.test(text))
        return "names B101";
    if (/assert_used/.test(text))
        return "configures assert_used";
    for (const value of settingValues(text, /^(exclude_dirs|exclude)$/)) {
        if (/test/i.test(value))
            return `excludes test paths (${value.replace(/\s+/g, " ").trim()})`;
    }
    return undefined;
}
/** The `[tool.bandit]` and `[tool.bandit.*]` tables of a pyproject.toml, comments removed. */
function banditTables(toml) {
    const out = [];
    let inside = false;
    for (const line of stripComments(toml).split(/\r?\n/)) {
        const header = /^\s*\[\[?\s*([^\]]+?)\s*\]\]?\s*$/.exec(line);
        if (header)
            inside = /^tool\.bandit(\.|$)/.test(header[1] ?? "");
        if (inside)
            out.push(line);
    }
    return out.join("\n");
}
/** Comments (`#` or `;` at a line's start, `#` after a value outside quotes) go. */
function stripComments(text) {
    return text
        .split(/\r?\n/)
        .map((line) => (/^\s*[#;]/.test(line) ? "" : line.replace(/\s#[^"']*$/, "")))
        .join("\n");
}
/** The raw values of the keys matching `key`, continuation lines included (TOML arrays, INI). */
function settingValues(text, key) {
    const values = [];
    let current;
    for (const line of text.split("\n")) {
        const setting = /^\s*([A-Za-z_][\w.-]*)\s*[=:](.*)$/.exec(line);
        if (setting || /^\s*\[/.test(line)) {
            if (current)
                values.push(current.join("\n"));
            current = setting && key.test(setting[1] ?? "") ? [setting[2] ?? ""] : undefined;
        }
        else if (current) {
            current.push(line);
        }
    }
    if (current)
        values.push(current.join("\n"));
    return values;
}
/** Split out the B101 findings in test files; everything else stays judged. */
function setAsideTestAsserts(items, locate) {
    const kept = [];
    const setAside = [];
    for (const item of items) {
        const { path, testId } = locate(item);
        (testId === ASSERT_RULE && isTestPath(path) ? setAside : kept).push(item);
    }
    return { kept, setAside };
}


/***/ }),

/***/ 11181:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ groupBy)
/* harmony export */ });
/** Group items by a key, keeping their order (Map.groupBy arrived after Node 20). */
function groupBy(items, key) {
    const groups = new Map();
    for (const item of items) {
        const k = key(item);
        const group = groups.get(k);
        if (group)
            group.push(item);
        else
            groups.set(k, [item]);
    }
    return groups;
}


/***/ }),

/***/ 41072:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ messages),
/* harmony export */   N: () => (/* binding */ PINNED_BANDIT_VERSION)
/* harmony export */ });
/**
 * What the user reads when something is theirs to fix: what happened, why, and the flag,
 * setting or command that fixes it. Kept together so the wording stays consistent.
 */
const PINNED_BANDIT_VERSION = "1.9.4";
const messages = {
    unknownHead: (ref) => `the head revision "${ref}" does not exist in this repository; check --head (or the checkout step)`,
    unknownBase: (ref) => `the baseline revision "${ref}" does not exist here, locally or on origin; check --base (input "base"), or fetch it first`,
    noDefaultBranch: (branch) => `cannot find the default branch "${branch}" (tried origin/${branch} and ${branch}); pass --base REF (input "base") naming the branch this work started from`,
    noMergeBase: (head, target) => `${head} and ${target} have no common ancestor, so there is no branch-off point to compare with; pass --base REF explicitly`,
    shallowNoMergeBase: (target) => `this shallow clone does not reach the branch-off point with ${target}, even after deepening; check out with full history (actions/checkout: \`fetch-depth: 0\`)`,
    banditMissing: (version) => `Bandit was not found (tried --bandit, $BANDIT_GATE_BANDIT, \`bandit\` on PATH and \`python3 -m bandit\`). ` +
        `Install it with \`python3 -m pip install --user "bandit[toml]==${version}"\` (or \`pipx install bandit==${version}\`), ` +
        `or point --bandit / BANDIT_GATE_BANDIT at an existing one`,
    banditUnusable: (command) => `the Bandit command "${command}" (from --bandit or BANDIT_GATE_BANDIT) did not answer \`--version\` like Bandit; check the command`,
    /** Files Bandit could not scan, each with Bandit's reason, and the two ways out. */
    scanFailed: (failures, setting = "--allow-scan-errors") => `Bandit could not scan ${failures.map((f) => `${f.path} (${f.reason})`).join(", ")}, so the gate cannot vouch for ` +
        `${failures.length === 1 ? "it" : "them"}; fix the file${failures.length === 1 ? "" : "s"} (usually a syntax error) or pass ${setting} to accept the gap`,
    /** Changed files the gate cannot name to git, Bandit or Python: a failure whatever --allow-scan-errors says. */
    unreadablePaths: (paths) => `cannot scan ${paths.map((p) => `${p.quoted} (${p.reason})`).join(", ")}: git, Bandit and Python cannot all be handed ` +
        `${paths.length === 1 ? "that name" : "those names"} intact, and a changed file left unscanned is never a pass; ` +
        `rename ${paths.length === 1 ? "it" : "them"} (\`git mv\`) to a UTF-8 name without line breaks or backslashes`,
    badBaselineFile: (file, problems) => `the baseline file ${file} is not usable: ${problems.join("; ")}. Recreate it with \`bandit-gate baseline --output ${file}\``,
    /** The reason given for a file Bandit was asked to scan and said nothing about. */
    banditNoResult: "Bandit returned no result for it, and no exclude_dirs of the configuration excludes it; check the Bandit command (--bandit)",
    strictConfig: (changes, setting = "--strict-config") => `this branch changes the gate's own configuration (${changes.join(", ")}), and ${setting} is set; ` +
        `make that change on the default branch (or in its own reviewed pull request) first`,
    banditTimedOut: (files, ms) => `Bandit did not finish within ${Math.round(ms / 1000)} s and was stopped while scanning ${files.slice(0, 10).join(", ")}` +
        `${files.length > 10 ? ` and ${files.length - 10} more` : ""}; raise --bandit-timeout (input bandit-timeout) if the scan is just slow`,
    badBanditConfig: (source, problem) => `the Bandit configuration ${source} cannot be used: ${problem}. Bandit would reject it too; fix [tool.bandit] (see Bandit's configuration documentation)`,
    missingBaselineFile: (file) => `the baseline file ${file} does not exist; create it with \`bandit-gate baseline --output ${file}\` on the branch you compare against`,
    undecodableBaseline: (path, reason) => `Python cannot decode the baseline version of ${path} (${reason}); every finding in it at head counts as new.`,
    /** `off`: this run does not scan notebooks; otherwise the baseline file was made without them. */
    notebooksAgainstFile: (paths, where, file, off) => `${paths.length} notebook(s) ${where} were not judged: ` +
        (off ? "notebooks are off (--no-notebooks, or the notebooks input set to false)" : `the baseline file ${file} holds no notebooks (it was made by an older bandit-gate, or with notebooks off)`) +
        ` (${paths.slice(0, 10).join(", ")}${paths.length > 10 ? `, and ${paths.length - 10} more` : ""}). ` +
        (off ? "Leave notebooks on to judge them." : `Regenerate it with \`bandit-gate baseline --output ${file}\` to judge them, or judge notebooks against a git baseline (--base REF).`),
    notebookOtherLanguage: (path, language) => `${path} is a notebook in ${language}, not Python: Bandit cannot judge it, so it was not scanned.`,
    textIdentity: (paths) => `Python could not parse ${paths.join(", ")}; findings there are matched by their text (whitespace folded), so reformatting them shows as new.`,
    commentRefused: (status) => `bandit-gate: GitHub refused the pull request comment (${status}); the verdict is unchanged. A pull request from a fork gets a read-only token, ` +
        "so no comment can be written there; otherwise give the job `permissions: pull-requests: write` (or pass a token that has it as github-token)",
};


/***/ }),

/***/ 61158:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   z: () => (/* binding */ byText)
/* harmony export */ });
/**
 * Text order by UTF-16 code unit: the same on every machine. `localeCompare` follows the
 * runtime's locale (and pays for its collator on first use), so a report's order, and with it
 * which of two equal findings pairs first, could differ between a laptop and a runner.
 */
function byText(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}


/***/ }),

/***/ 5020:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ placeOf),
/* harmony export */   E: () => (/* binding */ placeInCells)
/* harmony export */ });
/* harmony import */ var _gate_notebook_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(79835);

/**
 * The report with each regression and relocated finding in a notebook given its cell and line in
 * the cell (`lines`: per notebook path, the line map of its head version).
 */
function placeInCells(report, lines) {
    if (lines.size === 0)
        return report;
    const at = (path, line) => {
        const map = lines.get(path);
        return map ? (0,_gate_notebook_js__WEBPACK_IMPORTED_MODULE_0__/* .cellLineOf */ .qn)(map, line) : undefined;
    };
    const regressions = report.regressions.map((r) => {
        const where = at(r.path, r.line);
        return where ? { ...r, cell: where.cell, cell_line: where.line } : r;
    });
    const relocate = (list) => list.map((r) => {
        const where = at(r.to.path, r.to.line);
        return where ? { ...r, to: { ...r.to, cell: where.cell, cell_line: where.line } } : r;
    });
    return { ...report, regressions, moved: relocate(report.moved), changed: relocate(report.changed) };
}
/** `path:line`, or for a notebook `path (cell N, line M)`. */
function placeOf(path, line, where) {
    return where.cell !== undefined && where.cell_line !== undefined ? `${path} (cell ${where.cell}, line ${where.cell_line})` : `${path}:${line}`;
}


/***/ }),

/***/ 1432:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ renderMarkdown)
/* harmony export */ });
/* harmony import */ var _gate_blame_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(82743);
/* harmony import */ var _cells_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5020);
/* harmony import */ var _report_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(56859);



/** GitHub caps a step summary at 1 MiB; stay well inside it and say what was left out. */
const MAX_ROWS = 1000;
/** The job summary: a table of every regression (annotations are capped; this is not). */
function renderMarkdown(report) {
    const failed = report.counts.regressions > 0;
    const out = [];
    out.push(`## bandit-gate: ${failed ? "❌" : report.scan_errors.length > 0 ? "⚠️" : "✅"} ${escapeCell((0,_report_js__WEBPACK_IMPORTED_MODULE_2__/* .headline */ .Pl)(report))}`);
    out.push("");
    out.push(`Baseline: ${escapeCell((0,_report_js__WEBPACK_IMPORTED_MODULE_2__/* .describeBaseline */ .FT)(report.baseline))} · head: ${escapeCell(report.scanned.head)}` +
        `${report.scanned.shard ? ` · shard ${report.scanned.shard}` : ""} · Bandit ${escapeCell(report.bandit_version)}`);
    out.push("");
    if (failed) {
        // The commit column appears only when the baseline is a git revision (blame needs one).
        const commits = report.regressions.some((r) => r.introduced_in);
        out.push(`| Kind | Location | Rule | Severity | Confidence | Issue |${commits ? " Introduced in |" : ""}`);
        out.push(`| --- | --- | --- | --- | --- | --- |${commits ? " --- |" : ""}`);
        for (const r of report.regressions.slice(0, MAX_ROWS)) {
            const kind = r.kind === "escalated" ? `escalated (was ${r.baseline_severity ?? "?"})` : r.kind;
            const scope = r.function ? ` in \`${escapeCode(r.function)}\`` : "";
            const code = r.code.map((l) => l.trim()).filter(Boolean).join(" ");
            out.push(`| ${kind} | \`${escapeCode((0,_cells_js__WEBPACK_IMPORTED_MODULE_1__/* .placeOf */ .$)(r.path, r.line, r))}\`${scope} | ${r.test_id} ${escapeCell(r.test_name)} | ` +
                `${r.severity} | ${r.confidence} | ${escapeCell(r.text)}${r.cwe ? ` (CWE-${r.cwe})` : ""}` +
                `${code ? `<br>\`${escapeCode(truncate(code, 160))}\`` : ""} |` +
                (commits ? ` ${r.introduced_in ? escapeCell(truncate((0,_gate_blame_js__WEBPACK_IMPORTED_MODULE_0__/* .describeIntroducedIn */ .i)(r.introduced_in), 80)) : ""} |` : ""));
        }
        if (report.regressions.length > MAX_ROWS) {
            out.push("");
            out.push(`…and ${report.regressions.length - MAX_ROWS} more: see the JSON report for the complete list.`);
        }
        out.push("");
        out.push("Each row is a finding the branch introduced (**new**), made more severe (**escalated**) or hid " +
            "behind a `# nosec` comment that was not there at the baseline (**suppressed**). Fix the code; " +
            "do not silence it.");
        out.push("");
    }
    if (report.scan_errors.length > 0) {
        out.push("### Files Bandit could not scan");
        for (const f of report.scan_errors)
            out.push(`- \`${escapeCode(f.path)}\`: ${escapeCell(f.reason)}`);
        out.push("");
    }
    const relocated = [...(report.moved ?? []).map((r) => ["moved", r]), ...(report.changed ?? []).map((r) => ["changed", r])];
    if (relocated.length > 0) {
        out.push("<details><summary>Moved or edited in place (not regressions)</summary>");
        out.push("");
        out.push("| | Rule | From | To |");
        out.push("|---|---|---|---|");
        for (const [kind, r] of relocated.slice(0, MAX_ROWS)) {
            out.push(`| ${kind} | ${r.test_id} | \`${escapeCode(r.from.path)}${r.from.line !== undefined ? `:${r.from.line}` : ""}\` | \`${escapeCode((0,_cells_js__WEBPACK_IMPORTED_MODULE_1__/* .placeOf */ .$)(r.to.path, r.to.line, r.to))}\` |`);
        }
        out.push("");
        out.push("</details>");
        out.push("");
    }
    out.push(`Fixed: ${report.counts.fixed} · unchanged: ${report.counts.unchanged} · moved: ${report.counts.moved ?? 0} · changed: ${report.counts.changed ?? 0} · files judged: ${report.scanned.files.length}`);
    const tests = (0,_report_js__WEBPACK_IMPORTED_MODULE_2__/* .testAssertsLine */ .yn)(report);
    if (tests)
        out.push(`\n${escapeCell(tests)}`);
    for (const note of report.notes)
        out.push(`\n> ${escapeCell(note)}`);
    return `${out.join("\n")}\n`;
}
function escapeCell(text) {
    return text.replace(/\|/g, "\\|").replace(/\r?\n/g, " ").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
function escapeCode(text) {
    return text.replace(/\|/g, "\\|").replace(/`/g, "'").replace(/\r?\n/g, " ");
}
function truncate(text, max) {
    return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}


/***/ }),

/***/ 11976:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ secretValueFragments),
/* harmony export */   DY: () => (/* binding */ secretLiteralLines),
/* harmony export */   Rd: () => (/* binding */ redactText),
/* harmony export */   Wk: () => (/* binding */ redactSourceLines),
/* harmony export */   bp: () => (/* binding */ isSecretTest)
/* harmony export */ });
/* unused harmony export redactSource */
/**
 * Bandit's hardcoded-password tests quote the secret in their message and the flagged lines
 * hold it. Reports and stored baselines must never repeat it.
 */
const SECRET_TESTS = new Set(["B105", "B106", "B107"]);
function isSecretTest(testId) {
    return SECRET_TESTS.has(testId);
}
/**
 * `Possible hardcoded password: 'hunter2'` -> `Possible hardcoded password: '***'`. The value may
 * span lines (a triple-quoted literal): everything after the colon goes. A message without a
 * colon (another Bandit's wording) keeps only what precedes its first quote.
 */
function redactText(testId, text) {
    if (!isSecretTest(testId))
        return text;
    const colon = text.indexOf(":");
    if (colon !== -1)
        return `${text.slice(0, colon)}: '***'`;
    const quote = text.search(/["'`]/);
    return quote === -1 ? text : `${text.slice(0, quote).trimEnd()} '***'`;
}
/** Blank out the contents of every string literal on a flagged line of a secret finding. */
function redactSource(testId, line) {
    return redactSourceLines(testId, [line])[0];
}
/**
 * Blank out the contents of every string literal in the flagged lines of a secret finding,
 * reading them as one piece of source, so that a literal opened on one line (a triple-quoted
 * string, a backslash continuation) stays blanked on the lines it continues onto.
 *
 * `lead`: the lines of the finding's statement before the first flagged one (from the statement
 * reader), read but not returned, so that a literal opened there is known to be open.
 * `text`: Bandit's issue text, which quotes the value; any line of that value still visible
 * afterwards (a file the lexer misreads) is masked too.
 */
function redactSourceLines(testId, lines, options = {}) {
    if (!isSecretTest(testId))
        return [...lines];
    const lead = options.lead ?? [];
    let open;
    const out = [];
    for (const [index, line] of [...lead, ...lines].entries()) {
        const result = blankLine(line, open);
        open = result.open;
        if (index >= lead.length)
            out.push(result.line);
    }
    const fragments = valueFragments(options.text);
    return out.map((line) => fragments.reduce((acc, fragment) => acc.split(fragment).join("***"), line));
}
/**
 * Every line of `source` that holds part of a string literal on a flagged line of a secret
 * finding, with its redacted form: the flagged line itself, the lines a literal opened there
 * continues onto, and the lines back to where a literal the flagged line continues was opened.
 * `source` is lexed from its first line, which must start outside any literal (a whole file, or
 * a function from its first decorator or `def`), so no statement reader is needed. `line` is
 * 1-based in `source`; findings of other tests are ignored.
 */
function secretLiteralLines(source, flagged) {
    const lexed = [];
    let open;
    for (const line of source) {
        const result = blankLine(line, open);
        lexed.push({ openBefore: open, openAfter: result.open, redacted: result.line });
        open = result.open;
    }
    const marked = new Set();
    for (const f of flagged) {
        const at = f.line - 1;
        if (!isSecretTest(f.testId) || at < 0 || at >= source.length)
            continue;
        marked.add(at);
        for (let j = at; j > 0 && lexed[j]?.openBefore !== undefined; j -= 1)
            marked.add(j - 1);
        for (let j = at; j + 1 < source.length && (lexed[j]?.openAfter !== undefined || continuesStatement(lexed[j]?.redacted ?? "")); j += 1)
            marked.add(j + 1);
    }
    return [...marked]
        .sort((a, b) => a - b)
        .map((i) => ({ line: i + 1, original: source[i], redacted: lexed[i].redacted }));
}
/**
 * A line (literals already blanked) that a trailing backslash joins to the next, so a literal
 * on the next line is part of the same flagged statement (`"abc" \\` then `"def"`).
 */
function continuesStatement(blanked) {
    return !blanked.includes("#") && /(^|[^\\])(\\\\)*\\$/.test(blanked);
}
/** The parts of the secret value a secret finding's message quotes, to mask wherever they appear. */
function secretValueFragments(testId, text) {
    return isSecretTest(testId) ? valueFragments(text) : [];
}
/**
 * One line with its literals blanked. `open` is the quote of a literal left open by the lines
 * before (a triple quote, or a single quote continued by a backslash); the result says which
 * literal, if any, this line leaves open.
 */
function blankLine(line, open) {
    let out = "";
    let i = 0;
    let quote = open;
    if (quote !== undefined) {
        const end = closing(line, 0, quote);
        if (end === -1)
            return { line: lineContinues(line, quote) ? "***\\" : "***", open: stillOpen(line, quote) };
        out += `***${quote}`;
        i = end + quote.length;
        quote = undefined;
    }
    while (i < line.length) {
        const ch = line[i];
        if (ch === "#")
            return { line: out + line.slice(i), open: undefined };
        if (ch !== '"' && ch !== "'") {
            out += ch;
            i += 1;
            continue;
        }
        const q = line.startsWith(ch.repeat(3), i) ? ch.repeat(3) : ch;
        const end = closing(line, i + q.length, q);
        if (end === -1) {
            // Unterminated here: blanked to the end of the line, and open on the next if it continues.
            return { line: `${out}${q}***${lineContinues(line, q) ? "\\" : ""}`, open: stillOpen(line, q) };
        }
        out += `${q}***${q}`;
        i = end + q.length;
    }
    return { line: out, open: undefined };
}
/** Where `quote` closes in `line` from `from`, skipping escapes; -1 when it does not. */
function closing(line, from, quote) {
    let j = from;
    while (j < line.length) {
        if (line[j] === "\\") {
            j += 2;
            continue;
        }
        if (line.startsWith(quote, j))
            return j;
        j += 1;
    }
    return -1;
}
/** A single-quoted literal goes on to the next line only after a trailing backslash. */
function lineContinues(line, quote) {
    return quote.length === 1 && /(^|[^\\])(\\\\)*\\$/.test(line);
}
function stillOpen(line, quote) {
    return quote.length === 3 || lineContinues(line, quote) ? quote : undefined;
}
/** The lines of the value Bandit quotes in its message (`...: 'value'`), long enough to mask safely. */
function valueFragments(text) {
    if (text === undefined)
        return [];
    const colon = text.indexOf(":");
    if (colon === -1)
        return [];
    const value = text.slice(colon + 1).trim().replace(/^'/, "").replace(/'$/, "");
    return [...new Set(value.split(/\r\n|\r|\n/).map((part) => part.trim()).filter((part) => part.length >= 4 && part !== "***"))]
        .sort((a, b) => b.length - a.length);
}


/***/ }),

/***/ 56859:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ab: () => (/* binding */ toRelocatedRecord),
/* harmony export */   FK: () => (/* binding */ buildReport),
/* harmony export */   FO: () => (/* binding */ exitCodeOf),
/* harmony export */   FT: () => (/* binding */ describeBaseline),
/* harmony export */   Pl: () => (/* binding */ headline),
/* harmony export */   Ux: () => (/* binding */ finishReport),
/* harmony export */   hF: () => (/* binding */ renderJson),
/* harmony export */   yn: () => (/* binding */ testAssertsLine)
/* harmony export */ });
/* unused harmony export relocatedCounts */
/* harmony import */ var _redact_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(11976);

function buildReport(verdict, context) {
    const regressions = verdict.regressions.map(toRegressionRecord);
    const fixed = verdict.fixed.map(toFixedRecord);
    return finishReport({
        regressions,
        fixed,
        moved: (verdict.moved ?? []).map(toRelocatedRecord),
        changed: (verdict.changed ?? []).map(toRelocatedRecord),
        unchanged: verdict.unchanged,
        baseline: context.baseline,
        scanned: context.scanned,
        bandit_version: context.banditVersion,
        scan_errors: context.failures,
        notes: context.notes,
        ...(context.testAsserts ? { test_asserts: context.testAsserts } : {}),
        ...(context.gateChanges?.length ? { gate_changes: context.gateChanges } : {}),
        ...(context.unmatched ? { unmatched: context.unmatched } : {}),
    });
}
/** Fill in verdict and counts from the lists, so they can never disagree. */
function finishReport(parts) {
    const moved = parts.moved ?? [];
    const changed = parts.changed ?? [];
    const count = (kind) => parts.regressions.filter((r) => r.kind === kind).length;
    return {
        schema: "bandit-gate/report",
        schema_version: 1,
        verdict: parts.regressions.length > 0 ? "fail" : parts.scan_errors.length > 0 ? "error" : "pass",
        ...parts,
        moved,
        changed,
        counts: {
            regressions: parts.regressions.length,
            new: count("new"),
            escalated: count("escalated"),
            suppressed: count("suppressed"),
            fixed: parts.fixed.length,
            moved: moved.length,
            changed: changed.length,
            unchanged: parts.unchanged,
        },
    };
}
function toRegressionRecord(r) {
    const f = r.finding;
    const record = {
        path: f.path,
        line: f.line,
        end_line: f.lineRange[f.lineRange.length - 1] ?? f.line,
        test_id: f.testId,
        test_name: f.testName,
        severity: f.severity,
        confidence: f.confidence,
        kind: r.kind,
        text: (0,_redact_js__WEBPACK_IMPORTED_MODULE_0__/* .redactText */ .Rd)(f.testId, f.text),
        fingerprint: `${r.key}:${r.occurrence}`,
        code: (0,_redact_js__WEBPACK_IMPORTED_MODULE_0__/* .redactSourceLines */ .Wk)(f.testId, r.source, { ...(r.lead ? { lead: r.lead } : {}), text: f.text }),
    };
    // Bandit's column belongs to the statement's first line, which is not always the reported one.
    if (f.column !== undefined && f.lineRange[0] === f.line)
        record.column = f.column;
    if (f.cwe !== undefined)
        record.cwe = f.cwe;
    if (r.function !== undefined)
        record.function = r.function;
    if (r.baselineSeverity !== undefined)
        record.baseline_severity = r.baselineSeverity;
    if (f.moreInfo !== undefined)
        record.more_info = f.moreInfo;
    if (r.introducedIn !== undefined)
        record.introduced_in = r.introducedIn;
    return record;
}
function toRelocatedRecord(r) {
    const f = r.head.finding;
    const from = { path: r.base.path, severity: r.base.severity, confidence: r.base.confidence };
    if (r.base.line !== undefined)
        from.line = r.base.line;
    const to = { path: f.path, line: f.line, end_line: f.lineRange[f.lineRange.length - 1] ?? f.line };
    const scope = r.head.statement?.scope;
    if (scope)
        to.function = scope;
    return {
        test_id: f.testId,
        test_name: f.testName,
        severity: f.severity,
        confidence: f.confidence,
        from,
        to,
        fingerprint: `${r.head.key}:${r.head.occurrence}`,
    };
}
function toFixedRecord(entry) {
    const record = {
        path: entry.path,
        test_id: entry.testId,
        test_name: entry.testName,
        severity: entry.severity,
        confidence: entry.confidence,
    };
    if (entry.line !== undefined)
        record.line = entry.line;
    if (entry.text !== undefined)
        record.text = (0,_redact_js__WEBPACK_IMPORTED_MODULE_0__/* .redactText */ .Rd)(entry.testId, entry.text);
    return record;
}
function renderJson(report) {
    return `${JSON.stringify(report, null, 2)}\n`;
}
/** One line for logs and the end of the text report. */
function headline(report) {
    const n = report.counts.regressions;
    const files = report.scanned.files.length;
    const scope = `${files} changed Python file${files === 1 ? "" : "s"}`;
    if (n === 0) {
        const tail = report.scan_errors.length > 0 ? `; ${report.scan_errors.length} file(s) could not be scanned` : "";
        return `no security regressions in ${scope} (${report.counts.fixed} fixed, ${report.counts.unchanged} unchanged${relocatedCounts(report)})${tail}`;
    }
    const parts = ["new", "escalated", "suppressed"]
        .filter((k) => report.counts[k] > 0)
        .map((k) => `${report.counts[k]} ${k}`);
    return `${n} security regression${n === 1 ? "" : "s"} (${parts.join(", ")}) in ${scope}`;
}
/** ", 2 moved, 1 changed" when there are any (older reports have no such counts). */
function relocatedCounts(report) {
    const moved = report.counts.moved ?? 0;
    const changed = report.counts.changed ?? 0;
    return `${moved > 0 ? `, ${moved} moved` : ""}${changed > 0 ? `, ${changed} changed` : ""}`;
}
/** The one line that says test asserts were not judged, and the switch that judges them. */
function testAssertsLine(report) {
    const t = report.test_asserts;
    if (!t || t.judged || t.set_aside === 0)
        return undefined;
    return (`${t.set_aside} B101 (assert) finding${t.set_aside === 1 ? "" : "s"} in test files not judged, as ${t.because}; ` +
        "judge them with `judge-test-asserts: true` (CLI `--judge-test-asserts`)");
}
function describeBaseline(baseline) {
    return baseline.mode === "git"
        ? `${baseline.ref} @ ${baseline.commit.slice(0, 12)}`
        : `baseline file ${baseline.file}`;
}
/** 0 pass, 1 regressions, 3 files Bandit could not scan (unless allowed; it wins over 1, since the verdict is incomplete). */
function exitCodeOf(report, allowScanErrors, strictConfig = false) {
    if (report.scan_errors.length > 0 && !allowScanErrors)
        return 3;
    if (strictConfig && (report.gate_changes?.length ?? 0) > 0)
        return 1;
    return report.counts.regressions > 0 ? 1 : 0;
}


/***/ }),

/***/ 30149:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   lk: () => (/* binding */ renderTimingsMarkdown),
/* harmony export */   sx: () => (/* binding */ NO_TIMER),
/* harmony export */   wo: () => (/* binding */ PhaseRecorder)
/* harmony export */ });
/* unused harmony export renderTimingsText */
/** For callers that do not time anything (tests of other things, the fix step's own rescans). */
const NO_TIMER = {
    time: (_phase, work) => work(),
    count: () => undefined,
};
/** The order phases happen in, for the table. */
const ORDER = ["git: merge-base", "git: deepening", "git: diff", "git: read files", "provision", "scan: head", "scan: baseline", "statements", "compare", "git: blame", "report", "fix rounds"];
/** Records phases with the clock it is given (the entry points give `performance.now`). */
class PhaseRecorder {
    now;
    phases = new Map();
    counters = new Map();
    constructor(now) {
        this.now = now;
    }
    async time(phase, work) {
        const start = this.now();
        try {
            return await work();
        }
        finally {
            const entry = this.phases.get(phase) ?? { phase, ms: 0, runs: 0 };
            entry.ms += this.now() - start;
            entry.runs += 1;
            this.phases.set(phase, entry);
        }
    }
    count(counter, n) {
        this.counters.set(counter, (this.counters.get(counter) ?? 0) + n);
    }
    timings() {
        return ORDER.flatMap((phase) => {
            const entry = this.phases.get(phase);
            return entry ? [{ ...entry }] : [];
        });
    }
    counts() {
        return [...this.counters];
    }
}
const seconds = (ms) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${Math.round(ms)} ms`);
/** Head and baseline are scanned at the same time, and deepening is part of merge-base: say so. */
const OVERLAP_NOTE = "Scans of head and baseline run at once; deepening is part of merge-base.";
function renderTimingsMarkdown(timings, counts, totalMs) {
    if (timings.length === 0)
        return "";
    const rows = timings.map((t) => `| ${t.phase} | ${seconds(t.ms)} |${t.runs > 1 ? ` ${t.runs} runs` : ""} |`);
    const countLine = counts.length > 0 ? `\n${counts.map(([name, n]) => `${name}: ${n}`).join(", ")}.` : "";
    return `<details><summary>Time by phase (total ${seconds(totalMs)})</summary>\n\n| phase | time | |\n| --- | ---: | --- |\n${rows.join("\n")}\n\n${OVERLAP_NOTE}${countLine}\n\n</details>\n`;
}
function renderTimingsText(timings, counts, totalMs) {
    const width = Math.max(0, ...timings.map((t) => t.phase.length));
    const lines = timings.map((t) => `  ${t.phase.padEnd(width)}  ${seconds(t.ms).padStart(8)}${t.runs > 1 ? `  (${t.runs} runs)` : ""}`);
    const countLine = counts.map(([name, n]) => `  ${name}: ${n}`);
    return [`time by phase (total ${seconds(totalMs)}; ${OVERLAP_NOTE.toLowerCase()})`, ...lines, ...countLine].join("\n") + "\n";
}


/***/ })

};
