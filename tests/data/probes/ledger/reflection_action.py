# family: reflection 470
from flask import Flask, request

app = Flask(__name__)


class Positions:
    def refresh(self):
        return "refreshed"

    def export(self):
        return "exported"

    def purge(self):
        return "purged"


positions = Positions()


@app.post("/positions/run")
def vuln_run():
    return getattr(positions, request.form["action"])()  # sink


@app.post("/positions/run2")
def safe_run():
    actions = {"refresh": positions.refresh, "export": positions.export}
    action = actions.get(request.form["action"])
    if action is None:
        return "unknown action", 400
    return action()  # sink
