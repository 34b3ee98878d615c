"""Round 33's causes (tests/data/probes/intranet): an internal service written without a modern framework, a raw
WSGI application, http.server handlers and webob, each flagged shape beside the safe one it differs from."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from tests.taintfindings import findings


def scan(cli: Any, root: Path) -> list[tuple[int, str]]:
    run = cli("scan", ".", "--no-cache", "--format", "json", "-o", "r.json", cwd=root)
    assert run.exit_code in (0, 1), run.stderr
    return sorted((f["start"]["line"], f["rule"]) for f in json.loads((root / "r.json").read_text())["findings"])


def test_wsgi_environ_is_the_request() -> None:
    """application(environ, start_response): the query string, the path, the headers and the body stream are the
    client's; a helper that takes an environ and other parameters is no application."""
    code = """
        import os
        from urllib.parse import parse_qs

        def app(environ, start_response):
            name = parse_qs(environ["QUERY_STRING"])["f"][0]
            body = environ["wsgi.input"].read(int(environ.get("CONTENT_LENGTH") or 0))
            open(os.path.join("/srv/r", name)).read()
            open(os.path.join("/srv/r", os.path.basename(name))).read()
            open(os.path.join("/srv/r", body.decode())).read()
            start_response("200 OK", [])
            return [b""]

        def helper(environ, base):
            return open(os.path.join(base, environ["name"])).read()
    """
    assert findings(code) == [("INP404", 7), ("INP404", 9)]


def test_redirects_of_raw_servers() -> None:
    """A ("Location", url) pair of start_response's header list, http.server's send_header("Location", url) and
    webob.exc.HTTPFound(location=url) send the browser where the client said; other headers and a checked value
    do not."""
    code = """
        from http.server import BaseHTTPRequestHandler
        from urllib.parse import parse_qs
        from webob import Request
        from webob.exc import HTTPFound

        PAGES = frozenset({"/", "/home"})

        def app(environ, start_response):
            to = parse_qs(environ["QUERY_STRING"])["to"][0]
            start_response("302 Found", [("Location", to)])
            start_response("200 OK", [("X-Page", "p"), ("Content-Type", "text/plain")])
            if to in PAGES:
                start_response("302 Found", [("Location", to)])
            return [b""]

        def other(environ, start_response):
            return HTTPFound(location=Request(environ).params["next"])(environ, start_response)

        class Bounce(BaseHTTPRequestHandler):
            def do_GET(self):
                self.send_header("Location", self.path[1:])
                self.send_header("Content-Type", "text/plain")
    """
    assert [f for f in findings(code) if f[0] == "INP406"] == [("INP406", 10), ("INP406", 17), ("INP406", 21)]


OPS = """
        import os

        UNITS = frozenset({"pricing", "feeds"})
        LISTED = frozenset(["pricing", "feeds"])

        def purge(unit):
            if unit not in UNITS:
                raise ValueError(unit)
            return os.popen("purge " + unit).read()

        def purge_listed(unit):
            if unit not in LISTED:
                raise ValueError(unit)
            return os.popen("purge " + unit).read()

        def purge_denied(unit):
            if unit in UNITS:
                raise ValueError(unit)
            return os.popen("purge " + unit).read()
    """


def test_frozenset_allow_list_narrows_for_the_pattern_rules(cli: Any, project: Any) -> None:
    """`if x not in FROZENSET: raise` leaves x one of the set's constants, as a set display or a tuple does: the
    pattern rules asking the flow facts see a checked value (a deny-list test does not)."""
    root = project({"ops.py": OPS})
    assert [(line, rule) for line, rule in scan(cli, root) if rule == "INP104"] == [(19, "INP104")]


