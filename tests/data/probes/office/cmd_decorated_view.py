# family: cmd 78
import functools
import subprocess

from flask import Flask, g, request

app = Flask(__name__)


def audited(view):
    @functools.wraps(view)
    def wrapper(*args, **kwargs):
        g.audit = view.__name__
        return view(*args, **kwargs)

    return wrapper


@app.route("/convert/<fmt>")
@audited
def vuln_convert(fmt):
    subprocess.call("soffice --headless --convert-to " + fmt + " /srv/in.docx", shell=True)  # sink
    return "ok"


@app.route("/convert/pdf")
@audited
def safe_convert():
    target = request.args.get("target", "pdf")
    fmt = "pdf" if target != "odt" else "odt"
    subprocess.call("soffice --headless --convert-to " + fmt + " /srv/in.docx", shell=True)  # sink
    return "ok"
