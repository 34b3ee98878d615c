# family: xss 79
from django.http import HttpResponse
from markupsafe import escape


def vuln_adviser_card(request):
    adviser = request.GET.get("adviser", "").replace("<script>", "")
    return HttpResponse("<div class='card'>Your adviser: " + adviser + "</div>")  # sink


def safe_adviser_card(request):
    adviser = str(escape(request.GET.get("adviser", "")))
    return HttpResponse("<div class='card'>Your adviser: " + adviser + "</div>")  # sink
