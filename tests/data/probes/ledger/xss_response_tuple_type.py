# family: xss 79 80
from flask import Flask, make_response, request

app = Flask(__name__)


@app.get("/note")
def vuln_note():
    text = request.args.get("text", "")
    return make_response((f"<p>{text}</p>", 200, {"Content-Type": "text/html; charset=utf-8"}))  # sink


@app.get("/note.txt")
def safe_note():
    text = request.args.get("text", "")
    return make_response((f"note: {text}", 200, {"Content-Type": "text/plain; charset=utf-8"}))  # sink
