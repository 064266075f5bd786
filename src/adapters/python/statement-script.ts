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
export const PYTHON_STATEMENT_SCRIPT = String.raw`
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
