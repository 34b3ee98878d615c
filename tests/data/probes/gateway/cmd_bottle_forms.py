# family: cmd 78
import shlex
import subprocess

from bottle import post, request

from .backend import render_statement, render_statement_quoted


@post("/bottle/ping")
def vuln_ping_custodian():
    host = request.forms.get("host")
    return subprocess.run(f"ping -c 1 {host}", shell=True, capture_output=True).stdout  # sink


@post("/bottle/ping/safe")
def safe_ping_custodian():
    host = request.forms.get("host")
    return subprocess.run(f"ping -c 1 {shlex.quote(host)}", shell=True, capture_output=True).stdout  # sink


@post("/bottle/statement")
def vuln_statement():
    return render_statement(request.json["client"])  # sink


@post("/bottle/statement/safe")
def safe_statement():
    return render_statement_quoted(request.json["client"])  # sink
