# family: timing 208 385
import hashlib
import hmac
import os
from http.server import BaseHTTPRequestHandler

WEBHOOK_KEY = os.environ.get("INTRANET_WEBHOOK_KEY", "").encode()
API_KEY = os.environ.get("INTRANET_API_KEY", "")


def vuln_webhook(environ, start_response):
    body = environ["wsgi.input"].read(int(environ.get("CONTENT_LENGTH") or 0))
    signature = environ.get("HTTP_X_SIGNATURE", "")
    expected = hmac.new(WEBHOOK_KEY, body, hashlib.sha256).hexdigest()
    if signature != expected:  # sink
        start_response("403 Forbidden", [])
        return [b""]
    start_response("204 No Content", [])
    return [b""]


def safe_webhook(environ, start_response):
    body = environ["wsgi.input"].read(int(environ.get("CONTENT_LENGTH") or 0))
    signature = environ.get("HTTP_X_SIGNATURE", "")
    expected = hmac.new(WEBHOOK_KEY, body, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(signature, expected):  # sink
        start_response("403 Forbidden", [])
        return [b""]
    start_response("204 No Content", [])
    return [b""]


class VulnApiKeyHandler(BaseHTTPRequestHandler):
    def do_GET(self):
        if self.headers.get("X-Api-Key", "") != API_KEY:  # sink
            self.send_error(403)
            return
        self.send_response(204)
        self.end_headers()


class SafeApiKeyHandler(BaseHTTPRequestHandler):
    def do_GET(self):
        if not hmac.compare_digest(self.headers.get("X-Api-Key", ""), API_KEY):  # sink
            self.send_error(403)
            return
        self.send_response(204)
        self.end_headers()
