"""Web-framework knowledge shared by rules: settings modules and app.config, cookies, uploaded files, values
safe in a page."""

from __future__ import annotations

from collections.abc import Collection

import libcst as cst

from guidelint.cst import (
    Context,
    arg,
    assigned_value,
    constant_value,
    dotted,
    is_constant,
    is_settings_module,
    last_word,
    parameter,
    string_text,
)
from guidelint.cst.strings import NUMBERS, string_parts

UPLOAD_CONTAINERS = ("request.files", "request.FILES")
# what a value is called when it is a number: database ids and counts, harmless in markup
NUMBER_WORDS = frozenset({"id", "pk", "count", "total", "length", "size", "index", "idx"})
NUMBER_CALLS = (*sorted(NUMBERS), "bool")  # builtins whose result is a number (or a truth value)
# gettext and its Django, Flask-Babel and Jinja2 spellings (matched on the callee's last name): the message
# catalogue's translation of the message the code writes; the n- variants take a count after the messages
TRANSLATIONS = frozenset(
    {"_", "gettext", "ugettext", "gettext_lazy", "ugettext_lazy", "lazy_gettext", "pgettext", "pgettext_lazy"}
)
COUNTED_TRANSLATIONS = frozenset({"ngettext", "ungettext", "ngettext_lazy", "npgettext", "npgettext_lazy"})


def translated_literal(call: cst.Call, ctx: Context) -> bool:
    """`_("Disconnect")`, `pgettext("menu", "Open")`, `ngettext("one item", "%d items", n)`: the
    application's own text in the user's language, as the code's literal is (its catalogue ships with the
    code). Only when every message (and context) is a literal: `_(name)` translates whatever name holds;
    and not through a name the code binds other than by an import (`_ = request.args.get`)."""
    if isinstance(call.func, cst.Name) and ctx.qualname(call.func) is None and ctx.is_bound(call.func.value):
        return False
    name = (ctx.qualname(call.func) or dotted(call.func) or "").rsplit(".", 1)[-1]
    counted = name in COUNTED_TRANSLATIONS
    if not (name in TRANSLATIONS or counted) or any(a.star or a.keyword is not None for a in call.args):
        return False
    messages = call.args[:-1] if counted else call.args
    return bool(messages) and all(string_text(a.value) is not None for a in messages)


def is_app_config(expr: cst.BaseExpression) -> bool:
    """`<app>.config` (Flask and similar)."""
    return isinstance(expr, cst.Attribute) and expr.attr.value == "config"


def setting_key(
    target: cst.BaseExpression, ctx: Context, names: Collection[str], settings_module: bool = False
) -> str | None:
    """The setting an assignment target names, if it is one of `names`: a module-level NAME (only in a
    Django settings module when `settings_module`), or app.config["NAME"]."""
    if isinstance(target, cst.Name):
        if ctx.functions or ctx.classes or target.value not in names:
            return None
        return target.value if not settings_module or is_settings_module(ctx) else None
    if isinstance(target, cst.Subscript) and is_app_config(target.value) and len(target.slice) == 1:
        index = target.slice[0].slice
        if isinstance(index, cst.Index):
            key = string_text(index.value)
            return key if key in names else None
    return None


def config_pairs(call: cst.Call) -> list[tuple[str, cst.BaseExpression, cst.CSTNode]]:
    """(setting, value, node) of config.update(KEY=value) and config.update({"KEY": value}) calls."""
    pairs: list[tuple[str, cst.BaseExpression, cst.CSTNode]] = [
        (a.keyword.value, a.value, a) for a in call.args if a.keyword is not None
    ]
    mapping = arg(call, None, 0)
    if mapping is not None and isinstance(mapping.value, cst.Dict):
        for element in mapping.value.elements:
            if isinstance(element, cst.DictElement):
                key = string_text(element.key)
                if key is not None:
                    pairs.append((key, element.value, element))
    return pairs


def deletes_cookie(call: cst.Call) -> bool:
    """set_cookie(name, "", max_age=0) / expires=0: a cookie being removed, not set."""
    for keyword in ("max_age", "expires"):
        found = arg(call, keyword)
        if found is not None and is_constant(found.value) and constant_value(found.value) == 0:
            return True
    return False


def is_upload(expr: cst.BaseExpression, anchor: cst.CSTNode, ctx: Context) -> bool:
    """An uploaded file: request.files[...] / request.FILES.get(...) itself, or a name bound to one (as it
    stands at `anchor`), or a parameter annotated UploadFile (FastAPI)."""
    if isinstance(expr, cst.Name):
        param = parameter(ctx.function, expr.value)
        if param is not None and param.annotation is not None:
            return (dotted(param.annotation.annotation) or "").endswith("UploadFile")
        value = assigned_value(ctx, expr.value, anchor)
        return value is not None and is_upload(value, anchor, ctx)
    if isinstance(expr, cst.Subscript):
        return (dotted(expr.value) or "").endswith(UPLOAD_CONTAINERS)
    if isinstance(expr, cst.Call) and isinstance(expr.func, cst.Attribute) and expr.func.attr.value == "get":
        return (dotted(expr.func.value) or "").endswith(UPLOAD_CONTAINERS)
    return False


def names_a_number(identifier: str) -> bool:
    """report_id, userId, items.length (its last part): a name that says the value is a number."""
    return last_word(identifier.rsplit(".", 1)[-1]) in NUMBER_WORDS


def text_before(built: cst.BaseExpression, value: cst.BaseExpression) -> str | None:
    """The literal text a string being built (an f-string, `+`) has before one of its values (`\\0` for each
    value before it), or None when `value` is not one of its parts."""
    if isinstance(built, cst.FormattedString):
        parts: list[cst.BaseExpression | cst.BaseFormattedStringContent] = list(built.parts)
    elif isinstance(built, cst.BinaryOperation) and isinstance(built.operator, cst.Add):
        parts = list(string_parts(built) or [])
    else:
        return None
    text = ""
    for part in parts:
        if isinstance(part, cst.FormattedStringText):
            text += part.value
            continue
        inner = part.expression if isinstance(part, cst.FormattedStringExpression) else part
        if inner is value:
            return text
        literal = string_text(inner) if isinstance(inner, cst.BaseExpression) else None
        nested = text_before(inner, value) if isinstance(inner, (cst.FormattedString, cst.BinaryOperation)) else None
        if nested is not None:
            return text + nested
        text += literal if literal is not None else "\0"
    return None
