# family: path 22 23 36 73 99
import os

from flask import Flask, request

app = Flask(__name__)
AVATARS = "/srv/office/avatars"


@app.get("/avatars/exists")
def vuln_avatar_exists():
    return {"exists": os.path.exists(os.path.join(AVATARS, request.args["user"] + ".png"))}  # sink


@app.get("/avatars/exists/safe")
def safe_avatar_exists():
    user = request.args["user"]
    if not user.isalnum():
        return {"exists": False}
    return {"exists": os.path.exists(os.path.join(AVATARS, user + ".png"))}  # sink
