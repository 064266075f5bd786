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
