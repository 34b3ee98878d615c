# family: xss 79 80
import dataclasses
from dataclasses import dataclass, field
from typing import NamedTuple

from flask import Flask, request
from markupsafe import escape

app = Flask(__name__)


@dataclass
class NavLine:
    fund: str
    nav: str = "0.00"
    notes: list = field(default_factory=list)


class Holding(NamedTuple):
    isin: str
    label: str


class Statement:
    title = "Quarterly statement"

    def __init__(self, req):
        self.client = req.args.get("client", "")
        self.currency = "EUR"

    def heading(self):
        return f"<h1>{self.title} for {self.client}</h1>"  # sink

    def heading_safe(self):
        return f"<h1>{self.title} for {escape(self.client)}</h1>"

    def footer(self):
        return f"<footer>Amounts in {self.currency}</footer>"


@app.get("/nav/line")
def vuln_dataclass_field():
    line = NavLine(fund=request.args.get("fund", ""))
    return f"<td>{line.fund}</td><td>{line.nav}</td>"  # sink


@app.get("/nav/line/safe")
def safe_dataclass_field():
    line = NavLine(fund=request.args.get("fund", ""))
    return f"<td>{escape(line.fund)}</td><td>{line.nav}</td>"  # sink


@app.get("/nav/replace")
def vuln_dataclass_replace():
    line = dataclasses.replace(NavLine(fund="LU0001"), nav=request.args.get("nav", ""))
    return f"<td>{line.fund}</td><td>{line.nav}</td>"  # sink


@app.get("/nav/replace/safe")
def safe_dataclass_replace():
    line = dataclasses.replace(NavLine(fund=request.args.get("fund", "")), fund="LU0001")
    return f"<td>{line.fund}</td><td>{line.nav}</td>"  # sink


@app.get("/nav/notes")
def vuln_dataclass_list():
    line = NavLine(fund="LU0001")
    line.notes.append(request.args.get("note", ""))
    return "<ul>" + "".join(f"<li>{n}</li>" for n in line.notes) + "</ul>"  # sink


@app.get("/nav/notes/safe")
def safe_dataclass_list():
    line = NavLine(fund="LU0001")
    line.notes.append(request.args.get("note", ""))
    return "<ul>" + "".join(f"<li>{escape(n)}</li>" for n in line.notes) + "</ul>"  # sink


@app.get("/holding/replace")
def vuln_namedtuple_replace():
    h = Holding("LU0001", "Global Equity")._replace(label=request.args.get("label", ""))
    return f"<b>{h.label}</b> ({h.isin})"  # sink


@app.get("/holding/replace/safe")
def safe_namedtuple_replace():
    h = Holding(request.args.get("isin", ""), "Global Equity")._replace(isin="LU0001")
    return f"<b>{h.label}</b> ({h.isin})"  # sink


@app.get("/statement/heading")
def vuln_init_attribute():
    return Statement(request).heading()  # sink


@app.get("/statement/heading/safe")
def safe_init_attribute():
    return Statement(request).heading_safe()  # sink


@app.get("/statement/footer")
def safe_other_attribute():
    return Statement(request).footer()  # sink


@app.get("/statement/class-attr")
def vuln_class_attribute_overwritten():
    st = Statement(request)
    st.title = request.args.get("title", "")
    return f"<h1>{st.title}</h1>"  # sink


@app.get("/statement/class-attr/safe")
def safe_class_attribute():
    st = Statement(request)
    return f"<h1>{st.title}</h1><p>{escape(st.client)}</p>"  # sink


@app.get("/statement/setattr")
def vuln_setattr():
    st = Statement(request)
    setattr(st, "currency", request.args.get("ccy", "EUR"))
    return f"<p>{getattr(st, 'currency')}</p>"  # sink


@app.get("/statement/setattr/safe")
def safe_setattr():
    st = Statement(request)
    setattr(st, "currency", request.args.get("ccy", "EUR"))
    return f"<p>{getattr(st, 'title')}</p>"  # sink


@app.get("/statement/keys")
def vuln_per_key():
    row = {"fund": "LU0001", "label": request.args.get("label", "")}
    row["nav"] = "101.25"
    return f"<tr><td>{row['fund']}</td><td>{row['label']}</td></tr>"  # sink


@app.get("/statement/keys/safe")
def safe_per_key():
    row = {"fund": "LU0001", "label": request.args.get("label", "")}
    row["nav"] = "101.25"
    return f"<tr><td>{row['fund']}</td><td>{row['nav']}</td></tr>"  # sink


@app.get("/statement/obj-keys")
def vuln_object_attributes():
    class Row:
        pass

    row = Row()
    row.fund = "LU0001"
    row.label = request.args.get("label", "")
    return f"<tr><td>{row.fund}</td><td>{row.label}</td></tr>"  # sink


@app.get("/statement/obj-keys/safe")
def safe_object_attributes():
    class Row:
        pass

    row = Row()
    row.fund = "LU0001"
    row.label = request.args.get("label", "")
    return f"<tr><td>{row.fund}</td><td>{len(row.label)}</td></tr>"  # sink
