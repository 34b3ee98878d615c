# family: redirect 601
from http.server import BaseHTTPRequestHandler
from urllib.parse import parse_qs, urlparse

from webob import Request
from webob.exc import HTTPFound

LANDING_PAGES = frozenset({"/", "/positions", "/limits", "/reports"})


def vuln_login_done(environ, start_response):
    target = parse_qs(environ.get("QUERY_STRING", "")).get("next", ["/"])[0]
    start_response("302 Found", [("Location", target)])  # sink
    return [b""]


def safe_login_done(environ, start_response):
    target = parse_qs(environ.get("QUERY_STRING", "")).get("next", ["/"])[0]
    if target not in LANDING_PAGES:
        target = "/"
    start_response("302 Found", [("Location", target)])  # sink
    return [b""]


class VulnBounceHandler(BaseHTTPRequestHandler):
    def do_GET(self):
        to = parse_qs(urlparse(self.path).query).get("to", ["/"])[0]
        self.send_response(302)
        self.send_header("Location", to)  # sink
        self.end_headers()


class SafeBounceHandler(BaseHTTPRequestHandler):
    def do_GET(self):
        to = parse_qs(urlparse(self.path).query).get("to", ["/"])[0]
        if to not in LANDING_PAGES:
            to = "/"
        self.send_response(302)
        self.send_header("Location", to)  # sink
        self.end_headers()


def vuln_webob_next(environ, start_response):
    req = Request(environ)
    return HTTPFound(location=req.params.get("next", "/"))(environ, start_response)  # sink


def safe_webob_next(environ, start_response):
    req = Request(environ)
    target = req.params.get("next", "/")
    if target not in LANDING_PAGES:
        target = "/"
    return HTTPFound(location=target)(environ, start_response)  # sink
