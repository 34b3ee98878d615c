"""Values marked as safe HTML without being constants or escaped."""

import libcst as cst
from guidelint.cst import (
    NOT_CONSTANT,
    Context,
    Rule,
    RuleMeta,
    Shape,
    arg,
    assigned_value,
    assignments,
    bound_otherwise,
    dotted,
    fixed_values,
    iter_nodes,
    module_constant,
    numeric,
    string_parts,
    string_text,
    table_entry,
)
from guidelint.cst.strings import returned
from guidelint.cst.web import translated_literal

FORMAT_HTML = "django.utils.html.format_html"
SAFE_CLASSES = frozenset(
    {
        "django.utils.safestring.SafeString",
        "django.utils.safestring.SafeText",
        "django.utils.safestring.SafeData",
        "markupsafe.Markup",
        "flask.Markup",
    }
)

# Calls whose result is escaped or sanitised HTML (matched on the last part of the callee's name).
ESCAPING = {
    "escape",
    "conditional_escape",
    "format_html",
    "format_html_join",
    "escapejs",
    "json_script",
    "linebreaks",
    "urlize",
    "clean",  # bleach.clean, nh3.clean
    "sanitize",
    "render_to_string",
    "render",
    "render_annotated",  # a Django template node's render(), with the template's position for errors
    "mark_safe",
    "Markup",
    # Django's forms and error lists rendered through their templates (form.as_p(), field.errors.as_ul())
    "as_p",
    "as_ul",
    "as_table",
    "as_div",
}

# a number written for the user's locale (Django's number_format, localize and humanize's intcomma, Babel's
# format_decimal): its digits and the locale's separators, when what it is given is a number
LOCALE_NUMBERS = frozenset({"str", "number_format", "localize", "intcomma", "floatformat", "format_decimal"})

# list methods that put items into the list they are called on
ADDING = frozenset({"append", "extend", "insert"})

# methods that only cut characters off the ends of a text: what is left of safe HTML is safe (at worst an
# entity loses its `;`)
TRIMMING = frozenset({"strip", "lstrip", "rstrip"})


