"""Templates rendered by a Jinja environment that escapes: `pages.get_template("cover.html").render(title=t)` of
`pages = Environment(loader=..., autoescape=True)` (or `select_autoescape()` and a template name of one of its
extensions) places each value HTML-escaped, so the page holds no markup of the client's. An environment made
with `autoescape=False`, or none (Jinja's default), renders the values as they came."""

from __future__ import annotations

from typing import TYPE_CHECKING

import libcst as cst

from guidelint.engines.taint.labels import Taint, cleared
from guidelint.engines.taint.tables import MARKUP_KINDS
from guidelint.semantic.constants import constant_value

if TYPE_CHECKING:
    from guidelint.engines.taint.analysis import Analysis

ENVIRONMENTS = frozenset(
    {"jinja2.Environment", "jinja2.environment.Environment", "jinja2.sandbox.SandboxedEnvironment"}
)
RENDERS = frozenset({"render", "render_async"})
SELECTORS = frozenset({"jinja2.select_autoescape", "jinja2.utils.select_autoescape"})
DEFAULT_EXTENSIONS = ("html", "htm", "xml")  # select_autoescape's enabled_extensions


def escaped_render(a: Analysis, call: cst.Call, taint: Taint) -> Taint:
    """What `env.get_template(NAME).render(...)` gives when `env` (bound once at the module's top level)
    escapes that template: the values placed in it are no markup."""
    func = call.func
    if not taint or type(func) is not cst.Attribute or func.attr.value not in RENDERS:
        return taint
    template = func.value
    if type(template) is not cst.Call or type(template.func) is not cst.Attribute:
        return taint
    owner = template.func.value
    if template.func.attr.value != "get_template" or type(owner) is not cst.Name or not template.args:
        return taint
    name = constant_value(template.args[0].value)
    bound = a.bindings.get(owner.value, [])
    made = bound[0] if len(bound) == 1 and a.names.lookup(owner.value) is None else None
    if type(made) is not cst.Call or a.names.qualname(made.func) not in ENVIRONMENTS or not isinstance(name, str):
        return taint
    setting = next((arg.value for arg in made.args if arg.keyword and arg.keyword.value == "autoescape"), None)
    return cleared(taint, MARKUP_KINDS) if setting is not None and _escapes(a, setting, name) else taint


def _escapes(a: Analysis, setting: cst.BaseExpression, name: str) -> bool:
    """`autoescape=True`, or `select_autoescape(...)` whose enabled extensions (constants) end the name."""
    if constant_value(setting) is True:
        return True
    if type(setting) is not cst.Call or a.names.qualname(setting.func) not in SELECTORS:
        return False
    given = next((arg.value for arg in setting.args if arg.keyword is None), None)
    given = next(
        (arg.value for arg in setting.args if arg.keyword and arg.keyword.value == "enabled_extensions"), given
    )
    extensions = DEFAULT_EXTENSIONS if given is None else constant_value(given)
    if not isinstance(extensions, (list, tuple)) or not all(isinstance(e, str) for e in extensions):
        return False
    return name.lower().endswith(tuple(f".{e.lower()}" for e in extensions))
