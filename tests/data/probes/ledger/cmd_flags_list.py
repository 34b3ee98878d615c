# family: cmd 78
import subprocess

from flask import Flask, request

app = Flask(__name__)


@app.post("/report/build")
def vuln_build():
    flags = [flag.strip() for flag in request.form["flags"].split(",")]
    subprocess.run("report-tool " + " ".join(flags), shell=True, check=True)  # sink
    return "built"


@app.post("/report/build2")
def safe_build():
    flags = [flag.strip() for flag in request.form["flags"].split(",")]
    subprocess.run(["report-tool", "--", *flags], check=True)  # sink
    return "built"