class MarkSafe(Rule):
    meta = RuleMeta.of(
        id="OUT102",
        clause="SG-6.1",
        title="Unescaped value marked as safe HTML",
        severity="medium",
        confidence="medium",
        cwe=[79],
        owasp="A03:2021-Injection",
        message="{name}() marks a value that is not a constant as safe HTML, so templates stop escaping it",
        rationale=(
            "mark_safe, Markup and subclasses of SafeString/SafeData tell the template engine that a string "
            "is already HTML, so autoescaping skips it; format_html escapes only the values passed as its "
            "arguments, not those formatted into its format string beforehand. If any part of the string "
            "comes from a user, a client record or another system, it can carry script that runs in the "
            "browser of the staff member viewing it and reads the clients' confidential and insider "
            "information their session can reach."
        ),
        remediation=(
            "Build HTML with format_html('<b>{}</b>', value) (Django) or Markup('<b>{}</b>').format(value) "
            "/ markupsafe.escape(value) (Flask, Jinja2), which escape the inserted values; call mark_safe "
            "or Markup only on constants or on the output of an HTML sanitiser, keep format_html's format "
            "string a literal, and do not subclass SafeString or SafeData."
        ),
        references=(
            "https://docs.djangoproject.com/en/stable/ref/utils/#django.utils.safestring.mark_safe",
            "https://markupsafe.palletsprojects.com/en/stable/escaping/",
        ),
    )
    calls = (
        "django.utils.safestring.mark_safe",
        "markupsafe.Markup",
        "flask.Markup",
        "jinja2.Markup",
        "jinja2.utils.Markup",
        FORMAT_HTML,
    )
    nodes = (cst.ClassDef,)
    needles = ("mark_safe", "Markup", "format_html", "SafeString", "SafeText", "SafeData")
    shape = Shape(calls=calls, names=tuple(sorted(SAFE_CLASSES)))  # a value other than a constant; a safe base class

    def check_node(self, node: cst.CSTNode, ctx: Context) -> None:
        """class Snippet(SafeString): every instance is trusted as HTML, whatever text it is made from."""
        if not isinstance(node, cst.ClassDef):
            return
        for base in node.bases:
            name = ctx.qualname(base.value) if isinstance(base.value, (cst.Name, cst.Attribute)) else None
            if name in SAFE_CLASSES:
                short = name.rsplit(".", 1)[-1]
                ctx.report(
                    node,
                    f"class {node.name.value}({short}) marks every instance as safe HTML, so "
                    "templates stop escaping whatever text it holds",
                )
                return

    def check_call(self, call: cst.Call, name: str, ctx: Context) -> None:
        if name == FORMAT_HTML:
            self._check_format_html(call, ctx)
            return
        value = arg(call, "s", 0) or arg(call, "base", 0) or arg(call, "object", 0)
        if value is None or _safe_html(value.value, ctx, call):
            return
        ctx.report(call, self.meta.message.format(name=name.rsplit(".", 1)[-1]))

    def _check_format_html(self, call: cst.Call, ctx: Context) -> None:
        """format_html(f"<b>{name}</b>"): the values are formatted in before format_html can escape them."""
        found = arg(call, "format_string", 0)
        if found is None:
            return
        template = found.value
        if isinstance(template, cst.Name):
            template = assigned_value(ctx, template.value, call) or template
        if string_parts(template) is None or _safe_html(template, ctx, call):
            return
        ctx.report(
            call,
            "format_html() is given a format string that already has values formatted into it: "
            "they are not escaped; pass them as arguments",
        )

    flagged = """
        from django.utils.safestring import mark_safe
        from markupsafe import Markup

        def client_badge(client):
            return mark_safe(f"<span class='badge'>{client.name}</span>")  # expect

        def comment_html(request):
            text = request.POST["comment"]
            return Markup("<p>" + text + "</p>")  # expect

        def profile(user):
            import flask
            bio = user.bio
            return flask.Markup(bio)  # expect

        def signature(user):
            from django.utils.html import format_html
            line = format_html(f"<em>{user.title}</em> {{}}", user.name)  # expect
            sql_like = "<b>%s</b>" % user.nickname
            return line, format_html(sql_like)  # expect

        def greeting(user):
            from django.utils.html import format_html
            return format_html("<b>{}</b>".format(user.name))  # expect: formatted before format_html sees it

        from django.utils.safestring import SafeString

        class TrustedSnippet(SafeString):  # expect
            pass

        from django.utils.html import conditional_escape

        def highlight(text, term):
            esc = conditional_escape
            text = esc(text)
            return mark_safe(text.replace("*", "<mark>%s</mark>" % term))  # expect: the term put in unescaped

        def initials(text, loud):
            esc = str.upper if loud else conditional_escape
            return mark_safe("<b>%s</b>" % esc(text[:1]))  # expect: upper() escapes nothing

        def described(text):
            from django.utils.html import urlize
            linked = urlize(text, autoescape=False)
            return mark_safe(linked.replace("\\n", "<br>"))  # expect: urlize escapes nothing unless told to

        NOTES = {"open": "<i>open</i>"}

        def status_note(status, request):
            return mark_safe(NOTES.get(status, request.GET["note"]))  # expect  (the default is the client's)

        from django import forms

        class Amount(forms.TextInput):
            def format_value(self, value):
                return mark_safe("<b>%s</b>" % super().format_value(value))  # expect: the value's own text

        from django.utils.translation import gettext as _

        def caption(photo):
            return mark_safe("<em>%s</em>" % _(photo.caption))  # expect: the translation of whatever it holds

        from django.utils.formats import number_format

        def quantity(row, label):
            shown = number_format(row.quantity)  # the field's value, whatever it holds
            count = len(row.items)
            if label:
                count = label  # rebound to text on one path
            bold = mark_safe("<b>%s</b>" % shown)  # expect
            return bold, mark_safe("<i>%s</i>" % count)  # expect

        def note(order):
            return mark_safe(order.note.strip())  # expect: the note's text, trimmed

        def tags_left(tags, hidden):
            return mark_safe("<p>%s</p>" % (tags - hidden))  # expect: a set of the tags, not a number

        class Figure(forms.Widget):
            def render(self, name, value, attrs=None, renderer=None):
                html = super().render(name, value, attrs, renderer)
                return mark_safe(self.framed(html, value))  # expect: the value goes in as it is

            def framed(self, html, caption):
                return "<figure>%s<figcaption>%s</figcaption></figure>" % (html, caption)

        def attendees(people):
            rows = []
            for person in people:
                rows.append(f"<li>{person.name}</li>")
            return mark_safe("<ul>%s</ul>" % "".join(rows))  # expect: the list started empty, then got names
    """
    safe = """
        from django.utils.html import escape, format_html, format_html_join
        from django.utils.safestring import mark_safe
        from markupsafe import Markup
        import markupsafe

        ICON = "<i class='icon-lock'></i>"

        def client_badge(client):
            label = format_html("<span class='badge'>{}</span>", client.name)
            rows = format_html_join("\\n", "<li>{}</li>", ((c,) for c in client.contacts))
            return mark_safe(ICON), mark_safe("<br>"), label, rows

        STATES = {"open": "<i class='icon-open'></i>", "closed": "<i class='icon-closed'></i>"}

        def state_icon(state):
            return mark_safe(STATES.get(state, ""))  # one of the module's own snippets

        def status_badge(status):
            return mark_safe(STATES.get(status, STATES["open"]))  # the default is one of them too

        class Legend:
            ICON = "<i class='icon-legend'></i>"

            def icon(self):
                return mark_safe(self.ICON)

        def comment_html(request):
            text = escape(request.POST["comment"])
            items = "".join(escape(t) for t in request.tags)
            return mark_safe(f"<p>{text}</p>"), mark_safe("<ul>" + items + "</ul>")

        def profile(user):
            bio = Markup.escape(user.bio)
            return Markup("<p>{}</p>").format(user.name), markupsafe.escape(user.bio), Markup(bio)

        BADGE = "<span class='{}'>{}</span>"
        TITLE = "Signature"

        def signature(user, css):
            line = format_html("<em>{}</em> {}", user.title, user.name)
            badge = format_html(BADGE, css, user.name)
            wrapped = format_html("<div>" + "{}" + "</div>", line)
            titled = format_html(f"<h2>{TITLE}</h2><p>{{}}</p>", user.name)  # a module constant formatted in
            return line, badge, wrapped, titled

        class Snippet(str):
            pass

        from django import template
        from django.utils.html import conditional_escape

        register = template.Library()

        @register.filter(needs_autoescape=True)
        def initials(text, autoescape=True):
            if autoescape:
                esc = conditional_escape
            else:
                esc = lambda x: x  # the template turned autoescaping off
            return mark_safe("<strong>%s</strong>%s" % (esc(text[:1]), esc(text[1:])))

        @register.filter(needs_autoescape=True)
        def linked(text, autoescape=True):
            from django.utils.html import urlize
            return mark_safe(urlize(text, nofollow=True, autoescape=autoescape))

        @register.filter(needs_autoescape=True)
        def highlight(text, term, autoescape=True):
            esc = conditional_escape if autoescape else (lambda x: x)
            text = esc(text)
            return mark_safe(text.replace(esc(term), "<mark>%s</mark>" % esc(term)))

        from django import forms

        class Choices(forms.CheckboxSelectMultiple):
            def render(self, *args, **kwargs):
                rendered = super().render(*args, **kwargs)  # the widget's template, with escaping on
                return mark_safe("<span class='choices'>%s</span>" % rendered)

        from django.utils.translation import gettext_lazy, pgettext

        def labels(form):
            beta = mark_safe(gettext_lazy("Check-in") + ' <span class="label">beta</span>')
            optional = mark_safe("<small>{}</small>".format(pgettext("form", "Optional")))
            return beta, optional, mark_safe("<div>%s</div>" % form.errors.as_ul())

        from django.contrib.humanize.templatetags.humanize import intcomma
        from django.utils.formats import number_format

        def tally(order, seats):
            free = seats - len(order.taken)  # arithmetic with a number: a number
            shares = round(order.total / 3, 2)
            rank = int(order.rank)
            badge = mark_safe("<sup>%s</sup>" % (rank + 1))
            used = mark_safe(f"<b>{order.lines.count()}</b> / {intcomma(seats - 1)}")
            return badge, used, mark_safe(number_format("%d" % shares, 0)), mark_safe("<i>{}</i>".format(free))

        from django.template.loader import get_template

        def buttons(order, request):
            html = get_template("orders/buttons.html").render({"order": order}, request=request)
            return mark_safe(html.strip()), mark_safe(format_html("<b>{}</b>", order.code).rstrip())

        class Parts(forms.MultiWidget):
            def render(self, name, value, attrs=None, renderer=None):
                rendered = super().render(name, value, attrs, renderer)
                return mark_safe(self.grouped(rendered))  # the class's own markup around the widgets' HTML

            def grouped(self, widgets):
                return '<div class="parts">%s</div>' % "".join(widgets)

        def attendees(people):
            rows = []
            for person in people:
                rows.append(format_html("<li>{}</li>", person.name))
            return mark_safe("<ul>%s</ul>" % "".join(rows))

        def render_nodes(nodelist, context):
            rendered = []
            for node in nodelist:  # a template's nodes, each rendered with autoescaping
                rendered.append(node.render_annotated(context))
            return mark_safe("".join(rendered))
    """


