# family: xss 79 80
import html

from django.http import HttpResponse
from ninja import NinjaAPI

api = NinjaAPI(urls_namespace="gateway_ninja_pages")


@api.get("/ninja/hello")
def vuln_hello(request, name: str = ""):
    return HttpResponse(f"<h1>Welcome back, {name}</h1>")  # sink


@api.get("/ninja/hello/safe")
def safe_hello(request, name: str = ""):
    return HttpResponse(f"<h1>Welcome back, {html.escape(name)}</h1>")  # sink


@api.get("/ninja/search")
def vuln_search(request):
    return HttpResponse("<p>No results for " + request.GET.get("q", "") + "</p>")  # sink
