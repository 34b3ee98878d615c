"""Reading a taint model file: sources, sinks and sanitizers per framework or library, from a pack's
`taint/models/*.yaml`. The CSIRT adds the company's own frameworks here, without code.

    name: Flask
    needles: [request, {re: "def \\w+\\(request"}]   # a file is analysed only if it contains one (a
                                      # substring or a regular expression): a hint of a source
    sources:
      - object: flask.request         # the object and everything read from it
        kind: input                   # taint kind: input (attacker-controlled) or confidential
        label: Flask request data
        except: [method, endpoint]    # attributes of the object that are not attacker-controlled
        # only: [args, form]          # or: the only attributes that are (everything else is server state)
        clears: {path: [redirect]}    # attributes that are attacker data, but harmless to some sinks
      - call: input                   # the value a call returns
      - params-of-decorated: ["*.route", "*.get"]   # parameters of handler functions
        requires-import: flask
      - params-named: [request]       # parameters with these names
        requires-import: django
        except: [user, session]
      - params-of-methods: ["on_get*", "on_post*"]   # parameters of methods with these names (patterns)
        after: [resp]                 # ... after the one so named (none: all but self); subclass-of: [...]
        requires-import: falcon
      - annotation: Insider           # parameters/variables annotated with these type names
        kind: confidential
      - returns-of-decorated: ["*.insider_data"]    # values returned by decorated functions
        kind: confidential
      - names: ["*_mnpi", "insider_*"]              # variables named like this
        kind: confidential
      - literal: ["^http://(?!localhost|127[.])"]  # string literals matching a regular expression
        kind: plaintext
      - call: [tempfile.mkstemp]
        kind: temp
        location: true                # says where data goes, not what it is: kept through sanitizers
      - call: [httpx.HTTPTransport]
        given: [uds]                  # only when one of these keywords is given something but None
        kind: local-socket
        location: true
      - call: [itsdangerous.Serializer]
        given-names: {serializer: [pickle]}   # only when a keyword names one of these (qualified names)
        kind: pickling-serializer
        location: true
      - params-named: [event]
        together-with: [context]      # only in functions that also take these parameters
        exact: true                   # ... and no others: a Lambda handler is handler(event, context)
      - object: flask.request
        fixed-in-routes: {attributes: [path], decorators: ["*.route"]}   # request.path of a route
                                      # without variable parts (@app.route("/about")) is that constant
      - params-named: [renderer_context]
        entries: [request]            # the parameter holds the source object under these keys or attributes
                                      # (renderer_context["request"]; "context.request": info.context["request"])
      - self-attributes: [path, headers, rfile]
        subclass-of: ["*BaseHTTPRequestHandler"]   # attributes of self in subclasses of these classes
      - self-attributes: [context]
        subclass-of: ["rest_framework.serializers.*"]
        entries: [request]            # self.context["request"]: as a parameter's entries
    sinks:
      - call: os.system               # a qualified callee ...
        kind: shell
        args: [0, command]            # positions and keyword names that must not be tainted ("*": every
                                      # positional argument, for calls like os.execl(path, *argv); "**": a
                                      # mapping unpacked into the call, as in objects.create(**data))
      - method: execute               # ... or a method name on any receiver
        kind: sql
        args: [0]
        when: {keyword: shell, is: true}        # optional condition on a literal keyword argument
        # unless: {keyword: shell, is: true}    # or its opposite: not a sink when the keyword has that value
        # when: {keyword: auth, given: true}    # or: the keyword is passed, with a value other than None
        # unless: {keyword: Loader, names: [yaml.SafeLoader]}   # or: it names one of these (qualified)
      - method: read_text
        kind: path
        receiver: true                # the receiver must not be tainted
      - method: [info, error]
        kind: log
        receiver-names: ["*log*", "!*.catalog"]  # only on receivers named like this; "!": not on these
                                      # (by the dotted or the qualified name: "!request.session*")
      - returns-of-decorated: ["*.route"]
        kind: response
        unless-decorated: ["*login_required"]   # not inside functions decorated like this
        unless-authorized: true       # nor decorated with the knowledge base's authorization decorators
      - returns-of-decorated: ["*.route"]       # values returned by these handlers (string responses)
        kind: html
        requires-import: flask
      - raise: ["*"]                  # messages of exceptions raised with these classes
        kind: exception
      - assign: ["*.headers", "resp.text"]       # values assigned to these targets (subscript or attribute)
        kind: header
      - assign: ["*.session"]
        kind: session
        items-only: true              # only item assignments (request.session["k"] = value)
        item-keys: true               # the key is checked too (request.session[name] = ...)
      - assign: ["*response"]
        kind: redirect
        keys: [Location]              # only these constant keys (any case; implies items-only)
      - call: requests.post
        kind: egress
        args: [data, json]
        unless-allowed-host: [0, url] # not when this URL is a constant to a host on the egress allow-list
                                      # (NET107's allowed_hosts / allow_private_ips options)
      - call: django.http.HttpResponse
        kind: html
        args: [0, content]
        content-type: [1, content_type]   # not a sink when the response's constant content type is not
                                      # markup (text/plain, text/css, application/json)
      - call: lxml.etree.fromstring
        kind: xml
        unless-given: [1, parser]     # not a sink when this argument is passed (the parser is judged where
                                      # it is built)
        given-judged: ["lxml.etree.XMLParser:resolve_entities"]  # ... unless it is built here by this call
                                      # (or is a class attribute so built) given the keyword, not as False
      - call: asyncio.create_subprocess_exec
        kind: process
        args: ["*"]
        argv-from: 0                  # the positional arguments from here on are a program and its
                                      # arguments: read as an argument list is (which can become an option)
      - method: [fetch, checkout]
        kind: process
        args: ["*"]
        argv-from: 0
        argv-program: git             # ... after this program, which the library starts itself (GitPython's
                                      # repo.git.fetch("origin", ref) runs `git fetch origin <ref>`)
      - method: execute
        kind: sql
        objects-of: ["sqlalchemy.*"]  # an object a class of another package made (req = SdkRequest(x);
                                      # client.execute(req)) is no SQL: only these packages' objects are
      - method: [write]
        kind: temp-file
        args: [0]
        into: {kind: temp}            # only when the receiver carries a `temp` value (into: {kind, args}
                                      # for calls like json.dump(obj, fp): the destination argument)
    sanitizers:
      - call: shlex.quote
        kinds: [shell]                # sink kinds it protects ("*": all)
    propagators:                      # methods known by name (any receiver)
      pass-through: [strip, decode]   # the result carries the receiver's data
      lookups: [get, pop]             # the result is a value of the container, not the key
      mutators: [append, add]         # the arguments go into the receiver
      given-location: [build_absolute_uri]   # with an argument: that argument and the server's host
      deferred-calls: [delay]         # task.delay(x): task(x), run later
    guards:                           # checks known by name
      exits: [abort]                  # a branch ending in this call does not go on
      containment: [startswith, safe_join]   # words: keeps paths and URLs inside
      validation: [isdigit, valid]    # words: keeps content harmless
      character-class: [isalnum]      # prefixes: letters and digits only (harmless to paths too)
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from guidelint.engines.taint.models import Models, Sanitizer, Sink, Source
from guidelint.engines.taint.propagation import GUARDS, PROPAGATORS

SOURCE_KEYS = {
    "object",
    "call",
    "params-of-decorated",
    "params-named",
    "params-of-methods",
    "routed-view-params",
    "annotation",
    "returns-of-decorated",
    "names",
    "literal",
    "self-attributes",
    "caught",
    "request-keys",
}
SINK_KEYS = {"call", "method", "returns-of-decorated", "returns-of-methods", "returns-of-params", "raise", "assign"}
# what else an entry may say; anything beyond is a typo that would silently widen or narrow the model
SOURCE_OPTIONS = {
    *("kind", "label", "except", "only", "requires-import", "together-with", "exact", "methods", "subclass-of"),
    *("clears", "location"),
    "fixed-in-routes",
    "kept",
    "parsed-types",
    "file-types",
    "parsed-converters",
    "literals-unchecked-by",
    "holding",
    "after",
    "converted-keys",
    "given",
    "given-names",
    "classes-marked",
    "registered-by",
    "route-variables",
    "not-params",
    "declared-arguments",
    "declared-by",
    "entries",
}
SINK_OPTIONS = {
    *("kind", "label", "args", "receiver", "when", "unless", "requires-import", "receiver-names", "literal-ok"),
    *("unless-decorated", "items-only", "keys", "unless-allowed-host", "into", "only-called", "literal-keys"),
    "operator-values",
    "unless-authorized",
    "item-keys",
    "first-of-tuple",
    "content-type",
    "default-content-type",
    "default-configured-by",
    "unless-restricted-by",
    "classes-marked",
    "content-type-set",
    "content-type-attribute",
    "json-objects",
    "unless-argument-of",
    "unless-given",
    "given-judged",
    "objects-of",
    "message",
    "value-kinds",
    "when-set",
    "argv-from",
    "reads-file-objects",
    "scheme-decides",
    "splits-command",
    "argv-program",
    "receiver-chain",
}


class ModelError(Exception):
    """A taint model file that cannot be used; the message names the file and entry."""


def _strings(value: Any, where: str) -> tuple[str, ...]:
    if isinstance(value, str):
        return (value,)
    if isinstance(value, list) and value and all(isinstance(v, str) for v in value):
        return tuple(value)
    raise ModelError(f"{where}: expected a string or a list of strings")


def _clears(value: Any, where: str) -> tuple[tuple[str, frozenset[str]], ...]:
    if not isinstance(value, dict):
        raise ModelError(f"{where}: `clears` maps attribute names to the sink kinds they cannot harm")
    return tuple((str(k), frozenset(_strings(v, where))) for k, v in value.items())


def _attributes_in_routes(value: Any, where: str, option: str, routes: str) -> tuple[frozenset[str], tuple[str, ...]]:
    """`fixed-in-routes: {attributes: [...], decorators: [...]}`, `converted-keys: {attributes: [...], routes:
    [...]}`: the attributes, and the route decorators or calls that fix or convert them."""
    if value is None:
        return frozenset(), ()
    if not isinstance(value, dict) or set(value) != {"attributes", routes}:
        raise ModelError(f"{where}: `{option}` is {{attributes: [...], {routes}: [...]}}")
    return frozenset(_strings(value["attributes"], where)), _strings(value[routes], where)


def _one_key(entry: Any, keys: set[str], options: set[str], where: str) -> str:
    if not isinstance(entry, dict):
        raise ModelError(f"{where}: expected a mapping")
    found = [k for k in keys if k in entry]
    if len(found) != 1:
        raise ModelError(f"{where}: needs exactly one of {', '.join(sorted(keys))}")
    unknown = sorted(set(entry) - keys - options)
    if unknown:
        raise ModelError(f"{where}: unknown key {unknown[0]!r}")
    return found[0]


def _argv_from(entry: dict[str, Any], where: str) -> int:
    value = entry.get("argv-from", -1)
    if not isinstance(value, int) or isinstance(value, bool) or value < -1:
        raise ModelError(f"{where}: `argv-from` is the position of the program among the positional arguments")
    return value


def _is_strings(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(v, str) for v in value)


def _condition(entry: dict[str, Any], where: str) -> dict[str, Any]:
    """`when:` or `unless:`: {keyword: name, is: value}."""
    if "when" in entry and "unless" in entry:
        raise ModelError(f"{where}: use `when` or `unless`, not both")
    condition = entry.get("when") or entry.get("unless") or {}
    if (
        not isinstance(condition, dict)
        or not isinstance(condition.get("keyword", ""), str)
        or not isinstance(condition.get("position", 0), int)
        or isinstance(condition.get("position", 0), bool)
        or set(condition) - {"keyword", "position", "is", "given", "names"}
        or len(set(condition) & {"is", "given", "names"}) > 1
        or ("given" in condition and condition["given"] is not True)
        or ("names" in condition and not _is_strings(condition["names"]))
    ):
        raise ModelError(
            f"{where}: `when`/`unless` is {{keyword: name, is: value}}, {{keyword: name, given: true}} or "
            "{keyword: name, names: [qualified names]} (with `position: N` for an argument also passed by position)"
        )
    return condition


def _given_names(entry: Any, where: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """`given-names: {serializer: [pickle, dill]}`: each keyword and the qualified names it must name."""
    if not isinstance(entry, dict) or not all(isinstance(k, str) for k in entry):
        raise ModelError(f"{where}: `given-names` is {{keyword: [qualified names]}}")
    return tuple((keyword, _strings(names, f"{where}: given-names")) for keyword, names in entry.items())


def _into(entry: dict[str, Any], where: str) -> tuple[str, tuple[int | str, ...]]:
    """`into: {kind: temp, args: [1, fp]}`: the destination's kind, and where it is (none: the receiver)."""
    into = entry.get("into") or {}
    if not isinstance(into, dict) or not isinstance(into.get("kind", ""), str):
        raise ModelError(f"{where}: `into` is {{kind: location kind, args: [positions and keyword names]}}")
    return str(into.get("kind", "")), _positions(into.get("args", []), f"{where}: into")


