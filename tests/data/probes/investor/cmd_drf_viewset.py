# family: cmd 78
import subprocess

from rest_framework import viewsets
from rest_framework.decorators import action
from rest_framework.response import Response
from rest_framework.routers import DefaultRouter


# a ViewSet's retrieve(self, request, pk): the URL's lookup value, routed by the router
class VulnPressReleaseViewSet(viewsets.ViewSet):
    def retrieve(self, request, pk=None):
        out = subprocess.check_output(f"/opt/ir/bin/render-release {pk}", shell=True)  # sink
        return Response({"html": out.decode()})

    @action(detail=True, methods=["post"])
    def publish(self, request, pk=None):
        channel = request.data.get("channel", "web")
        subprocess.run("/opt/ir/bin/publish --channel " + channel, shell=True)  # sink
        return Response({"published": pk})


class SafePressReleaseViewSet(viewsets.ViewSet):
    def retrieve(self, request, pk=None):
        out = subprocess.check_output(["/opt/ir/bin/render-release", "--", str(pk)])  # sink
        return Response({"html": out.decode()})

    @action(detail=True, methods=["post"])
    def publish(self, request, pk=None):
        channel = request.data.get("channel", "web")
        subprocess.run(["/opt/ir/bin/publish", "--channel", channel])  # sink
        return Response({"published": pk})


router = DefaultRouter()
router.register("releases", VulnPressReleaseViewSet, basename="release")
router.register("releases-safe", SafePressReleaseViewSet, basename="release-safe")
