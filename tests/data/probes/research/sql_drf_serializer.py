# family: sql 89
from django.db import connection
from rest_framework import serializers
from rest_framework.decorators import api_view
from rest_framework.response import Response


class ExposureSerializer(serializers.Serializer):
    desk = serializers.CharField(max_length=40)
    days = serializers.IntegerField(min_value=1, max_value=365)


@api_view(["POST"])
def vuln_exposure(request):
    ser = ExposureSerializer(data=request.data)
    ser.is_valid(raise_exception=True)
    desk = ser.validated_data["desk"]
    with connection.cursor() as cur:
        cur.execute(f"SELECT ticker, qty FROM positions WHERE desk = '{desk}'")  # sink
        return Response(cur.fetchall())


@api_view(["POST"])
def safe_exposure(request):
    ser = ExposureSerializer(data=request.data)
    ser.is_valid(raise_exception=True)
    days = ser.validated_data["days"]
    with connection.cursor() as cur:
        cur.execute(f"SELECT ticker, qty FROM positions WHERE age_days <= {days}")  # sink
        return Response(cur.fetchall())
