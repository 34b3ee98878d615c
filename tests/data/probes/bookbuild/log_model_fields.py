# family: log 117
import logging

from flask import Flask, request
from pydantic import BaseModel, EmailStr

app = Flask(__name__)
log = logging.getLogger("bookbuild.audit")


class Subscriber(BaseModel):
    name: str
    email: EmailStr
    order_count: int


@app.post("/subscribers/name")
def vuln_logged_name():
    sub = Subscriber.model_validate(request.get_json())
    log.info("subscribed: " + sub.name)  # sink
    return "ok"


@app.post("/subscribers/email")
def safe_logged_email():
    sub = Subscriber.model_validate(request.get_json())
    log.info("subscribed: " + sub.email)  # sink
    return "ok"


@app.post("/subscribers/count")
def safe_logged_count():
    sub = Subscriber.model_validate(request.get_json())
    log.info(f"subscriber has {sub.order_count} orders")  # sink
    return "ok"
