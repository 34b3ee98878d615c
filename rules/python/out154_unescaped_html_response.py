"""HTML markup assembled from values that are not escaped, in code that answers web requests."""

import re

import libcst as cst
from guidelint.cst import (
    NOT_CONSTANT,
    Context,
    Rule,
    RuleMeta,
    Shape,
    assignments,
    bound_otherwise,
    constant_value,
    decorator_names,
    dotted,
    imports_module,
    module_constant,
    parameter,
    string_parts,
    string_text,
)
from guidelint.cst.web import NUMBER_CALLS, names_a_number, text_before, translated_literal
from guidelint.semantic.markup import in_element_content

HTML_TAG = re.compile(r"<\s*/?\s*[a-zA-Z][\w-]*[\s>/]")
WEB_FRAMEWORKS = (
    "flask",
    "quart",
    "sanic",
    "django",
    "falcon",
    "fastapi",
    "starlette",
    "tornado",
    "pyramid",
    "bottle",
    "aiohttp",
    "cherrypy",
)
ROUTE_DECORATORS = (".route", ".get", ".post", ".put", ".patch", ".delete", ".api_route", "view_config", ".expose")
RESPONDERS = re.compile(r"^on_(get|post|put|patch|delete)(_\w+)?$")  # Falcon resources
# calls whose result is safe to put in HTML: escaping, numbers, lengths, and template rendering
SAFE_CALLS = (
    "escape",
    "conditional_escape",
    "xhtml_escape",
    "quote",
    "quote_plus",
    "urlencode",
    "clean",
    *NUMBER_CALLS,
    "format_html",
    "render_template",
    "render",
    "url_for",
    "reverse",
    "json.dumps",
    "dumps",
    "isoformat",
    "count",
)
# calls whose result is a number, a date or time, a duration or a UUID: printed, none holds a "<" or a "&"
TYPED_CALLS = frozenset(
    {
        "datetime.datetime",
        "datetime.datetime.now",
        "datetime.datetime.utcnow",
        "datetime.datetime.today",
        "datetime.datetime.fromtimestamp",
        "datetime.datetime.utcfromtimestamp",
        "datetime.datetime.fromisoformat",
        "datetime.datetime.strptime",
        "datetime.datetime.combine",
        "datetime.date",
        "datetime.date.today",
        "datetime.date.fromtimestamp",
        "datetime.date.fromisoformat",
        "datetime.time",
        "datetime.timedelta",
        "django.utils.timezone.now",
        "django.utils.timezone.localtime",
        "django.utils.timezone.localdate",
        "time.time",
        "time.time_ns",
        "time.monotonic",
        "time.perf_counter",
        "time.process_time",
        "uuid.uuid1",
        "uuid.uuid3",
        "uuid.uuid4",
        "uuid.uuid5",
        "uuid.UUID",
        "decimal.Decimal",
        "fractions.Fraction",
        "math.floor",
        "math.ceil",
        "math.trunc",
        "math.sqrt",
        *NUMBER_CALLS,
    }
)
# methods of such a value that give a value of the same kinds (now.date(), elapsed.total_seconds())
TYPED_METHODS = frozenset(
    {
        "date",
        "time",
        "timetz",
        "replace",
        "astimezone",
        "timestamp",
        "toordinal",
        "weekday",
        "isoweekday",
        "total_seconds",
        "quantize",
        "normalize",
    }
)


