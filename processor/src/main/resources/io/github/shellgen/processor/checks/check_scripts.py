"""Checks Python component scripts at build time, for storm-shellgen's processor.

Decides as the worker will (the guide's docs/failures-and-settings.md, "What storm-shellgen catches", says the same):
- the source is read as the interpreter reads a file: its coding line, else UTF-8, strictly;
- a module imported at top level must be found where the worker's Python looks: the standard
  library; the script's own folder (which Python puts first on sys.path for `python3 sub/x.py`,
  and storm-shellgen's launcher likewise); on storm-shellgen's runtime, then the packages vendored
  into resources/site-packages/; `import storm` is the runtime itself there, and on Storm's storm.py
  (STOCK) it needs a storm.py in the script's folder. resources/ itself is not on the path of a
  script in a subfolder;
- a relative import fails: the script runs as __main__, which has no package;
- an emit naming its stream (or none) with a list literal must match the declared stream's fields,
  and go direct (a task given) exactly when the stream is direct;
- a bolt with @Window runs a class extending storm.WindowedBolt, a bolt with @Stateful one extending
  storm.StatefulBolt, a bolt with @Batch one extending storm.BatchBolt, a bolt with none of them none
  of those (a top-level class extending storm.Bolt, BasicBolt, WindowedBolt, StatefulBolt or
  BatchBolt, by storm.X or X imported from storm);
- "# shellgen: ignore" in a comment leaves its line (as Python's tokenizer numbers lines) to run time.
A check that fails unexpectedly is reported on its script; the other scripts are still checked.

Reads requests on standard input, one value a line, each URL-encoded (as Java's URLEncoder does):
    root <folder>                     a resources folder (several merge into the jar's resources/)
    packages <name>                   the vendored packages' folder in resources/ (site-packages)
    blob <folder>                     the packages vendored for Storm's blob store (target/shellgen/site-packages)
    check <id> <script> <folder> <runtime> <kind> <n> then n times <stream> <field count> <direct 0|1>
        <folder>: the script's folder relative to resources/ ("" at its root); <runtime>: shellgen or stock;
        <kind>: spout, bolt, windowed (a bolt with @Window), stateful (a bolt with @Stateful) or batch
        (a bolt with @Batch)
and writes one line per problem, tab-separated, URL-encoded values:
    <id> syntax <line> <message>
    <id> import <line> <module> <the folders looked in, ", " between them>
    <id> relative <line> <statement>
    <id> stream <line> <stream>
    <id> arity <line> <stream> <values>
    <id> direct <line> <stream>       emitted without a task to a direct stream
    <id> notdirect <line> <stream>    emitted with a task to a stream that is not direct
    <id> notwindowed <line> <class> <base>   a bolt with @Window whose class is not a WindowedBolt
    <id> windowed <line> <class>      a bolt without @Window whose class is a WindowedBolt
    <id> notstateful <line> <class> <base>   a bolt with @Stateful whose class is not a StatefulBolt
    <id> stateful <line> <class>      a bolt without @Stateful whose class is a StatefulBolt
    <id> notbatch <line> <class> <base>   a bolt with @Batch whose class is not a BatchBolt
    <id> batch <line> <class>         a bolt without @Batch whose class is a BatchBolt
    <id> failed 0 <what happened>
Standard library only; runs on the build machine's python3 (3.8 or later).
"""
import ast
import importlib.util
import io
import os
import sys
import sysconfig
import tokenize
from urllib.parse import quote, unquote_plus

IGNORE = "shellgen: ignore"


def read_requests(lines):
    roots, packages, blob, checks = [], None, None, []
    values = iter(unquote_plus(line.rstrip("\n")) for line in lines)
    for word in values:
        if word == "root":
            roots.append(next(values))
        elif word == "packages":
            packages = next(values)
        elif word == "blob":
            blob = next(values)
        elif word == "check":
            check_id, script, folder, runtime, kind, count = (next(values), next(values), next(values), next(values),
                                                              next(values), int(next(values)))
            streams = {}
            for _ in range(count):
                stream, fields, direct = next(values), int(next(values)), next(values) == "1"
                streams[stream] = (fields, direct)
            checks.append((check_id, script, folder, runtime, kind, streams))
    return roots, (packages, blob), checks


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


def module_in(folder, top):
    if os.path.isdir(os.path.join(folder, top)) or os.path.isfile(os.path.join(folder, top + ".py")):
        return True
    return os.path.isdir(folder) and any(name.startswith(top + ".") and name.endswith((".so", ".pyd"))
                                         for name in os.listdir(folder))


