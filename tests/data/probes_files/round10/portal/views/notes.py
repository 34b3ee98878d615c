# family: xss 79 vuln
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.safestring import mark_safe


def preview_note(request: HttpRequest) -> HttpResponse:
    text = request.POST.get("text", "")
    preview = mark_safe("<div class='preview'>" + text + "</div>")  # sink
    return render(request, "portal/preview.html", {"preview": preview})
