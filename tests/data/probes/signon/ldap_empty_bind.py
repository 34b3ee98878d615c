# family: ldapauth 287
import ldap
from django.http import HttpRequest, HttpResponse
from flask import Flask, abort, request, session
from ldap3 import Connection, Server
from ldap.dn import escape_dn_chars

app = Flask(__name__)
DIRECTORY = "ldaps://ad.portal.example"
SERVER = Server(DIRECTORY, use_ssl=True)


@app.post("/login/directory")
def vuln_directory_sign_in() -> object:
    conn = ldap.initialize(DIRECTORY)
    user_dn = f"cn={escape_dn_chars(request.form['username'])},ou=clients,dc=portal,dc=example"
    try:
        conn.simple_bind_s(user_dn, request.form["password"])  # sink
    except ldap.INVALID_CREDENTIALS:
        abort(401)
    session["user"] = request.form["username"]
    return "signed in"


@app.post("/login/directory/checked")
def safe_directory_sign_in() -> object:
    password = request.form.get("password", "")
    if not password:
        abort(401)
    conn = ldap.initialize(DIRECTORY)
    user_dn = f"cn={escape_dn_chars(request.form['username'])},ou=clients,dc=portal,dc=example"
    try:
        conn.simple_bind_s(user_dn, password)
    except ldap.INVALID_CREDENTIALS:
        abort(401)
    session["user"] = request.form["username"]
    return "signed in"


def vuln_upn_sign_in(request: HttpRequest) -> HttpResponse:
    principal = request.POST.get("principal", "")
    conn = Connection(SERVER, principal, request.POST.get("password", ""), auto_bind=True)  # sink
    request.session["principal"] = conn.extend.standard.who_am_i()
    return HttpResponse("signed in")


def safe_upn_sign_in(request: HttpRequest) -> HttpResponse:
    principal = request.POST.get("principal", "")
    if not principal or "@" not in principal:
        return HttpResponse("wrong user name or password", status=401)
    conn = Connection(SERVER, principal, request.POST.get("password", ""), auto_bind=True)
    request.session["principal"] = conn.extend.standard.who_am_i()
    return HttpResponse("signed in")
