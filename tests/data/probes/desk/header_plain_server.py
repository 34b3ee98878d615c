# family: header 113 20
import re
from http.server import BaseHTTPRequestHandler, HTTPServer

TOKEN = re.compile(r"[A-Za-z0-9-]{1,64}")


class VulnTraceHandler(BaseHTTPRequestHandler):
    def do_GET(self):
        self.send_response(200)
        self.send_header("X-Trace-Id", self.headers.get("X-Trace-Id", "none"))  # sink
        self.end_headers()
        self.wfile.write(b"ok")


class SafeTraceHandler(BaseHTTPRequestHandler):
    def do_GET(self):
        trace = self.headers.get("X-Trace-Id", "none")
        if not TOKEN.fullmatch(trace):
            trace = "none"
        self.send_response(200)
        self.send_header("X-Trace-Id", trace)  # sink
        self.end_headers()
        self.wfile.write(b"ok")


if __name__ == "__main__":
    HTTPServer(("127.0.0.1", 8080), SafeTraceHandler).serve_forever()
