# family: session 501
from flask import Flask, request, session

app = Flask(__name__)
DESKS = ("equities", "rates", "fx")


@app.post("/profile/desk")
def vuln_choose_desk():
    session.update(request.form.to_dict())  # sink
    return "saved"


@app.post("/profile/desk2")
def safe_choose_desk():
    desk = request.form.get("desk", "")
    session.update({"desk": desk if desk in DESKS else "equities"})  # sink
    return "saved"