class UnescapedHtmlResponse(Rule):
    meta = RuleMeta.of(
        id="OUT154",
        clause="SG-6.1",
        title="HTML built from unescaped values in a web handler",
        severity="medium",
        confidence="medium",
        cwe=[79, 116],
        owasp="A03:2021-Injection",
        message="HTML markup is built from {value} without escaping it; the page renders it as markup",
        rationale=(
            "A handler that pastes values into HTML by string formatting sends them as markup. Whatever "
            "reached those values - a form field stored last week, a client's company name, a file name - "
            "runs as script in the browser of every member of staff who opens the page, with their session. "
            "Stored cross-site scripting needs no malicious link: the data itself is the attack."
        ),
        remediation=(
            "Render with a template engine that autoescapes (render_template, Django templates), build "
            "fragments with format_html / Markup(...).format(...), or escape each value "
            "(html.escape(value), markupsafe.escape(value)) where it is inserted."
        ),
        references=("https://cheatsheetseries.owasp.org/cheatsheets/Cross_Site_Scripting_Prevention_Cheat_Sheet.html",),
    )
    nodes = (cst.FormattedString, cst.BinaryOperation, cst.Call)
    needles = (re.compile(r"""["'][^"'\n]*<\s*/?\s*[a-zA-Z]"""),)
    shape = Shape(markup="<")  # reported only where a string is built from literal text with a tag

    def check_node(self, node: cst.CSTNode, ctx: Context) -> None:
        if isinstance(node, cst.BinaryOperation) and isinstance(ctx.ancestors[-1], cst.BinaryOperation):
            return  # judged once, at the outermost concatenation
        if isinstance(node, cst.Call) and not (
            isinstance(node.func, cst.Attribute) and node.func.attr.value == "format"
        ):
            return
        if not isinstance(node, (cst.FormattedString, cst.BinaryOperation, cst.Call)):
            return
        literal, variables = _split(node)
        if not HTML_TAG.search(literal):
            return
        unsafe = [v for v in variables if not _safe(v, ctx)]
        if not unsafe or not _answers_requests(ctx):
            return
        # asked last (it analyses the module): a name, a call or an entry the dataflow proves a constant, or
        # input an escaper or a check made harmless ("".join(map(html.escape, names)), data["tier"] of a schema
        # whose field admits a few constants); an attribute it proves a constant (`line.nav` of a record's
        # default, `st.title` of a class attribute) or a field holding checked input (`ticket.qty` of
        # `Ticket(qty=int(x))`, a validated model's `qty: int`), not one of an object made of checked input (a
        # record loaded by a checked id holds what the database holds)
        unsafe = [v for v in unsafe if not _proven(v, ctx) and not _as_text(node, v, ctx)]
        if unsafe:
            ctx.report(node, self.meta.message.format(value=f"`{ctx.code(unsafe[0])}`"))

    flagged = """
        import falcon
        from flask import Flask

        app = Flask(__name__)

        @app.route("/reports/<int:report_id>")
        def show(report_id):
            report = load_report(report_id)
            return f"<h1>{report.title}</h1><p>{report.body}</p>"  # expect

        class ReportResource:
            def on_get(self, req, resp, report_id):
                report = load_report(report_id)
                resp.content_type = "text/html"
                resp.text = "<li>" + report.author + "</li>"  # expect

        @app.route("/client/<name>")
        def client(name):
            row = "<td>{}</td>".format(lookup(name).company)  # expect
            return row

        import cherrypy

        class Feedback:
            @cherrypy.expose
            def index(self):
                page = "<table>"
                for item in load_feedback():
                    page += f"<tr><td>{item[0]}</td></tr>"  # expect
                return page + "</table>"

        @app.route("/card")
        def card():
            user = load_user()
            shown = {"name": user.name, "team": escape(user.team)}
            return f"<h3>{shown['team']}</h3><p>{shown['name']}</p>"  # expect

        @app.route("/pairs")
        def pairs():
            cells = []
            for i, (label, note) in enumerate(load_pairs()):
                cells.append(f"<tr><td>{i}</td><td>{note}</td></tr>")  # expect: the count is a number, the note is not
            return "".join(cells)

        @app.route("/state")
        def state():
            item = load_item()
            return f"<p>{item.state}: {item.state == 'archived'}</p>"  # expect: the state is not a truth value

        import datetime
        from flask import request

        @app.route("/clock")
        def clock():
            fmt = request.args.get("fmt", "%H:%M")
            now = datetime.datetime.now()
            return f"<p>It is {now.strftime(fmt)}</p>"  # expect: the format's text is printed as the client wrote it

        @app.route("/echo")
        def echo():
            return "<p>You searched for %s</p>" % str(request.args["q"])  # expect: str() of text is the text

        from dataclasses import dataclass

        @dataclass
        class Ticket:
            investor: str
            qty: int

        @app.post("/tickets")
        def ticket():
            body = request.get_json()
            t = Ticket(investor=body["investor"], qty=int(body["qty"]))
            return f"<p>{t.qty} bonds for {t.investor}</p>"  # expect: the investor field holds the client's text

        @app.route("/doc/<int:doc_id>")
        def doc(doc_id):
            return f"<h1>{load_doc(int(doc_id)).title}</h1>"  # expect: a record of the database

        from django.utils.translation import gettext as _

        @app.route("/greeting")
        def greeting():
            return "<p>%s</p>" % _(load_user().greeting)  # expect: the translation of whatever it holds

        @app.route("/motto")
        def motto():
            _ = request.args.get  # the name translates nothing here
            return "<p>%s</p>" % _("motto")  # expect

        @app.route("/stamps")
        def stamps():
            stamp = datetime.datetime.now()
            rows = []
            for stamp in load_labels():  # the name now holds each label's text
                rows.append(f"<li>{stamp}</li>")  # expect
            return "".join(rows)

        from collections import Counter

        @app.route("/top-desks")
        def top_desks():
            desk, hits = Counter(request.args.getlist("desk")).most_common(1)[0]
            return f"<p>Most asked: {desk} ({hits})</p>"  # expect: the desk is the client's text
    """
    safe = """
        import html
        from flask import Flask, render_template
        from markupsafe import escape

        app = Flask(__name__)
        BANNER = "Disclosure desk"

        @app.route("/reports/<int:report_id>")
        def show(report_id):
            report = load_report(report_id)
            return f"<h1 id='r{report.id}'>{escape(report.title)}</h1><p>{html.escape(report.body)}</p>"

        @app.route("/list")
        def listing():
            names = load_names()
            escaped = html.escape(names[0])
            items = "".join(f"<li>{escape(n)}</li>" for n in names)
            return f"<h2>{escaped}</h2><ul>{items}</ul>"

        @app.route("/rows")
        def rows():
            cells = []
            for i, name in enumerate(load_names(), start=1):
                cells.append(f"<tr><td>{i}</td><td>{escape(name)}</td></tr>")  # the loop's count: a number
            return "<table>" + "".join(cells) + "</table>"

        @app.route("/tags")
        def tags():
            from flask import request

            tags = map(html.escape, request.args.getlist("tag"))  # each one escaped: the dataflow knows
            return "<ul><li>" + "</li><li>".join(tags) + "</li></ul>"

        @app.route("/count")
        def count():
            items = load_items()
            return f"<p>{len(items)} items</p><footer>{BANNER}</footer>"

        from django.utils.translation import gettext_lazy as _, ngettext

        @app.route("/help")
        def help_page():
            items = load_items()
            title = ngettext("One report", "%(n)d reports", len(items))  # the catalogue's text, not the data's
            return "<h2>{}</h2><a class='btn'>{}</a>".format(title, _("Disconnect"))

        @app.route("/flags")
        def flags():
            item = load_item()
            return f"<p>archived: {item.state == 'archived'}</p><p>shared: {not item.private}</p>"

        @app.route("/page")
        def page():
            return render_template("page.html", title=load_title())

        @app.route("/badge")
        def badge():
            user = load_user()
            clean = {"name": escape(user.name), "since": user.joined.isoformat()}
            return f"<h3>{clean['name']}</h3><small>{clean['since']}</small>"

        def email_body(user):
            return f"<p>Hello {user.name}</p>"

        from flask import request
        from marshmallow import Schema, fields, validate

        class TierSchema(Schema):
            tier = fields.Str(validate=validate.OneOf(["basic", "professional"]))

        @app.post("/classification")
        def classification():
            data = TierSchema().load(request.get_json())  # the field admits one of two constants
            return f"<div>Classified as {data['tier']}</div>"

        import datetime
        import time
        import uuid
        from decimal import Decimal

        @app.route("/clock")
        def clock():
            now = datetime.datetime.now()
            html = "<p>It is now %s</p>" % now
            return html + f"<p>{now.strftime('%H:%M')} on {datetime.date.today()}</p>"

        @app.route("/receipt")
        def receipt():
            started = time.time()
            ref = uuid.uuid4()
            fee = Decimal("2.50")
            took = time.time() - started
            return "<p>Reference {} ({}), fee {}, in {:.2f}s</p>".format(ref.hex, str(ref), fee, took)

        from dataclasses import dataclass

        @dataclass
        class Ticket:
            investor: str
            qty: int

        @app.post("/tickets")
        def ticket():
            body = request.get_json()
            t = Ticket(investor=escape(body["investor"]), qty=int(body["qty"]))  # each field checked
            return f"<p>{t.qty} bonds for {t.investor}</p>"

        from collections import Counter
        from flask import request

        @app.route("/top-desks")
        def top_desks():
            desk, hits = Counter(request.args.getlist("desk")).most_common(1)[0]
            rows = [f"<li>{escape(d)}: {n}</li>" for d, n in Counter(request.args.getlist("desk")).most_common(3)]
            return f"<p>Most asked: {escape(desk)} ({hits})</p><ul>{''.join(rows)}</ul>"  # the counts are numbers
    """


