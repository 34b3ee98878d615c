# family: sql 89
import configparser
import io

from flask import Flask, request

from .common import open_db

app = Flask(__name__)


@app.get("/cfg/section")
def vuln_config_key():
    cfg = configparser.ConfigParser()
    cfg.add_section("report")
    cfg.set("report", "view", "nav_daily")
    cfg.set("report", "fund", request.args.get("fund", ""))
    sql = f"SELECT * FROM {cfg.get('report', 'view')} WHERE fund = '{cfg.get('report', 'fund')}'"
    return open_db().execute(sql).fetchall()  # sink


@app.get("/cfg/section/safe")
def safe_config_key():
    cfg = configparser.ConfigParser()
    cfg.add_section("report")
    cfg.set("report", "view", "nav_daily")
    cfg.set("report", "fund", request.args.get("fund", ""))
    sql = f"SELECT * FROM {cfg.get('report', 'view')} WHERE fund = ?"
    return open_db().execute(sql, (cfg.get("report", "fund"),)).fetchall()  # sink


@app.get("/cfg/item")
def vuln_config_item():
    cfg = configparser.ConfigParser()
    cfg["report"] = {"view": "nav_weekly", "fund": request.args.get("fund", "")}
    section = cfg["report"]
    return open_db().execute(f"SELECT * FROM {section['view']} WHERE fund = '{section['fund']}'").fetchall()  # sink


@app.get("/cfg/item/safe")
def safe_config_item():
    cfg = configparser.ConfigParser()
    cfg["report"] = {"view": "nav_weekly", "fund": request.args.get("fund", "")}
    section = cfg["report"]
    return open_db().execute(f"SELECT * FROM {section['view']} WHERE fund = ?", (section["fund"],)).fetchall()  # sink


@app.get("/cfg/other-section")
def vuln_config_sections():
    cfg = configparser.ConfigParser()
    cfg.read_dict({"client": {"view": request.args.get("view", "")}, "service": {"view": "nav_daily"}})
    return open_db().execute(f"SELECT * FROM {cfg.get('client', 'view')}").fetchall()  # sink


@app.get("/cfg/other-section/safe")
def safe_config_sections():
    cfg = configparser.ConfigParser()
    cfg.read_dict({"client": {"view": request.args.get("view", "")}, "service": {"view": "nav_daily"}})
    return open_db().execute(f"SELECT * FROM {cfg.get('service', 'view')}").fetchall()  # sink


@app.get("/buf/getvalue")
def vuln_stringio():
    buf = io.StringIO()
    buf.write("SELECT * FROM nav_daily WHERE fund = '")
    buf.write(request.args.get("fund", ""))
    buf.write("'")
    return open_db().execute(buf.getvalue()).fetchall()  # sink


@app.get("/buf/getvalue/safe")
def safe_stringio():
    buf = io.StringIO()
    buf.write("SELECT * FROM nav_daily WHERE fund = ")
    buf.write("?")
    return open_db().execute(buf.getvalue(), (request.args.get("fund", ""),)).fetchall()  # sink


@app.get("/buf/read")
def vuln_stringio_read():
    buf = io.StringIO()
    print("SELECT * FROM nav_daily WHERE fund = '%s'" % request.args.get("fund", ""), file=buf)
    buf.seek(0)
    return open_db().execute(buf.read()).fetchall()  # sink


@app.get("/buf/read/safe")
def safe_stringio_read():
    buf = io.StringIO()
    print("SELECT * FROM nav_daily WHERE fund = ?", file=buf)
    buf.seek(0)
    return open_db().execute(buf.read(), (request.args.get("fund", ""),)).fetchall()  # sink


@app.post("/buf/bytes")
def vuln_bytesio():
    raw = io.BytesIO(request.get_data())
    sql = "SELECT * FROM nav_daily WHERE fund = '" + raw.read().decode() + "'"
    return open_db().execute(sql).fetchall()  # sink


@app.post("/buf/bytes/safe")
def safe_bytesio():
    raw = io.BytesIO(request.get_data())
    sql = "SELECT * FROM nav_daily WHERE fund = ?"
    return open_db().execute(sql, (raw.read().decode(),)).fetchall()  # sink


@app.get("/buf/initial")
def vuln_stringio_initial():
    buf = io.StringIO(request.args.get("where", "1=1"))
    return open_db().execute("SELECT * FROM nav_daily WHERE " + buf.getvalue()).fetchall()  # sink


@app.get("/buf/initial/safe")
def safe_stringio_initial():
    buf = io.StringIO("fund = ?")
    return open_db().execute("SELECT * FROM nav_daily WHERE " + buf.getvalue(), (request.args.get("fund"),)).fetchall()  # sink
