# family: sql 89
from django.db import connection
from django.http import JsonResponse
from django.views import View


class VulnAuditView(View):
    def _where(self):
        actor = self.request.GET.get("actor", "")
        return f"WHERE actor = '{actor}'"

    def get(self, request):
        with connection.cursor() as cursor:
            cursor.execute("SELECT action, at FROM audit " + self._where())  # sink
            return JsonResponse({"rows": cursor.fetchall()})


class SafeAuditView(View):
    def _params(self):
        return [self.request.GET.get("actor", "")]

    def get(self, request):
        with connection.cursor() as cursor:
            cursor.execute("SELECT action, at FROM audit WHERE actor = %s", self._params())  # sink
            return JsonResponse({"rows": cursor.fetchall()})
