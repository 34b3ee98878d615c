# family: ssrf 918
import requests
from rest_framework import mixins, viewsets
from rest_framework.response import Response
from rest_framework.views import APIView

from . import services
from .serializers import CheckedHookSerializer, HookSerializer

PRICE_SOURCES = {"bbg": "https://prices.bbg.example/v1", "refinitiv": "https://prices.refinitiv.example/v2"}


class VulnHookViewSet(mixins.CreateModelMixin, viewsets.GenericViewSet):
    serializer_class = HookSerializer

    def perform_create(self, serializer):
        services.post_hook(serializer.validated_data["callback"], {"event": "registered"})  # sink


class SafeHookViewSet(mixins.CreateModelMixin, viewsets.GenericViewSet):
    serializer_class = CheckedHookSerializer

    def perform_create(self, serializer):
        services.post_hook(serializer.validated_data["callback"], {"event": "registered"})  # sink


class VulnPriceProxy(APIView):
    def get(self, request):
        source = request.query_params.get("source", "bbg")
        reply = requests.get(f"https://{source}/v1/quote", params={"isin": request.query_params["isin"]}, timeout=5)  # sink
        return Response(reply.json())


class SafePriceProxy(APIView):
    def get(self, request):
        base = PRICE_SOURCES.get(request.query_params.get("source", "bbg"), PRICE_SOURCES["bbg"])
        reply = requests.get(f"{base}/quote", params={"isin": request.query_params["isin"]}, timeout=5)  # sink
        return Response(reply.json())
