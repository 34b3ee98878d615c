# family: reflection 470
from flask import Flask, abort, request

app = Flask(__name__)


class RoomActions:
    def open(self, room):
        return f"{room} opened"

    def close(self, room):
        return f"{room} closed"

    def purge(self, room):
        return f"{room} purged"


ACTIONS = RoomActions()
PUBLIC_ACTIONS = frozenset({"open", "close"})


@app.post("/rooms/<int:room>/action")
def vuln_room_action(room):
    handler = getattr(ACTIONS, request.form["action"])  # sink
    return handler(room)


@app.post("/rooms/<int:room>/action2")
def safe_room_action(room):
    action = request.form["action"]
    if action not in PUBLIC_ACTIONS:
        abort(400)
    handler = getattr(ACTIONS, action)  # sink
    return handler(room)
