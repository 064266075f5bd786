/**
 * The Python side of removing imports the codemods made unused, run with `python -c` by the
 * interpreter that has libcst. It reads one JSON request on stdin: the file before the fixes,
 * the file after them, and the original sources of the functions the codemods rewrote. It writes
 * the file after, with every module-level import removed whose name those functions used, the
 * file used before, and nothing in the file uses now; in the file's own style (`from x import
 * a, b` loses only the name). It keeps an import whose name is still used anywhere, is listed in
 * `__all__` or named in a string annotation (other strings, docstrings included, are text), a dotted `import a.b`, `from x import *`,
 * `__future__`, and imports inside `try`, `if` or functions. It never executes the code.
 */
export const PYTHON_PRUNE_IMPORTS_SCRIPT = String.raw`
import json, re, sys
try:
    import libcst as cst
except ImportError:
    sys.stderr.write("libcst is not installed for %s\n" % sys.executable)
    sys.exit(5)

class Uses(cst.CSTVisitor):
    """Every name read, written or deleted, outside import statements and attribute names."""
    def __init__(self):
        self.names = {}
        self.strings = []  # strings that may name an import: in __all__ and in annotations
        self.naming = 0
    def exports(self, node):
        targets = [node.target] if isinstance(node, (cst.AugAssign, cst.AnnAssign)) else [t.target for t in node.targets]
        return any(isinstance(t, cst.Name) and t.value == "__all__" for t in targets)
    def visit_Assign(self, node):
        self.naming += self.exports(node)
    def leave_Assign(self, node):
        self.naming -= self.exports(node)
    def visit_AugAssign(self, node):
        self.naming += self.exports(node)
    def leave_AugAssign(self, node):
        self.naming -= self.exports(node)
    def visit_AnnAssign(self, node):
        self.naming += self.exports(node)
    def leave_AnnAssign(self, node):
        self.naming -= self.exports(node)
    def calls_all(self, node):
        return isinstance(node.func, cst.Attribute) and isinstance(node.func.value, cst.Name) and node.func.value.value == "__all__"
    def visit_Call(self, node):
        self.naming += self.calls_all(node)
    def leave_Call(self, node):
        self.naming -= self.calls_all(node)
    def visit_Annotation(self, node):
        self.naming += 1
    def leave_Annotation(self, node):
        self.naming -= 1
    def visit_Import(self, node):
        return False
    def visit_ImportFrom(self, node):
        return False
    def visit_Attribute(self, node):
        node.value.visit(self)
        return False
    def visit_Name(self, node):
        self.names[node.value] = self.names.get(node.value, 0) + 1
    def visit_SimpleString(self, node):
        if self.naming > 0:
            self.strings.append(node.value)

def uses(module):
    visitor = Uses()
    module.visit(visitor)
    return visitor

def mentioned_in_strings(name, strings):
    # __all__ entries and string annotations name the import as text.
    word = re.compile(r"(?<![A-Za-z0-9_])" + re.escape(name) + r"(?![A-Za-z0-9_])")
    return any(word.search(s) for s in strings)

def run(request):
    before = cst.parse_module(request["before"])
    after = cst.parse_module(request["after"])
    rewritten = {}
    for source in request["functions"]:
        rewritten.update(uses(cst.parse_module(source)).names)
    used_before, used_after = uses(before).names, uses(after)
    def removable(bound):
        return bound in rewritten and used_before.get(bound, 0) > 0 and used_after.names.get(bound, 0) == 0 and not mentioned_in_strings(bound, used_after.strings)
    removed = []
    body = []
    for stmt in after.body:
        if not (isinstance(stmt, cst.SimpleStatementLine) and len(stmt.body) == 1 and isinstance(stmt.body[0], (cst.Import, cst.ImportFrom))):
            body.append(stmt)
            continue
        imp = stmt.body[0]
        if isinstance(imp, cst.ImportFrom) and (isinstance(imp.names, cst.ImportStar) or (isinstance(imp.module, cst.Name) and imp.module.value == "__future__")):
            body.append(stmt)
            continue
        keep = []
        for alias in imp.names:
            if alias.asname is not None:
                bound = alias.asname.name.value
            elif isinstance(alias.name, cst.Attribute):
                keep.append(alias)  # import a.b binds a and runs a.b: left alone
                continue
            else:
                bound = alias.name.value
            if removable(bound):
                removed.append(bound)
            else:
                keep.append(alias)
        if len(keep) == len(imp.names):
            body.append(stmt)
        elif keep:
            if imp.names[-1] not in keep and imp.names[-1].comma is cst.MaybeSentinel.DEFAULT:
                keep[-1] = keep[-1].with_changes(comma=cst.MaybeSentinel.DEFAULT)
            elif imp.names[-1] not in keep:
                keep[-1] = keep[-1].with_changes(comma=imp.names[-1].comma)
            body.append(stmt.with_changes(body=[imp.with_changes(names=keep)]))
        # else: every name went, so does the statement
    if not removed:
        return {"text": request["after"], "removed": []}
    return {"text": after.with_changes(body=body).code, "removed": removed}

json.dump(run(json.load(sys.stdin)), sys.stdout)
`;
