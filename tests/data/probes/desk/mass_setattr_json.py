# family: mass 915
from flask import Flask, request

from .models import Client, db

app = Flask(__name__)
EDITABLE = ("phone", "address", "contact_name")


@app.patch("/clients/<int:client_id>")
def vuln_patch_client(client_id):
    client = db.session.get(Client, client_id)
    for key, value in request.get_json()["changes"].items():
        setattr(client, key, value)  # sink
    db.session.commit()
    return {"ok": True}


@app.patch("/clients/<int:client_id>/safe")
def safe_patch_client(client_id):
    client = db.session.get(Client, client_id)
    changes = request.get_json()["changes"]
    for key in EDITABLE:
        if key in changes:
            setattr(client, key, changes[key])  # sink
    db.session.commit()
    return {"ok": True}
