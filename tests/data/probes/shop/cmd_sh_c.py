# family: cmd 78
import subprocess

from fastapi import FastAPI

app = FastAPI()


def run_report(script_args):
    return subprocess.check_output(["sh", "-c", "report.sh " + script_args])  # sink


@app.get("/report")
def vuln_report(period: str):
    return {"out": run_report(period).decode()}  # sink


@app.get("/report/safe")
def safe_report(period: str):
    out = subprocess.check_output(["report.sh", period])  # sink
    return {"out": out.decode()}
