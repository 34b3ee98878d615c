"""Template engines with HTML autoescaping switched off or left at an off default: Jinja2 environments and
templates, and Django's TEMPLATES settings."""

import re

import libcst as cst
from guidelint.cst import (
    NOT_CONSTANT,
    Context,
    Rule,
    RuleMeta,
    arg,
    constant_tail,
    dotted,
    fixed_values,
    folder_name,
    has_star_args,
    is_settings_module,
    iter_nodes,
    keyword_is,
    module_constant,
    string_text,
)
from guidelint.cst.children import children

ENVIRONMENTS = ("jinja2.Environment", "jinja2.environment.Environment", "jinja2.sandbox.SandboxedEnvironment")
# jinja2.Template(source) compiles with a shared default environment whose autoescape is off
TEMPLATES = ("jinja2.Template", "jinja2.environment.Template")

# A module that serves no page: it imports nothing that answers HTTP or builds markup (the knowledge base's
# web frameworks and `web-output` packages), and none of its strings (docstrings aside) holds an HTML tag
# or names an .html/.xml/.svg file other than in a web address.
# Jinja there renders configuration files, scripts, filters, YAML: autoescape would corrupt them.
IMPORTED = re.compile(r"^[ \t]*(?:from|import)[ \t]+([\w.]+)", re.MULTILINE)
HTML_TAGS = (
    "a|b|body|br|button|code|div|em|form|h[1-6]|head|hr|html|i|iframe|img|input|label|li|link|meta|ol|option|p"
    "|pre|script|section|select|span|strong|style|svg|table|td|textarea|th|title|tr|ul"
)
MARKUP = re.compile(rf"<(?:{HTML_TAGS})[\s/>]|\.(?:x?html?|xml|svg)\b", re.IGNORECASE)
WEB_ADDRESS = re.compile(r"\b\w+://\S*")  # from a word's start only: linear in a long word
# what renders with an environment, and with a template
LOADS = ("get_template", "select_template", "get_or_select_template", "from_string")
RENDERS = ("render", "render_async", "generate", "stream")
# An environment whose every template, loaded in the module by a constant name or source, is text of
# another kind renders no page: a name whose kind (after a template suffix such as .j2) is one of these,
# or a source that is an SQL statement. Escaping HTML there would corrupt mails, queries and files.
TEXT_KINDS = frozenset(
    {"txt", "text", "eml", "msg", "sql", "yaml", "yml", "json", "cfg", "conf", "ini", "toml", "sh", "bash", "ps1"}
    | {"py", "md", "rst", "csv", "tsv", "tex", "properties", "env", "service", "tf", "tfvars", "hcl"}
)
TEMPLATE_SUFFIXES = frozenset({"j2", "jinja", "jinja2", "tmpl", "tpl", "template"})
# parsers of data text: a template rendered only into one of them makes data, not a page
DATA_PARSERS = frozenset(
    {"yaml.safe_load", "yaml.load", "yaml.safe_load_all", "yaml.load_all", "json.loads", "tomllib.loads"}
    | {"toml.loads", "tomli.loads"}
)
# a loader's folder named for SQL statements (dbt's and the pipelines' `sql/`, `queries/`): its templates are queries
SQL_FOLDERS = frozenset({"sql", "queries"})
LOADERS = ("FileSystemLoader", "PackageLoader")
SQL_TEXT = re.compile(
    r"^\s*(?:select|insert|update|delete|with|create|alter)\b[^<>]*\b(?:from|into|set|table|values|where)\b",
    re.IGNORECASE,
)


