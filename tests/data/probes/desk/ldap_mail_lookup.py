# family: ldap 90
import ldap
import ldap.filter
from flask import Flask, request

app = Flask(__name__)


def _bind():
    conn = ldap.initialize("ldaps://dir.desk.example")
    conn.simple_bind_s("cn=portal,ou=apps,dc=desk", app.config["LDAP_PASSWORD"])
    return conn


@app.get("/contacts/by-mail")
def vuln_contact_by_mail():
    mail = request.args["mail"]
    query = "(&(objectClass=inetOrgPerson)(mail={}))".format(mail)
    return {"n": len(_bind().search_s("ou=clients,dc=desk", ldap.SCOPE_SUBTREE, query))}  # sink


@app.get("/contacts/by-mail/safe")
def safe_contact_by_mail():
    mail = request.args["mail"]
    query = ldap.filter.filter_format("(&(objectClass=inetOrgPerson)(mail=%s))", [mail])
    return {"n": len(_bind().search_s("ou=clients,dc=desk", ldap.SCOPE_SUBTREE, query))}  # sink
