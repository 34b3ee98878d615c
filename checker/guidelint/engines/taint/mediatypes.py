"""What a handler's response is sent as: the content type a call, a decorator, a headers display or the handler
itself gives it, and whether a browser renders that as markup (HTML, XML, SVG, or a type it must sniff)."""

from __future__ import annotations

import re
import weakref
from typing import TYPE_CHECKING

import libcst as cst

from guidelint.engines.taint.definitions import class_value
from guidelint.engines.taint.labels import CLEAN, UNKNOWN, Env, Taint
from guidelint.engines.taint.models import Sink
from guidelint.engines.taint.syntax import _matches, _walk
from guidelint.semantic.constants import constant_value
from guidelint.semantic.names import dotted

# content types a browser renders as a document that can run script (an unknown type is sniffed)
_MARKUP = re.compile(
    r"(?i)\s*(?:text/html|application/xhtml\+xml|image/svg\+xml|text/xml|application/xml|[\w.-]+/[\w.-]+\+xml|[^/]*$)"
)
# a library's media-type constant, by its name: Litestar's MediaType.HTML, Falcon's falcon.MEDIA_JSON
_MEDIA_NAMES = {
    "HTML": "text/html",
    "XML": "application/xml",
    "SVG": "image/svg+xml",
    "TEXT": "text/plain",
    "JSON": "application/json",
    "CSS": "text/css",
    "JS": "text/javascript",
    "MSGPACK": "application/msgpack",
    "YAML": "application/yaml",
    "MESSAGEPACK": "application/msgpack",
    # response classes named by their type (HTMLResponse, PlainTextResponse, ORJSONResponse)
    "PLAINTEXT": "text/plain",
    "ORJSON": "application/json",
    "UJSON": "application/json",
}

if TYPE_CHECKING:
    from guidelint.engines.taint.analysis import Analysis