class Jinja2Autoescape(Rule):
    meta = RuleMeta.of(
        id="OUT101",
        clause="SG-6.1",
        title="Template autoescaping off",
        severity="high",
        confidence="medium",
        cwe=[79, 116],
        owasp="A03:2021-Injection",
        message="{name}() renders templates without HTML escaping; set autoescape=True",
        rationale=(
            "Jinja2 does not escape variables unless autoescape is on, and its default is off (also for "
            "templates made directly with jinja2.Template); Django escapes unless its TEMPLATES options turn "
            "autoescape off. Every value "
            "rendered into HTML from such an environment can carry script that runs in the browser of the "
            "staff member viewing the page, with their session, and can read or send away the clients' "
            "confidential and pre-disclosure insider information that person is allowed to see. An "
            "environment or template that the module itself renders with, in a module that serves no page "
            "(it imports no web framework, HTTP server or markup library, and none of its strings holds an "
            "HTML tag or an .html/.xml/.svg name), renders configuration files, scripts or filters, where "
            "escaping would corrupt the output: it is reported without blocking. An environment the module "
            "only creates (the pages are loaded elsewhere), and a helper rendering the template its caller "
            "names or passes, block as usual, unless the helper is private to that module (a leading underscore: "
            "its callers are the module's own) or the module parses every result of it as YAML or JSON. "
            "An environment whose every template loaded in the module is, "
            "by its constant name or source, text of another kind (a .txt mail, a .yaml.j2 file, an SQL "
            "statement, a name ending in .sql after a variable stem), and one whose loader reads a folder named for "
            "SQL (sql/, queries/) and loads no other kind, renders no page and is not reported; so does "
            "jinja2.Template of a constant SQL statement."
        ),
        remediation=(
            "Create the environment with autoescape=True, or autoescape=select_autoescape() to escape "
            "HTML and XML templates by file name, and load templates through that environment rather than "
            "jinja2.Template(source); keep Django's 'autoescape' option at its default (True). Mark the rare "
            "trusted fragment with Markup only after sanitising it."
        ),
        references=(
            "https://jinja.palletsprojects.com/en/stable/api/#autoescaping",
            "https://cheatsheetseries.owasp.org/cheatsheets/Cross_Site_Scripting_Prevention_Cheat_Sheet.html",
        ),
    )
    calls = (*ENVIRONMENTS, *TEMPLATES)
    nodes = (cst.DictElement,)
    needles = ("jinja2", "autoescape")

    def check_node(self, node: cst.CSTNode, ctx: Context) -> None:
        """TEMPLATES = [{"BACKEND": ..., "OPTIONS": {"autoescape": False}}] in a Django settings module."""
        if not isinstance(node, cst.DictElement) or string_text(node.key) != "autoescape":
            return
        if not (isinstance(node.value, cst.Name) and node.value.value == "False"):
            return
        if ctx.functions or not is_settings_module(ctx):
            return
        if any(isinstance(a, cst.Assign) and _assigns(a, "TEMPLATES") for a in ctx.ancestors):
            ctx.report(node, "The TEMPLATES option 'autoescape': False renders every template without HTML escaping")

    def check_call(self, call: cst.Call, name: str, ctx: Context) -> None:
        message = self.meta.message.format(name=name)
        if name in ENVIRONMENTS and (_renders_only_text(call, ctx) or _loads_sql_folder(call, ctx)):
            return
        if name in TEMPLATES and _sql_source(call, ctx):
            return
        setting = arg(call, "autoescape")
        if setting is not None:
            if keyword_is(call, "autoescape", False):
                fixed = call.with_changes(
                    args=[a.with_changes(value=cst.Name("True")) if a is setting else a for a in call.args]
                )
                ctx.report(setting, message, fixed, "set autoescape=True", fix_target=call)
            elif isinstance(setting.value, (cst.Name, cst.Attribute, cst.Subscript)):
                # a constant of the code that is (or can be) False, "" or None: a module or class constant,
                # an entry of a constant table, a constant imported from the project's settings
                values = fixed_values(setting.value, ctx)
                if values is None and isinstance(setting.value, cst.Name):
                    value = module_constant(ctx, setting.value)  # without the dataflow: the module's own
                    values = frozenset({value}) if value is not NOT_CONSTANT and not value else None
                if values and any(not v for v in values if v is None or isinstance(v, (bool, str, int))):
                    ctx.report(setting, message)
            return
        if has_star_args(call) or (name in ENVIRONMENTS and arg(call, None, 16) is not None):
            return  # options passed on (**options) or autoescape given positionally
        if (
            _renders_here(call, name, ctx)
            and _serves_no_page(ctx)
            and (not _chosen_by_caller(call, name, ctx) or _helper_output_stays(ctx))
        ):
            message += NOT_A_PAGE
            ctx.report(call, message, _with_autoescape(call), "add autoescape=True", advisory=True)
            return
        ctx.report(call, message, _with_autoescape(call), "add autoescape=True")

    flagged = """
        import jinja2
        from jinja2 import Environment as Env, FileSystemLoader

        pages = jinja2.Environment(loader=FileSystemLoader("templates"))  # expect
        mails = Env(
            loader=FileSystemLoader("mail"),
            autoescape=False,  # expect
        )
        reports = Env(  # expect
            loader=FileSystemLoader("reports"),
            trim_blocks=True,
        )

        def render(markup):
            from jinja2.sandbox import SandboxedEnvironment
            return SandboxedEnvironment().from_string(markup).render()  # expect

        BANNER = jinja2.Template("<p class='banner'>{{ message }}</p>")  # expect
        statements = Env(loader=FileSystemLoader("statements"), autoescape=False)  # expect

        def statement(period, rows):
            mail = statements.get_template("statement.txt").render(rows=rows)
            return mail, statements.get_template(f"statement-{period}.html").render(rows=rows)
        ESCAPE_HTML = False
        notices = Env(
            loader=FileSystemLoader("notices"),
            autoescape=ESCAPE_HTML,  # expect
        )

        INSTALLED_APPS = ["django.contrib.staticfiles", "portal"]
        TEMPLATES = [
            {
                "BACKEND": "django.template.backends.django.DjangoTemplates",
                "APP_DIRS": True,
                "OPTIONS": {"autoescape": False},  # expect
            },
        ]
        class StatementRenderer:
            AUTOESCAPE = False

            def env(self):
                return Env(loader=FileSystemLoader("statements"), autoescape=self.AUTOESCAPE)  # expect

        LEGACY_SQL = "legacy/sql"
        legacy = Env(loader=FileSystemLoader(LEGACY_SQL), autoescape=False)  # expect

        def legacy_page(name):
            return legacy.get_template(f"{name}.html").render()
    """
    fixed = """
        import jinja2
        from jinja2 import Environment as Env, FileSystemLoader

        pages = jinja2.Environment(loader=FileSystemLoader("templates"), autoescape=True)
        mails = Env(
            loader=FileSystemLoader("mail"),
            autoescape=True,
        )
        reports = Env(
            loader=FileSystemLoader("reports"),
            trim_blocks=True,
            autoescape=True,
        )

        def render(markup):
            from jinja2.sandbox import SandboxedEnvironment
            return SandboxedEnvironment(autoescape=True).from_string(markup).render()

        BANNER = jinja2.Template("<p class='banner'>{{ message }}</p>", autoescape=True)
        statements = Env(loader=FileSystemLoader("statements"), autoescape=True)

        def statement(period, rows):
            mail = statements.get_template("statement.txt").render(rows=rows)
            return mail, statements.get_template(f"statement-{period}.html").render(rows=rows)
        ESCAPE_HTML = False
        notices = Env(
            loader=FileSystemLoader("notices"),
            autoescape=ESCAPE_HTML,
        )

        INSTALLED_APPS = ["django.contrib.staticfiles", "portal"]
        TEMPLATES = [
            {
                "BACKEND": "django.template.backends.django.DjangoTemplates",
                "APP_DIRS": True,
                "OPTIONS": {"autoescape": False},
            },
        ]
        class StatementRenderer:
            AUTOESCAPE = False

            def env(self):
                return Env(loader=FileSystemLoader("statements"), autoescape=self.AUTOESCAPE)

        LEGACY_SQL = "legacy/sql"
        legacy = Env(loader=FileSystemLoader(LEGACY_SQL), autoescape=True)

        def legacy_page(name):
            return legacy.get_template(f"{name}.html").render()
    """
    safe = """
        import jinja2
        from jinja2 import Environment, FileSystemLoader, select_autoescape

        pages = jinja2.Environment(loader=FileSystemLoader("templates"), autoescape=True)
        mails = Environment(loader=FileSystemLoader("mail"), autoescape=select_autoescape(["html"]))

        ESCAPE_HTML = True

        def configured(settings, options):
            env = Environment(autoescape=settings.TEMPLATE_AUTOESCAPE)
            notices = Environment(autoescape=ESCAPE_HTML)
            return env, notices, Environment(**options)

        BANNER = jinja2.Template("<p class='banner'>{{ message }}</p>", autoescape=True)

        INSTALLED_APPS = ["django.contrib.staticfiles", "portal"]
        TEMPLATES = [
            {
                "BACKEND": "django.template.backends.django.DjangoTemplates",
                "APP_DIRS": True,
                "OPTIONS": {"autoescape": True, "context_processors": []},
            },
        ]

        def render_text(context):
            from django.template import Context, Template
            return Template("{{ greeting }}").render(Context(context, autoescape=False))

        from flask import Flask
        app = Flask(__name__)  # the module serves pages, but these render mails, files and queries
        MAILS = Environment(loader=FileSystemLoader("mail"), autoescape=False, keep_trailing_newline=True)

        class Deployer:
            env = Environment(loader=FileSystemLoader("deploy"))

            def manifest(self, jobs):
                return self.env.get_template("jobs.yaml.j2").render(jobs=jobs)

        def confirmation(trade):
            return MAILS.get_template("confirmation.txt").render(trade=trade)

        def count_rows(table):
            return Environment().from_string("SELECT count(*) FROM {{ table }}").render(table=table)
        class StatementRenderer:
            AUTOESCAPE = True
            SETTINGS = {"html": {"autoescape": True}, "mail": {"autoescape": False}}

            def env(self):
                pages = Environment(loader=FileSystemLoader("statements"), autoescape=self.AUTOESCAPE)
                return pages, Environment(autoescape=self.SETTINGS["html"]["autoescape"])

        import os
        from pathlib import Path
        SQL_DIR = Path(__file__).parent / "sql"
        PARTITION = jinja2.Template("SELECT {{ columns | join(', ') }} FROM {{ table }} WHERE day = %(day)s")

        def sql_environment():
            return Environment(loader=FileSystemLoader(SQL_DIR), undefined=jinja2.StrictUndefined)

        def render_model(model, **context):
            queries = Environment(loader=FileSystemLoader(os.path.join("dbt", "queries")), autoescape=False)
            return queries.get_template(f"{model}.sql").render(**context)

        def render_check(check):
            return Environment(loader=jinja2.PackageLoader("pipeline", "sql")).get_template(check + ".sql").render()
    """


