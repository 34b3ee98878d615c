"""Taint models as data: sources, sinks and sanitizers per framework or library, as the engine reads them
(`Source`, `Sink`, `Sanitizer`, `Models`). The file format and its reading: engines/taint/modelfile.py."""

from __future__ import annotations

import fnmatch
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from guidelint.engines.taint.propagation import Propagation

if TYPE_CHECKING:
    from guidelint.needles import Probe


@dataclass(frozen=True)
class Source:
    """Where tainted values come from (a call, an attribute, a parameter...), and their kind."""

    how: str  # one of modelfile.SOURCE_KEYS
    patterns: tuple[str, ...]
    kind: str = "input"
    label: str = ""
    excluded: frozenset[str] = frozenset()
    requires_import: tuple[str, ...] = ()  # only in files importing one of these
    together_with: tuple[str, ...] = ()
    exact: bool = False  # params-named: the function takes the named and together-with parameters only
    methods: tuple[str, ...] = ()  # params-named: only in functions or methods of these names
    subclass_of: tuple[str, ...] = ()  # self-attributes: classes whose subclasses receive the data
    clears: tuple[tuple[str, frozenset[str]], ...] = ()  # attribute -> sink kinds it cannot harm
    location: bool = False  # the value says where data goes (a temp file), not what it holds
    # attributes that are a constant inside a handler whose route decorators have no variable part
    # (request.path under @app.route("/about")), and the decorators that are routes
    fixed_in_routes: tuple[frozenset[str], tuple[str, ...]] = (frozenset(), ())
    kept: bool = False  # no sanitizer ends it (a predictable number is as predictable once converted)
    only: frozenset[str] = frozenset()  # when given, the only attributes that carry the data
    # params-of-decorated: what the framework converts a parameter to before the handler runs, by its
    # annotation (`order_id: UUID`) or by the route's converter ("<int:order_id>"): no text of the client's
    parsed_types: frozenset[str] = frozenset()
    parsed_converters: frozenset[str] = frozenset()
    # params-of-decorated: decorators under which a `Literal[...]` annotation is offered to the client as choices
    # but passed on as it came (discord.py's app_commands): no check, unlike the source's other decorators'
    literals_unchecked_by: tuple[str, ...] = ()
    # params-of-decorated: annotations that make a parameter an uploaded file object (FastAPI's `UploadFile`): a
    # file to read, no path, until its client-side name is read
    file_types: frozenset[str] = frozenset()
    holding: frozenset[str] = frozenset()  # request-keys: the request's attributes that hold such values whole
    after: tuple[str, ...] = ()  # params-of-methods/-decorated: only the parameters after one of these names
    not_params: tuple[str, ...] = ()  # params-of-decorated: parameters so named are the framework's (info, root)
    # params-of-methods: the parameters' types as the class declares them (a field's keywords, or a nested
    # class of these names: graphene's `class Arguments`); those of `parsed-types` are converted
    declared_arguments: tuple[str, ...] = ()
    # self-attributes: any attribute the class (or a base class of the module) binds in its body to a call of
    # these (luigi's `table = luigi.Parameter()`), whatever its name
    declared_by: tuple[str, ...] = ()
    # attributes read by a constant key (request.path_params["id"]) that a route call registering the function
    # converts by its pattern (Route("/r/{id:int}", view)): the attributes, and the route calls
    converted_keys: tuple[frozenset[str], tuple[str, ...]] = (frozenset(), ())
    given: tuple[str, ...] = ()  # call: only when one of these keywords is given something but None (uds=...)
    # call: only when a keyword is given a name of these (serializer=pickle): (keyword, qualified names)
    given_names: tuple[tuple[str, tuple[str, ...]], ...] = ()
    # params-of-methods: only in classes marked so (a decorator's qualified name, or a name the body sets True)
    classes_marked: tuple[str, ...] = ()
    # params-of-methods: in a module calling one of these methods (app.add_route), only classes it registers so
    registered_by: tuple[str, ...] = ()
    # params-of-methods: only the parameters a variable part of a route the module registers the class under
    # names (`bp.add_url_rule("/d/<path:name>", view_func=Draft.as_view("d"))`: name); others may come from a
    # blueprint's prefix or url_defaults, which the registering call does not show
    route_variables: bool = False
    # params-named: the parameter is no data itself but holds the source object under these constant keys or
    # attributes, the last step of a dotted path read either way (`context.request`: `info.context["request"]`
    # or `info.context.request`); the parameter's other entries are the server's (a renderer's view, response)
    entries: tuple[str, ...] = ()

    def excludes(self, attribute: str) -> bool:
        """An attribute of the source object that does not carry its data (`except:`, or not in `only:`)."""
        return attribute in self.excluded or (bool(self.only) and attribute not in self.only)

    def clears_for(self, attribute: str) -> frozenset[str]:
        return next((kinds for name, kinds in self.clears if name == attribute), frozenset())

    @cached_property
    def _pattern(self) -> re.Pattern[str]:
        return re.compile("|".join(fnmatch.translate(p) for p in self.patterns))

    @cached_property
    def _excluded_names(self) -> re.Pattern[str] | None:
        if self.how != "names" or not self.excluded:
            return None
        return re.compile("|".join(fnmatch.translate(p) for p in sorted(self.excluded)))

    def matches(self, name: str) -> bool:
        """The name matches the patterns (and, for a `names:` source, none of its `except:` patterns)."""
        excluded = self._excluded_names
        return self._pattern.match(name) is not None and (excluded is None or excluded.match(name) is None)

    def named_by(self, given: Callable[[str], str | None]) -> bool:
        """`given-names`: one of the keywords is given one of its names (`given`: the qualified name of what a
        keyword of the call is given, or None)."""
        return any(given(keyword) in names for keyword, names in self.given_names)


