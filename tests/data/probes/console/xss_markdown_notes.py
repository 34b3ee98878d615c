# family: xss 79 80
import bleach
import markdown
import nh3
from django.http import HttpResponse
from django.utils.safestring import mark_safe
from django.shortcuts import render
from flask import Flask, request

app = Flask(__name__)
TAGS = {"p", "em", "strong", "ul", "li", "code"}


def vuln_breach_note(request):
    note = request.POST.get("note", "")
    return render(request, "console/note.html", {"note": mark_safe(markdown.markdown(note))})  # sink


def safe_breach_note(request):
    note = request.POST.get("note", "")
    return render(request, "console/note.html", {"note": mark_safe(nh3.clean(markdown.markdown(note), tags=TAGS))})  # sink


def vuln_preview(request):
    html = markdown.markdown(request.GET.get("text", ""))
    return HttpResponse(f"<div class='preview'>{html}</div>")  # sink


def safe_preview(request):
    html = bleach.clean(markdown.markdown(request.GET.get("text", "")), tags=TAGS)
    return HttpResponse(f"<div class='preview'>{html}</div>")  # sink


@app.route("/notes/preview")
def vuln_flask_preview():
    return "<article>" + markdown.markdown(request.args.get("text", "")) + "</article>"  # sink


@app.route("/notes/preview/safe")
def safe_flask_preview():
    return "<article>" + markdown.markdown(request.args.get("text", ""), extensions=[]).replace("<", "&lt;") + "</article>"  # sink
