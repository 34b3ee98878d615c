# family: xss 79 80
from django.contrib import messages
from django.core.cache import cache
from django.http import HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.utils.html import escape, format_html
from django.utils.safestring import SafeString, mark_safe
from django.views import View
from django.views.generic import TemplateView

from ..forms import NoticeForm


def vuln_greeting(request):
    name = request.GET.get("name", "")
    return HttpResponse(f"<h1>Insider list of {name}</h1>")  # sink


def safe_greeting(request):
    name = request.GET.get("name", "")
    return HttpResponse(f"<h1>Insider list of {escape(name)}</h1>")


def safe_greeting_text(request):
    name = request.GET.get("name", "")
    return HttpResponse(f"Insider list of {name}", content_type="text/plain")


def safe_greeting_json(request):
    return JsonResponse({"title": f"Insider list of {request.GET.get('name', '')}"})


def vuln_case_badge(request):
    label = request.GET.get("label", "")
    return HttpResponse(format_html(f"<span class='badge'>{label}</span>"))  # sink


def safe_case_badge(request):
    label = request.GET.get("label", "")
    return HttpResponse(format_html("<span class='badge'>{}</span>", label))


def vuln_notice_preview(request):
    form = NoticeForm(request.POST)
    if not form.is_valid():
        return HttpResponse(status=400)
    body = mark_safe(f"<div class='notice'>{form.cleaned_data['body']}</div>")  # sink
    return render(request, "cases/notice.html", {"body": body})


def safe_notice_preview(request):
    form = NoticeForm(request.POST)
    if not form.is_valid():
        return HttpResponse(status=400)
    body = format_html("<div class='notice'>{}</div>", form.cleaned_data["body"])
    return render(request, "cases/notice.html", {"body": body})


def vuln_subject_line(request):
    subject = SafeString(request.POST.get("subject", ""))  # sink
    return render(request, "cases/notice.html", {"subject": subject})


def safe_subject_line(request):
    subject = request.POST.get("subject", "")
    return render(request, "cases/notice.html", {"subject": subject})


def vuln_added_message(request):
    name = request.POST.get("full_name", "")
    messages.success(request, mark_safe(f"<b>{name}</b> was added to the list."))  # sink
    return redirect("cases:list")


def safe_added_message(request):
    name = request.POST.get("full_name", "")
    messages.success(request, f"{name} was added to the list.")
    return redirect("cases:list")


def vuln_upload_receipt(request):
    upload = request.FILES["document"]
    return HttpResponse("<p>Received " + upload.name + "</p>")  # sink


def safe_upload_receipt(request):
    upload = request.FILES["document"]
    return HttpResponse("<p>Received %d bytes</p>" % upload.size)


def set_banner(request):
    cache.set("case-banner", request.POST["banner"], 3600)
    return HttpResponse(status=204)


def vuln_show_banner(request):
    return HttpResponse("<div class='banner'>%s</div>" % cache.get("case-banner", ""))  # sink


def set_counter(request):
    cache.set("case-count", int(request.POST["count"]), 3600)
    return HttpResponse(status=204)


def safe_show_counter(request):
    return HttpResponse("<div class='counter'>%s</div>" % cache.get("case-count", 0))


class VulnCaseHeading(TemplateView):
    template_name = "cases/heading.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["heading"] = mark_safe("<h2>%s</h2>" % self.request.GET.get("heading", ""))  # sink
        return context


class SafeCaseHeading(TemplateView):
    template_name = "cases/heading.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["heading"] = format_html("<h2>{}</h2>", self.request.GET.get("heading", ""))
        return context


class VulnSlugEcho(View):  # <slug:slug> in a path, <str:label> after it
    def get(self, request, *args, **kwargs):
        return HttpResponse(f"<p>No case named {kwargs['label']}</p>", status=404)  # sink


class SafeNumberEcho(View):  # <int:number>
    def get(self, request, *args, **kwargs):
        return HttpResponse(f"<p>No case number {kwargs['number']}</p>", status=404)


class VulnDispatchNotice(View):
    def dispatch(self, request, *args, **kwargs):
        if "preview" in request.GET:
            return HttpResponse("<pre>%s</pre>" % request.GET["preview"])  # sink
        return super().dispatch(request, *args, **kwargs)


class SafeDispatchNotice(View):
    def dispatch(self, request, *args, **kwargs):
        if "preview" in request.GET:
            return HttpResponse("<pre>%s</pre>" % escape(request.GET["preview"]))
        return super().dispatch(request, *args, **kwargs)


class VulnNoticePost(View):
    def post(self, request):
        return HttpResponse("<p>Saved: " + request.POST.get("title", "") + "</p>")  # sink


class SafeNoticePost(View):
    def post(self, request):
        return HttpResponse(format_html("<p>Saved: {}</p>", request.POST.get("title", "")))


class VulnCodeEcho(View):  # re_path (?P<code>[^/]+)
    def get(self, request, *args, **kwargs):
        return HttpResponse(f"<p>No list with code {kwargs.get('code', '')}</p>", status=404)  # sink


class SafeSlugCodeEcho(View):  # re_path (?P<code>[-\w]+): letters, digits, - and _ only
    def get(self, request, *args, **kwargs):
        return HttpResponse(f"<p>No list with code {kwargs.get('code', '')}</p>", status=404)
