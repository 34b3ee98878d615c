# family: path 22 23 36 73 99
"""Anthropic tool use: the model asks to read a file of the shared research drive."""

import os

import anthropic

DRIVE = "/srv/research-drive"
claude = anthropic.Anthropic()


def tool_inputs(question):
    message = claude.messages.create(
        model="claude-3-5-sonnet-latest", max_tokens=1024, tools=[{"name": "read_file"}], messages=[{"role": "user", "content": question}]
    )
    return [block.input for block in message.content if block.type == "tool_use"]


def vuln_read_requested(question):
    for wanted in tool_inputs(question):
        with open(os.path.join(DRIVE, wanted["path"])) as handle:  # sink
            return handle.read()


def safe_read_requested(question):
    for wanted in tool_inputs(question):
        name = os.path.basename(wanted["path"])
        with open(os.path.join(DRIVE, name)) as handle:
            return handle.read()
