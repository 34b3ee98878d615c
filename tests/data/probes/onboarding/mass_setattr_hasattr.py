# family: mass 915
from flask import Flask, request

from .models import Client

app = Flask(__name__)
EDITABLE = ("first_name", "last_name", "email")


@app.post("/applicants/<int:pk>")
def vuln_edit_applicant(pk):
    client = Client.objects.get(pk=pk)
    for field, value in request.get_json().items():
        if hasattr(client, field):
            setattr(client, field, value)  # sink
    client.save()
    return {"ok": True}


@app.post("/applicants2/<int:pk>")
def safe_edit_applicant(pk):
    client = Client.objects.get(pk=pk)
    for field, value in request.get_json().items():
        if field in EDITABLE:
            setattr(client, field, value)  # sink
    client.save()
    return {"ok": True}
