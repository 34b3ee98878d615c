# family: path 22
import dataclasses
import os
from dataclasses import dataclass

import attrs
from flask import Flask, request, send_file

app = Flask(__name__)
NOTES = "/srv/expertnet/notes"


@dataclass(slots=True, frozen=True)
class NoteFile:
    name: str
    folder: str = NOTES

    def __post_init__(self):
        object.__setattr__(self, "name", os.path.basename(self.name))

    @property
    def path(self):
        return os.path.join(self.folder, self.name)


@dataclass(slots=True, frozen=True)
class LooseNoteFile:
    name: str
    folder: str = NOTES

    def __post_init__(self):
        object.__setattr__(self, "name", self.name.strip())

    @property
    def path(self):
        return os.path.join(self.folder, self.name)


@attrs.frozen
class Attachment:
    call_id: int
    name: str = "summary.pdf"


@app.get("/notes/file")
def safe_post_init_basename():
    note = NoteFile(request.args["name"])
    return send_file(note.path)  # sink


@app.get("/notes/file/loose")
def vuln_post_init_strip():
    note = LooseNoteFile(request.args["name"])
    return send_file(note.path)  # sink


@app.get("/notes/replace")
def vuln_replace_folder():
    note = dataclasses.replace(NoteFile("summary.pdf"), folder=request.args["folder"])
    return send_file(note.path)  # sink


@app.get("/notes/replace/safe")
def safe_replace_name():
    note = dataclasses.replace(NoteFile("summary.pdf"), name=request.args["name"])
    return send_file(note.path)  # sink


@app.get("/notes/attachment")
def vuln_attrs_evolve():
    att = attrs.evolve(Attachment(call_id=1), name=request.args["name"])
    return send_file(os.path.join(NOTES, str(att.call_id), att.name))  # sink


@app.get("/notes/attachment/safe")
def safe_attrs_evolve():
    att = attrs.evolve(Attachment(call_id=1), call_id=int(request.args["call"]))
    return send_file(os.path.join(NOTES, str(att.call_id), att.name))  # sink