NOT_A_PAGE = (
    " (reported, not blocking: the module renders with it and serves no page: no web framework or markup"
    " import, no HTML in its text)"
)


def _renders_here(call: cst.Call, name: str, ctx: Context) -> bool:
    """The environment or template made by `call` is used to render in this module: `Template(src).render()`,
    or a name bound to it that loads (environment) or renders (template) a template further on."""
    methods = RENDERS if name in TEMPLATES else LOADS
    parent = ctx.ancestors[-1] if ctx.ancestors else None
    if isinstance(parent, cst.Attribute) and parent.value is call:
        return parent.attr.value in methods
    if not (isinstance(parent, cst.Assign) and len(parent.targets) == 1):
        return False
    target = parent.targets[0].target
    if not isinstance(target, cst.Name):
        return False
    used = re.compile(rf"\b{re.escape(target.value)}\s*\.\s*(?:{'|'.join(methods)})\s*\(")
    return used.search(_text(ctx)) is not None


def _chosen_by_caller(call: cst.Call, name: str, ctx: Context) -> bool:
    """The template rendered is chosen by a caller: the source of `Template(source)`, or the name or source
    that an environment bound to a name loads, mentions a parameter of the function it is in. That is a
    rendering helper (`def render(name, **values): return ENV.get_template(name).render(**values)`), which
    renders whatever the callers ask for, pages included."""
    if name in TEMPLATES:
        source = arg(call, "source", 0)
        functions = [a for a in ctx.ancestors if isinstance(a, cst.FunctionDef)]
        return source is not None and bool(functions) and bool(_names(source.value) & _parameters(functions[-1]))
    parent = ctx.ancestors[-1] if ctx.ancestors else None
    if not (isinstance(parent, cst.Assign) and isinstance(parent.targets[0].target, cst.Name)):
        return False
    target = parent.targets[0].target.value
    stack: list[tuple[cst.CSTNode, frozenset[str]]] = [(ctx.module, frozenset())]
    while stack:
        node, parameters = stack.pop()
        if isinstance(node, cst.FunctionDef):
            parameters = _parameters(node)
        if (
            isinstance(node, cst.Call)
            and isinstance(node.func, cst.Attribute)
            and node.func.attr.value in LOADS
            and isinstance(node.func.value, cst.Name)
            and node.func.value.value == target
            and node.args
            and _names(node.args[0].value) & parameters
        ):
            return True
        stack.extend((child, parameters) for child in children(node))
    return False


