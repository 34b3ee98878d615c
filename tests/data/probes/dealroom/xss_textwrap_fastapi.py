# family: xss 79
import html
import textwrap

from fastapi import FastAPI
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.get("/qa/teaser", response_class=HTMLResponse)
def vuln_question_teaser(question: str):
    return "<li>" + textwrap.shorten(question, width=60, placeholder="...") + "</li>"  # sink


@app.get("/qa/teaser2", response_class=HTMLResponse)
def safe_question_teaser(question: str):
    return "<li>" + html.escape(textwrap.shorten(question, width=60, placeholder="...")) + "</li>"  # sink
