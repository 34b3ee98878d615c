# family: cmd 78
import subprocess

from fastapi import FastAPI

from .utils import text

app = FastAPI()


@app.get("/printers/queue")
def vuln_queue(printer: str):
    out = subprocess.check_output("lpq -P " + text.normalise(printer), shell=True)  # sink
    return {"queue": out.decode()}


@app.get("/printers/queue/safe")
def safe_queue(printer: str):
    out = subprocess.check_output("lpq -P " + text.for_shell(printer), shell=True)  # sink
    return {"queue": out.decode()}
