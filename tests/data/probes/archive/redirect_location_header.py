# family: redirect 601
from django.http import HttpResponse
from django.utils.http import url_has_allowed_host_and_scheme
from fastapi import FastAPI
from fastapi.responses import Response

app = FastAPI()


@app.get("/documents/{ref}/latest")
def vuln_latest_version(ref: str, back: str = "/"):
    return Response(status_code=307, headers={"Location": back})  # sink


@app.get("/documents/{ref}/latest/v2")
def safe_latest_version(ref: int):
    return Response(status_code=307, headers={"Location": f"/documents/{ref}/versions/latest"})


def vuln_continue(request):
    return HttpResponse(status=302, headers={"Location": request.GET["continue"]})  # sink


def safe_continue(request):
    target = request.GET["continue"]
    if not url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):
        target = "/"
    return HttpResponse(status=302, headers={"Location": target})
