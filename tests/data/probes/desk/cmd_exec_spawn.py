# family: cmd 78
import os

from flask import Flask, request

app = Flask(__name__)


@app.post("/printers/job")
def vuln_print_job():
    printer = request.form["printer"]
    pid = os.fork()
    if pid == 0:
        os.execl("/bin/sh", "sh", "-c", "lp -d " + printer + " /srv/desk/out/summary.pdf")  # sink
    return "sent"


@app.post("/printers/job/safe")
def safe_print_job():
    copies = int(request.form["copies"])
    os.spawnl(os.P_WAIT, "/usr/bin/lp", "lp", "-n", str(copies), "/srv/desk/out/summary.pdf")  # sink
    return "sent"


@app.post("/tools/run")
def vuln_run_tool():
    tool = request.form["tool"]
    os.spawnlp(os.P_NOWAIT, tool, tool, "--version")  # sink
    return "started"


@app.post("/tools/run/safe")
def safe_run_tool():
    os.execv("/usr/bin/lpstat", ["lpstat", "-p"])  # sink
