# family: cmd 78
import os
import shlex
import subprocess
from http.server import BaseHTTPRequestHandler
from urllib.parse import parse_qs, urlparse
from xmlrpc.server import SimpleXMLRPCServer

UNITS = frozenset({"pricing", "feeds", "reports"})


class VulnOpsHandler(BaseHTTPRequestHandler):
    def do_POST(self):
        params = parse_qs(urlparse(self.path).query)
        action = params.get("action", ["status"])[0]
        handler = getattr(self, "op_" + action, None)
        if handler is None:
            self.send_error(404)
            return
        handler(params)

    def op_restart(self, params):
        unit = params["unit"][0]
        subprocess.Popen("sudo systemctl restart " + unit, shell=True)  # sink
        self.send_response(202)
        self.end_headers()


class SafeOpsHandler(BaseHTTPRequestHandler):
    def do_POST(self):
        params = parse_qs(urlparse(self.path).query)
        action = params.get("action", ["status"])[0]
        handler = getattr(self, "op_" + action, None)
        if handler is None:
            self.send_error(404)
            return
        handler(params)

    def op_restart(self, params):
        unit = params["unit"][0]
        subprocess.Popen("sudo systemctl restart " + shlex.quote(unit), shell=True)  # sink
        self.send_response(202)
        self.end_headers()


class VulnOpsService:
    def purge_cache(self, unit):
        return os.popen("/opt/intranet/bin/purge " + unit).read()  # sink


class SafeOpsService:
    def purge_cache(self, unit):
        if unit not in UNITS:
            raise ValueError("unknown unit")
        return os.popen("/opt/intranet/bin/purge " + unit).read()  # sink


def serve(safe):
    server = SimpleXMLRPCServer(("0.0.0.0", 8101))
    server.register_instance(SafeOpsService() if safe else VulnOpsService())
    server.serve_forever()
