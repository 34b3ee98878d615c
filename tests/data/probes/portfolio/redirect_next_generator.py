# family: redirect 601
from flask import Flask, redirect, request

app = Flask(__name__)
PAGES = ("/dashboard", "/positions", "/reports")


@app.post("/login/done")
def vuln_done():
    target = next((u for u in request.args.getlist("next") if u), "/dashboard")
    return redirect(target)  # sink


@app.post("/login/done/safe")
def safe_done():
    target = next((u for u in PAGES if u == request.args.get("next")), "/dashboard")
    return redirect(target)  # sink


@app.post("/login/back")
def vuln_back():
    pages = {k: v for k, v in request.form.items() if k.startswith("back_")}
    return redirect(min(pages.values(), default="/dashboard"))  # sink


@app.post("/login/back/safe")
def safe_back():
    pages = {p: p for p in PAGES}
    return redirect(pages.get(request.form.get("back", ""), "/dashboard"))  # sink
