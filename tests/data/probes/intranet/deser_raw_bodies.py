# family: deser 502
import base64
import json
import marshal
import pickle
import socketserver
from http.cookies import SimpleCookie
from http.server import BaseHTTPRequestHandler


class VulnImportHandler(BaseHTTPRequestHandler):
    def do_POST(self):
        data = self.rfile.read(int(self.headers["Content-Length"]))
        batch = pickle.loads(data)  # sink
        self.send_response(200)
        self.end_headers()
        self.wfile.write(str(len(batch)).encode())


class SafeImportHandler(BaseHTTPRequestHandler):
    def do_POST(self):
        data = self.rfile.read(int(self.headers["Content-Length"]))
        batch = json.loads(data)  # sink
        self.send_response(200)
        self.end_headers()
        self.wfile.write(str(len(batch)).encode())


class VulnStateHandler(socketserver.BaseRequestHandler):
    def handle(self):
        blob = self.request.recv(65536)
        state = marshal.loads(blob)  # sink
        self.request.sendall(repr(state).encode())


class SafeStateHandler(socketserver.BaseRequestHandler):
    def handle(self):
        blob = self.request.recv(65536)
        state = json.loads(blob)  # sink
        self.request.sendall(repr(state).encode())


def vuln_prefs(environ, start_response):
    cookie = SimpleCookie(environ.get("HTTP_COOKIE", ""))
    prefs = pickle.loads(base64.b64decode(cookie["prefs"].value))  # sink
    start_response("200 OK", [("Content-Type", "text/plain")])
    return [repr(prefs).encode()]


def safe_prefs(environ, start_response):
    cookie = SimpleCookie(environ.get("HTTP_COOKIE", ""))
    prefs = json.loads(base64.b64decode(cookie["prefs"].value))  # sink
    start_response("200 OK", [("Content-Type", "text/plain")])
    return [repr(prefs).encode()]


if __name__ == "__main__":
    with socketserver.ThreadingTCPServer(("0.0.0.0", 9200), SafeStateHandler) as server:
        server.serve_forever()