def _helper_output_stays(ctx: Context) -> bool:
    """The rendering helper the environment is made in gives what it renders to no page: it is private to
    this module (`_render_filter`: its callers are the module's own, and the module serves no page), or the
    module parses every result of it as data (`yaml.safe_load(render_file(path))`, at least one call): its
    output is YAML or JSON, not a page. A public helper the module does not use, or uses otherwise, can
    render the pages of any caller."""
    functions = [a for a in ctx.ancestors if isinstance(a, cst.FunctionDef)]
    if not functions or any(isinstance(a, cst.ClassDef) for a in ctx.ancestors):
        return False
    helper = functions[0].name.value
    if helper.startswith("_") and not helper.startswith("__"):
        return True
    uses: list[cst.Name] = []  # every mention of the helper's name, its definition aside
    parsed: set[int] = set()  # the callee names of its calls whose result a data parser reads
    stack: list[cst.CSTNode] = [ctx.module]
    while stack:
        node = stack.pop()
        if isinstance(node, cst.Name) and node.value == helper:
            uses.append(node)
        if isinstance(node, cst.FunctionDef):
            stack.extend(c for c in children(node) if c is not node.name)
            continue
        if isinstance(node, cst.Call) and node.args and _parses_data(node):
            given = node.args[0].value
            if isinstance(given, cst.Call) and isinstance(given.func, cst.Name):
                parsed.add(id(given.func))
        stack.extend(children(node))
    return bool(uses) and all(id(use) in parsed for use in uses)


