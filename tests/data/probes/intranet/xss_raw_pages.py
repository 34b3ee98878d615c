# family: xss 79 80
import html
from http.server import BaseHTTPRequestHandler
from string import Template
from urllib.parse import parse_qs, urlparse

from webob import Request, Response

PAGE = Template("<html><body><h1>$title</h1></body></html>")


class VulnGreetingHandler(BaseHTTPRequestHandler):
    def do_GET(self):
        name = parse_qs(urlparse(self.path).query).get("name", [""])[0]
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.end_headers()
        self.wfile.write(f"<p>Hello {name}</p>".encode())  # sink


class SafeGreetingHandler(BaseHTTPRequestHandler):
    def do_GET(self):
        name = parse_qs(urlparse(self.path).query).get("name", [""])[0]
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.end_headers()
        self.wfile.write(f"<p>Hello {html.escape(name)}</p>".encode())  # sink


class VulnTitleHandler(BaseHTTPRequestHandler):
    def do_GET(self):
        title = self.headers.get("X-Report-Title", "Report")
        page = PAGE.substitute(title=title)
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.end_headers()
        self.wfile.write(page.encode("utf-8"))  # sink


class SafeTitleHandler(BaseHTTPRequestHandler):
    def do_GET(self):
        title = self.headers.get("X-Report-Title", "Report")
        page = PAGE.substitute(title=html.escape(title))
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.end_headers()
        self.wfile.write(page.encode("utf-8"))  # sink


def vuln_search_page(environ, start_response):
    term = parse_qs(environ.get("QUERY_STRING", "")).get("q", [""])[0]
    body = "<p>No result for %s</p>" % term  # sink
    start_response("200 OK", [("Content-Type", "text/html; charset=utf-8")])
    return [body.encode("utf-8")]


def safe_search_page(environ, start_response):
    term = parse_qs(environ.get("QUERY_STRING", "")).get("q", [""])[0]
    body = "<p>No result for %s</p>" % html.escape(term)  # sink
    start_response("200 OK", [("Content-Type", "text/html; charset=utf-8")])
    return [body.encode("utf-8")]


def vuln_webob_badge(environ, start_response):
    req = Request(environ)
    response = Response(text=f"<b>{req.params.get('who', '')}</b>")  # sink
    return response(environ, start_response)


def safe_webob_badge(environ, start_response):
    req = Request(environ)
    response = Response(text=f"<b>{html.escape(req.params.get('who', ''))}</b>")  # sink
    return response(environ, start_response)
