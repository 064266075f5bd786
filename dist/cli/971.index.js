export const id = 971;
export const ids = [971];
export const modules = {

/***/ 4971:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  FIX_OPTIONS: () => (/* binding */ FIX_OPTIONS),
  fixCommand: () => (/* binding */ fixCommand),
  fixSettingsFromFlags: () => (/* binding */ fixSettingsFromFlags),
  renderSummary: () => (/* binding */ renderSummary)
});

// EXTERNAL MODULE: ./node_modules/@anthropic-ai/sdk/client.mjs + 226 modules
var client = __webpack_require__(7766);
// EXTERNAL MODULE: ./build/core/errors.js
var errors = __webpack_require__(2807);
;// CONCATENATED MODULE: ./build/adapters/generators/generator.js
/** The backend failed in a way retrying inside the SDK did not cure. */
class GenerationError extends Error {
    name = "GenerationError";
}
/** The backend has no more replies to give (a replay file ran out): the loop stops, keeping what it has. */
class GeneratorExhausted extends Error {
    name = "GeneratorExhausted";
}
/**
 * The backend has nothing (more) to offer for this one function (no codemod applies, or its one
 * deterministic rewrite was already tried): the loop moves on to the next function.
 */
class NoCandidate extends Error {
    name = "NoCandidate";
}

;// CONCATENATED MODULE: ./build/adapters/generators/anthropic.js



const DEFAULT_ANTHROPIC_SETTINGS = { maxRetries: 4, timeoutMs: 120_000 };
/** The Messages API through the official SDK. */
class AnthropicGenerator {
    settings;
    kind = "anthropic";
    /**
     * API version 2026-10-21 (sent by SDK 1.x) rejects temperature, top_p and top_k with a 400,
     * even at their defaults, so the ramp cannot be applied here; rounds still differ because the
     * prompt adapts.
     */
    supportsTemperature = false;
    client;
    /**
     * The key is a parameter, never read from (or copied into) an environment: nothing this
     * process starts can see it through this class.
     */
    constructor(settings, credentials) {
        this.settings = settings;
        const apiKey = credentials.apiKey?.trim();
        if (!apiKey) {
            throw new errors/* ConfigurationError */.j1("the anthropic generator needs an API key: set ANTHROPIC_API_KEY (or use --generator replay:FILE to replay recorded replies)");
        }
        this.client = new client/* Anthropic */.N({
            apiKey,
            // Given explicitly so the SDK does not fall back on process.env.
            baseURL: credentials.baseURL?.trim() || null,
            maxRetries: settings.maxRetries,
            timeout: settings.timeoutMs,
        });
    }
    get model() {
        return this.settings.model;
    }
    async countInputTokens(prompt, history = []) {
        try {
            const counted = await this.client.messages.countTokens({
                model: this.settings.model,
                messages: [...history, { role: "user", content: prompt }],
            });
            return counted.input_tokens;
        }
        catch (error) {
            throw asGenerationError(error, "counting the prompt's tokens");
        }
    }
    async generate(request) {
        let message;
        try {
            message = await this.client.messages.create({
                model: this.settings.model,
                max_tokens: request.maxOutputTokens,
                messages: [...(request.history ?? []), { role: "user", content: request.prompt }],
            });
        }
        catch (error) {
            throw asGenerationError(error, "generating a candidate");
        }
        const text = message.content
            .filter((block) => block.type === "text")
            .map((block) => block.text)
            .join("\n");
        const usage = message.usage;
        return {
            text,
            usage: {
                inputTokens: usage.input_tokens + (usage.cache_creation_input_tokens ?? 0) + (usage.cache_read_input_tokens ?? 0),
                outputTokens: usage.output_tokens,
            },
            model: message.model,
            stopReason: message.stop_reason,
        };
    }
}
function asGenerationError(error, doing) {
    if (error instanceof client/* Anthropic */.N.AuthenticationError) {
        return new errors/* ConfigurationError */.j1(`the Anthropic API rejected the key while ${doing} (401); check ANTHROPIC_API_KEY`);
    }
    if (error instanceof client/* Anthropic */.N.NotFoundError || error instanceof client/* Anthropic */.N.BadRequestError) {
        return new errors/* ConfigurationError */.j1(`the Anthropic API refused the request while ${doing} (${error.status}): ${error.message}; check --model`);
    }
    if (error instanceof client/* Anthropic */.N.APIError) {
        return new GenerationError(`the Anthropic API failed while ${doing} after retries (${error.status ?? "no status"}): ${error.message}`);
    }
    return error instanceof Error ? error : new Error(String(error));
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
;// CONCATENATED MODULE: ./build/adapters/generators/replay.js



/**
 * Replies read from a file, handed out in order. The file is either
 * `{"responses": [{"text": "...", "usage": {...}}, ...]}` (or a bare array of those or of strings),
 * or the JSON record of an earlier `fix` run, whose rounds' replies are replayed exactly.
 */
class ReplayGenerator {
    responses;
    source;
    kind = "replay";
    supportsTemperature = true;
    next = 0;
    constructor(responses, source) {
        this.responses = responses;
        this.source = source;
    }
    static async fromFile(path) {
        let text;
        try {
            text = await (0,promises_.readFile)(path, "utf8");
        }
        catch (error) {
            throw new errors/* ConfigurationError */.j1(`cannot read the replay file ${path}: ${error.message}; check --generator replay:FILE`);
        }
        let data;
        try {
            data = JSON.parse(text);
        }
        catch (error) {
            throw new errors/* ConfigurationError */.j1(`the replay file ${path} is not JSON: ${error.message}`);
        }
        return new ReplayGenerator(responsesOf(data, path), path);
    }
    async countInputTokens(prompt) {
        const recorded = this.responses[this.next]?.usage?.input_tokens;
        return recorded ?? Math.ceil(prompt.length / 4);
    }
    async generate(request) {
        const response = this.responses[this.next];
        if (!response) {
            throw new GeneratorExhausted(`the replay file ${this.source} has no more responses (it holds ${this.responses.length})`);
        }
        this.next += 1;
        return {
            text: response.text,
            usage: {
                inputTokens: response.usage?.input_tokens ?? Math.ceil(request.prompt.length / 4),
                outputTokens: Math.min(response.usage?.output_tokens ?? Math.ceil(response.text.length / 4), request.maxOutputTokens),
            },
            ...(response.model ? { model: response.model } : {}),
            stopReason: "end_turn",
        };
    }
}
function responsesOf(data, path) {
    const bad = () => new errors/* ConfigurationError */.j1(`the replay file ${path} must hold {"responses": [...]}, an array of replies, or a fix run record`);
    const one = (item) => {
        if (typeof item === "string")
            return { text: item };
        if (item && typeof item === "object" && typeof item.text === "string")
            return item;
        throw bad();
    };
    if (Array.isArray(data))
        return data.map(one);
    if (data && typeof data === "object") {
        const record = data;
        if (Array.isArray(record.responses))
            return record.responses.map(one);
        if (record.schema === "bandit-gate/remediation-run" && Array.isArray(record.functions)) {
            return record.functions.flatMap((f) => (f.rounds ?? []).map((r) => ({ text: r.reply, ...(r.usage ? { usage: r.usage } : {}) })));
        }
    }
    throw bad();
}

// EXTERNAL MODULE: ./build/adapters/git.js
var adapters_git = __webpack_require__(6689);
// EXTERNAL MODULE: ./build/app/compose.js + 11 modules
var compose = __webpack_require__(8842);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
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
var child_env = __webpack_require__(6462);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./build/app/settings.js
var settings = __webpack_require__(4827);
;// CONCATENATED MODULE: ./build/core/fix/codemods/catalog.js
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

;// CONCATENATED MODULE: ./build/app/fix-settings.js





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
function fixSettingsFrom(values, gate, context, name = settings/* flagName */.GI, problems = []) {
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
        generator = { kind: "replay", file: (0,external_node_path_.resolve)(context.cwd, chosen.slice("replay:".length)) };
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
        output = { kind: "patch", file: (0,external_node_path_.resolve)(context.cwd, values.patch) };
    const testCommand = values["test-command"]?.trim();
    if (values["test-command"] !== undefined && !testCommand)
        problems.push(`${name("test-command")} must not be empty`);
    const testEnv = parseNameList(values["test-env"] ?? []);
    problems.push(...(0,child_env/* checkPassedNames */.Hx)(testEnv, name("test-env")));
    if (problems.length > 0 || !gate)
        throw new errors/* ConfigurationError */.j1(problems.join("\n"));
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
        profilePath: values.profile !== undefined ? (0,external_node_path_.resolve)(context.cwd, values.profile) : (0,external_node_path_.join)(context.repoRoot, DEFAULT_PROFILE_PATH),
        ...(values.record !== undefined ? { recordPath: (0,external_node_path_.resolve)(context.cwd, values.record) } : {}),
        output,
    };
}
function codemodOptionsFrom(values, name, problems) {
    const list = parseCodemodList(values["disable-codemods"] ?? "");
    if (list.unknown.length > 0)
        problems.push(`${name("disable-codemods")} names unknown codemods (${list.unknown.join(", ")}); known: ${CODEMOD_IDS.join(", ")}`);
    const text = values["http-timeout"];
    const seconds = text === undefined || text.trim() === "" ? DEFAULT_HTTP_TIMEOUT_SECONDS : Number(text);
    if (!Number.isFinite(seconds) || seconds <= 0 || seconds > 3600) {
        problems.push(`${name("http-timeout")} must be a number of seconds above 0 and at most 3600 (got "${text}")`);
    }
    return { disabled: list.ids, httpTimeoutSeconds: seconds };
}

