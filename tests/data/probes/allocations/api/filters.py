# family: sql 89
import django_filters
from rest_framework.filters import BaseFilterBackend

from .models import Allocation


class VulnNoteFilter(django_filters.FilterSet):
    note = django_filters.CharFilter(method="filter_note")

    class Meta:
        model = Allocation
        fields = ["desk"]

    def filter_note(self, queryset, name, value):
        return queryset.extra(where=[f"note LIKE '%%{value}%%'"])  # sink


class SafeNoteFilter(django_filters.FilterSet):
    note = django_filters.CharFilter(method="filter_note")

    class Meta:
        model = Allocation
        fields = ["desk"]

    def filter_note(self, queryset, name, value):
        return queryset.extra(where=["note LIKE %s"], params=[f"%{value}%"])  # sink


class VulnMinQuantityFilter(django_filters.FilterSet):
    min_qty = django_filters.CharFilter(method="filter_min_qty")

    class Meta:
        model = Allocation
        fields = ["desk"]

    def filter_min_qty(self, queryset, name, value):
        return queryset.extra(where=[f"quantity >= {value}"])  # sink


class SafeMinQuantityFilter(django_filters.FilterSet):
    min_qty = django_filters.NumberFilter(method="filter_min_qty")

    class Meta:
        model = Allocation
        fields = ["desk"]

    def filter_min_qty(self, queryset, name, value):
        return queryset.extra(where=[f"quantity >= {int(value)}"])  # sink


class VulnWeightBackend(BaseFilterBackend):
    def filter_queryset(self, request, queryset, view):
        weight = request.query_params.get("weight", "1")
        return queryset.extra(select={"score": f"quantity * {weight}"})  # sink


class SafeWeightBackend(BaseFilterBackend):
    def filter_queryset(self, request, queryset, view):
        weight = float(request.query_params.get("weight", "1"))
        return queryset.extra(select={"score": f"quantity * {weight}"})  # sink
