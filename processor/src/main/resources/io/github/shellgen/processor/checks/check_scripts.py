"""Checks Python component scripts at build time, for storm-shellgen's processor.

Reads requests on standard input, one value a line, each URL-encoded (as Java's URLEncoder does):
    root <folder>                        a folder the worker finds modules in (resources/, its packages)
    check <id> <script> <n> then n times <stream> <field count> <direct 0|1>
and writes one line per problem, tab-separated, URL-encoded values (none for a line that ends
with the comment "# shellgen: ignore"):
    <id> syntax <line> <message>
    <id> import <line> <module>
    <id> stream <line> <stream>
    <id> arity <line> <stream> <values>
Standard library only; runs on the build machine's python3.
"""
import ast
import importlib.util
import os
import sys
import sysconfig
from urllib.parse import quote, unquote_plus


def read_requests(lines):
    roots, checks = [], []
    values = iter(unquote_plus(line.rstrip("\n")) for line in lines)
    for word in values:
        if word == "root":
            roots.append(next(values))
        elif word == "check":
            check_id, script, count = next(values), next(values), int(next(values))
            streams = {}
            for _ in range(count):
                stream, fields, direct = next(values), int(next(values)), next(values) == "1"
                streams[stream] = (fields, direct)
            checks.append((check_id, script, streams))
    return roots, checks


def in_standard_library(top):
    if hasattr(sys, "stdlib_module_names"):  # Python 3.10 and later
        return top in sys.stdlib_module_names
    try:
        spec = importlib.util.find_spec(top)
    except (ImportError, ValueError):
        return False
    if spec is None or spec.origin in (None, "built-in", "frozen"):
        return spec is not None
    stdlib = [os.path.realpath(sysconfig.get_paths()[key]) for key in ("stdlib", "platstdlib")]
    origin = os.path.realpath(spec.origin)
    return any(origin.startswith(path + os.sep) for path in stdlib) and "site-packages" not in origin


def importable(module, script_dir, roots):
    top = module.split(".")[0]
    if top in sys.builtin_module_names or top == "storm" or in_standard_library(top):
        return True
    for folder in [script_dir] + roots:
        if os.path.isdir(os.path.join(folder, top)) or os.path.isfile(os.path.join(folder, top + ".py")):
            return True
        if os.path.isdir(folder) and any(name.startswith(top + ".") and name.endswith((".so", ".pyd"))
                                         for name in os.listdir(folder)):
            return True
    return False


def top_level_imports(tree):
    """(line, module) of the module body's imports; not those under try, if or def (optional ones)."""
    for node in tree.body:
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module != "__future__":
            yield node.lineno, node.module


def emit_calls(tree):
    """storm.emit(...) calls, and emit(...) where the script did `from storm import emit`."""
    bare = any(isinstance(n, ast.ImportFrom) and n.module == "storm" and any(a.name == "emit" and a.asname is None
               for a in n.names) for n in ast.walk(tree))
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        if (isinstance(func, ast.Attribute) and func.attr == "emit" and isinstance(func.value, ast.Name)
                and func.value.id == "storm") or (bare and isinstance(func, ast.Name) and func.id == "emit"):
            yield node


def literal_stream(call):
    """The stream a call names: "default" when it names none, None when it is not a literal."""
    stream = next((k.value for k in call.keywords if k.arg == "stream"), None)
    if stream is None and len(call.args) > 1:
        stream = call.args[1]
    if stream is None or (isinstance(stream, ast.Constant) and stream.value is None):
        return "default"
    if isinstance(stream, ast.Constant) and isinstance(stream.value, str):
        return stream.value
    return None


IGNORE = "# shellgen: ignore"


def check(check_id, script, streams, roots, out):
    with open(script, "rb") as f:
        source = f.read()
    try:
        tree = ast.parse(source, script)
    except SyntaxError as e:
        out.append((check_id, "syntax", e.lineno or 0, e.msg))
        return
    # A line that says so is left to run time (a test of a fault, a module made at run time).
    ignored = {number for number, text in enumerate(source.decode("utf-8", "replace").splitlines(), 1)
               if IGNORE in text}
    found = []
    check_tree(check_id, script, tree, streams, roots, found)
    out.extend(problem for problem in found if problem[2] not in ignored)


def check_tree(check_id, script, tree, streams, roots, out):
    script_dir = os.path.dirname(os.path.abspath(script))
    for line, module in top_level_imports(tree):
        if not importable(module, script_dir, roots):
            out.append((check_id, "import", line, module))
    for call in emit_calls(tree):
        stream = literal_stream(call)
        if stream is None:
            continue
        if stream not in streams:
            out.append((check_id, "stream", call.lineno, stream))
            continue
        values = call.args[0] if call.args else next((k.value for k in call.keywords if k.arg == "tup"), None)
        if isinstance(values, (ast.List, ast.Tuple)) and not any(isinstance(v, ast.Starred) for v in values.elts):
            if len(values.elts) != streams[stream][0]:
                out.append((check_id, "arity", call.lineno, stream, len(values.elts)))


def main():
    roots, checks = read_requests(sys.stdin)
    problems = []
    for check_id, script, streams in checks:
        check(check_id, script, streams, roots, problems)
    for problem in problems:
        print("\t".join(quote(str(value), safe="") for value in problem))


if __name__ == "__main__":
    main()
