# family: ssti 1336 94
from bottle import post, request, template


@post("/bottle/notice")
def vuln_notice():
    return template(request.forms.get("layout"), client=request.forms.get("client"))  # sink


@post("/bottle/notice/safe")
def safe_notice():
    return template("notice", layout=request.forms.get("layout"), client=request.forms.get("client"))  # sink
