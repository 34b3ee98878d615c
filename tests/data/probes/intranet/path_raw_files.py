# family: path 22 23 36 73 99
import cgi
import os
import shelve
import uuid
from email import policy
from email.parser import BytesParser
from http.server import BaseHTTPRequestHandler
from urllib.parse import parse_qs, unquote, urlparse

REPORTS = "/srv/intranet/reports"
EXPORTS = "/srv/intranet/exports"
UPLOADS = "/srv/intranet/uploads"
INBOX = "/srv/intranet/inbox"
STATE = "/srv/intranet/state"


def vuln_download(environ, start_response):
    name = parse_qs(environ["QUERY_STRING"])["file"][0]
    with open(os.path.join(REPORTS, name), "rb") as fh:  # sink
        data = fh.read()
    start_response("200 OK", [("Content-Type", "application/pdf")])
    return [data]


def safe_download(environ, start_response):
    name = os.path.basename(parse_qs(environ["QUERY_STRING"])["file"][0])
    with open(os.path.join(REPORTS, name), "rb") as fh:  # sink
        data = fh.read()
    start_response("200 OK", [("Content-Type", "application/pdf")])
    return [data]


class VulnExportHandler(BaseHTTPRequestHandler):
    def do_GET(self):
        rel = unquote(urlparse(self.path).path[len("/exports/") :])
        with open(os.path.join(EXPORTS, rel), "rb") as fh:  # sink
            self.send_response(200)
            self.end_headers()
            self.wfile.write(fh.read())


class SafeExportHandler(BaseHTTPRequestHandler):
    def do_GET(self):
        rel = unquote(urlparse(self.path).path[len("/exports/") :])
        full = os.path.realpath(os.path.join(EXPORTS, rel))
        if not full.startswith(EXPORTS + os.sep):
            self.send_error(404)
            return
        with open(full, "rb") as fh:  # sink
            self.send_response(200)
            self.end_headers()
            self.wfile.write(fh.read())


def vuln_upload(environ, start_response):
    form = cgi.FieldStorage(fp=environ["wsgi.input"], environ=environ)
    item = form["upload"]
    with open(os.path.join(UPLOADS, item.filename), "wb") as out:  # sink
        out.write(item.file.read())
    start_response("201 Created", [])
    return [b""]


def safe_upload(environ, start_response):
    form = cgi.FieldStorage(fp=environ["wsgi.input"], environ=environ)
    item = form["upload"]
    with open(os.path.join(UPLOADS, uuid.uuid4().hex + ".bin"), "wb") as out:  # sink
        out.write(item.file.read())
    start_response("201 Created", [])
    return [b""]


class VulnMailDropHandler(BaseHTTPRequestHandler):
    def do_POST(self):
        raw = self.rfile.read(int(self.headers.get("Content-Length", 0)))
        message = BytesParser(policy=policy.default).parsebytes(raw)
        for part in message.iter_attachments():
            with open(os.path.join(INBOX, part.get_filename()), "wb") as out:  # sink
                out.write(part.get_content())
        self.send_response(204)
        self.end_headers()


class SafeMailDropHandler(BaseHTTPRequestHandler):
    def do_POST(self):
        raw = self.rfile.read(int(self.headers.get("Content-Length", 0)))
        message = BytesParser(policy=policy.default).parsebytes(raw)
        for part in message.iter_attachments():
            with open(os.path.join(INBOX, os.path.basename(part.get_filename())), "wb") as out:  # sink
                out.write(part.get_content())
        self.send_response(204)
        self.end_headers()


def vuln_user_state(environ, start_response):
    user = environ.get("HTTP_X_USER", "anonymous")
    with shelve.open(os.path.join(STATE, user)) as db:  # sink
        count = db.get("visits", 0) + 1
        db["visits"] = count
    start_response("200 OK", [("Content-Type", "text/plain")])
    return [str(count).encode()]


def safe_user_state(environ, start_response):
    user = environ.get("HTTP_X_USER", "anonymous")
    if not user.isalnum():
        user = "anonymous"
    with shelve.open(os.path.join(STATE, user)) as db:  # sink
        count = db.get("visits", 0) + 1
        db["visits"] = count
    start_response("200 OK", [("Content-Type", "text/plain")])
    return [str(count).encode()]
