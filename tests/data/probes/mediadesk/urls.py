from django.urls import path

from .path_framework_uploads import safe_label_inline, safe_statement_upload, vuln_statement_upload
from .path_stored_uploads import safe_media_file, vuln_media_file

urlpatterns = [
    path("media/<path:name>", vuln_media_file),
    path("media/v2/<path:name>", safe_media_file),
    path("statements/upload", vuln_statement_upload),
    path("statements/upload/v2", safe_statement_upload),
    path("labels/inline", safe_label_inline),
]