def _split(node: cst.CSTNode) -> tuple[str, list[cst.BaseExpression]]:
    """The literal text and the non-literal parts of a string being built (f-string, +, %, .format)."""
    if isinstance(node, cst.FormattedString):
        text = "".join(p.value for p in node.parts if isinstance(p, cst.FormattedStringText))
        return text, [p.expression for p in node.parts if isinstance(p, cst.FormattedStringExpression)]
    if isinstance(node, cst.ConcatenatedString):  # f"<li>{a}" f"</li>": adjacent pieces of one string
        left, right = _split(node.left), _split(node.right)
        if string_text(node.left) is not None:
            left = (string_text(node.left) or "", [])
        if string_text(node.right) is not None:
            right = (string_text(node.right) or "", [])
        return left[0] + right[0], left[1] + right[1]
    if isinstance(node, cst.Call) and isinstance(node.func, cst.Attribute):
        template = string_text(node.func.value)
        return (template, [a.value for a in node.args]) if template is not None else ("", [])
    if isinstance(node, cst.BinaryOperation) and isinstance(node.operator, (cst.Add, cst.Modulo)):
        texts: list[str] = []
        variables: list[cst.BaseExpression] = []
        for part in string_parts(node) or []:
            if (isinstance(part, cst.BinaryOperation) and isinstance(part.operator, cst.Add)) or isinstance(
                part, cst.FormattedString
            ):
                inner_text, inner_variables = _split(part)
                texts.append(inner_text)
                variables += inner_variables
            elif (literal := string_text(part)) is not None:
                texts.append(literal)
            else:
                variables.append(part)
        return "".join(texts), variables
    return "", []


