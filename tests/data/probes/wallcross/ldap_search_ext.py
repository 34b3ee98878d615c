# family: ldap 90
import ldap
from flask import Flask, request
from ldap.filter import escape_filter_chars

app = Flask(__name__)


@app.get("/bankers/lookup")
def vuln_banker_lookup():
    conn = ldap.initialize("ldaps://dir.internal")
    msgid = conn.search_ext("ou=bankers,dc=corp", ldap.SCOPE_SUBTREE, "(mail=" + request.args["mail"] + ")")  # sink
    return {"entries": str(conn.result(msgid))}


@app.get("/bankers/lookup/safe")
def safe_banker_lookup():
    conn = ldap.initialize("ldaps://dir.internal")
    msgid = conn.search_ext("ou=bankers,dc=corp", ldap.SCOPE_SUBTREE, "(mail=" + escape_filter_chars(request.args["mail"]) + ")")  # sink
    return {"entries": str(conn.result(msgid))}