def _parses_data(call: cst.Call) -> bool:
    name = dotted(call.func) or ""
    return any(name == parser or name.endswith("." + parser) for parser in DATA_PARSERS)


def _renders_only_text(call: cst.Call, ctx: Context) -> bool:
    """Every template the environment made by `call` loads in this module is, by its constant name or
    source, text that is not HTML (TEXT_KINDS, SQL_TEXT): `Environment(...).from_string("SELECT ...")`, or
    `MAILS.get_template("confirmation.txt")` and `self.env.get_template("jobs.yaml.j2")` for an environment
    bound to that name (a class attribute: `self.env`). Loads of the name in its function (a local), in the
    module (a global; not in functions with a local of that name) or through attributes (a class's) count."""
    loads = _loads(call, ctx)
    return bool(loads) and all(_text_template(method, source, ctx) for method, source in loads)


def _loads(call: cst.Call, ctx: Context) -> list[tuple[str, cst.BaseExpression]]:
    """(method, first argument) of each template load of the environment `call` makes."""
    parent = ctx.ancestors[-1] if ctx.ancestors else None
    if isinstance(parent, cst.Attribute) and parent.value is call:
        load = ctx.ancestors[-2] if len(ctx.ancestors) > 1 else None
        if isinstance(load, cst.Call) and load.func is parent and parent.attr.value in LOADS and load.args:
            return [(parent.attr.value, load.args[0].value)]
        return []
    if not (isinstance(parent, cst.Assign) and len(parent.targets) == 1):
        return []
    target = parent.targets[0].target
    if not isinstance(target, cst.Name):
        return []
    functions = [a for a in ctx.ancestors if isinstance(a, cst.FunctionDef)]
    in_class = not functions and any(isinstance(a, cst.ClassDef) for a in ctx.ancestors)
    name = target.value
    found: list[tuple[str, cst.BaseExpression]] = []
    stack: list[cst.CSTNode] = [functions[-1] if functions else ctx.module]  # a local name: its function
    while stack:
        node = stack.pop()
        if isinstance(node, cst.FunctionDef) and not functions and not in_class and _assigns_in(node, name):
            continue  # a local of the same name is another environment
        if isinstance(node, cst.Call) and isinstance(node.func, cst.Attribute) and node.func.attr.value in LOADS:
            receiver: cst.BaseExpression | None = node.func.value
            if in_class:  # self.env, cls.env, Mailer.env
                receiver = node.func.value.attr if isinstance(node.func.value, cst.Attribute) else None
            if isinstance(receiver, cst.Name) and receiver.value == name:
                if not node.args:
                    return []
                found.append((node.func.attr.value, node.args[0].value))
        stack.extend(children(node))
    return found


