# family: cmd 78
import os
import shlex
from string import Template

from fastapi import FastAPI

app = FastAPI()
CONVERT = Template("libreoffice --headless --convert-to pdf --outdir /srv/out /srv/in/$name")


@app.post("/convert")
def vuln_convert(name: str):
    os.system(CONVERT.substitute(name=name))  # sink
    return {"ok": True}


@app.post("/convert2")
def safe_convert(name: str):
    os.system(CONVERT.substitute(name=shlex.quote(name)))  # sink
    return {"ok": True}
