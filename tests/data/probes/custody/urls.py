from django.urls import path

from .authz_admin_views import SafeStatementDownload, VulnStatementDownload

urlpatterns = [
    path("statements/<int:pk>/download/", SafeStatementDownload.as_view()),
    path("client-statements/<int:pk>/download/", VulnStatementDownload.as_view()),
]
