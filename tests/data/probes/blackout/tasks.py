"""Background work of the blackout service: actors the handlers enqueue and helpers a process pool runs."""
import subprocess

import dramatiq

CONVERTER = "/opt/blackout/bin/to-pdf"


@dramatiq.actor
def convert_note(note):
    subprocess.run(f"{CONVERTER} --note {note}", shell=True, check=True)


@dramatiq.actor(max_retries=2)
def stamp_watermark(room, holder):
    subprocess.run(f"/opt/blackout/bin/stamp --room {room} --holder {holder}", shell=True, check=True)


def render_page(page):
    subprocess.run(f"{CONVERTER} --page {page}", shell=True, check=True)


def stamp_page(room, holder):
    subprocess.run(f"/opt/blackout/bin/stamp --room {room} --holder {holder}", shell=True, check=True)
