# family: ssti 1336 94
import jinja2
from fastapi import FastAPI
from fastapi.responses import HTMLResponse
from pydantic import BaseModel

app = FastAPI()
env = jinja2.Environment(loader=jinja2.FileSystemLoader("/srv/archive/templates"), autoescape=True)


class Letter(BaseModel):
    body: str
    client: str


@app.post("/letters/preview", response_class=HTMLResponse)
def vuln_letter_preview(letter: Letter):
    template = env.from_string(letter.body)  # sink
    return template.render(client=letter.client)


@app.post("/letters/preview/v2", response_class=HTMLResponse)
def safe_letter_preview(letter: Letter):
    template = env.get_template("letter.html")
    return template.render(body=letter.body, client=letter.client)


@app.post("/letters/subject")
def vuln_letter_subject(letter: Letter):
    return {"subject": jinja2.Template(letter.body.splitlines()[0]).render(client=letter.client)}  # sink


@app.post("/letters/subject/v2")
def safe_letter_subject(letter: Letter):
    return {"subject": jinja2.Template("Research note for {{ client }}").render(client=letter.client)}
