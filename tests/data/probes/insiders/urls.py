from django.urls import include, path

urlpatterns = [
    path("cases/", include("insiders.cases.urls")),
    path("api/", include("insiders.api.urls")),
]
