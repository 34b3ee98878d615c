# family: xss 79 safe
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.html import escape, format_html
from django.utils.safestring import mark_safe

STATUS_ICONS = {"open": "<i class='icon-open'></i>", "closed": "<i class='icon-closed'></i>"}


def preview_note(request: HttpRequest) -> HttpResponse:
    text = request.POST.get("text", "")
    preview = mark_safe("<div class='preview'>" + escape(text) + "</div>")
    heading = format_html("<h2>{}</h2>", request.POST.get("title", ""))
    icon = mark_safe(STATUS_ICONS.get(request.POST.get("status", ""), ""))
    return render(request, "portal/preview.html", {"preview": preview, "heading": heading, "icon": icon})
