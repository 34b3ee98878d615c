# family: ldap 90
import ldap
from ldap3 import Connection, Server
from ldap3.utils.conv import escape_filter_chars
from ldap3.utils.dn import escape_rdn
from ldap.filter import escape_filter_chars as ldap_escape

from flask import Flask, request

app = Flask(__name__)
SERVER = Server("ldaps://ldap.portal.example", use_ssl=True)
BASE = "ou=clients,dc=portal,dc=example"


@app.post("/ldap/login")
def vuln_ldap_lookup() -> object:
    username = request.form["username"]
    service = Connection(SERVER, "cn=portal,ou=services,dc=portal,dc=example", "from-vault", auto_bind=True)
    service.search(BASE, f"(&(objectClass=person)(uid={username}))", attributes=["dn"])  # sink
    if not service.entries:
        return "wrong user name or password", 401
    user_dn = service.entries[0].entry_dn
    Connection(SERVER, user_dn, request.form["password"], auto_bind=True)
    return "signed in"


@app.post("/ldap/login/escaped")
def safe_ldap_lookup() -> object:
    username = request.form["username"]
    service = Connection(SERVER, "cn=portal,ou=services,dc=portal,dc=example", "from-vault", auto_bind=True)
    service.search(BASE, f"(&(objectClass=person)(uid={escape_filter_chars(username)}))", attributes=["dn"])
    if not service.entries:
        return "wrong user name or password", 401
    user_dn = service.entries[0].entry_dn
    Connection(SERVER, user_dn, request.form["password"], auto_bind=True)
    return "signed in"


@app.post("/ldap/groups")
def vuln_ldap_groups() -> object:
    conn = ldap.initialize("ldaps://ldap.portal.example")
    conn.simple_bind_s("cn=portal,ou=services,dc=portal,dc=example", "from-vault")
    member = request.form["username"]
    return {"groups": conn.search_s(BASE, ldap.SCOPE_SUBTREE, "(memberUid=%s)" % member, ["cn"])}  # sink


@app.post("/ldap/groups/escaped")
def safe_ldap_groups() -> object:
    conn = ldap.initialize("ldaps://ldap.portal.example")
    conn.simple_bind_s("cn=portal,ou=services,dc=portal,dc=example", "from-vault")
    member = ldap_escape(request.form["username"])
    return {"groups": conn.search_s(BASE, ldap.SCOPE_SUBTREE, "(memberUid=%s)" % member, ["cn"])}


@app.post("/ldap/bind")
def vuln_ldap_user_bind_dn() -> object:
    user_dn = f"uid={request.form['username']},{BASE}"
    Connection(SERVER, user_dn, request.form["password"], auto_bind=True)  # sink
    return "signed in"


@app.post("/ldap/bind/escaped")
def safe_ldap_user_bind_dn() -> object:
    user_dn = f"uid={escape_rdn(request.form['username'])},{BASE}"
    Connection(SERVER, user_dn, request.form["password"], auto_bind=True)
    return "signed in"
