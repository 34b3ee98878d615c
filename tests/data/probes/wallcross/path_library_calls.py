# family: path 22 23 36 73 99
import glob
import os
import shutil
from pathlib import Path

from flask import Flask, request
from werkzeug.utils import secure_filename

app = Flask(__name__)
ROOT = "/srv/wallcross/deals"
DEALS = Path(ROOT)


@app.get("/deals/files")
def vuln_deal_files():
    found = []
    for folder, _dirs, files in os.walk(os.path.join(ROOT, request.args["deal"])):  # sink
        found.extend(os.path.join(folder, f) for f in files)
    return {"files": found}


@app.get("/deals/files/safe")
def safe_deal_files():
    found = []
    for folder, _dirs, files in os.walk(os.path.join(ROOT, secure_filename(request.args["deal"]))):  # sink
        found.extend(os.path.join(folder, f) for f in files)
    return {"files": found}


@app.get("/deals/memos")
def vuln_memos():
    return {"memos": glob.glob(f"{ROOT}/{request.args['deal']}/*.pdf")}  # sink


@app.get("/deals/memos/safe")
def safe_memos():
    deal = request.args["deal"]
    if not deal.isalnum():
        return {"error": "bad deal"}, 400
    return {"memos": glob.glob(f"{ROOT}/{deal}/*.pdf")}  # sink


@app.get("/deals/listing")
def vuln_listing():
    return {"names": [p.name for p in (DEALS / request.args["deal"]).iterdir()]}  # sink


@app.get("/deals/listing/safe")
def safe_listing():
    return {"names": [p.name for p in (DEALS / secure_filename(request.args["deal"])).iterdir()]}  # sink


@app.get("/deals/size")
def vuln_size():
    return {"bytes": (DEALS / request.args["doc"]).stat().st_size}  # sink


@app.get("/deals/size/safe")
def safe_size():
    return {"bytes": (DEALS / Path(request.args["doc"]).name).stat().st_size}  # sink


@app.post("/deals/bundle")
def vuln_unpack_bundle():
    shutil.unpack_archive("/srv/wallcross/inbox/bundle.zip", os.path.join(ROOT, request.form["deal"]))  # sink
    return {"ok": True}


@app.post("/deals/bundle/safe")
def safe_unpack_bundle():
    shutil.unpack_archive("/srv/wallcross/inbox/bundle.zip", os.path.join(ROOT, secure_filename(request.form["deal"])))  # sink
    return {"ok": True}


@app.post("/deals/pack")
def vuln_pack():
    name = shutil.make_archive(os.path.join("/srv/wallcross/out", request.form["name"]), "zip", ROOT)  # sink
    return {"archive": name}


@app.post("/deals/pack/safe")
def safe_pack():
    name = shutil.make_archive(os.path.join("/srv/wallcross/out", secure_filename(request.form["name"])), "zip", ROOT)  # sink
    return {"archive": name}


@app.post("/deals/alias")
def vuln_alias():
    os.symlink(os.path.join(ROOT, "current"), os.path.join(ROOT, request.form["alias"]))  # sink
    return {"ok": True}


@app.post("/deals/alias/safe")
def safe_alias():
    os.symlink(os.path.join(ROOT, "current"), os.path.join(ROOT, os.path.basename(request.form["alias"])))  # sink
    return {"ok": True}