def _assigns_in(function: cst.FunctionDef, name: str) -> bool:
    return any(
        isinstance(t.target, cst.Name) and t.target.value == name
        for node in iter_nodes(function, cst.Assign)
        for t in node.targets
    )


def _text_template(method: str, source: cst.BaseExpression, ctx: Context) -> bool:
    value = module_constant(ctx, source)
    if not isinstance(value, str) and method != "from_string":
        value = constant_tail(source)  # f"{model}.sql", name + ".sql": the kind is the name's constant end
    if not isinstance(value, str):
        return False
    if method == "from_string":
        return SQL_TEXT.match(value) is not None
    parts = value.rsplit("/", 1)[-1].lower().split(".")[1:]
    while parts and parts[-1] in TEMPLATE_SUFFIXES:
        parts.pop()
    return bool(parts) and parts[-1] in TEXT_KINDS


def _sql_source(call: cst.Call, ctx: Context) -> bool:
    """`jinja2.Template(source)` of a constant SQL statement: it renders a query, not a page."""
    source = arg(call, "source", 0)
    value = module_constant(ctx, source.value) if source is not None else None
    return isinstance(value, str) and SQL_TEXT.match(value) is not None


def _loads_sql_folder(call: cst.Call, ctx: Context) -> bool:
    """The environment's loader reads a folder named for SQL statements (`FileSystemLoader(SQL_DIR)` with
    `SQL_DIR = Path(__file__).parent / "sql"`, `PackageLoader("pipeline", "queries")`), and every template it
    loads in this module by a name whose kind is written is text (`f"{model}.sql"`): it renders queries."""
    loader = arg(call, "loader")
    if loader is None or not isinstance(loader.value, cst.Call):
        return False
    kind = (dotted(loader.value.func) or "").rsplit(".", 1)[-1]
    if kind not in LOADERS:
        return False
    folder = arg(loader.value, "searchpath" if kind == LOADERS[0] else "package_path", 0 if kind == LOADERS[0] else 1)
    if folder is None or folder_name(folder.value, ctx) not in SQL_FOLDERS:
        return False
    return all(_text_template(method, source, ctx) for method, source in _loads(call, ctx))


