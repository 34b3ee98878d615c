from django.contrib import admin
from django.http import JsonResponse
from django.urls import path

from deals.models import Deal


@admin.register(Deal)
class DealAdmin(admin.ModelAdmin):  # quiet
    list_display = ("name",)

    def get_urls(self):
        return [path("summary/", self.admin_site.admin_view(self.summary))] + super().get_urls()

    def summary(self, request):  # quiet
        return JsonResponse({"count": Deal.objects.count()})
