# family: ssti 1336 94
from flask import Flask, render_template_string, request

app = Flask(__name__)
LAYOUT = "<h1>Case {{ ref }}</h1><section>{{ summary }}</section>"


class CaseReport:
    def __init__(self, req):
        self.ref = req.form["ref"]
        self.layout = req.form.get("layout", LAYOUT)
        self.summary = req.form.get("summary", "")

    def render_custom(self):
        return render_template_string(self.layout, ref=self.ref)  # sink

    def render_fixed(self):
        return render_template_string(LAYOUT, ref=self.ref, summary=self.summary)


@app.post("/cases/report")
def vuln_case_report():
    return CaseReport(request).render_custom()  # sink


@app.post("/cases/report2")
def safe_case_report():
    return CaseReport(request).render_fixed()
