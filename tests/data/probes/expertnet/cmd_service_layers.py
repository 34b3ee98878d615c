# family: cmd 78
import subprocess

from fastapi import Depends, FastAPI
from flask import Flask, request

from . import services
from .services import bridge_host, vetted_bridge_host

app = Flask(__name__)
api = FastAPI()


@app.post("/slots/hold")
def vuln_remote_dispatch_text():
    subprocess.run("hold-slot " + services.slot_arg(request.form["slot"]), shell=True, check=True)  # sink
    return "ok"


@app.post("/slots/hold/id")
def safe_remote_dispatch_number():
    subprocess.run("hold-slot " + services.slot_arg(int(request.form["slot"])), shell=True, check=True)  # sink
    return "ok"


@app.post("/bookings/invite")
def vuln_remote_cached_email():
    booking = services.Booking(request.form)
    subprocess.run(f"send-invite --to {booking.expert_email}", shell=True, check=True)  # sink
    return "ok"


@app.post("/bookings/invite/duration")
def safe_remote_cached_duration():
    booking = services.Booking(request.form)
    subprocess.run(f"send-invite --minutes {booking.duration}", shell=True, check=True)  # sink
    return "ok"


@api.post("/bridges/open")
def vuln_remote_dependency(host: str = Depends(bridge_host)):
    subprocess.run(f"open-bridge --host {host}", shell=True, check=True)  # sink
    return {"ok": True}


@api.post("/bridges/open/vetted")
def safe_remote_dependency(host: str = Depends(vetted_bridge_host)):
    subprocess.run(f"open-bridge --host {host}", shell=True, check=True)  # sink
    return {"ok": True}
