# family: log 117
import logging

from flask import Flask, request

app = Flask(__name__)
log = logging.getLogger("surveillance.alerts")


@app.post("/alerts/bulk-close")
def vuln_bulk_close():
    for i, (alert_id, reason) in enumerate(zip(request.form.getlist("id"), request.form.getlist("reason"))):
        log.info("closed %d/%s: %s", i, alert_id, reason)  # sink
    return "closed"


@app.post("/alerts/bulk-close2")
def safe_bulk_close():
    for i, (alert_id, reason) in enumerate(zip(request.form.getlist("id"), request.form.getlist("reason"))):
        clean = reason.replace("\r", " ").replace("\n", " ")
        log.info("closed %d/%d: %s", i, int(alert_id), clean)  # sink
    return "closed"
