export const id = 235;
export const ids = [235];
export const modules = {

/***/ 235:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  fixStep: () => (/* binding */ fixStep)
});

// UNUSED EXPORTS: DEFAULT_FIX_BRANCH_PREFIX

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(3838);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./build/adapters/process.js
var adapters_process = __webpack_require__(7288);
;// CONCATENATED MODULE: ./build/adapters/git-fix-branch.js




/** Marks the commits this tool makes, so it never overwrites anyone else's. */
const FIX_TRAILER = "Generated-by: bandit-gate";
/**
 * Git plumbing for the fix branch: a commit made from blobs and a temporary index (the user's
 * working tree and index are never touched), the state of the remote branch, and the push.
 */
class FixBranchGit {
    root;
    env;
    auth;
    remote;
    constructor(root, env, auth, remote = "origin") {
        this.root = root;
        this.env = env;
        this.auth = auth;
        this.remote = remote;
    }
    /** A commit on top of `parent` with `files` replaced, authored by `bot`. */
    async commitFiles(parent, files, message, bot) {
        const dir = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), "bandit-gate-index-"));
        const indexEnv = { GIT_INDEX_FILE: (0,external_node_path_.join)(dir, "index") };
        try {
            await this.git(["read-tree", parent], indexEnv);
            for (const [path, content] of files) {
                const blob = (await this.git(["hash-object", "-w", "--stdin"], {}, content)).trim();
                const mode = (await this.git(["ls-tree", parent, "--", path])).split(" ")[0] || "100644";
                await this.git(["update-index", "--add", "--cacheinfo", `${mode},${blob},${path}`], indexEnv);
            }
            const tree = (await this.git(["write-tree"], indexEnv)).trim();
            const identity = {
                GIT_AUTHOR_NAME: bot.name,
                GIT_AUTHOR_EMAIL: bot.email,
                GIT_COMMITTER_NAME: bot.name,
                GIT_COMMITTER_EMAIL: bot.email,
            };
            return (await this.git(["commit-tree", tree, "-p", parent, "-F", "-"], identity, `${message.trim()}\n\n${FIX_TRAILER}\n`)).trim();
        }
        finally {
            await (0,promises_.rm)(dir, { recursive: true, force: true });
        }
    }
    /** The remote branch's commit, or undefined when it does not exist. */
    async remoteBranch(branch) {
        const out = await this.git(["ls-remote", "--heads", this.remote, `refs/heads/${branch}`], await this.authEnv());
        return out.split(/\s+/)[0] || undefined;
    }
    /**
     * Is every commit on the remote branch that the agent branch lacks one of ours? Fetches the
     * branch into a private ref to look. A branch with anyone else's commits is never overwritten.
     */
    async onlyOurCommits(branch, agentHead) {
        const ref = `refs/bandit-gate/inspect/${branch}`;
        await this.git(["fetch", "--no-tags", "--quiet", this.remote, `+refs/heads/${branch}:${ref}`], await this.authEnv());
        const log = await this.git(["log", "--format=%B%x00", ref, "--not", agentHead]);
        await this.git(["update-ref", "-d", ref]);
        const messages = log.split("\0").map((m) => m.trim()).filter(Boolean);
        return messages.every((m) => m.split("\n").includes(FIX_TRAILER));
    }
    /** Push `commit` to the branch; `expected` guards against a push racing ours (lease). */
    async push(commit, branch, expected) {
        const lease = `--force-with-lease=refs/heads/${branch}:${expected ?? ""}`;
        await this.git(["push", "--quiet", lease, this.remote, `${commit}:refs/heads/${branch}`], await this.authEnv());
    }
    /**
     * The token as `http.<server>/.extraheader`, through GIT_CONFIG_* variables: nothing is written
     * to the repository's config (so nothing must be removed afterwards) and nothing appears in
     * a command line. When actions/checkout already persisted credentials, they are used instead.
     */
    async authEnv() {
        if (!this.auth.token)
            return {};
        const key = `http.${this.auth.serverUrl.replace(/\/+$/, "")}/.extraheader`;
        const persisted = await (0,adapters_process/* runCommand */.d1)("git", ["config", "--get-all", key], { cwd: this.root, env: this.env });
        // Two Authorization headers make GitHub refuse the push: keep checkout's when it set one.
        if (persisted.code === 0 && persisted.stdout.trim() !== "")
            return {};
        const header = `AUTHORIZATION: basic ${Buffer.from(`x-access-token:${this.auth.token}`).toString("base64")}`;
        return {
            GIT_CONFIG_COUNT: "1",
            GIT_CONFIG_KEY_0: key,
            GIT_CONFIG_VALUE_0: header,
        };
    }
    async git(args, extraEnv = {}, input) {
        const result = await (0,adapters_process/* runCommand */.d1)("git", args, {
            cwd: this.root,
            env: { ...this.env, ...extraEnv, GIT_TERMINAL_PROMPT: "0" },
            input,
        });
        if (result.code !== 0) {
            // Git may echo a remote URL; scrub anything that looks like the token before it travels.
            const said = (0,adapters_process/* lastMeaningfulLine */.HF)(result.stderr) || "no message";
            const safe = this.auth.token ? said.split(this.auth.token).join("***") : said;
            throw new Error(`git ${args[0]} failed (exit ${result.code}): ${safe}`);
        }
        return result.stdout;
    }
}

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
class generator_GeneratorExhausted extends Error {
    name = "GeneratorExhausted";
}

;// CONCATENATED MODULE: ./build/adapters/generators/anthropic.js



