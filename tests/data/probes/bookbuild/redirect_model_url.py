# family: redirect 601
from urllib.parse import urlparse

from flask import Flask, abort, redirect, request
from pydantic import BaseModel, HttpUrl

app = Flask(__name__)
HOSTS = frozenset({"portal.bookbuild.example", "docs.bookbuild.example"})


class Landing(BaseModel):
    next_url: HttpUrl
    page: int


@app.post("/landing")
def vuln_http_url():
    landing = Landing.model_validate(request.form.to_dict())
    return redirect(str(landing.next_url))  # sink


@app.post("/landing/checked")
def safe_http_url_host():
    landing = Landing.model_validate(request.form.to_dict())
    target = str(landing.next_url)
    if urlparse(target).hostname not in HOSTS:
        abort(400)
    return redirect(target)  # sink


@app.post("/landing/page")
def safe_page_number():
    landing = Landing.model_validate(request.form.to_dict())
    return redirect(f"/book/pages/{landing.page}")  # sink
