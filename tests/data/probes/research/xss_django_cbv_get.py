# family: xss 79
from django.http import HttpResponse
from django.utils.html import escape, format_html
from django.views.generic import TemplateView


class VulnSearchPage(TemplateView):
    def get(self, request, *args, **kwargs):
        q = self.request.GET.get("q", "")
        return HttpResponse(f"<h1>Results for {q}</h1>")  # sink


class SafeSearchPage(TemplateView):
    def get(self, request, *args, **kwargs):
        q = self.request.GET.get("q", "")
        return HttpResponse(f"<h1>Results for {escape(q)}</h1>")  # sink


class SafeSearchHeading(TemplateView):
    def get(self, request, *args, **kwargs):
        return HttpResponse(format_html("<h1>Results for {}</h1>", self.request.GET.get("q", "")))  # sink