// EXTERNAL MODULE: ./build/adapters/files/directories.js
var directories = __webpack_require__(3486);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: ./build/adapters/python/ast.js + 1 modules
var ast = __webpack_require__(7270);
;// CONCATENATED MODULE: ./build/core/fix/candidate.js
const FENCE = /^[ \t]*(`{3,}|~{3,})[ \t]*([A-Za-z0-9_+-]*)[^\n]*$/;
function fencedBlocks(text) {
    const lines = text.replace(/\r\n?/g, "\n").split("\n");
    const blocks = [];
    let open;
    for (const line of lines) {
        const match = FENCE.exec(line);
        if (!open) {
            if (match)
                open = { fence: match[1], language: (match[2] ?? "").toLowerCase(), body: [] };
            continue;
        }
        if (match && match[1][0] === open.fence[0] && match[1].length >= open.fence.length && match[2] === "") {
            blocks.push({ language: open.language, body: open.body.join("\n") });
            open = undefined;
        }
        else {
            open.body.push(line);
        }
    }
    return blocks;
}
/**
 * Take the single fenced Python block of a reply and split its leading import lines from the
 * function. Untagged blocks count only when there is no tagged one.
 */
function parseReply(reply) {
    const blocks = fencedBlocks(reply);
    const python = blocks.filter((b) => ["python", "py", "python3"].includes(b.language));
    const chosen = python.length > 0 ? python : blocks.filter((b) => b.language === "");
    if (chosen.length === 0)
        return { ok: false, reason: "the reply has no fenced python code block" };
    if (chosen.length > 1)
        return { ok: false, reason: `the reply has ${chosen.length} python code blocks; exactly one was asked for` };
    const lines = chosen[0].body.split("\n");
    const imports = [];
    let i = 0;
    let depth = 0;
    let continued = false;
    for (; i < lines.length; i += 1) {
        const line = lines[i];
        const trimmed = line.trim();
        if (depth > 0 || continued) {
            imports.push(line);
        }
        else if (trimmed === "") {
            continue;
        }
        else if (/^(import|from)\s/.test(trimmed) && line === line.trimStart()) {
            imports.push(line);
        }
        else {
            break;
        }
        depth += (line.match(/\(/g)?.length ?? 0) - (line.match(/\)/g)?.length ?? 0);
        continued = /\\\s*$/.test(line);
    }
    const functionSource = lines.slice(i).join("\n").replace(/\s+$/, "");
    if (functionSource === "")
        return { ok: false, reason: "the code block holds no function" };
    return { ok: true, imports, functionSource: `${functionSource}\n` };
}

;// CONCATENATED MODULE: ./build/core/fix/codemods/attribution.js
/**
 * Which fixes are codemods and which came from a model. The codemod generator records itself in
 * a round's `model` field as `codemod:<id>,<id>`; everything else is a model's reply.
 */
const CODEMOD_MODEL_PREFIX = "codemod:";
function codemodModelName(ids) {
    return `${CODEMOD_MODEL_PREFIX}${[...new Set(ids)].join(",")}`;
}
/** The codemods behind a round, or undefined when a model wrote it. */
function codemodsOf(model) {
    if (!model?.startsWith(CODEMOD_MODEL_PREFIX))
        return undefined;
    return model.slice(CODEMOD_MODEL_PREFIX.length).split(",").filter(Boolean);
}
/** One cell for a reviewer: `codemod (yaml-safe-load)` or `model (claude-…)`. */
function fixedBy(round, fallbackModel) {
    const codemods = codemodsOf(round?.model);
    if (codemods)
        return `codemod (${codemods.join(", ")})`;
    const model = round?.model ?? fallbackModel;
    return model ? `model (${model})` : "model";
}

// EXTERNAL MODULE: ./build/core/gate/finding.js
var finding = __webpack_require__(2669);
// EXTERNAL MODULE: ./build/core/group.js
var group = __webpack_require__(1181);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./build/core/fix/rule-map.js
/**
 * How much a finding of each Bandit test raises the weight of the rules that would have avoided
 * it. The only place this mapping lives; a unit test checks that every test id of the pinned
 * Bandit is either here or in DELIBERATELY_UNMAPPED.
 */
const RULE_DELTAS = {
    B101: { input_validation: 0.1 }, // assert disappears under -O: checks must be real code
    B102: { shell_injection_prevention: 0.35, input_validation: 0.1 }, // exec
    B103: { file_permission_safety: 0.3 },
    B104: { network_timeout_safety: 0.15 }, // binding to every interface
    B105: { secret_handling: 0.3 },
    B106: { secret_handling: 0.25 },
    B107: { secret_handling: 0.25 },
    B108: { temp_file_safety: 0.2 },
    B113: { network_timeout_safety: 0.3 },
    B201: { shell_injection_prevention: 0.2 }, // Flask's debugger runs arbitrary code
    B202: { input_validation: 0.25, file_permission_safety: 0.1 }, // unchecked tar members
    B301: { deserialization_safety: 0.35 },
    B302: { deserialization_safety: 0.3 },
    B303: { crypto_hygiene: 0.3 },
    B304: { crypto_hygiene: 0.3 },
    B305: { crypto_hygiene: 0.25 },
    B306: { temp_file_safety: 0.3 },
    B307: { shell_injection_prevention: 0.35 },
    B308: { input_validation: 0.25 },
    B310: { input_validation: 0.2, network_timeout_safety: 0.1 }, // urlopen accepts file:// URLs
    B311: { crypto_hygiene: 0.2 },
    B312: { crypto_hygiene: 0.2 }, // telnet is cleartext
    B313: { deserialization_safety: 0.25, input_validation: 0.1 },
    B314: { deserialization_safety: 0.25, input_validation: 0.1 },
    B315: { deserialization_safety: 0.25, input_validation: 0.1 },
    B316: { deserialization_safety: 0.25, input_validation: 0.1 },
    B317: { deserialization_safety: 0.25, input_validation: 0.1 },
    B318: { deserialization_safety: 0.25, input_validation: 0.1 },
    B319: { deserialization_safety: 0.25, input_validation: 0.1 },
    B320: { deserialization_safety: 0.25, input_validation: 0.1 }, // older Bandit versions
    B321: { crypto_hygiene: 0.2 }, // FTP is cleartext
    B323: { crypto_hygiene: 0.3 },
    B324: { crypto_hygiene: 0.3 },
    B325: { temp_file_safety: 0.3 }, // os.tempnam, older Bandit versions
    B401: { crypto_hygiene: 0.1 },
    B402: { crypto_hygiene: 0.1 },
    B403: { deserialization_safety: 0.15 },
    B404: { subprocess_safety: 0.1 },
    B405: { deserialization_safety: 0.1 },
    B406: { deserialization_safety: 0.1 },
    B407: { deserialization_safety: 0.1 },
    B408: { deserialization_safety: 0.1 },
    B409: { deserialization_safety: 0.1 },
    B410: { deserialization_safety: 0.1 }, // lxml, older Bandit versions
    B411: { deserialization_safety: 0.15 },
    B412: { input_validation: 0.15 }, // httpoxy: the Proxy header is attacker-controlled
    B413: { crypto_hygiene: 0.2 },
    B415: { crypto_hygiene: 0.1 },
    B501: { crypto_hygiene: 0.3, network_timeout_safety: 0.1 },
    B502: { crypto_hygiene: 0.3 },
    B503: { crypto_hygiene: 0.2 },
    B504: { crypto_hygiene: 0.2 },
    B505: { crypto_hygiene: 0.3 },
    B506: { deserialization_safety: 0.35 },
    B507: { crypto_hygiene: 0.3 },
    B508: { crypto_hygiene: 0.2 },
    B509: { crypto_hygiene: 0.25 },
    B601: { shell_injection_prevention: 0.3 },
    B602: { subprocess_safety: 0.35, shell_injection_prevention: 0.35 },
    B603: { subprocess_safety: 0.15 },
    B604: { shell_injection_prevention: 0.3, subprocess_safety: 0.2 },
    B605: { shell_injection_prevention: 0.35, subprocess_safety: 0.2 },
    B606: { subprocess_safety: 0.15 },
    B607: { subprocess_safety: 0.2 },
    B608: { sql_injection_prevention: 0.35 },
    B609: { shell_injection_prevention: 0.3 },
    B610: { sql_injection_prevention: 0.3 },
    B611: { sql_injection_prevention: 0.35 },
    B612: { deserialization_safety: 0.25 }, // logging.config.listen evaluates received configuration
    B614: { deserialization_safety: 0.35 },
    B615: { deserialization_safety: 0.2 }, // unpinned model downloads load untrusted artefacts
    B701: { input_validation: 0.3 },
    B702: { input_validation: 0.25 },
    B703: { input_validation: 0.25 },
    B704: { input_validation: 0.25 },
};
/** Tests no rule of the ten would have prevented, with the reason; they still count in scores. */
const DELIBERATELY_UNMAPPED = {
    B110: "try/except/pass is an error-handling style finding; none of the ten rules addresses it",
    B112: "try/except/continue is an error-handling style finding; none of the ten rules addresses it",
    B613: "Trojan Source characters are a property of the file's text, not of how code is written",
};
function deltasFor(testId) {
    return RULE_DELTAS[testId] ?? {};
}

;// CONCATENATED MODULE: ./build/core/fix/security-rules.js
/**
 * The ten rules the fix prompt can stress. Their order here breaks ties between equal
 * weights, so the prompt is deterministic.
 */
const SECURITY_RULES = [
    "input_validation",
    "subprocess_safety",
    "deserialization_safety",
    "file_permission_safety",
    "crypto_hygiene",
    "secret_handling",
    "sql_injection_prevention",
    "shell_injection_prevention",
    "network_timeout_safety",
    "temp_file_safety",
];
function isSecurityRule(value) {
    return SECURITY_RULES.includes(value);
}
/** What each rule asks of the model, in the words the prompt uses. */
const RULE_GUIDANCE = {
    input_validation: "Treat every argument and external value as untrusted: check type, range and format before use, and escape data before it reaches HTML or templates.",
    subprocess_safety: "Start processes only with an argument list and an absolute or resolved program path; never hand untrusted data to a process launcher.",
    deserialization_safety: "Do not unpickle, marshal, yaml.load or torch.load data that could come from outside; prefer JSON, yaml.safe_load and defusedxml.",
    file_permission_safety: "Create files and directories with the narrowest permissions that work (0o600/0o700), never world-writable modes.",
    crypto_hygiene: "Use vetted, current primitives: SHA-256 or better, AES-GCM, the secrets module for tokens, TLS with certificate verification on.",
    secret_handling: "Never put passwords, tokens or keys in source code or default arguments; read them from the environment or a secret store.",
    sql_injection_prevention: "Build SQL only with parameter placeholders bound by the driver; never format or concatenate values into query text.",
    shell_injection_prevention: "Never pass strings to a shell, eval or exec; keep shell=False and pass arguments as a list.",
    network_timeout_safety: "Give every network call an explicit timeout, bind servers to specific interfaces, and handle network failures explicitly.",
    temp_file_safety: "Create temporary files and directories with the tempfile module (mkstemp, NamedTemporaryFile, TemporaryDirectory), never fixed paths under /tmp.",
};

;// CONCATENATED MODULE: ./build/core/fix/profile.js



const WEIGHT_MIN = 0;
const WEIGHT_MAX = 1.5;
/**
 * Starting weights. The classic injection and secret rules start at `high`, so the first prompt
 * already carries hard requirements; the rest start as guidance and rise when Bandit finds them.
 */
const DEFAULT_WEIGHTS = {
    input_validation: 1.0,
    subprocess_safety: 0.8,
    deserialization_safety: 0.8,
    file_permission_safety: 0.6,
    crypto_hygiene: 0.7,
    secret_handling: 1.0,
    sql_injection_prevention: 1.0,
    shell_injection_prevention: 1.0,
    network_timeout_safety: 0.6,
    temp_file_safety: 0.6,
};
const DEFAULT_THRESHOLDS = { high: 1.0, medium: 0.6 };
const DEFAULT_DECAY = 0.2;
function defaultProfile() {
    return { weights: { ...DEFAULT_WEIGHTS }, thresholds: { ...DEFAULT_THRESHOLDS }, decay: DEFAULT_DECAY };
}
function clampWeight(value) {
    return Math.min(WEIGHT_MAX, Math.max(WEIGHT_MIN, value));
}
/** Three decimals: enough to learn, few enough that the YAML file diffs stay readable. */
function tidy(value) {
    return Math.round(value * 1000) / 1000;
}
/** Raise the weights of the rules behind each finding, clamped to [0, 1.5]. */
function adaptProfile(profile, findings) {
    const weights = { ...profile.weights };
    const causes = new Map();
    for (const finding of findings) {
        for (const [rule, delta] of Object.entries(deltasFor(finding.testId))) {
            weights[rule] = tidy(clampWeight(weights[rule] + delta));
            if (!causes.has(rule))
                causes.set(rule, new Set());
            causes.get(rule)?.add(finding.testId);
        }
    }
    const changes = [];
    for (const rule of SECURITY_RULES) {
        if (weights[rule] !== profile.weights[rule]) {
            changes.push({ rule, from: profile.weights[rule], to: weights[rule], tests: [...(causes.get(rule) ?? [])].sort() });
        }
    }
    return { profile: { ...profile, weights }, changes };
}
/** Move every weight `factor` of the way back toward its default, so one odd run cannot dominate for ever. */
function decayProfile(profile, factor = profile.decay) {
    const f = Math.min(1, Math.max(0, factor));
    const weights = { ...profile.weights };
    for (const rule of SECURITY_RULES) {
        weights[rule] = tidy(clampWeight(weights[rule] + (DEFAULT_WEIGHTS[rule] - weights[rule]) * f));
    }
    return { ...profile, weights };
}
/** Rules by weight, highest first; equal weights keep the order of SECURITY_RULES. */
function rankedRules(profile) {
    return SECURITY_RULES.map((rule, index) => ({ rule, weight: profile.weights[rule], index }))
        .sort((a, b) => b.weight - a.weight || a.index - b.index)
        .map(({ rule, weight }) => ({ rule, weight }));
}
/** The profile file could not be used; every problem names its line. */
class ProfileFileError extends Error {
    problems;
    name = "ProfileFileError";
    constructor(problems) {
        super(problems.map((p) => `line ${p.line}: ${p.message}`).join("; "));
        this.problems = problems;
    }
}
/** Parse the YAML profile. Rules missing from the file take their defaults (forward compatibility). */
function parseProfileYaml(text) {
    const lineCounter = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
    const problems = [];
    for (const error of doc.errors) {
        problems.push({ line: error.linePos?.[0]?.line ?? lineCounter.linePos(error.pos[0]).line, message: error.message.split("\n")[0] ?? error.message });
    }
    if (problems.length > 0)
        throw new ProfileFileError(problems);
    const lineOf = (node) => {
        const range = node?.range;
        return range ? lineCounter.linePos(range[0]).line : 1;
    };
    const root = doc.contents;
    if (!(0,dist/* isMap */.jh)(root))
        throw new ProfileFileError([{ line: lineOf(root), message: "the profile must be a mapping with version, thresholds, decay and weights" }]);
    const profile = defaultProfile();
    const number = (path, min, max) => {
        const node = doc.getIn(path, true);
        if (node === undefined)
            return undefined;
        const value = (0,dist/* isScalar */.jn)(node) ? node.value : undefined;
        if (typeof value !== "number" || !Number.isFinite(value)) {
            problems.push({ line: lineOf(node), message: `${path.join(".")} must be a number` });
            return undefined;
        }
        if (value < min || value > max) {
            problems.push({ line: lineOf(node), message: `${path.join(".")} must be between ${min} and ${max} (got ${value})` });
            return undefined;
        }
        return value;
    };
    for (const pair of root.items) {
        const key = (0,dist/* isScalar */.jn)(pair.key) ? String(pair.key.value) : "";
        if (!["version", "thresholds", "decay", "weights"].includes(key)) {
            problems.push({ line: lineOf(pair.key), message: `unknown key "${key}" (expected version, thresholds, decay, weights)` });
        }
    }
    const version = doc.getIn(["version"], true);
    if (version !== undefined && !((0,dist/* isScalar */.jn)(version) && version.value === 1)) {
        problems.push({ line: lineOf(version), message: "version must be 1" });
    }
    checkMapKeys(doc, "thresholds", ["high", "medium"], problems, lineOf);
    checkMapKeys(doc, "weights", SECURITY_RULES, problems, lineOf);
    const high = number(["thresholds", "high"], WEIGHT_MIN, WEIGHT_MAX);
    const medium = number(["thresholds", "medium"], WEIGHT_MIN, WEIGHT_MAX);
    if (high !== undefined)
        profile.thresholds.high = high;
    if (medium !== undefined)
        profile.thresholds.medium = medium;
    if (profile.thresholds.medium > profile.thresholds.high) {
        problems.push({ line: lineOf(doc.getIn(["thresholds", "medium"], true)), message: "thresholds.medium must not be above thresholds.high" });
    }
    const decay = number(["decay"], 0, 1);
    if (decay !== undefined)
        profile.decay = decay;
    for (const rule of SECURITY_RULES) {
        const weight = number(["weights", rule], WEIGHT_MIN, WEIGHT_MAX);
        if (weight !== undefined)
            profile.weights[rule] = weight;
    }
    if (problems.length > 0)
        throw new ProfileFileError(problems.sort((a, b) => a.line - b.line));
    return profile;
}
function checkMapKeys(doc, key, allowed, problems, lineOf) {
    const node = doc.getIn([key], true);
    if (node === undefined)
        return;
    if (!(0,dist/* isMap */.jh)(node)) {
        problems.push({ line: lineOf(node), message: `${key} must be a mapping` });
        return;
    }
    for (const pair of node.items) {
        const name = (0,dist/* isScalar */.jn)(pair.key) ? String(pair.key.value) : "";
        if (!allowed.includes(name)) {
            problems.push({ line: lineOf(pair.key), message: `unknown ${key} entry "${name}" (expected one of ${allowed.join(", ")})` });
        }
    }
}
/** The profile as a self-documenting YAML file. */
function renderProfileYaml(profile) {
    const n = (value) => {
        const text = String(tidy(value));
        return /[.e]/.test(text) ? text : `${text}.0`;
    };
    const lines = [
        "# bandit-gate security profile: how strongly `bandit-gate fix` stresses each secure-coding rule",
        "# when it asks a model to rewrite a function that Bandit flagged.",
        "#",
        "# weights: 0.0 to 1.5 per rule. Each Bandit finding in a rewritten function raises the weights of",
        "#   the rules that would have avoided it; the file is written back after every run, so it learns.",
        "# thresholds: rules weighing at least `high` are hard requirements in the prompt (at most 6);",
        "#   rules from `medium` up to `high` are listed as additional guidance (at most 4); lower ones are left out.",
        "# decay: at the start of each run every weight moves this share (0 to 1) of the way back to its",
        "#   default, so one burst of unusual findings cannot dominate for ever. 0 disables it.",
        "# Edit freely; an invalid file is an error, never silently replaced.",
        "version: 1",
        "thresholds:",
        `  high: ${n(profile.thresholds.high)}`,
        `  medium: ${n(profile.thresholds.medium)}`,
        `decay: ${n(profile.decay)}`,
        "weights:",
    ];
    for (const rule of SECURITY_RULES) {
        lines.push(`  # ${RULE_GUIDANCE[rule]} (default ${n(DEFAULT_WEIGHTS[rule])})`);
        lines.push(`  ${rule}: ${n(profile.weights[rule])}`);
    }
    return `${lines.join("\n")}\n`;
}


;// CONCATENATED MODULE: ./build/core/fix/prompt.js


const MAX_PRIORITY_RULES = 6;
const MAX_GUIDANCE_RULES = 4;
/** Which rules go where: >= high as priorities (6 at most), [medium, high) as guidance (4 at most). */
function placeRules(profile) {
    const ranked = rankedRules(profile);
    const { high, medium } = profile.thresholds;
    return {
        priorities: ranked.filter((r) => r.weight >= high).slice(0, MAX_PRIORITY_RULES).map((r) => r.rule),
        guidance: ranked.filter((r) => r.weight >= medium && r.weight < high).slice(0, MAX_GUIDANCE_RULES).map((r) => r.rule),
    };
}
const PREAMBLE = [
    "You are reviewing Python code for security as an experienced application-security engineer.",
    "Bandit, a static analyser, flagged the function below. Your rewrite will be checked by Bandit again,",
    "by a reviewer, and by the project's tests, so it must stay a drop-in replacement.",
].join("\n");
function buildPrompt(profile, task) {
    const { priorities, guidance } = placeRules(profile);
    const parts = [PREAMBLE, ""];
    parts.push("Security priorities (hard requirements):");
    if (priorities.length === 0)
        parts.push("- Fix every finding listed below without weakening any existing check.");
    for (const rule of priorities)
        parts.push(`- ${RULE_GUIDANCE[rule]}`);
    if (guidance.length > 0) {
        parts.push("", "Additional secure coding guidance:");
        for (const rule of guidance)
            parts.push(`- ${RULE_GUIDANCE[rule]}`);
    }
    parts.push("", "Task:", `Rewrite \`${task.qualname}\` from \`${task.path}\` so that the findings below disappear.`, "Keep its name, parameters, decorators, behaviour and public contract exactly as they are.", "Keep every existing raise statement and exception handler (one that catches only what a call you removed could raise, such as subprocess.CalledProcessError once subprocess is gone, may go), and do not reduce the body to a stub.", "Do not silence Bandit with `# nosec` or similar comments: fix the code itself.", "", "Findings (line numbers count from the function's first line):");
    for (const f of task.findings) {
        parts.push(`- line ${f.relativeLine}: ${f.testId} ${f.testName} (severity ${f.severity}, confidence ${f.confidence}): ${f.text}`);
    }
    parts.push("", "The function:", "```python", task.source.replace(/\s+$/, ""), "```");
    parts.push("", "The file's imports, for context:");
    if (task.imports.length === 0)
        parts.push("(none)");
    else
        parts.push("```python", ...task.imports, "```");
    parts.push("", "Answer with exactly one fenced ```python block that contains the complete rewritten function at", "column 0 (decorators included), optionally preceded by the import lines it newly needs.", "Put nothing else in the block: no other functions, classes, examples or tests.");
    return `${parts.join("\n")}\n`;
}
/** Test output the model sees: the last lines only, each cut short. */
const FEEDBACK_TAIL_LINES = 15;
const FEEDBACK_LINE_CHARS = 300;
/**
 * The user turn after a candidate that did not end the loop: what happened to it (the
 * validator's reason, the findings the gate still reports with their lines in the candidate, or
 * the failing tests' output), then the priorities as the profile now ranks them, so the profile's
 * adaptation reaches the model too.
 */
function buildFeedback(profile, task, outcome) {
    const parts = [];
    const testFailure = outcome.rejections.find((r) => r.code === "tests-failed");
    const structural = outcome.rejections.filter((r) => r.code !== "tests-failed");
    if (structural.length > 0) {
        parts.push("Your rewrite was rejected without being scanned:");
        for (const r of structural)
            parts.push(`- ${r.message}`);
    }
    else if (testFailure) {
        parts.push(`Your rewrite broke the project's tests: ${testFailure.message.split(":")[0]}.`);
        const tail = (outcome.testOutputTail ?? "")
            .split(/\r?\n/)
            .filter((l) => l.trim() !== "")
            .slice(-FEEDBACK_TAIL_LINES)
            .map((l) => (l.length > FEEDBACK_LINE_CHARS ? `${l.slice(0, FEEDBACK_LINE_CHARS)}…` : l));
        if (tail.length > 0)
            parts.push("The last lines of its output:", "```text", ...tail, "```");
    }
    else {
        const left = outcome.regressions && outcome.regressions.length > 0 ? outcome.regressions : outcome.findings;
        parts.push("Bandit still reports these in your rewrite (line numbers count from the function's first line):");
        for (const f of left)
            parts.push(`- line ${f.relativeLine}: ${f.testId} ${f.testName} (severity ${f.severity}): ${f.text}`);
    }
    const { priorities } = placeRules(profile);
    if (priorities.length > 0) {
        parts.push("", "Security priorities now (hard requirements):");
        for (const rule of priorities)
            parts.push(`- ${RULE_GUIDANCE[rule]}`);
    }
    parts.push("", `Rewrite \`${task.qualname}\` again under the same rules: same name, parameters, decorators and behaviour, every`, "raise and handler kept, no `# nosec`, no hiding a call behind getattr, __import__ or other indirection.", "Answer with exactly one fenced ```python block holding the complete function, as before.");
    return `${parts.join("\n")}\n`;
}

// EXTERNAL MODULE: ./build/core/report/redact.js
var redact = __webpack_require__(1976);
;// CONCATENATED MODULE: ./build/core/fix/record.js


/** Shorter redacted lines are replaced only where they make up a whole line. */
const MIN_SUBSTRING = 4;
/**
 * A function's record made safe to write and log: every known secret value (the token, the API
 * key) masked, and the string literals Bandit flags as hard-coded passwords blanked wherever
 * their lines appear (prompts, replies, candidates, feedback, test output). A literal is
 * blanked whole: the continuation lines of a triple-quoted or backslash-continued literal too.
 */
function redactFunctionRecord(record, sources, secrets) {
    const pairs = new Map();
    for (const source of sources) {
        for (const l of (0,redact/* secretLiteralLines */.DY)(source.lines, source.findings)) {
            const from = l.original.trim();
            const to = l.redacted.trim();
            if (from !== "" && from !== to)
                pairs.set(from, to);
        }
        for (const f of source.findings) {
            for (const fragment of f.text === undefined ? [] : (0,redact/* secretValueFragments */.$)(f.testId, f.text))
                if (!pairs.has(fragment))
                    pairs.set(fragment, "***");
        }
    }
    // Longest first, so that a line is replaced whole before a fragment of it could be.
    const replacements = [...pairs].sort((a, b) => b[0].length - a[0].length);
    // A short continuation line ("ab") would mangle unrelated words: it is replaced only as a whole line.
    const wholeLine = replacements.filter(([from]) => from.length < MIN_SUBSTRING);
    const anywhere = replacements.filter(([from]) => from.length >= MIN_SUBSTRING);
    const clean = (text) => {
        let out = (0,child_env/* maskSecrets */.QU)(text, secrets);
        for (const [from, to] of anywhere)
            out = out.split(from).join(to);
        if (wholeLine.length === 0)
            return out;
        return out
            .split("\n")
            .map((line) => {
            const hit = wholeLine.find(([from]) => line.trim() === from);
            return hit ? line.replace(hit[0], hit[1]) : line;
        })
            .join("\n");
    };
    return {
        ...record,
        rounds: record.rounds.map((r) => ({
            ...r,
            prompt: clean(r.prompt),
            reply: clean(r.reply),
            ...(r.feedback !== undefined ? { feedback: clean(r.feedback) } : {}),
            ...(r.candidate ? { candidate: { imports: r.candidate.imports.map(clean), function: clean(r.candidate.function) } } : {}),
            rejections: r.rejections.map((j) => ({ ...j, message: clean(j.message) })),
            ...(r.tests ? { tests: { ...r.tests, output_tail: clean(r.tests.output_tail) } } : {}),
        })),
    };
}

;// CONCATENATED MODULE: ./build/core/fix/score.js
/** Points per finding by Bandit severity. UNDEFINED counts as LOW so no finding is ever free. */
const SEVERITY_POINTS = { UNDEFINED: 1, LOW: 1, MEDIUM: 3, HIGH: 6 };
function scoreFindings(findings) {
    return findings.reduce((sum, f) => sum + SEVERITY_POINTS[f.severity], 0);
}

;// CONCATENATED MODULE: ./build/core/fix/splice.js
/**
 * Put rewritten functions into a file's text: each replaces an exact line range (as Python's ast
 * reported it), re-indented to the original's indentation, tabs kept where the file uses tabs and
 * the file's line endings kept. New imports go in once, after the file's imports.
 */
