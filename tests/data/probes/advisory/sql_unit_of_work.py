# family: sql 89
from flask import Flask, request

from .core.uow import UnitOfWork

app = Flask(__name__)


@app.post("/proposals/withdraw")
def vuln_withdraw():
    proposal = request.form["proposal"]
    with UnitOfWork() as uow:
        uow.cursor.execute(f"UPDATE proposals SET status = 'withdrawn' WHERE ref = '{proposal}'")  # sink
    return "", 204


@app.post("/proposals/withdraw/bound")
def safe_withdraw():
    proposal = request.form["proposal"]
    with UnitOfWork() as uow:
        uow.cursor.execute("UPDATE proposals SET status = 'withdrawn' WHERE ref = ?", (proposal,))  # sink
    return "", 204