def _markup(value: cst.BaseExpression) -> bool:
    """HTML built by formatting (judged by this rule where it is built), also "".join of such pieces."""
    if (
        isinstance(value, cst.Call)
        and isinstance(value.func, cst.Attribute)
        and value.func.attr.value == "join"
        and len(value.args) == 1
        and isinstance(value.args[0].value, (cst.GeneratorExp, cst.ListComp))
    ):
        return _markup(value.args[0].value.elt)
    return bool(HTML_TAG.search(_split(value)[0]))


def _proven(value: cst.BaseExpression, ctx: Context) -> bool:
    """The dataflow proves the value harmless in markup (see the call)."""
    if isinstance(value, (cst.Name, cst.Call, cst.Subscript)):
        return ctx.facts(value).trusted("html")
    facts = ctx.facts(value) if isinstance(value, cst.Attribute) else None
    return facts is not None and (facts.fixed or (facts.kept and facts.trusted("html")))


def _as_text(node: cst.CSTNode, value: cst.BaseExpression, ctx: Context) -> bool:
    """`"<p>" + text.replace("<", "&lt;")`: a value no tag opens in (the dataflow's html-text), in an element's
    content, where nothing but '<' starts markup."""
    before = text_before(node, value) if isinstance(node, cst.BaseExpression) else None
    if before is None or not in_element_content(before):
        return False
    taint = ctx.facts(value).taint  # cleared by that replace itself, not by a conversion that clears all
    return bool(taint) and all("html-text" in label.cleared for label in taint)


def _safe(value: cst.BaseExpression, ctx: Context, depth: int = 0) -> bool:
    """A constant, an escaped value, a number by its name (p.id, len_total), a truth value (a comparison,
    a `not`), or something built only from those (followed through local names)."""
    if depth > 4:
        return False
    if module_constant(ctx, value) is not NOT_CONSTANT:
        return True
    if isinstance(value, cst.Comparison) or (
        isinstance(value, cst.UnaryOperation) and isinstance(value.operator, cst.Not)
    ):
        return True  # {domain in KNOWN}, {not archived}: True or False, whatever was compared
    if isinstance(value, (cst.Name, cst.Attribute)):
        name = value.value if isinstance(value, cst.Name) else value.attr.value
        if names_a_number(name):
            return True
    if isinstance(value, cst.Name) and _counted(value.value, ctx):
        return True
    if isinstance(value, cst.Name):
        if _bound_otherwise(value.value, ctx):
            return False  # a loop or an unpacking also binds it: its assignments do not tell all it holds
        # markup built earlier (page += f"<tr>{x}</tr>") was judged where it was built: not again here
        values = [a.value for a in assignments(ctx, value.value) if a.value is not None]
        return bool(values) and all(_markup(v) or _safe(v, ctx, depth + 1) for v in values)
    if _typed(value, ctx):
        return True  # {now}, {uuid.uuid4()}, {elapsed.total_seconds()}: its text is digits, dashes, colons
    if isinstance(value, cst.Call):
        name = ctx.qualname(value.func) or dotted(value.func) or ""
        if isinstance(value.func, cst.Attribute) and value.func.attr.value == "strftime":
            # the format's own text is printed as it is: a constant format makes a date's text only
            return bool(value.args) and module_constant(ctx, value.args[0].value) is not NOT_CONSTANT
        if name == "str" and len(value.args) == 1:  # str(now): the text of what it is given
            return _safe(value.args[0].value, ctx, depth + 1)
        if name.rsplit(".", 1)[-1] in SAFE_CALLS or name in SAFE_CALLS or translated_literal(value, ctx):
            return True
        if isinstance(value.func, cst.Attribute) and value.func.attr.value == "join":  # "".join(safe parts)
            return bool(value.args) and all(_safe(a.value, ctx, depth + 1) for a in value.args)
        return False
    if isinstance(value, cst.Subscript) and isinstance(value.value, cst.Name):
        # clean["name"] where clean = {"name": escape(...), ...}: the entry that key selects
        index = value.slice[0].slice
        key = constant_value(index.value) if isinstance(index, cst.Index) else NOT_CONSTANT
        values = [a.value for a in assignments(ctx, value.value.value) if a.value is not None]
        entries = [_entry(v, key) for v in values]
        return bool(entries) and all(e is not None and _safe(e, ctx, depth + 1) for e in entries)
    if isinstance(value, (cst.GeneratorExp, cst.ListComp)):
        return _safe(value.elt, ctx, depth + 1)
    if isinstance(value, (cst.FormattedString, cst.BinaryOperation)):
        _, variables = _split(value)
        return all(_safe(v, ctx, depth + 1) for v in variables)
    return False


