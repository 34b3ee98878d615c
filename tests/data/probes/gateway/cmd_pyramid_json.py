# family: cmd 78
import subprocess

from pyramid.view import view_config

from .backend import render_statement, render_statement_quoted


@view_config(route_name="pyramid_convert", renderer="json", request_method="POST")
def vuln_convert(request):
    deal = request.json_body["deal"]
    subprocess.call("soffice --convert-to pdf /srv/gateway/deals/%s.docx" % deal, shell=True)  # sink
    return {"ok": True}


@view_config(route_name="pyramid_convert_safe", renderer="json", request_method="POST")
def safe_convert(request):
    deal = request.json_body["deal"]
    subprocess.call(["soffice", "--convert-to", "pdf", f"/srv/gateway/deals/{deal}.docx"])  # sink
    return {"ok": True}


@view_config(route_name="pyramid_statement", request_method="POST")
def vuln_statement(request):
    request.response.body = render_statement(request.POST["client"])  # sink
    return request.response


@view_config(route_name="pyramid_statement_safe", request_method="POST")
def safe_statement(request):
    request.response.body = render_statement_quoted(request.POST["client"])  # sink
    return request.response
