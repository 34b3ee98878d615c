# family: path 22 23 36 73 99
import os
from dataclasses import dataclass

from fastapi import FastAPI
from fastapi.responses import FileResponse

app = FastAPI()
MINUTES = "/srv/vdr/minutes"


@dataclass(frozen=True)
class Minute:
    meeting: str
    language: str = "en"

    @property
    def filename(self):
        return f"{self.meeting}.{self.language}.pdf"


@app.get("/minutes")
def vuln_minutes(meeting: str, language: str = "en"):
    minute = Minute(meeting, language)
    return FileResponse(os.path.join(MINUTES, minute.filename))  # sink


@app.get("/minutes2")
def safe_minutes(meeting: int, language: str = "en"):
    minute = Minute(str(meeting), "de" if language == "de" else "en")
    return FileResponse(os.path.join(MINUTES, minute.filename))  # sink
