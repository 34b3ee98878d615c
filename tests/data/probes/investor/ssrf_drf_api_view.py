# family: ssrf 918
import requests
from rest_framework.decorators import api_view
from rest_framework.response import Response
from rest_framework.views import APIView

PARTNERS = {"registrar": "https://registrar.example.com/api", "agent": "https://agent.example.com/api"}


@api_view(["GET"])
def vuln_partner_status(request):
    url = request.query_params.get("url", "")
    return Response(requests.get(url, timeout=5).json())  # sink


@api_view(["GET"])
def safe_partner_status(request):
    url = PARTNERS.get(request.query_params.get("partner", ""), PARTNERS["registrar"])
    return Response(requests.get(url, timeout=5).json())  # sink


class VulnWebhookTest(APIView):
    def post(self, request):
        callback = request.data["callback"]
        requests.post(callback, json={"test": True}, timeout=5)  # sink
        return Response(status=204)


class SafeWebhookTest(APIView):
    def post(self, request):
        callback = PARTNERS.get(request.data["partner"], PARTNERS["agent"])
        requests.post(callback, json={"test": True}, timeout=5)  # sink
        return Response(status=204)