function splitKeepingEndings(text) {
    const lines = [];
    const pattern = /([^\r\n]*)(\r\n|\n|\r|$)/g;
    let match;
    while ((match = pattern.exec(text)) !== null) {
        if (match[0] === "")
            break;
        lines.push({ text: match[1] ?? "", eol: match[2] ?? "" });
    }
    return lines;
}
function dominantEol(lines) {
    const crlf = lines.filter((l) => l.eol === "\r\n").length;
    const lf = lines.filter((l) => l.eol === "\n").length;
    return crlf > lf ? "\r\n" : "\n";
}
function leading(text) {
    return /^[ \t]*/.exec(text)?.[0] ?? "";
}
/** Remove the common leading whitespace of the non-blank lines. */
function dedent(source) {
    const lines = source.replace(/\r\n?/g, "\n").split("\n");
    const indents = lines.filter((l) => l.trim() !== "").map(leading);
    if (indents.length === 0)
        return source;
    let common = indents[0];
    for (const indent of indents) {
        while (!indent.startsWith(common))
            common = common.slice(0, -1);
    }
    return lines.map((l) => (l.startsWith(common) ? l.slice(common.length) : l.trimStart())).join("\n");
}
/** Rewrite leading spaces as tabs, one tab per `unit` spaces (the candidate's own indent step). */
function spacesToTabs(lines) {
    const widths = lines.map((l) => leading(l)).filter((w) => w.length > 0 && !w.includes("\t")).map((w) => w.length);
    if (widths.length === 0)
        return lines;
    const unit = Math.min(...widths);
    return lines.map((l) => {
        const indent = leading(l);
        if (indent === "" || indent.includes("\t"))
            return l;
        return "\t".repeat(Math.floor(indent.length / unit)) + " ".repeat(indent.length % unit) + l.slice(indent.length);
    });
}
function reindent(source, base, useTabs) {
    let lines = dedent(source).replace(/\s+$/, "").split("\n");
    if (useTabs)
        lines = spacesToTabs(lines);
    return lines.map((l) => (l.trim() === "" ? "" : base + l));
}
/** Apply the replacements (non-overlapping) and insert `newImports` after line `importAfter` (0: top). */
function spliceFile(text, replacements, newImports, importAfter) {
    const lines = splitKeepingEndings(text);
    const eol = dominantEol(lines);
    // A file without a final newline keeps lacking one, whatever lands at its end.
    const lastLine = lines[lines.length - 1];
    const noFinalEol = lastLine !== undefined && lastLine.eol === "";
    if (lastLine && noFinalEol)
        lastLine.eol = eol;
    const edits = replacements.map((r, index) => {
        const first = lines[r.start - 1];
        const base = leading(first?.text ?? "");
        const body = lines.slice(r.start, r.end);
        const useTabs = body.some((l) => leading(l.text).slice(base.length).startsWith("\t"));
        const lineEol = first?.eol || eol;
        const insert = reindent(r.source, base, useTabs).map((t) => ({ text: t, eol: lineEol }));
        return { at: r.start - 1, remove: r.end - r.start + 1, insert, index };
    });
    if (newImports.length > 0) {
        edits.push({ at: importAfter, remove: 0, insert: newImports.map((t) => ({ text: t, eol })), index: "imports" });
    }
    // Apply bottom-up so earlier positions stay valid; imports go before a function starting at the same line.
    const ordered = [...edits].sort((a, b) => b.at - a.at || (a.index === "imports" ? 1 : -1));
    for (const edit of ordered)
        lines.splice(edit.at, edit.remove, ...edit.insert);
    // Work out final positions top-down.
    const ranges = new Array(replacements.length);
    let importLines;
    let shift = 0;
    for (const edit of [...edits].sort((a, b) => a.at - b.at || (a.index === "imports" ? -1 : 1))) {
        const start = edit.at + shift + 1;
        const end = start + edit.insert.length - 1;
        if (edit.index === "imports")
            importLines = { start, end };
        else
            ranges[edit.index] = { start, end };
        shift += edit.insert.length - edit.remove;
    }
    let result = lines.map((l) => l.text + l.eol).join("");
    if (noFinalEol)
        result = result.replace(/(\r\n|\n|\r)$/, "");
    return { text: result, ranges, ...(importLines ? { importLines } : {}) };
}
function entryKey(e) {
    return `${e.kind}|${e.level}|${e.module ?? ""}|${e.name}|${e.asname ?? ""}`;
}
/** The import lines needed for `wanted` entries the file does not already import, grouped by module. */
function missingImports(existing, wanted) {
    const have = new Set(existing.map(entryKey));
    const lines = [];
    const fromGroups = new Map();
    for (const entry of wanted) {
        const key = entryKey(entry);
        if (have.has(key))
            continue;
        have.add(key);
        const alias = entry.asname ? `${entry.name} as ${entry.asname}` : entry.name;
        if (entry.kind === "import") {
            lines.push(`import ${alias}`);
        }
        else {
            const from = `${".".repeat(entry.level)}${entry.module ?? ""}`;
            if (!fromGroups.has(from)) {
                fromGroups.set(from, []);
                lines.push(`\0${from}`);
            }
            fromGroups.get(from)?.push(alias);
        }
    }
    return lines.map((l) => (l.startsWith("\0") ? `from ${l.slice(1)} import ${(fromGroups.get(l.slice(1)) ?? []).join(", ")}` : l));
}

;// CONCATENATED MODULE: ./build/core/fix/sink-exceptions.js
/**
 * Exceptions that only a call into one module raises: once a fix removes every use of the module
 * from a function, a handler that catches nothing but these has nothing left to catch, and may go
 * with it. Data, so that it grows; documented in docs/fix.md. Only module-specific classes belong
 * here: builtins such as OSError, ValueError or Exception can come from anywhere and never go.
 */
const SINK_EXCEPTIONS = {
    subprocess: ["CalledProcessError", "TimeoutExpired", "SubprocessError"],
    pickle: ["UnpicklingError", "PicklingError", "PickleError"],
    yaml: ["YAMLError", "MarkedYAMLError"],
    "xml.etree.ElementTree": ["ParseError"],
    "xml.etree.cElementTree": ["ParseError"],
    "lxml.etree": ["XMLSyntaxError", "ParseError"],
    "xml.dom.minidom": ["ExpatError"],
    "xml.sax": ["SAXParseException", "SAXException"],
    paramiko: ["SSHException", "AuthenticationException"],
    telnetlib: [],
    ftplib: ["error_perm", "error_temp", "error_reply", "error_proto"],
};
/** The module a local name stands for, from the file's imports (`import a.b as c`, `from a import b`). */
function bindings(imports) {
    const out = new Map();
    for (const entry of imports) {
        if (entry.kind === "import") {
            if (entry.asname)
                out.set(entry.asname, { module: entry.name });
            // `import a.b` binds `a`; `a.b.x` is then read by its dotted prefix (see moduleOf).
            else
                out.set(entry.name.split(".")[0], { module: entry.name.split(".")[0] });
        }
        else if (entry.module && entry.level === 0) {
            out.set(entry.asname ?? entry.name, { module: entry.module, member: entry.name });
        }
    }
    return out;
}
/** The dotted name with its first part replaced by what the imports bind it to. */
function expand(name, bound) {
    const [head, ...rest] = name.split(".");
    const binding = bound.get(head);
    const full = binding ? (binding.member ? `${binding.module}.${binding.member}` : binding.module) : head;
    return [full, ...rest].join(".");
}
/** Does this (expanded) dotted name reach into `module`? */
const within = (full, module) => full === module || full.startsWith(`${module}.`);
/** The table's module a caught exception belongs to, if it is one of its own classes. */
function sinkModuleOf(type, bound) {
    const full = expand(type, bound);
    for (const [module, names] of Object.entries(SINK_EXCEPTIONS)) {
        if (names.some((name) => full === `${module}.${name}`))
            return module;
    }
    return undefined;
}
/**
 * Of the handlers the original has and the candidate lacks (`missing`, each the list of types it
 * caught), those that may go: every type it catches is one of the table's classes of one module,
 * the original function itself reaches into that module (a call or attribute, not just the
 * handler's own name), and the candidate reaches into it nowhere (no call, attribute, alias or
 * other handler of it left). Anything else (a builtin, a bare `except:`, a module still used, an
 * exception only a helper could raise) stays required.
 */
function droppableHandlers(missing, original, candidate, imports) {
    const bound = bindings(imports);
    const caught = original.handlerTypes.flat();
    // A handler's own `subprocess.CalledProcessError` names the module without calling it.
    const originalUses = original.references.filter((ref) => !caught.some((t) => t === ref || t.startsWith(`${ref}.`)));
    const uses = (refs, module) => refs.some((ref) => within(expand(ref, bound), module));
    const dropped = [];
    const required = [];
    for (const types of missing) {
        const modules = types.map((t) => sinkModuleOf(t, bound));
        const module = modules[0];
        const gone = module !== undefined && modules.every((m) => m === module) && uses(originalUses, module) && !uses(candidate.references, module);
        if (gone) {
            const reached = originalUses.filter((ref) => within(expand(ref, bound), module));
            const sinks = reached.filter((ref) => !reached.some((other) => other.startsWith(`${ref}.`)));
            dropped.push({ types: [...types], module, sinks });
        }
        else
            required.push([...types]);
    }
    return { dropped, required };
}
/** The PR's note for a dropped handler: what it caught, and why nothing can raise it any more. */
function droppedHandlerNote(handler) {
    const short = handler.types.map((t) => t.slice(t.lastIndexOf(".") + 1)).join(", ");
    const sinks = handler.sinks.length > 0 ? handler.sinks.join(", ") : handler.module;
    return `dropped the handler for ${short}: only ${sinks} raised it, and ${handler.sinks.length > 1 ? "they are" : "it is"} gone`;
}

;// CONCATENATED MODULE: ./build/core/fix/validation.js

function multisetMissing(original, candidate) {
    const left = new Map();
    for (const item of candidate)
        left.set(item, (left.get(item) ?? 0) + 1);
    const missing = [];
    for (const item of original) {
        const n = left.get(item) ?? 0;
        if (n > 0)
            left.set(item, n - 1);
        else
            missing.push(item);
    }
    return missing;
}
/**
 * The handlers the candidate dropped, split into those only a removed sink could have needed
 * (see sink-exceptions.ts; each with its note for the PR) and those it must keep. Without the
 * types (older facts) every dropped handler is required.
 */
function handlerChanges(original, candidate, imports = []) {
    const count = Math.max(0, original.handlers - candidate.handlers);
    if (!original.handlerTypes || !candidate.handlerTypes || !original.references || !candidate.references) {
        return { notes: [], required: count > 0 ? [["?"]] : [], count };
    }
    const key = (types) => types.join(", ");
    const lost = multisetMissing(original.handlerTypes.map(key), candidate.handlerTypes.map(key));
    const byKey = new Map(original.handlerTypes.map((t) => [key(t), t]));
    const missing = lost.map((k) => byKey.get(k));
    const { dropped, required } = droppableHandlers(missing, { references: original.references, handlerTypes: original.handlerTypes }, { references: candidate.references }, imports);
    return { notes: dropped.map(droppedHandlerNote), required, count };
}
/**
 * Every reason to reject the candidate (empty: it may be scored). `imports`: the file's and the
 * candidate's, to tell which module a handler's exception and a call belong to.
 */
function validateCandidate(original, candidate, imports = []) {
    if (!candidate.parsed)
        return [{ code: "unparseable", message: `the candidate does not parse: ${candidate.error}` }];
    const rejections = [];
    if (candidate.functions.length !== 1) {
        rejections.push({ code: "not-one-function", message: `the block must hold exactly one function; it holds ${candidate.functions.length}` });
    }
    if (candidate.otherStatements.length > 0) {
        rejections.push({ code: "extra-code", message: `the block holds code besides imports and the function (${[...new Set(candidate.otherStatements)].join(", ")})` });
    }
    if (candidate.nosecComments > original.nosecComments) {
        rejections.push({ code: "nosec-added", message: "the candidate adds a # nosec comment instead of fixing the code" });
    }
    const fn = candidate.functions[0];
    if (!fn || candidate.functions.length !== 1)
        return rejections;
    if (fn.name !== original.name) {
        rejections.push({ code: "name-changed", message: `the function was renamed from ${original.name} to ${fn.name}` });
    }
    const signature = (f) => `${f.isAsync ? "async " : ""}(${f.parameters})${f.returns === null ? "" : ` -> ${f.returns}`}`;
    if (signature(fn) !== signature(original)) {
        rejections.push({ code: "signature-changed", message: `the signature changed from ${signature(original)} to ${signature(fn)}` });
    }
    if (fn.decorators.join("\n") !== original.decorators.join("\n")) {
        const show = (d) => (d.length === 0 ? "none" : d.map((x) => `@${x}`).join(" "));
        rejections.push({ code: "decorators-changed", message: `the decorators changed from ${show(original.decorators)} to ${show(fn.decorators)}` });
    }
    const lostRaises = multisetMissing(original.raises, fn.raises);
    if (lostRaises.length > 0) {
        rejections.push({ code: "raise-removed", message: `existing raise statement(s) removed: ${lostRaises.map((r) => (r === "raise" ? "bare raise" : `raise ${r}`)).join(", ")}` });
    }
    const handlers = handlerChanges(original, fn, imports);
    // Only a lower count is a removal (a handler rewritten into another is not): each one gone must be
    // one that only a removed sink needed.
    if (handlers.count > handlers.notes.length) {
        const named = handlers.required.some((t) => t[0] === "?") ? "" : `: ${handlers.required.map((t) => `except ${t.length > 1 ? `(${t.join(", ")})` : t[0] === "*" ? "(bare)" : t[0]}`).join(", ")}`;
        rejections.push({ code: "handler-removed", message: `exception handlers removed (${original.handlers} before, ${fn.handlers} after)${named}` });
    }
    const hidden = multisetMissing(fn.indirection ?? [], original.indirection ?? []);
    if (hidden.length > 0) {
        rejections.push({ code: "indirection-added", message: `the candidate reaches code through dynamic indirection Bandit cannot follow (${[...new Set(hidden)].join(", ")})` });
    }
    if (fn.stub && !original.stub) {
        rejections.push({ code: "stubbed", message: "the body was reduced to a stub (pass, ..., return None or raise NotImplementedError)" });
    }
    return rejections;
}

