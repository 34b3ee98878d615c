"""Templates compiled from source text that is not fixed in code or files."""

import re

import libcst as cst
from guidelint.cst import (
    NOT_CONSTANT,
    Context,
    Rule,
    RuleMeta,
    arg,
    assigned_value,
    assignments,
    dotted,
    is_constant,
    module_constant,
    name_words,
    parameter,
    string_parts,
)
from guidelint.cst.web import is_upload

ENVIRONMENTS = {"jinja2.Environment", "jinja2.environment.Environment"}
DJANGO_ENGINES = {"django.template.engines", "django.template.Engine", "django.template.engine.Engine"}
# handle.read(), pkgutil.get_data(...), template loaders' get_contents()/get_source()
FILE_READS = ("read", "read_text", "read_bytes", "get_data", "get_contents", "get_source")
# Functions that are themselves a "template from a string" API: forwarding their parameter is the API
# (also a function named for rendering a template it is given: render_template(text, ...), _render_tmpl)
TEMPLATE_APIS = {"from_string", "render_template_string", "stream_template_string", "template_from_string"}
TEMPLATE_WORDS = frozenset({"template", "tmpl", "string", "str"})
# where a request's own data is read: an upload or the request body is not a file of the application
REQUEST_ROOTS = frozenset({"request", "req"})


