# family: cmd 78
import shlex
import subprocess

from flask import Flask, request

app = Flask(__name__)


class Exporter:
    @staticmethod
    def quoted(value):
        return shlex.quote(value)

    @staticmethod
    def wrapped(value):
        return f"'{value}'"

    @classmethod
    def command(cls, value, quote):
        return "export-note --id " + (cls.quoted(value) if quote else cls.wrapped(value))


@app.post("/export")
def vuln_export_note():
    return subprocess.check_output(Exporter.command(request.form["id"], False), shell=True)  # sink


@app.post("/export/safe")
def safe_export_note():
    return subprocess.check_output("export-note --id " + Exporter.quoted(request.form["id"]), shell=True)  # sink
