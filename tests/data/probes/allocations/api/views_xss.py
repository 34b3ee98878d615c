# family: xss 79
from django.http import HttpResponse
from django.utils.html import escape, format_html
from rest_framework import viewsets
from rest_framework.decorators import action
from rest_framework.response import Response

from .models import Allocation
from .serializers import AllocationSerializer, CardSerializer, EscapedCardSerializer


class VulnCardViewSet(viewsets.GenericViewSet):
    queryset = Allocation.objects.all()
    serializer_class = AllocationSerializer

    @action(detail=False, methods=["post"])
    def preview(self, request):
        card = CardSerializer(data=request.data)
        card.is_valid(raise_exception=True)
        address = card.validated_data["address"]
        return HttpResponse(f"<h2>{card.validated_data['title']}</h2><p>{address['city']}</p>")  # sink

    @action(detail=True, methods=["get"])
    def banner(self, request, pk=None):
        colour = request.query_params.get("colour", "blue")
        return HttpResponse(f"<div style='color:{colour}'>allocation {pk}</div>")  # sink


class SafeCardViewSet(viewsets.GenericViewSet):
    queryset = Allocation.objects.all()
    serializer_class = AllocationSerializer

    @action(detail=False, methods=["post"])
    def preview(self, request):
        card = CardSerializer(data=request.data)
        card.is_valid(raise_exception=True)
        address = card.validated_data["address"]
        return HttpResponse(format_html("<h2>{}</h2><p>{}</p>", card.validated_data["title"], address["city"]))  # sink

    @action(detail=True, methods=["get"])
    def banner(self, request, pk=None):
        card = EscapedCardSerializer(data=request.query_params)
        card.is_valid(raise_exception=True)
        return HttpResponse(f"<div style='color:{card.validated_data['colour']}'>allocation {escape(pk)}</div>")  # sink

    @action(detail=True, methods=["get"])
    def summary(self, request, pk=None):
        return Response({"title": request.query_params.get("title", ""), "id": pk})
