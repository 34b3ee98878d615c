from django.urls import include, path, re_path

from hub import views

urlpatterns = [
    path("status/", views.status),
    path("ledger/", include("ledger.urls")),
    path("pages/", include("pages.urls")),
    re_path(r"^(?P<section>[a-z]+)/export/$", views.export),
]
