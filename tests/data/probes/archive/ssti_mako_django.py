# family: ssti 1336 94
from django.http import HttpResponse
from django.template import Context, Template
from django.template.loader import get_template
from mako.lookup import TemplateLookup
from mako.template import Template as MakoTemplate

LOOKUP = TemplateLookup(directories=["/srv/archive/mako"])


def vuln_disclaimer(request):
    text = request.POST["disclaimer"]
    html = Template(text).render(Context({"firm": "Archive Research"}))  # sink
    return HttpResponse(html)


def safe_disclaimer(request):
    html = get_template("disclaimer.html").render({"firm": "Archive Research", "text": request.POST["disclaimer"]})
    return HttpResponse(html)


def vuln_summary_sheet(request):
    layout = request.POST["layout"]
    return HttpResponse(MakoTemplate(layout).render(title="Summary"))  # sink


def safe_summary_sheet(request):
    sheet = LOOKUP.get_template("summary.mako")
    return HttpResponse(sheet.render(title=request.POST["title"]))
