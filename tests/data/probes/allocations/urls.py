from django.urls import include, path
from rest_framework.routers import DefaultRouter

from allocations.api import views_cmd, views_files, views_filters, views_redirect, views_sql, views_ssrf, views_xss

router = DefaultRouter()
router.register("allocations", views_sql.VulnAllocationViewSet, basename="allocation")
router.register("allocations-safe", views_sql.SafeAllocationViewSet, basename="allocation-safe")
router.register(r"books/(?P<book>[^/.]+)/lines", views_sql.VulnBookLineViewSet, basename="book-lines")
router.register(r"books-safe/(?P<book>[^/.]+)/lines", views_sql.SafeBookLineViewSet, basename="book-lines-safe")
router.register("filtered", views_filters.VulnFilteredAllocationViewSet, basename="filtered")
router.register("filtered-safe", views_filters.SafeFilteredAllocationViewSet, basename="filtered-safe")
router.register("reports", views_files.VulnReportViewSet, basename="report")
router.register("reports-safe", views_files.SafeReportViewSet, basename="report-safe")
router.register("links", views_redirect.VulnLinkViewSet, basename="link")
router.register("links-safe", views_redirect.SafeLinkViewSet, basename="link-safe")
router.register("notices", views_cmd.VulnNoticeViewSet, basename="notice")
router.register("notices-safe", views_cmd.SafeNoticeViewSet, basename="notice-safe")
router.register("hooks", views_ssrf.VulnHookViewSet, basename="hook")
router.register("hooks-safe", views_ssrf.SafeHookViewSet, basename="hook-safe")
router.register("cards", views_xss.VulnCardViewSet, basename="card")
router.register("cards-safe", views_xss.SafeCardViewSet, basename="card-safe")

urlpatterns = [
    path("api/", include(router.urls)),
    path("api/search/", views_sql.VulnAllocationSearch.as_view()),
    path("api/search-safe/", views_sql.SafeAllocationSearch.as_view()),
]
