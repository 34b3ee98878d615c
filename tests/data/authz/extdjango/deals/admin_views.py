"""Django admin: AdminSite.admin_view(view) lets only active staff through (others go to the admin login)."""

from django.contrib import admin
from django.http import JsonResponse
from django.urls import path

from deals.models import Deal


def staff_report(request):  # quiet
    return JsonResponse({"deals": list(Deal.objects.values())})


def raw_report(request):  # expect
    return JsonResponse({"deals": list(Deal.objects.values())})


class DealAdmin(admin.ModelAdmin):
    def get_urls(self):
        return [path("totals/", self.admin_site.admin_view(self.totals))] + super().get_urls()

    def totals(self, request):
        return JsonResponse({"count": Deal.objects.count()})


admin.site.register(Deal, DealAdmin)
