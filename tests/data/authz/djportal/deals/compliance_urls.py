from django.urls import path

from deals import compliance

urlpatterns = [
    path("breaches/", compliance.breaches),
    path("watch/", compliance.watch),
]
