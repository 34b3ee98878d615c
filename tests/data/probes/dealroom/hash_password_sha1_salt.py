# family: hash 916 759 328 327 522
import hashlib
import os

from flask import Flask, request

from .store import save_credentials

app = Flask(__name__)


@app.post("/advisors/password")
def vuln_set_password():
    salt = os.urandom(16)
    digest = hashlib.sha1(salt + request.form["password"].encode()).hexdigest()  # sink
    save_credentials(request.form["advisor"], salt, digest)
    return "ok"


@app.post("/advisors/password2")
def safe_set_password():
    salt = os.urandom(16)
    digest = hashlib.pbkdf2_hmac("sha256", request.form["password"].encode(), salt, 600_000).hex()  # sink
    save_credentials(request.form["advisor"], salt, digest)
    return "ok"
