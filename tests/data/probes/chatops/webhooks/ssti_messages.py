# family: ssti 1336 94
"""Messages the bot posts, rendered from Jinja templates."""

import os

from jinja2 import Environment, Template
from slack_bolt import App

app = App(token=os.environ["SLACK_BOT_TOKEN"], signing_secret=os.environ["SLACK_SIGNING_SECRET"])
env = Environment()


@app.command("/announce")
def vuln_announce(ack, command, say):
    ack()
    note = command["text"]
    message = Template("Maintenance by {{ user }}: " + note).render(user=command["user_name"])  # sink
    say(message)


@app.command("/announce-safe")
def safe_announce(ack, command, say):
    ack()
    note = command["text"]
    message = Template("Maintenance by {{ user }}: {{ note }}").render(user=command["user_name"], note=note)
    say(message)


@app.event("app_mention")
def vuln_echo_template(event, say):
    say(env.from_string(event["text"]).render(service="billing"))  # sink


@app.event("app_mention")
def safe_echo_template(event, say):
    say(env.from_string("You said: {{ text }}").render(text=event["text"]))
