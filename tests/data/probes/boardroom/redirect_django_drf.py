# family: redirect 601
from django.conf import settings
from django.http import HttpResponseRedirect
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from rest_framework.decorators import api_view
from rest_framework.response import Response


def vuln_switch_board(request):
    return HttpResponseRedirect(request.GET.get("next", "/boards/"))  # sink


def safe_switch_board(request):
    target = request.GET.get("next", "/boards/")
    if not url_has_allowed_host_and_scheme(target, allowed_hosts=settings.ALLOWED_HOSTS, require_https=True):
        target = "/boards/"
    return HttpResponseRedirect(target)  # sink


# DRF's Response(data, status, template_name, headers): a Location header it is given
@api_view(["POST"])
def vuln_resolution_created(request):
    return Response(status=303, headers={"Location": request.data["return_to"]})  # sink


@api_view(["POST"])
def safe_resolution_created(request):
    return Response(status=303, headers={"Location": reverse("resolutions")})  # sink


def vuln_minutes_location(request):
    response = HttpResponseRedirect("/minutes/")
    response["Location"] = request.GET["after"]  # sink
    return response


def safe_minutes_location(request):
    response = HttpResponseRedirect("/minutes/")
    response["Location"] = reverse("minutes-detail", args=[int(request.GET["after"])])  # sink
    return response


# CreateModelMixin.get_success_headers(data): a Location of data["url"], the link the serializer builds for the
# object the server saved (HyperlinkedIdentityField: reverse() of its key), not the client's text
from rest_framework import serializers, viewsets  # noqa: E402


class MinuteSerializer(serializers.HyperlinkedModelSerializer):
    class Meta:
        fields = ["url", "title", "body"]


class SafeMinuteViewSet(viewsets.ModelViewSet):
    serializer_class = MinuteSerializer

    def create(self, request, *args, **kwargs):
        serializer = self.get_serializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        self.perform_create(serializer)
        headers = self.get_success_headers(serializer.data)
        return Response(serializer.data, status=201, headers=headers)  # sink
