# family: cmd 78
import shlex
import subprocess

from rest_framework import mixins, viewsets
from rest_framework.response import Response
from rest_framework.views import APIView

from . import services
from .serializers import ChosenNoticeSerializer, NoticeSerializer
from .signals import allocation_booked


class VulnNoticeViewSet(mixins.CreateModelMixin, viewsets.GenericViewSet):
    serializer_class = NoticeSerializer

    def perform_create(self, serializer):
        data = serializer.validated_data
        services.notify_desk(data["desk"], data["text"])  # sink


class SafeNoticeViewSet(mixins.CreateModelMixin, viewsets.GenericViewSet):
    serializer_class = ChosenNoticeSerializer

    def perform_create(self, serializer):
        data = serializer.validated_data
        services.notify_desk(data["desk"], data["text"])  # sink


class VulnBookingView(APIView):
    def post(self, request):
        allocation_booked.send(sender=self.__class__, book=request.data["book"])  # sink
        return Response(status=202)


class SafeBookingView(APIView):
    def post(self, request):
        allocation_booked.send(sender=self.__class__, book=shlex.quote(request.data["book"]))  # sink
        return Response(status=202)


class VulnPdfView(APIView):
    def post(self, request):
        title = request.data.get("title", "allocations")
        subprocess.run(f"wkhtmltopdf --title '{title}' /tmp/alloc.html /tmp/alloc.pdf", shell=True, check=True)  # sink
        return Response(status=201)


class SafePdfView(APIView):
    def post(self, request):
        title = request.data.get("title", "allocations")
        subprocess.run(["wkhtmltopdf", "--title", title, "/tmp/alloc.html", "/tmp/alloc.pdf"], check=True)  # sink
        return Response(status=201)
