"""What the dataflow engine knows without models: sink kinds and the kinds a check clears, shells, and the
sink kinds it finds itself (methods and checks known by name are the models' `propagators:` and `guards:`)."""

from __future__ import annotations

import re

import libcst as cst

from guidelint.engines.taint.models import Sink

ALL = "*"  # every kind: a check that clears a value for any sink

OPTION = "process-option"  # a whole argument after the program: it can become an option, not the program
_ARGUMENT = frozenset({"process", OPTION})  # the sink kinds of a program's argument vector
_PROGRAM = frozenset({"process"})  # what an argument after the program cannot choose: the program, its code

# flags after which a program runs the next argument as code (python -c, perl -e, node --eval, sh -c):
# what that argument holds matters, not only whether it can become an option
SCRIPT_FLAGS = frozenset({"-c", "-e", "-E", "--eval", "-r", "-m", "-Command", "-command", "/c", "/C", "-lc", "-ic"})

_HOST = frozenset({"url"})  # a value placed as a URL's host is reported there, not again where the URL is used

# the text before a value that ends in a URL's host: `scheme://` or an earlier value (\0) before `://`, and
# nothing after it that ends the host; read from the last `://` (the host part holds no `/`), the scheme
# backwards: a search for the pattern anchored at the end retried every start, in time that grows with the
# square of the text
_HOST_PART = re.compile(r"[^/?#\s'\"<>@\0]*\n?")  # `$` also matches before a last newline
_SCHEME_REVERSED = re.compile(r"(?i)[a-z0-9+.-]*")
_SCHEME_START = re.compile(r"(?i)\b[a-z]")


def in_host(before: str) -> bool:
    """Whether a value placed after this text lands in a URL's host (`"https://" + host`)."""
    scheme_end = before.rfind("://")
    if scheme_end < 0 or not _HOST_PART.fullmatch(before, scheme_end + 3):
        return False
    if before[:scheme_end].endswith("\0"):
        return True
    run = _SCHEME_REVERSED.match(before[scheme_end - 1 :: -1] if scheme_end else "")
    start = scheme_end - (run.end() if run else 0)
    return _SCHEME_START.search(before, start, scheme_end) is not None


# a value placed after this text lands in a URL's query or fragment: it cannot choose where the request
# goes (in the path it still can reach the host's other endpoints, "../admin": partial SSRF)
_AFTER_HOST = re.compile(r"[?#]")
_QUERY = frozenset({"url", "redirect"})  # ... nor where a redirect sends the browser

HOST_SINK = Sink(how="call", patterns=("URL host",), kind="url-host")

# what starts a formula in a spreadsheet cell: a cell that starts with any other constant character is text,
# whatever follows it ("'" + value); a value checked not to start with these is text too
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_CELL = frozenset({"csv-row"})
MASS_ASSIGNMENT = frozenset({"mass-assignment"})  # what a value holding declared fields only is harmless to

# a value placed into HTML markup being built ("<p>%s</p>" % name): reported there when the markup reaches
# no response the engine sees (kept in a dict, a context, a message); a response it reaches reports the flow
MARKUP_SINK = Sink(how="call", patterns=("HTML markup",), kind="html-markup")

MARKUP_STEP = "placed into HTML markup"

MARKUP_KINDS = frozenset({"html", MARKUP_SINK.kind})  # sinks where the markup is sent, or built into more markup

_IN_MARKUP = re.compile(r"<[A-Za-z][\w-]*(?:\s[^<>]*)?/?(?:>|$)")  # a tag, or an open tag the value is inside

# sinks the engine finds itself: a value placed as a URL's host, a value placed into HTML markup, a whole
# argument of a program started without a shell (what a `process` sink's argument list holds after the program)
ENGINE_SINK_KINDS = frozenset({HOST_SINK.kind, MARKUP_SINK.kind, OPTION})

SHELL_ARGV = Sink(how="call", patterns=("shell -c",), kind="shell")

# globals()[name], vars(module).get(name), fn.__globals__[name]: a function or object picked by name
NAMESPACE_LOOKUP = Sink(how="call", patterns=("namespace lookup",), kind="reflection")

_NAMESPACES = frozenset({"globals", "locals", "vars"})