def _safe_html(expr: cst.BaseExpression, ctx: Context, anchor: cst.CSTNode, depth: int = 0) -> bool:
    """Constants, entries of a constant table, escaped or sanitised values, and strings built only from
    those."""
    if module_constant(ctx, expr) is not NOT_CONSTANT or _safe_shape(expr, ctx, anchor, depth):
        return True
    # last, as it may run the module's dataflow: one of a few constants the code fixes
    # (BADGES.get(state, BADGES["pending"]), self.ICON)
    return isinstance(expr, (cst.Name, cst.Attribute, cst.Subscript, cst.Call)) and fixed_values(expr, ctx) is not None


def _safe_shape(expr: cst.BaseExpression, ctx: Context, anchor: cst.CSTNode, depth: int) -> bool:
    """Escaped or sanitised values, strings built only from safe parts, the module's own snippets."""
    if depth > 4:
        return False
    if numeric(expr, ctx):
        return True  # "%d" % n, len(items), n + 1: digits, no markup
    if isinstance(expr, cst.Call):
        name = (ctx.qualname(expr.func) or dotted(expr.func) or "").rsplit(".", 1)[-1]
        if name in LOCALE_NUMBERS and expr.args and not expr.args[0].star and numeric(expr.args[0].value, ctx):
            return True
        if not name and isinstance(expr.func, cst.Attribute):
            name = expr.func.attr.value  # super().render(...), self.get_form().render(): the method's name
        if name in ESCAPING and _autoescaped(expr, name, ctx):
            return True
        if translated_literal(expr, ctx):
            return True  # _("Read <a href='/terms'>the terms</a>"): the application's own text, translated
        if isinstance(expr.func, cst.Name) and _escaper(expr.func.value, ctx):
            return True
        if _wrapping_method(expr, ctx, anchor, depth):
            return True  # self.format_output(rendered): the class's own markup around safe HTML
        if isinstance(expr.func, cst.Attribute) and expr.func.attr.value in TRIMMING:
            return _safe_html(expr.func.value, ctx, anchor, depth + 1)  # template.render(ctx).strip()
        if isinstance(expr.func, cst.Attribute) and expr.func.attr.value == "replace" and len(expr.args) >= 2:
            # value.replace(term, f"<mark>{term}</mark>") of escaped text: what is put in is safe too
            inserted = expr.args[1].value
            return _safe_html(expr.func.value, ctx, anchor, depth + 1) and _safe_html(inserted, ctx, anchor, depth + 1)
        if name == "map" and expr.args:  # map(conditional_escape, values)
            mapped = expr.args[0].value
            return (ctx.qualname(mapped) or dotted(mapped) or "").rsplit(".", 1)[-1] in ESCAPING
        if isinstance(expr.func, cst.Attribute) and expr.func.attr.value == "join" and expr.args:
            joined = expr.args[0].value
            if isinstance(joined, (cst.GeneratorExp, cst.ListComp)):
                joined = joined.elt
            return _safe_html(expr.func.value, ctx, anchor, depth + 1) and _safe_html(joined, ctx, anchor, depth + 1)
    if isinstance(expr, (cst.GeneratorExp, cst.ListComp, cst.SetComp)):
        return _safe_html(expr.elt, ctx, anchor, depth + 1)
    if isinstance(expr, cst.DictComp):
        return _safe_html(expr.value, ctx, anchor, depth + 1)
    if isinstance(expr, cst.IfExp):
        return _safe_html(expr.body, ctx, anchor, depth + 1) and _safe_html(expr.orelse, ctx, anchor, depth + 1)
    pieces = string_parts(expr)
    if pieces is not None:
        return all(_safe_html(p, ctx, anchor, depth + 1) for p in pieces)
    if isinstance(expr, cst.Name):
        value = assigned_value(ctx, expr.value, anchor)
        added = _added(expr.value, ctx)
        if value is not None and all(_safe_html(v, ctx, anchor, depth + 1) for v in (value, *added)):
            return True  # output = [] then output.append(widget.render(...)): each item put in is safe
    return table_entry(ctx, expr)  # ICONS.get(state, ""): one of the module's own snippets