def search_path(script, roots, packages, folder, runtime):
    """The folders the worker's Python finds a script's modules in, besides the standard library:
    the script's folder (where the script was found, and the same folder in every resources folder),
    then on storm-shellgen's runtime the packages vendored for the blob store and those vendored
    beside those resources folders. packages is (the vendored folder's name, the blob store's folder)."""
    packages, blob = packages
    script_dir = os.path.dirname(os.path.abspath(script))
    script_root = script_dir
    for _ in (folder.split("/") if folder else []):
        script_root = os.path.dirname(script_root)
    path = [script_dir] + [os.path.join(root, folder) for root in roots]
    if runtime == "shellgen" and blob:
        path.append(blob)
    if runtime == "shellgen" and packages:
        path += [os.path.join(root, packages) for root in [script_root] + roots]
    return list(dict.fromkeys(os.path.normpath(p) for p in path))


def importable(module, path, runtime):
    top = module.split(".")[0]
    if top in sys.builtin_module_names or in_standard_library(top):
        return True
    if top == "storm" and runtime == "shellgen":
        return True  # the launcher loads the runtime as `storm`
    return any(module_in(folder, top) for folder in path)


def runs_for_sure(body):
    """The statements of a module body that run whenever it is imported as __main__: the body's own,
    and those of `if __name__ == "__main__":` (not those under try, other ifs or defs: optional ones)."""
    for node in body:
        if (isinstance(node, ast.If) and isinstance(node.test, ast.Compare) and isinstance(node.test.left, ast.Name)
                and node.test.left.id == "__name__" and len(node.test.comparators) == 1
                and isinstance(node.test.comparators[0], ast.Constant)
                and node.test.comparators[0].value == "__main__" and isinstance(node.test.ops[0], ast.Eq)):
            yield from runs_for_sure(node.body)
        else:
            yield node


def top_level_imports(tree):
    """(line, module, level) of the imports that run for sure."""
    for node in runs_for_sure(tree.body):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name, 0
        elif isinstance(node, ast.ImportFrom) and node.module != "__future__":
            yield node.lineno, node.module or "", node.level


# The component classes of storm-shellgen's runtime a script's class may extend.
COMPONENT_CLASSES = ("Bolt", "BasicBolt", "WindowedBolt", "StatefulBolt", "BatchBolt", "Spout")
# The kinds of bolt that need a class of their own, each with that class: a bolt of the kind runs one,
# and a plain bolt none.
SPECIAL_BOLTS = {"windowed": "WindowedBolt", "stateful": "StatefulBolt", "batch": "BatchBolt"}


def component_classes(tree):
    """(line, class name, base) of the top-level classes extending one of COMPONENT_CLASSES (as
    storm.X, or X imported from storm)."""
    imported = {}
    for node in tree.body:
        if isinstance(node, ast.ImportFrom) and node.module == "storm" and not node.level:
            for alias in node.names:
                if alias.name in COMPONENT_CLASSES:
                    imported[alias.asname or alias.name] = alias.name
    for node in tree.body:
        if not isinstance(node, ast.ClassDef):
            continue
        for base in node.bases:
            if (isinstance(base, ast.Attribute) and isinstance(base.value, ast.Name) and base.value.id == "storm"
                    and base.attr in COMPONENT_CLASSES):
                yield node.lineno, node.name, base.attr
            elif isinstance(base, ast.Name) and base.id in imported:
                yield node.lineno, node.name, imported[base.id]


def emit_calls(tree):
    """(call, direct) for storm.emit(...) and storm.emitDirect(...) calls, and emit(...) and
    emitDirect(...) where the script imported them from storm; direct when the call's function is emitDirect."""
    bare = set()
    for n in ast.walk(tree):
        if isinstance(n, ast.ImportFrom) and n.module == "storm" and n.level == 0:
            bare.update(a.name for a in n.names if a.name in ("emit", "emitDirect") and a.asname is None)
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) and func.value.id == "storm" \
                and func.attr in ("emit", "emitDirect"):
            yield node, func.attr == "emitDirect"
        elif isinstance(func, ast.Name) and func.id in bare:
            yield node, func.id == "emitDirect"


def keyword(call, name):
    return next((k.value for k in call.keywords if k.arg == name), None)


def literal_stream(args, call):
    """The stream a call names: "default" when it names none, None when it is not a literal."""
    stream = keyword(call, "stream")
    if stream is None and len(args) > 1:
        stream = args[1]
    if stream is None or (isinstance(stream, ast.Constant) and stream.value is None):
        return "default"
    if isinstance(stream, ast.Constant) and isinstance(stream.value, str):
        return stream.value
    return None


def gives_task(args, call):
    """True when an emit() call gives a direct task, False when it gives none, None when that is unknown."""
    task = keyword(call, "directTask")
    if task is None and len(args) > 3:
        task = args[3]
    if any(isinstance(a, ast.Starred) for a in args) or any(k.arg is None for k in call.keywords):
        return None
    if task is None:
        return False
    if isinstance(task, ast.Constant) and task.value is None:
        return False
    return True


