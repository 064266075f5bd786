/**
 * The Python side of the codemod generator, run with `python -c` by an interpreter that has
 * libcst. It reads one JSON request on stdin (a function's source, the findings to fix in it, the
 * file's import statements) and writes one JSON answer: the rewritten function, the imports it
 * needs, and for every finding the codemod applied or the reason it refused. It parses source
 * with libcst and ast; it never imports, compiles to run, or executes the code it is given.
 * A shape a codemod does not recognise exactly is refused: the loop's gates judge what is left.
 */
export const PYTHON_CODEMOD_SCRIPT = String.raw`
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