def _wrapping_method(call: cst.Call, ctx: Context, anchor: cst.CSTNode, depth: int) -> bool:
    """`self.format_output(html)`: a plain method of the enclosing class every return of which is markup
    written in it around its parameters (`'<div>%s</div>' % "".join(parts)`), each parameter it puts in
    given safe HTML by the call."""
    func = call.func
    if not (isinstance(func, cst.Attribute) and dotted(func.value) == "self") or any(a.star for a in call.args):
        return False
    owner = next((a for a in reversed(ctx.ancestors) if isinstance(a, cst.ClassDef)), None)
    body = owner.body.body if owner is not None and isinstance(owner.body, cst.IndentedBlock) else ()
    method = next((m for m in body if isinstance(m, cst.FunctionDef) and m.name.value == func.attr.value), None)
    if method is None or method.decorators or not method.params.params:
        return False
    names = [p.name.value for p in method.params.params[1:]]
    given = {names[i]: a.value for i, a in enumerate(call.args) if a.keyword is None and i < len(names)}
    given.update({a.keyword.value: a.value for a in call.args if a.keyword is not None})
    values = returned(method)
    return bool(values) and all(v is not None and _around(v, given, ctx, anchor, depth) for v in values)


def _around(
    expr: cst.BaseExpression, given: dict[str, cst.BaseExpression], ctx: Context, anchor: cst.CSTNode, depth: int
) -> bool:
    """Literal text formatted with parameters (or `sep.join(parameter)`), each given safe HTML."""
    parts = string_parts(expr)
    if parts is None:
        return False
    for part in parts:
        if string_text(part) is not None:
            continue
        if isinstance(part, cst.Call) and isinstance(part.func, cst.Attribute) and part.func.attr.value == "join":
            if string_text(part.func.value) is None or len(part.args) != 1:
                return False
            part = part.args[0].value
        if not (
            isinstance(part, cst.Name) and part.value in given and _safe_html(given[part.value], ctx, anchor, depth + 1)
        ):
            return False
    return True


