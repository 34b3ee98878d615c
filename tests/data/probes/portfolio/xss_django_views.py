# family: xss 79 80
from django.http import HttpResponse
from django.utils.html import escape, format_html

LABELS = {"eq": "Equities", "fi": "Fixed income"}


def vuln_desk_list(request):
    items = [f"<li>{d}</li>" for d in request.GET.getlist("desk") if d]
    return HttpResponse("<ul>%s</ul>" % "".join(items))  # sink


def safe_desk_list(request):
    items = [f"<li>{LABELS[d]}</li>" for d in request.GET.getlist("desk") if d in LABELS]
    return HttpResponse("<ul>%s</ul>" % "".join(items))  # sink


def vuln_client_card(request):
    card = {"name": request.GET.get("name", ""), "desk": "eq"}
    return HttpResponse("<div>{name} ({desk})</div>".format(**card))  # sink


def safe_client_card(request):
    card = {"name": escape(request.GET.get("name", "")), "desk": "eq"}
    return HttpResponse("<div>{name} ({desk})</div>".format(**card))  # sink


def vuln_bytes_echo(request):
    note = request.body.decode("utf-8")
    return HttpResponse(f"<pre>{note}</pre>")  # sink


def safe_bytes_echo(request):
    note = request.body.decode("utf-8")
    return HttpResponse(format_html("<pre>{}</pre>", note))  # sink