/** A current Sonnet; Sonnet 4.5 is deprecated in this SDK's model list. */
const DEFAULT_ANTHROPIC_MODEL = "claude-sonnet-5-5";
const anthropic_DEFAULT_ANTHROPIC_SETTINGS = { maxRetries: 4, timeoutMs: 120_000 };
/** The Messages API through the official SDK. */
class anthropic_AnthropicGenerator {
    settings;
    kind = "anthropic";
    /**
     * API version 2026-10-21 (sent by SDK 1.x) rejects temperature, top_p and top_k with a 400,
     * even at their defaults, so the ramp cannot be applied here; rounds still differ because the
     * prompt adapts.
     */
    supportsTemperature = false;
    client;
    constructor(settings, env) {
        this.settings = settings;
        const apiKey = env.ANTHROPIC_API_KEY?.trim();
        if (!apiKey) {
            throw new errors/* ConfigurationError */.j1("the anthropic generator needs an API key: set ANTHROPIC_API_KEY (or use --generator replay:FILE to replay recorded replies)");
        }
        this.client = new client/* Anthropic */.N({
            apiKey,
            // The SDK reads ANTHROPIC_BASE_URL from process.env; the CLI's environment is the one that counts.
            baseURL: env.ANTHROPIC_BASE_URL?.trim() || undefined,
            maxRetries: settings.maxRetries,
            timeout: settings.timeoutMs,
        });
    }
    get model() {
        return this.settings.model;
    }
    async countInputTokens(prompt) {
        try {
            const counted = await this.client.messages.countTokens({
                model: this.settings.model,
                messages: [{ role: "user", content: prompt }],
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
                messages: [{ role: "user", content: request.prompt }],
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

// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js + 22 modules
var github = __webpack_require__(2413);
;// CONCATENATED MODULE: ./build/adapters/github.js


const CANNOT_CREATE = "GitHub refused to create the pull request (403). Give the workflow `permissions: contents: write` and " +
    "`pull-requests: write`, and enable Settings > Actions > General > Workflow permissions > " +
    '"Allow GitHub Actions to create and approve pull requests" (or pass a GitHub App or fine-grained token as github-token)';
/** GitHub's REST API through @actions/github's Octokit; `baseUrl` is GITHUB_API_URL (GHES, tests). */
class OctokitPullRequests {
    owner;
    repo;
    octokit;
    constructor(token, owner, repo, baseUrl) {
        this.owner = owner;
        this.repo = repo;
        this.octokit = (0,github/* getOctokit */.Q)(token, { baseUrl, request: { retries: 0 } });
    }
    async findOpen(head, base) {
        const { data } = await this.call(() => this.octokit.rest.pulls.list({ owner: this.owner, repo: this.repo, state: "open", head: `${this.owner}:${head}`, base, per_page: 10 }));
        const found = data.find((pr) => pr.head.ref === head && pr.base.ref === base);
        return found ? { number: found.number, url: found.html_url } : undefined;
    }
    async create(draft) {
        const { data } = await this.call(() => this.octokit.rest.pulls.create({
            owner: this.owner,
            repo: this.repo,
            head: draft.head,
            base: draft.base,
            title: draft.title,
            body: draft.body,
            draft: draft.draft,
            maintainer_can_modify: true,
        }), CANNOT_CREATE);
        if (draft.labels.length > 0)
            await this.label(data.number, draft.labels);
        return { number: data.number, url: data.html_url };
    }
    async update(number, change) {
        const { data } = await this.call(() => this.octokit.rest.pulls.update({ owner: this.owner, repo: this.repo, pull_number: number, title: change.title, body: change.body }));
        if (change.labels.length > 0)
            await this.label(number, change.labels);
        return { number: data.number, url: data.html_url };
    }
    async label(number, labels) {
        await this.call(() => this.octokit.rest.issues.addLabels({ owner: this.owner, repo: this.repo, issue_number: number, labels }));
    }
    /** GitHub's refusals become one message a user can act on. */
    async call(request, forbidden = CANNOT_CREATE.replace("create", "read or update")) {
        try {
            return await request();
        }
        catch (error) {
            const status = error.status;
            if (status === 403)
                throw new errors/* ConfigurationError */.j1(forbidden);
            if (status === 401)
                throw new errors/* ConfigurationError */.j1("GitHub rejected the token (401); check the github-token input");
            if (status === 404)
                throw new errors/* ConfigurationError */.j1(`GitHub answered 404 for ${this.owner}/${this.repo}; check GITHUB_REPOSITORY and the token's access`);
            const message = error.message ?? String(error);
            throw new Error(`GitHub API request failed${status ? ` (${status})` : ""}: ${message}`);
        }
    }
}

// EXTERNAL MODULE: ./build/adapters/bandit/run.js + 1 modules
var run = __webpack_require__(1837);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
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
    return {
        "name": fn.name,
        "isAsync": isinstance(fn, ast.AsyncFunctionDef),
        "parameters": unparse(fn.args),
        "returns": unparse(fn.returns),
        "decorators": [unparse(d) for d in fn.decorator_list],
        "raises": [raise_name(n) for n in ast.walk(fn) if isinstance(n, ast.Raise)],
        "handlers": sum(1 for n in ast.walk(fn) if isinstance(n, ast.ExceptHandler)),
        "stub": is_stub(fn),
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
            functions.append(facts(stmt, nosec))
        elif isinstance(stmt, (ast.Import, ast.ImportFrom)):
            imports.append(stmt)
        else:
            others.append(type(stmt).__name__)
    return {"parsed": True, "functions": functions, "otherStatements": others, "nosecComments": len(nosec), "imports": import_entries(imports)}

request = json.load(sys.stdin)
handler = {"outline": outline, "candidate": candidate}[request["command"]]
json.dump(handler(request["source"]), sys.stdout)
`;

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
    constructor(python) {
        this.python = python;
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
            result = await (0,adapters_process/* runCommand */.d1)(this.python, ["-I", "-c", PYTHON_AST_SCRIPT], {
                input: JSON.stringify({ command, source }),
                env: { ...process.env, PYTHONIOENCODING: "utf-8" },
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
 * The ten rules the remediation prompt can stress. Their order here breaks ties between equal
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
function profile_renderProfileYaml(profile) {
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


// EXTERNAL MODULE: ./build/adapters/bandit/config.js
var bandit_config = __webpack_require__(8332);
// EXTERNAL MODULE: ./build/app/check.js + 9 modules
var check = __webpack_require__(9354);
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

// EXTERNAL MODULE: ./build/core/gate/finding.js
var finding = __webpack_require__(2669);
// EXTERNAL MODULE: ./build/core/group.js
var group = __webpack_require__(1181);
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
    parts.push("", "Task:", `Rewrite \`${task.qualname}\` from \`${task.path}\` so that the findings below disappear.`, "Keep its name, parameters, decorators, behaviour and public contract exactly as they are.", "Keep every existing raise statement and exception handler, and do not reduce the body to a stub.", "Do not silence Bandit with `# nosec` or similar comments: fix the code itself.", "", "Findings (line numbers count from the function's first line):");
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

// EXTERNAL MODULE: ./build/core/report/redact.js
var redact = __webpack_require__(1976);
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

;// CONCATENATED MODULE: ./build/core/fix/validation.js
/**
 * The checks a candidate must pass before it is scored. Scanners miss removed defensive code,
 * which is exactly how a model (or an agent) games them, so these look for it directly.
 * They judge facts Python's own ast reported; they never run anything.
 */
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
/** Every reason to reject the candidate (empty: it may be scored). */
function validateCandidate(original, candidate) {
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
    if (fn.handlers < original.handlers) {
        rejections.push({ code: "handler-removed", message: `exception handlers removed (${original.handlers} before, ${fn.handlers} after)` });
    }
    if (fn.stub && !original.stub) {
        rejections.push({ code: "stubbed", message: "the body was reduced to a stub (pass, ... or raise NotImplementedError)" });
    }
    return rejections;
}

;// CONCATENATED MODULE: ./build/app/fix-settings.js
const DEFAULT_MAX_ROUNDS = 3;
const DEFAULT_TEMPERATURES = [0.2];
const DEFAULT_MAX_TOKENS = 200_000;
const DEFAULT_MAX_OUTPUT_TOKENS_PER_ROUND = 4096;
/** A round that could not produce even this many output tokens is not worth starting. */
const MIN_OUTPUT_TOKENS_PER_ROUND = 256;
const DEFAULT_PROFILE_PATH = ".github/bandit-gate/profile.yml";
function temperatureForRound(temperatures, round) {
    return temperatures[Math.min(round, temperatures.length) - 1] ?? DEFAULT_TEMPERATURES[0] ?? 0.2;
}

;// CONCATENATED MODULE: ./build/app/fix-loop.js















/**
 * The loop: for every function the gate found regressed, prompt, generate, validate, splice and
 * rescan, adapt the profile, and keep the best valid round if it beats the original.
 * Generated text is only ever parsed, spliced into temporary copies and scanned by Bandit.
 */
async function remediate(report, startProfile, settings, deps) {
    const { logger } = deps;
    const state = { profile: startProfile };
    const usage = { input_tokens: 0, output_tokens: 0, calls: 0 };
    const functions = [];
    const moduleLevel = [];
    const changes = [];
    let stoppedEarly;
    for (const [path, regressions] of (0,group/* groupBy */.$)(report.regressions, (r) => r.path)) {
        const text = await deps.readSource(path);
        const outline = await deps.python.outline(text);
        if (!outline.parsed) {
            for (const r of regressions)
                moduleLevel.push({ path, line: r.line, test_id: r.test_id, reason: `the file does not parse (${outline.error})` });
            continue;
        }
        const targets = targetsOf(path, regressions, outline, moduleLevel);
        const original = await scanText(deps.scanner, path, text, settings);
        const accepted = [];
        for (const target of targets) {
            const record = newFunctionRecord(target, original.findings);
            functions.push(record);
            if (original.failure) {
                record.reason = `Bandit could not score the original file: ${original.failure}`;
                continue;
            }
            if (stoppedEarly) {
                record.reason = stoppedEarly;
                continue;
            }
            if (record.score_before === 0) {
                record.reason = "Bandit finds nothing in this function at the configured levels; nothing to improve";
                continue;
            }
            logger.info(`${path}: ${target.fn.qualname} (lines ${target.fn.start}-${target.fn.end}): score ${record.score_before}, up to ${settings.maxRounds} round(s)`);
            const result = await runRounds(target, text, outline, record, state, settings, deps, usage);
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
            const after = spliceFile(text, accepted, imports, outline.importAfter).text;
            // Each candidate was checked alone; make sure they still parse together before proposing them.
            const combined = await deps.python.outline(after);
            if (combined.parsed) {
                changes.push({ path, before: text, after });
            }
            else {
                for (const record of functions.filter((f) => f.path === path && f.status === "fixed")) {
                    record.status = "not-fixed";
                    record.selected_round = null;
                    record.findings_after = record.findings_before;
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
        const fn = innermostFunction(outline.functions, r.line);
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
function inside(findings, start, end) {
    return findings.filter((f) => f.line >= start && f.line <= end);
}
function newFunctionRecord(target, fileFindings) {
    const before = inside(fileFindings, target.fn.start, target.fn.end);
    const summary = summarise(before, target.fn.start);
    return {
        path: target.path,
        qualname: target.fn.qualname,
        start_line: target.fn.start,
        end_line: target.fn.end,
        status: "not-fixed",
        findings_before: summary,
        score_before: scoreFindings(before),
        rounds: [],
        selected_round: null,
        findings_after: summary,
        score_after: scoreFindings(before),
        usage: { input_tokens: 0, output_tokens: 0 },
    };
}
/** Choose the best valid round (ties: the earliest) and accept it only if it beats the original. */
function selectRound(record) {
    let best;
    for (const round of record.rounds) {
        if (round.rejections.length > 0 || round.score === null)
            continue;
        if (!best || round.score < best.score)
            best = round;
    }
    return best && best.score < record.score_before ? best : undefined;
}
function finishFunction(record) {
    const best = selectRound(record);
    if (best) {
        record.status = "fixed";
        record.selected_round = best.round;
        record.findings_after = best.findings;
        record.score_after = best.score;
        delete record.reason;
        return best;
    }
    record.status = "not-fixed";
    record.selected_round = null;
    const valid = record.rounds.filter((r) => r.rejections.length === 0 && r.score !== null);
    record.reason =
        record.rounds.length === 0
            ? "no round was run"
            : valid.length === 0
                ? "every round was rejected"
                : `no valid round scored below the original's ${record.score_before}`;
    return undefined;
}
async function runRounds(target, text, outline, record, state, settings, deps, usage) {
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
    for (let round = 1; round <= settings.maxRounds; round += 1) {
        const temperature = temperatureForRound(settings.temperatures, round);
        const prompt = buildPrompt(state.profile, task);
        let inputTokens;
        let generation;
        try {
            inputTokens = await deps.generator.countInputTokens(prompt);
            const remaining = settings.maxTokens - usage.input_tokens - usage.output_tokens;
            const allowed = Math.min(settings.maxOutputTokensPerRound, remaining - inputTokens);
            if (allowed < MIN_OUTPUT_TOKENS_PER_ROUND) {
                stopReason = `token budget reached: ${usage.input_tokens + usage.output_tokens} of ${settings.maxTokens} used; the next round needs ${inputTokens} input tokens plus at least ${MIN_OUTPUT_TOKENS_PER_ROUND} for the reply (raise --max-tokens to go further)`;
                break;
            }
            deps.logger.info(`  round ${round}: asking ${deps.generator.kind}${deps.generator.model ? ` (${deps.generator.model})` : ""}`);
            generation = await deps.generator.generate({ prompt, temperature, maxOutputTokens: allowed });
        }
        catch (error) {
            // The model is out of reach (after the SDK's retries) or out of replies: stop, keep what the run has.
            if (!(error instanceof generator_GeneratorExhausted) && !(error instanceof GenerationError))
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
            prompt,
            reply: generation.text,
            ...(generation.model ? { model: generation.model } : {}),
            stop_reason: generation.stopReason ?? null,
            usage: { input_tokens: generation.usage.inputTokens, output_tokens: generation.usage.outputTokens },
            rejections: [],
            score: null,
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
            roundRecord.rejections.push(...validateCandidate(fn.facts, facts));
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
                    roundRecord.findings = summarise(counted, range.start).map((f) => (f.line < range.start ? { ...f, relative_line: 0 } : f));
                    roundRecord.score = scoreFindings(counted);
                    const adapted = adaptProfile(state.profile, counted);
                    state.profile = adapted.profile;
                    roundRecord.profile_changes = adapted.changes;
                    if (deps.tests && roundRecord.score < record.score_before) {
                        deps.logger.info(`  round ${round}: score ${roundRecord.score}; running the test command on a patched copy`);
                        const outcome = await deps.tests.run(new Map([[target.path, spliced.text]]));
                        roundRecord.tests = { passed: outcome.passed, exit_code: outcome.exitCode, output_tail: outcome.outputTail };
                        if (!outcome.passed) {
                            roundRecord.rejections.push({ code: "tests-failed", message: `the test command failed on the patched tree (exit ${outcome.exitCode})${outcome.outputTail ? `: ${outcome.outputTail.split("\n").filter(Boolean).pop()}` : ""}` });
                        }
                    }
                    candidates.set(round, { start: fn.start, end: fn.end, source: parsed.functionSource, imports: facts.imports ?? [] });
                }
            }
        }
        deps.logger.info(`  round ${round}: ${fix_loop_describeRound(roundRecord)}`);
        if (roundRecord.rejections.length === 0 && roundRecord.score === 0)
            break;
    }
    const best = finishFunction(record);
    return { ...(best ? { accepted: candidates.get(best.round) } : {}), ...(stopReason ? { stopReason } : {}) };
}
function fix_loop_describeRound(round) {
    if (round.rejections.length > 0) {
        const scored = round.score === null ? "" : `score ${round.score}, `;
        return `${scored}rejected: ${round.rejections.map((r) => r.message).join("; ")}`;
    }
    const found = round.findings.map((f) => `${f.test_id} (${f.severity})`).join(", ");
    return `score ${round.score}${found ? `: ${found}` : ""}`;
}
/** Bandit on one file's text, in a temporary directory laid out like the repository. */
async function scanText(scanner, path, text, settings) {
    const root = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), "bandit-gate-fix-"));
    try {
        await (0,promises_.mkdir)((0,external_node_path_.dirname)((0,external_node_path_.join)(root, path)), { recursive: true });
        await (0,promises_.writeFile)((0,external_node_path_.join)(root, path), text);
        const result = await scanner.scan(root, [path]);
        const failure = result.failures.find((f) => f.path === path)?.reason ?? (result.scanned.includes(path) ? undefined : "Bandit's configuration excludes the file");
        const findings = result.findings.filter((f) => f.path === path && (0,finding/* meetsThreshold */.M0)(f.severity, settings.severityLevel) && (0,finding/* meetsThreshold */.M0)(f.confidence, settings.confidenceLevel));
        return failure ? { findings, failure } : { findings };
    }
    finally {
        await (0,promises_.rm)(root, { recursive: true, force: true });
    }
}

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
async function profile_file_saveProfileFile(path, profile) {
    try {
        await mkdir(dirname(path), { recursive: true });
        await writeFile(path, renderProfileYaml(profile));
    }
    catch (error) {
        throw new ConfigurationError(`cannot write the security profile ${path}: ${error.message}; check --profile`);
    }
}

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

;// CONCATENATED MODULE: ./build/app/fix.js










/**
 * The gate, then the remediation loop on what it found: shared by `bandit-gate fix` and the
 * Action's fix step. Writes nothing: the caller decides where the changes and the learned
 * profile go (the working tree, a patch, or a fix branch).
 */
async function fix_runFix(settings, deps, gated) {
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
    const config = await (0,bandit_config/* loadBanditConfig */.p)(deps.gate.git, { kind: "worktree" });
    const tests = settings.loop.testCommand ? new CopiedTreeTestRunner(root, settings.loop.testCommand, deps.env) : undefined;
    let result;
    try {
        result = await remediate(report, profileBefore, settings.loop, {
            logger,
            generator,
            python: new PythonAstRunner(pythonForBandit(bandit.argv)),
            scanner: new run/* BanditRunner */.t(bandit, { config: config.config, jobs: 1 }),
            readSource: (path) => (0,promises_.readFile)((0,external_node_path_.join)(root, path), "utf8"),
            ...(tests ? { tests } : {}),
        });
    }
    finally {
        await tests?.dispose();
        await config.dispose();
    }
    const record = {
        schema: "bandit-gate/remediation-run",
        schema_version: 1,
        started_at: startedAt.toISOString(),
        finished_at: new Date().toISOString(),
        generator: { kind: generator.kind, ...(generator.model ? { model: generator.model } : {}) },
        bandit_version: bandit.version,
        settings: {
            max_rounds: settings.loop.maxRounds,
            temperatures: settings.loop.temperatures,
            max_tokens: settings.loop.maxTokens,
            test_command: settings.loop.testCommand ?? null,
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

;// CONCATENATED MODULE: ./build/core/fix/pr-body.js
/** GitHub rejects a pull-request body over 65,536 characters; stay below with room to spare. */
const MAX_BODY = 60_000;
/** Found in every body this tool writes: how a reviewer (and the tool) recognises its PRs. */
const BODY_MARKER = "<!-- bandit-gate:fix-pr -->";
function pullRequestTitle(record, context) {
    const fixed = record.functions.filter((f) => f.status === "fixed").length;
    return `bandit-gate: fix security regressions in ${fixed} function${fixed === 1 ? "" : "s"} on ${context.agentBranch}`;
}
/** The pull request's description, for a reviewer who has never heard of this tool. */
function pullRequestBody(record, context) {
    const full = render(record, context, true);
    if (full.length <= MAX_BODY)
        return full;
    const brief = render(record, context, false);
    if (brief.length <= MAX_BODY)
        return brief;
    return `${brief.slice(0, MAX_BODY - 200)}\n\n…(cut to fit GitHub's limit; the run record has everything)\n\n${BODY_MARKER}\n`;
}
function render(record, context, withRounds) {
    const fixed = record.functions.filter((f) => f.status === "fixed");
    const notFixed = record.functions.filter((f) => f.status !== "fixed");
    const out = [];
    out.push(`The security gate found that commit \`${context.headSha.slice(0, 12)}\` on \`${context.agentBranch}\` ` +
        `makes the Python code less secure by Bandit's measure (a static security analyser). ` +
        `This pull request proposes fixes for the affected functions. A language model rewrote each one; ` +
        `every rewrite was checked with Bandit again and refused if it cheated (a \`# nosec\` comment, ` +
        `a changed signature, removed error handling, a stub${record.settings.test_command ? ", or failing tests" : ""}). ` +
        `**Review it like any change from a colleague**: merging it updates \`${context.agentBranch}\`; closing it changes nothing.`);
    if (context.reportUrl)
        out.push(`\nThe gate's full report is in the [workflow run's summary](${context.reportUrl}).`);
    out.push(`\n### Fixed (${fixed.length})`);
    if (fixed.length === 0)
        out.push("\nNone.");
    else {
        out.push("\n| Function | Findings before | After | Round |\n| --- | --- | --- | --- |");
        for (const f of fixed) {
            out.push(`| ${where(f)} | ${findingList(f.findings_before)} | ${findingList(f.findings_after) || "none"} | ${f.selected_round} of ${f.rounds.length} |`);
        }
    }
    const moduleLevel = record.module_level;
    if (notFixed.length + moduleLevel.length > 0) {
        out.push(`\n### Not fixed (${notFixed.length + moduleLevel.length}): these still need a person`);
        out.push("");
        for (const f of notFixed)
            out.push(`- ${where(f)}: ${cell(f.reason ?? "no round beat the original")} (${findingList(f.findings_before)})`);
        for (const m of moduleLevel)
            out.push(`- \`${m.path}:${m.line}\` ${m.test_id}: ${cell(m.reason)}`);
    }
    if (withRounds && record.functions.length > 0) {
        out.push("\n### Rounds");
        for (const f of record.functions) {
            out.push(`\n<details><summary>${where(f)}: score ${f.score_before} → ${f.status === "fixed" ? f.score_after : `${f.score_before} (unchanged)`}</summary>\n`);
            out.push("| Round | Temperature | Score | Findings | Rejected because |\n| --- | --- | --- | --- | --- |");
            for (const r of f.rounds) {
                const selected = r.round === f.selected_round ? " ✅" : "";
                out.push(`| ${r.round}${selected} | ${r.temperature} | ${r.score ?? "–"} | ${findingList(r.findings) || "none"} | ${cell(r.rejections.map((x) => x.message).join("; ")) || ""} |`);
            }
            out.push("\n</details>");
        }
    }
    const changes = weightChanges(record.profile_before, record.profile_after);
    out.push("\n### Security profile");
    out.push("\nThe prompt stresses the rules whose weights are high; each finding raises the weights of the rules it relates to, " +
        "and every run first decays them part of the way back to their defaults. This PR carries the updated profile file.");
    if (changes.length === 0)
        out.push("\nNo weight changed.");
    else {
        out.push("\n| Rule | Before | After |\n| --- | --- | --- |");
        for (const c of changes)
            out.push(`| ${c.rule} | ${c.from.toFixed(2)} | ${c.to.toFixed(2)} |`);
    }
    out.push(`\n### Cost\n\n${record.usage.calls} model call${record.usage.calls === 1 ? "" : "s"} (${record.generator.kind}${record.generator.model ? `, ${record.generator.model}` : ""}): ` +
        `${record.usage.input_tokens} input and ${record.usage.output_tokens} output tokens of a budget of ${record.usage.budget}.` +
        (record.stopped_early ? ` Stopped early: ${cell(record.stopped_early)}.` : ""));
    out.push(`\n${BODY_MARKER}\n`);
    return out.join("\n");
}
function where(f) {
    return `\`${f.qualname}\` in \`${f.path}\``;
}
function findingList(findings) {
    return findings.map((x) => `${x.test_id} (${x.severity})`).join(", ");
}
function cell(text) {
    return text.replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
}
function weightChanges(before, after) {
    return Object.keys(after.weights)
        .map((rule) => ({
        rule,
        from: before.weights[rule] ?? 0,
        to: after.weights[rule] ?? 0,
    }))
        .filter((c) => Math.abs(c.to - c.from) > 1e-9);
}

;// CONCATENATED MODULE: ./build/app/fix-pr.js

/** Is this branch one of the fix branches (the gate never runs its fix step on them)? */
function isFixBranch(branch, prefix) {
    return prefix !== "" && branch.startsWith(prefix);
}
/**
 * Put the fix on `<prefix><agent branch>` (one commit on the gated head) and open or update the
 * pull request into the agent branch. A fix branch holding commits this tool did not make is
 * left alone and a suffixed branch is used instead.
 */
async function openFixPullRequest(fix, settings, deps) {
    const fixed = fix.record.functions.filter((f) => f.status === "fixed");
    if (fixed.length === 0) {
        return { operation: "none", reason: "the remediation loop fixed no function, so there is nothing to propose" };
    }
    const { branch, expected } = await chooseBranch(settings, deps);
    const message = [
        `bandit-gate: fix security regressions in ${fixed.length} function${fixed.length === 1 ? "" : "s"}`,
        "",
        ...fixed.map((f) => `- ${f.path}: ${f.qualname} (${f.findings_before.map((x) => x.test_id).join(", ")})`),
    ].join("\n");
    const commit = await deps.git.commitFiles(settings.headSha, fix.files, message, settings.bot);
    await deps.git.push(commit, branch, expected);
    deps.logger.info(`Pushed the fix to ${branch} (${commit.slice(0, 12)})`);
    const context = { agentBranch: settings.agentBranch, headSha: settings.headSha, reportUrl: settings.reportUrl };
    const title = pullRequestTitle(fix.record, context);
    const body = pullRequestBody(fix.record, context);
    const open = await deps.pulls.findOpen(branch, settings.agentBranch);
    if (open) {
        const pr = await deps.pulls.update(open.number, { title, body, labels: settings.labels });
        return { operation: "updated", branch, number: pr.number, url: pr.url };
    }
    const pr = await deps.pulls.create({ head: branch, base: settings.agentBranch, title, body, draft: settings.draft, labels: settings.labels });
    return { operation: "created", branch, number: pr.number, url: pr.url };
}
async function chooseBranch(settings, deps) {
    const base = `${settings.branchPrefix}${settings.agentBranch}`;
    for (let n = 1; n <= 20; n += 1) {
        const branch = n === 1 ? base : `${base}-${n}`;
        const remote = await deps.git.remoteBranch(branch);
        if (!remote)
            return { branch, expected: undefined };
        if (await deps.git.onlyOurCommits(branch, settings.headSha))
            return { branch, expected: remote };
        deps.logger.warning(`${branch} has commits bandit-gate did not make; leaving it alone`);
    }
    throw new Error(`fix branches ${base} to ${base}-20 all hold other people's commits; delete some`);
}

;// CONCATENATED MODULE: ./build/adapters/generators/replay.js



/**
 * Replies read from a file, handed out in order. The file is either
 * `{"responses": [{"text": "...", "usage": {...}}, ...]}` (or a bare array of those or of strings),
 * or the JSON record of an earlier `fix` run, whose rounds' replies are replayed exactly.
 */
class replay_ReplayGenerator {
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
            text = await readFile(path, "utf8");
        }
        catch (error) {
            throw new ConfigurationError(`cannot read the replay file ${path}: ${error.message}; check --generator replay:FILE`);
        }
        let data;
        try {
            data = JSON.parse(text);
        }
        catch (error) {
            throw new ConfigurationError(`the replay file ${path} is not JSON: ${error.message}`);
        }
        return new replay_ReplayGenerator(responsesOf(data, path), path);
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
    const bad = () => new ConfigurationError(`the replay file ${path} must hold {"responses": [...]}, an array of replies, or a fix run record`);
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
var git = __webpack_require__(6689);
// EXTERNAL MODULE: ./build/app/compose.js + 3 modules
var compose = __webpack_require__(8109);
;// CONCATENATED MODULE: ./build/app/fix-patch.js





/**
 * A unified diff of the changes, `git apply`-able from the repository root: git's own diff of
 * two temporary copies, with the user's diff configuration neutralised.
 */
async function fix_patch_unifiedDiff(changes) {
    if (changes.length === 0)
        return "";
    const root = await mkdtemp(join(tmpdir(), "bandit-gate-diff-"));
    try {
        let diff = "";
        for (const change of changes) {
            for (const [side, text] of [["a", change.before], ["b", change.after]]) {
                const file = join(root, side, change.path);
                await mkdir(dirname(file), { recursive: true });
                await writeFile(file, text);
            }
            const result = await runCommand("git", ["-c", "core.quotePath=false", "-c", "diff.noprefix=false", "-c", "diff.mnemonicPrefix=false", "diff", "--no-index", "--no-color", "--no-ext-diff", "--text", "--no-prefix", "--", `a/${change.path}`, `b/${change.path}`], { cwd: root, env: { ...process.env, GIT_CONFIG_NOSYSTEM: "1", GIT_CONFIG_GLOBAL: "/dev/null" } });
            if (result.code > 1)
                throw new Error(`git diff --no-index failed (${result.code}): ${result.stderr.trim()}`);
            diff += result.stdout;
        }
        return diff;
    }
    finally {
        await rm(root, { recursive: true, force: true });
    }
}
/** Write the changed files into the working tree, refusing any file that changed during the run. */
async function fix_patch_applyChanges(repoRoot, changes) {
    for (const change of changes) {
        const current = await readFile(join(repoRoot, change.path), "utf8");
        if (current !== change.before) {
            throw new ConfigurationError(`${change.path} changed while fix was running; nothing was written to it. Run fix again.`);
        }
    }
    for (const change of changes)
        await writeFile(join(repoRoot, change.path), change.after);
}

// EXTERNAL MODULE: ./build/core/messages.js
var core_messages = __webpack_require__(1072);
// EXTERNAL MODULE: ./build/cli/args.js + 2 modules
var args = __webpack_require__(1887);
;// CONCATENATED MODULE: ./build/cli/help.js

const GATE_FLAGS = `  --base REF               compare with exactly this revision (default: the merge-base of
                           HEAD with the default branch: origin/HEAD, else main)
  --baseline FILE          compare with a stored baseline file instead of a git revision
  --head REF               judge this commit instead of the working tree
  --severity-level L       report regressions of at least this severity: all|low|medium|high (all)
  --confidence-level L     ... and at least this confidence: all|low|medium|high (all)
  --nosec P                new-is-regression (default): a # nosec the branch added is a regression;
                           honor: every # nosec is honoured, as Bandit does
  --include GLOB           judge only files matching GLOB (repeatable)
  --exclude GLOB           skip files matching GLOB (repeatable)
  --bandit CMD             the Bandit to run (else $BANDIT_GATE_BANDIT, bandit on PATH,
                           python3 -m bandit)
  --allow-scan-errors      report files Bandit could not scan, but do not fail on them
  --jobs N                 Bandit processes at once (default: one per core)
  --shard i/n              judge only part i of n of the changed files (matrix jobs)`;
const HELP = {
    main: `bandit-gate: fail a branch that makes Python code less secure, by Bandit's measure.

Usage:
  bandit-gate check [options] [PATHS...]     gate the changes against the baseline
  bandit-gate baseline --output FILE          store a baseline file for the current tree
  bandit-gate hook [options] [FILES...]       judge staged changes against HEAD (pre-commit)
  bandit-gate merge REPORT.json...            combine the JSON reports of --shard runs
  bandit-gate fix [options] [PATHS...]       regenerate regressed functions with a model, as a patch
  bandit-gate <command> --help                options of one command
  bandit-gate --version

Exit codes: 0 no regressions, 1 regressions, 2 usage or configuration error,
            3 Bandit could not scan a changed file, 4 internal error.
`,
    check: `Usage: bandit-gate check [options] [PATHS...]

Runs Bandit on the Python files changed between the baseline and head (the working tree by
default), matches findings across both, and fails on new findings, escalated severities and
new # nosec suppressions. PATHS restricts the check to those files or folders.

Options:
${GATE_FLAGS}
  -f, --format F           text|json|sarif|markdown (text)
  -o, --output FILE        write the report there (the terminal gets the text summary)
  --no-cache               scan every file again (also BANDIT_GATE_NO_CACHE=1); results are
                           otherwise reused from the cache directory by content
  -q, --quiet              no progress messages on stderr
  -h, --help               this help

Exit codes: 0 no regressions, 1 regressions, 2 usage or configuration error,
            3 Bandit could not scan a changed file (unless --allow-scan-errors), 4 internal error.
Bandit: install it with  python3 -m pip install "bandit[toml]==${core_messages/* PINNED_BANDIT_VERSION */.N}"
`,
    merge: `Usage: bandit-gate merge [options] REPORT.json...

Combines the JSON reports of the shards of one run (check --shard i/n --format json) into one
verdict and one report, as if the run had not been split. The shards must share the baseline
and the Bandit version, and all n of them must be given.

Options:
  -f, --format F           text|json|sarif|markdown (text)
  -o, --output FILE        write the report there (the terminal gets the text summary)
  --allow-scan-errors      exit 0/1 even if a shard could not scan a file
`,
    baseline: `Usage: bandit-gate baseline --output FILE [options] [PATHS...]

Scans every Python file in the working tree and writes a baseline file (bandit-gate's own
format: identities as hashes and counts, never source or Bandit's messages, which can quote
secrets). Compare with it later: bandit-gate check --baseline FILE.

Options:
  -o, --output FILE        where to write the baseline (required)
  --include GLOB, --exclude GLOB, --bandit CMD, --jobs N, --allow-scan-errors, --no-cache  as for check
  -q, --quiet              no progress messages on stderr
`,
    hook: `Usage: bandit-gate hook [options] [FILES...]

The pre-commit hook (id bandit-gate in .pre-commit-hooks.yaml). Judges the STAGED content of
FILES (all staged Python files if none are given) against HEAD: what the commit would add, not
the working tree, so a partially staged file is judged by its staged part. In a repository's
first commit everything staged is new. Same matching, # nosec policy and thresholds as check.
Run by pre-commit over a range (PRE_COMMIT_FROM_REF/PRE_COMMIT_TO_REF: pre-push, --from-ref),
it judges the range's last commit against its first instead.

Options:
  --baseline FILE          compare with a stored baseline file instead of HEAD
  --base REF               compare with this revision instead of HEAD
  --severity-level L, --confidence-level L, --nosec P, --include GLOB, --exclude GLOB,
  --jobs N, --allow-scan-errors  as for check
  --bandit CMD             the Bandit to run (else $BANDIT_GATE_BANDIT, bandit on PATH,
                           python3 -m bandit, else Bandit ${core_messages/* PINNED_BANDIT_VERSION */.N} installed once into a
                           virtual environment in the cache directory)
  --no-cache               scan every file again (also BANDIT_GATE_NO_CACHE=1)
  -v, --verbose            progress messages on stderr
  -h, --help               this help

Cache directory: $BANDIT_GATE_CACHE_DIR, else $XDG_CACHE_HOME/bandit-gate, else
~/.cache/bandit-gate; delete it to clear the scan cache and the installed Bandit.
Skip the hook once: SKIP=bandit-gate git commit ...
Exit codes: 0 no regressions, 1 regressions, 2 usage or configuration error,
            3 Bandit could not scan a staged file (unless --allow-scan-errors), 4 internal error.
`,
};
const help_HELP_FIX = (/* unused pure expression or super */ null && (`Usage: bandit-gate fix [options] [PATHS...]

Runs the gate, then regenerates every function that holds a regression: it asks a model for a
rewrite, rejects rewrites that cheat (renamed or re-signed functions, changed decorators, new
# nosec, removed raise statements or handlers, stub bodies, failing tests), rescans each candidate
with Bandit, adapts the security profile to what Bandit found, and keeps the best round only if
it scores below the original. Model output is parsed and scanned, never run. Module-level
findings are reported, not regenerated.

Options (the gate's options apply too, except --head):
${GATE_FLAGS}
  --max-rounds N           rounds per function (3)
  --temperature-ramp LIST  temperature per round, e.g. 0.2,0.4,0.6 (0.2); the anthropic
                           generator cannot send one (API 2026-10-21) and only records it
  --generator G            anthropic (needs ANTHROPIC_API_KEY; honours ANTHROPIC_BASE_URL) or
                           replay:FILE (replies from a file or an earlier --record)
  --model M                the anthropic model (claude-sonnet-5-5)
  --max-tokens N           token budget of the whole run, input plus output (200000); never exceeded
  --test-command CMD       run CMD (through sh) on a patched copy of the tree; a failure rejects the candidate
  --profile FILE           the security profile (.github/bandit-gate/profile.yml; created when absent,
                           written back after the run)
  --record FILE            write the JSON record of the run (prompts, replies, scores, usage)
  --write                  apply the fix to the working tree
  --patch FILE             write the unified diff to FILE (default: the diff goes to stdout)
  -q, --quiet              no progress messages on stderr
  -h, --help               this help

Exit codes: 0 every regressed function fixed (or nothing to fix), 1 something left unfixed,
            2 usage or configuration error, 3 Bandit could not scan a changed file, 4 internal error.
`));

// EXTERNAL MODULE: ./build/adapters/files/output-file.js
var output_file = __webpack_require__(6691);
;// CONCATENATED MODULE: ./build/cli/commands/fix.js
















const FIX_OPTIONS = {
    ...args/* GATE_OPTIONS */.FF,
    "max-rounds": { type: "string" },
    "temperature-ramp": { type: "string" },
    generator: { type: "string" },
    model: { type: "string" },
    "max-tokens": { type: "string" },
    "test-command": { type: "string" },
    profile: { type: "string" },
    record: { type: "string" },
    write: { type: "boolean" },
    patch: { type: "string" },
    quiet: { type: "boolean", short: "q" },
};
/** Flags -> settings; every problem is collected and reported at once. */
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
    const whole = (flag, text, fallback, min, max) => {
        if (text === undefined)
            return fallback;
        const n = Number(text);
        if (Number.isInteger(n) && n >= min && n <= max)
            return n;
        problems.push(`--${flag} must be a whole number from ${min} to ${max} (got "${text}")`);
        return fallback;
    };
    const maxRounds = whole("max-rounds", values["max-rounds"], DEFAULT_MAX_ROUNDS, 1, 10);
    const maxTokens = whole("max-tokens", values["max-tokens"], DEFAULT_MAX_TOKENS, 1, 100_000_000);
    let temperatures = [...DEFAULT_TEMPERATURES];
    if (values["temperature-ramp"] !== undefined) {
        const parts = values["temperature-ramp"].split(",").map((p) => p.trim());
        const numbers = parts.map(Number);
        if (parts.length === 0 || parts.some((p) => p === "") || numbers.some((n) => !Number.isFinite(n) || n < 0 || n > 1)) {
            problems.push(`--temperature-ramp must be comma-separated numbers from 0 to 1, one per round (got "${values["temperature-ramp"]}")`);
        }
        else {
            temperatures = numbers;
        }
    }
    let generator = { kind: "anthropic", model: values.model ?? DEFAULT_ANTHROPIC_MODEL };
    const chosen = values.generator ?? "anthropic";
    if (chosen.startsWith("replay:") && chosen.length > "replay:".length) {
        generator = { kind: "replay", file: (0,external_node_path_.resolve)(context.cwd, chosen.slice("replay:".length)) };
        if (values.model !== undefined)
            problems.push("--model applies to the anthropic generator only");
    }
    else if (chosen !== "anthropic") {
        problems.push(`--generator must be anthropic or replay:FILE (got "${chosen}")`);
    }
    if (values.model !== undefined && values.model.trim() === "")
        problems.push("--model must not be empty");
    let output = { kind: "stdout" };
    if (values.write && values.patch !== undefined)
        problems.push("--write and --patch are alternatives: apply the fix, or write it as a patch file");
    else if (values.write)
        output = { kind: "write" };
    else if (values.patch !== undefined)
        output = { kind: "patch", file: (0,external_node_path_.resolve)(context.cwd, values.patch) };
    const testCommand = values["test-command"]?.trim();
    if (values["test-command"] !== undefined && !testCommand)
        problems.push("--test-command must not be empty");
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
            severityLevel: gate.severityLevel,
            confidenceLevel: gate.confidenceLevel,
        },
        generator,
        profilePath: values.profile !== undefined ? (0,external_node_path_.resolve)(context.cwd, values.profile) : (0,external_node_path_.join)(context.repoRoot, DEFAULT_PROFILE_PATH),
        ...(values.record !== undefined ? { recordPath: (0,external_node_path_.resolve)(context.cwd, values.record) } : {}),
        output,
    };
}
async function makeGenerator(setting, env) {
    if (setting.kind === "replay")
        return ReplayGenerator.fromFile(setting.file);
    return new AnthropicGenerator({ model: setting.model, ...DEFAULT_ANTHROPIC_SETTINGS }, env);
}
/** `bandit-gate fix`: run the gate, regenerate every regressed function, and hand back a patch. */
async function fixCommand(argv, io) {
    const { values, positionals } = parseCommandLine(argv, FIX_OPTIONS);
    if (values.help) {
        io.stdout(HELP_FIX);
        return EXIT.ok;
    }
    const git = await Git.open(io.cwd, io.env);
    const settings = fixSettingsFromFlags(values, positionals, { cwd: io.cwd, repoRoot: git.root });
    const logger = new ConsoleLogger(io.stderr, { quiet: values.quiet === true, debug: io.env.BANDIT_GATE_DEBUG === "1" });
    // Everything the user can get wrong is checked before the gate spends any time.
    const generator = await makeGenerator(settings.generator, io.env);
    if (!generator.supportsTemperature && values["temperature-ramp"] !== undefined) {
        logger.warning(`the ${generator.kind} generator cannot set a temperature (the API rejects it), so --temperature-ramp is recorded but has no effect`);
    }
    const location = { explicit: values.bandit, fromEnv: io.env.BANDIT_GATE_BANDIT, env: io.env };
    const run = await runFix(settings, {
        gate: await realGateDeps(settings.gate, location, logger, io.env),
        generator,
        logger,
        env: io.env,
    });
    if (run.kind === "scan-errors") {
        io.stderr(`bandit-gate: ${messages.scanFailed(run.report.scan_errors)}\n`);
        return EXIT.scan;
    }
    if (run.kind === "nothing-to-fix") {
        io.stdout("bandit-gate: no security regressions: nothing to fix\n");
        return EXIT.ok;
    }
    const { record, result } = run;
    await saveProfileFile(settings.profilePath, result.profile);
    if (settings.recordPath)
        await writeOutputFile(settings.recordPath, `${JSON.stringify(record, null, 2)}\n`, "--record");
    const diff = await unifiedDiff(result.changes);
    const summary = renderSummary(record, settings, diff !== "");
    if (settings.output.kind === "write") {
        await applyChanges(git.root, result.changes);
        io.stdout(summary);
    }
    else if (settings.output.kind === "patch") {
        await writeOutputFile(settings.output.file, diff, "--patch");
        io.stdout(summary);
    }
    else {
        io.stderr(summary);
        io.stdout(diff);
    }
    const unfixed = result.moduleLevel.length + result.functions.filter((f) => f.status !== "fixed").length;
    return unfixed === 0 ? EXIT.ok : EXIT.regressions;
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
        out.push(`${fn.path}: ${fn.qualname} (lines ${fn.start_line}-${fn.end_line}): ${fn.status === "fixed" ? "FIXED" : "NOT FIXED"}`);
        out.push(`  before: score ${fn.score_before}: ${listFindings(fn.findings_before)}`);
        for (const round of fn.rounds)
            out.push(`  round ${round.round}: ${describeRound(round)}`);
        out.push(fn.selected_round === null ? `  selected: none (${fn.reason ?? "not fixed"})` : `  selected: round ${fn.selected_round}`);
        out.push(`  after: score ${fn.score_after}: ${listFindings(fn.findings_after)}`);
        out.push(`  tokens: ${fn.usage.input_tokens} in, ${fn.usage.output_tokens} out`);
    }
    for (const m of record.module_level)
        out.push(`${m.path}:${m.line}: ${m.test_id}: NOT FIXED: ${m.reason}`);
    const fixed = record.functions.filter((f) => f.status === "fixed").length;
    const total = record.usage.input_tokens + record.usage.output_tokens;
    out.push(`fixed ${fixed} of ${record.functions.length} function(s)${record.module_level.length ? `; ${record.module_level.length} module-level finding(s) left alone` : ""}; ` +
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

;// CONCATENATED MODULE: ./build/action/fix.js










const DEFAULT_FIX_BRANCH_PREFIX = "bandit-gate/fix/";
const DEFAULT_BOT = { name: "bandit-gate[bot]", email: "bandit-gate@users.noreply.github.com" };
/**
 * The Action's optional fix step, after a failed gate on an agent push: run the remediation
 * loop and propose what it fixed as a pull request into the agent branch. It never changes the
 * gate's verdict and never pushes to the agent branch itself.
 */
async function fixStep(context) {
    const outcome = await attemptFix(context);
    core/* setOutput */.uH("pull-request-operation", outcome.operation);
    core/* setOutput */.uH("pull-request-number", outcome.number ?? "");
    core/* setOutput */.uH("pull-request-url", outcome.url ?? "");
    const line = outcome.operation === "none"
        ? `No fix pull request: ${outcome.reason ?? "nothing to propose"}.`
        : `Fix pull request ${outcome.operation}: [#${outcome.number}](${outcome.url}) from \`${outcome.branch}\`.`;
    await core/* summary */.z.addRaw(`\n### Remediation\n\n${line}\n`).write();
    core/* info */.pq(`bandit-gate: ${line}`);
}
async function attemptFix(context) {
    const { env, logger } = context;
    const prefix = core/* getInput */.V4("fix-branch-prefix") || DEFAULT_FIX_BRANCH_PREFIX;
    setFunctionOutputs([], []);
    if (context.eventName !== "push" || !context.branch) {
        return { operation: "none", reason: "the fix step runs on pushes to agent branches only" };
    }
    if (isFixBranch(context.branch, prefix)) {
        return { operation: "none", reason: `${context.branch} is one of bandit-gate's own fix branches, which it never fixes` };
    }
    const apiKey = core/* getInput */.V4("anthropic-api-key") || env.ANTHROPIC_API_KEY || "";
    if (!apiKey.trim()) {
        core/* notice */.lm("bandit-gate: no Anthropic API key (secrets are not given to forks): the fix step is skipped; the gate's verdict stands");
        return { operation: "none", reason: "no Anthropic API key was available" };
    }
    core/* setSecret */.Pq(apiKey);
    const token = core/* getInput */.V4("github-token") || env.GITHUB_TOKEN || "";
    if (!token.trim()) {
        core/* notice */.lm("bandit-gate: no github-token: the fix step is skipped");
        return { operation: "none", reason: "no GitHub token was available" };
    }
    core/* setSecret */.Pq(token);
    const [owner, repo] = (env.GITHUB_REPOSITORY ?? "").split("/");
    if (!owner || !repo)
        throw new errors/* ConfigurationError */.j1("GITHUB_REPOSITORY is not set (owner/name): the fix step needs it to open the pull request");
    const profile = core/* getInput */.V4("profile") || DEFAULT_PROFILE_PATH;
    const settings = fixSettingsFromFlags({
        ...flagValuesOf(context.gate),
        "max-rounds": core/* getInput */.V4("max-rounds") || undefined,
        "temperature-ramp": core/* getInput */.V4("temperature-ramp") || undefined,
        model: core/* getInput */.V4("model") || undefined,
        "max-tokens": core/* getInput */.V4("max-tokens") || undefined,
        "test-command": core/* getInput */.V4("test-command") || undefined,
        profile,
    }, [], { cwd: context.git.root, repoRoot: context.git.root });
    settings.gate = context.gate;
    if (settings.generator.kind !== "anthropic")
        throw new errors/* ConfigurationError */.j1("the Action's fix step uses the anthropic generator");
    const generator = new anthropic_AnthropicGenerator({ model: settings.generator.model, ...anthropic_DEFAULT_ANTHROPIC_SETTINGS }, { ...env, ANTHROPIC_API_KEY: apiKey });
    const run = await fix_runFix(settings, { gate: context.gateDeps, generator, logger, env }, context.report);
    if (run.kind !== "remediated")
        return { operation: "none", reason: "there was nothing to fix" };
    const fixed = run.record.functions.filter((f) => f.status === "fixed").map((f) => `${f.path}:${f.qualname}`);
    const unfixed = [
        ...run.record.functions.filter((f) => f.status !== "fixed").map((f) => `${f.path}:${f.qualname}`),
        ...run.record.module_level.map((m) => `${m.path}:${m.line}`),
    ];
    setFunctionOutputs(fixed, unfixed);
    const files = new Map(run.result.changes.map((c) => [c.path, c.after]));
    files.set(relativeProfile(profile), profile_renderProfileYaml(run.result.profile));
    const head = (await context.git.execOk(["rev-parse", "HEAD"])).stdout.trim();
    const serverUrl = env.GITHUB_SERVER_URL || "https://github.com";
    const runUrl = env.GITHUB_RUN_ID ? `${serverUrl}/${owner}/${repo}/actions/runs/${env.GITHUB_RUN_ID}` : undefined;
    const botName = core/* getInput */.V4("bot-name") || DEFAULT_BOT.name;
    const botEmail = core/* getInput */.V4("bot-email") || DEFAULT_BOT.email;
    const outcome = await openFixPullRequest({ files, record: run.record }, {
        agentBranch: context.branch,
        headSha: head,
        branchPrefix: prefix,
        labels: core/* getMultilineInput */.q3("labels").flatMap((l) => l.split(",")).map((l) => l.trim()).filter(Boolean),
        draft: core/* getBooleanInput */.Vt("draft"),
        bot: { name: botName, email: botEmail },
        ...(runUrl ? { reportUrl: runUrl } : {}),
    }, {
        git: new FixBranchGit(context.git.root, env, { token, serverUrl }),
        pulls: new OctokitPullRequests(token, owner, repo, env.GITHUB_API_URL || "https://api.github.com"),
        logger,
    });
    return { ...outcome, fixed, unfixed };
}
function setFunctionOutputs(fixed, unfixed) {
    core/* setOutput */.uH("fixed-functions", JSON.stringify(fixed));
    core/* setOutput */.uH("unfixed-functions", JSON.stringify(unfixed));
}
/** The gate's settings as the flag values fixSettingsFromFlags expects (it validates them again). */
function flagValuesOf(gate) {
    return {
        "severity-level": gate.severityLevel,
        "confidence-level": gate.confidenceLevel,
        nosec: gate.nosec,
        include: gate.include,
        exclude: gate.exclude,
        jobs: String(gate.jobs),
    };
}
function relativeProfile(path) {
    return path.replace(/^\.\/+/, "").split("\\").join("/");
}


/***/ })

};
