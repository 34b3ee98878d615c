# family: cmd 78
import copy
import json
import subprocess

from flask import Flask, request

app = Flask(__name__)
DEFAULTS = {"tool": "navcalc", "fmt": "csv"}


@app.post("/run/setdefault")
def vuln_setdefault():
    opts = {}
    opts.setdefault("fund", request.form.get("fund", ""))
    opts.setdefault("tool", "navcalc")
    subprocess.run(f"{opts['tool']} --fund {opts['fund']}", shell=True)  # sink
    return {"ok": True}


@app.post("/run/setdefault/safe")
def safe_setdefault():
    opts = {}
    opts.setdefault("fund", request.form.get("fund", ""))
    opts.setdefault("tool", "navcalc")
    subprocess.run([opts["tool"], "--fund", opts["fund"]])  # sink
    subprocess.run(f"{opts['tool']} --version", shell=True)  # sink
    return {"ok": True}


@app.post("/run/update")
def vuln_update_kwargs():
    opts = dict(DEFAULTS)
    opts.update(fund=request.form.get("fund", ""))
    subprocess.run(f"{opts['tool']} --fund {opts['fund']} --fmt {opts['fmt']}", shell=True)  # sink
    return {"ok": True}


@app.post("/run/update/safe")
def safe_update_kwargs():
    opts = dict(DEFAULTS)
    opts.update(fund=request.form.get("fund", ""))
    subprocess.run(f"{opts['tool']} --fmt {opts['fmt']}", shell=True)  # sink
    return {"ok": True}


@app.post("/run/merge")
def vuln_merge_unpack():
    opts = {**DEFAULTS, **request.form.to_dict()}
    subprocess.run(f"{opts['tool']} --fmt {opts['fmt']}", shell=True)  # sink
    return {"ok": True}


@app.post("/run/merge/safe")
def safe_merge_unpack():
    opts = {**request.form.to_dict(), **DEFAULTS}
    subprocess.run(f"{opts['tool']} --fmt {opts['fmt']}", shell=True)  # sink
    return {"ok": True}


@app.post("/run/or")
def vuln_merge_or():
    opts = DEFAULTS | {"fmt": request.form.get("fmt", "csv")}
    subprocess.run(f"{opts['tool']} --fmt {opts['fmt']}", shell=True)  # sink
    return {"ok": True}


@app.post("/run/or/safe")
def safe_merge_or():
    opts = {"fmt": request.form.get("fmt", "csv")} | DEFAULTS
    subprocess.run(f"{opts['tool']} --fmt {opts['fmt']}", shell=True)  # sink
    return {"ok": True}


@app.post("/run/zip")
def vuln_zip_dict():
    opts = dict(zip(("tool", "fund"), ("navcalc", request.form.get("fund", ""))))
    subprocess.run(f"{opts['tool']} --fund {opts['fund']}", shell=True)  # sink
    return {"ok": True}


@app.post("/run/zip/safe")
def safe_zip_dict():
    opts = dict(zip(("tool", "fund"), ("navcalc", request.form.get("fund", ""))))
    subprocess.run(f"{opts['tool']} --help", shell=True)  # sink
    return {"ok": True}


@app.post("/run/copy")
def vuln_deepcopy():
    opts = {"tool": "navcalc", "args": {"fund": request.form.get("fund", "")}}
    snapshot = copy.deepcopy(opts)
    subprocess.run(f"{snapshot['tool']} --fund {snapshot['args']['fund']}", shell=True)  # sink
    return {"ok": True}


@app.post("/run/copy/safe")
def safe_deepcopy():
    opts = {"tool": "navcalc", "args": {"fund": request.form.get("fund", "")}}
    snapshot = copy.copy(opts)
    subprocess.run(f"{snapshot['tool']} --version", shell=True)  # sink
    return {"ok": True}


@app.post("/run/json")
def vuln_json_roundtrip():
    opts = {"tool": "navcalc", "fund": request.form.get("fund", "")}
    again = json.loads(json.dumps(opts))
    subprocess.run(f"{again['tool']} --fund {again['fund']}", shell=True)  # sink
    return {"ok": True}


@app.post("/run/json/safe")
def safe_json_roundtrip():
    opts = {"tool": "navcalc", "fund": request.form.get("fund", "")}
    again = json.loads(json.dumps(opts))
    subprocess.run(f"{again['tool']} --version", shell=True)  # sink
    return {"ok": True}


@app.post("/run/items")
def vuln_dict_items():
    opts = {"tool": "navcalc", "fund": request.form.get("fund", "")}
    flags = " ".join(f"--{k} {v}" for k, v in opts.items() if k != "tool")
    subprocess.run(f"navcalc {flags}", shell=True)  # sink
    return {"ok": True}


@app.post("/run/items/safe")
def safe_dict_keys():
    opts = {"tool": "navcalc", "fund": request.form.get("fund", "")}
    flags = " ".join(f"--{k}" for k in opts if k != "tool")
    subprocess.run(f"navcalc {flags}", shell=True)  # sink
    return {"ok": True}
