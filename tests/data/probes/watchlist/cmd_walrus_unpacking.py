# family: cmd 78
# Round 32: the walrus operator in conditions, loops and comprehensions, nested comprehensions, star-unpacking,
# positional-only and keyword-only parameters of a helper in another module.
import shlex
import subprocess

from flask import Flask, request

from .helpers import report_cmd

app = Flask(__name__)
FEEDS = frozenset({"bloomberg", "refinitiv", "ice"})
OPTIONS = frozenset({"depth", "since"})
TOOL = "/usr/local/bin/watch-sync"


@app.post("/feeds/sync")
def vuln_walrus_not_none():
    if (feed := request.form.get("feed")) is not None:
        subprocess.run(f"{TOOL} --feed {feed}", shell=True, check=True)  # sink
    return "ok"


@app.post("/feeds/sync/safe")
def safe_walrus_in_allowed():
    if (feed := request.form.get("feed")) in FEEDS:
        subprocess.run(f"{TOOL} --feed {feed}", shell=True, check=True)  # sink
    return "ok"


@app.post("/feeds/drain")
def vuln_walrus_while():
    names = iter(request.form.getlist("feed"))
    while (feed := next(names, None)) is not None:
        subprocess.run(f"{TOOL} --drain {feed}", shell=True, check=True)  # sink
    return "ok"


@app.post("/feeds/drain/safe")
def safe_walrus_while_quoted():
    names = iter(request.form.getlist("feed"))
    while (feed := next(names, None)) is not None:
        subprocess.run(f"{TOOL} --drain {shlex.quote(feed)}", shell=True, check=True)  # sink
    return "ok"


@app.post("/feeds/options")
def vuln_nested_comprehension():
    flags = [f"--{k}={v}" for pair in request.form.getlist("opt") for k, v in [pair.split("=", 1)]]
    subprocess.run(f"{TOOL} {' '.join(flags)}", shell=True, check=True)  # sink
    return "ok"


@app.post("/feeds/options/safe")
def safe_nested_comprehension_checked():
    flags = [
        f"--{k}={v}"
        for pair in request.form.getlist("opt")
        for k, v in [pair.split("=", 1)]
        if k in OPTIONS and v.isdigit()
    ]
    subprocess.run(f"{TOOL} {' '.join(flags)}", shell=True, check=True)  # sink
    return "ok"


@app.post("/feeds/run")
def vuln_star_unpack_joined():
    _, *args = request.form["line"].split()
    subprocess.run(" ".join([TOOL, *args]), shell=True, check=True)  # sink
    return "ok"


@app.post("/feeds/run/safe")
def safe_star_unpack_quoted():
    _, *args = request.form["line"].split()
    subprocess.run(shlex.join([TOOL, *args]), shell=True, check=True)  # sink
    return "ok"


@app.post("/feeds/first")
def vuln_star_unpack_head():
    feed, *_ = request.form["feeds"].split(",")
    subprocess.run(f"{TOOL} --feed {feed}", shell=True, check=True)  # sink
    return "ok"


@app.post("/feeds/first/safe")
def safe_star_unpack_constant_head():
    feed, *_ = ("bloomberg", *request.form["feeds"].split(","))
    subprocess.run(f"{TOOL} --feed {feed}", shell=True, check=True)  # sink
    return "ok"


@app.post("/reports/run")
def vuln_positional_only_kind():
    subprocess.run(report_cmd(request.form["kind"], desk="emea"), shell=True, check=True)  # sink
    return "ok"


@app.post("/reports/run/safe")
def safe_keyword_only_desk():
    subprocess.run(report_cmd("daily", desk=request.form["desk"]), shell=True, check=True)  # sink
    return "ok"


@app.post("/feeds/any")
def vuln_walrus_any_generator():
    feeds = request.form.getlist("feed")
    if any((bad := f) not in FEEDS for f in feeds):
        subprocess.run(f"{TOOL} --report-bad {bad}", shell=True, check=True)  # sink
    return "ok"


@app.post("/feeds/any/safe")
def safe_walrus_all_generator():
    feeds = request.form.getlist("feed")
    if all((ok := f) in FEEDS for f in feeds) and feeds:
        subprocess.run(f"{TOOL} --last {ok}", shell=True, check=True)  # sink
    return "ok"