;// CONCATENATED MODULE: ./build/core/fix/sink-variants.js
const SINK_VARIANTS = [
    { rules: ["B506"], description: "yaml.load_all / unsafe_load / full_load, or a non-safe Loader (as unsafe as yaml.load)", pattern: /\b(load_all|unsafe_load|unsafe_load_all|full_load|full_load_all)\s*\(|Loader\s*=\s*(yaml\.)?(Loader|UnsafeLoader|FullLoader)\b/g },
    { rules: ["B501"], description: "certificate checks turned off on a session or client object (`.verify = False`)", pattern: /\.verify\s*=\s*False\b|\bverify\s*=\s*(0|None)\b/g },
    { rules: ["B104"], description: 'binding to "" (every interface, like 0.0.0.0)', pattern: /\.bind\(\s*\(\s*(""|'')\s*,|\bhost\s*=\s*(""|'')/g },
    { rules: ["B311", "B105", "B106", "B107"], description: "a predictable token from uuid1 or time (not a secret)", pattern: /\buuid1\s*\(|\btime\.time\(\)\s*\)?\s*\.hex|\bstr\(\s*time\.time\(\)/g },
    { rules: ["B701", "B702"], description: "a jinja2/mako Template built without autoescaping", pattern: /(?<![.\w])Template\s*\((?![^)]*autoescape\s*=\s*True)|jinja2\.Template\s*\(/g },
    { rules: ["B608"], description: "SQL text built by a helper call or a format method and passed to execute", pattern: /\.execute(many)?\(\s*(?!["'])[\w.]+\([^)]*\)|\.execute(many)?\(\s*("[^"]*"|'[^']*')\s*\.format\(/g },
    { rules: ["B602", "B604", "B605", "B607", "B603"], description: "a shell reached another way (os.popen, pty.spawn, commands.getoutput, a shell argv)", pattern: /\bos\.popen\s*\(|\bpty\.spawn\s*\(|\bcommands\.getoutput\s*\(|\[\s*["'](\/bin\/)?(ba)?sh["']\s*,\s*["']-c["']/g },
    { rules: ["B301", "B403"], description: "another unpickler (dill, shelve, jsonpickle, marshal, cloudpickle)", pattern: /\b(dill|shelve|jsonpickle|marshal|cloudpickle)\.(loads?|open|decode)\s*\(/g },
];
function count(pattern, text) {
    return [...text.matchAll(new RegExp(pattern.source, pattern.flags.includes("g") ? pattern.flags : `${pattern.flags}g`))].length;
}
/** The variants a candidate introduces for the rules its function was flagged for. */
function introducedSinkVariants(ruleIds, original, candidate, table = SINK_VARIANTS) {
    const rules = new Set(ruleIds);
    return table.filter((v) => v.rules.some((r) => rules.has(r)) && count(v.pattern, candidate) > count(v.pattern, original));
}

;// CONCATENATED MODULE: ./build/app/fix-loop.js




















/**
 * The loop: for every function the gate found regressed, prompt, generate, validate, splice and
 * rescan, adapt the profile, and keep the best valid round if it beats the original.
 * Generated text is only ever parsed, spliced into temporary copies and scanned by Bandit.
 */
async function runFixLoop(report, startProfile, settings, deps) {
    const { logger } = deps;
    const state = { profile: startProfile };
    const usage = { input_tokens: 0, output_tokens: 0, calls: 0 };
    const functions = [];
    const moduleLevel = [];
    const changes = [];
    let stoppedEarly;
    for (const [path, regressions] of (0,group/* groupBy */.$)(report.regressions, (r) => r.path)) {
        if (regressions.some((r) => r.cell !== undefined)) {
            // Splicing edits Python source; a notebook's is inside JSON strings.
            for (const r of regressions)
                moduleLevel.push({ path, line: r.line, test_id: r.test_id, reason: `in a notebook (cell ${r.cell}, line ${r.cell_line}): the fix loop edits Python files only` });
            continue;
        }
        const text = await deps.readSource(path);
        const outline = await deps.python.outline(text);
        if (!outline.parsed) {
            for (const r of regressions)
                moduleLevel.push({ path, line: r.line, test_id: r.test_id, reason: `the file does not parse (${outline.error})` });
            continue;
        }
        const targets = targetsOf(path, regressions, outline, moduleLevel);
        const original = await scanText(deps.scanner, path, text, settings);
        const originalRegressions = original.failure ? [] : await deps.gateRegressions(path, text, original.all);
        const accepted = [];
        for (const target of targets) {
            const record = newFunctionRecord(target, original.findings, inside(originalRegressions.map((r) => r.finding), target.fn.start, target.fn.end));
            functions.push(record);
            if (original.failure) {
                record.reason = `Bandit could not score the original file: ${original.failure}`;
                continue;
            }
            if (stoppedEarly) {
                record.reason = stoppedEarly;
                continue;
            }
            if (record.regressions_before.length === 0) {
                record.reason = "the gate reports no regression in this function against the baseline; nothing to fix";
                continue;
            }
            logger.info(`${path}: ${target.fn.qualname} (lines ${target.fn.start}-${target.fn.end}): score ${record.score_before}, up to ${settings.maxRounds} round(s)`);
            const result = await runRounds(target, text, original.findings, outline, record, state, settings, deps, usage);
            if (result.accepted)
                accepted.push(result.accepted);
            if (result.stopReason) {
                stoppedEarly = result.stopReason;
                logger.warning(stoppedEarly);
                if (record.selected_round === null)
                    record.reason = `${record.reason}; ${stoppedEarly}`;
            }
        }
        if (accepted.length > 0) {
            const imports = missingImports(outline.imports, accepted.flatMap((a) => a.imports));
            let after = spliceFile(text, accepted, imports, outline.importAfter).text;
            // Imports only the codemods' rewrites used go too ("random" after random -> secrets).
            const rewrittenByCodemods = accepted.flatMap((a) => (a.codemodOf === undefined ? [] : [a.codemodOf]));
            if (rewrittenByCodemods.length > 0 && deps.generator.pruneImports) {
                try {
                    const pruned = await deps.generator.pruneImports(text, after, rewrittenByCodemods);
                    if (pruned.removed.length > 0)
                        logger.info(`${path}: removed the imports the codemods left unused: ${pruned.removed.join(", ")}`);
                    after = pruned.text;
                }
                catch (error) {
                    // An unused import is untidy, not unsafe: the fixes go ahead with it.
                    logger.warning(`${path}: the imports the codemods left unused stay (${error instanceof Error ? error.message : String(error)})`);
                }
            }
            // Each candidate was checked alone; make sure they still parse together before proposing them.
            const combined = await deps.python.outline(after);
            if (combined.parsed) {
                changes.push({ path, before: text, after });
            }
            else {
                for (const record of functions.filter((f) => f.path === path && f.status !== "unfixed")) {
                    record.status = "unfixed";
                    record.selected_round = null;
                    record.findings_after = record.findings_before;
                    record.regressions_after = record.regressions_before;
                    record.score_after = record.score_before;
                    record.reason = `the accepted rewrites of ${path} do not parse together (${combined.error})`;
                }
            }
        }
    }
    return { functions, moduleLevel, profile: state.profile, usage, changes, ...(stoppedEarly ? { stoppedEarly } : {}) };
}
/** Innermost enclosing function per regression; a function inside another target joins it. */
function targetsOf(path, regressions, outline, moduleLevel) {
    const byFunction = new Map();
    for (const r of regressions) {
        const fn = (0,ast/* innermostFunction */.KS)(outline.functions, r.line);
        if (!fn) {
            moduleLevel.push({ path, line: r.line, test_id: r.test_id, reason: "the finding is outside any function; module-level code is not regenerated" });
            continue;
        }
        const key = `${fn.start}:${fn.end}`;
        if (!byFunction.has(key))
            byFunction.set(key, { path, fn, regressions: [] });
        byFunction.get(key)?.regressions.push(r);
    }
    const targets = [...byFunction.values()].sort((a, b) => a.fn.start - b.fn.start);
    const kept = [];
    for (const t of targets) {
        const outer = kept.find((k) => k.fn.start <= t.fn.start && t.fn.end <= k.fn.end);
        if (outer)
            outer.regressions.push(...t.regressions);
        else
            kept.push(t);
    }
    return kept;
}
function summarise(findings, start) {
    return findings.map((f) => ({
        test_id: f.testId,
        test_name: f.testName,
        severity: f.severity,
        confidence: f.confidence,
        line: f.line,
        relative_line: start > 0 ? f.line - start + 1 : 0,
        text: (0,redact/* redactText */.Rd)(f.testId, f.text),
    }));
}
/** Every line of a finding's statement, counted from `start` (the function's first line), as redaction reads them. */
function flaggedLines(f, start) {
    return (f.lineRange.length > 0 ? f.lineRange : [f.line]).map((n) => ({ testId: f.testId, line: n - start + 1, text: f.text }));
}
function inside(findings, start, end) {
    return findings.filter((f) => f.line >= start && f.line <= end);
}
function newFunctionRecord(target, fileFindings, regressions) {
    const before = inside(fileFindings, target.fn.start, target.fn.end);
    const summary = summarise(before, target.fn.start);
    const regressed = summarise(regressions, target.fn.start);
    return {
        path: target.path,
        qualname: target.fn.qualname,
        start_line: target.fn.start,
        end_line: target.fn.end,
        status: "unfixed",
        regressions_before: regressed,
        regressions_after: regressed,
        findings_before: summary,
        score_before: scoreFindings(before),
        rounds: [],
        selected_round: null,
        findings_after: summary,
        score_after: scoreFindings(before),
        usage: { input_tokens: 0, output_tokens: 0 },
    };
}
/**
 * The gate's verdict decides: the earliest valid round the gate would pass (no regression left in
 * the function) is "fixed"; else the valid round with the fewest regressions, then the lowest
 * score, is "improved" if it beats the original on either; else nothing is selected.
 */
function selectRound(record) {
    const valid = record.rounds.filter((r) => r.rejections.length === 0 && r.score !== null && r.regressions !== null && r.regressions !== undefined);
    const clean = valid.find((r) => (r.regressions ?? []).length === 0);
    if (clean)
        return { round: clean, status: "fixed" };
    let best;
    const left = (r) => (r.regressions ?? []).length;
    for (const round of valid) {
        if (!best || left(round) < left(best) || (left(round) === left(best) && round.score < best.score))
            best = round;
    }
    if (!best)
        return undefined;
    const better = left(best) < record.regressions_before.length || (left(best) === record.regressions_before.length && best.score < record.score_before);
    return better ? { round: best, status: "improved" } : undefined;
}
function finishFunction(record) {
    const chosen = selectRound(record);
    if (chosen) {
        const best = chosen.round;
        record.status = chosen.status;
        record.selected_round = best.round;
        record.findings_after = best.findings;
        record.regressions_after = best.regressions ?? [];
        record.score_after = best.score;
        if (chosen.status === "fixed")
            delete record.reason;
        else
            record.reason = `${record.regressions_after.length} of ${record.regressions_before.length} regression(s) remain (${record.regressions_after.map((f) => `${f.test_id} at line ${f.relative_line}`).join(", ")}); the rewrite is safer but the gate still fails on it`;
        return best;
    }
    record.status = "unfixed";
    record.selected_round = null;
    const valid = record.rounds.filter((r) => r.rejections.length === 0 && r.score !== null);
    const reasons = [...new Set(record.rounds.flatMap((r) => r.rejections.map((x) => x.code)))];
    record.reason =
        record.rounds.length === 0
            ? "no round was run"
            : valid.length === 0
                ? `every round was rejected (${reasons.join(", ")})`
                : `no valid round left fewer regressions than the original's ${record.regressions_before.length}, or scored below its ${record.score_before}`;
    return undefined;
}
async function runRounds(target, text, fileFindings, outline, record, state, settings, deps, usage) {
    const { fn } = target;
    let stopReason;
    const lines = text.split(/\r\n|\n|\r/);
    const task = {
        path: target.path,
        qualname: fn.qualname,
        source: dedent(lines.slice(fn.start - 1, fn.end).join("\n")),
        findings: record.findings_before.map((f) => ({
            testId: f.test_id,
            testName: f.test_name,
            severity: f.severity,
            confidence: f.confidence,
            text: f.text,
            relativeLine: f.relative_line,
        })),
        imports: outline.importText,
    };
    const candidates = new Map();
    // Where Bandit saw hard-coded secrets, in the original and in each candidate: the record blanks them.
    const secretSources = [
        { lines: lines.slice(fn.start - 1, fn.end), findings: inside(fileFindings, fn.start, fn.end).flatMap((f) => flaggedLines(f, fn.start)) },
    ];
    let declined;
    for (let round = 1; round <= settings.maxRounds; round += 1) {
        const temperature = temperatureForRound(settings.temperatures, round);
        // Round 1 asks; every later round continues the conversation: the task (ranked by the profile
        // as it is now), the previous candidate as the model's own turn, then what happened to it.
        const taskPrompt = buildPrompt(state.profile, task);
        const previous = record.rounds[record.rounds.length - 1];
        const history = previous ? [{ role: "user", content: taskPrompt }, { role: "assistant", content: previous.reply }] : [];
        const prompt = previous ? buildFeedback(state.profile, task, outcomeOf(previous)) : taskPrompt;
        let inputTokens;
        let generation;
        try {
            const remaining = settings.maxTokens - usage.input_tokens - usage.output_tokens;
            // A local estimate is enough while the budget is far from spent; near its end, the API
            // counts exactly (one extra round trip) so the budget is never exceeded.
            inputTokens = estimateTokens([...history.map((h) => h.content), prompt]);
            if (remaining < NEARLY_SPENT_FACTOR * (inputTokens + settings.maxOutputTokensPerRound)) {
                inputTokens = await deps.generator.countInputTokens(prompt, history);
            }
            const allowed = Math.min(settings.maxOutputTokensPerRound, remaining - inputTokens);
            if (allowed < MIN_OUTPUT_TOKENS_PER_ROUND) {
                stopReason = `token budget reached: ${usage.input_tokens + usage.output_tokens} of ${settings.maxTokens} used; the next round needs ${inputTokens} input tokens plus at least ${MIN_OUTPUT_TOKENS_PER_ROUND} for the reply (raise --max-tokens to go further)`;
                break;
            }
            deps.logger.info(`  round ${round}: asking ${deps.generator.kind}${deps.generator.model ? ` (${deps.generator.model})` : ""}`);
            generation = await deps.generator.generate({ prompt, ...(history.length > 0 ? { history } : {}), temperature, maxOutputTokens: allowed, task });
        }
        catch (error) {
            // Only this function is out of candidates (codemods): the next function still gets its turn.
            if (error instanceof NoCandidate) {
                declined = error.message;
                deps.logger.info(`  round ${round}: ${declined}`);
                break;
            }
            // The model is out of reach (after the SDK's retries) or out of replies: stop, keep what the run has.
            if (!(error instanceof GeneratorExhausted) && !(error instanceof GenerationError))
                throw error;
            stopReason = error.message;
            break;
        }
        usage.calls += 1;
        usage.input_tokens += generation.usage.inputTokens;
        usage.output_tokens += generation.usage.outputTokens;
        record.usage.input_tokens += generation.usage.inputTokens;
        record.usage.output_tokens += generation.usage.outputTokens;
        const roundRecord = {
            round,
            temperature,
            prompt: taskPrompt,
            ...(previous ? { feedback: prompt } : {}),
            reply: generation.text,
            ...(generation.model ? { model: generation.model } : {}),
            stop_reason: generation.stopReason ?? null,
            usage: { input_tokens: generation.usage.inputTokens, output_tokens: generation.usage.outputTokens },
            rejections: [],
            score: null,
            regressions: null,
            findings: [],
            profile_changes: [],
        };
        record.rounds.push(roundRecord);
        const parsed = parseReply(generation.text);
        if (!parsed.ok) {
            roundRecord.rejections.push({ code: "no-code-block", message: parsed.reason });
        }
        else {
            roundRecord.candidate = { imports: parsed.imports, function: parsed.functionSource };
            const block = [...parsed.imports, parsed.functionSource].join("\n");
            const facts = await deps.python.candidate(block);
            const known = [...outline.imports, ...(facts.parsed ? (facts.imports ?? []) : [])];
            roundRecord.rejections.push(...validateCandidate(fn.facts, facts, known));
            const kept = facts.parsed && facts.functions.length === 1 ? facts.functions[0] : undefined;
            const notes = kept && !roundRecord.rejections.some((r) => r.code === "handler-removed") ? handlerChanges(fn.facts, kept, known).notes : [];
            if (notes.length > 0)
                roundRecord.notes = notes;
            const rules = record.findings_before.map((f) => f.test_id);
            for (const variant of introducedSinkVariants(rules, task.source, parsed.functionSource)) {
                roundRecord.rejections.push({ code: "sink-variant", message: `the candidate uses ${variant.description}, which Bandit does not flag but is just as unsafe` });
            }
            if (roundRecord.rejections.length === 0 && facts.parsed) {
                const newImports = missingImports(outline.imports, facts.imports ?? []);
                const hidden = await hiddenSinks(deps.scanner, target, text, facts.functions[0], parsed.functionSource, newImports, outline, settings);
                if (hidden.length > 0) {
                    roundRecord.rejections.push({ code: "hidden-sink", message: `with its aliases and indirection resolved, Bandit finds ${hidden.join(", ")} in the candidate` });
                }
            }
            if (roundRecord.rejections.length === 0 && facts.parsed) {
                const wanted = missingImports(outline.imports, facts.imports ?? []);
                const spliced = spliceFile(text, [{ start: fn.start, end: fn.end, source: parsed.functionSource }], wanted, outline.importAfter);
                const scanned = await scanText(deps.scanner, target.path, spliced.text, settings);
                if (scanned.failure) {
                    roundRecord.rejections.push({ code: "unparseable", message: `Bandit could not scan the patched file: ${scanned.failure}` });
                }
                else {
                    const range = spliced.ranges[0];
                    const counted = scanned.findings.filter((f) => (f.line >= range.start && f.line <= range.end) || (spliced.importLines && f.line >= spliced.importLines.start && f.line <= spliced.importLines.end));
                    secretSources.push({
                        lines: spliced.text.split(/\r\n|\n|\r/).slice(range.start - 1, range.end),
                        findings: inside(counted, range.start, range.end).flatMap((f) => flaggedLines(f, range.start)),
                    });
                    roundRecord.findings = summarise(counted, range.start).map((f) => (f.line < range.start ? { ...f, relative_line: 0 } : f));
                    roundRecord.score = scoreFindings(counted);
                    const remaining = inside((await deps.gateRegressions(target.path, spliced.text, scanned.all)).map((r) => r.finding), range.start, range.end);
                    roundRecord.regressions = summarise(remaining, range.start);
                    const adapted = adaptProfile(state.profile, counted);
                    state.profile = adapted.profile;
                    roundRecord.profile_changes = adapted.changes;
                    const promising = remaining.length < record.regressions_before.length || roundRecord.score < record.score_before;
                    if (deps.tests && promising) {
                        deps.logger.info(`  round ${round}: score ${roundRecord.score}; running the test command on a patched copy`);
                        const outcome = await deps.tests.run(new Map([[target.path, spliced.text]]));
                        const tail = (0,child_env/* maskSecrets */.QU)(outcome.outputTail, deps.secrets ?? []);
                        roundRecord.tests = { passed: outcome.passed, exit_code: outcome.exitCode, output_tail: tail };
                        if (!outcome.passed) {
                            roundRecord.rejections.push({ code: "tests-failed", message: `the test command failed on the patched tree (exit ${outcome.exitCode})${tail ? `: ${tail.split("\n").filter(Boolean).pop()}` : ""}` });
                        }
                    }
                    const codemodOf = codemodsOf(generation.model) ? { codemodOf: task.source } : {};
                    candidates.set(round, { start: fn.start, end: fn.end, source: parsed.functionSource, imports: facts.imports ?? [], ...codemodOf });
                }
            }
        }
        deps.logger.info(`  round ${round}: ${describeRound(roundRecord)}`);
        // Fixed as the gate means it: more rounds could only chase findings the baseline has too.
        if (roundRecord.rejections.length === 0 && roundRecord.regressions?.length === 0)
            break;
    }
    const best = finishFunction(record);
    if (!best && declined)
        record.reason = record.rounds.length === 0 ? declined : `${record.reason}; ${declined}`;
    Object.assign(record, redactFunctionRecord(record, secretSources, deps.secrets ?? []));
    return { ...(best ? { accepted: candidates.get(best.round) } : {}), ...(stopReason ? { stopReason } : {}) };
}
/**
 * Findings Bandit reports in the resolved form of the candidate (aliases and indirection undone)
 * that it does not report in the candidate as written: a sink hidden from the scanner.
 */
async function hiddenSinks(scanner, target, text, fn, source, imports, outline, settings) {
    if (!fn?.resolved || fn.resolved === fn.unparsed)
        return [];
    const at = (body) => spliceFile(text, [{ start: target.fn.start, end: target.fn.end, source: body }], imports, outline.importAfter);
    const ids = async (body) => {
        const spliced = at(body);
        const range = spliced.ranges[0];
        const scanned = await scanText(scanner, target.path, spliced.text, settings);
        return inside(scanned.findings, range.start, range.end).map((f) => f.testId);
    };
    const written = await ids(source);
    const resolved = await ids(fn.resolved);
    const left = [...written];
    return resolved.filter((id) => {
        const i = left.indexOf(id);
        if (i === -1)
            return true;
        left.splice(i, 1);
        return false;
    });
}
/** Above this many times the next round's estimated cost, the budget is far from spent. */
const NEARLY_SPENT_FACTOR = 3;
/** Tokens a text costs, over-estimated: about 3.5 characters a token for code and English. */
function estimateTokens(texts) {
    return Math.ceil(texts.reduce((n, t) => n + t.length, 0) / 3) + 16 * texts.length;
}
function outcomeOf(round) {
    const asPrompt = (f) => ({ testId: f.test_id, testName: f.test_name, severity: f.severity, confidence: f.confidence, text: f.text, relativeLine: f.relative_line });
    return {
        rejections: round.rejections,
        regressions: round.regressions ? round.regressions.map(asPrompt) : null,
        findings: round.findings.map(asPrompt),
        ...(round.tests && !round.tests.passed ? { testOutputTail: round.tests.output_tail } : {}),
    };
}
function describeRound(round) {
    if (round.rejections.length > 0) {
        const scored = round.score === null ? "" : `score ${round.score}, `;
        return `${scored}rejected: ${round.rejections.map((r) => r.message).join("; ")}`;
    }
    const found = round.findings.map((f) => `${f.test_id} (${f.severity})`).join(", ");
    const verdict = round.regressions ? (round.regressions.length === 0 ? "; the gate passes" : `; ${round.regressions.length} regression(s) left`) : "";
    return `score ${round.score}${found ? `: ${found}` : ""}${verdict}`;
}
/** Bandit on one file's text, in a temporary directory laid out like the repository. */
async function scanText(scanner, path, text, settings) {
    const root = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), "bandit-gate-fix-"));
    try {
        await (0,directories/* makeDirectories */.K)((0,external_node_path_.dirname)((0,external_node_path_.join)(root, path)));
        await (0,promises_.writeFile)((0,external_node_path_.join)(root, path), text);
        const result = await scanner.scan(root, [path]);
        const failure = result.failures.find((f) => f.path === path)?.reason ?? (result.scanned.includes(path) ? undefined : "Bandit's configuration excludes the file");
        const all = result.findings.filter((f) => f.path === path);
        const findings = all.filter((f) => (0,finding/* meetsThreshold */.M0)(f.severity, settings.severityLevel) && (0,finding/* meetsThreshold */.M0)(f.confidence, settings.confidenceLevel));
        return failure ? { findings, all, failure } : { findings, all };
    }
    finally {
        await (0,promises_.rm)(root, { recursive: true, force: true });
    }
}

// EXTERNAL MODULE: ./build/adapters/bandit/driver.js + 1 modules
var driver = __webpack_require__(6539);
// EXTERNAL MODULE: ./build/adapters/bandit/run.js + 1 modules
var run = __webpack_require__(1837);
// EXTERNAL MODULE: ./build/adapters/bandit/config.js
var bandit_config = __webpack_require__(8332);
// EXTERNAL MODULE: ./build/app/check.js + 7 modules
var check = __webpack_require__(1395);
;// CONCATENATED MODULE: ./build/adapters/files/profile-file.js





/** Read the profile; a missing file means the defaults. A broken file is the user's to fix, never replaced. */
async function loadProfileFile(path) {
    let text;
    try {
        text = await (0,promises_.readFile)(path, "utf8");
    }
    catch (error) {
        if (error.code === "ENOENT")
            return { profile: defaultProfile(), existed: false };
        throw new errors/* ConfigurationError */.j1(`cannot read the security profile ${path}: ${error.message}`);
    }
    try {
        return { profile: parseProfileYaml(text), existed: true };
    }
    catch (error) {
        if (error instanceof ProfileFileError) {
            throw new errors/* ConfigurationError */.j1(`the security profile ${path} is invalid: ${error.problems.map((p) => `${path}:${p.line}: ${p.message}`).join("; ")}. Fix it, or delete it to start again from the defaults.`);
        }
        throw error;
    }
}
async function saveProfileFile(path, profile) {
    try {
        await (0,directories/* makeDirectories */.K)((0,external_node_path_.dirname)(path));
        await (0,promises_.writeFile)(path, renderProfileYaml(profile));
    }
    catch (error) {
        throw new errors/* ConfigurationError */.j1(`cannot write the security profile ${path}: ${error.message}; check --profile`);
    }
}

// EXTERNAL MODULE: ./build/adapters/process.js
var adapters_process = __webpack_require__(7288);
;// CONCATENATED MODULE: ./build/adapters/test-command.js




/** Ten minutes: far above a unit-test suite, far below a CI job's limit. */
const TEST_COMMAND_TIMEOUT_MS = 10 * 60_000;
/**
 * Runs the user's own test command (through the shell, as they wrote it) in a copy of the working
 * tree with the candidate's file swapped in. The copy is made once per run; each candidate's
 * files are written before and restored after.
 */
class CopiedTreeTestRunner {
    repoRoot;
    command;
    env;
    timeoutMs;
    copy;
    constructor(repoRoot, command, env, 
    /** A test suite that hangs on a candidate rejects it instead of hanging the run. */
    timeoutMs = TEST_COMMAND_TIMEOUT_MS) {
        this.repoRoot = repoRoot;
        this.command = command;
        this.env = env;
        this.timeoutMs = timeoutMs;
    }
    async run(patched) {
        const root = await this.tree();
        const saved = new Map();
        for (const [path, text] of patched) {
            saved.set(path, await (0,promises_.readFile)((0,external_node_path_.join)(root, path)));
            await (0,promises_.writeFile)((0,external_node_path_.join)(root, path), text);
        }
        try {
            const result = await (0,adapters_process/* runCommand */.d1)("/bin/sh", ["-c", this.command], { cwd: root, env: this.env, timeoutMs: this.timeoutMs });
            const output = `${result.stdout}\n${result.stderr}`.trim().split(/\r?\n/).slice(-20).join("\n");
            return { passed: result.code === 0, exitCode: result.code, outputTail: output };
        }
        finally {
            for (const [path, content] of saved)
                await (0,promises_.writeFile)((0,external_node_path_.join)(root, path), content);
        }
    }
    async dispose() {
        if (this.copy)
            await (0,promises_.rm)(this.copy, { recursive: true, force: true });
        this.copy = undefined;
    }
    async tree() {
        if (!this.copy) {
            const base = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), "bandit-gate-tests-"));
            const target = (0,external_node_path_.join)(base, (0,external_node_path_.basename)(this.repoRoot));
            await (0,promises_.cp)(this.repoRoot, target, { recursive: true, filter: (src) => (0,external_node_path_.basename)(src) !== ".git", verbatimSymlinks: true });
            this.copy = base;
            this.copyRoot = target;
        }
        return this.copyRoot;
    }
    copyRoot;
}

// EXTERNAL MODULE: ./build/core/gate/baseline-file.js
var baseline_file = __webpack_require__(2476);
// EXTERNAL MODULE: ./build/core/gate/compare.js
var compare = __webpack_require__(7543);
// EXTERNAL MODULE: ./build/core/gate/fingerprint.js + 1 modules
var fingerprint = __webpack_require__(9969);
// EXTERNAL MODULE: ./build/core/gate/policy.js
var gate_policy = __webpack_require__(1576);
;// CONCATENATED MODULE: ./build/core/gate/file-verdict.js



/**
 * What the gate would report for one file against its baseline entries: the same syntax
 * fingerprints (from the statement reader's facts), the same matching cascade and the same
 * policy as a whole run. The fix loop asks it whether a rewritten function is fixed, so "fixed"
 * means what the gate means: a formatter's rewrap of a baseline finding is still that finding.
 */
function fileRegressions(baseline, head, policy) {
    const basePath = baseline.path;
    const items = (0,fingerprint/* fingerprintFile */.Ro)(head.findings, head.facts, basePath ?? head.path);
    const change = {
        baselinePathOf: new Map(basePath === undefined ? [] : [[head.path, basePath]]),
        hunks: new Map([[head.path, head.hunks]]),
        baseDefs: new Map(basePath !== undefined && baseline.defs ? [[basePath, baseline.defs]] : []),
        headDefs: new Map(head.facts.defs ? [[head.path, head.facts.defs]] : []),
        goneFiles: new Set(),
    };
    return (0,gate_policy/* judge */.S)((0,compare/* matchFindings */.cF)(baseline.entries, items, change), policy).regressions;
}

// EXTERNAL MODULE: ./build/core/gate/test-asserts.js
var test_asserts = __webpack_require__(2348);
;// CONCATENATED MODULE: ./build/app/fix-baseline.js










/**
 * Read the baseline side of the files the fix loop rewrites: the stored entries and defs of a
 * baseline file, or the baseline revision's version of each file (its old path if the branch
 * renamed it) scanned with the baseline's Bandit configuration and read by the statement reader,
 * exactly as the gate does. Files absent at the baseline have none.
 */
async function gateJudgeFor(report, settings, deps, paths, policy) {
    const root = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), "bandit-gate-fix-judge-"));
    try {
        const sides = await baselineSides(report, settings, deps, paths, root);
        // The gate left asserts in test files out of both sides (its report says so): so does its judge.
        const setAside = report.test_asserts?.judged === false;
        let serial = 0;
        return {
            async regressions(path, text, allFindings) {
                const found = sides.get(path) ?? { entries: [] };
                const side = setAside ? { ...found, entries: (0,test_asserts/* setAsideTestAsserts */.IX)(found.entries, (e) => e).kept } : found;
                const findings = setAside ? (0,test_asserts/* setAsideTestAsserts */.IX)(allFindings, (f) => f).kept : allFindings;
                serial += 1;
                const file = (0,external_node_path_.join)(root, "head", String(serial), path);
                await (0,directories/* makeDirectories */.K)((0,external_node_path_.dirname)(file));
                await (0,promises_.writeFile)(file, text);
                try {
                    const session = (await deps.statements()).open([{ path, file }]);
                    const facts = (await session.locate((0,check/* requestsOf */.uD)(findings), new Set([path]))).get(path);
                    if (!facts)
                        throw new Error(`the statement reader returned nothing for ${path}`);
                    // The gate's hunks run from the baseline's version to the branch's; a stored baseline has none.
                    const hunks = side.file ? await deps.git.diffFileHunks(side.file, file) : [];
                    return fileRegressions(side, { path, findings, facts, hunks }, policy);
                }
                finally {
                    await (0,promises_.rm)((0,external_node_path_.join)(root, "head", String(serial)), { recursive: true, force: true });
                }
            },
            dispose: () => (0,promises_.rm)(root, { recursive: true, force: true }),
        };
    }
    catch (error) {
        await (0,promises_.rm)(root, { recursive: true, force: true });
        throw error;
    }
}
async function baselineSides(report, settings, deps, paths, root) {
    const out = new Map();
    if (report.baseline.mode === "file") {
        const stored = await (0,check/* readBaselineFile */.s$)((0,external_node_path_.resolve)(settings.cwd, report.baseline.file));
        for (const path of paths) {
            const file = stored.files[path];
            out.set(path, file ? { path, entries: (0,baseline_file/* storedEntries */.g_)(path, file), defs: new Set(file.defs ?? []) } : { entries: [] });
        }
        return out;
    }
    const commit = report.baseline.commit;
    const renamed = new Map((await deps.git.diffNameStatus(commit, settings.head)).flatMap((c) => (c.status === "R" && c.oldPath ? [[c.path, c.oldPath]] : [])));
    const basePathOf = (path) => renamed.get(path) ?? path;
    const objects = await deps.git.readObjects(paths.map((p) => `${commit}:${basePathOf(p)}`));
    const present = [];
    for (const path of paths) {
        const basePath = basePathOf(path);
        const object = objects.get(`${commit}:${basePath}`);
        if (!object) {
            out.set(path, { entries: [] });
            continue;
        }
        const file = (0,external_node_path_.join)(root, "base", basePath);
        await (0,directories/* makeDirectories */.K)((0,external_node_path_.dirname)(file));
        await (0,promises_.writeFile)(file, object.content);
        present.push({ path, basePath, file });
    }
    if (present.length === 0)
        return out;
    const config = await (0,bandit_config/* loadBanditConfig */.p)(deps.git, { kind: "commit", commit });
    try {
        const basePaths = present.map((p) => p.basePath);
        const scanner = await deps.scanner(config);
        const session = (await deps.statements()).open(present.map((p) => ({ path: p.basePath, file: p.file })));
        const result = await scanner.scan((0,external_node_path_.join)(root, "base"), basePaths).catch(async (error) => {
            await session.close();
            throw error;
        });
        const facts = await session.locate((0,check/* requestsOf */.uD)(result.findings), new Set(basePaths));
        const entries = (0,compare/* toBaselineEntries */.v5)((0,check/* fingerprintSide */.Wq)(result.findings, facts, (p) => p));
        for (const { path, basePath, file } of present) {
            const defs = facts.get(basePath)?.defs;
            out.set(path, { path: basePath, file, entries: entries.filter((e) => e.path === basePath), ...(defs ? { defs } : {}) });
        }
        return out;
    }
    finally {
        await config.dispose();
    }
}

;// CONCATENATED MODULE: ./build/app/fix.js













/**
 * The gate, then the fix loop on what it found: shared by `bandit-gate fix` and the
 * Action's fix step. Writes nothing: the caller decides where the changes and the learned
 * profile go (the working tree, a patch, or a fix branch).
 */
async function runFix(settings, deps, gated) {
    const { logger, generator } = deps;
    const startedAt = new Date();
    const loaded = await loadProfileFile(settings.profilePath);
    const profileBefore = decayProfile(loaded.profile);
    // The Action has just gated this tree: its report is reused rather than scanned again.
    const report = gated ?? (await (0,check/* runGate */.Rg)(settings.gate, deps.gate));
    if (report.scan_errors.length > 0 && !settings.gate.allowScanErrors)
        return { kind: "scan-errors", report };
    if (report.regressions.length === 0)
        return { kind: "nothing-to-fix", report };
    logger.info(`${report.regressions.length} regression(s) to work on`);
    const root = deps.gate.git.root;
    const bandit = await deps.gate.bandit();
    // Candidates are scanned as the gate scans: with the baseline's configuration in git mode, so a
    // branch cannot loosen its own check, and judged against the same baseline entries.
    const config = await (0,bandit_config/* loadBanditConfig */.p)(deps.gate.git, report.baseline.mode === "git" ? { kind: "commit", commit: report.baseline.commit } : { kind: "worktree" });
    const policy = { severityLevel: settings.gate.severityLevel, confidenceLevel: settings.gate.confidenceLevel, nosec: settings.gate.nosec };
    // Candidates are read and paired exactly as the gate reads and pairs the branch (fix-baseline.ts).
    const judge = await gateJudgeFor(report, settings.gate, deps.gate, [...new Set(report.regressions.map((r) => r.path))], policy).catch(async (error) => {
        await config.dispose();
        throw error;
    });
    const secrets = deps.secrets ?? [];
    const toolEnv = (0,child_env/* childEnvironment */.Qc)(deps.env, { secrets });
    const testEnv = (0,child_env/* childEnvironment */.Qc)(deps.env, { pass: settings.loop.testEnv, secrets });
    const tests = settings.loop.testCommand ? new CopiedTreeTestRunner(root, settings.loop.testCommand, testEnv) : undefined;
    // One Bandit kept running for every round's candidates (driver.ts): a round pays no start-up.
    const drivers = driver/* BanditDrivers */.m.for(bandit.argv, toolEnv, 1)?.warm();
    let result;
    try {
        result = await runFixLoop(report, profileBefore, settings.loop, {
            logger,
            generator,
            python: new ast/* PythonAstRunner */.pl((0,ast/* pythonForBandit */.Mf)(bandit.argv), toolEnv),
            scanner: new run/* BanditRunner */.t(bandit, { config: config.config, jobs: 1, env: toolEnv, ...(drivers ? { drivers } : {}) }),
            secrets,
            gateRegressions: (path, text, findings) => judge.regressions(path, text, findings),
            readSource: (path) => (0,promises_.readFile)((0,external_node_path_.join)(root, path), "utf8"),
            ...(tests ? { tests } : {}),
        });
    }
    finally {
        await drivers?.close();
        await tests?.dispose();
        await judge.dispose();
        await config.dispose();
    }
    const record = {
        schema: "bandit-gate/remediation-run",
        schema_version: 2,
        started_at: startedAt.toISOString(),
        finished_at: new Date().toISOString(),
        generator: { kind: generator.kind, ...(generator.model ? { model: generator.model } : {}) },
        bandit_version: bandit.version,
        settings: {
            max_rounds: settings.loop.maxRounds,
            temperatures: settings.loop.temperatures,
            max_tokens: settings.loop.maxTokens,
            test_command: settings.loop.testCommand ?? null,
            temperature_sent: generator.supportsTemperature,
        },
        profile_loaded: loaded.profile,
        profile_before: profileBefore,
        profile_after: result.profile,
        functions: result.functions,
        module_level: result.moduleLevel,
        usage: { input_tokens: result.usage.input_tokens, output_tokens: result.usage.output_tokens, budget: settings.loop.maxTokens, calls: result.usage.calls },
        ...(result.stoppedEarly ? { stopped_early: result.stoppedEarly } : {}),
    };
    return { kind: "remediated", report, result, record };
}

;// CONCATENATED MODULE: ./build/app/fix-patch.js






/**
 * A unified diff of the changes, `git apply`-able from the repository root: git's own diff of
 * two temporary copies, with the user's diff configuration neutralised.
 */
async function unifiedDiff(changes) {
    if (changes.length === 0)
        return "";
    const root = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), "bandit-gate-diff-"));
    try {
        let diff = "";
        for (const change of changes) {
            for (const [side, text] of [["a", change.before], ["b", change.after]]) {
                const file = (0,external_node_path_.join)(root, side, change.path);
                await (0,directories/* makeDirectories */.K)((0,external_node_path_.dirname)(file));
                await (0,promises_.writeFile)(file, text);
            }
            diff += await (0,adapters_git/* diffFilesNoIndex */.M6)(root, `a/${change.path}`, `b/${change.path}`);
        }
        return diff;
    }
    finally {
        await (0,promises_.rm)(root, { recursive: true, force: true });
    }
}
/** Write the changed files into the working tree, refusing any file that changed during the run. */
async function applyChanges(repoRoot, changes) {
    for (const change of changes) {
        const current = await (0,promises_.readFile)((0,external_node_path_.join)(repoRoot, change.path), "utf8");
        if (current !== change.before) {
            throw new errors/* ConfigurationError */.j1(`${change.path} changed while fix was running; nothing was written to it. Run fix again.`);
        }
    }
    for (const change of changes)
        await (0,promises_.writeFile)((0,external_node_path_.join)(repoRoot, change.path), change.after);
}

// EXTERNAL MODULE: ./build/core/messages.js
var messages = __webpack_require__(1072);
// EXTERNAL MODULE: ./build/cli/args.js
var args = __webpack_require__(9376);
// EXTERNAL MODULE: ./build/cli/console-logger.js
var console_logger = __webpack_require__(5521);
// EXTERNAL MODULE: ./build/cli/help.js
var help = __webpack_require__(9654);
// EXTERNAL MODULE: ./build/adapters/files/output-file.js
var output_file = __webpack_require__(6691);
;// CONCATENATED MODULE: ./build/core/fix/codemods/paramstyle.js
/**
 * The DB-API placeholder style of the driver a file imports. A query is only rewritten when
 * exactly one known style is in play: a wrong placeholder is a broken query, not a safer one.
 */
/** Top-level driver module -> its DB-API `paramstyle`. */
const DRIVER_PARAMSTYLE = {
    sqlite3: "qmark",
    pysqlite2: "qmark",
    psycopg: "format",
    psycopg2: "format",
    pymysql: "format",
    MySQLdb: "format",
    mysql: "format",
};
/** The top-level modules the import statements bring in. */
function importedModules(importTexts) {
    const modules = [];
    for (const text of importTexts) {
        const statement = text.replace(/\\\r?\n/g, " ").replace(/[()]/g, " ").trim();
        const from = /^from\s+([A-Za-z_][\w.]*)\s+import\b/.exec(statement);
        if (from) {
            modules.push(from[1].split(".")[0]);
            continue;
        }
        const plain = /^import\s+(.+)$/.exec(statement);
        if (plain) {
            for (const part of plain[1].split(",")) {
                const name = part.trim().split(/\s+/)[0];
                if (name)
                    modules.push(name.split(".")[0]);
            }
        }
    }
    return modules;
}
function paramstyleFor(importTexts) {
    const drivers = [...new Set(importedModules(importTexts).filter((m) => m in DRIVER_PARAMSTYLE))];
    const styles = [...new Set(drivers.map((d) => DRIVER_PARAMSTYLE[d]))];
    if (styles.length === 1)
        return { paramstyle: styles[0] };
    if (styles.length === 0)
        return { refused: "no DB-API driver with a known paramstyle (sqlite3, psycopg, psycopg2, pymysql, MySQLdb) is imported, so the placeholder is unknown" };
    return { refused: `drivers with different paramstyles are imported (${drivers.join(", ")}), so the placeholder is ambiguous` };
}

;// CONCATENATED MODULE: ./build/core/fix/codemods/token-names.js
/**
 * Whether a name says its value is a secret (a token, password, key...), for random-secrets: a
 * draw from `random` is only moved to `secrets` where the name of the variable or function says
 * so. Names are compared by whole parts (split on `_`, digits and camelCase), so `monkey` is
 * not a `key` and `tokenizer_seed` is not a `token`, while `apiKey`, `API_KEY`, `resetCodes`
 * and `session_id` are what they say.
 */
/** The name parts that mark a secret; a plural (`keys`) counts too. */
const TOKEN_WORDS = [
    "token",
    "password",
    "passwd",
    "passphrase",
    "pwd",
    "secret",
    "key",
    "apikey",
    "nonce",
    "salt",
    "otp",
    "totp",
    "hotp",
    "pin",
    "csrf",
    "xsrf",
    "session",
    "sessionid",
    "reset",
    "verification",
    "verify",
    "auth",
    "code",
];
/**
 * One name part: an upper-case run not followed by lower case (`API` in `APIKey`), a word with an
 * optional capital (`Key`), or digits. The codemod script (Python `re`) uses this same pattern.
 */
const NAME_PART_PATTERN = "[A-Z]+(?![a-z])|[A-Z]?[a-z]+|[0-9]+";
function nameParts(name) {
    return [...name.matchAll(new RegExp(NAME_PART_PATTERN, "g"))].map((m) => m[0].toLowerCase());
}
function isTokenName(name) {
    return nameParts(name).some((part) => TOKEN_WORDS.includes(part) || (part.endsWith("s") && TOKEN_WORDS.includes(part.slice(0, -1))));
}

;// CONCATENATED MODULE: ./build/core/fix/codemods/reply.js
/**
 * The outcome as a reply in the same shape a model gives (one fenced python block: imports, then
 * the function), so that it is parsed, validated, scanned and tested by exactly the same code.
 */
function codemodReply(outcome) {
    const lines = ["Codemods applied:"];
    for (const a of outcome.applied)
        lines.push(`- line ${a.line} ${a.testId}: ${a.codemod}: ${a.summary}`);
    if (outcome.refused.length > 0) {
        lines.push("Refused:");
        for (const r of outcome.refused)
            lines.push(`- line ${r.line} ${r.testId}: ${r.codemod ?? "none"}: ${r.reason}`);
    }
    const body = [...outcome.imports, ...(outcome.imports.length > 0 ? [""] : []), (outcome.source ?? "").replace(/\s+$/, "")].join("\n");
    return `${lines.join("\n")}\n\n\`\`\`python\n${body}\n\`\`\`\n`;
}
/** One line for a function no codemod could rewrite. */
function refusalSummary(refused) {
    if (refused.length === 0)
        return "no codemod applied";
    return `no codemod applied: ${refused.map((r) => `${r.testId} line ${r.line}: ${r.reason}`).join("; ")}`;
}

;// CONCATENATED MODULE: ./build/adapters/python/codemod-script.js
/**
 * The Python side of the codemod generator, run with `python -c` by an interpreter that has
 * libcst. It reads one JSON request on stdin (a function's source, the findings to fix in it, the
 * file's import statements) and writes one JSON answer: the rewritten function, the imports it
 * needs, and for every finding the codemod applied or the reason it refused. It parses source
 * with libcst and ast; it never imports, compiles to run, or executes the code it is given.
 * A shape a codemod does not recognise exactly is refused: the loop's gates judge what is left.
 */
const PYTHON_CODEMOD_SCRIPT = String.raw `
import ast, json, re, sys
try:
    import libcst as cst
    from libcst.metadata import MetadataWrapper, ParentNodeProvider, PositionProvider
except ImportError:
    sys.stderr.write("libcst is not installed for %s\n" % sys.executable)
    sys.exit(5)

class Refused(Exception):
    pass

# Characters that make a command line mean more to a shell than words separated by spaces.
SHELL_SYNTAX = set("|&;<>()$\x60\\\"'*?[]#~{}!\n\r")
SUBPROCESS_FUNCS = {"run", "call", "check_call", "check_output", "Popen", "getoutput", "getstatusoutput"}
LIST_OK_FUNCS = {"run", "call", "check_call", "check_output", "Popen"}

def is_token_name(ctx, name):
    """Whether a whole part of name (split on _, digits and camelCase) is a token word; the words and pattern come from the request."""
    parts = [p.lower() for p in re.findall(ctx.name_part, name)]
    return any(p in ctx.token_words or (p.endswith("s") and p[:-1] in ctx.token_words) for p in parts)

def bindings_of(import_texts):
    """Local name -> dotted name it stands for, from the file's (and the function's) imports."""
    names = {}
    for text in import_texts:
        try:
            tree = ast.parse(text)
        except SyntaxError:
            continue
        for stmt in ast.walk(tree):
            if isinstance(stmt, ast.Import):
                for a in stmt.names:
                    if a.asname:
                        names[a.asname] = a.name
                    else:
                        top = a.name.split(".")[0]
                        names[top] = top
            elif isinstance(stmt, ast.ImportFrom) and stmt.level == 0 and stmt.module:
                for a in stmt.names:
                    names[a.asname or a.name] = stmt.module + "." + a.name
    return names

def dotted(node):
    if isinstance(node, cst.Name):
        return node.value
    if isinstance(node, cst.Attribute):
        inner = dotted(node.value)
        return None if inner is None else inner + "." + node.attr.value
    return None

class Context:
    def __init__(self, request, module, wrapper):
        self.module = module
        self.names = bindings_of(request.get("imports", []) + [module.code_for_node(s) for s in function_imports(module)])
        self.positions = wrapper.resolve(PositionProvider)
        self.parents = wrapper.resolve(ParentNodeProvider)
        self.paramstyle = request.get("paramstyle")
        self.timeout = request.get("timeout", 30)
        self.tests = bool(request.get("testsAvailable"))
        self.token_words = set(request.get("tokenWords", []))
        self.name_part = request.get("namePartPattern", r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|[0-9]+")
        self.imports = []  # import lines the rewrite needs, in the file's style
        self.edits = {}  # id(original node) -> list of functions updated_node -> new node
        self.used_names = {n.value for n in walk(module) if isinstance(n, cst.Name)}

    def qualified(self, func):
        name = dotted(func)
        if name is None:
            return None
        head, _, rest = name.partition(".")
        base = self.names.get(head, head)
        return base + ("." + rest if rest else "")

    def module_ref(self, module):
        """An expression for module in the file's style, adding 'import module' when it is not bound."""
        for local, full in self.names.items():
            if full == module:
                return cst.parse_expression(local)
        self.need("import " + module)
        self.names[module] = module
        return cst.parse_expression(module)

    def member(self, module, member, like):
        """module.member written the way 'like' (the flagged call's callee) was written."""
        if isinstance(like, cst.Name):
            for local, full in self.names.items():
                if full == module + "." + member:
                    return cst.Name(local)
            if member in self.used_names and self.names.get(member) != module + "." + member:
                raise Refused("%s is already a name in this function" % member)
            self.need("from %s import %s" % (module, member))
            self.names[member] = module + "." + member
            return cst.Name(member)
        if isinstance(like, cst.Attribute):
            return like.with_changes(attr=cst.Name(member))
        return cst.Attribute(value=self.module_ref(module), attr=cst.Name(member))

    def need(self, line):
        if line not in self.imports:
            self.imports.append(line)

    def edit(self, node, change):
        self.edits.setdefault(id(node), []).append(change)

    def lines(self, node):
        pos = self.positions[node]
        return pos.start.line, pos.end.line

    def parent(self, node):
        return self.parents.get(node)

def walk(node):
    yield node
    for child in node.children:
        yield from walk(child)

def function_imports(module):
    return [n for n in walk(module) if isinstance(n, (cst.Import, cst.ImportFrom))]

def calls_at(ctx, line):
    found = []
    for node in walk(ctx.module):
        if isinstance(node, cst.Call):
            start, end = ctx.lines(node)
            if start <= line <= end:
                found.append(node)
    # Innermost first: the flagged call, not the one around it.
    found.sort(key=lambda n: ctx.lines(n)[1] - ctx.lines(n)[0])
    return found

def keyword(call, name):
    for arg in call.args:
        if arg.keyword is not None and arg.keyword.value == name:
            return arg
    return None

def positional(call):
    return [a for a in call.args if a.keyword is None and not a.star]

def is_const(node, value):
    return isinstance(node, cst.Name) and node.value == repr(value)

def string_value(node):
    if isinstance(node, (cst.SimpleString, cst.ConcatenatedString)):
        value = node.evaluated_value
        return value if isinstance(value, str) else None
    return None

def without_arg(call, arg):
    args = [a for a in call.args if a is not arg]
    if args and arg is call.args[-1] and arg.comma is cst.MaybeSentinel.DEFAULT:
        args[-1] = args[-1].with_changes(comma=cst.MaybeSentinel.DEFAULT)
    return call.with_changes(args=args)

def with_keyword(call, name, value):
    args = list(call.args)
    new = cst.Arg(keyword=cst.Name(name), value=value, equal=cst.AssignEqual(whitespace_before=cst.SimpleWhitespace(""), whitespace_after=cst.SimpleWhitespace("")))
    if args:
        last = args[-1]
        if last.comma is cst.MaybeSentinel.DEFAULT:
            args[-1] = last.with_changes(comma=cst.Comma(whitespace_after=cst.SimpleWhitespace(" ")))
        else:
            # A trailing comma (one argument a line): the new one follows the same layout.
            between = args[-2].comma if len(args) > 1 else cst.Comma(whitespace_after=call.whitespace_before_args)
            args[-1] = last.with_changes(comma=between)
            new = new.with_changes(comma=last.comma)
    args.append(new)
    return call.with_changes(args=args)

def replace_value(arg, value):
    return lambda call: call.with_changes(args=[a.with_changes(value=value) if a.keyword is not None and a.keyword.value == arg.keyword.value else a for a in call.args])

def find(ctx, line, predicate, what):
    for call in calls_at(ctx, line):
        name = ctx.qualified(call.func)
        if name is not None and predicate(name, call):
            return call, name
    raise Refused("no %s call on this line" % what)

# ---- yaml.load -> safe_load --------------------------------------------------------------
def yaml_safe_load(ctx, line):
    call, name = find(ctx, line, lambda n, c: n in ("yaml.load", "yaml.load_all"), "yaml.load")
    loader = keyword(call, "Loader")
    extra = [a for a in call.args if a is not loader][1:]
    if len(positional(call)) != 1 or extra or any(a.star for a in call.args):
        raise Refused("yaml.load has arguments besides the stream and Loader")
    if loader is not None:
        loader_name = ctx.qualified(loader.value) or ""
        if loader_name.split(".")[-1] not in ("Loader", "UnsafeLoader", "FullLoader"):
            raise Refused("the Loader is not one of yaml's own loaders")
    safe = "safe_load_all" if name.endswith("load_all") else "safe_load"
    func = ctx.member("yaml", safe, call.func)
    ctx.edit(call, lambda c: (without_arg(c, keyword(c, "Loader")) if loader is not None else c).with_changes(func=func))
    return "%s -> yaml.%s" % (name, safe)

# ---- shell commands ----------------------------------------------------------------------
def command_words(ctx, node):
    """The argument list a shell would build from node, or Refused. Interpolated values must be whole words."""
    parts = []
    def text(value):
        if any(ch in SHELL_SYNTAX for ch in value):
            raise Refused("the command holds shell syntax (quotes, pipes, redirection, variables or globbing)")
        parts.append(("text", value))
    def visit(n):
        value = string_value(n)
        if value is not None:
            text(value)
        elif isinstance(n, cst.FormattedString):
            if "b" in n.prefix.lower():
                raise Refused("bytes commands are not rewritten")
            for p in n.parts:
                if isinstance(p, cst.FormattedStringText):
                    if "\\" in p.value or "{" in p.value or "}" in p.value:
                        raise Refused("the f-string has escapes")
                    text(p.value)
                else:
                    if p.conversion is not None or p.format_spec is not None:
                        raise Refused("an interpolation has a conversion or format spec")
                    parts.append(("expr", cst.Call(func=cst.Name("str"), args=[cst.Arg(p.expression)])))
        elif isinstance(n, cst.BinaryOperation) and isinstance(n.operator, cst.Add):
            visit(n.left)
            visit(n.right)
        elif isinstance(n, cst.BinaryOperation) and isinstance(n.operator, cst.Modulo) and string_value(n.left) is not None:
            fmt = string_value(n.left)
            values = list(n.right.elements) if isinstance(n.right, cst.Tuple) else [n.right]
            pieces = re.split(r"(%.)", fmt)
            i = 0
            for piece in pieces:
                if re.fullmatch(r"%.", piece):
                    if piece == "%%":
                        text("%")
                        continue
                    if piece not in ("%s", "%d") or i >= len(values):
                        raise Refused("the %-format is not plain %s/%d")
                    v = values[i]
                    parts.append(("expr", cst.Call(func=cst.Name("str"), args=[cst.Arg(v.value if isinstance(v, cst.Element) else v)])))
                    i += 1
                elif piece:
                    text(piece)
            if i != len(values):
                raise Refused("the %-format's values do not match its placeholders")
        elif inside_add and isinstance(n, (cst.Name, cst.Attribute, cst.Call, cst.Subscript)):
            # + with a string already made it a string.
            parts.append(("expr", n))
        else:
            raise Refused("the command is not a string written in the call (a constant, an f-string, + or %)")
    inside_add = isinstance(node, cst.BinaryOperation) and isinstance(node.operator, cst.Add)
    visit(node)
    words, current, prev = [], None, "space"
    for kind, value in parts:
        if kind == "text":
            for i, chunk in enumerate(re.split(r"(\s+)", value)):
                if chunk == "":
                    continue
                if chunk.isspace():
                    if current is not None:
                        words.append(current)
                    current, prev = None, "space"
                else:
                    if prev == "expr":
                        raise Refused("an interpolated value is glued to other text, so it is not a whole argument")
                    current = (current or "") + chunk
                    prev = "text"
        else:
            if prev == "text":
                raise Refused("an interpolated value is glued to other text, so it is not a whole argument")
            if current is not None:
                words.append(current)
            current, prev = value, "expr"
    if current is not None:
        words.append(current)
    if not words:
        raise Refused("the command is empty")
    if isinstance(words[0], str) and "=" in words[0]:
        raise Refused("the command starts with a variable assignment")
    quote = quote_of(node)
    return [cst.SimpleString(quote + w + quote) if isinstance(w, str) else w for w in words]

def quote_of(node):
    """The quote character the author used for the string node (first string in it), else a double quote."""
    for n in walk(node):
        if isinstance(n, (cst.SimpleString, cst.FormattedString)):
            return "'" if n.quote.startswith("'") else '"'
    return '"'

def as_list(words):
    return cst.List([cst.Element(w) for w in words])

def subprocess_shell_false(ctx, line):
    call, name = find(ctx, line, lambda n, c: n.startswith("subprocess.") and n.split(".")[-1] in SUBPROCESS_FUNCS and keyword(c, "shell") is not None, "subprocess call with shell=")
    func = name.split(".")[-1]
    if func not in LIST_OK_FUNCS:
        raise Refused("subprocess.%s has no list form" % func)
    shell = keyword(call, "shell")
    if not is_const(shell.value, True):
        raise Refused("shell= is not the constant True")
    args = positional(call)
    cmd = args[0] if args else keyword(call, "args")
    if cmd is None:
        raise Refused("the call has no command argument")
    words = command_words(ctx, cmd.value)
    index = list(call.args).index(cmd)
    def change(c):
        new_args = []
        for i, a in enumerate(c.args):
            if i == index:
                a = a.with_changes(value=as_list(words))
            elif a.keyword is not None and a.keyword.value == "shell":
                a = a.with_changes(value=cst.Name("False"))
            new_args.append(a)
        return c.with_changes(args=new_args)
    ctx.edit(call, change)
    return "%s(..., shell=True) -> argument list, shell=False" % name

def os_shell(ctx, line):
    call, name = find(ctx, line, lambda n, c: n in ("os.system", "os.popen"), "os.system/os.popen")
    args = positional(call)
    if len(call.args) != 1 or len(args) != 1:
        raise Refused("%s has arguments besides the command" % name)
    words = command_words(ctx, args[0].value)
    sp = ctx.module_ref("subprocess")
    run = cst.Attribute(value=sp, attr=cst.Name("run"))
    parent = ctx.parent(call)
    if name == "os.system":
        new = cst.Call(func=run, args=[cst.Arg(as_list(words), comma=cst.Comma(whitespace_after=cst.SimpleWhitespace(" "))), cst.Arg(keyword=cst.Name("check"), value=cst.Name("False"), equal=cst.AssignEqual(whitespace_before=cst.SimpleWhitespace(""), whitespace_after=cst.SimpleWhitespace("")))])
        if isinstance(parent, cst.Expr):
            ctx.edit(call, lambda c: new)
            return "os.system(...) -> subprocess.run([...], check=False) (its result was unused)"
        # os.system returns a wait status, run() a return code: they agree only on zero vs non-zero.
        zero_test = (
            isinstance(parent, (cst.If, cst.While)) and parent.test is call
            or isinstance(parent, cst.UnaryOperation) and isinstance(parent.operator, cst.Not)
            or isinstance(parent, cst.Comparison) and parent.left is call and len(parent.comparisons) == 1
            and isinstance(parent.comparisons[0].operator, (cst.Equal, cst.NotEqual))
            and isinstance(parent.comparisons[0].comparator, cst.Integer) and parent.comparisons[0].comparator.value == "0"
        )
        if not zero_test:
            raise Refused("the wait status os.system returns is used as a number; subprocess.run's return code differs from it except for zero")
        ctx.edit(call, lambda c: cst.Attribute(value=new, attr=cst.Name("returncode")))
        return "os.system(...) -> subprocess.run([...], check=False).returncode (only compared with zero)"
    outer = ctx.parent(parent) if isinstance(parent, cst.Attribute) and parent.attr.value == "read" else None
    if not (isinstance(outer, cst.Call) and outer.func is parent and not outer.args):
        raise Refused("os.popen's file object is used other than with a single .read()")
    new = cst.Call(func=run, args=[
        cst.Arg(as_list(words), comma=cst.Comma(whitespace_after=cst.SimpleWhitespace(" "))),
        cst.Arg(keyword=cst.Name("stdout"), value=cst.Attribute(value=sp, attr=cst.Name("PIPE")), equal=cst.AssignEqual(whitespace_before=cst.SimpleWhitespace(""), whitespace_after=cst.SimpleWhitespace("")), comma=cst.Comma(whitespace_after=cst.SimpleWhitespace(" "))),
        cst.Arg(keyword=cst.Name("text"), value=cst.Name("True"), equal=cst.AssignEqual(whitespace_before=cst.SimpleWhitespace(""), whitespace_after=cst.SimpleWhitespace("")), comma=cst.Comma(whitespace_after=cst.SimpleWhitespace(" "))),
        cst.Arg(keyword=cst.Name("check"), value=cst.Name("False"), equal=cst.AssignEqual(whitespace_before=cst.SimpleWhitespace(""), whitespace_after=cst.SimpleWhitespace(""))),
    ])
    ctx.edit(outer, lambda c: cst.Attribute(value=new, attr=cst.Name("stdout")))
    return "os.popen(...).read() -> subprocess.run([...], stdout=PIPE, text=True, check=False).stdout"

# ---- HTTP clients ------------------------------------------------------------------------
HTTP_FUNCS = {"get", "post", "put", "patch", "delete", "head", "options", "request"}

def http_call(ctx, line, predicate):
    return find(ctx, line, lambda n, c: n.split(".")[0] in ("requests", "httpx") and n.split(".")[-1] in HTTP_FUNCS and len(n.split(".")) == 2 and predicate(c), "requests/httpx")

def request_timeout(ctx, line):
    call, name = http_call(ctx, line, lambda c: keyword(c, "timeout") is None or is_const(keyword(c, "timeout").value, None))
    if any(a.star == "**" for a in call.args):
        raise Refused("the call passes **kwargs, which may hold a timeout")
    value = cst.Integer(str(int(ctx.timeout))) if float(ctx.timeout).is_integer() else cst.Float(str(ctx.timeout))
    existing = keyword(call, "timeout")
    ctx.edit(call, replace_value(existing, value) if existing is not None else lambda c: with_keyword(c, "timeout", value))
    return "%s -> timeout=%s" % (name, ctx.timeout)

def verify_removed(ctx, line):
    call, name = http_call(ctx, line, lambda c: keyword(c, "verify") is not None and is_const(keyword(c, "verify").value, False))
    ctx.edit(call, lambda c: without_arg(c, keyword(c, "verify")))
    return "%s: verify=False removed (certificates are checked)" % name

# ---- tempfile.mktemp -> mkstemp ----------------------------------------------------------
def mktemp(ctx, line):
    call, name = find(ctx, line, lambda n, c: n == "tempfile.mktemp", "tempfile.mktemp")
    assign = ctx.parent(call)
    stmt = ctx.parent(assign)
    if not (isinstance(assign, cst.Assign) and assign.value is call and len(assign.targets) == 1 and isinstance(assign.targets[0].target, cst.Name) and isinstance(stmt, cst.SimpleStatementLine) and len(stmt.body) == 1):
        raise Refused("tempfile.mktemp is not assigned alone to one name (path = tempfile.mktemp(...))")
    if not ctx.tests:
        raise Refused("mkstemp creates the file mktemp only named; only the project's tests can say whether that is accepted (give --test-command)")
    target = assign.targets[0].target.value
    fd = next((n for n in ("fd", target + "_fd", "tmp_fd") if n not in ctx.used_names), None)
    if fd is None:
        raise Refused("no free name for the file descriptor")
    func = ctx.member("tempfile", "mkstemp", call.func)
    os_ref = ctx.module_ref("os")
    def change(line_node):
        first = line_node.with_changes(body=[cst.Assign(
            targets=[cst.AssignTarget(cst.Tuple([cst.Element(cst.Name(fd), comma=cst.Comma(whitespace_after=cst.SimpleWhitespace(" "))), cst.Element(cst.Name(target))], lpar=[], rpar=[]))],
            value=call.with_changes(func=func))])
        second = cst.SimpleStatementLine(body=[cst.Expr(cst.Call(func=cst.Attribute(value=os_ref, attr=cst.Name("close")), args=[cst.Arg(cst.Name(fd))]))], leading_lines=[])
        return cst.FlattenSentinel([first, second])
    ctx.edit(stmt, change)
    return "tempfile.mktemp -> tempfile.mkstemp (the file is created safely, its descriptor closed)"

# ---- random -> secrets -------------------------------------------------------------------
def token_context(ctx, call):
    node = call
    while node is not None:
        if isinstance(node, cst.Assign):
            names = [t.target.value for t in node.targets if isinstance(t.target, cst.Name)]
            if any(is_token_name(ctx, n) for n in names):
                return True
        if isinstance(node, cst.FunctionDef):
            return is_token_name(ctx, node.name.value)
        node = ctx.parent(node)
    return False

def random_secrets(ctx, line):
    call, name = find(ctx, line, lambda n, c: n.startswith("random.") and n.count(".") == 1, "random")
    func = name.split(".")[1]
    if func in ("seed", "Random", "SystemRandom", "getstate", "setstate"):
        raise Refused("random.%s is not a draw" % func)
    if not token_context(ctx, call):
        raise Refused("nothing says this value is a token, password or key (a simulation or a test may need a seedable generator)")
    secrets = ctx.module_ref("secrets")
    args = positional(call)
    if func == "choice":
        ctx.edit(call, lambda c: c.with_changes(func=cst.Attribute(value=secrets, attr=cst.Name("choice"))))
    elif func == "getrandbits":
        ctx.edit(call, lambda c: c.with_changes(func=cst.Attribute(value=secrets, attr=cst.Name("randbits"))))
    elif func == "randrange" and len(call.args) == 1 and len(args) == 1:
        ctx.edit(call, lambda c: c.with_changes(func=cst.Attribute(value=secrets, attr=cst.Name("randbelow"))))
    else:
        system = cst.Call(func=cst.Attribute(value=secrets, attr=cst.Name("SystemRandom")))
        ctx.edit(call, lambda c: c.with_changes(func=cst.Attribute(value=system, attr=cst.Name(func))))
    return "random.%s -> secrets (a cryptographically strong source)" % func

# ---- jinja2 autoescape -------------------------------------------------------------------
def jinja2_autoescape(ctx, line):
    call, name = find(ctx, line, lambda n, c: n in ("jinja2.Environment", "jinja2.Template"), "jinja2.Environment")
    existing = keyword(call, "autoescape")
    if existing is not None and not is_const(existing.value, False):
        raise Refused("autoescape is set to an expression; its intent is the author's")
    if any(a.star == "**" for a in call.args):
        raise Refused("the call passes **kwargs, which may hold autoescape")
    select = cst.Call(func=ctx.member("jinja2", "select_autoescape", call.func))
    ctx.edit(call, replace_value(existing, select) if existing is not None else lambda c: with_keyword(c, "autoescape", select))
    return "%s -> autoescape=select_autoescape()" % name

# ---- hashlib md5/sha1 -> sha256 ----------------------------------------------------------
WEAK = ("md4", "md5", "sha", "sha1")

def hashlib_sha256(ctx, line):
    def weak(n, c):
        if n in ("hashlib.md5", "hashlib.sha1", "hashlib.md4"):
            return True
        if n == "hashlib.new":
            args = positional(c)
            return bool(args) and (string_value(args[0].value) or "").lower() in WEAK
        return False
    call, name = find(ctx, line, weak, "hashlib md5/sha1")
    if not ctx.tests:
        raise Refused("sha256 gives other digests than %s; only the project's tests can say whether the digest's users accept it (give --test-command)" % name)
    if name == "hashlib.new":
        index = list(call.args).index(positional(call)[0])
        ctx.edit(call, lambda c: c.with_changes(args=[a.with_changes(value=cst.SimpleString('"sha256"')) if i == index else a for i, a in enumerate(c.args)]))
        return "hashlib.new(weak) -> hashlib.new(\"sha256\")"
    func = ctx.member("hashlib", "sha256", call.func)
    ctx.edit(call, lambda c: c.with_changes(func=func))
    return "%s -> hashlib.sha256" % name

# ---- eval -> ast.literal_eval ------------------------------------------------------------
def literal_eval(ctx, line):
    call, name = find(ctx, line, lambda n, c: n == "eval" and "eval" not in ctx.names, "eval")
    if len(call.args) != 1 or positional(call) != list(call.args):
        raise Refused("eval is given globals or locals, so it evaluates names, not a literal")
    arg = call.args[0].value
    constant = string_value(arg)
    if constant is not None:
        try:
            ast.literal_eval(constant)
        except (ValueError, SyntaxError, TypeError, MemoryError, RecursionError):
            raise Refused("the string is not a Python literal")
    elif not ctx.tests:
        raise Refused("the evaluated text is only known at run time; only the project's tests can say whether it is always a literal (give --test-command)")
    func = cst.Attribute(value=ctx.module_ref("ast"), attr=cst.Name("literal_eval"))
    ctx.edit(call, lambda c: c.with_changes(func=func))
    return "eval -> ast.literal_eval"

# ---- DB-API execute of a built query -> bound parameters ---------------------------------
VALUE_BEFORE = re.compile(r"(=|<>|!=|<=|>=|<|>|\blike|\blimit|\boffset|\bvalues\s*\([^)]*(\(|,))\s*$", re.I)

def sql_pieces(node):
    """[("text", str) | ("expr", node)] of a query built with an f-string, % or +; None for other shapes."""
    value = string_value(node)
    if value is not None:
        return [("text", value)]
    if isinstance(node, cst.FormattedString):
        if "b" in node.prefix.lower():
            raise Refused("bytes queries are not rewritten")
        out = []
        for p in node.parts:
            if isinstance(p, cst.FormattedStringText):
                if "\\" in p.value or "{{" in p.value or "}}" in p.value:
                    raise Refused("the f-string has escapes")
                out.append(("text", p.value))
            else:
                if p.conversion is not None or p.format_spec is not None:
                    raise Refused("an interpolation has a conversion or format spec")
                out.append(("expr", p.expression))
        return out
    if isinstance(node, cst.BinaryOperation) and isinstance(node.operator, cst.Add):
        left, right = sql_pieces(node.left), sql_pieces(node.right)
        return None if left is None or right is None else left + right
    if isinstance(node, cst.BinaryOperation) and isinstance(node.operator, cst.Modulo) and string_value(node.left) is not None:
        fmt = string_value(node.left)
        if isinstance(node.right, cst.Dict) or re.search(r"%\(", fmt):
            raise Refused("named %-formatting is not rewritten")
        values = [e.value for e in node.right.elements] if isinstance(node.right, cst.Tuple) else [node.right]
        out, i = [], 0
        for piece in re.split(r"(%.)", fmt):
            if re.fullmatch(r"%.", piece):
                if piece == "%%":
                    out.append(("text", "%"))
                    continue
                if piece not in ("%s", "%d", "%i") or i >= len(values):
                    raise Refused("the %-format is not plain %s/%d")
                out.append(("expr", values[i]))
                i += 1
            elif piece:
                out.append(("text", piece))
        if i != len(values):
            raise Refused("the %-format's values do not match its placeholders")
        return out
    if isinstance(node, (cst.Name, cst.Attribute, cst.Call, cst.Subscript)):
        return [("expr", node)]
    return None

def parameterise(ctx, pieces):
    if ctx.paramstyle not in ("qmark", "format"):
        raise Refused(ctx.paramstyle or "no DB-API driver with a known paramstyle is imported")
    mark = "?" if ctx.paramstyle == "qmark" else "%s"
    sql, params = "", []
    exprs = [i for i, (k, _) in enumerate(pieces) if k == "expr"]
    if not exprs:
        raise Refused("the query has no interpolated value")
    texts = [(k, v) for k, v in pieces]
    for i, (kind, value) in enumerate(texts):
        if kind == "text":
            if mark == "?" and "?" in value:
                raise Refused("the query already holds a ? the driver would read as a placeholder")
            sql += value.replace("%", "%%") if mark == "%s" else value
            continue
        before = sql
        after = texts[i + 1][1] if i + 1 < len(texts) and texts[i + 1][0] == "text" else ""
        quoted = before.endswith("'") and after.startswith("'")
        if quoted:
            before = before[:-1]
        elif before.endswith("'") or after.startswith("'") or before.endswith('"') or after.startswith('"'):
            raise Refused("an interpolated value sits inside a longer quoted string (e.g. LIKE '%x%'); a placeholder cannot go there")
        if not VALUE_BEFORE.search(before):
            raise Refused("an interpolated value is not in a value position (after =, <, >, LIKE, LIMIT, OFFSET or in VALUES): it may be a table or column name, which a placeholder cannot replace")
        if quoted:
            texts[i + 1] = ("text", after[1:])
        sql = before + mark
        params.append(value)
    return sql, params

def sql_string(sql, like):
    quote = quote_of(like)
    if "\\" in sql or (quote * 3) in sql:
        raise Refused("the query text has backslashes or triple quotes")
    if "\n" in sql:
        return cst.SimpleString(quote * 3 + sql + quote * 3)
    if quote in sql:
        quote = "'" if quote == '"' else '"'
        if quote in sql:
            raise Refused("the query text holds both kinds of quote")
    return cst.SimpleString(quote + sql + quote)

def params_tuple(params):
    elements = [cst.Element(p, comma=cst.Comma(whitespace_after=cst.SimpleWhitespace(" ")) if i < len(params) - 1 else (cst.Comma() if len(params) == 1 else cst.MaybeSentinel.DEFAULT)) for i, p in enumerate(params)]
    return cst.Tuple(elements)

def sql_parameters(ctx, line):
    # The flagged line holds the built string: in the execute call itself, or in an assignment used once by it.
    for node in walk(ctx.module):
        if not (isinstance(node, cst.Call) and isinstance(node.func, cst.Attribute) and node.func.attr.value in ("execute", "executemany")):
            continue
        if node.func.attr.value == "executemany" or len(node.args) != 1 or node.args[0].keyword is not None or node.args[0].star:
            continue
        arg = node.args[0].value
        start, end = ctx.lines(arg)
        if start <= line <= end and not isinstance(arg, cst.Name):
            pieces = sql_pieces(arg)
            if pieces is None:
                raise Refused("the query is not built with an f-string, % or +")
            sql, params = parameterise(ctx, pieces)
            ctx.edit(node, lambda c: c.with_changes(args=[cst.Arg(sql_string(sql, arg), comma=cst.Comma(whitespace_after=cst.SimpleWhitespace(" "))), cst.Arg(params_tuple(params))]))
            return "execute(built query) -> execute(query with %s placeholders, parameters)" % ("?" if ctx.paramstyle == "qmark" else "%s")
        if isinstance(arg, cst.Name):
            assigns = [n for n in walk(ctx.module) if isinstance(n, cst.Assign) and any(isinstance(t.target, cst.Name) and t.target.value == arg.value for t in n.targets)]
            uses = [n for n in walk(ctx.module) if isinstance(n, cst.Name) and n.value == arg.value]
            if len(assigns) != 1 or len(assigns[0].targets) != 1:
                continue
            assign = assigns[0]
            a_start, a_end = ctx.lines(assign)
            if not (a_start <= line <= a_end):
                continue
            if len(uses) != 2 or any(isinstance(n, cst.AugAssign) for n in walk(ctx.module)):
                raise Refused("the query variable is used elsewhere too, so its text cannot change")
            if ctx.lines(assign)[0] > start:
                raise Refused("the query is assigned after the execute call")
            pieces = sql_pieces(assign.value)
            if pieces is None:
                raise Refused("the query is not built with an f-string, % or +")
            sql, params = parameterise(ctx, pieces)
            ctx.edit(assign, lambda c: c.with_changes(value=sql_string(sql, assign.value)))
            ctx.edit(node, lambda c: c.with_changes(args=[c.args[0].with_changes(comma=cst.Comma(whitespace_after=cst.SimpleWhitespace(" "))), cst.Arg(params_tuple(params))]))
            return "query built with interpolation -> placeholders, parameters bound in execute"
    raise Refused("the built query does not reach a DB-API execute() with no parameters in this function")

# ---- chmod world bits --------------------------------------------------------------------
def chmod_world(ctx, line):
    call, name = find(ctx, line, lambda n, c: n in ("os.chmod", "os.fchmod", "os.lchmod"), "os.chmod")
    args = positional(call)
    mode_arg = args[1] if len(args) >= 2 else keyword(call, "mode")
    if mode_arg is None or not isinstance(mode_arg.value, cst.Integer):
        raise Refused("the mode is not an integer literal")
    text = mode_arg.value.value
    mode = int(text.replace("_", ""), 0)
    if not mode & 0o007:
        raise Refused("the mode has no world bits; what Bandit flags is group access, which is the author's choice")
    new = mode & ~0o007
    literal = ("0o%o" % new) if text.lower().startswith("0o") or not text.lower().startswith(("0x", "0b")) else (hex(new) if text.lower().startswith("0x") else bin(new))
    index = list(call.args).index(mode_arg)
    ctx.edit(call, lambda c: c.with_changes(args=[a.with_changes(value=cst.Integer(literal)) if i == index else a for i, a in enumerate(c.args)]))
    return "%s mode %s -> %s (world bits removed)" % (name, text, literal)

def bind_all(ctx, line):
    raise Refused("binding to all interfaces is a deployment policy, not a bug a rewrite can fix")

CODEMODS = {
    "yaml-safe-load": yaml_safe_load,
    "subprocess-shell-false": subprocess_shell_false,
    "os-shell-to-subprocess": os_shell,
    "requests-timeout": request_timeout,
    "requests-verify": verify_removed,
    "tempfile-mkstemp": mktemp,
    "random-secrets": random_secrets,
    "jinja2-autoescape": jinja2_autoescape,
    "hashlib-sha256": hashlib_sha256,
    "eval-literal-eval": literal_eval,
    "sql-parameters": sql_parameters,
    "chmod-world-bits": chmod_world,
    "bind-all-interfaces": bind_all,
}

class Apply(cst.CSTTransformer):
    def __init__(self, edits):
        super().__init__()
        self.edits = edits
    def on_leave(self, original, updated):
        changes = self.edits.get(id(original))
        if not changes:
            return updated
        for change in changes:
            updated = change(updated)
        return updated

def run(request):
    try:
        module = cst.parse_module(request["source"])
    except cst.ParserSyntaxError as error:
        return {"error": "the function does not parse: %s" % str(error).splitlines()[0]}
    wrapper = MetadataWrapper(module, unsafe_skip_copy=True)
    ctx = Context(request, module, wrapper)
    applied, refused = [], []
    for target in request["targets"]:
        codemod = CODEMODS.get(target["codemod"])
        before = {k: list(v) for k, v in ctx.edits.items()}
        imports_before = list(ctx.imports)
        names_before = dict(ctx.names)
        try:
            if codemod is None:
                raise Refused("no such codemod")
            summary = codemod(ctx, target["line"])
            applied.append({"codemod": target["codemod"], "testId": target["testId"], "line": target["line"], "summary": summary})
        except Refused as reason:
            ctx.edits, ctx.imports, ctx.names = before, imports_before, names_before
            refused.append({"codemod": target["codemod"], "testId": target["testId"], "line": target["line"], "reason": str(reason)})
    source = module.visit(Apply(ctx.edits)).code if applied else None
    return {"applied": applied, "refused": refused, "source": source, "imports": ctx.imports if applied else []}

json.dump(run(json.load(sys.stdin)), sys.stdout)
`;

;// CONCATENATED MODULE: ./build/adapters/python/prune-imports-script.js
/**
 * The Python side of removing imports the codemods made unused, run with `python -c` by the
 * interpreter that has libcst. It reads one JSON request on stdin: the file before the fixes,
 * the file after them, and the original sources of the functions the codemods rewrote. It writes
 * the file after, with every module-level import removed whose name those functions used, the
 * file used before, and nothing in the file uses now; in the file's own style (`from x import
 * a, b` loses only the name). It keeps an import whose name is still used anywhere, is listed in
 * `__all__` or named in a string annotation (other strings, docstrings included, are text), a dotted `import a.b`, `from x import *`,
 * `__future__`, and imports inside `try`, `if` or functions. It never executes the code.
 */
const PYTHON_PRUNE_IMPORTS_SCRIPT = String.raw `
import json, re, sys
try:
    import libcst as cst
except ImportError:
    sys.stderr.write("libcst is not installed for %s\n" % sys.executable)
    sys.exit(5)

class Uses(cst.CSTVisitor):
    """Every name read, written or deleted, outside import statements and attribute names."""
    def __init__(self):
        self.names = {}
        self.strings = []  # strings that may name an import: in __all__ and in annotations
        self.naming = 0
    def exports(self, node):
        targets = [node.target] if isinstance(node, (cst.AugAssign, cst.AnnAssign)) else [t.target for t in node.targets]
        return any(isinstance(t, cst.Name) and t.value == "__all__" for t in targets)
    def visit_Assign(self, node):
        self.naming += self.exports(node)
    def leave_Assign(self, node):
        self.naming -= self.exports(node)
    def visit_AugAssign(self, node):
        self.naming += self.exports(node)
    def leave_AugAssign(self, node):
        self.naming -= self.exports(node)
    def visit_AnnAssign(self, node):
        self.naming += self.exports(node)
    def leave_AnnAssign(self, node):
        self.naming -= self.exports(node)
    def calls_all(self, node):
        return isinstance(node.func, cst.Attribute) and isinstance(node.func.value, cst.Name) and node.func.value.value == "__all__"
    def visit_Call(self, node):
        self.naming += self.calls_all(node)
    def leave_Call(self, node):
        self.naming -= self.calls_all(node)
    def visit_Annotation(self, node):
        self.naming += 1
    def leave_Annotation(self, node):
        self.naming -= 1
    def visit_Import(self, node):
        return False
    def visit_ImportFrom(self, node):
        return False
    def visit_Attribute(self, node):
        node.value.visit(self)
        return False
    def visit_Name(self, node):
        self.names[node.value] = self.names.get(node.value, 0) + 1
    def visit_SimpleString(self, node):
        if self.naming > 0:
            self.strings.append(node.value)

def uses(module):
    visitor = Uses()
    module.visit(visitor)
    return visitor

def mentioned_in_strings(name, strings):
    # __all__ entries and string annotations name the import as text.
    word = re.compile(r"(?<![A-Za-z0-9_])" + re.escape(name) + r"(?![A-Za-z0-9_])")
    return any(word.search(s) for s in strings)

def run(request):
    before = cst.parse_module(request["before"])
    after = cst.parse_module(request["after"])
    rewritten = {}
    for source in request["functions"]:
        rewritten.update(uses(cst.parse_module(source)).names)
    used_before, used_after = uses(before).names, uses(after)
    def removable(bound):
        return bound in rewritten and used_before.get(bound, 0) > 0 and used_after.names.get(bound, 0) == 0 and not mentioned_in_strings(bound, used_after.strings)
    removed = []
    body = []
    for stmt in after.body:
        if not (isinstance(stmt, cst.SimpleStatementLine) and len(stmt.body) == 1 and isinstance(stmt.body[0], (cst.Import, cst.ImportFrom))):
            body.append(stmt)
            continue
        imp = stmt.body[0]
        if isinstance(imp, cst.ImportFrom) and (isinstance(imp.names, cst.ImportStar) or (isinstance(imp.module, cst.Name) and imp.module.value == "__future__")):
            body.append(stmt)
            continue
        keep = []
        for alias in imp.names:
            if alias.asname is not None:
                bound = alias.asname.name.value
            elif isinstance(alias.name, cst.Attribute):
                keep.append(alias)  # import a.b binds a and runs a.b: left alone
                continue
            else:
                bound = alias.name.value
            if removable(bound):
                removed.append(bound)
            else:
                keep.append(alias)
        if len(keep) == len(imp.names):
            body.append(stmt)
        elif keep:
            if imp.names[-1] not in keep and imp.names[-1].comma is cst.MaybeSentinel.DEFAULT:
                keep[-1] = keep[-1].with_changes(comma=cst.MaybeSentinel.DEFAULT)
            elif imp.names[-1] not in keep:
                keep[-1] = keep[-1].with_changes(comma=imp.names[-1].comma)
            body.append(stmt.with_changes(body=[imp.with_changes(names=keep)]))
        # else: every name went, so does the statement
    if not removed:
        return {"text": request["after"], "removed": []}
    return {"text": after.with_changes(body=body).code, "removed": removed}

json.dump(run(json.load(sys.stdin)), sys.stdout)
`;

// EXTERNAL MODULE: ./build/adapters/python/libcst.js
var libcst = __webpack_require__(4509);
;// CONCATENATED MODULE: ./build/adapters/generators/codemod.js











/**
 * Deterministic rewrites with libcst: no model, no network, no key. Its reply has the shape of a
 * model's, so every codemod output meets exactly the same gates (validator, Bandit, tests).
 * One rewrite per function: asked again for the same function, it has nothing new to give.
 */
class CodemodGenerator {
    locate;
    settings;
    kind = "codemod";
    supportsTemperature = false;
    tried = new Set();
    python;
    constructor(locate, settings) {
        this.locate = locate;
        this.settings = settings;
    }
    /** Whether libcst can be imported; the reason (with the pip command) when not. */
    async availability() {
        this.python ??= this.probe();
        return this.python;
    }
    async countInputTokens() {
        return 0;
    }
    async generate(request) {
        const task = request.task;
        if (!task)
            throw new NoCandidate("the codemod generator needs the function, not only a prompt");
        const key = `${task.path}\0${task.qualname}\0${task.source}`;
        if (this.tried.has(key))
            throw new NoCandidate("the codemods were tried in an earlier round; they give the same rewrite every time");
        this.tried.add(key);
        const available = await this.availability();
        if ("missing" in available)
            throw new errors/* ConfigurationError */.j1(available.missing);
        const plan = planCodemods(task.findings, this.settings.disabled);
        if (plan.targets.length === 0)
            throw new NoCandidate(refusalSummary(plan.refused));
        const style = paramstyleFor(task.imports);
        const outcome = await this.run(available.python, {
            source: task.source,
            targets: plan.targets,
            imports: task.imports,
            paramstyle: "paramstyle" in style ? style.paramstyle : style.refused,
            timeout: this.settings.httpTimeoutSeconds,
            testsAvailable: this.settings.testsAvailable,
            tokenWords: TOKEN_WORDS,
            namePartPattern: NAME_PART_PATTERN,
        });
        if (outcome.error)
            throw new NoCandidate(outcome.error);
        const refused = [...plan.refused, ...outcome.refused];
        if (outcome.applied.length === 0 || outcome.source === null)
            throw new NoCandidate(refusalSummary(refused));
        return {
            text: codemodReply({ ...outcome, refused }),
            usage: { inputTokens: 0, outputTokens: 0 },
            model: codemodModelName(outcome.applied.map((a) => a.codemod)),
            stopReason: "end_turn",
        };
    }
    /** The imports the codemods made unused, removed from the combined file (see Generator.pruneImports). */
    async pruneImports(before, after, functions) {
        const available = await this.availability();
        if ("missing" in available || functions.length === 0)
            return { text: after, removed: [] };
        return this.script(available.python, PYTHON_PRUNE_IMPORTS_SCRIPT, { before, after, functions });
    }
    async probe() {
        const python = await this.locate();
        try {
            const result = await (0,adapters_process/* runCommand */.d1)(python, ["-I", "-c", "import libcst"]);
            if (result.code === 0)
                return { python };
        }
        catch (error) {
            if (!(error instanceof adapters_process/* CommandNotFoundError */.v$))
                throw error;
        }
        return {
            missing: `the codemods need libcst in the Python that runs Bandit (${python}), and it is not installed there; ` +
                `install it with \`${python} -m pip install libcst==${libcst/* LIBCST_VERSION */.p}\`, or use --generator model`,
        };
    }
    async run(python, request) {
        return this.script(python, PYTHON_CODEMOD_SCRIPT, request);
    }
    async script(python, script, request) {
        const result = await (0,adapters_process/* runCommand */.d1)(python, ["-I", "-c", script], {
            input: JSON.stringify(request),
            env: { ...process.env, PYTHONIOENCODING: "utf-8" },
        });
        if (result.code === 5)
            throw new errors/* ConfigurationError */.j1(`${(0,adapters_process/* lastMeaningfulLine */.HF)(result.stderr)}; install it with \`${python} -m pip install libcst==${libcst/* LIBCST_VERSION */.p}\``);
        if (result.code !== 0)
            throw new Error(`the codemod script (${python}) exited ${result.code}: ${(0,adapters_process/* lastMeaningfulLine */.HF)(result.stderr) || "no message"}`);
        return JSON.parse(result.stdout);
    }
}
/**
 * Codemods first, the model only for what they did not fix: a function's first round goes to
 * the codemods; when none applies (or on later rounds) the model is asked. Without libcst the
 * model does everything, with a note.
 */
class CodemodThenModelGenerator {
    codemods;
    fallback;
    logger;
    kind = "auto";
    codemodsUsable;
    missing;
    /** Without `fallback` (no API key) this is the codemods alone, declining what they cannot fix. */
    constructor(codemods, fallback, logger) {
        this.codemods = codemods;
        this.fallback = fallback;
        this.logger = logger;
    }
    get supportsTemperature() {
        return this.fallback?.supportsTemperature ?? false;
    }
    get model() {
        return this.fallback?.model;
    }
    async countInputTokens(prompt) {
        // Counted for the model: a codemod round then costs nothing, and the budget stays an upper bound.
        return this.fallback ? this.fallback.countInputTokens(prompt) : 0;
    }
    async generate(request) {
        if (await this.usable()) {
            try {
                return await this.codemods.generate(request);
            }
            catch (error) {
                if (!(error instanceof NoCandidate) || !this.fallback)
                    throw error;
                this.logger.info(`  ${error.message}; asking the model`);
            }
        }
        if (!this.fallback)
            throw new NoCandidate(`${this.missing ?? "the codemods cannot run"}; and no Anthropic API key is set for the model`);
        return this.fallback.generate(request);
    }
    async pruneImports(before, after, functions) {
        if (!(await this.usable()))
            return { text: after, removed: [] };
        return this.codemods.pruneImports(before, after, functions);
    }
    async usable() {
        if (this.codemodsUsable === undefined) {
            const available = await this.codemods.availability();
            this.codemodsUsable = !("missing" in available);
            if ("missing" in available) {
                this.missing = available.missing;
                this.logger.warning(`${available.missing}; ${this.fallback ? "the model does every fix" : "nothing can be fixed without an API key"}`);
            }
        }
        return this.codemodsUsable;
    }
}

;// CONCATENATED MODULE: ./build/app/fix-generator.js

/** The codemod, model or auto generator, the same for the CLI and the Action. */
function makeCodemodAwareGenerator(setting, settings, wiring) {
    const codemods = () => new CodemodGenerator(wiring.locatePython, {
        disabled: new Set(settings.codemods.disabled),
        httpTimeoutSeconds: settings.codemods.httpTimeoutSeconds,
        testsAvailable: settings.loop.testCommand !== undefined,
    });
    if (setting.kind === "anthropic")
        return wiring.model();
    if (setting.kind === "codemod")
        return codemods();
    if (!wiring.hasApiKey || !wiring.model) {
        wiring.logger.info("no Anthropic API key: fixing with the codemods alone (set ANTHROPIC_API_KEY to let the model try what they leave)");
        return new CodemodThenModelGenerator(codemods(), undefined, wiring.logger);
    }
    return new CodemodThenModelGenerator(codemods(), wiring.model(), wiring.logger);
}

;// CONCATENATED MODULE: ./build/cli/commands/fix.js




















const FIX_OPTIONS = {
    ...args/* GATE_OPTIONS */.FF,
    "max-rounds": { type: "string" },
    "temperature-ramp": { type: "string" },
    generator: { type: "string" },
    "disable-codemods": { type: "string" },
    "http-timeout": { type: "string" },
    model: { type: "string" },
    "max-tokens": { type: "string" },
    "test-command": { type: "string" },
    "test-env": { type: "string", multiple: true },
    profile: { type: "string" },
    record: { type: "string" },
    write: { type: "boolean" },
    patch: { type: "string" },
    quiet: { type: "boolean", short: "q" },
};
/** Flags -> settings; every problem is collected and reported at once, naming the flag. */
function fixSettingsFromFlags(values, positionals, context) {
    const problems = [];
    let gate;
    try {
        gate = (0,args/* gateSettingsFromFlags */.el)(values, positionals, context);
    }
    catch (error) {
        if (!(error instanceof errors/* ConfigurationError */.j1))
            throw error;
        problems.push(error.message);
    }
    if (values.head !== undefined)
        problems.push("fix rewrites the working tree, so --head cannot be used with it");
    return fixSettingsFrom(values, gate, context, settings/* flagName */.GI, problems);
}
async function makeGenerator(settings, env, logger, locatePython) {
    const setting = settings.generator;
    if (setting.kind === "replay")
        return ReplayGenerator.fromFile(setting.file);
    const model = setting.kind === "codemod" ? undefined : () => new AnthropicGenerator({ model: setting.model, ...DEFAULT_ANTHROPIC_SETTINGS }, { apiKey: env.ANTHROPIC_API_KEY, baseURL: env.ANTHROPIC_BASE_URL });
    return makeCodemodAwareGenerator(setting, settings, { hasApiKey: Boolean(env.ANTHROPIC_API_KEY?.trim()), model, logger, locatePython });
}
/** `bandit-gate fix`: run the gate, regenerate every regressed function, and hand back a patch. */
async function fixCommand(argv, io) {
    const { values, positionals } = (0,args/* parseCommandLine */.Du)(argv, FIX_OPTIONS);
    if (values.help) {
        io.stdout(help/* HELP_FIX */.c);
        return errors/* EXIT */.dc.ok;
    }
    // The branch's tests run with the candidate spliced in: what this process was started with
    // (ANTHROPIC_API_KEY) must not be readable in /proc/<pid>/environ (inherited-environment.ts).
    if (io.env === process.env)
        hideInheritedEnvironment(child_env/* isAllowListedName */.Ur);
    const git = await adapters_git/* Git */.TU.open(io.cwd, io.env);
    const settings = fixSettingsFromFlags(values, positionals, { cwd: io.cwd, repoRoot: git.root });
    const logger = new console_logger/* ConsoleLogger */.C(io.stderr, { quiet: values.quiet === true, debug: io.env.BANDIT_GATE_DEBUG === "1" });
    // Everything the user can get wrong is checked before the gate spends any time.
    const location = { explicit: values.bandit, fromEnv: io.env.BANDIT_GATE_BANDIT, env: io.env };
    const gateDeps = await (0,compose/* realGateDeps */.c)(settings.gate, location, logger, io.env);
    // A generator that cannot be made (no API key) ends the command: Bandit's drivers end with it.
    const generator = await makeGenerator(settings, io.env, logger, async () => (0,ast/* pythonForBandit */.Mf)((await gateDeps.bandit()).argv)).catch(async (error) => {
        await gateDeps.close?.();
        throw error;
    });
    if (!generator.supportsTemperature && values["temperature-ramp"] !== undefined) {
        logger.warning(`the ${generator.kind} generator cannot set a temperature (the API rejects it), so --temperature-ramp is recorded but has no effect`);
    }
    const run = await runFix(settings, {
        gate: gateDeps,
        generator,
        logger,
        env: io.env,
        // Never passed to Bandit or the test command, and masked in the record if a reply repeats it.
        secrets: [io.env.ANTHROPIC_API_KEY ?? ""].filter(Boolean),
    }).finally(() => void gateDeps.close?.());
    if (run.kind === "scan-errors") {
        io.stderr(`bandit-gate: ${messages/* messages */.D.scanFailed(run.report.scan_errors)}\n`);
        return errors/* EXIT */.dc.scan;
    }
    if (run.kind === "nothing-to-fix") {
        io.stdout("bandit-gate: no security regressions: nothing to fix\n");
        return errors/* EXIT */.dc.ok;
    }
    const { record, result } = run;
    await saveProfileFile(settings.profilePath, result.profile);
    if (settings.recordPath)
        await (0,output_file/* writeOutputFile */.B)(settings.recordPath, `${JSON.stringify(record, null, 2)}\n`, "--record");
    const diff = await unifiedDiff(result.changes);
    const summary = renderSummary(record, settings, diff !== "");
    if (settings.output.kind === "write") {
        await applyChanges(git.root, result.changes);
        io.stdout(summary);
    }
    else if (settings.output.kind === "patch") {
        await (0,output_file/* writeOutputFile */.B)(settings.output.file, diff, "--patch");
        io.stdout(summary);
    }
    else {
        io.stderr(summary);
        io.stdout(diff);
    }
    // Improved functions still fail the gate: the exit code says so.
    const unfixed = result.moduleLevel.length + result.functions.filter((f) => f.status !== "fixed").length;
    return unfixed === 0 ? errors/* EXIT */.dc.ok : errors/* EXIT */.dc.regressions;
}
function listFindings(findings) {
    if (findings.length === 0)
        return "none";
    return findings.map((f) => `${f.test_id} ${f.severity} at line ${f.line}`).join(", ");
}
/** The per-function account: findings before, every round, the choice, findings after, tokens. */
function renderSummary(record, settings, changed) {
    const out = [];
    for (const fn of record.functions) {
        out.push(`${fn.path}: ${fn.qualname} (lines ${fn.start_line}-${fn.end_line}): ${fn.status.toUpperCase()}`);
        out.push(`  before: score ${fn.score_before}: ${listFindings(fn.findings_before)}; regressions: ${listFindings(fn.regressions_before)}`);
        for (const round of fn.rounds)
            out.push(`  round ${round.round}: ${describeRound(round)}`);
        out.push(fn.selected_round === null ? `  selected: none (${fn.reason ?? "not fixed"})` : `  selected: round ${fn.selected_round}`);
        out.push(`  after: score ${fn.score_after}: ${listFindings(fn.findings_after)}; regressions: ${listFindings(fn.regressions_after)}`);
        out.push(`  tokens: ${fn.usage.input_tokens} in, ${fn.usage.output_tokens} out`);
    }
    for (const m of record.module_level)
        out.push(`${m.path}:${m.line}: ${m.test_id}: NOT FIXED: ${m.reason}`);
    const fixed = record.functions.filter((f) => f.status === "fixed").length;
    const improved = record.functions.filter((f) => f.status === "improved").length;
    const total = record.usage.input_tokens + record.usage.output_tokens;
    out.push(`fixed ${fixed}${improved ? `, improved ${improved}` : ""} of ${record.functions.length} function(s)${record.module_level.length ? `; ${record.module_level.length} module-level finding(s) left alone` : ""}; ` +
        `tokens ${total} of a ${record.usage.budget} budget in ${record.usage.calls} call(s)`);
    if (record.stopped_early)
        out.push(`stopped early: ${record.stopped_early}`);
    out.push(`profile written to ${settings.profilePath}`);
    if (settings.recordPath)
        out.push(`run record written to ${settings.recordPath}`);
    if (!changed)
        out.push("no change to propose");
    else if (settings.output.kind === "write")
        out.push("changes written to the working tree");
    else if (settings.output.kind === "patch")
        out.push(`patch written to ${settings.output.file} (apply with git apply)`);
    return `${out.map((l) => `bandit-gate: ${l}`).join("\n")}\n`;
}


/***/ })

};
