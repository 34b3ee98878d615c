# family: log 117
# Round 32: log records written with the f-string `=` specifier: `{x=}` writes repr(x) (line breaks escaped),
# unless a conversion `!s` or a format spec asks str() or format().
import logging

from flask import Flask, request

app = Flask(__name__)
log = logging.getLogger("watchlist")


@app.post("/audit/note")
def vuln_fstring_equals_str():
    note = request.form.get("note", "")
    log.info(f"added {note = !s}")  # sink
    return "ok"


@app.post("/audit/note/safe")
def safe_fstring_equals_repr():
    note = request.form.get("note", "")
    log.info(f"added {note = }")  # sink
    return "ok"


@app.post("/audit/isin")
def vuln_fstring_equals_format_spec():
    isin = request.form.get("isin", "")
    log.warning(f"restricted {isin=:<12}")  # sink
    return "ok"


@app.post("/audit/isin/safe")
def safe_fstring_equals_plain():
    isin = request.form.get("isin", "")
    log.warning(f"restricted {isin=}")  # sink
    return "ok"
