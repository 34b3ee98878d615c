# family: cmd 78
import re
import subprocess
from functools import cached_property

from flask import Flask, abort, request

app = Flask(__name__)
BRIDGES = {"emea": "bridge-emea-01", "apac": "bridge-apac-02", "amer": "bridge-amer-01"}


class Booking:
    def __init__(self, req):
        self.req = req

    @cached_property
    def dial_in(self):
        return self.req.form["dial_in"]

    @cached_property
    def checked_dial_in(self):
        number = self.req.form["dial_in"]
        if not re.fullmatch(r"\+?[0-9]{6,15}", number):
            abort(400)
        return number

    @cached_property
    def bridge(self):
        return BRIDGES.get(self.req.form.get("region", ""), "bridge-emea-01")


class FormField:
    """A descriptor reading one field of the booking's form."""

    def __init__(self, key):
        self.key = key

    def __get__(self, instance, owner):
        return instance.req.form.get(self.key, "")


class BookingView:
    expert = FormField("expert")

    def __init__(self, req):
        self.req = req


@app.post("/bookings/dial")
def vuln_cached_number():
    booking = Booking(request)
    subprocess.run(f"dialer --to {booking.dial_in}", shell=True, check=True)  # sink
    return "ok"


@app.post("/bookings/dial/checked")
def safe_cached_number():
    booking = Booking(request)
    subprocess.run(f"dialer --to {booking.checked_dial_in}", shell=True, check=True)  # sink
    return "ok"


@app.post("/bookings/bridge")
def safe_cached_bridge():
    booking = Booking(request)
    subprocess.run(f"dialer --bridge {booking.bridge}", shell=True, check=True)  # sink
    return "ok"


@app.post("/bookings/expert")
def vuln_descriptor_field():
    view = BookingView(request)
    subprocess.run(f"notify-expert {view.expert}", shell=True, check=True)  # sink
    return "ok"
