"""eval, exec and compile given source code that is not a constant."""

import itertools
import re

import libcst as cst
from guidelint.cst import (
    Context,
    Rule,
    RuleMeta,
    arg,
    assignments,
    bound_value,
    concatenated,
    dotted,
    is_constant,
    percent_slots,
    string_text,
)
from guidelint.cst.codeobjects import compiled_code, file_text, only_ast, runs_source_file

# other ways of running Python source: callee -> (keyword, position) of the source
SOURCE_RUNNERS = {
    "code.compile_command": ("source", 0),
    "_xxsubinterpreters.run_string": ("script", 1),
    "_interpreters.run_string": ("script", 1),
    "_testcapi.run_in_subinterp": ("code", 0),
    "test.support.run_in_subinterp": ("code", 0),
}
# eval and exec as values: handed to a call that runs them on the argument after them
RUNNERS_BY_REFERENCE = frozenset({"eval", "exec", "builtins.eval", "builtins.exec"})
# interactive interpreters of the code module: methods that compile and run a source string
INTERPRETERS = ("code.InteractiveConsole", "code.InteractiveInterpreter")
INTERPRETER_METHODS = ("push", "runsource")


class EvalExec(Rule):
    meta = RuleMeta.of(
        id="INP105",
        clause="SG-5.4",
        title="Code built from data is evaluated",
        severity="medium",
        confidence="high",
        cwe=[95],
        owasp="A03:2021-Injection",
        message="{name}() runs source code that is not a constant",
        rationale=(
            "eval, exec and compile turn a string into code that runs with all the rights of the service. "
            "If any part of the string comes from a request, a file or a message, its author can read or "
            "change every client's confidential and pre-disclosure insider information the service can "
            "reach. Filtering the string first does not help: restricted builtins and blacklists are "
            "routinely escaped. Every evaluation of source that is not a constant is reported; it warns "
            "because the origin of the source decides how dangerous it is (code generators, template "
            "engines and operator consoles run text the code or its operator wrote): INP403 (critical, "
            "blocking) reports the source that request data is proven to reach."
        ),
        remediation=(
            "Parse data instead of running it: ast.literal_eval(text) for Python literals, json.loads(text) "
            "for structured data, a dict of allowed functions (handlers[name](...)) instead of building a "
            "call as text, and operator/getattr on an allow-list for computed expressions."
        ),
        references=(
            "https://docs.python.org/3/library/functions.html#eval",
            "https://docs.python.org/3/library/ast.html#ast.literal_eval",
        ),
    )
    calls = ("eval", "exec", "compile", "builtins.eval", "builtins.exec", "builtins.compile", *SOURCE_RUNNERS)
    nodes = (cst.Call,)
    # calls, `from builtins import ...` and simple aliases (`run = exec`)
    needles = (
        re.compile(r"(?<![\w.])(?<!def )(?:eval|exec|compile)\s*\("),  # not re.compile(, obj.eval( or a def
        re.compile(r"builtins\.(?:eval|exec|compile)\b|from\s+builtins\s+import"),
        re.compile(r"=\s*(?:eval|exec|compile)\b"),
        re.compile(r"[(,]\s*(?:builtins\.)?(?:eval|exec)\s*[,)]"),  # passed as a function: submit(exec, src)
        "compile_command",
        "run_string",
        "run_in_subinterp",
        "Interactive",
    )

    def check_node(self, node: cst.CSTNode, ctx: Context) -> None:
        """console.push(source) / interpreter.runsource(source) on the code module's interpreters, and
        eval or exec handed over as a function with its source next to it."""
        if not isinstance(node, cst.Call):
            return
        self._passed_as_function(node, ctx)
        if not isinstance(node.func, cst.Attribute):
            return
        method = node.func.attr.value
        if method not in INTERPRETER_METHODS or not _interpreter(node.func.value, ctx):
            return
        source = arg(node, "source", 0) or arg(node, "line", 0)
        if source is not None and not _harmless(source.value, ctx):
            ctx.report(node, self.meta.message.format(name=f"{method}"))

    def check_call(self, call: cst.Call, name: str, ctx: Context) -> None:
        if name in SOURCE_RUNNERS:
            keyword, position = SOURCE_RUNNERS[name]
            found = arg(call, keyword, position)
            if found is not None and not _harmless(found.value, ctx):
                ctx.report(call, self.meta.message.format(name=name))
            return
        source = arg(call, "source", 0)
        if source is None and name.endswith("exec"):
            source = arg(call, "object", 0)
        if source is None or is_constant(source.value):
            return
        value = source.value
        if name.endswith("compile") and (only_ast(call, ctx) or runs_source_file(call, ctx) or _discarded(ctx)):
            return
        if name.endswith("exec") and file_text(value, ctx):
            return  # exec(open(path).read()): runs a Python source file, as execfile() and compile(...) of it do
        if name.endswith(("eval", "exec")) and compiled_code(value, ctx):
            return
        if _harmless(value, ctx) or _numbers_only(value, ctx, 0):
            return
        ctx.report(call, self.meta.message.format(name=name))

    def _passed_as_function(self, call: cst.Call, ctx: Context) -> None:
        """loop.run_in_executor(None, exec, source), pool.submit(eval, source), functools.partial(exec,
        source), map(eval, sources): the argument after the function is what it runs."""
        positional = [a.value for a in call.args if a.keyword is None and not a.star]
        for runner, source in itertools.pairwise(positional):
            name = ctx.qualname(runner) if isinstance(runner, (cst.Name, cst.Attribute)) else None
            if name in RUNNERS_BY_REFERENCE and not _harmless(source, ctx) and not compiled_code(source, ctx):
                callee = ctx.qualname(call.func) or dotted(call.func) or "a call"
                ctx.report(call, self.meta.message.format(name=f"{name.rpartition('.')[2]} via {callee}"))
                return

    flagged = """
        import ast
        import builtins
        from builtins import exec as run_code

        def calculate(request, jobs):
            expression = request.args["expr"]
            total = eval(expression)  # expect
            if expression.startswith("(") or "(" not in expression:
                eval(expression)  # expect
            for setting in ("timeout", request.args["setting"]):
                exec(f"{setting} = 1")  # expect
            exec("result = " + request.args["code"])  # expect
            code = compile(  # expect
                request.form["script"],
                "<form>",
                "exec",
            )
            run_code(code)
            run_code(request.form["more"])  # expect
            run_code("\\n" * 3 + request.form["statement"])  # expect
            run_code(request.form["statement"] * 2)  # expect
            renamed = request.form["snippet"].replace("old", "new")
            exec(renamed)  # expect
            flags = ast.PyCF_ONLY_AST
            flags &= ~ast.PyCF_ONLY_AST
            run_code(compile(request.form["mixed"], "<form>", "exec", flags))  # expect
            compiled = compile(request.form["source"], request.form["name"], "exec")  # expect
            exec(compiled)
            jobs.submit(compile(request.form["job"], "<job>", "exec"))  # expect
            exec(request.form["loader"].get_source("plugin"))  # expect
            exec(request.files["script"].read())  # expect
            return total, builtins.eval(f"{expression} * 2")  # expect

        def console(request):
            import code
            shell = code.InteractiveConsole()
            shell.push(request.form["line"])  # expect
            code.InteractiveInterpreter().runsource(request.form["script"])  # expect
            return code.compile_command(request.form["snippet"])  # expect

        async def deferred(request, loop, pool):
            import functools

            await loop.run_in_executor(None, exec, request.form["script"])  # expect
            source = request.form["module"]
            await loop.run_in_executor(None, exec, source, {})  # expect
            pool.submit(eval, request.args["expr"])  # expect
            later = functools.partial(exec, request.form["more"])  # expect
            return later, list(map(eval, request.args.getlist("terms")))  # expect

        class Hooks:
            def _run(self, obj, env):
                exec(obj, env)  # expect

            def run_text(self, source: str, env):
                exec(source, env)  # expect

            def start(self, request, env):
                self._run(compile("x = 1", "<fixed>", "exec"), env)
                self._run(request.form["hook"], env)

        def cells(values, request):
            names = ", ".join("v%d" % i for i in range(len(values)))
            exec("(%s) = values" % names)
            exec("(%s) = values" % ", ".join("v%s" % n for n in request.args))  # expect

        def factors(request, days):
            return [eval(basis, {}, {"days": days}) for basis in request.args.getlist("basis")]  # expect

        class Comparison:
            OPERATORS = {"eq": "==", "lt": "<"}

            def __init__(self, op, custom=None):
                self.op = self.OPERATORS[op]  # public: any module holding one may set it
                self._custom = custom  # a caller's text

            def apply(self, a, b):
                eval(f"a {self.op} b")  # expect
                return eval(f"a {self._custom} b")  # expect

        class Threshold:
            SIGNS = {"above": ">", "below": "<"}

            def __init__(self, sign):
                self._sign = self.SIGNS[sign]

            def holds(self, x):
                return eval(f"x {self._sign} 0")  # expect

        def tweak(threshold, request):
            threshold._sign = request.args["sign"]  # set from outside the class: any text
    """
    safe = """
        import ast
        import json
        import types

        def calculate(request, model):
            numbers = ast.literal_eval(request.args["numbers"])
            options = json.loads(request.args["options"])
            model.eval()
            total = eval("1 + 2")
            exec("import math")
            code = compile("x = 1", "<fixed>", "exec")
            tree = compile(request.args["expr"], "<expr>", "eval", ast.PyCF_ONLY_AST)
            at_line = compile("\\n" * (int(request.args["line"]) - 1) + "raise error", "<report>", "exec")
            at_line = at_line.replace(co_name=request.args["where"])
            exec(at_line, {"error": ValueError()})
            flags = ast.PyCF_ONLY_AST
            if request.args.get("comments"):
                flags |= ast.PyCF_TYPE_COMMENTS
            annotated = compile(request.args["expr"], "<expr>", "eval", flags)
            exec(code)
            for unit in ("seconds", "minutes"):
                exec(f"limit_{unit} = 0")
            hours = 3
            unit = "hours" if hours * 2 > 1 else request.args["unit"]
            exec(f"limit_{unit} = 0")
            return numbers, options, total, tree

        AGGREGATES = ("min", "max", "sum")

        def aggregate(name, values):
            if name not in AGGREGATES:  # past this check the name is one of the three
                raise ValueError(name)
            return eval(name + "(values)")

        def summary(kind, rows):
            if kind in {"count", "len"}:
                return eval(f"len(rows)  # {kind}")
            return None

        class Shell:
            def runcode(self, code: types.CodeType, env):
                exec(code, env)  # compiled where the source is judged: compile() is the call that reads text

        def valid_expression(request):
            try:
                compile(request.args["expr"], "<expr>", "eval")  # only a syntax check: the code is thrown away
            except SyntaxError:
                return False
            return True

        def literal():
            from flask import request

            text = request.args["text"]
            if not (len(text) >= 2 and text[0] == text[-1] == '"') or '"' in text[1:-1]:
                return None
            return eval(text)

        def load_settings(path, namespace):
            with open(path, "rb") as handle:
                exec(compile(handle.read(), path, "exec"), namespace)

        def run_script(path, namespace):
            exec(open(path).read(), namespace)  # Python 3's spelling of execfile(path)
            exec(Path(path).read_text(encoding="utf-8"), namespace)  # and pathlib's
            with open(path) as handle:
                exec(handle.read(), namespace)

        class PluginLoader:
            def get_code(self, fullname):
                path = self.get_filename(fullname)
                source = self.get_source(fullname)
                return compile(source, path, "exec", dont_inherit=True)

            def exec_module(self, module):
                code = self.get_code(module.__name__)
                exec(code, module.__dict__)

        def console(request, queue):
            import code
            shell = code.InteractiveConsole()
            shell.push("import math")
            queue.push(request.form["line"])
            return code.compile_command("1 + 1")

        def bootstrap(namespace):
            from textwrap import dedent

            setup = '''
                import math
                limit = math.inf
            '''
            exec(dedent(setup), namespace)

        class Tracker:
            def __init__(self, home):
                self.home = home
                self.schema = self._compile("schema.py")

            def _compile(self, name):
                with open(self.home / name) as handle:
                    return compile(handle.read(), str(self.home / name), "exec")

            def _exec(self, obj, env):
                exec(obj, env)

            def open(self, env):
                self._exec(self.schema, env)
                self._exec(self._compile("extensions.py"), env)

        def make_cells(values):
            code = "def make():\\n"
            code += "    (%s) = (%s)\\n" % (
                ", ".join("i%d" % i for i in range(len(values))),
                ", ".join("o%d" % i for i in range(len(values))),
            )
            scope = {"o%d" % i: value for i, value in enumerate(values)}
            exec(code, scope, scope)

        async def deferred(request, loop, pool, loader):
            await loop.run_in_executor(None, exec, "import math")
            module = loader.get_code(request.form["module"])  # a code object the import protocol compiled
            await loop.run_in_executor(None, exec, module, {})
            pool.submit(eval, "2 ** 10")
            return sorted(request.args, key=len), list(map(str, request.args.getlist("terms")))

        ACCRUAL_BASES = ("days / 360", "days / 365")
        RATE_FIELDS = ("overnight", "one_week")

        def factors(days):
            return [eval(basis, {}, {"days": days}) for basis in ACCRUAL_BASES]  # each one of the constants

        def rate_record():
            body = "".join(f"    self.{name} = {name}\\n" for name in RATE_FIELDS)
            namespace = {}
            exec(f"def __init__(self, {', '.join(RATE_FIELDS)}):\\n{body}", namespace)
            return namespace["__init__"]

        class Condition:
            OPERATORS = {"eq": "==", "lt": "<", "ge": ">="}

            def __init__(self, op):
                self._op = self.OPERATORS[op]  # private, and only ever one of the table's values

            def apply(self, a, b):
                return eval(f"a {self._op} b")
    """