def read_source(script):
    """The script's text as the interpreter decodes a file, or raises SyntaxError as it would."""
    with open(script, "rb") as f:
        source = f.read()
    try:
        encoding, _ = tokenize.detect_encoding(io.BytesIO(source).readline)
    except SyntaxError as e:
        if "invalid or missing encoding declaration" not in str(e):
            raise SyntaxError(str(e), (script, 1, 0, "")) from None  # an unknown coding
        encoding = "utf-8"  # undecodable first lines: the decoding below says where, as python3 does
    try:
        text = source.decode(encoding)
    except UnicodeDecodeError as e:
        line = source.count(b"\n", 0, e.start) + 1
        byte = "\\x%02x" % source[e.start]
        if encoding in ("utf-8", "utf-8-sig"):
            raise SyntaxError("Non-UTF-8 code starting with '%s', but no encoding declared; see"
                              " https://peps.python.org/pep-0263/" % byte, (script, line, 0, "")) from None
        raise SyntaxError("'%s' codec can't decode byte %s" % (encoding, byte), (script, line, 0, "")) from None
    if text.startswith("\ufeff"):
        text = text[1:]
    if "\0" in text:
        line = text.count("\n", 0, text.index("\0")) + 1
        raise SyntaxError("source code cannot contain null bytes", (script, line, 0, ""))
    return text


def ignored_lines(text):
    """Lines with a comment saying "shellgen: ignore", numbered as Python's tokenizer numbers them."""
    lines = set()
    try:
        for token in tokenize.generate_tokens(io.StringIO(text).readline):
            if token.type == tokenize.COMMENT and IGNORE in token.string:
                lines.add(token.start[0])
    except (tokenize.TokenError, SyntaxError):
        pass  # the tree parsed, so what is left is past the last statement
    return lines


def check(check_id, script, folder, runtime, kind, streams, roots, packages, out):
    try:
        text = read_source(script)
        tree = ast.parse(text, script)
    except SyntaxError as e:
        out.append((check_id, "syntax", e.lineno or 0, e.msg))
        return
    found = []
    check_tree(check_id, tree, kind, streams, search_path(script, roots, packages, folder, runtime), runtime, found)
    ignored = ignored_lines(text)
    out.extend(problem for problem in found if problem[2] not in ignored)


def check_tree(check_id, tree, kind, streams, path, runtime, out):
    for line, module, level in top_level_imports(tree):
        if level:
            out.append((check_id, "relative", line, "from %s%s import ..." % ("." * level, module)))
        elif not importable(module, path, runtime):
            out.append((check_id, "import", line, module, ", ".join(path)))
    if kind == "bolt" or kind in SPECIAL_BOLTS:
        classes = list(component_classes(tree))
        if kind in SPECIAL_BOLTS:
            wanted = SPECIAL_BOLTS[kind]
            others = [c for c in classes if c[2] != wanted and c[2] != "Spout"]
            if others and not any(c[2] == wanted for c in classes):
                out.append((check_id, "not" + kind, others[0][0], others[0][1], others[0][2]))
        else:
            for special, base in SPECIAL_BOLTS.items():
                found = [c for c in classes if c[2] == base]
                if found:
                    out.append((check_id, special, found[0][0], found[0][1]))
                    break
    for call, direct in emit_calls(tree):
        # emitDirect(task, tup, stream, ...): the rest as emit's
        args = call.args[1:] if direct else call.args
        stream = literal_stream(args, call)
        if stream is None:
            continue
        if stream not in streams:
            out.append((check_id, "stream", call.lineno, stream))
            continue
        fields, stream_direct = streams[stream]
        task = True if direct else gives_task(args, call)
        if task is not None and task != stream_direct:
            out.append((check_id, "direct" if stream_direct else "notdirect", call.lineno, stream))
        values = args[0] if args else keyword(call, "tup")
        if isinstance(values, (ast.List, ast.Tuple)) and not any(isinstance(v, ast.Starred) for v in values.elts):
            if len(values.elts) != fields:
                out.append((check_id, "arity", call.lineno, stream, len(values.elts)))


def main():
    if sys.version_info < (3, 8):
        # Older parsers give other trees (no ast.Constant for literals): the checks would pass what fails.
        sys.exit("the checks need Python 3.8 or later; this is %d.%d" % sys.version_info[:2])
    roots, packages, checks = read_requests(sys.stdin)
    for check_id, script, folder, runtime, kind, streams in checks:
        problems = []
        try:
            check(check_id, script, folder, runtime, kind, streams, roots, packages, problems)
        except Exception as e:  # a fault of the checker's: said on this script; the others are still checked
            problems = [(check_id, "failed", 0, "%s: %s" % (type(e).__name__, e))]
        for problem in problems:
            print("\t".join(quote(str(value), safe="") for value in problem))
        sys.stdout.flush()


if __name__ == "__main__":
    main()
