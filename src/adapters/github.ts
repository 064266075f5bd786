import { getOctokit } from "@actions/github";
import { ConfigurationError } from "../core/errors.js";

export interface PullRequestRef {
  number: number;
  url: string;
}

export interface PullRequestDraft {
  /** The fix branch. */
  head: string;
  /** The agent branch the fix is proposed into. */
  base: string;
  title: string;
  body: string;
  draft: boolean;
  labels: string[];
}

/** The pull-request side of GitHub, as the fix step needs it. */
export interface PullRequests {
  findOpen(head: string, base: string): Promise<PullRequestRef | undefined>;
  create(draft: PullRequestDraft): Promise<PullRequestRef>;
  update(number: number, change: { title: string; body: string; labels: string[] }): Promise<PullRequestRef>;
  /** Say why in a comment, then close the pull request (its branch is left as it is). */
  closeWithComment(number: number, comment: string): Promise<void>;
}

const CANNOT_CREATE =
  "GitHub refused to create the pull request (403). Give the workflow `permissions: contents: write` and " +
  "`pull-requests: write`, and enable Settings > Actions > General > Workflow permissions > " +
  '"Allow GitHub Actions to create and approve pull requests" (or pass a GitHub App or fine-grained token as github-token)';

/** One client setup for every GitHub adapter: no retries, so a refusal is reported at once. */
function octokitFor(token: string, baseUrl: string): ReturnType<typeof getOctokit> {
  return getOctokit(token, { baseUrl, request: { retries: 0 } });
}

/** GitHub's REST API through @actions/github's Octokit; `baseUrl` is GITHUB_API_URL (GHES, tests). */
export class OctokitPullRequests implements PullRequests {
  private readonly octokit: ReturnType<typeof getOctokit>;

  constructor(
    token: string,
    private readonly owner: string,
    private readonly repo: string,
    baseUrl: string,
  ) {
    this.octokit = octokitFor(token, baseUrl);
  }

  async findOpen(head: string, base: string): Promise<PullRequestRef | undefined> {
    const { data } = await this.call(() =>
      this.octokit.rest.pulls.list({ owner: this.owner, repo: this.repo, state: "open", head: `${this.owner}:${head}`, base, per_page: 10 }),
    );
    const found = data.find((pr) => pr.head.ref === head && pr.base.ref === base);
    return found ? { number: found.number, url: found.html_url } : undefined;
  }

  async create(draft: PullRequestDraft): Promise<PullRequestRef> {
    const { data } = await this.call(
      () =>
        this.octokit.rest.pulls.create({
          owner: this.owner,
          repo: this.repo,
          head: draft.head,
          base: draft.base,
          title: draft.title,
          body: draft.body,
          draft: draft.draft,
          maintainer_can_modify: true,
        }),
      CANNOT_CREATE,
    );
    if (draft.labels.length > 0) await this.label(data.number, draft.labels);
    return { number: data.number, url: data.html_url };
  }

  async update(number: number, change: { title: string; body: string; labels: string[] }): Promise<PullRequestRef> {
    const { data } = await this.call(() =>
      this.octokit.rest.pulls.update({ owner: this.owner, repo: this.repo, pull_number: number, title: change.title, body: change.body }),
    );
    if (change.labels.length > 0) await this.label(number, change.labels);
    return { number: data.number, url: data.html_url };
  }

  async closeWithComment(number: number, comment: string): Promise<void> {
    await this.call(() => this.octokit.rest.issues.createComment({ owner: this.owner, repo: this.repo, issue_number: number, body: comment }));
    await this.call(() => this.octokit.rest.pulls.update({ owner: this.owner, repo: this.repo, pull_number: number, state: "closed" }));
  }

  private async label(number: number, labels: string[]): Promise<void> {
    await this.call(() => this.octokit.rest.issues.addLabels({ owner: this.owner, repo: this.repo, issue_number: number, labels }));
  }

  /** GitHub's refusals become one message a user can act on. */
  private async call<T>(request: () => Promise<T>, forbidden = CANNOT_CREATE.replace("create", "read or update")): Promise<T> {
    try {
      return await request();
    } catch (error) {
      const status = (error as { status?: number }).status;
      if (status === 403) throw new ConfigurationError(forbidden);
      if (status === 401) throw new ConfigurationError("GitHub rejected the token (401); check the github-token input");
      if (status === 404) throw new ConfigurationError(`GitHub answered 404 for ${this.owner}/${this.repo}; check GITHUB_REPOSITORY and the token's access`);
      const message = (error as Error).message ?? String(error);
      throw new Error(`GitHub API request failed${status ? ` (${status})` : ""}: ${message}`);
    }
  }
}

export interface IssueComment {
  id: number;
  body: string;
  /** The commenter's login, for messages. */
  author: string;
}

/** GitHub refused a write: the token cannot comment (a fork's pull request, missing permission). */
export class CommentRefusedError extends Error {
  override name = "CommentRefusedError";
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** A pull request's conversation comments (GitHub's issue comments API). */
export interface PullRequestComments {
  list(number: number): Promise<IssueComment[]>;
  create(number: number, body: string): Promise<IssueComment>;
  update(id: number, body: string): Promise<IssueComment>;
}

export class OctokitPullRequestComments implements PullRequestComments {
  private readonly octokit: ReturnType<typeof getOctokit>;

  constructor(
    token: string,
    private readonly owner: string,
    private readonly repo: string,
    baseUrl: string,
  ) {
    this.octokit = octokitFor(token, baseUrl);
  }

  async list(number: number): Promise<IssueComment[]> {
    const all = await this.call(() =>
      this.octokit.paginate(this.octokit.rest.issues.listComments, { owner: this.owner, repo: this.repo, issue_number: number, per_page: 100 }),
    );
    return all.map(toComment);
  }

  async create(number: number, body: string): Promise<IssueComment> {
    const { data } = await this.call(() => this.octokit.rest.issues.createComment({ owner: this.owner, repo: this.repo, issue_number: number, body }));
    return toComment(data);
  }

  async update(id: number, body: string): Promise<IssueComment> {
    const { data } = await this.call(() => this.octokit.rest.issues.updateComment({ owner: this.owner, repo: this.repo, comment_id: id, body }));
    return toComment(data);
  }

  private async call<T>(request: () => Promise<T>): Promise<T> {
    try {
      return await request();
    } catch (error) {
      const status = (error as { status?: number }).status;
      const message = (error as Error).message ?? String(error);
      if (status === 401 || status === 403 || status === 404) throw new CommentRefusedError(status, message);
      throw new Error(`GitHub API request failed${status ? ` (${status})` : ""}: ${message}`);
    }
  }
}

function toComment(data: { id: number; body?: string | null; user?: { login?: string } | null }): IssueComment {
  return { id: data.id, body: data.body ?? "", author: data.user?.login ?? "" };
}
