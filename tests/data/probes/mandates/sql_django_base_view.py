# family: sql 89
from django.http import JsonResponse

from .repositories.base import open_cursor
from .web.base import ClientScopedView


class VulnClientMandates(ClientScopedView):
    def get(self, request):
        cur = open_cursor()
        cur.execute(f"SELECT * FROM mandates WHERE client = '{self.client}'")  # sink
        return JsonResponse({"rows": cur.fetchall()})


class SafeDeskMandates(ClientScopedView):
    def get(self, request):
        cur = open_cursor()
        cur.execute(f"SELECT * FROM mandates WHERE desk = '{self.desk}' AND client = ?", (self.client,))
        return JsonResponse({"rows": cur.fetchall()})
