# family: ssrf 918
import requests
from django.http import JsonResponse
from django.views import View

MIRRORS = {"primary": "https://mirror1.internal/lists", "backup": "https://mirror2.internal/lists"}


class VulnListSync(View):
    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.source = request.GET.get("source", MIRRORS["primary"])

    def get(self, request):
        return JsonResponse(requests.get(self.source, timeout=5).json())  # sink


class SafeListSync(View):
    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.source = MIRRORS.get(request.GET.get("mirror", "primary"), MIRRORS["primary"])

    def get(self, request):
        return JsonResponse(requests.get(self.source, timeout=5).json())  # sink
