# family: path 22 23 36 73 99
"""Images of the media service: thumbnails saved and originals opened under a client's file name, QR codes of a
client's text saved under a client's name, ImageMagick (Wand) reading a client's file name."""

import os
import uuid

import qrcode
from flask import Flask, request, send_file
from PIL import Image
from wand.image import Image as WandImage
from werkzeug.utils import secure_filename

app = Flask(__name__)
INBOX = "/srv/mediadesk/inbox"
THUMBS = "/srv/mediadesk/thumbs"
QR_DIR = "/srv/mediadesk/qr"


@app.post("/images/thumbnail")
def vuln_thumbnail_upload():
    upload = request.files["image"]
    img = Image.open(upload.stream)
    img.thumbnail((320, 320))
    img.save(os.path.join(THUMBS, upload.filename))  # sink
    return {"ok": True}


@app.post("/images/thumbnail/v2")
def safe_thumbnail_upload():
    upload = request.files["image"]
    img = Image.open(upload.stream)
    img.thumbnail((320, 320))
    img.save(os.path.join(THUMBS, secure_filename(upload.filename)))
    return {"ok": True}


@app.get("/images/dimensions")
def vuln_image_dimensions():
    with Image.open(os.path.join(INBOX, request.args["name"])) as img:  # sink
        return {"width": img.width, "height": img.height}


@app.get("/images/dimensions/v2")
def safe_image_dimensions():
    with Image.open(os.path.join(INBOX, secure_filename(request.args["name"]))) as img:
        return {"width": img.width, "height": img.height}


@app.post("/qr")
def vuln_qr_code():
    code = qrcode.make(request.form["text"])
    target = os.path.join(QR_DIR, request.form["name"] + ".png")
    code.save(target)  # sink
    return send_file(target, mimetype="image/png")


@app.post("/qr/v2")
def safe_qr_code():
    code = qrcode.make(request.form["text"])
    target = os.path.join(QR_DIR, uuid.uuid4().hex + ".png")
    code.save(target)
    return send_file(target, mimetype="image/png")


@app.post("/images/normalise")
def vuln_wand_normalise():
    with WandImage(filename=os.path.join(INBOX, request.form["name"])) as img:  # sink
        img.normalize()
        return img.make_blob("png")


@app.post("/images/normalise/v2")
def safe_wand_normalise():
    with WandImage(filename=os.path.join(INBOX, secure_filename(request.form["name"]))) as img:
        img.normalize()
        return img.make_blob("png")
