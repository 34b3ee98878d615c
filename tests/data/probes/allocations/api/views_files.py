# family: path 22
import os
import uuid

from django.conf import settings
from django.http import FileResponse
from rest_framework import viewsets
from rest_framework.decorators import action
from rest_framework.response import Response
from rest_framework.views import APIView

from .models import Allocation
from .serializers import AllocationSerializer, FreeReportNameSerializer, ReportNameSerializer

UPLOAD_DIR = "/srv/allocations/uploads"


class VulnReportViewSet(viewsets.ReadOnlyModelViewSet):
    queryset = Allocation.objects.all()
    serializer_class = AllocationSerializer

    @action(detail=True, methods=["get"])
    def download(self, request, pk=None):
        query = FreeReportNameSerializer(data=request.query_params)
        query.is_valid(raise_exception=True)
        path = os.path.join(settings.REPORTS_DIR, pk, query.validated_data["name"] + ".pdf")
        return FileResponse(open(path, "rb"), as_attachment=True)  # sink

    @action(detail=True, methods=["get"])
    def export(self, request, pk=None):
        target = self.get_object().export_path(request.query_params["name"])
        return FileResponse(open(target, "rb"))  # sink


class SafeReportViewSet(viewsets.ReadOnlyModelViewSet):
    queryset = Allocation.objects.all()
    serializer_class = AllocationSerializer

    @action(detail=True, methods=["get"])
    def download(self, request, pk=None):
        query = ReportNameSerializer(data=request.query_params)
        query.is_valid(raise_exception=True)
        path = os.path.join(settings.REPORTS_DIR, str(self.get_object().pk), query.validated_data["name"] + ".pdf")
        return FileResponse(open(path, "rb"), as_attachment=True)  # sink

    @action(detail=True, methods=["get"])
    def export(self, request, pk=None):
        target = self.get_object().export_path(os.path.basename(request.query_params["name"]))
        return FileResponse(open(target, "rb"))  # sink


class VulnTicketUpload(APIView):
    def post(self, request):
        upload = request.FILES["ticket"]
        with open(os.path.join(UPLOAD_DIR, request.data["folder"], upload.name), "wb") as out:  # sink
            for chunk in upload.chunks():
                out.write(chunk)
        return Response(status=201)


class SafeTicketUpload(APIView):
    def post(self, request):
        upload = request.FILES["ticket"]
        with open(os.path.join(UPLOAD_DIR, uuid.uuid4().hex), "wb") as out:  # sink
            for chunk in upload.chunks():
                out.write(chunk)
        return Response(status=201)
