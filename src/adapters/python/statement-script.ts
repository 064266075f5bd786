/**
 * The Python side of the statement reader, run once per side of a gate run with `python -I -c`.
 * It reads two JSON lines on stdin: first the files to read (it decodes and parses them while
 * Bandit scans), then the (line, column) of every finding per file. It answers with one JSON
 * document. It only decodes, tokenizes and parses; it never compiles or runs the code.
 */
export const PYTHON_STATEMENT_SCRIPT = String.raw`
import ast, hashlib, io, json, re, sys, tokenize

BODY_FIELDS = {"body", "orelse", "finalbody", "handlers", "cases"}
SKIPPED_FIELDS = {"kind", "type_comment", "ctx"}
SCOPES = (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)
HEADED = tuple(getattr(ast, n) for n in ("ExceptHandler", "match_case") if hasattr(ast, n))

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

def read(entry):
    out = {"path": entry["path"], "ok": False, "lines": [], "comments": {}, "defs": []}
    try:
        with open(entry["file"], "rb") as handle:
            data = handle.read()
    except OSError as error:
        out["error"] = "cannot read: %s" % error.strerror
        out["errorKind"] = "decode"
        return out, None
    try:
        encoding, _ = tokenize.detect_encoding(io.BytesIO(data).readline)
        text = data.decode(encoding)
    except (SyntaxError, LookupError, UnicodeDecodeError) as error:
        out["error"] = "cannot decode as Python source: %s" % error
        out["errorKind"] = "decode"
        return out, None
    if text.startswith("\ufeff"):
        text = text[1:]
    out["encoding"] = encoding
    out["lines"] = re.split(r"\r\n|\r|\n", text)
    try:
        for tok in tokenize.generate_tokens(io.StringIO(text).readline):
            if tok.type == tokenize.COMMENT:
                out["comments"][str(tok.start[0])] = tok.string
    except (tokenize.TokenError, IndentationError, SyntaxError):
        pass
    try:
        tree = ast.parse(text)
    except (SyntaxError, ValueError) as error:
        out["error"] = "Python cannot parse it: %s" % error
        out["errorKind"] = "syntax"
        return out, None
    out["ok"] = True
    statements = []
    defs = []
    def visit(node, scope, depth):
        for child in ast.iter_child_nodes(node):
            if isinstance(child, (ast.stmt,) + HEADED):
                own = scope
                if isinstance(child, SCOPES):
                    own = scope + (child.name,)
                    defs.append(".".join(own))
                first = min([child.lineno] + [d.lineno for d in getattr(child, "decorator_list", [])])
                end = getattr(child, "end_lineno", None) or child.lineno
                statements.append((first, end, child.col_offset, depth, child, own))
                visit(child, own, depth + 1)
            else:
                visit(child, scope, depth)
    visit(tree, (), 0)
    out["defs"] = sorted(set(defs))
    return out, statements

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

def main():
    files = json.loads(sys.stdin.readline() or "{}").get("files", [])
    parsed = {}
    for entry in files:
        parsed[entry["path"]] = read(entry)
    requests = json.loads(sys.stdin.readline() or "{}").get("requests", {})
    answer = []
    for path, (out, statements) in parsed.items():
        located = []
        for line, column in requests.get(path, []):
            located.append(locate(statements, line, column) if statements is not None else None)
        out["located"] = located
        answer.append(out)
    sys.stdout.write(json.dumps(answer))

main()
`;
