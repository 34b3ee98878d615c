"""Templates written in Python strings that switch escaping off for a value (|safe, autoescape off, {{!x}})."""

import re

import libcst as cst
from guidelint.cst import Context, Rule, RuleMeta, imports_module

# {{ value|safe }} (Jinja2 and Django), {% autoescape false %} (Jinja2), {% autoescape off %} (Django)
UNESCAPED = re.compile(r"\{\{[^{}]*\|\s*safe\s*(\}\}|\|)|\{%-?\s*autoescape\s+(false|off)\s*-?%\}")
# the same in the template languages of other frameworks, which only mean it there
FRAMEWORK_UNESCAPED = {
    "bottle": re.compile(r"\{\{\s*![^{}]*\}\}"),  # SimpleTemplate: {{!value}}
    "tornado": re.compile(r"\{%\s*raw\s[^%]*%\}"),  # {% raw value %}
}


class TemplateEscapingOff(Rule):
    meta = RuleMeta.of(
        id="OUT155",
        clause="SG-6.1",
        title="Template in code switches escaping off",
        severity="medium",
        confidence="medium",
        cwe=[79],
        owasp="A03:2021-Injection",
        message="This template marks {what} as safe, so the value is inserted without escaping",
        rationale=(
            "Templates escape every value they insert unless told otherwise; the |safe filter and "
            "{% autoescape false/off %} tell them a value is already HTML. A comment, a client name or a "
            "note that reaches such a place carries its script into the page of every member of staff who "
            "opens it: stored cross-site scripting, with their session and their access to clients' "
            "confidential and insider information."
        ),
        remediation=(
            "Drop |safe and let the template escape the value; where HTML must be kept (rendered Markdown), "
            "sanitise it with an allow-list sanitiser such as nh3.clean or bleach.clean in Python and mark "
            "only that result safe there (Markup(nh3.clean(html))), not in the template."
        ),
        references=(
            "https://jinja.palletsprojects.com/en/stable/templates/#html-escaping",
            "https://docs.djangoproject.com/en/stable/ref/templates/builtins/#safe",
        ),
    )
    nodes = (cst.SimpleString,)
    needles = (re.compile(r"\|\s*safe\s*[}|]|autoescape\s+(false|off)|\{\{\s*!|\{%\s*raw\s"),)

    def check_node(self, node: cst.CSTNode, ctx: Context) -> None:
        if not isinstance(node, cst.SimpleString) or "{" not in node.value:
            return
        parent = ctx.ancestors[-1] if ctx.ancestors else None
        if isinstance(parent, cst.Expr):
            return  # a docstring or a bare string documents a template, it does not render one
        found = UNESCAPED.search(node.value)
        for framework, pattern in FRAMEWORK_UNESCAPED.items():
            if found is None and imports_module(ctx, framework):
                found = pattern.search(node.value)
        if found is None:
            return
        text = found.group(0)
        what = "a whole block" if "autoescape" in text else f"`{' '.join(text.split())}`"
        ctx.report(node, self.meta.message.format(what=what))

    flagged = """
        from flask import Flask, render_template_string, request
        from jinja2 import Template

        app = Flask(__name__)

        COMMENT = "<li>{{ comment.text|safe }}</li>"  # expect
        NOTE = Template("{% autoescape false %}{{ note }}{% endautoescape %}")  # expect

        @app.route("/preview")
        def preview():
            body = request.args.get("body", "")
            return render_template_string("<div>{{ body | safe }}</div>", body=body)  # expect

        import bottle

        @bottle.route("/posts")
        def posts():
            return bottle.template("<div>{{!post.content}}</div>", post=load_post())  # expect
    """
    safe = """
        from flask import Flask, render_template_string, request

        app = Flask(__name__)

        COMMENT = "<li>{{ comment.text }}</li>"
        STRICT = "{% autoescape true %}{{ note }}{% endautoescape %}"

        def help_text():
            \"\"\"Use {{ value|safe }} only for HTML you produced yourself.\"\"\"
            return "Write {{ name }} to insert a value; it is escaped."

        @app.route("/preview")
        def preview():
            return render_template_string("<div>{{ body }}</div>", body=request.args.get("body", ""))

        NOT_BOTTLE = "{{!this is not a bottle template here}}"
    """
