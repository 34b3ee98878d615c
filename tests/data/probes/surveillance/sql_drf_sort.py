# family: sql 89
from django.db import connection
from rest_framework import serializers
from rest_framework.response import Response
from rest_framework.views import APIView


class SortSerializer(serializers.Serializer):
    sort = serializers.ChoiceField(choices=["score", "created", "symbol"])


class VulnAlertList(APIView):
    def post(self, request):
        serializer = SortSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        with connection.cursor() as cur:
            cur.execute("SELECT id FROM alerts ORDER BY " + request.data["sort"])  # sink
            return Response(cur.fetchall())


class SafeAlertList(APIView):
    def post(self, request):
        serializer = SortSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        with connection.cursor() as cur:
            cur.execute("SELECT id FROM alerts ORDER BY " + serializer.validated_data["sort"])  # sink
            return Response(cur.fetchall())
