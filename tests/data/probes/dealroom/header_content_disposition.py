# family: header 113 20
from urllib.parse import quote

from flask import Flask, Response, request

app = Flask(__name__)


def render_memo(room):
    return b"%PDF-1.7 memo for " + room.encode()


@app.get("/rooms/<int:room>/memo")
def vuln_memo(room):
    name = request.args.get("as", "memo.pdf")
    headers = {"Content-Disposition": f"attachment; filename={name}"}  # sink
    return Response(render_memo(str(room)), mimetype="application/pdf", headers=headers)  # sink


@app.get("/rooms/<int:room>/memo2")
def safe_memo(room):
    name = request.args.get("as", "memo.pdf")
    headers = {"Content-Disposition": f"attachment; filename*=UTF-8''{quote(name)}"}  # sink
    return Response(render_memo(str(room)), mimetype="application/pdf", headers=headers)  # sink
