# family: ldap 90
import ldap
from django.http import JsonResponse
from ldap.filter import escape_filter_chars


def vuln_adviser_groups(request):
    mail = request.GET["mail"].replace("*", "")
    conn = ldap.initialize("ldaps://directory.firm.example")
    found = conn.search_s("ou=advisers,dc=firm,dc=example", ldap.SCOPE_SUBTREE, f"(mail={mail})", ["memberOf"])  # sink
    return JsonResponse({"groups": [str(dn) for dn, _ in found]})


def safe_adviser_groups(request):
    mail = escape_filter_chars(request.GET["mail"])
    conn = ldap.initialize("ldaps://directory.firm.example")
    found = conn.search_s("ou=advisers,dc=firm,dc=example", ldap.SCOPE_SUBTREE, f"(mail={mail})", ["memberOf"])  # sink
    return JsonResponse({"groups": [str(dn) for dn, _ in found]})