@dataclass(frozen=True)
class Sink:
    """Where a tainted value of its kind must not arrive: which arguments of which calls."""

    how: str  # one of modelfile.SINK_KEYS
    patterns: tuple[str, ...]
    kind: str
    positions: tuple[int, ...] = ()
    keywords: tuple[str, ...] = ()
    receiver: bool = False
    all_positions: bool = False  # args: ["*"]
    mapping: bool = False  # args: ["**"]: a **mapping unpacked into the call (Model.objects.create(**data))
    when_keyword: str = ""
    when_position: int = -1  # ... or the argument at this position (set_header("Location", url))
    when_value: Any = None
    when_negated: bool = False  # `unless:` rather than `when:`
    when_given: bool = False  # the condition is that the keyword is passed with a value other than None
    when_names: tuple[str, ...] = ()  # ... that the keyword's value is one of these names (yaml.SafeLoader)
    requires_import: tuple[str, ...] = ()  # only in files importing one of these
    label: str = ""
    receiver_names: tuple[str, ...] = ()  # method sinks: patterns the receiver's dotted name must match
    receiver_except: tuple[str, ...] = ()  # ... and must not ("!request.session*" in receiver-names)
    literal_ok: bool = False  # a dict/list literal built in code is not a tainted query, whatever its values
    literal_keys: frozenset[str] = frozenset()  # ... except what it holds under these keys, at any depth
    operator_values: bool = False  # ... and a parsed JSON document under a field (documents.py: {"$ne": null})
    unless_decorated: tuple[str, ...] = ()  # not a sink inside functions with a matching decorator
    unless_authorized: bool = False  # ... nor one matching the knowledge base's authorization decorators
    items_only: bool = False  # assign sinks: only `target[key] = value`, not rebinding the target itself
    keys: frozenset[str] = frozenset()  # assign sinks: only these constant keys (lower case)
    host_args: tuple[int | str, ...] = ()  # not a sink when the URL here goes to an allow-listed host
    into_kind: str = ""  # only when the destination carries a value of this (location) kind
    into_args: tuple[int | str, ...] = ()  # ... at these positions/keywords; none: the receiver
    only_called: bool = False  # only when what the call returns is called at once: getattr(obj, name)()
    item_keys: bool = False  # assign sinks: the key of `target[key] = value` must not be tainted either
    first_of_tuple: bool = False  # a tuple display passed here is (body, status/headers): only its first item
    content_type: tuple[int | str, ...] = ()  # where the call takes a content type; a constant one that is
    # not markup (text/plain, application/json) makes the call no sink
    default_content_type: str = ""  # ... and the one the response has when none is given (aiohttp's text/plain)
    # ... unless a module of the project holds one of these words (falcon.App(media_type=...) sets another)
    default_configured_by: tuple[str, ...] = ()
    # not a sink when the object made has one of these methods replaced: assigned on it in the function
    # (`u.find_class = allowed_only`) or defined by the module's class it is made of (an Unpickler subclass)
    unless_restricted_by: tuple[str, ...] = ()
    json_objects: bool = False  # a dict or list display (or a name only assigned displays) is written as JSON
    # returns-of-decorated: attributes (or `name[key]` items) that set the response's content type in the handler
    content_type_set: tuple[str, ...] = ()
    # returns-of-methods: the methods so named of classes marked so (CherryPy's @cherrypy.expose class)
    classes_marked: tuple[str, ...] = ()
    unless_argument_of: tuple[str, ...] = ()  # not a sink when the call is an argument of one of these calls,
    # which reject what the sink fears: int(float(text)) raises for "nan" and "inf"
    objects_of: tuple[str, ...] = ()  # an object a class of another package made is no argument of this sink
    argv_from: int = -1  # process sinks: the positional arguments from here on are the program and its arguments
    unless_given: tuple[int | str, ...] = ()  # not a sink when an argument is passed here (a parser judged
    # where it is built: etree.fromstring(data, parser))
    # (unless-given) ... unless that argument is built by one of these calls (NAME:KEYWORD) given KEYWORD with a
    # value other than False: etree.fromstring(data, self.parser) of parser = XMLParser(resolve_entities=True)
    given_judged: tuple[str, ...] = ()
    splits_command: bool = False  # (argv-from) a string command line is split into words, without a shell
    argv_program: str = ""  # (argv-from) the program the library starts itself, before the arguments given
    reads_file_objects: bool = False  # an uploaded file object given here is read, not named (pandas.read_csv:
    # a path or URL as text, a file as a file), as path sinks read one
    receiver_chain: tuple[str, ...] = ()  # (method sinks) the receiver is a chain of calls and attributes through
    # one of these names: session.query(Room).filter_by(id=i).update(...), Room.query.filter(...).update(...)
    scheme_decides: bool = False  # (url sinks) a string is fetched only when it starts with a URL scheme, else
    # read as a local path: a value after constant text that names no scheme (`"/srv/" + name`) fetches nothing
    # the finding's own message at this place, in place of the rule's (an e-mail's HTML body is no page served)
    message: str = ""
    # a sink only for values of these kinds (none: any): an e-mail's HTML body for an outsider's text, not for
    # the service's own exception text sent to its staff
    value_kinds: frozenset[str] = frozenset()
    # a sink only when the function sets an attribute of the object the call makes to one of these constants
    # (`msg = EmailMessage(subject, body)`, then `msg.content_subtype = "html"`): (attribute, value) pairs
    when_set: tuple[tuple[str, str], ...] = ()
    # returns-of-methods: a sink only when the class body sets this attribute to a constant markup type (a DRF
    # renderer's `media_type = "text/html"`: render() returns the body of a response of that type)
    content_type_attribute: str = ""


