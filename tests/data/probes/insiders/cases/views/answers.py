# family: xss 79 80
import json

from django.http import HttpResponse, JsonResponse
from django.shortcuts import render
from django.utils.html import escape, format_html_join
from django.utils.safestring import mark_safe
from rest_framework.decorators import api_view
from rest_framework.response import Response


def vuln_search_json_as_html(request):
    # json.dumps escapes no markup, and an HttpResponse is text/html unless told otherwise
    return HttpResponse(json.dumps({"query": request.GET.get("q", "")}))  # sink


def safe_search_json(request):
    return HttpResponse(json.dumps({"query": request.GET.get("q", "")}), content_type="application/json")


def vuln_insider_rows(request):
    names = request.GET.getlist("name")
    rows = "".join(f"<li>{name}</li>" for name in names)
    return render(request, "cases/rows.html", {"rows": mark_safe(rows)})  # sink


def safe_insider_rows(request):
    names = request.GET.getlist("name")
    rows = format_html_join("", "<li>{}</li>", ((name,) for name in names))
    return render(request, "cases/rows.html", {"rows": rows})


def vuln_half_escaped(request):
    title = escape(request.GET.get("title", ""))
    note = request.GET.get("note", "")
    return HttpResponse(mark_safe(title + "<br>" + note))  # sink


def safe_half_escaped(request):
    title = escape(request.GET.get("title", ""))
    note = escape(request.GET.get("note", ""))
    return HttpResponse(mark_safe(title + "<br>" + note))


def vuln_query_lists(request):
    parts = [f"<dt>{key}</dt><dd>{', '.join(values)}</dd>" for key, values in request.GET.lists()]
    return HttpResponse("<dl>" + "".join(parts) + "</dl>")  # sink


def safe_query_lists(request):
    parts = [f"<dt>{escape(key)}</dt><dd>{escape(', '.join(values))}</dd>" for key, values in request.GET.lists()]
    return HttpResponse("<dl>" + "".join(parts) + "</dl>")


@api_view(["GET"])
def safe_drf_echo(request):
    return Response({"query": request.query_params.get("q", "")})


@api_view(["GET"])
def vuln_drf_html(request):
    return HttpResponse("<p>%s</p>" % request.query_params.get("q", ""))  # sink


def safe_context_echo(request):
    return render(request, "cases/echo.html", {"query": request.GET.get("q", "")})


def vuln_context_marked(request):
    return render(request, "cases/echo.html", {"query": mark_safe(request.GET.get("q", ""))})  # sink


def safe_count_answer(request):
    count = len(request.GET.getlist("name"))
    return HttpResponse(f"<p>{count} names</p>")


def safe_json_response_list(request):
    return JsonResponse({"names": request.GET.getlist("name")})
