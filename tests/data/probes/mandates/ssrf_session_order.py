# family: ssrf 918
from django.http import JsonResponse
from django.views import View

from .adapters.custodian import CustodianClient, Environment
from .settings import CUSTODIAN_URL


class VulnPostedOrder(View):
    def connect(self):
        self.client = CustodianClient(Environment(CUSTODIAN_URL))

    def post(self, request):
        order_id = request.POST.get("order_id")
        self.connect()
        return JsonResponse(self.client.fetch("/v2/orders/" + order_id))  # sink


class SafeOrderKeptInSession(View):
    def connect(self):
        self.client = CustodianClient(Environment(CUSTODIAN_URL))

    def post(self, request):
        order_id = request.POST.get("order_id")
        if order_id and order_id == request.session.get("custodian_order_id"):
            self.connect()
            return JsonResponse(self.client.fetch("/v2/orders/" + order_id))
        return JsonResponse({"error": "unknown order"}, status=400)
