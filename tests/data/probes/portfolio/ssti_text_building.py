# family: ssti 1336 94
import textwrap

from flask import Flask, render_template_string, request

app = Flask(__name__)
PARTS = {"header": "<h1>{{ title }}</h1>", "table": "{% for r in rows %}<p>{{ r }}</p>{% endfor %}"}
PAGE = """
    <h1>{{ title }}</h1>
    <p>{{ body }}</p>
"""


@app.post("/letters/preview")
def vuln_preview():
    return render_template_string(textwrap.dedent(request.form["body"]), title="Letter")  # sink


@app.post("/letters/preview/safe")
def safe_preview():
    return render_template_string(textwrap.dedent(PAGE), title="Letter", body=request.form["body"])  # sink


@app.post("/letters/compose")
def vuln_compose():
    return render_template_string("".join(request.form.getlist("part")), title="Letter", rows=[])  # sink


@app.post("/letters/compose/safe")
def safe_compose():
    source = "".join(PARTS[p] for p in request.form.getlist("part") if p in PARTS)
    return render_template_string(source, title="Letter", rows=[])  # sink


@app.post("/letters/wrap")
def vuln_wrap():
    body = textwrap.indent(textwrap.fill(request.form["body"], 72), "  ")
    return render_template_string("<pre>" + body + "</pre>")  # sink


@app.post("/letters/wrap/safe")
def safe_wrap():
    body = textwrap.indent(textwrap.fill(request.form["body"], 72), "  ")
    return render_template_string("<pre>{{ body }}</pre>", body=body)  # sink
