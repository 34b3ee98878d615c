# family: path 22 23 36 73 99
import re

from flask import Flask, abort, request

from .helpers import is_slug

app = Flask(__name__)


@app.route("/pages/view")
def safe_page():
    slug = request.args.get("slug", "")
    if not re.fullmatch(r"[a-z0-9-]+", slug):
        abort(400)
    with open(f"/srv/pages/{slug}.md") as fh:  # sink
        return fh.read()


@app.route("/pages/view2")
def safe_page_helper():
    slug = request.args.get("slug", "")
    if not is_slug(slug):
        abort(400)
    with open(f"/srv/pages/{slug}.md") as fh:  # sink
        return fh.read()


@app.route("/pages/view3")
def vuln_page_weak_check():
    slug = request.args.get("slug", "")
    if not slug.endswith(".md"):
        abort(400)
    with open("/srv/pages/" + slug) as fh:  # sink
        return fh.read()
