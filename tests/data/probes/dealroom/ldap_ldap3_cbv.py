# family: ldap 90
from django.conf import settings
from django.http import JsonResponse
from django.views import View
from ldap3 import Connection, Server
from ldap3.utils.conv import escape_filter_chars

SERVER = Server(settings.LDAP_URL)


class VulnAdvisorSearch(View):
    def get(self, request):
        mail = request.GET["mail"]
        conn = Connection(SERVER, settings.LDAP_USER, settings.LDAP_PASSWORD, auto_bind=True)
        conn.search("ou=advisors,dc=firm,dc=example", "(&(objectClass=person)(mail=%s))" % mail)  # sink
        return JsonResponse({"found": len(conn.entries)})


class SafeAdvisorSearch(View):
    def get(self, request):
        mail = escape_filter_chars(request.GET["mail"])
        conn = Connection(SERVER, settings.LDAP_USER, settings.LDAP_PASSWORD, auto_bind=True)
        conn.search("ou=advisors,dc=firm,dc=example", "(&(objectClass=person)(mail=%s))" % mail)  # sink
        return JsonResponse({"found": len(conn.entries)})
