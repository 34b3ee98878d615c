from django.urls import path

from .path_stored_uploads import safe_media_file, vuln_media_file

urlpatterns = [
    path("media/<path:name>", vuln_media_file),
    path("media/v2/<path:name>", safe_media_file),
]
