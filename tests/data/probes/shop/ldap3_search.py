# family: ldap 90
from django.http import JsonResponse
from ldap3 import Connection, Server
from ldap3.utils.conv import escape_filter_chars


def vuln_group_members(request):
    group = request.GET["group"]
    conn = Connection(Server("ldap.corp.example"), auto_bind=True)
    conn.search("dc=corp", f"(&(objectClass=group)(cn={group}))")  # sink
    return JsonResponse({"n": len(conn.entries)})


def safe_group_members(request):
    group = escape_filter_chars(request.GET["group"])
    conn = Connection(Server("ldap.corp.example"), auto_bind=True)
    conn.search("dc=corp", f"(&(objectClass=group)(cn={group}))")  # sink
    return JsonResponse({"n": len(conn.entries)})