@dataclass(frozen=True)
class Sanitizer:
    """Calls whose result is clean for these sink kinds."""

    patterns: tuple[str, ...]  # qualified callee names or `.method` names
    kinds: frozenset[str]  # sink kinds protected; "*" protects all


class SanitizerIndex:
    """The sink kinds made safe by a call, over every sanitizer entry naming it: by its qualified name, by
    `.method`, or by a `.a.b` chain the callee ends with (`.objects.get`: any model's manager)."""

    def __init__(self, sanitizers: Sequence[Sanitizer]) -> None:
        self.by_pattern: dict[str, frozenset[str]] = {}
        self.chains: list[tuple[str, frozenset[str]]] = []
        for sanitizer in sanitizers:
            for pattern in sanitizer.patterns:
                self.by_pattern[pattern] = self.by_pattern.get(pattern, frozenset()) | sanitizer.kinds
                if pattern.startswith(".") and "." in pattern[1:]:
                    self.chains.append((pattern, sanitizer.kinds))
        self.tails = frozenset(pattern.rsplit(".", 1)[-1] for pattern in self.by_pattern)  # the methods named

    def kinds(self, name: str, method: str | None) -> frozenset[str] | None:
        """The union of the kinds of the entries naming this callee (None: no entry does)."""
        found = self.by_pattern.get(name)
        if method is not None:
            by_method = self.by_pattern.get(f".{method}")
            if by_method is not None:
                found = by_method if found is None else found | by_method
        for chain, kinds in self.chains:
            if name.endswith(chain):
                found = kinds if found is None else found | kinds
        return found


@dataclass(frozen=True)
class TaintRule:
    """A pack rule reported when a value of one of `sources` kinds reaches a sink of one of `sinks` kinds."""

    rule_id: str
    sources: frozenset[str]
    sinks: frozenset[str]
    message: str
    at_source: bool = False  # report where the value starts (a plaintext URL literal), not where it is used
    # not through a client holding a location of these kinds (`unless-through: [local-socket]`: a session made
    # over a Unix socket sends nothing over a network)
    unless_through: frozenset[str] = frozenset()


