# family: log 117
import logging
import socketserver
from http.server import BaseHTTPRequestHandler

log = logging.getLogger("intranet.access")


class VulnAccessHandler(BaseHTTPRequestHandler):
    def do_GET(self):
        log.info("client %s agent %s" % (self.client_address[0], self.headers.get("User-Agent")))  # sink
        self.send_response(204)
        self.end_headers()


class SafeAccessHandler(BaseHTTPRequestHandler):
    def do_GET(self):
        log.info("client %s agent %r", self.client_address[0], self.headers.get("User-Agent"))  # sink
        self.send_response(204)
        self.end_headers()


def vuln_referer(environ, start_response):
    logging.warning(f"came from {environ.get('HTTP_REFERER', '-')}")  # sink
    start_response("204 No Content", [])
    return [b""]


def safe_referer(environ, start_response):
    logging.warning("came from %r", environ.get("HTTP_REFERER", "-"))  # sink
    start_response("204 No Content", [])
    return [b""]


class VulnCommandHandler(socketserver.StreamRequestHandler):
    def handle(self):
        line = self.rfile.readline().decode("utf-8", "replace").strip()
        log.info("command: " + line)  # sink
        self.wfile.write(b"ok\n")


class SafeCommandHandler(socketserver.StreamRequestHandler):
    def handle(self):
        line = self.rfile.readline().decode("utf-8", "replace").strip()
        log.info("command: %r", line)  # sink
        self.wfile.write(b"ok\n")
