# family: xss 79
import html

from flask import Flask, request

app = Flask(__name__)


@app.get("/rooms/<int:room>/note")
def vuln_note(room):
    note = request.args.get("note", "")
    return f"<pre>room {room:05d}: {note!r:>40}</pre>"  # sink


@app.get("/rooms/<int:room>/note2")
def safe_note(room):
    note = html.escape(request.args.get("note", ""))
    return f"<pre>room {room:05d}: {note:>40}</pre>"  # sink
