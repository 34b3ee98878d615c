# family: xss 79 80
import json

from django.http import HttpResponse
from django.utils.html import format_html


def vuln_preferences(request):
    prefs = json.loads(request.body)
    return HttpResponse(f"<p>Saved. Statements go to {prefs['mailbox']}.</p>")  # sink


def safe_preferences(request):
    prefs = json.loads(request.body)
    return HttpResponse(format_html("<p>Saved. Statements go to {}.</p>", prefs["mailbox"]))  # sink
