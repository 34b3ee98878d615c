# family: cmd 78
import os

from flask import Flask, request

app = Flask(__name__)


@app.post("/backups/rotate")
def vuln_rotate_backups():
    try:
        keep = request.form["keep"]
    except KeyError:
        keep = "7"
    finally:
        app.logger.info("rotation requested")
    os.system(f"/usr/local/bin/rotate-backups --keep {keep}")  # sink
    return "rotated"


@app.post("/backups/rotate/safe")
def safe_rotate_backups():
    try:
        keep = int(request.form["keep"])
    except (KeyError, ValueError):
        return "keep must be a number", 400
    else:
        os.system(f"/usr/local/bin/rotate-backups --keep {keep}")  # sink
    finally:
        app.logger.info("rotation requested")
    return "rotated"