def _harmless(source: cst.BaseExpression, ctx: Context) -> bool:
    """Source text nothing outside the code chooses: a constant, one of a few constants (a loop over a
    constant tuple, a choice between literals), or input that a check proved harmless."""
    return is_constant(source) or _repeated_constants(source) or ctx.facts(source).trusted("code")


def _repeated_constants(source: cst.BaseExpression) -> bool:
    """Constant text and constant text repeated a number of times (`"\\n" * (lineno - 1) + "raise error"`,
    which places a statement on a chosen line): only the count varies, the code is the constant's."""
    parts = concatenated(source)
    repeated = [p for p in parts if not is_constant(p)]
    return bool(repeated) and all(
        isinstance(p, cst.BinaryOperation)
        and isinstance(p.operator, cst.Multiply)
        and (
            (isinstance(p.left, cst.SimpleString) and not isinstance(p.right, cst.SimpleString))
            or (isinstance(p.right, cst.SimpleString) and not isinstance(p.left, cst.SimpleString))
        )
        for p in repeated
    )


def _discarded(ctx: Context) -> bool:
    """compile(text, "<string>", "eval") as a statement of its own: the code object is thrown away, so the
    call only checks that the text is valid Python (raising SyntaxError) and runs nothing."""
    return bool(ctx.ancestors) and isinstance(ctx.ancestors[-1], cst.Expr)


