# family: cmd 78
import subprocess

from flask import Flask, request

app = Flask(__name__)


@app.post("/thumbnail")
def vuln_thumbnail():
    source = request.form["source"]
    subprocess.run(f"convert {source} -resize 200x200 /srv/thumbs/out.png", shell=True, check=True)  # sink
    return "done"


@app.post("/thumbnail/env")
def safe_thumbnail():
    source = request.form["source"]
    subprocess.run(  # sink
        'convert "$SOURCE" -resize 200x200 /srv/thumbs/out.png', shell=True, check=True, env={"SOURCE": source}
    )
    return "done"
