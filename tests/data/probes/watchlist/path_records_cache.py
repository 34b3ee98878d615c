# family: path 22 23 36 73 99
# Round 32: NamedTuple and TypedDict carriers, functools.cache helpers, contextmanager generators yielding a path,
# str.removeprefix and StrEnum members, all of another module or this one.
import os
from enum import StrEnum
from typing import NamedTuple, TypedDict

from flask import Flask, request, send_file

from .helpers import BASE, leaf_name, staged, staged_leaf, tidy_name

app = Flask(__name__)


class Export(NamedTuple):
    folder: str
    name: str


class ExportSpec(TypedDict):
    folder: str
    name: str


class Kind(StrEnum):
    RESTRICTED = "restricted"
    WATCH = "watch"


@app.get("/exports/tidy")
def vuln_cached_strip():
    return send_file(os.path.join(BASE, tidy_name(request.args["f"])))  # sink


@app.get("/exports/leaf")
def safe_cached_basename():
    return send_file(os.path.join(BASE, leaf_name(request.args["f"])))  # sink


@app.get("/exports/staged")
def vuln_contextmanager_path():
    with staged(request.args["f"]) as path:
        return send_file(path)  # sink


@app.get("/exports/staged/safe")
def safe_contextmanager_leaf():
    with staged_leaf(request.args["f"]) as path:
        return send_file(path)  # sink


@app.get("/exports/tuple")
def vuln_namedtuple_name():
    exp = Export("daily", request.args["f"])
    return send_file(os.path.join(BASE, exp.folder, exp.name))  # sink


@app.get("/exports/tuple/safe")
def safe_namedtuple_folder():
    exp = Export("daily", request.args["f"])
    return send_file(os.path.join(BASE, exp.folder, "latest.csv"))  # sink


@app.get("/exports/spec")
def vuln_typeddict_name():
    spec: ExportSpec = {"folder": "daily", "name": request.args["f"]}
    return send_file(os.path.join(BASE, spec["folder"], spec["name"]))  # sink


@app.get("/exports/spec/safe")
def safe_typeddict_folder():
    spec: ExportSpec = {"folder": "daily", "name": request.args["f"]}
    return send_file(os.path.join(BASE, spec["folder"], "latest.csv"))  # sink


@app.get("/exports/prefixed")
def vuln_removeprefix():
    name = request.args["f"].removeprefix("exports/")
    return send_file(os.path.join(BASE, name))  # sink


@app.get("/exports/prefixed/safe")
def safe_removeprefix_basename():
    name = os.path.basename(request.args["f"].removeprefix("exports/"))
    return send_file(os.path.join(BASE, name))  # sink


@app.get("/exports/kind")
def vuln_kind_fallback():
    kind = request.args.get("kind", Kind.WATCH)
    return send_file(os.path.join(BASE, f"{kind}.csv"))  # sink


@app.get("/exports/kind/safe")
def safe_kind_member():
    kind = Kind(request.args.get("kind", Kind.WATCH))
    return send_file(os.path.join(BASE, f"{kind}.csv"))  # sink


@app.get("/exports/pick")
def vuln_tuple_star_last():
    *_, name = ("daily", request.args["f"])
    return send_file(os.path.join(BASE, name))  # sink


@app.get("/exports/pick/safe")
def safe_tuple_star_first():
    name, *_ = ("daily", request.args["f"])
    return send_file(os.path.join(BASE, name, "latest.csv"))  # sink
