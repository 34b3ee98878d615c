# family: authz 862
"""Extra pages of the desk's admin: a re-run form and a health page."""

from django.contrib import admin
from django.http import HttpRequest, JsonResponse
from django.urls import path

from .models import Export


class SafeToolsAdmin(admin.ModelAdmin):
    def get_urls(self):
        extra = [path("rerun/", self.admin_site.admin_view(self.rerun), name="opsdesk-rerun")]
        return extra + super().get_urls()

    def rerun(self, request: HttpRequest) -> JsonResponse:
        Export.objects.filter(sent=False).update(sent=True)
        return JsonResponse({"ok": True})


class VulnToolsAdmin(admin.ModelAdmin):
    def get_urls(self):
        extra = [path("purge/", self.purge, name="opsdesk-purge")]
        return extra + super().get_urls()

    def purge(self, request: HttpRequest) -> JsonResponse:  # sink
        Export.objects.all().delete()
        return JsonResponse({"ok": True})
