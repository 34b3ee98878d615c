# family: ssti 1336 94
from typing import Literal

from fastapi import FastAPI

from .core.schemas import Note
from .core.tasks import render_cover

app = FastAPI()
LETTERHEADS = {
    "board": "<h1>Board pack</h1><h2>{{ title }}</h2>",
    "legal": "<h1>Legal review</h1><h2>{{ title }}</h2>",
}


@app.post("/covers")
def vuln_custom_letterhead(body: Note):
    job = render_cover.delay(body.text, body.author)  # sink
    return {"job": job.id}


@app.post("/covers/{kind}")
def safe_house_letterhead(kind: Literal["board", "legal"], body: Note):
    job = render_cover.delay(LETTERHEADS[kind], body.text)  # sink
    return {"job": job.id}
