# family: cmd 78
import functools
import shlex

from flask import Flask, request

from .reports import run

app = Flask(__name__)


@app.get("/valuation")
def vuln_valuation():
    client = request.args["client"]

    def command():
        return f"valuate --client {client}"

    return run(command(), timeout=30)  # sink


@app.get("/valuation/safe")
def safe_valuation():
    client = request.args["client"]

    def command():
        return f"valuate --client {shlex.quote(client)}"

    return run(command(), timeout=30)  # sink


@app.get("/valuation/lambda")
def vuln_valuation_lambda():
    build = lambda c: "valuate --client " + c  # noqa: E731
    return run(build(request.args["client"]), timeout=30)  # sink


@app.get("/valuation/lambda/safe")
def safe_valuation_lambda():
    build = lambda c: "valuate --client " + c  # noqa: E731
    return run(build(str(int(request.args["client"]))), timeout=30)  # sink


@app.get("/valuation/partial")
def vuln_valuation_partial():
    runner = functools.partial(run, timeout=10)
    return runner("valuate --desk " + request.args["desk"])  # sink


@app.get("/valuation/partial/safe")
def safe_valuation_partial():
    runner = functools.partial(run, "valuate --desk equities")
    return runner(timeout=int(request.args.get("t", "10")))  # sink


@app.get("/valuation/batch")
def vuln_valuation_batch():
    ids = list(filter(lambda s: s, request.args.getlist("client")))
    return run("valuate --clients " + ",".join(ids), timeout=60)  # sink


@app.get("/valuation/batch/safe")
def safe_valuation_batch():
    ids = list(filter(lambda s: s.isdigit(), request.args.getlist("client")))
    return run("valuate --clients " + ",".join(ids), timeout=60)  # sink


@app.get("/valuation/mapped")
def vuln_valuation_mapped():
    ids = list(map(lambda s: s.strip().upper(), request.args.getlist("client")))
    return run("valuate --clients " + ",".join(ids), timeout=60)  # sink


@app.get("/valuation/mapped/safe")
def safe_valuation_mapped():
    ids = list(map(lambda s: str(int(s)), request.args.getlist("client")))
    return run("valuate --clients " + ",".join(ids), timeout=60)  # sink
