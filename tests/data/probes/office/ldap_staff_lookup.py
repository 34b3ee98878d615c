# family: ldap 90
import ldap3
from ldap3.utils.conv import escape_filter_chars
from flask import Flask, request

app = Flask(__name__)


def _directory():
    return ldap3.Connection(ldap3.Server("ldap://dir.office.internal"), auto_bind=True)


@app.get("/directory")
def vuln_directory():
    conn = _directory()
    conn.search("ou=staff,dc=office", "(&(objectClass=person)(cn=%s))" % request.args["cn"])  # sink
    return {"entries": [str(e) for e in conn.entries]}


@app.get("/directory/safe")
def safe_directory():
    conn = _directory()
    cn = escape_filter_chars(request.args["cn"])
    conn.search("ou=staff,dc=office", "(&(objectClass=person)(cn=%s))" % cn)  # sink
    return {"entries": [str(e) for e in conn.entries]}
