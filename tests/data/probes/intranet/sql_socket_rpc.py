# family: sql 89
import socketserver
import sqlite3
from string import Template
from xmlrpc.server import SimpleXMLRPCServer

from webob import Request, Response

DB = "/var/lib/intranet/quotes.db"
TABLES = {"eq": "equity_quotes", "fi": "bond_quotes"}


class VulnQuoteHandler(socketserver.BaseRequestHandler):
    def handle(self):
        symbol = self.request.recv(64).decode("ascii", "replace").strip()
        conn = sqlite3.connect(DB)
        row = conn.execute("SELECT px FROM quotes WHERE symbol = '%s'" % symbol).fetchone()  # sink
        self.request.sendall(repr(row).encode())


class SafeQuoteHandler(socketserver.BaseRequestHandler):
    def handle(self):
        symbol = self.request.recv(64).decode("ascii", "replace").strip()
        conn = sqlite3.connect(DB)
        row = conn.execute("SELECT px FROM quotes WHERE symbol = ?", (symbol,)).fetchone()  # sink
        self.request.sendall(repr(row).encode())


def vuln_client_limit(client):
    conn = sqlite3.connect(DB)
    return conn.execute("SELECT limit_amt FROM limits WHERE client = '%s'" % client).fetchone()  # sink


def safe_client_limit(client):
    conn = sqlite3.connect(DB)
    return conn.execute("SELECT limit_amt FROM limits WHERE client = ?", (client,)).fetchone()  # sink


def vuln_webob_desk(environ, start_response):
    req = Request(environ)
    desk = req.POST.get("desk", "")
    rows = sqlite3.connect(DB).execute("SELECT * FROM books WHERE desk = '" + desk + "'").fetchall()  # sink
    return Response(json_body=rows)(environ, start_response)


def safe_webob_desk(environ, start_response):
    req = Request(environ)
    desk = req.POST.get("desk", "")
    rows = sqlite3.connect(DB).execute("SELECT * FROM books WHERE desk = ?", (desk,)).fetchall()  # sink
    return Response(json_body=rows)(environ, start_response)


def vuln_template_quotes(environ, start_response):
    req = Request(environ)
    query = Template("SELECT * FROM $table WHERE day = '$day'").substitute(table="quotes", day=req.GET["day"])
    rows = sqlite3.connect(DB).execute(query).fetchall()  # sink
    return Response(json_body=rows)(environ, start_response)


def safe_template_quotes(environ, start_response):
    req = Request(environ)
    table = TABLES.get(req.GET.get("market", ""), "equity_quotes")
    query = Template("SELECT * FROM $table WHERE day = ?").substitute(table=table)
    rows = sqlite3.connect(DB).execute(query, (req.GET["day"],)).fetchall()  # sink
    return Response(json_body=rows)(environ, start_response)


def serve():
    server = SimpleXMLRPCServer(("0.0.0.0", 8100), allow_none=True)
    server.register_function(vuln_client_limit, "client_limit")
    server.register_function(safe_client_limit, "client_limit_v2")
    server.serve_forever()


if __name__ == "__main__":
    with socketserver.TCPServer(("0.0.0.0", 9100), SafeQuoteHandler) as tcp:
        tcp.serve_forever()
