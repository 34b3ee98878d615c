from django.urls import path

from . import views

urlpatterns = [
    path("exports/", views.safe_export_list),
    path("exports/<int:pk>/file", views.safe_export_file),
    path("exports/<int:pk>/raw", views.vuln_export_file),
]
