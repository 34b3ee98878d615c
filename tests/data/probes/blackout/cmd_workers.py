# family: cmd 78
import re
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from functools import partial
from multiprocessing import Pool

from flask import Flask, abort, request

from . import tasks

app = Flask(__name__)
POOL = ThreadPoolExecutor(max_workers=4)


def checked_note(note):
    if not re.fullmatch(r"N-[0-9]{1,8}", note):
        abort(400)
    return note


@app.post("/notes/convert")
def vuln_dramatiq_send():
    tasks.convert_note.send(request.form["note"])  # sink
    return {"queued": True}


@app.post("/notes/convert/safe")
def safe_dramatiq_send():
    tasks.convert_note.send(checked_note(request.form["note"]))  # sink
    return {"queued": True}


@app.post("/rooms/<int:room_id>/stamp")
def vuln_dramatiq_options(room_id):
    tasks.stamp_watermark.send_with_options(args=(room_id, request.form["holder"]), delay=1000)  # sink
    return {"queued": True}


@app.post("/rooms/<int:room_id>/stamp/safe")
def safe_dramatiq_options(room_id):
    holder = request.form["holder"]
    tasks.stamp_watermark.send_with_options(args=(room_id, len(holder)), delay=1000)  # sink
    return {"queued": True}


@app.post("/pages/render")
def vuln_executor_map():
    pages = request.form.getlist("page")
    list(POOL.map(tasks.render_page, pages))  # sink
    return {"rendered": len(pages)}


@app.post("/pages/render/safe")
def safe_executor_map():
    pages = [int(p) for p in request.form.getlist("page")]
    list(POOL.map(tasks.render_page, pages))  # sink
    return {"rendered": len(pages)}


@app.post("/pages/render/pool")
def vuln_pool_map():
    pages = request.form.getlist("page")
    with Pool(2) as pool:
        pool.map(tasks.render_page, pages)  # sink
    return {"rendered": len(pages)}


@app.post("/pages/render/pool/safe")
def safe_pool_map():
    pages = [checked_note(p) for p in request.form.getlist("page")]
    with Pool(2) as pool:
        pool.map(tasks.render_page, pages)  # sink
    return {"rendered": len(pages)}


@app.post("/pages/render/process")
def vuln_process_pool_submit():
    with ProcessPoolExecutor() as executor:
        executor.submit(tasks.render_page, request.form["page"])  # sink
    return {"queued": True}


@app.post("/pages/render/process/safe")
def safe_process_pool_submit():
    with ProcessPoolExecutor() as executor:
        executor.submit(tasks.render_page, int(request.form["page"]))  # sink
    return {"queued": True}


@app.post("/rooms/<int:room_id>/stamp/all")
def vuln_map_partial(room_id):
    holders = request.form.getlist("holder")
    list(POOL.map(partial(tasks.stamp_page, room_id), holders))  # sink
    return {"stamped": len(holders)}


@app.post("/rooms/<int:room_id>/stamp/all/safe")
def safe_map_partial(room_id):
    holders = [checked_note(h) for h in request.form.getlist("holder")]
    list(POOL.map(partial(tasks.stamp_page, room_id), holders))  # sink
    return {"stamped": len(holders)}


@app.post("/pages/render/lambda")
def vuln_map_lambda():
    pages = request.form.getlist("page")
    list(POOL.map(lambda page: tasks.render_page(page), pages))  # sink
    return {"rendered": len(pages)}


@app.post("/pages/render/lambda/safe")
def safe_map_lambda():
    pages = request.form.getlist("page")
    list(POOL.map(lambda page: tasks.render_page(int(page)), pages))  # sink
    return {"rendered": len(pages)}
