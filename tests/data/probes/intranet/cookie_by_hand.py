# family: cookie 614 1004
import secrets
from http.cookies import SimpleCookie
from http.server import BaseHTTPRequestHandler


def vuln_login(environ, start_response):
    sid = secrets.token_urlsafe(32)
    start_response("200 OK", [("Content-Type", "text/plain"), ("Set-Cookie", "sid=%s; Path=/" % sid)])  # sink
    return [b"welcome"]


def safe_login(environ, start_response):
    sid = secrets.token_urlsafe(32)
    cookie = "sid=%s; Path=/; Secure; HttpOnly; SameSite=Lax" % sid
    start_response("200 OK", [("Content-Type", "text/plain"), ("Set-Cookie", cookie)])  # sink
    return [b"welcome"]


class VulnLoginHandler(BaseHTTPRequestHandler):
    def do_POST(self):
        sid = secrets.token_urlsafe(32)
        self.send_response(200)
        self.send_header("Set-Cookie", f"sid={sid}; Path=/; SameSite=Lax")  # sink
        self.end_headers()


class SafeLoginHandler(BaseHTTPRequestHandler):
    def do_POST(self):
        sid = secrets.token_urlsafe(32)
        self.send_response(200)
        self.send_header("Set-Cookie", f"sid={sid}; Path=/; Secure; HttpOnly; SameSite=Lax")  # sink
        self.end_headers()


def vuln_morsel_login(environ, start_response):
    cookie = SimpleCookie()
    cookie["sid"] = secrets.token_urlsafe(32)
    cookie["sid"]["path"] = "/"
    start_response("200 OK", [("Set-Cookie", cookie["sid"].OutputString())])  # sink
    return [b"welcome"]


def safe_morsel_login(environ, start_response):
    cookie = SimpleCookie()
    cookie["sid"] = secrets.token_urlsafe(32)
    cookie["sid"]["path"] = "/"
    cookie["sid"]["secure"] = True
    cookie["sid"]["httponly"] = True
    start_response("200 OK", [("Set-Cookie", cookie["sid"].OutputString())])  # sink
    return [b"welcome"]
