from django.urls import path
from rest_framework.routers import DefaultRouter

from . import views

router = DefaultRouter()
router.register("insiders-search", views.VulnInsiderViewSet, basename="insider-search")
router.register("insiders-search-safe", views.SafeInsiderViewSet, basename="insider-search-safe")

urlpatterns = [
    path("insiders/by-department/", views.vuln_insiders_by_department),
    path("insiders/by-department-safe/", views.safe_insiders_by_department),
    path("insiders/query/", views.VulnInsiderQuery.as_view()),
    path("insiders/query-safe/", views.SafeInsiderQuery.as_view()),
    path("insiders/", views.VulnInsiderList.as_view()),
    path("insiders-safe/", views.SafeInsiderList.as_view()),
    *router.urls,
]
