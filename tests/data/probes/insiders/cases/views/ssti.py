# family: ssti 1336 94
from django.http import HttpResponse
from django.template import Context, Engine, Template, engines
from django.template.loader import render_to_string

NOTICE = "Dear {{ name }}, you have been added to the insider list of case {{ case }}."


def vuln_notice_template(request):
    template = Template(request.POST["template"])  # sink
    return HttpResponse(template.render(Context({"case": request.POST.get("case", "")})))


def safe_notice_template(request):
    template = Template(NOTICE)
    return HttpResponse(template.render(Context({"name": request.POST["name"], "case": request.POST.get("case", "")})))


def vuln_engine_string(request):
    source = request.POST.get("letter", "")
    letter = engines["django"].from_string(source)  # sink
    return HttpResponse(letter.render({"name": request.user.get_full_name()}))


def safe_engine_string(request):
    letter = engines["django"].from_string(NOTICE)
    return HttpResponse(letter.render({"name": request.POST.get("name", ""), "case": ""}))


def vuln_default_engine(request):
    body = "<p>" + request.GET.get("intro", "") + "</p>{{ case }}"
    html = Engine.get_default().from_string(body).render(Context({"case": "IL-1"}))  # sink
    return HttpResponse(html)


def safe_default_engine(request):
    body = "<p>{{ intro }}</p>{{ case }}"
    html = Engine.get_default().from_string(body).render(Context({"intro": request.GET.get("intro", ""), "case": "IL-1"}))
    return HttpResponse(html)


def safe_letter_file(request):
    return HttpResponse(render_to_string("cases/letter.html", {"name": request.GET.get("name", "")}))
