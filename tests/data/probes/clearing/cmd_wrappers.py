# family: cmd 78
import shlex
import subprocess

from flask import Flask, request

app = Flask(__name__)


def git(*args: str) -> str:
    return subprocess.run(["git", *args], check=True, capture_output=True, text=True).stdout


@app.get("/ops/revision")
def safe_revision():
    return git("rev-parse", "--verify", request.args.get("ref", "HEAD") + "^{commit}")


@app.post("/ops/dump")
def safe_dump():
    member = request.form["member"]
    argv = ["pg_dump", "--table", f"positions_{member}", "--file", "/var/backups/positions.sql", "clearing"]
    subprocess.run(argv, check=True, shell=False)
    return "ok"


@app.post("/ops/archive")
def safe_archive():
    names = request.form.getlist("file")
    command = shlex.join(["tar", "czf", "/var/archive/statements.tgz", "--", *names])
    subprocess.run(command, shell=True, check=True)
    return "ok"


@app.post("/ops/dump2")
def vuln_dump():
    member = request.form["member"]
    subprocess.run(f"pg_dump --table positions_{member} clearing > /var/backups/positions.sql", shell=True)  # sink
    return "ok"
