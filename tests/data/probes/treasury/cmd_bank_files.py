# family: cmd 78
"""Bank files fetched, converted and archived. SG-5.2 forbids the shell itself: a command fixed in the code
still gets INP158 (CWE-676, low, not this family); the safe variants carry no command-injection finding."""
import os
import shlex
import subprocess

from flask import Flask, current_app, request

from .settings import ARCHIVE_DIR, BANK_FILE_DIR, STATEMENT_TOOL, Bank

app = Flask(__name__)

SYNC_COMMANDS = {
    "nordbank": "sftp -b /etc/treasury/nordbank.batch treasury@sftp.nordbank.example",
    "westland": "sftp -b /etc/treasury/westland.batch treasury@files.westland.example",
}
PURGE_COMMAND = "find %s -name '*.sta' -mtime +90 -delete" % ARCHIVE_DIR


class SafeStatementJob:
    CONVERT = f"{STATEMENT_TOOL} --in {BANK_FILE_DIR}/incoming --out {BANK_FILE_DIR}/converted"

    def safe_convert_all(self):
        # a class attribute built from module constants: no value from outside reaches the shell
        return subprocess.run(self.CONVERT, shell=True, check=True)


@app.post("/bank-sync/<bank>")
def safe_sync_bank(bank):
    command = SYNC_COMMANDS.get(bank)
    if command is None:
        return "unknown bank", 404
    subprocess.run(command, shell=True, check=True)
    return "ok"


@app.post("/bank-sync-any")
def vuln_sync_bank():
    host = request.form["host"]
    subprocess.run(f"sftp -b /etc/treasury/default.batch treasury@{host}", shell=True, check=True)  # sink
    return "ok"


def safe_sync_enum():
    for bank in Bank:
        subprocess.run(f"treasury-sync --bank {bank.value}", shell=True, check=True)


def safe_purge_archive():
    os.system(PURGE_COMMAND)


@app.post("/purge")
def safe_purge_days():
    days = int(request.form["days"])
    subprocess.run("find %s -name '*.sta' -mtime +%d -delete" % (ARCHIVE_DIR, days), shell=True, check=True)
    return "ok"


@app.post("/purge-pattern")
def vuln_purge_pattern():
    pattern = request.form["pattern"]
    subprocess.run("find %s -name '%s' -delete" % (ARCHIVE_DIR, pattern), shell=True, check=True)  # sink
    return "ok"


@app.post("/archive/<name>")
def safe_archive_quoted(name):
    subprocess.run(f"gzip -9 {shlex.quote(os.path.join(BANK_FILE_DIR, name))}", shell=True, check=True)
    return "ok"


@app.post("/archive-config")
def safe_archive_configured():
    # the archiving command is company configuration, set by operations in the deployed config file
    command = current_app.config["ARCHIVE_COMMAND"]
    subprocess.run(command, shell=True, check=True)
    return "ok"


@app.post("/archive-request")
def vuln_archive_requested():
    command = request.form.get("command", "gzip -9")
    subprocess.run(command + " " + BANK_FILE_DIR + "/*.sta", shell=True, check=True)  # sink
    return "ok"


def vuln_copy_statement(filename, target, use_shell=os.name == "nt"):
    command = f"copy {filename} {target}" if use_shell else f"cp {filename} {target}"
    subprocess.run(command, shell=use_shell, check=True)  # sink


def safe_copy_statement(filename, target, use_shell=os.name == "nt"):
    program = "copy" if use_shell else "cp"
    subprocess.run([program, filename, target], shell=use_shell, check=True)


def safe_rotate_logs():
    level = 3
    command = "logrotate -f /etc/logrotate.d/treasury" if level > 2 else request.args["cmd"]
    subprocess.run(command, shell=True, check=True)


@app.post("/convert/<bank>")
def safe_convert_allowed(bank):
    if bank not in {"nordbank", "westland"}:
        return "unknown bank", 404
    subprocess.run(f"{STATEMENT_TOOL} --bank {bank}", shell=True, check=True)
    return "ok"


@app.post("/convert-any/<bank>")
def vuln_convert_denied(bank):
    if bank in {"test", "demo"}:
        return "not here", 404
    subprocess.run(f"{STATEMENT_TOOL} --bank {bank}", shell=True, check=True)  # sink
    return "ok"
