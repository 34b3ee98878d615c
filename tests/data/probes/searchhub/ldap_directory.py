# family: ldap 90
import ldap
from flask import Flask, request
from ldap3 import SUBTREE, Connection, Server
from ldap3.utils.conv import escape_filter_chars
from ldap.filter import filter_format

app = Flask(__name__)
BASE = "ou=researchers,dc=corp,dc=example"
conn = Connection(Server("ldaps://ldap.internal"), "cn=svc,dc=corp,dc=example", "from-vault", auto_bind=True)


@app.get("/people/by-orcid")
def vuln_paged_by_orcid():
    orcid = request.args["orcid"]
    entries = conn.extend.standard.paged_search(BASE, f"(&(objectClass=person)(orcid={orcid}))", SUBTREE, attributes=["cn"])  # sink
    return {"people": [e["attributes"]["cn"] for e in entries]}


@app.get("/people/by-orcid/v2")
def safe_paged_by_orcid():
    orcid = escape_filter_chars(request.args["orcid"])
    entries = conn.extend.standard.paged_search(BASE, f"(&(objectClass=person)(orcid={orcid}))", SUBTREE, attributes=["cn"])  # sink
    return {"people": [e["attributes"]["cn"] for e in entries]}


@app.get("/people/by-lab")
def vuln_python_ldap_lab():
    lab = request.args["lab"]
    directory = ldap.initialize("ldaps://ldap.internal")
    found = directory.search_s(BASE, ldap.SCOPE_SUBTREE, "(&(objectClass=person)(lab=%s))" % lab, ["mail"])  # sink
    return {"mail": [attrs["mail"][0].decode() for _, attrs in found]}


@app.get("/people/by-lab/v2")
def safe_python_ldap_lab():
    lab = request.args["lab"]
    directory = ldap.initialize("ldaps://ldap.internal")
    found = directory.search_s(BASE, ldap.SCOPE_SUBTREE, filter_format("(&(objectClass=person)(lab=%s))", [lab]), ["mail"])  # sink
    return {"mail": [attrs["mail"][0].decode() for _, attrs in found]}
