# family: cmd 78
import subprocess

from flask import Flask, request

app = Flask(__name__)


@app.post("/documents/<int:doc>/text")
def vuln_extract_text(doc):
    language = request.form.get("lang", "eng")
    result = subprocess.run(f"tesseract /srv/vdr/{doc}.png - -l {language}", shell=True, capture_output=True)  # sink
    return result.stdout


@app.post("/documents/<int:doc>/text2")
def safe_extract_text(doc):
    language = request.form.get("lang", "eng")
    result = subprocess.run(  # sink
        ["tesseract", f"/srv/vdr/{doc}.png", "-"],
        env={"PATH": "/usr/bin", "TESSDATA_LANG": language},
        cwd="/srv/vdr",
        capture_output=True,
    )
    return result.stdout
