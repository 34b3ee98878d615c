# family: sql 89
"""Incident look-ups: whoever can post in a channel the bot is in writes the text of a mention or a message."""

import os
import sqlite3

from slack_bolt import App
from sqlalchemy import create_engine, text

app = App(token=os.environ["SLACK_BOT_TOKEN"], signing_secret=os.environ["SLACK_SIGNING_SECRET"])
db = sqlite3.connect("/srv/opsbot/incidents.db", check_same_thread=False)
warehouse = create_engine(os.environ["OPS_DB_URL"])


@app.event("app_mention")
def vuln_incident_status(event, say):
    ticket = event["text"].split()[-1]
    row = db.execute(f"SELECT state, owner FROM incidents WHERE key = '{ticket}'").fetchone()  # sink
    say(f"{ticket}: {row}")


@app.event("app_mention")
def safe_incident_status(event, say):
    ticket = event["text"].split()[-1]
    row = db.execute("SELECT state, owner FROM incidents WHERE key = ?", (ticket,)).fetchone()
    say(f"{ticket}: {row}")


@app.message("oncall")
def vuln_oncall(message, say):
    team = message["text"].removeprefix("oncall").strip()
    with warehouse.connect() as conn:
        who = conn.execute(text(f"SELECT person FROM rota WHERE team = '{team}' AND today")).scalar()  # sink
    say(f"on call for {team}: {who}")


@app.message("oncall")
def safe_oncall(message, say):
    team = message["text"].removeprefix("oncall").strip()
    with warehouse.connect() as conn:
        who = conn.execute(text("SELECT person FROM rota WHERE team = :team AND today"), {"team": team}).scalar()
    say(f"on call for {team}: {who}")


@app.event("message")
def vuln_ack_alert(event, say):
    alert_id = event.get("text", "").removeprefix("ack ").strip()
    db.execute("UPDATE alerts SET acked = 1 WHERE id = %s" % alert_id)  # sink
    say(f"acknowledged {alert_id}")


@app.event("message")
def safe_ack_alert(event, say):
    alert_id = int(event.get("text", "").removeprefix("ack ").strip())
    db.execute("UPDATE alerts SET acked = 1 WHERE id = %s" % alert_id)
    say(f"acknowledged {alert_id}")
