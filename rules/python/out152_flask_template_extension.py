"""Flask templates whose file name leaves Jinja2 autoescaping off."""

import libcst as cst
from guidelint.cst import Context, Rule, RuleMeta, arg, has_star_args, string_text

# Flask's select_jinja_autoescape(): autoescaping is on only for templates with these extensions
ESCAPED = (".html", ".htm", ".xml", ".xhtml", ".svg")
RENDERERS = ("flask.render_template", "flask.templating.render_template", "flask.stream_template")


class FlaskTemplateExtension(Rule):
    meta = RuleMeta.of(
        id="OUT152",
        clause="SG-6.1",
        title="Flask template rendered without autoescaping because of its file name",
        severity="medium",
        confidence="medium",
        cwe=[79, 116],
        owasp="A03:2021-Injection",
        message="{name}() renders '{template}' with values, but Flask escapes only .html, .htm, .xml, .xhtml "
        "and .svg templates",
        rationale=(
            "Flask switches Jinja2 autoescaping on by the template's file name. A template called .txt, "
            ".jinja2, .j2, .tpl or without an extension is rendered without escaping, yet a view returning it "
            "is served as text/html: a value carrying markup then runs as script in the browser of the staff "
            "member viewing the page, with access to clients' confidential and insider information."
        ),
        remediation=(
            "Give templates that produce HTML an .html name (page.html, not page.jinja2 or page.html.j2), "
            "or wrap the template in {% autoescape true %}; for plain-text output (mail bodies) return it "
            "with mimetype='text/plain'."
        ),
        references=(
            "https://flask.palletsprojects.com/en/stable/templating/#jinja-setup",
            "https://jinja.palletsprojects.com/en/stable/api/#autoescaping",
        ),
    )
    calls = RENDERERS

    def check_call(self, call: cst.Call, name: str, ctx: Context) -> None:
        found = arg(call, "template_name_or_list", 0)
        if found is None:
            return
        values = [a for a in call.args if a.keyword is not None or a.star == "**"]
        positional = [a for a in call.args if a.keyword is None and not a.star]
        if not values and len(positional) < 2:
            return  # nothing rendered into the template
        suffix = _name_end(found.value)
        if suffix is None or suffix.lower().endswith(ESCAPED):
            return
        if has_star_args(call) and not values:
            return
        shown = string_text(found.value) or f"...{suffix}"
        ctx.report(call, self.meta.message.format(name=name.rsplit(".", 1)[-1], template=shown))

    flagged = """
        from flask import Flask, render_template, request

        app = Flask(__name__)

        @app.route("/statement")
        def statement():
            return render_template("statement.jinja2", client=request.args["client"])  # expect

        @app.route("/export/<kind>")
        def export(kind):
            rows = load_rows(kind)
            return render_template(kind + ".txt", rows=rows)  # expect

        @app.route("/notice")
        def notice():
            return render_template("notice.html.j2", text=request.args.get("text"))  # expect
    """
    safe = """
        from flask import Flask, render_template, request

        app = Flask(__name__)

        @app.route("/statement")
        def statement():
            return render_template("statement.html", client=request.args["client"])

        @app.route("/export/<kind>")
        def export(kind):
            return render_template(f"exports/{kind}.html", rows=load_rows(kind))

        @app.route("/robots.txt")
        def robots():
            return render_template("robots.txt")

        def feed(template, context):
            return render_template(template, **context)
    """


def _name_end(expr: cst.BaseExpression) -> str | None:
    """The literal end of a template name: the whole literal, the last literal part of `a + ".txt"`, of an
    f-string, of `"%s.txt" % x` or `"{}.txt".format(x)`; None when the end is not written in the code."""
    text = string_text(expr)
    if text is not None:
        return text
    end: str | None = None
    if isinstance(expr, cst.BinaryOperation) and isinstance(expr.operator, cst.Add):
        end = _name_end(expr.right)
    elif isinstance(expr, cst.FormattedString) and expr.parts:
        last = expr.parts[-1]
        end = last.value if isinstance(last, cst.FormattedStringText) else None
    elif isinstance(expr, cst.BinaryOperation) and isinstance(expr.operator, cst.Modulo):
        template = string_text(expr.left)
        end = template.rsplit("%s", 1)[-1] if template is not None and "%s" in template else None
    elif isinstance(expr, cst.Call) and isinstance(expr.func, cst.Attribute) and expr.func.attr.value == "format":
        template = string_text(expr.func.value)
        end = template.rsplit("}", 1)[-1] if template is not None else None
    return end or None  # "" : the name ends in a value, which may bring its own extension
