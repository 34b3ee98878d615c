# family: ldap 90
import ldap
from flask import Flask, request
from ldap.filter import escape_filter_chars

app = Flask(__name__)


def directory():
    conn = ldap.initialize("ldaps://ldap.corp.example")
    conn.simple_bind_s("cn=reader,dc=corp", "")
    return conn


@app.route("/people")
def vuln_people():
    uid = request.args["uid"]
    conn = directory()
    res = conn.search_s("ou=people,dc=corp", ldap.SCOPE_SUBTREE, "(uid=" + uid + ")")  # sink
    return {"n": len(res)}


@app.route("/people/safe")
def safe_people():
    uid = escape_filter_chars(request.args["uid"])
    conn = directory()
    res = conn.search_s("ou=people,dc=corp", ldap.SCOPE_SUBTREE, "(uid=" + uid + ")")  # sink
    return {"n": len(res)}
