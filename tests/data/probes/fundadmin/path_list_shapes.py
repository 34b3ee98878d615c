# family: path 22 23 36 73 99
import os
from collections import deque

from flask import Flask, request, send_file

app = Flask(__name__)
BASE = "/srv/fundadmin/reports"


@app.get("/files/insert")
def vuln_insert():
    parts = ["2024", "q4.pdf"]
    parts.insert(1, request.args.get("fund", ""))
    return send_file(os.path.join(BASE, *parts))  # sink


@app.get("/files/insert/safe")
def safe_insert():
    parts = ["2024", "q4.pdf"]
    parts.insert(1, request.args.get("fund", ""))
    return send_file(os.path.join(BASE, parts[0], parts[-1]))  # sink


@app.get("/files/extend")
def vuln_extend():
    parts = [BASE]
    parts.extend(request.args.getlist("dir"))
    return send_file(os.path.join(*parts))  # sink


@app.get("/files/extend/safe")
def safe_extend():
    parts = [BASE]
    parts.extend(request.args.getlist("dir"))
    return send_file(os.path.join(parts[0], "index.pdf"))  # sink


@app.get("/files/pop-first")
def vuln_pop_first():
    queue = [request.args.get("name", ""), "latest.pdf"]
    name = queue.pop(0)
    return send_file(os.path.join(BASE, name))  # sink


@app.get("/files/pop-first/safe")
def safe_pop_first():
    queue = ["latest.pdf", request.args.get("name", "")]
    name = queue.pop(0)
    return send_file(os.path.join(BASE, name))  # sink


@app.get("/files/pop-last")
def vuln_pop_last():
    stack = ["latest.pdf"]
    stack.append(request.args.get("name", ""))
    return send_file(os.path.join(BASE, stack.pop()))  # sink


@app.get("/files/pop-last/safe")
def safe_pop_last():
    stack = [request.args.get("name", "")]
    stack.append("latest.pdf")
    return send_file(os.path.join(BASE, stack.pop()))  # sink


@app.get("/files/negative")
def vuln_negative_index():
    parts = ["nav", "2024", request.args.get("name", "")]
    return send_file(os.path.join(BASE, parts[-1]))  # sink


@app.get("/files/negative/safe")
def safe_negative_index():
    parts = ["nav", "2024", request.args.get("name", "")]
    return send_file(os.path.join(BASE, parts[-2], "summary.pdf"))  # sink


@app.get("/files/slice")
def vuln_slice():
    parts = ["nav", request.args.get("fund", ""), "2024"]
    return send_file(os.path.join(BASE, *parts[:2]))  # sink


@app.get("/files/slice/safe")
def safe_slice():
    parts = ["nav", "2024", request.args.get("fund", "")]
    return send_file(os.path.join(BASE, *parts[:2]))  # sink


@app.get("/files/deque")
def vuln_deque():
    q = deque(["summary.pdf"])
    q.appendleft(request.args.get("name", ""))
    return send_file(os.path.join(BASE, q.popleft()))  # sink


@app.get("/files/deque/safe")
def safe_deque():
    q = deque(["summary.pdf"])
    q.append(request.args.get("name", ""))
    return send_file(os.path.join(BASE, q.popleft()))  # sink


@app.get("/files/rest")
def vuln_star_rest():
    first, *rest = ["nav", request.args.get("name", "")]
    return send_file(os.path.join(BASE, first, *rest))  # sink


@app.get("/files/rest/safe")
def safe_star_rest():
    *rest, last = ["nav", "2024", request.args.get("name", "")]
    return send_file(os.path.join(BASE, *rest))  # sink


@app.get("/files/enumerate")
def vuln_enumerate():
    names = request.args.getlist("name")
    for i, name in enumerate(names):
        if i == 0:
            return send_file(os.path.join(BASE, name))  # sink
    return {}


@app.get("/files/enumerate/safe")
def safe_enumerate():
    names = request.args.getlist("name")
    for i, name in enumerate(names):
        if i == 0:
            return send_file(os.path.join(BASE, f"part-{i}.pdf"))  # sink
    return {}


@app.get("/files/sorted")
def vuln_sorted():
    names = sorted(request.args.getlist("name"))
    return send_file(os.path.join(BASE, names[0]))  # sink


@app.get("/files/sorted/safe")
def safe_sorted():
    names = sorted(request.args.getlist("name"))
    return send_file(os.path.join(BASE, f"{len(names)}.pdf"))  # sink


@app.get("/files/zip")
def vuln_zip_pairs():
    for label, name in zip(("a", "b"), request.args.getlist("name")):
        return send_file(os.path.join(BASE, label, name))  # sink
    return {}


@app.get("/files/zip/safe")
def safe_zip_pairs():
    for label, name in zip(("a", "b"), request.args.getlist("name")):
        return send_file(os.path.join(BASE, label, "index.pdf"), download_name=name)  # sink
    return {}


@app.get("/files/tuple")
def vuln_tuple_index():
    pair = (request.args.get("name", ""), "index.pdf")
    return send_file(os.path.join(BASE, pair[0]))  # sink


@app.get("/files/tuple/safe")
def safe_tuple_index():
    pair = (request.args.get("name", ""), "index.pdf")
    return send_file(os.path.join(BASE, pair[1]))  # sink
