# family: sql 89
from django.db import models
from rest_framework import generics, serializers


class Filing(models.Model):
    issuer = models.CharField(max_length=20)
    title = models.CharField(max_length=200)


class FilingSerializer(serializers.ModelSerializer):
    class Meta:
        model = Filing
        fields = ["issuer", "title"]


class VulnFilingList(generics.ListAPIView):
    serializer_class = FilingSerializer

    def get_queryset(self):
        issuer = self.request.query_params.get("issuer", "")
        return Filing.objects.raw(f"SELECT * FROM ir_filing WHERE issuer = '{issuer}'")  # sink


class SafeFilingList(generics.ListAPIView):
    serializer_class = FilingSerializer

    def get_queryset(self):
        issuer = self.request.query_params.get("issuer", "")
        return Filing.objects.raw("SELECT * FROM ir_filing WHERE issuer = %s", [issuer])  # sink


class VulnFilingByIssuer(generics.ListAPIView):
    serializer_class = FilingSerializer

    def get_queryset(self):
        return Filing.objects.extra(where=["issuer = '%s'" % self.kwargs["issuer"]])  # sink


class SafeFilingByIssuer(generics.ListAPIView):
    serializer_class = FilingSerializer

    def get_queryset(self):
        return Filing.objects.filter(issuer=self.kwargs["issuer"])  # sink
