"""What the dataflow engine knows without models: propagation through methods, exits, checks, shells and
the sink kinds it finds itself."""

from __future__ import annotations

import re

import libcst as cst

from guidelint.engines.taint.models import Sink

ALL = "*"  # every kind: a check that clears a value for any sink

_ARGUMENT = frozenset({"process"})  # the sink kind of a program's argument vector

_HOST = frozenset({"url"})  # a value placed as a URL's host is reported there, not again where the URL is used

_IN_HOST = re.compile(r"(?i)(?:\b[a-z][a-z0-9+.-]*|\0)://[^/?#\s'\"<>@\0]*$")  # \0: an earlier value

# a value placed after this text lands in a URL's query or fragment: it cannot choose where the request
# goes (in the path it still can reach the host's other endpoints, "../admin": partial SSRF)
_AFTER_HOST = re.compile(r"[?#]")

HOST_SINK = Sink(how="call", patterns=("URL host",), kind="url-host")

ENGINE_SINK_KINDS = frozenset({HOST_SINK.kind})  # sinks the engine finds itself (a value placed as a URL's host)

SHELL_ARGV = Sink(how="call", patterns=("shell -c",), kind="shell")

# globals()[name], vars(module).get(name), fn.__globals__[name]: a function or object picked by name
NAMESPACE_LOOKUP = Sink(how="call", patterns=("namespace lookup",), kind="reflection")

_NAMESPACES = frozenset({"globals", "locals", "vars"})

_NAMESPACE_ATTRIBUTES = frozenset({"__globals__", "__dict__", "__builtins__"})

_EXITS = {"abort", "exit", "_exit", "fail", "quit", "bad_request", "forbidden", "not_found"}

# words in the name of a function called in a condition that make it a check of its arguments
_CONTAINMENT = (
    "startswith",
    "is_relative_to",
    "commonpath",
    "commonprefix",
    "has_allowed_host",
    "safe_url",
    "safe_join",
    "within",
    "inside",
    "safe_path",
    "is_safe",
)

_CHARACTER_CLASS = ("isdigit", "isnumeric", "isdecimal", "isalnum", "isalpha", "isidentifier")

_VALIDATION = (
    "isdigit",
    "isnumeric",
    "isdecimal",
    "isalnum",
    "isalpha",
    "isidentifier",
    "match",
    "valid",
    "allow",
    "permit",
    "trusted",
    "whitelist",
    "sanitiz",
    "isinstance",
)

ALL_KINDS = frozenset({ALL})

CONTENT_KINDS = frozenset(
    {
        "shell",
        "process",
        "sql",
        "code",
        "html",
        "ldap",
        "xpath",
        "template",
        "xml",
        "regex",
        "nosql",
        "log",
        "header",
        "print",
        "exception",
        "deserialize",
        "mass-assignment",  # form.is_valid(): only the form's declared fields remain
        "import",  # a module name that passed an allow-list
        "reflection",  # an attribute name that passed one
    }
)

CONTAINED_KINDS = frozenset({"path", "redirect", "url", "url-host"})

Clears = list[tuple[str, frozenset[str]]]

_HANDLER_EXPRESSIONS = (cst.Dict, cst.List, cst.ListComp, cst.DictComp)

_LOOKUPS = {"get", "pop", "setdefault"}

_MUTATORS = frozenset({"append", "extend", "insert", "add", "update", "appendleft", "extendleft"})

# methods whose result carries the data of the object they are called on (strings, bytes, containers,
# files, parsed URLs and paths, request wrappers)
_TRANSPARENT = frozenset(
    [
        "strip",
        "lstrip",
        "rstrip",
        "lower",
        "upper",
        "casefold",
        "title",
        "capitalize",
        "swapcase",
        "replace",
        "format",
        "format_map",
        "join",
        "split",
        "rsplit",
        "splitlines",
        "partition",
        "rpartition",
        "encode",
        "decode",
        "center",
        "ljust",
        "rjust",
        "zfill",
        "expandtabs",
        "removeprefix",
        "removesuffix",
        "translate",
        "getlist",
        "getall",
        "getone",
        "items",
        "values",
        "keys",
        "copy",
        "read",
        "readline",
        "readlines",
        "getvalue",
        "get_json",
        "get_data",
        "post",  # aiohttp: await request.post(), the form
        "form",  # Starlette: await request.form()
        "body",  # Starlette: await request.body()
        "json",
        "text",
        "content",
        "to_dict",
        "dict",
        "lists",
        "first",
        "urlencode",
        "geturl",
        "hex",
        "resolve",
        "absolute",
        "joinpath",
        "with_name",
        "with_suffix",
        "expanduser",
        "as_posix",
        "relative_to",
        "open",
        "read_text",
        "read_bytes",
        "strftime",
        "isoformat",
        "get_full_path",
        "build_absolute_uri",
        "get_host",
        "getattr",
        "__getitem__",
        "__str__",
        "as_string",
        "tobytes",
        "tostring",
        "iter_content",
        "iterlines",
        "get_argument",
        "get_arguments",
        "get_query_argument",
        "get_body_argument",
        "cleaned_data",
        "data",
    ]
)
