# family: jwt 347 345 287
import jwt
from flask import Flask, abort, request

app = Flask(__name__)


def bearer():
    header = request.headers.get("Authorization", "")
    if not header.startswith("Bearer "):
        abort(401)
    return header[len("Bearer "):]


@app.get("/rooms/mine")
def vuln_my_rooms():
    claims = jwt.decode(bearer(), app.config["JWT_KEY"], algorithms=["HS256", "none"])  # sink
    return {"user": claims["sub"]}


@app.get("/rooms/mine2")
def safe_my_rooms():
    claims = jwt.decode(bearer(), app.config["JWT_KEY"], algorithms=["HS256"])  # sink
    return {"user": claims["sub"]}