def _positions(value: Any, where: str) -> tuple[int | str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, (int, str)) for v in value):
        raise ModelError(f"{where}: expected a list of positions and keyword names")
    return tuple(value)


def parse_model(data: Any, source: Path, models: Models) -> None:
    """Add one model file's entries to `models`."""
    if not isinstance(data, dict):
        raise ModelError(f"{source}: expected a mapping with sources/sinks/sanitizers")
    unknown = set(data) - {"name", "needles", "sources", "sinks", "sanitizers", "description", "propagators", "guards"}
    if unknown:
        raise ModelError(f"{source}: unknown key {sorted(unknown)[0]!r}")
    models.files.append(source)
    for i, needle in enumerate(data.get("needles", []) or []):
        if isinstance(needle, str):
            models.needles.add(needle)
        elif isinstance(needle, dict) and isinstance(needle.get("re"), str):
            try:
                models.needles.add(re.compile(needle["re"]))
            except re.error as exc:
                raise ModelError(f"{source}: needles[{i}]: invalid regular expression: {exc}") from None
        else:
            raise ModelError(f"{source}: needles[{i}]: a substring or {{re: pattern}}")
    for i, entry in enumerate(data.get("sources", []) or []):
        where = f"{source}: sources[{i}]"
        how = _one_key(entry, SOURCE_KEYS, SOURCE_OPTIONS, where)
        models.sources.append(
            Source(
                how=how,
                patterns=_strings(entry[how], where),
                kind=str(entry.get("kind", "input")),
                label=str(entry.get("label", "")),
                excluded=frozenset(_strings(entry["except"], where) if "except" in entry else ()),
                only=frozenset(_strings(entry["only"], where) if "only" in entry else ()),
                requires_import=_strings(entry["requires-import"], where) if "requires-import" in entry else (),
                together_with=_strings(entry["together-with"], where) if "together-with" in entry else (),
                exact=bool(entry.get("exact", False)),
                methods=_strings(entry["methods"], where) if "methods" in entry else (),
                subclass_of=_strings(entry["subclass-of"], where) if "subclass-of" in entry else (),
                clears=_clears(entry.get("clears", {}), where),
                location=bool(entry.get("location", False)),
                fixed_in_routes=_attributes_in_routes(
                    entry.get("fixed-in-routes"), where, "fixed-in-routes", "decorators"
                ),
                kept=bool(entry.get("kept", False)),
                parsed_types=frozenset(_strings(entry["parsed-types"], where) if "parsed-types" in entry else ()),
                parsed_converters=frozenset(
                    _strings(entry["parsed-converters"], where) if "parsed-converters" in entry else ()
                ),
                literals_unchecked_by=(
                    _strings(entry["literals-unchecked-by"], where) if "literals-unchecked-by" in entry else ()
                ),
                file_types=frozenset(_strings(entry["file-types"], where) if "file-types" in entry else ()),
                holding=frozenset(_strings(entry["holding"], where) if "holding" in entry else ()),
                after=_strings(entry["after"], where) if "after" in entry else (),
                converted_keys=_attributes_in_routes(entry.get("converted-keys"), where, "converted-keys", "routes"),
                given=_strings(entry["given"], where) if "given" in entry else (),
                given_names=_given_names(entry.get("given-names", {}), where),
                classes_marked=_strings(entry["classes-marked"], where) if "classes-marked" in entry else (),
                registered_by=_strings(entry["registered-by"], where) if "registered-by" in entry else (),
                route_variables=bool(entry.get("route-variables", False)),
                entries=_strings(entry["entries"], where) if "entries" in entry else (),
                not_params=_strings(entry["not-params"], where) if "not-params" in entry else (),
                declared_arguments=(
                    _strings(entry["declared-arguments"], where) if "declared-arguments" in entry else ()
                ),
                declared_by=_strings(entry["declared-by"], where) if "declared-by" in entry else (),
            )
        )
        if "declared-by" in entry and how != "self-attributes":
            raise ModelError(f"{where}: `declared-by` (attributes a class body declares) needs self-attributes")
        if "entries" in entry and how not in ("params-named", "self-attributes"):
            raise ModelError(f"{where}: `entries` (what an object holds under keys) needs params-named/self-attributes")
        if how == "literal":
            for pattern in models.sources[-1].patterns:
                try:
                    re.compile(pattern)
                except re.error as exc:
                    raise ModelError(f"{where}: invalid regular expression {pattern!r}: {exc}") from None
    for i, entry in enumerate(data.get("sinks", []) or []):
        where = f"{source}: sinks[{i}]"
        how = _one_key(entry, SINK_KEYS, SINK_OPTIONS, where)
        if not isinstance(entry.get("kind"), str):
            raise ModelError(f"{where}: needs `kind` (e.g. sql, shell, path)")
        args = entry.get("args", [])
        if not isinstance(args, list):
            raise ModelError(f"{where}: `args` is a list of positions and keyword names")
        when = _condition(entry, where)
        into_kind, into_args = _into(entry, where)
        receivers = _strings(entry["receiver-names"], where) if "receiver-names" in entry else ()
        for narrowing in ("literal-keys", "operator-values"):
            if narrowing in entry and not entry.get("literal-ok"):
                raise ModelError(f"{where}: `{narrowing}` narrows `literal-ok`; it needs `literal-ok: true`")
        message = _message(entry, where)
        models.sinks.append(
            Sink(
                how=how,
                patterns=_strings(entry[how], where),
                kind=entry["kind"],
                positions=tuple(a for a in args if isinstance(a, int)),
                keywords=tuple(a for a in args if isinstance(a, str) and a not in ("*", "**")),
                all_positions="*" in args,
                mapping="**" in args,
                receiver=bool(entry.get("receiver", False)),
                when_keyword=str(when.get("keyword", "")),
                when_position=int(when.get("position", -1)),
                when_value=when.get("is"),
                when_negated="unless" in entry,
                when_given=bool(when.get("given", False)),
                when_names=tuple(when.get("names", ())),
                requires_import=_strings(entry["requires-import"], where) if "requires-import" in entry else (),
                label=str(entry.get("label", "")),
                receiver_names=tuple(p for p in receivers if not p.startswith("!")),
                receiver_except=tuple(p[1:] for p in receivers if p.startswith("!")),
                literal_ok=bool(entry.get("literal-ok", False)),
                literal_keys=frozenset(_strings(entry["literal-keys"], where) if "literal-keys" in entry else ()),
                operator_values=bool(entry.get("operator-values", False)),
                unless_decorated=_strings(entry["unless-decorated"], where) if "unless-decorated" in entry else (),
                unless_authorized=bool(entry.get("unless-authorized", False)),
                items_only=bool(entry.get("items-only", False)) or "keys" in entry,
                keys=frozenset(k.lower() for k in _strings(entry["keys"], where)) if "keys" in entry else frozenset(),
                host_args=_positions(entry.get("unless-allowed-host", []), f"{where}: unless-allowed-host"),
                into_kind=into_kind,
                into_args=into_args,
                only_called=bool(entry.get("only-called", False)),
                item_keys=bool(entry.get("item-keys", False)),
                first_of_tuple=bool(entry.get("first-of-tuple", False)),
                content_type=_positions(entry.get("content-type", []), f"{where}: content-type"),
                default_content_type=str(entry.get("default-content-type", "")),
                unless_restricted_by=(
                    _strings(entry["unless-restricted-by"], where) if "unless-restricted-by" in entry else ()
                ),
                default_configured_by=(
                    _strings(entry["default-configured-by"], where) if "default-configured-by" in entry else ()
                ),
                classes_marked=_strings(entry["classes-marked"], where) if "classes-marked" in entry else (),
                content_type_set=_strings(entry["content-type-set"], where) if "content-type-set" in entry else (),
                content_type_attribute=str(entry.get("content-type-attribute", "")),
                json_objects=bool(entry.get("json-objects", False)),
                unless_argument_of=(
                    _strings(entry["unless-argument-of"], where) if "unless-argument-of" in entry else ()
                ),
                unless_given=_positions(entry.get("unless-given", []), f"{where}: unless-given"),
                given_judged=_strings(entry["given-judged"], where) if "given-judged" in entry else (),
                argv_from=_argv_from(entry, where),
                reads_file_objects=bool(entry.get("reads-file-objects", False)),
                scheme_decides=bool(entry.get("scheme-decides", False)),
                receiver_chain=_strings(entry["receiver-chain"], where) if "receiver-chain" in entry else (),
                splits_command=bool(entry.get("splits-command", False)),
                argv_program=str(entry.get("argv-program", "")),
                objects_of=_strings(entry["objects-of"], where) if "objects-of" in entry else (),
                message=message,
                value_kinds=frozenset(_strings(entry["value-kinds"], where)) if "value-kinds" in entry else frozenset(),
                when_set=_when_set(entry, where),
            )
        )
    for key, sections in (("propagators", PROPAGATORS), ("guards", GUARDS)):
        table = data.get(key) or {}
        if not isinstance(table, dict) or set(table) - set(sections):
            raise ModelError(f"{source}: `{key}` maps {', '.join(sections)} to lists of names")
        for section, names in table.items():
            models.propagation.add(section, _strings(names, f"{source}: {key}: {section}"))
    for i, entry in enumerate(data.get("sanitizers", []) or []):
        where = f"{source}: sanitizers[{i}]"
        if not isinstance(entry, dict) or "call" not in entry:
            raise ModelError(f"{where}: needs `call` and `kinds`")
        if set(entry) - {"call", "kinds"}:
            raise ModelError(f"{where}: unknown key {sorted(set(entry) - {'call', 'kinds'})[0]!r}")
        models.sanitizers.append(
            Sanitizer(_strings(entry["call"], where), frozenset(_strings(entry.get("kinds", "*"), where)))
        )


def _message(entry: dict[str, Any], where: str) -> str:
    """A sink's own finding message (`{source}`, `{sink}`, `{line}` as in a rule's), checked as it loads: a
    placeholder the engine does not fill would otherwise fail the scan at the first finding."""
    message = entry.get("message", "")
    if not isinstance(message, str):
        raise ModelError(f"{where}: `message` is a string")
    try:
        message.format(source="", sink="", line=0)
    except (KeyError, IndexError, ValueError) as exc:
        raise ModelError(f"{where}: `message` may name only {{source}}, {{sink}} and {{line}}: {exc}") from None
    return message


def _when_set(entry: dict[str, Any], where: str) -> tuple[tuple[str, str], ...]:
    """`when-set: {content_subtype: html}`: attribute names and the constant strings that make the call a sink."""
    settings = entry.get("when-set", {})
    if not isinstance(settings, dict) or not all(isinstance(v, str) for v in [*settings, *settings.values()]):
        raise ModelError(f"{where}: `when-set` maps attribute names to constant strings (content_subtype: html)")
    return tuple(sorted(settings.items()))
