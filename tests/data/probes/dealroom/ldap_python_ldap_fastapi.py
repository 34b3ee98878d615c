# family: ldap 90
import ldap
import ldap.filter
from fastapi import FastAPI

app = FastAPI()
BASE = "ou=people,dc=firm,dc=example"


def directory():
    conn = ldap.initialize("ldaps://ldap.firm.example")
    conn.simple_bind_s()
    return conn


@app.get("/insiders/directory")
def vuln_directory(uid: str):
    found = directory().search_s(BASE, ldap.SCOPE_SUBTREE, "(uid=" + uid + ")", ["cn"])  # sink
    return {"count": len(found)}


@app.get("/insiders/directory2")
def safe_directory(uid: str):
    query = ldap.filter.filter_format("(uid=%s)", [uid])
    found = directory().search_s(BASE, ldap.SCOPE_SUBTREE, query, ["cn"])  # sink
    return {"count": len(found)}
