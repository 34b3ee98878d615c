# family: cmd 78
import re
import subprocess

from flask import Flask, abort, request

app = Flask(__name__)
DEFAULT_BUCKET = "kyc-archive"


@app.post("/archive/sync")
def vuln_archive_sync():
    bucket = request.form.get("bucket", DEFAULT_BUCKET)
    if request.form.get("strict"):
        if not re.fullmatch(r"[a-z0-9-]{3,63}", bucket):
            abort(400)
    subprocess.run(f"aws s3 sync /srv/onboarding/archive s3://{bucket}", shell=True, check=True)  # sink
    return "synced"


@app.post("/archive/sync2")
def safe_archive_sync():
    bucket = request.form.get("bucket", DEFAULT_BUCKET)
    if request.form.get("strict"):
        if not re.fullmatch(r"[a-z0-9-]{3,63}", bucket):
            abort(400)
    else:
        bucket = DEFAULT_BUCKET
    subprocess.run(f"aws s3 sync /srv/onboarding/archive s3://{bucket}", shell=True, check=True)  # sink
    return "synced"
