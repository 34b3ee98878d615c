# family: xsspath 79 22 23 36 73 99
import os

from django.http import FileResponse, HttpResponse

from .helpers import UPLOAD_DIR


def vuln_hello(request, username):
    return HttpResponse("<h1>Hello %s</h1>" % username)  # sink


def safe_hello(request, user_id):
    return HttpResponse("<h1>User %d</h1>" % user_id)  # sink


def vuln_attachment(request, filename):
    return FileResponse(open(os.path.join(UPLOAD_DIR, filename), "rb"))  # sink


def safe_attachment(request, filename):
    return FileResponse(open(os.path.join(UPLOAD_DIR, os.path.basename(filename)), "rb"))  # sink