@dataclass
class Models:
    """Every model of the active packs, indexed for the analysis."""

    sources: list[Source] = field(default_factory=list)
    sinks: list[Sink] = field(default_factory=list)
    sanitizers: list[Sanitizer] = field(default_factory=list)
    needles: set[str | re.Pattern[str]] = field(default_factory=set)
    files: list[Path] = field(default_factory=list)
    propagation: Propagation = field(default_factory=Propagation)
    _index_of: tuple[int, tuple[dict[str, list[Sink]], dict[str, list[Sink]]]] = field(
        default=(-1, ({}, {})), repr=False, compare=False
    )
    _sanitizers_of: tuple[int, SanitizerIndex | None] = field(default=(-1, None), repr=False, compare=False)
    _forms_of: tuple[tuple[int, int], dict[str, list[Source]], dict[str, list[Sink]]] = field(
        default=((-1, -1), {}, {}), repr=False, compare=False
    )

    def sources_of_form(self, how: str) -> list[Source]:
        """The sources of one form (`how`), in their order: grouped once, not filtered at every analysis."""
        return self._forms()[1].get(how, [])

    def sinks_of_form(self, how: str) -> list[Sink]:
        """The sinks of one form (`how`), in their order."""
        return self._forms()[2].get(how, [])

    def _forms(self) -> tuple[tuple[int, int], dict[str, list[Source]], dict[str, list[Sink]]]:
        key = (len(self.sources), len(self.sinks))
        if self._forms_of[0] != key:
            sources: dict[str, list[Source]] = {}
            sinks: dict[str, list[Sink]] = {}
            for source in self.sources:
                sources.setdefault(source.how, []).append(source)
            for sink in self.sinks:
                sinks.setdefault(sink.how, []).append(sink)
            self._forms_of = (key, sources, sinks)
        return self._forms_of

    def sink_calls(self) -> dict[str, list[Sink]]:
        return self._indexes()[0]

    def sink_methods(self) -> dict[str, list[Sink]]:
        return self._indexes()[1]

    def sanitizer_index(self) -> SanitizerIndex:
        """The sanitizers by the names they are written with, built once (asked at every call analysed)."""
        key = len(self.sanitizers)
        index = self._sanitizers_of[1]
        if self._sanitizers_of[0] != key or index is None:
            index = SanitizerIndex(self.sanitizers)
            self._sanitizers_of = (key, index)
        return index

    def _indexes(self) -> tuple[dict[str, list[Sink]], dict[str, list[Sink]]]:
        """The sinks by callee and by method name, built once (every analysed module asks)."""
        key = len(self.sinks)
        if self._index_of[0] != key:
            calls = _index(s for s in self.sinks if s.how == "call")
            self._index_of = (key, (calls, _index(s for s in self.sinks if s.how == "method")))
        return self._index_of[1]


def wanted(rules: Sequence[TaintRule], needles: Sequence[str | re.Pattern[str]], text: str | Probe) -> bool:
    """Whether the analysis can report anything in `text`: there are rules, and a model's needle occurs."""
    from guidelint.engines.libcst.prefilter import found

    return bool(rules) and found(needles, text)


def _index(sinks: Any) -> dict[str, list[Sink]]:
    out: dict[str, list[Sink]] = {}
    for sink in sinks:
        for pattern in sink.patterns:
            out.setdefault(pattern, []).append(sink)
    return out


def add_markers(models: Models, markers: dict[str, list[str]]) -> Models:
    """The models plus a project's own confidential markers (configuration `confidential-markers`)."""
    how = {"names": "names", "annotations": "annotation", "decorators": "returns-of-decorated"}
    extra = [
        Source(
            how=how[kind], patterns=tuple(patterns), kind="confidential", label=f"value marked confidential ({kind})"
        )
        for kind, patterns in markers.items()
        if patterns
    ]
    return Models(
        models.sources + extra,
        models.sinks,
        models.sanitizers,
        models.needles | _marker_needles(markers),
        models.files,
        models.propagation,
    )


def _marker_needles(markers: dict[str, list[str]]) -> set[str]:
    """Literal parts of the patterns, so files using the markers are analysed."""
    return {
        part for patterns in markers.values() for p in patterns for part in re.split(r"[*?\[\]]+", p) if len(part) > 2
    }
