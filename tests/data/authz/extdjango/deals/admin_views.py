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

    def totals(self, request):  # quiet
        return JsonResponse({"count": Deal.objects.count()})


class ReportAdmin(admin.ModelAdmin):
    """Views a ModelAdmin adds in get_urls(): admin_view() lets only active staff through; a view routed bare
    answers anyone (Django's admin checks only its own pages)."""

    def get_urls(self):
        extra = [
            path("summary/", self.admin_site.admin_view(self.summary), name="deal-summary"),
            path("dump/", self.dump, name="deal-dump"),
        ]
        return extra + super().get_urls()

    def summary(self, request):  # quiet
        return JsonResponse({"deals": list(Deal.objects.values())})

    def dump(self, request):  # expect
        return JsonResponse({"deals": list(Deal.objects.values("name", "id"))})

    def changelist_title(self, request):  # quiet
        return "Deals"


admin.site.register(Deal, DealAdmin)
