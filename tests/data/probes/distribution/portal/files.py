"""Where the portal keeps its published reports and uploaded drafts."""
import os

from flask import abort
from werkzeug.utils import secure_filename

REPORTS = "/srv/portal/reports"
DRAFTS = "/srv/portal/drafts"


def report_path(name):
    return os.path.join(REPORTS, name)


def checked_report_path(name):
    name = secure_filename(name)
    if not name:
        abort(404)
    return os.path.join(REPORTS, name)
