# family: sql 89
from django.db import connection
from rest_framework import viewsets
from rest_framework.response import Response

from .filters import SafeNoteFilter, SafeWeightBackend, VulnNoteFilter, VulnWeightBackend
from .models import Allocation
from .pagination import DeskPagination
from .serializers import AllocationSerializer

SORTS = {"qty": "quantity", "desk": "desk", "isin": "isin"}


class VulnFilteredAllocationViewSet(viewsets.ReadOnlyModelViewSet):
    queryset = Allocation.objects.all()
    serializer_class = AllocationSerializer
    filterset_class = VulnNoteFilter
    filter_backends = [VulnWeightBackend]
    pagination_class = DeskPagination

    def filter_queryset(self, queryset):
        queryset = super().filter_queryset(queryset)
        sort = self.request.query_params.get("sort", "qty")
        return queryset.extra(order_by=[sort])  # sink


class SafeFilteredAllocationViewSet(viewsets.ReadOnlyModelViewSet):
    queryset = Allocation.objects.all()
    serializer_class = AllocationSerializer
    filterset_class = SafeNoteFilter
    filter_backends = [SafeWeightBackend]
    pagination_class = DeskPagination

    def filter_queryset(self, queryset):
        queryset = super().filter_queryset(queryset)
        sort = SORTS.get(self.request.query_params.get("sort", "qty"), "quantity")
        return queryset.extra(order_by=[sort])  # sink


def vuln_page_report(request):
    page = request.GET.get("page_size", "50")
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT id, desk FROM api_allocation ORDER BY id LIMIT {page}")  # sink
        return Response(cursor.fetchall())


def safe_page_report(request):
    page = DeskPagination().get_page_size(request)
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT id, desk FROM api_allocation ORDER BY id LIMIT {page}")  # sink
        return Response(cursor.fetchall())
