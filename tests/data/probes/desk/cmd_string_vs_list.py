# family: cmd 78
import subprocess

from fastapi import FastAPI

app = FastAPI()


@app.get("/net/lookup")
def vuln_lookup(name: str):
    out = subprocess.check_output(f"host -t MX {name}", shell=True, text=True)  # sink
    return {"out": out}


@app.get("/net/lookup/safe")
def safe_lookup(name: str):
    out = subprocess.check_output(["host", "-t", "MX", "--", name], shell=False, text=True)  # sink
    return {"out": out}


@app.get("/net/probe")
def vuln_probe(probe: str):
    out = subprocess.check_output(probe.split(), shell=False, text=True)  # sink
    return {"out": out}
