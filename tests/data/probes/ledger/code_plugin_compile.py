# family: code 94 95
import ast

from flask import Flask, request

app = Flask(__name__)


@app.post("/plugins/run")
def vuln_plugin():
    source = request.files["script"].read().decode("utf-8")
    scope = {}
    exec(compile(source, "<plugin>", "exec"), scope)  # sink
    return {"result": scope.get("result")}


@app.post("/plugins/values")
def safe_plugin():
    source = request.files["script"].read().decode("utf-8")
    values = ast.literal_eval(source)  # sink
    return {"result": values}
