# family: sql 89
from django.db import connection
from rest_framework import generics, viewsets
from rest_framework.decorators import action, api_view
from rest_framework.response import Response
from rest_framework.views import APIView

from insiders.cases.models import Insider

from .serializers import InsiderQuerySerializer


@api_view(["POST"])
def vuln_insiders_by_department(request):
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT full_name FROM cases_insider WHERE department = '{request.data['department']}'")  # sink
        return Response([row[0] for row in cursor.fetchall()])


@api_view(["POST"])
def safe_insiders_by_department(request):
    with connection.cursor() as cursor:
        cursor.execute("SELECT full_name FROM cases_insider WHERE department = %s", [request.data["department"]])  # sink
        return Response([row[0] for row in cursor.fetchall()])


class VulnInsiderQuery(APIView):
    def post(self, request):
        serializer = InsiderQuerySerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        department = serializer.validated_data["department"]
        rows = Insider.objects.raw(f"SELECT * FROM cases_insider WHERE department = '{department}'")  # sink
        return Response([r.full_name for r in rows])


class SafeInsiderQuery(APIView):
    def post(self, request):
        serializer = InsiderQuerySerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        case = serializer.validated_data["case"]
        status = serializer.validated_data["status"]
        rows = Insider.objects.raw(f"SELECT i.* FROM cases_insider i JOIN cases_case c ON c.id = i.case_id WHERE c.id = {case} AND c.status = '{status}'")  # sink
        return Response([r.full_name for r in rows])


class VulnInsiderList(generics.ListAPIView):
    def get_queryset(self):
        order = self.request.query_params.get("order", "full_name")
        return Insider.objects.raw(f"SELECT * FROM cases_insider ORDER BY {order}")  # sink


class SafeInsiderList(generics.ListAPIView):
    def get_queryset(self):
        order = self.request.query_params.get("order", "full_name")
        if order not in {"full_name", "department", "added"}:
            order = "full_name"
        return Insider.objects.raw(f"SELECT * FROM cases_insider ORDER BY {order}")  # sink


class VulnInsiderViewSet(viewsets.ViewSet):
    @action(detail=False, methods=["get"])
    def search(self, request):
        term = request.query_params.get("q", "")
        rows = Insider.objects.extra(where=[f"full_name LIKE '%%{term}%%'"])  # sink
        return Response([r.full_name for r in rows])

    def retrieve(self, request, pk=None):  # a router's pk is a string
        rows = Insider.objects.raw(f"SELECT * FROM cases_insider WHERE id = '{pk}'")  # sink
        return Response([r.full_name for r in rows])


class SafeInsiderViewSet(viewsets.ViewSet):
    @action(detail=False, methods=["get"])
    def search(self, request):
        term = request.query_params.get("q", "")
        rows = Insider.objects.extra(where=["full_name LIKE %s"], params=[f"%{term}%"])  # sink
        return Response([r.full_name for r in rows])

    def retrieve(self, request, pk=None):
        rows = Insider.objects.raw("SELECT * FROM cases_insider WHERE id = %s", [pk])  # sink
        return Response([r.full_name for r in rows])