class TemplateSource(Rule):
    meta = RuleMeta.of(
        id="INP109",
        clause="SG-5.10",
        title="Template built from data",
        severity="medium",
        confidence="high",
        cwe=[1336],
        owasp="A03:2021-Injection",
        message="{name}() compiles template source that is not a constant; pass data as template variables",
        rationale=(
            "Template languages are programming languages: Jinja2 and Mako expressions reach Python objects, "
            "and Django templates expose every attribute of the context. Template source that contains a "
            "request value lets its author run code on the server (server-side template injection) or read "
            "settings, secrets and clients' confidential and insider information the service holds. Every "
            "template compiled from source that is not a constant is reported; it warns because the origin "
            "of the source decides how dangerous it is: INP410 (critical, blocking) reports the template "
            "source that request data is proven to reach."
        ),
        remediation=(
            "Keep template source in code or in template files and pass values as variables: "
            "render_template('report.html', name=name), Template('Hello {{ name }}').render(name=name). "
            "If users must author templates, render them with jinja2.sandbox.SandboxedEnvironment."
        ),
        references=(
            "https://jinja.palletsprojects.com/en/stable/sandbox/",
            "https://flask.palletsprojects.com/en/stable/api/#flask.render_template_string",
        ),
    )
    calls = (
        "jinja2.Template",
        "jinja2.environment.Template",
        "flask.render_template_string",
        "flask.templating.render_template_string",
        "django.template.Template",
        "django.template.base.Template",
        "mako.template.Template",
    )
    nodes = (cst.Call,)
    # Template(...) also as MakoTemplate(...); imported under another name: Template as T
    needles = (re.compile(r"Template\s*\(|\bTemplate\s+as\b"), "from_string", "render_template_string")

    def check_call(self, call: cst.Call, name: str, ctx: Context) -> None:
        source = arg(call, "source", 0) or arg(call, "template_string", 0) or arg(call, "text", 0)
        if source is None or arg(call, "filename") is not None:
            return  # mako.template.Template(filename=...): a template file
        if not _fixed_source(source.value, ctx, call) and not ctx.facts(source.value).trusted("template"):
            ctx.report(call, self.meta.message.format(name=name))

    def check_node(self, node: cst.CSTNode, ctx: Context) -> None:
        if not isinstance(node, cst.Call) or not isinstance(node.func, cst.Attribute):
            return
        if node.func.attr.value != "from_string":
            return
        source = arg(node, "source", 0) or arg(node, "template_code", 0)
        if source is None or _fixed_source(source.value, ctx, node) or ctx.facts(source.value).trusted("template"):
            return
        if _template_engine(node.func.value, ctx):
            ctx.report(node, self.meta.message.format(name="from_string"))

    flagged = """
        import jinja2
        from django.template import Template as DjangoTemplate, engines
        from flask import Flask, render_template_string
        from jinja2 import Environment, FileSystemLoader

        app = Flask(__name__)
        env = Environment(loader=FileSystemLoader("templates"), autoescape=True)

        @app.route("/greet")
        def greet(request):
            name = request.args["name"]
            page = render_template_string("<h1>Hello " + name + "</h1>")  # expect
            letter = env.from_string(request.form["letter"]).render(client=name)  # expect
            card = jinja2.Template(f"Dear {name},").render()  # expect
            return page, letter, card

        def django_view(request):
            body = DjangoTemplate(request.POST["template"])  # expect
            note = engines["django"].from_string(request.POST["note"])  # expect
            return body, note

        def flask_env(source):
            return app.jinja_env.from_string(source)  # expect

        def render_values(request):
            env = Environment(keep_trailing_newline=True)
            return env.from_string(request.get_data(as_text=True)).render(cluster="eu-1")  # expect

        def legacy(markup):
            from mako.template import Template
            return Template(markup).render()  # expect

        @app.route("/import", methods=["POST"])
        def import_letter(request):
            uploaded = env.from_string(request.files["letter"].read().decode("utf-8"))  # expect
            raw = jinja2.Template(request.stream.read().decode())  # expect
            return uploaded, raw

        def preview(request):
            def page():
                return render_template_string(source)  # expect
            source = request.args["layout"]
            return page()
    """
    safe = """
        import textwrap
        from pathlib import Path

        import jinja2
        from django.template import Template
        from flask import Flask, render_template, render_template_string
        from jinja2.sandbox import SandboxedEnvironment

        app = Flask(__name__)
        sandbox = SandboxedEnvironment()
        GREETING = "<h1>Hello {{ name }}</h1>"

        @app.route("/greet")
        def greet(request):
            name = request.args["name"]
            page = render_template_string(GREETING, name=name)
            report = render_template("report.html", **request.args)
            card = jinja2.Template("Dear {{ name }},").render(name=name)
            custom = sandbox.from_string(request.form["letter"]).render(client=name)
            footer = Template(Path("templates/footer.txt").read_text())
            return page, report, card, custom, footer

        def preview_values(request):
            env = SandboxedEnvironment(keep_trailing_newline=True)
            return env.from_string(request.get_data(as_text=True)).render(cluster="eu-1")

        def static_values():
            env = jinja2.Environment(keep_trailing_newline=True)  # the same name, another function's
            return env.from_string("cluster: {{ cluster }}").render(cluster="eu-1")

        def parse_date(text, datetime):
            return datetime.from_string(text)

        # templates shipped with the application, read from its files
        def mail_body(path, to_text, loader, env):
            with open(path, encoding="utf-8") as handle:
                body = Template(to_text(handle.read()))
            header = jinja2.Template(open("templates/header.txt").read().strip())
            intro = jinja2.Template(textwrap.dedent(open("templates/intro.txt").read()))
            footer = Template(loader.get_source(env, "footer.txt")[0])
            return body, header, footer, intro

        def stream_page():
            layout = "<p>{{ request.args.page }}</p>"

            def chunks():
                yield render_template_string(layout)

            return chunks()

        # a function that renders the template text it is given is itself a template API
        def _render_tmpl(text, **context):
            return jinja2.Template(text).render(**context)

        # the dataflow proves that only the module's own layouts reach Template()
        LAYOUTS = {"plain": "<p>{{ title }}</p>", "banner": "<h1>{{ title }}</h1>"}

        def cover(request):
            layout = LAYOUTS.get(request.POST.get("layout", ""), LAYOUTS["plain"])
            return Template(layout).render({"title": "Q3"})
    """


