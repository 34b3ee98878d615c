# family: path 22 23 36 73 99
"""The "show logs" modal: its inputs are typed by the member who opened it."""

import os
from pathlib import Path

from slack_bolt import App

app = App(token=os.environ["SLACK_BOT_TOKEN"], signing_secret=os.environ["SLACK_SIGNING_SECRET"])

LOG_DIR = "/var/log/services"


@app.view("show_logs")
def vuln_show_logs(ack, view, client, body):
    ack()
    name = view["state"]["values"]["log_block"]["log_name"]["value"]
    with open(os.path.join(LOG_DIR, name)) as fh:  # sink
        tail = fh.readlines()[-40:]
    client.chat_postMessage(channel=body["user"]["id"], text="".join(tail))


@app.view("show_logs_safe")
def safe_show_logs(ack, view, client, body):
    ack()
    name = view["state"]["values"]["log_block"]["log_name"]["value"]
    with open(os.path.join(LOG_DIR, os.path.basename(name))) as fh:
        tail = fh.readlines()[-40:]
    client.chat_postMessage(channel=body["user"]["id"], text="".join(tail))


@app.view("purge_dump")
def vuln_purge_dump(ack, body, client):
    ack()
    values = body["view"]["state"]["values"]
    dump = values["dump_block"]["dump_name"]["value"]
    Path("/srv/dumps", dump).unlink()  # sink
    client.chat_postMessage(channel=body["user"]["id"], text=f"removed {dump}")


@app.view("purge_dump_safe")
def safe_purge_dump(ack, body, client):
    ack()
    values = body["view"]["state"]["values"]
    dump = values["dump_block"]["dump_name"]["value"]
    target = (Path("/srv/dumps") / dump).resolve()
    if not target.is_relative_to(Path("/srv/dumps")):
        return
    target.unlink()
    client.chat_postMessage(channel=body["user"]["id"], text=f"removed {dump}")