def _typed(value: cst.BaseExpression, ctx: Context, depth: int = 0) -> bool:
    """A number, a date or time, a duration or a UUID by how it was made: a call of TYPED_CALLS, a method of
    TYPED_METHODS or an attribute of such a value (now.year, ref.hex), arithmetic of them (time.time() - t0),
    or a local name only ever assigned one of those."""
    if depth > 4:
        return False
    if isinstance(value, (cst.Integer, cst.Float)):
        return True
    if isinstance(value, cst.Call):
        name = ctx.qualname(value.func) or dotted(value.func) or ""
        if name in TYPED_CALLS:
            return True
        func = value.func
        return (
            isinstance(func, cst.Attribute) and func.attr.value in TYPED_METHODS and _typed(func.value, ctx, depth + 1)
        )
    if isinstance(value, cst.Attribute):
        return _typed(value.value, ctx, depth + 1)
    if isinstance(value, cst.BinaryOperation) and isinstance(
        value.operator, (cst.Subtract, cst.Add, cst.Multiply, cst.Divide, cst.FloorDivide)
    ):
        return _typed(value.left, ctx, depth + 1) and _typed(value.right, ctx, depth + 1)
    if isinstance(value, cst.Name):
        if parameter(ctx.function, value.value) is not None or _bound_otherwise(value.value, ctx):
            return False  # (a parameter may hold any text)
        values = [a.value for a in assignments(ctx, value.value) if a.value is not None]
        return bool(values) and all(_typed(v, ctx, depth + 1) for v in values)
    return False


def _bound_otherwise(name: str, ctx: Context) -> bool:
    """Also bound by a loop, an unpacking, `with ... as` or `:=` in the function (else the module)."""
    return name in bound_otherwise(ctx, ctx.function or ctx.module)


def _counted(name: str, ctx: Context) -> bool:
    """The count of an enclosing `for i, item in enumerate(...)`: a number."""
    for node in ctx.ancestors:
        if (
            isinstance(node, cst.For)
            and isinstance(node.target, cst.Tuple)
            and node.target.elements
            and isinstance(node.target.elements[0].value, cst.Name)
            and node.target.elements[0].value.value == name
            and isinstance(node.iter, cst.Call)
            and dotted(node.iter.func) == "enumerate"
        ):
            return True
    return False


def _entry(value: cst.BaseExpression, key: object) -> cst.BaseExpression | None:
    """The value a constant key selects in a dict display, or None."""
    if not isinstance(value, cst.Dict) or key is NOT_CONSTANT:
        return None
    for element in value.elements:
        if isinstance(element, cst.DictElement) and constant_value(element.key) == key:
            return element.value
    return None


def _answers_requests(ctx: Context) -> bool:
    """Inside a web handler: a route-decorated function, a Falcon responder, or a Django-style view."""
    if not any(imports_module(ctx, framework) for framework in WEB_FRAMEWORKS):
        return False
    for function in reversed(ctx.functions):
        names = decorator_names(function, ctx)
        if any(name.endswith(ROUTE_DECORATORS) or name.rsplit(".", 1)[-1] in ROUTE_DECORATORS for name in names):
            return True
        if RESPONDERS.match(function.name.value):
            return True
        params = [p.name.value for p in function.params.params]
        if params[:1] == ["request"] or params[:2] == ["self", "request"]:
            return True
    return False