_NAMESPACE_ATTRIBUTES = frozenset({"__globals__", "__dict__", "__builtins__"})

ALL_KINDS = frozenset({ALL})
PATH_PARENT, PATH_ABSOLUTE = "path-parent", "path-absolute"
PATH_HALVES = frozenset({PATH_PARENT, PATH_ABSOLUTE})
"""A path stays in its base when it holds no ".." (checked: `".." in name` refused) and is not absolute (checked:
`os.path.isabs(name)` or `name.startswith("/")` refused, or placed after constant text): each check clears its
half, and a value cleared of both is cleared for "path"."""
RELATIVE = frozenset({PATH_ABSOLUTE})

CONTENT_KINDS = frozenset(
    {
        "shell",
        "process",
        OPTION,
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
        "float-parse",  # text that matched a number format is no "nan" or "inf"
    }
)

CONTAINED_KINDS = frozenset({"path", "redirect", "url", "url-host"})
DESTINATION_KINDS = frozenset({"url", "url-host", "redirect"})

NO_SCHEME = "no-scheme"
"""Cleared from a value placed after constant text that no URL scheme can start (`"/srv/prices/" + name`): a
sink that reads a path or a URL by what the string names (`scheme-decides`) reads it as a local path."""

FILE_OBJECT = "file-object"
"""Cleared from a value that is an uploaded file object (a source's `clears:`), with `path`: its name
(`upload.filename`, the propagators' `file-names`) is a path again."""

LINE_KINDS = frozenset({"log", "header"})
"""Sinks a value harms only by a line break (a forged log record, a header split: CRLF)."""

Clears = list[tuple[str, frozenset[str]]]

_HANDLER_EXPRESSIONS = (cst.Dict, cst.List, cst.ListComp, cst.DictComp)


def json_body(body: cst.BaseExpression) -> bool:
    """A response body a web framework sends as JSON, not HTML: a dict or list built in place (`{...}`,
    `[...]`, a comprehension, `dict(...)`, `list(...)`)."""
    if isinstance(body, _HANDLER_EXPRESSIONS):
        return True
    return type(body) is cst.Call and type(body.func) is cst.Name and body.func.value in ("dict", "list")


# calling an enumeration with a value returns one of its members or raises ValueError: SortField(x).value
# is one of the constants the class defines, whatever x was
ENUM_BASES = frozenset({"enum.Enum", "enum.IntEnum", "enum.StrEnum", "enum.Flag", "enum.IntFlag"})

# the methods of a class-based view that its dispatch calls with the request and the URL's arguments (Django's
# View, DRF's APIView and viewsets' actions); a decorated method may be one too (@action(detail=True))
VIEW_HANDLERS = frozenset(
    {"get", "post", "put", "patch", "delete", "head", "options", "trace", "dispatch", "setup"}
    | {"http_method_not_allowed", "list", "retrieve", "create", "update", "partial_update", "destroy"}
)

# sanitizers that convert their argument to a value of a harmless type (a number, a UUID, a date, an
# address): what they return is the input validated for every sink, which the libcst rules' ctx.facts
# see (os.system(f"rotate --keep {int(keep)}") is no shell injection); other sanitizers of every kind
# (open(path).read(), json.dumps) return a value unrelated to the input, that no check vouches for
CONVERTERS = frozenset(
    {
        "int",
        "float",
        "bool",
        "len",
        "abs",
        "round",
        "ord",
        "uuid.UUID",
        "decimal.Decimal",
        "datetime.date.fromisoformat",
        "datetime.datetime.fromisoformat",
        "datetime.time.fromisoformat",
        "datetime.datetime.strptime",
        "time.strptime",
        "dateutil.parser.parse",
        "dateutil.parser.isoparse",
        "ipaddress.IPv4Address",
        "ipaddress.IPv4Network",
        # a DRF paginator's page size, limit and offset: the query's value as a positive int, or the default
        "rest_framework.pagination.PageNumberPagination.get_page_size",
        "rest_framework.pagination.LimitOffsetPagination.get_limit",
        "rest_framework.pagination.LimitOffsetPagination.get_offset",
        "rest_framework.pagination.CursorPagination.get_page_size",
    }
)
