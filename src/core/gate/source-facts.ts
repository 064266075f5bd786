/**
 * What Python's own tokenizer and parser say about one file of one side: its decoded lines,
 * its comments, the defs and classes it has, and for each finding asked about, the smallest
 * statement that contains it. Plain data, produced by the statement reader adapter.
 */
export interface StatementFacts {
  /**
   * Hash of the statement's syntax tree without positions, comments, string prefixes or (for
   * compound statements) bodies: a formatter cannot change it, an edit of the statement does.
   */
  fingerprint: string;
  /** Dotted name of the enclosing def/class (the statement's own for a def/class header); "" at module level. */
  scope: string;
  /** First and last line of the statement (decorators included). */
  start: number;
  end: number;
}

export interface SourceFacts {
  path: string;
  /** Python decoded and parsed the file. */
  parsed: boolean;
  /** Why not: the file could not be decoded (a scan failure) or could not be parsed (text identity). */
  error?: { kind: "decode" | "syntax"; message: string };
  /** The file decoded the way Python decodes it (PEP 263 cookie, BOM), split as Python numbers lines. */
  lines: string[];
  /** Real comments (tokenizer COMMENT tokens) by line: a `# nosec` inside a string is none. */
  comments: Map<number, string>;
  /** Dotted names of every def and class in the file; absent when they were not asked for. */
  defs?: Set<string>;
  /** One entry per requested finding, in request order; undefined where the file did not parse. */
  located: Array<StatementFacts | undefined>;
}

/** A finding's position, as asked of the reader. */
export interface StatementRequest {
  line: number;
  column?: number;
}
