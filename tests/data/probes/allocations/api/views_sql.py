# family: sql 89
from datetime import date

from django.db.models.expressions import RawSQL
from rest_framework import mixins, viewsets
from rest_framework.decorators import action
from rest_framework.response import Response
from rest_framework.views import APIView

from . import services
from .models import Allocation
from .serializers import AllocationSerializer, FreeIsinQuerySerializer, IsinQuerySerializer


class VulnAllocationViewSet(viewsets.ModelViewSet):
    serializer_class = AllocationSerializer

    def get_queryset(self):
        desk = self.request.query_params.get("desk", "rates")
        return Allocation.objects.extra(where=[f"desk = '{desk}'"])  # sink

    @action(detail=True, methods=["get"])
    def fills(self, request, pk=None):
        since = request.query_params.get("since", "2026-01-01")
        return Response(self.get_object().fills_since(since))  # sink


class SafeAllocationViewSet(viewsets.ModelViewSet):
    serializer_class = AllocationSerializer

    def get_queryset(self):
        desk = self.request.query_params.get("desk", "rates")
        return Allocation.objects.extra(where=["desk = %s"], params=[desk])  # sink

    @action(detail=True, methods=["get"])
    def fills(self, request, pk=None):
        since = date.fromisoformat(request.query_params.get("since", "2026-01-01"))
        return Response(self.get_object().fills_since(since))  # sink


class VulnBookLineViewSet(mixins.ListModelMixin, viewsets.GenericViewSet):
    serializer_class = AllocationSerializer

    def get_queryset(self):
        book = self.kwargs["book"]
        return Allocation.objects.annotate(open_qty=RawSQL(f"SELECT SUM(qty) FROM fills WHERE book = '{book}'", ()))  # sink


class SafeBookLineViewSet(mixins.ListModelMixin, viewsets.GenericViewSet):
    serializer_class = AllocationSerializer

    def get_queryset(self):
        book = self.kwargs["book"]
        return Allocation.objects.annotate(open_qty=RawSQL("SELECT SUM(qty) FROM fills WHERE book = %s", (book,)))  # sink


class VulnAllocationSearch(APIView):
    def post(self, request):
        query = FreeIsinQuerySerializer(data=request.data)
        query.is_valid(raise_exception=True)
        return Response(services.find_by_isin(query.validated_data["isin"]))  # sink


class SafeAllocationSearch(APIView):
    def post(self, request):
        query = IsinQuerySerializer(data=request.data)
        query.is_valid(raise_exception=True)
        return Response(services.find_by_isin(query.validated_data["isin"]))  # sink


class VulnDeskTotals(APIView):
    def get(self, request):
        desk = request.query_params.get("desk", "rates")
        rows = Allocation.objects.raw(f"SELECT id, SUM(quantity) AS total FROM api_allocation WHERE desk = '{desk}' GROUP BY id")  # sink
        return Response([r.total for r in rows])


class SafeDeskTotals(APIView):
    def get(self, request):
        desk = request.query_params.get("desk", "rates")
        rows = Allocation.objects.raw("SELECT id, SUM(quantity) AS total FROM api_allocation WHERE desk = %s GROUP BY id", [desk])  # sink
        return Response([r.total for r in rows])
