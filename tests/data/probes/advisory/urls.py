from django.urls import path

from . import redirect_django_meta_referer, sql_django_cbv_service, sql_django_meta_header, xss_django_body_json

urlpatterns = [
    path("notes/search/", sql_django_cbv_service.VulnNoteSearchView.as_view()),
    path("notes/search/safe/", sql_django_cbv_service.SafeNoteSearchView.as_view()),
    path("desk/clients/", sql_django_meta_header.vuln_desk_clients),
    path("desk/clients/safe/", sql_django_meta_header.safe_desk_clients),
    path("back/", redirect_django_meta_referer.vuln_back),
    path("back/safe/", redirect_django_meta_referer.safe_back),
    path("preferences/", xss_django_body_json.vuln_preferences),
    path("preferences/safe/", xss_django_body_json.safe_preferences),
]
