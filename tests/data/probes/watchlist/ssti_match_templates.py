# family: ssti 1336 94
# Round 32, third batch: template text chosen by a match statement, and f-strings with doubled braces building a
# template whose variables are passed apart.
from flask import Flask, render_template_string, request

app = Flask(__name__)
TEMPLATES = {"brief": "<p>{{ isin }}</p>", "full": "<p>{{ isin }}: {{ reason }}</p>"}


@app.get("/notice")
def vuln_match_template_capture():
    match request.args.get("layout", "brief"):
        case "brief" | "full" as layout:
            source = TEMPLATES[layout]
        case custom:
            source = custom
    return render_template_string(source, isin=request.args.get("isin", ""))  # sink


@app.get("/notice/safe")
def safe_match_template_choice():
    match request.args.get("layout", "brief"):
        case "brief" | "full" as layout:
            source = TEMPLATES[layout]
        case _:
            source = TEMPLATES["brief"]
    return render_template_string(source, isin=request.args.get("isin", ""))  # sink


@app.get("/notice/inline")
def vuln_fstring_template_value():
    isin = request.args.get("isin", "")
    return render_template_string(f"<p>{isin}: {{{{ reason }}}}</p>", reason="restricted")  # sink


@app.get("/notice/inline/safe")
def safe_fstring_template_braces():
    width = 12
    return render_template_string(f"<p>{{{{ isin|truncate({width}) }}}}</p>", isin=request.args.get("isin", ""))  # sink
