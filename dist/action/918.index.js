export const id = 918;
export const ids = [918];
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


/***/ })

};
