# family: ldap 90
from flask import Flask, request
from ldap3 import Connection, Server
from ldap3.utils.conv import escape_filter_chars

app = Flask(__name__)


class AdviserDirectory:
    def __init__(self):
        self.conn = Connection(Server("ldaps://ldap.advisory.example"), auto_bind=True)

    def find(self, name):
        self.conn.search("ou=advisers,dc=advisory", f"(&(objectClass=person)(cn={name}))", attributes=["mail"])  # sink
        return [e.mail.value for e in self.conn.entries]

    def find_escaped(self, name):
        query = f"(&(objectClass=person)(cn={escape_filter_chars(name)}))"
        self.conn.search("ou=advisers,dc=advisory", query, attributes=["mail"])  # sink
        return [e.mail.value for e in self.conn.entries]


@app.get("/advisers")
def vuln_adviser_lookup():
    return {"mail": AdviserDirectory().find(request.args["name"])}


@app.get("/advisers/escaped")
def safe_adviser_lookup():
    return {"mail": AdviserDirectory().find_escaped(request.args["name"])}
