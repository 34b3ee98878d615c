# family: ssti 1336
"""Payment notices and cut-off reminders rendered from templates."""
from pathlib import Path

import jinja2
from flask import Flask, render_template_string, request

app = Flask(__name__)

TEMPLATE_DIR = Path(__file__).parent / "notice_templates"
REMINDER = "Dear {{ name }}, the cut-off for {{ currency }} payments is {{ cutoff }}."
NOTICES = {
    "received": "Payment {{ ref }} of {{ amount }} was received.",
    "rejected": "Payment {{ ref }} was rejected: {{ reason }}.",
}
FOOTER = "{{ company }} Treasury"


def safe_notice_from_file(kind, **values):
    source = (TEMPLATE_DIR / "payment_notice.txt.j2").read_text(encoding="utf-8")
    return jinja2.Template(source).render(**values)


def safe_notice_opened(values):
    with open(TEMPLATE_DIR / "cutoff.txt.j2", encoding="utf-8") as handle:
        template = jinja2.Template(handle.read())
    return template.render(values)


@app.get("/reminder")
def safe_reminder():
    return render_template_string(REMINDER, name=request.args["name"], currency="EUR", cutoff="16:00")


@app.get("/notice/<kind>")
def safe_notice_kind(kind):
    if kind not in NOTICES:
        return "unknown", 404
    return render_template_string(NOTICES[kind] + "\n" + FOOTER, ref=request.args["ref"], company="ACME")


@app.get("/notice-preview")
def vuln_notice_preview():
    greeting = request.args.get("greeting", "Dear")
    return render_template_string(greeting + " {{ name }}, " + REMINDER, name="client")  # sink


@app.post("/notice-upload")
def vuln_notice_upload():
    source = request.files["template"].read().decode("utf-8")
    return jinja2.Template(source).render(company="ACME")  # sink


def safe_footer(company):
    return jinja2.Template(f"{FOOTER} -- {{{{ year }}}}").render(company=company, year=2026)
