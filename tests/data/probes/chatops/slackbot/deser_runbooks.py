# family: deser 502
"""Runbooks pasted into a modal or a message as YAML."""

import os

import yaml
from slack_bolt.async_app import AsyncApp

app = AsyncApp(token=os.environ["SLACK_BOT_TOKEN"], signing_secret=os.environ["SLACK_SIGNING_SECRET"])


@app.view("runbook")
async def vuln_load_runbook(ack, view):
    await ack()
    source = view["state"]["values"]["rb"]["yaml"]["value"]
    steps = yaml.load(source, Loader=yaml.Loader)  # sink
    return steps


@app.view("runbook")
async def safe_load_runbook(ack, view):
    await ack()
    source = view["state"]["values"]["rb"]["yaml"]["value"]
    steps = yaml.load(source, Loader=yaml.SafeLoader)
    return steps


@app.message("runbook:")
async def vuln_runbook_message(message, say):
    steps = yaml.unsafe_load(message["text"].split("runbook:", 1)[1])  # sink
    await say(f"{len(steps)} steps")


@app.message("runbook:")
async def safe_runbook_message(message, say):
    steps = yaml.safe_load(message["text"].split("runbook:", 1)[1])
    await say(f"{len(steps)} steps")