def _added(name: str, ctx: Context) -> list[cst.BaseExpression]:
    """What the function (or the module) puts into the list `name` (`name.append(x)`, `.insert(i, x)`,
    `.extend(xs)`: each of xs), worked out once per scope."""
    scope = ctx.function or ctx.module
    key = ("OUT102.added", id(scope))
    found = ctx.memo.get(key)
    if found is None:
        found = ctx.memo[key] = {}
        for call in iter_nodes(scope, cst.Call):
            func = call.func
            if isinstance(func, cst.Attribute) and isinstance(func.value, cst.Name) and func.attr.value in ADDING:
                last = call.args[-1] if call.args else None
                # a sequence given to extend() is judged as a whole, as join() judges what it joins
                given = call if last is None or last.star else last.value
                found.setdefault(func.value.value, []).append(given)
    assert isinstance(found, dict)
    return list(found.get(name, ()))


def _escaper(name: str, ctx: Context) -> bool:
    """A local function the code binds only to an escaping function, or to the identity where the template
    turned autoescaping off: Django's `needs_autoescape` filter, `esc = conditional_escape if autoescape else
    (lambda x: x)` (or the same in an if statement)."""
    bound = assignments(ctx, name)
    function = ctx.function
    params = () if function is None else (*function.params.params, *function.params.kwonly_params)
    if not bound or any(p.name.value == name for p in params) or name in bound_otherwise(ctx, function or ctx.module):
        return False
    values: list[cst.BaseExpression] = []
    for binding in bound:
        if binding.value is None:
            return False
        values += (
            [binding.value.body, binding.value.orelse] if isinstance(binding.value, cst.IfExp) else [binding.value]
        )
    return all(_escaping_or_identity(v, ctx) for v in values)


def _escaping_or_identity(value: cst.BaseExpression, ctx: Context) -> bool:
    if isinstance(value, cst.Lambda):
        params = value.params.params
        return len(params) == 1 and isinstance(value.body, cst.Name) and value.body.value == params[0].name.value
    return isinstance(value, (cst.Name, cst.Attribute)) and (
        (ctx.qualname(value) or dotted(value) or "").rsplit(".", 1)[-1] in ESCAPING
    )


# django.utils.html's urlize(text, trim_url_limit, nofollow, autoescape=False) and linebreaks(value, autoescape=False)
# escape the text only when told to (the template filters of the same names escape unless told not to)
AUTOESCAPE_AT = {"urlize": 3, "linebreaks": 1}


def _autoescaped(call: cst.Call, name: str, ctx: Context) -> bool:
    if name not in AUTOESCAPE_AT:
        return True
    utils = (ctx.qualname(call.func) or "").startswith("django.utils.html.")
    given = arg(call, "autoescape", AUTOESCAPE_AT[name] if utils else None)
    if given is None:
        return not utils
    return not (isinstance(given.value, cst.Name) and given.value.value == "False")