class MediaTypes:
    """The content types of the responses the analysis meets."""

    def __init__(self, analysis: Analysis) -> None:
        self.a: Analysis = weakref.proxy(analysis)

    def class_sets_type(self, targets: tuple[str, ...]) -> bool:
        """A method of the class being walked, or of a base class of the module, sets the response's content type
        to anything but a constant markup type (`self.set_header("Content-Type", self.content_type)`)."""
        classes, seen = [self.a.current_class], set()
        while classes:
            cls = classes.pop()
            if cls is None or cls in seen or cls not in self.a.classes:
                continue
            seen.add(cls)
            classes.extend(self.a.bases.get(cls, []))
            for fn in self.a.classes[cls].values():
                for node in _walk(fn.body):
                    if type(node) is cst.Call and len(node.args) == 2 and type(node.func) is cst.Attribute:
                        key = self.a.fold(node.args[0].value, self.a.module_env)
                        if isinstance(key, str) and f"{dotted(node.func)}[{key.lower()}]" in targets:
                            given = self.content_type(node.args[1].value, self.a.module_env)
                            if not (isinstance(given, str) and _MARKUP.match(given)):
                                return True
        return False

    def class_markup(self, attribute: str) -> bool:
        """The body of the class being walked sets `attribute` to a constant markup type (a DRF renderer's
        `media_type = "text/html"`), which the responses its method returns have."""
        held = class_value(self.a, self.a.current_class, attribute)
        given = self.content_type(held, self.a.module_env) if held is not None else None
        return isinstance(given, str) and _MARKUP.match(given) is not None

    def set_plain(self, fn: cst.FunctionDef, sink: Sink) -> bool:
        """The handler sets its response's content type, each time to a constant a browser shows as text
        (`response.content_type = "text/plain"`, `cherrypy.response.headers["Content-Type"] = "application/json"`),
        or sets none and the sink's default is such a type (Falcon's JSON, unless a module of the project may
        configure another): the sink's `content_type_set` are qualified (or, for a handler's parameter, dotted)
        attribute names, or `name[key]` for an item set under a constant key or a method given that key first
        (`self.set_header("Content-Type", ...)`)."""
        targets = sink.content_type_set
        found = False
        for node in _walk(fn.body):
            if type(node) is cst.Call and len(node.args) == 2 and type(node.func) is cst.Attribute:
                # self.set_header("Content-Type", "text/plain"): named `self.set_header[content-type]`
                key = self.a.fold(node.args[0].value, self.a.module_env)
                if isinstance(key, str) and f"{dotted(node.func)}[{key.lower()}]" in targets:
                    given = self.content_type(node.args[1].value, self.a.module_env)
                    if not isinstance(given, str) or _MARKUP.match(given):
                        return False
                    found = True
            if type(node) is not cst.Assign:
                continue
            for target in (t.target for t in node.targets):
                if (
                    type(target) is cst.Subscript
                    and len(target.slice) == 1
                    and type(target.slice[0].slice) is cst.Index
                ):
                    key = constant_value(target.slice[0].slice.value)
                    owner = self.a.names.qualname(target.value) or dotted(target.value)
                    name = f"{owner}[{key.lower()}]" if isinstance(key, str) and owner else None
                else:
                    name = (self.a.names.qualname(target) or dotted(target)) if type(target) is cst.Attribute else None
                if name is None or name not in targets:
                    continue
                given = self.content_type(node.value, self.a.module_env)
                if not isinstance(given, str) or _MARKUP.match(given):
                    return False
                found = True
        return found or self._plain_default(sink)

    def _plain_default(self, sink: Sink) -> bool:
        """The sink's default content type is one a browser shows as text, and no module of the project holds a
        word that may configure another (`default_configured_by`)."""
        if not sink.default_content_type or _MARKUP.match(sink.default_content_type):
            return False
        words = sink.default_configured_by
        if not words:
            return True
        if self.a.project is None:
            return False  # no project to search: the default may be configured anywhere
        project = self.a.project.project
        return not project.fact(("configured", words), lambda: bool(project.containing(*words)))

    def markup(self, sink: Sink, args: list[tuple[cst.Arg, Taint]], env: Env) -> bool:
        """Whether the response a call makes may be rendered as markup: its content type is not given, not a
        constant, or an HTML, XML or SVG type. A browser shows text/plain, text/css or JSON as text."""
        if any(self.attachment(a.value, env) for a, _ in args):
            return False
        positional = [a.value for a, _ in args if a.keyword is None and not a.star]
        given = [positional[i] for i in sink.content_type if isinstance(i, int) and i < len(positional)]
        given += [a.value for a, _ in args if a.keyword is not None and a.keyword.value in sink.content_type]
        if not given and sink.default_content_type:  # aiohttp's Response(text=...) is text/plain
            return bool(_MARKUP.match(sink.default_content_type))
        types = [self.content_type(value, env) for value in given]
        named = [t for t in types if isinstance(t, str)]
        if not types or len(named) < len(types):
            return True
        return any(_MARKUP.match(t) for t in named)

    def attachment(self, headers: cst.BaseExpression, env: Env) -> bool:
        """A headers dict display whose constant Content-Disposition is `attachment`: the browser saves the body as
        a file, it renders nothing of it in the site's origin, whatever its content type (an uploaded SVG sent
        back as a download)."""
        if type(headers) is not cst.Dict:
            return False
        for element in headers.elements:
            if type(element) is not cst.DictElement:
                continue
            key, value = self.a.fold(element.key, env), self.a.fold(element.value, env)
            if isinstance(key, str) and key.lower() == "content-disposition" and isinstance(value, str):
                return value.strip().lower().startswith("attachment")
        return False

    def content_type(self, value: cst.BaseExpression, env: Env) -> object:
        """The constant content type an expression gives: a string, or a library's media-type constant
        named by its type (`MediaType.HTML`, `falcon.MEDIA_TEXT`, Powertools' `content_types.APPLICATION_JSON`),
        a response class by its name (`HTMLResponse`, `PlainTextResponse`), or the Content-Type a headers dict
        display gives; else UNKNOWN."""
        folded = self.a.fold(value, env)
        if isinstance(folded, str):
            return folded
        if type(value) is cst.Dict:  # headers={"Content-Type": "text/plain"}: the type they give
            for element in value.elements:
                key = self.a.fold(element.key, env) if type(element) is cst.DictElement else UNKNOWN
                if isinstance(key, str) and key.lower() == "content-type" and type(element) is cst.DictElement:
                    return self.content_type(element.value, env)
            return folded
        if type(value) is cst.Name:  # a response class, by its name: FastAPI's response_class=HTMLResponse
            name = value.value.upper()
        elif type(value) is cst.Attribute:
            name = value.attr.value.upper()
        else:
            return folded
        if name.endswith("RESPONSE"):  # HTMLResponse, responses.PlainTextResponse
            return _MEDIA_NAMES.get(name[: -len("RESPONSE")], folded)
        if type(value) is cst.Name:
            return folded
        top, _, sub = name.partition("_")
        if top in ("TEXT", "APPLICATION", "IMAGE") and sub:  # named as the type: content_types.APPLICATION_JSON
            sub = sub.lower().replace("_", "-")
            return f"{top.lower()}/{'svg+xml' if sub == 'svg' else sub}"
        return _MEDIA_NAMES.get(name[len("MEDIA_") :] if name.startswith("MEDIA_") else name, folded)

    def decorated_markup(self, sink: Sink, decorators: list[tuple[cst.Decorator, str]]) -> bool:
        """Whether a handler's route decorators let what it returns be rendered as markup: their content
        type keyword (`@get("/x", media_type=MediaType.HTML)`), else the framework's default."""
        calls = [d.decorator for d, name in decorators if _matches(name, sink.patterns)]
        return any(
            self.markup(sink, [(a, CLEAN) for a in call.args] if type(call) is cst.Call else [], self.a.module_env)
            for call in calls
        )

    def plain_tuple(self, expr: cst.BaseExpression, env: Env) -> bool:
        """A response tuple `(body, status, headers)` whose headers (a dict display or a list of pairs) give a
        constant Content-Type that a browser does not render as markup, or (a dict display) a Content-Disposition
        that makes the body a download."""
        if type(expr) is not cst.Tuple:
            return False
        for element in expr.elements[1:]:
            headers = element.value
            if self.attachment(headers, env):
                return True
            pairs: list[tuple[cst.BaseExpression, cst.BaseExpression]] = []
            if type(headers) is cst.Dict:
                pairs = [(e.key, e.value) for e in headers.elements if type(e) is cst.DictElement]
            elif type(headers) is cst.List:
                pairs = [
                    (e.value.elements[0].value, e.value.elements[1].value)
                    for e in headers.elements
                    if type(e.value) is cst.Tuple and len(e.value.elements) == 2
                ]
            for key, value in pairs:
                name, given = self.a.fold(key, env), self.a.fold(value, env)
                if isinstance(name, str) and name.lower() == "content-type" and isinstance(given, str):
                    return not _MARKUP.match(given)
        return False
