# family: code 94 95
import ast
import operator

from flask import Flask, request

app = Flask(__name__)
OPS = {"gt": operator.gt, "lt": operator.lt, "eq": operator.eq}
ROWS = [{"hours": 3}, {"hours": 9}, {"hours": 12}]


@app.post("/rows/filter")
def vuln_filter_rows():
    rule = request.get_json()["rule"]
    keep = list(filter(lambda row: eval(rule, {}, row), ROWS))  # sink
    return {"rows": keep}


@app.post("/rows/filter/safe")
def safe_filter_rows():
    spec = request.get_json()
    compare = OPS.get(spec["op"], operator.eq)
    limit = float(spec["value"])
    keep = list(filter(lambda row: compare(row["hours"], limit), ROWS))
    return {"rows": keep}


@app.post("/snippets/run")
def vuln_run_snippet():
    args = getattr(request, "form")
    exec(args["snippet"], {"__builtins__": {}})  # sink
    return "done"


@app.post("/snippets/value")
def safe_snippet_value():
    args = getattr(request, "form")
    return {"value": ast.literal_eval(args["value"])}  # sink


@app.post("/formula")
def vuln_formula():
    source = request.form["formula"]
    code = compile(source, "<formula>", "eval")  # sink
    return {"value": eval(code, {"__builtins__": {}})}  # sink
