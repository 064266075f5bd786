export const id = 107;
export const ids = [107,918];
export const modules = {

/***/ 97918:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OctokitPullRequestComments: () => (/* binding */ OctokitPullRequestComments),
/* harmony export */   P: () => (/* binding */ OctokitPullRequests),
/* harmony export */   y: () => (/* binding */ CommentRefusedError)
/* harmony export */ });
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(61351);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(62807);


const CANNOT_CREATE = "GitHub refused to create the pull request (403). Give the workflow `permissions: contents: write` and " +
    "`pull-requests: write`, and enable Settings > Actions > General > Workflow permissions > " +
    '"Allow GitHub Actions to create and approve pull requests" (or pass a GitHub App or fine-grained token as github-token)';
/** One client setup for every GitHub adapter: no retries, so a refusal is reported at once. */
function octokitFor(token, baseUrl) {
    return (0,_actions_github__WEBPACK_IMPORTED_MODULE_0__/* .getOctokit */ .Q)(token, { baseUrl, request: { retries: 0 } });
}
/** GitHub's REST API through @actions/github's Octokit; `baseUrl` is GITHUB_API_URL (GHES, tests). */
class OctokitPullRequests {
    owner;
    repo;
    octokit;
    constructor(token, owner, repo, baseUrl) {
        this.owner = owner;
        this.repo = repo;
        this.octokit = octokitFor(token, baseUrl);
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
    async closeWithComment(number, comment) {
        await this.call(() => this.octokit.rest.issues.createComment({ owner: this.owner, repo: this.repo, issue_number: number, body: comment }));
        await this.call(() => this.octokit.rest.pulls.update({ owner: this.owner, repo: this.repo, pull_number: number, state: "closed" }));
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
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(forbidden);
            if (status === 401)
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1("GitHub rejected the token (401); check the github-token input");
            if (status === 404)
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`GitHub answered 404 for ${this.owner}/${this.repo}; check GITHUB_REPOSITORY and the token's access`);
            const message = error.message ?? String(error);
            throw new Error(`GitHub API request failed${status ? ` (${status})` : ""}: ${message}`);
        }
    }
}
/** GitHub refused a write: the token cannot comment (a fork's pull request, missing permission). */
class CommentRefusedError extends Error {
    status;
    name = "CommentRefusedError";
    constructor(status, message) {
        super(message);
        this.status = status;
    }
}
class OctokitPullRequestComments {
    owner;
    repo;
    octokit;
    constructor(token, owner, repo, baseUrl) {
        this.owner = owner;
        this.repo = repo;
        this.octokit = octokitFor(token, baseUrl);
    }
    async list(number) {
        const all = await this.call(() => this.octokit.paginate(this.octokit.rest.issues.listComments, { owner: this.owner, repo: this.repo, issue_number: number, per_page: 100 }));
        return all.map(toComment);
    }
    async create(number, body) {
        const { data } = await this.call(() => this.octokit.rest.issues.createComment({ owner: this.owner, repo: this.repo, issue_number: number, body }));
        return toComment(data);
    }
    async update(id, body) {
        const { data } = await this.call(() => this.octokit.rest.issues.updateComment({ owner: this.owner, repo: this.repo, comment_id: id, body }));
        return toComment(data);
    }
    async call(request) {
        try {
            return await request();
        }
        catch (error) {
            const status = error.status;
            const message = error.message ?? String(error);
            if (status === 401 || status === 403 || status === 404)
                throw new CommentRefusedError(status, message);
            throw new Error(`GitHub API request failed${status ? ` (${status})` : ""}: ${message}`);
        }
    }
}
function toComment(data) {
    return { id: data.id, body: data.body ?? "", author: data.user?.login ?? "" };
}


/***/ }),

/***/ 35107:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  upsertPullRequestComment: () => (/* binding */ upsertPullRequestComment)
});

// EXTERNAL MODULE: ./build/adapters/github.js
var github = __webpack_require__(97918);
// EXTERNAL MODULE: ./build/core/report/markdown.js
var markdown = __webpack_require__(1432);
// EXTERNAL MODULE: ./build/core/report/report.js
var report_report = __webpack_require__(56859);
;// CONCATENATED MODULE: ./build/core/report/pr-comment.js


/**
 * Hidden in the rendered comment; finds the gate's own comment again on the next push, so there
 * is one comment per pull request, edited in place, not one per push.
 */
const PR_COMMENT_MARKER = "<!-- bandit-gate:pull-request-comment -->";
/** GitHub refuses comment bodies over 65,536 characters. */
const MAX_BODY = 60_000;
/** The sticky comment: the job summary's table when the gate fails, one line when it passes. */
function renderPullRequestComment(report, runUrl) {
    const link = runUrl ? `\n\n[The workflow run](${runUrl}) has the full report.` : "";
    if (report.counts.regressions === 0) {
        const tail = report.scan_errors.length > 0 ? " (see the workflow run for the files Bandit could not scan)" : "";
        return `${PR_COMMENT_MARKER}\n## bandit-gate: ✅ no regressions\n\n${pr_comment_escape((0,report_report/* headline */.Pl)(report))}${tail}.${link}\n`;
    }
    let body = (0,markdown/* renderMarkdown */.G)(report);
    if (body.length > MAX_BODY)
        body = `${body.slice(0, MAX_BODY)}\n\n…cut short: the table is too long for a comment.`;
    return `${PR_COMMENT_MARKER}\n${body}${link}\n`;
}
/** The gate's comment among a pull request's comments: the marker opens its body. */
function isGateComment(body) {
    return typeof body === "string" && body.startsWith(PR_COMMENT_MARKER);
}
function pr_comment_escape(text) {
    return text.replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

;// CONCATENATED MODULE: ./build/app/pr-comment.js


/**
 * Keep one sticky comment on the pull request: created when the gate first fails, edited in place
 * on every later push, edited to "no regressions" when it passes (and not created for a pass: a
 * pull request that never regressed gets no comment). GitHub's refusals (a fork's read-only token,
 * a missing `pull-requests: write`) come back as an outcome, never as a failure of the gate.
 */
async function upsertPullRequestComment(comments, number, report, runUrl) {
    const body = renderPullRequestComment(report, runUrl);
    try {
        const ours = (await comments.list(number)).filter((c) => isGateComment(c.body));
        // Newest first: if the newest is not ours to edit (someone pasted the marker), try the next.
        for (const existing of ours.reverse()) {
            if (existing.body === body)
                return { operation: "updated", id: existing.id };
            try {
                return { operation: "updated", id: (await comments.update(existing.id, body)).id };
            }
            catch (error) {
                if (!(error instanceof github/* CommentRefusedError */.y))
                    throw error;
            }
        }
        if (report.counts.regressions === 0)
            return { operation: "none", reason: "the gate passed and there was no earlier comment to update" };
        return { operation: "created", id: (await comments.create(number, body)).id };
    }
    catch (error) {
        if (error instanceof github/* CommentRefusedError */.y)
            return { operation: "refused", status: error.status, message: error.message };
        throw error;
    }
}


/***/ })

};
