# family: sql 89
import sqlite3
from dataclasses import dataclass

from flask import Flask, request

app = Flask(__name__)


@dataclass(frozen=True)
class RebalanceCommand:
    client: str
    model: str


@dataclass(frozen=True)
class RebalanceByIdCommand:
    client: str
    model_id: int


def _targets(db, command):
    return db.execute(f"SELECT isin, weight FROM model_weights WHERE model = '{command.model}'").fetchall()  # sink


def _targets_by_id(db, command):
    return db.execute(f"SELECT isin, weight FROM model_weights WHERE model_id = {command.model_id}").fetchall()  # sink


def handle_rebalance(command):
    db = sqlite3.connect("/srv/advisory/advisory.db")
    return {"client": command.client, "targets": _targets(db, command)}


def handle_rebalance_by_id(command):
    db = sqlite3.connect("/srv/advisory/advisory.db")
    return {"client": command.client, "targets": _targets_by_id(db, command)}


@app.post("/rebalance")
def vuln_rebalance():
    return handle_rebalance(RebalanceCommand(client=request.form["client"], model=request.form["model"]))


@app.post("/rebalance/by-id")
def safe_rebalance():
    command = RebalanceByIdCommand(client=request.form["client"], model_id=int(request.form["model"]))
    return handle_rebalance_by_id(command)