def _parameters(function: cst.FunctionDef) -> frozenset[str]:
    params = function.params
    listed = [*params.posonly_params, *params.params, *params.kwonly_params]
    listed += [p for p in (params.star_arg, params.star_kwarg) if isinstance(p, cst.Param)]
    return frozenset(p.name.value for p in listed)


def _names(expr: cst.CSTNode) -> set[str]:
    found: set[str] = set()
    stack = [expr]
    while stack:
        node = stack.pop()
        if isinstance(node, cst.Name):
            found.add(node.value)
        stack.extend(children(node))
    return found


def _serves_no_page(ctx: Context) -> bool:
    """Nothing in the module serves HTTP or makes markup (the knowledge base's page-making packages), and its
    strings show no HTML."""
    key = "OUT101.serves_no_page"
    if key not in ctx.memo:
        packages = ctx.knowledge.page_making_packages()
        imported = IMPORTED.findall(_text(ctx))
        ctx.memo[key] = not any(
            module == p or module.startswith(p + ".") for module in imported for p in packages
        ) and not any(_markup(s) for s in _strings(ctx.module))
    return bool(ctx.memo[key])


def _markup(string: str) -> bool:
    """An HTML tag, or an .html/.xml/.svg file name outside a web address."""
    return MARKUP.search(WEB_ADDRESS.sub("", string)) is not None


def _strings(module: cst.Module) -> list[str]:
    """The module's string literals (the parts of f-strings written out), docstrings left out."""
    out: list[str] = []
    stack: list[cst.CSTNode] = [module]
    while stack:
        node = stack.pop()
        if isinstance(node, cst.SimpleStatementLine) and _is_docstring(node):
            continue
        if isinstance(node, (cst.SimpleString, cst.FormattedStringText)):
            out.append(node.value)
        else:
            stack.extend(children(node))
    return out


def _is_docstring(line: cst.SimpleStatementLine) -> bool:
    return (
        len(line.body) == 1
        and isinstance(line.body[0], cst.Expr)
        and isinstance(line.body[0].value, (cst.SimpleString, cst.ConcatenatedString))
    )


def _text(ctx: Context) -> str:
    if "OUT101.text" not in ctx.memo:
        ctx.memo["OUT101.text"] = ctx.module.code
    return str(ctx.memo["OUT101.text"])


def _with_autoescape(call: cst.Call) -> cst.Call:
    """The call with `autoescape=True` appended, keeping the layout of multi-line calls."""
    new = cst.Arg(
        value=cst.Name("True"),
        keyword=cst.Name("autoescape"),
        equal=cst.AssignEqual(whitespace_before=cst.SimpleWhitespace(""), whitespace_after=cst.SimpleWhitespace("")),
    )
    args = list(call.args)
    if not args:
        return call.with_changes(args=[new])
    last = args[-1]
    multiline = isinstance(last.whitespace_after_arg, cst.ParenthesizedWhitespace)
    if not isinstance(last.comma, cst.Comma) and not multiline:
        return call.with_changes(args=[*args, new])
    # the new argument goes on its own line like the others: it takes the last argument's trailing comma
    # (or its line break before the parenthesis); the old last one gets the separator used between them
    if len(args) > 1 and isinstance(args[-2].comma, cst.Comma):
        separator = args[-2].comma
    elif isinstance(call.whitespace_before_args, cst.ParenthesizedWhitespace):
        separator = cst.Comma(whitespace_after=call.whitespace_before_args)
    else:
        separator = cst.Comma(whitespace_after=cst.SimpleWhitespace(" "))
    old_last = last.with_changes(comma=separator, whitespace_after_arg=cst.SimpleWhitespace(""))
    new_last = new.with_changes(comma=last.comma, whitespace_after_arg=last.whitespace_after_arg)
    return call.with_changes(args=[*args[:-1], old_last, new_last])


def _assigns(node: cst.Assign, name: str) -> bool:
    return any(isinstance(t.target, cst.Name) and t.target.value == name for t in node.targets)