def test_http_server_body_is_html_unless_typed_otherwise() -> None:
    """self.wfile.write(...) of an http.server handler is the response's body: HTML when the handler sends a
    markup Content-Type or none (a browser sniffs it), not when it sends text/plain or JSON; string.Template's
    substitute() carries what it is given."""
    code = """
        import json
        from http.server import BaseHTTPRequestHandler
        from string import Template

        PAGE = Template("<h1>$title</h1>")

        class Page(BaseHTTPRequestHandler):
            def do_GET(self):
                self.send_header("Content-Type", "text/html")
                self.wfile.write(PAGE.substitute(title=self.headers["X-Title"]).encode())

        class Untyped(BaseHTTPRequestHandler):
            def do_GET(self):
                self.wfile.write(self.headers["X-Title"].encode())

        class Plain(BaseHTTPRequestHandler):
            def do_GET(self):
                self.send_header("Content-Type", "text/plain; charset=utf-8")
                self.wfile.write(self.headers["X-Title"].encode())

        class Api(BaseHTTPRequestHandler):
            def do_GET(self):
                self.send_header("Content-Type", "application/json")
                self.wfile.write(json.dumps({"title": self.headers["X-Title"]}).encode())
    """
    assert [f for f in findings(code) if f[0] == "OUT401"] == [("OUT401", 10), ("OUT401", 14)]


def test_shelf_opened_at_the_clients_path() -> None:
    """shelve.open/dbm.open of a path the client names reads and writes files there; a checked name does not."""
    code = """
        import dbm
        import os
        import shelve

        def app(environ, start_response):
            user = environ.get("HTTP_X_USER", "")
            shelve.open(os.path.join("/srv/state", user))
            dbm.open(os.path.join("/srv/state", user), "c")
            if user.isalnum():
                shelve.open(os.path.join("/srv/state", user))
            return [b""]
    """
    assert [f for f in findings(code) if f[0] == "INP404"] == [("INP404", 7), ("INP404", 8)]


def test_xmlrpc_registered_function_parameters() -> None:
    """A function an xmlrpc.server registers (register_function(f, name), or the decorator) is called with the
    client's parameters; a function of the module it does not register is not."""
    code = """
        import os
        from xmlrpc.server import SimpleXMLRPCServer

        server = SimpleXMLRPCServer(("127.0.0.1", 8000))

        def purge(unit):
            return os.popen("purge " + unit).read()

        @server.register_function
        def evaluate(expression):
            return eval(expression)

        def local(unit):
            return os.popen("purge " + unit).read()

        server.register_function(purge, "purge")
    """
    assert [f for f in findings(code) if f[0] in ("INP401", "INP403")] == [("INP401", 7), ("INP403", 11)]


COOKIES = """
from http.cookies import SimpleCookie
from http.server import BaseHTTPRequestHandler


def login(environ, start_response):
    start_response("200 OK", [("Set-Cookie", "sid=%s; Path=/" % environ["sid"])])
    start_response("200 OK", [("Set-Cookie", "sid=%s; Path=/; Secure; HttpOnly" % environ["sid"])])
    start_response("200 OK", [("Set-Cookie", "sid=; Max-Age=0; Path=/")])
    return [b""]


class Login(BaseHTTPRequestHandler):
    def do_POST(self):
        self.send_header("Set-Cookie", "sid=" + self.sid + "; HttpOnly")
        jar = SimpleCookie()
        jar["sid"] = self.sid
        self.send_header("Set-Cookie", jar["sid"].OutputString())
        kept = SimpleCookie()
        kept["sid"] = self.sid
        kept["sid"]["secure"] = True
        kept["sid"]["httponly"] = True
        self.send_header("Set-Cookie", kept["sid"].OutputString())
        sent = SimpleCookie(self.headers.get("Cookie", ""))
        self.wfile.write(sent.output().encode())
        built = "sid=%s; Path=/;" % self.sid
        built += " Secure; HttpOnly;"
        self.send_header("Set-Cookie", built)
        self.send_header("Set-Cookie", "theme=dark")
"""


def test_set_cookie_written_by_hand(cli: Any, project: Any) -> None:
    """A Set-Cookie header the code writes itself (a header list's pair, send_header) or a SimpleCookie morsel it
    outputs names its Secure and HttpOnly attributes, or the cookie goes without them; a deleting header, a
    fixed one, the request's cookies parsed with SimpleCookie(header) and text extended by `+=` (not known
    whole) are not judged."""
    root = project({"server.py": COOKIES})
    assert [(line, rule) for line, rule in scan(cli, root) if rule == "OUT150"] == [
        (6, "OUT150"),
        (14, "OUT150"),
        (17, "OUT150"),
    ]
