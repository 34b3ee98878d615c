# family: xss 79
from django.http import HttpResponse
from django.utils.html import escape, format_html
from django.utils.safestring import mark_safe


def vuln_search(request):
    q = request.GET.get("q", "")
    rows = []
    for word in q.split():
        rows.append("<li>" + word + "</li>")
    return HttpResponse("<ul>" + "".join(rows) + "</ul>")  # sink


def safe_search(request):
    q = request.GET.get("q", "")
    rows = []
    for word in q.split():
        rows.append("<li>" + escape(word) + "</li>")
    return HttpResponse("<ul>" + "".join(rows) + "</ul>")  # sink


def safe_greet(request, username):
    return HttpResponse(format_html("<p>Welcome back, {}</p>", username))  # sink


def vuln_banner(request):
    return HttpResponse(mark_safe("<b>%s</b>" % request.GET["msg"]))  # sink
