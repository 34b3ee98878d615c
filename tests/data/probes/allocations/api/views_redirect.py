# family: redirect 601
from django.http import HttpResponseRedirect
from django.utils.http import url_has_allowed_host_and_scheme
from rest_framework import viewsets
from rest_framework.decorators import action

from .models import Allocation
from .serializers import AllocationSerializer, LocalTargetSerializer, TargetSerializer


class VulnLinkViewSet(viewsets.GenericViewSet):
    queryset = Allocation.objects.all()
    serializer_class = AllocationSerializer

    @action(detail=True, methods=["get"])
    def follow(self, request, pk=None):
        return HttpResponseRedirect(request.query_params.get("next", "/"))  # sink

    @action(detail=False, methods=["post"])
    def after_save(self, request):
        serializer = TargetSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        return HttpResponseRedirect(serializer.validated_data["target"])  # sink


class SafeLinkViewSet(viewsets.GenericViewSet):
    queryset = Allocation.objects.all()
    serializer_class = AllocationSerializer

    @action(detail=True, methods=["get"])
    def follow(self, request, pk=None):
        target = request.query_params.get("next", "/")
        if not url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}, require_https=True):
            target = "/"
        return HttpResponseRedirect(target)  # sink

    @action(detail=False, methods=["post"])
    def after_save(self, request):
        serializer = LocalTargetSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        return HttpResponseRedirect(serializer.validated_data["target"])  # sink
