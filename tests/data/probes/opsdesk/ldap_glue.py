# family: ldap 90
"""Directory look-ups of the operations desk's staff pages."""

import ssl

import ldap3
from django.http import HttpRequest, JsonResponse
from ldap3.utils.conv import escape_filter_chars

from . import settings


def _connection() -> ldap3.Connection:
    tls = ldap3.Tls(validate=ssl.CERT_REQUIRED, ca_certs_file=settings.PARTNER_CA)
    server = ldap3.Server(settings.LDAP_URL, use_ssl=True, tls=tls)
    return ldap3.Connection(server, settings.LDAP_BIND_DN, settings.LDAP_BIND_PASSWORD, auto_bind=True)


def safe_staff_lookup(request: HttpRequest) -> JsonResponse:
    name = escape_filter_chars(request.GET.get("uid", ""))
    conn = _connection()
    conn.search("ou=people,dc=corp,dc=example", f"(&(objectClass=person)(uid={name}))", attributes=["cn", "mail"])
    return JsonResponse({"entries": [entry.entry_to_json() for entry in conn.entries]})


def safe_group_members(request: HttpRequest) -> JsonResponse:
    conn = _connection()
    conn.search("ou=groups,dc=corp,dc=example", "(cn=ops-oncall)", attributes=["member"])
    return JsonResponse({"members": [str(m) for entry in conn.entries for m in entry.member]})


def vuln_staff_lookup(request: HttpRequest) -> JsonResponse:
    name = request.GET.get("uid", "")
    conn = _connection()
    conn.search("ou=people,dc=corp,dc=example", f"(&(objectClass=person)(uid={name}))", attributes=["cn"])  # sink
    return JsonResponse({"entries": [entry.entry_to_json() for entry in conn.entries]})
