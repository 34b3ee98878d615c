# family: ldap 90
from flask import Flask, request
from ldap3 import Connection, Server
from ldap3.utils.conv import escape_filter_chars

app = Flask(__name__)


def directory():
    return Connection(Server("ldaps://ldap.internal"), auto_bind=True)


@app.get("/people")
def vuln_people():
    mail = request.args["mail"]
    conn = directory()
    conn.search("ou=people,dc=ledger", f"(mail={mail})", attributes=["cn"])  # sink
    return {"people": [e.cn.value for e in conn.entries]}


@app.get("/people2")
def safe_people():
    mail = escape_filter_chars(request.args["mail"])
    conn = directory()
    conn.search("ou=people,dc=ledger", f"(mail={mail})", attributes=["cn"])  # sink
    return {"people": [e.cn.value for e in conn.entries]}
