from django.contrib import admin
from django.urls import include, path

from deals import admin_views, views

urlpatterns = [
    path("admin/", admin.site.urls),
    path("reports/", admin.site.admin_view(admin_views.staff_report)),
    path("reports/raw/", admin_views.raw_report),
    path("deals/", include("deals.urls")),
]
