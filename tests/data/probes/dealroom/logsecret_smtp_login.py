# family: logsecret 532
import logging
import os
import smtplib

from flask import Flask

app = Flask(__name__)
log = logging.getLogger(__name__)
RELAY_USER = os.environ["RELAY_USER"]


@app.post("/relay/test")
def vuln_relay_test():
    relay_password = os.environ["RELAY_PASSWORD"]
    log.debug("logging in to the relay as %s:%s", RELAY_USER, relay_password)  # sink
    with smtplib.SMTP("relay.firm.example", 587) as smtp:
        smtp.starttls()
        smtp.login(RELAY_USER, relay_password)
    return "ok"


@app.post("/relay/test2")
def safe_relay_test():
    relay_password = os.environ["RELAY_PASSWORD"]
    log.debug("logging in to the relay as %s", RELAY_USER)  # sink
    with smtplib.SMTP("relay.firm.example", 587) as smtp:
        smtp.starttls()
        smtp.login(RELAY_USER, relay_password)
    return "ok"
