# family: path 22 23 36 73 99
"""Document tools: the agent reads the team's notes by the names the model picks."""

import os
from pathlib import Path

from langchain_core.tools import tool
from openai import OpenAI

NOTES = Path("/srv/assistant/notes")
client = OpenAI()


@tool
def vuln_read_note(path: str) -> str:
    """Read one of the research notes."""
    return open(os.path.join(NOTES, path)).read()  # sink


@tool
def safe_read_note(path: str) -> str:
    """Read one of the research notes."""
    return open(os.path.join(NOTES, os.path.basename(path))).read()


@tool
def vuln_note_lines(path: str) -> list:
    """First lines of a research note."""
    target = (NOTES / path).resolve()
    return target.read_text().splitlines()[:20]  # sink


@tool
def safe_note_lines(path: str) -> list:
    """First lines of a research note."""
    target = (NOTES / path).resolve()
    if not target.is_relative_to(NOTES):
        raise ValueError("outside the notes")
    return target.read_text().splitlines()[:20]


def vuln_open_suggested(question):
    reply = client.responses.create(model="gpt-4o-mini", input=f"Which note file answers: {question}?")
    with open(NOTES / reply.output_text.strip()) as handle:  # sink
        return handle.read()


def safe_open_suggested(question):
    reply = client.responses.create(model="gpt-4o-mini", input=f"Which note file answers: {question}?")
    with open(NOTES / Path(reply.output_text.strip()).name) as handle:
        return handle.read()