def _numbers_only(expr: cst.BaseExpression, ctx: Context, depth: int) -> bool:
    """Source text whose only variable parts are numbers: `"i%d" % i`, `", ".join("o%d" % i for i in n)`,
    `code += ...` of such pieces. A number formatted into Python source cannot add code to it."""
    if depth > 6:
        return False
    if is_constant(expr):
        return True
    inner = depth + 1
    if isinstance(expr, cst.BinaryOperation) and isinstance(expr.operator, cst.Modulo):
        template = string_text(expr.left)
        return template is not None and all(
            _numbers_only(v, ctx, inner) for _, v in percent_slots(template, expr.right)[1]
        )
    if isinstance(expr, cst.BinaryOperation) and isinstance(expr.operator, cst.Add):
        return _numbers_only(expr.left, ctx, inner) and _numbers_only(expr.right, ctx, inner)
    if isinstance(expr, cst.Call) and isinstance(expr.func, cst.Attribute) and expr.func.attr.value == "join":
        pieces = expr.args[0].value if len(expr.args) == 1 else None
        return (
            is_constant(expr.func.value)
            and isinstance(pieces, (cst.GeneratorExp, cst.ListComp))
            and _numbers_only(pieces.elt, ctx, inner)
        )
    if isinstance(expr, cst.Name) and ctx.function is not None:
        assigned = [a.value for a in assignments(ctx, expr.value)]
        return bool(assigned) and all(v is not None and _numbers_only(v, ctx, inner) for v in assigned)
    return False


def _interpreter(receiver: cst.BaseExpression, ctx: Context) -> bool:
    """code.InteractiveConsole() itself, or a name bound once to it."""
    if isinstance(receiver, cst.Name):
        bound = bound_value(ctx, receiver.value)
        if bound is None:
            return False
        receiver = bound
    return isinstance(receiver, cst.Call) and ctx.qualname(receiver.func) in INTERPRETERS
