# family: xss 79 80
from django.http import HttpResponse
from django.utils.html import escape


def vuln_case_title(request):
    title = request.GET["title"] if "title" in request.GET else "Open cases"
    return HttpResponse("<h1>%s</h1>" % title)  # sink


def safe_case_title(request):
    title = escape(request.GET["title"]) if "title" in request.GET else "Open cases"
    return HttpResponse("<h1>%s</h1>" % title)  # sink
