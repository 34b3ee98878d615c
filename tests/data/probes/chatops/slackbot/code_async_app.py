# family: code 94 95
"""The async Bolt app: a calculator command and a thresholds command."""

import ast
import os

from slack_bolt.async_app import AsyncApp

app = AsyncApp(token=os.environ["SLACK_BOT_TOKEN"], signing_secret=os.environ["SLACK_SIGNING_SECRET"])


@app.command("/calc")
async def vuln_calc(ack, command, respond):
    await ack()
    result = eval(command["text"])  # sink
    await respond(f"= {result}")


@app.command("/calc-safe")
async def safe_calc(ack, command, respond):
    await ack()
    result = ast.literal_eval(command["text"])
    await respond(f"= {result}")


@app.event("app_mention")
async def vuln_set_threshold(event, say):
    expr = event["text"].split(" ", 1)[1]
    threshold = eval(expr, {"__builtins__": {}})  # sink
    await say(f"threshold now {threshold}")


@app.event("app_mention")
async def safe_set_threshold(event, say):
    expr = event["text"].split(" ", 1)[1]
    threshold = float(expr)
    await say(f"threshold now {threshold}")
