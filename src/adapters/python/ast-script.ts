/**
 * The Python side of the ast adapter, run with `python -c`. It reads one JSON request on stdin
 * and writes one JSON answer on stdout. It only parses source with `ast` and `tokenize`; it never
 * imports, compiles to run, or executes the code it is given.
 */
export const PYTHON_AST_SCRIPT = String.raw`
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
