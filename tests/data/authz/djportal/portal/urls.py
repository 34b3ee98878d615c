from django.contrib import admin
from django.contrib.auth.decorators import login_required
from django.urls import include, path

from common.decorators import compliance_area
from deals.views import DealExport

urlpatterns = [
    path("admin/", admin.site.urls),
    path("deals/", include("deals.urls")),
    path("deals/export/", login_required(DealExport.as_view())),
    path("compliance/", compliance_area(include("deals.compliance_urls"))),
]
