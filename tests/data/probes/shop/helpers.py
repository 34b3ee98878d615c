import os
import re
from urllib.parse import urlparse

from werkzeug.utils import secure_filename

UPLOAD_DIR = "/srv/uploads"
ALLOWED_HOSTS = {"api.partner.example", "cdn.partner.example"}


def clean_name(name):
    return secure_filename(name)


def under_uploads(name):
    path = os.path.realpath(os.path.join(UPLOAD_DIR, name))
    if not path.startswith(UPLOAD_DIR + os.sep):
        raise ValueError("outside uploads")
    return path


def host_allowed(url):
    return urlparse(url).hostname in ALLOWED_HOSTS


def is_slug(value):
    return re.fullmatch(r"[a-z0-9-]{1,40}", value) is not None


def build_filter(column, value):
    return f"{column} = '{value}'"


def quote_ident(name):
    if name not in ("name", "email", "created"):
        raise ValueError(name)
    return name


class Params:
    def __init__(self, req):
        self.req = req

    def get(self, name):
        return self.req.args.get(name)

    def page_size(self):
        return 50
