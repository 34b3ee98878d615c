# family: log 117
import logging
from dataclasses import dataclass
from operator import attrgetter

from flask import Flask, request

app = Flask(__name__)
log = logging.getLogger("expertnet.calls")


class CallAdapter(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        return f"[call {self.extra['call']}] {msg}", kwargs


@dataclass(frozen=True)
class Feedback:
    call_id: int
    comment: str


@app.post("/calls/<int:call_id>/feedback")
def vuln_adapter_message(call_id):
    audit = logging.LoggerAdapter(log, {"call": call_id})
    audit.info("feedback: %s", request.form["comment"])  # sink
    return "ok"


@app.post("/calls/<int:call_id>/feedback/safe")
def safe_adapter_message(call_id):
    audit = logging.LoggerAdapter(log, {"call": call_id})
    audit.info("feedback: %r", request.form["comment"])  # sink
    return "ok"


@app.post("/calls/feedback")
def vuln_adapter_extra():
    audit = CallAdapter(log, {"call": request.form["call"]})
    audit.warning("feedback received")  # sink
    return "ok"


@app.post("/calls/feedback/safe")
def safe_adapter_extra():
    audit = CallAdapter(log, {"call": int(request.form["call"])})
    audit.warning("feedback received")  # sink
    return "ok"


@app.post("/calls/feedback/comment")
def vuln_attrgetter_comment():
    fb = Feedback(int(request.form["call"]), request.form["comment"])
    log.info("comment: %s", attrgetter("comment")(fb))  # sink
    return "ok"


@app.post("/calls/feedback/id")
def safe_attrgetter_id():
    fb = Feedback(int(request.form["call"]), request.form["comment"])
    log.info("call: %s", attrgetter("call_id")(fb))  # sink
    return "ok"


@app.post("/calls/feedback/suffix")
def vuln_removesuffix():
    comment = request.form["comment"].removesuffix("\n")
    log.info("comment: %s", comment)  # sink
    return "ok"


@app.post("/calls/feedback/lines")
def safe_joined_lines():
    comment = " ".join(request.form["comment"].splitlines())
    log.info("comment: %s", comment)  # sink
    return "ok"
