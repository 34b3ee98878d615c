# family: ssti 1336 94
from fastapi import FastAPI
from jinja2 import Environment, select_autoescape
from pydantic import BaseModel

api = FastAPI()
ENV = Environment(autoescape=select_autoescape())


class Letter(BaseModel):
    greeting: str
    body: str


class LetterRenderer:
    def __init__(self, template: str):
        self.template = ENV.from_string(template)  # sink

    def render(self, **context):
        return self.template.render(**context)


@api.post("/letters/preview")
def vuln_letter(letter: Letter):
    return LetterRenderer(letter.greeting + "\n\n{{ body }}").render(body=letter.body)


@api.post("/letters/preview/safe")
def safe_letter(letter: Letter):
    return LetterRenderer("{{ greeting }}\n\n{{ body }}").render(greeting=letter.greeting, body=letter.body)
