# family: ssti 1336 94
from django.http import HttpResponse
from django.template import Context, Template

LAYOUTS = {
    "plain": "<p>{{ title }}</p>",
    "banner": "<h1>{{ title }}</h1>",
}


def vuln_cover_page(request):
    layout = request.POST.get("layout", "<p>{{ title }}</p>")
    return HttpResponse(Template(layout).render(Context({"title": "Project Red"})))  # sink


def safe_cover_page(request):
    layout = LAYOUTS.get(request.POST.get("layout", ""), LAYOUTS["plain"])
    return HttpResponse(Template(layout).render(Context({"title": "Project Red"})))  # sink
