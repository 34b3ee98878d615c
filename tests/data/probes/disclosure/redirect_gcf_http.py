# family: redirect 601
import functions_framework
from flask import redirect

PAGES = {"calendar": "/ir/calendar", "filings": "/ir/filings"}


@functions_framework.http
def vuln_after_login(request):
    return redirect(request.args.get("next", "/ir"))  # sink


@functions_framework.http
def safe_after_login(request):
    return redirect(PAGES.get(request.args.get("next"), "/ir"))  # sink
