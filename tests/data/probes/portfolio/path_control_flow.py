# family: path 22 23 36 73 99
import os

from flask import Flask, abort, request

app = Flask(__name__)
BASE = "/srv/portfolio/statements"
ROOTS = ("/srv/portfolio/statements", "/srv/portfolio/archive")


@app.get("/files/batch")
def vuln_batch():
    sizes = {}
    for name in request.args.getlist("f"):
        if not name:
            continue
        with open(os.path.join(BASE, name), "rb") as fh:  # sink
            sizes[name] = len(fh.read())
    return sizes


@app.get("/files/batch/safe")
def safe_batch():
    sizes = {}
    for name in request.args.getlist("f"):
        if not name.isalnum():
            continue
        with open(os.path.join(BASE, name + ".pdf"), "rb") as fh:  # sink
            sizes[name] = len(fh.read())
    return sizes


@app.get("/files/number")
def vuln_number():
    try:
        number = request.args["n"]
    except KeyError:
        abort(400)
    else:
        with open(f"{BASE}/{number}.pdf", "rb") as fh:  # sink
            return fh.read()


@app.get("/files/number/safe")
def safe_number():
    try:
        number = int(request.args["n"])
    except (KeyError, ValueError):
        abort(400)
    else:
        with open(f"{BASE}/{number}.pdf", "rb") as fh:  # sink
            return fh.read()


@app.get("/files/cleanup")
def vuln_cleanup():
    name = request.args.get("f", "")
    try:
        return {"done": True}
    finally:
        os.remove(os.path.join(BASE, "tmp", name))  # sink


@app.get("/files/cleanup/safe")
def safe_cleanup():
    name = request.args.get("f", "")
    try:
        return {"done": bool(name)}
    finally:
        os.remove(os.path.join(BASE, "tmp", "last.lock"))  # sink


@app.get("/files/root")
def vuln_root():
    wanted = request.args.get("root", "")
    for root in ROOTS:
        if root.endswith(wanted):
            break
    else:
        root = wanted
    return {"files": os.listdir(root)}  # sink


@app.get("/files/root/safe")
def safe_root():
    wanted = request.args.get("root", "")
    for root in ROOTS:
        if root.endswith(wanted):
            break
    else:
        root = ROOTS[0]
    return {"files": os.listdir(root)}  # sink


@app.get("/files/strip")
def vuln_strip():
    name = request.args.get("f", "")
    while name.startswith("../"):
        name = name[3:]
    with open(os.path.join(BASE, name), "rb") as fh:  # sink
        return fh.read()


@app.get("/files/pages")
def safe_pages():
    names = []
    count = int(request.args.get("n", "1"))
    while len(names) < min(count, 3):
        names.append(f"page-{len(names)}.pdf")
    with open(os.path.join(BASE, names[-1]), "rb") as fh:  # sink
        return fh.read()
