# family: xss 79
import html

from django.http import HttpResponse
from django.utils.safestring import mark_safe
from django.template import Context, Template


def vuln_tag_list(request):
    tags = request.GET.getlist("tag")
    return HttpResponse("<ul><li>" + "</li><li>".join(tags) + "</li></ul>")  # sink


def safe_tag_list(request):
    tags = map(html.escape, request.GET.getlist("tag"))
    return HttpResponse("<ul><li>" + "</li><li>".join(tags) + "</li></ul>")  # sink


def vuln_signature(request):
    sig = request.POST.get("signature", "")
    page = Template("<div class='sig'>{{ sig }}</div>").render(Context({"sig": mark_safe(sig)}))  # sink
    return HttpResponse(page)


def safe_signature(request):
    sig = request.POST.get("signature", "")
    page = Template("<div class='sig'>{{ sig }}</div>").render(Context({"sig": sig}))
    return HttpResponse(page)  # sink