def _fixed_source(expr: cst.BaseExpression, ctx: Context, anchor: cst.CSTNode, depth: int = 0) -> bool:
    """Template source fixed in code (literals, module constants, strings built only from those) or read
    from a file; a parameter forwarded by a function that is itself a template-from-string API."""
    if module_constant(ctx, expr) is not NOT_CONSTANT:
        return True
    if depth > 3:
        return False
    # implicit concatenation ("<p>" f"{name}") is not taken apart: such source counts as built from data
    pieces = None if isinstance(expr, cst.ConcatenatedString) else string_parts(expr)
    if pieces is not None:
        return all(_fixed_source(p, ctx, anchor, depth + 1) for p in pieces)
    if isinstance(expr, cst.Name):
        function = ctx.function
        if function is not None and _template_api(function.name.value) and _is_parameter(function, expr.value):
            return True
        value = assigned_value(ctx, expr.value, anchor)
        if value is None and function is not None and not _is_parameter(function, expr.value):
            value = _enclosing_value(ctx, expr.value)
        return value is not None and _fixed_source(value, ctx, anchor, depth + 1)
    if isinstance(expr, cst.Subscript):  # loader.get_source(env, name)[0]
        return _fixed_source(expr.value, ctx, anchor, depth + 1)
    if not isinstance(expr, cst.Call):
        return False
    if isinstance(expr.func, cst.Attribute):
        if expr.func.attr.value in FILE_READS:  # handle.read(), but not an upload's or the request body's
            return not _request_data(expr.func.value, anchor, ctx)
        # a method of fixed text with fixed arguments: .decode("utf-8"), .strip(), .replace("\r", "")
        if all(a.keyword is not None or is_constant(a.value) for a in expr.args) and _fixed_source(
            expr.func.value, ctx, anchor, depth + 1
        ):
            return True
        if ctx.qualname(expr.func) is None or _request_data(expr.func.value, anchor, ctx):
            return False  # a method of some object, not a function of a module
    # a function converting fixed text that is not a constant itself: to_unicode(handle.read())
    positional = [a.value for a in expr.args if a.keyword is None and not a.star]
    return (
        len(positional) == 1
        and module_constant(ctx, positional[0]) is NOT_CONSTANT
        and _fixed_source(positional[0], ctx, anchor, depth + 1)
    )


def _template_api(name: str) -> bool:
    words = set(name_words(name))
    return name in TEMPLATE_APIS or ("render" in words and bool(words & TEMPLATE_WORDS))


def _enclosing_value(ctx: Context, name: str) -> cst.BaseExpression | None:
    """The one value a closure's free `name` is assigned in the enclosing function."""
    if len(ctx.functions) < 2 or parameter(ctx.functions[-2], name) is not None:
        return None
    found = assignments(ctx, name, ctx.functions[-2])
    return found[0].value if len(found) == 1 and not isinstance(found[0].node, cst.AugAssign) else None


def _request_data(receiver: cst.BaseExpression, anchor: cst.CSTNode, ctx: Context) -> bool:
    """An uploaded file or the request itself (request.stream.read(), request.files["t"].read())."""
    if is_upload(receiver, anchor, ctx):
        return True
    root = receiver
    while isinstance(root, (cst.Attribute, cst.Subscript, cst.Call)):
        root = root.func if isinstance(root, cst.Call) else root.value
    return isinstance(root, cst.Name) and root.value in REQUEST_ROOTS


def _is_parameter(function: cst.FunctionDef, name: str) -> bool:
    return parameter(function, name) is not None


def _template_engine(receiver: cst.BaseExpression, ctx: Context) -> bool:
    """A jinja2 Environment (not sandboxed) or Django engine the code creates, or Flask's app.jinja_env."""
    if isinstance(receiver, cst.Call):
        return (ctx.qualname(receiver.func) or "") in ENVIRONMENTS | DJANGO_ENGINES
    if isinstance(receiver, cst.Subscript):
        return (ctx.qualname(receiver.value) or "") in DJANGO_ENGINES
    if isinstance(receiver, cst.Attribute) and receiver.attr.value == "jinja_env":
        return True
    name = dotted(receiver)
    if name is None:
        return False
    if isinstance(receiver, cst.Name) and ctx.function is not None:
        # env = SandboxedEnvironment() in this function: its own binding, whatever `env` is in another one
        local = [a.value for a in assignments(ctx, name, ctx.function)]
        calls = [value for value in local if isinstance(value, cst.Call)]
        if local and len(calls) == len(local):
            return any(_template_engine(value, ctx) for value in calls)
    names = ctx.memo.get("INP109 environments")
    if names is None:
        names = ctx.memo["INP109 environments"] = _environment_names(ctx)
    return name in names


def _environment_names(ctx: Context) -> set[str]:
    """Names and attributes bound to jinja2.Environment(...) anywhere in the module (one walk per file)."""
    names: set[str] = set()
    stack: list[cst.CSTNode] = [ctx.module]
    while stack:
        node = stack.pop()
        if isinstance(node, cst.Assign) and isinstance(node.value, cst.Call):
            if (ctx.qualname(node.value.func) or "") in ENVIRONMENTS | DJANGO_ENGINES:
                names.update(n for t in node.targets if (n := dotted(t.target)) is not None)
        elif isinstance(node, cst.BaseExpression):
            continue
        stack.extend(node.children)
    return names
