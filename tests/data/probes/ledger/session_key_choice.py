# family: session 501
from flask import Flask, request, session

app = Flask(__name__)
THEMES = {"light": "light", "dark": "dark", "contrast": "high-contrast"}


@app.post("/prefs")
def vuln_pref():
    session[request.form["name"]] = request.form["value"]  # sink
    return "saved"


@app.post("/prefs/theme")
def safe_pref():
    session["theme"] = THEMES.get(request.form["theme"], "light")  # sink
    return "saved"
