# family: ldap 90
from fastapi import FastAPI, Form
from ldap3 import Connection, Server
from ldap3.utils.conv import escape_filter_chars

app = FastAPI()
server = Server("ldaps://directory.internal")


@app.post("/watchlist/insider-lookup")
def vuln_insider_lookup(employee: str = Form()):
    conn = Connection(server, auto_bind=True)
    conn.search("ou=staff,dc=firm,dc=internal", "(&(objectClass=person)(uid=" + employee + "))")  # sink
    return {"found": len(conn.entries)}


@app.post("/watchlist/insider-lookup2")
def safe_insider_lookup(employee: str = Form()):
    conn = Connection(server, auto_bind=True)
    conn.search("ou=staff,dc=firm,dc=internal", "(&(objectClass=person)(uid=" + escape_filter_chars(employee) + "))")  # sink
    return {"found": len(conn.entries)}
