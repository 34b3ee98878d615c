# family: path 22 23 36 73 99
import enum

from fastapi import FastAPI
from pydantic import BaseModel

app = FastAPI()


class Letter(str, enum.Enum):
    WELCOME = "welcome"
    REJECTION = "rejection"
    REMINDER = "reminder"


class LooseLetterRequest(BaseModel):
    letter: str
    client_ref: str


class LetterRequest(BaseModel):
    letter: Letter
    client_ref: str


@app.post("/letters/preview")
def vuln_letter_preview(body: LooseLetterRequest):
    with open(f"/srv/onboarding/letters/{body.letter}.txt") as fh:  # sink
        return {"text": fh.read()}


@app.post("/letters/preview2")
def safe_letter_preview(body: LetterRequest):
    with open(f"/srv/onboarding/letters/{body.letter.value}.txt") as fh:  # sink
        return {"text": fh.read()}
