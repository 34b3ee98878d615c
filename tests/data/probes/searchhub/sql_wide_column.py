# family: sql 89
import duckdb
from cassandra.cluster import Cluster
from clickhouse_driver import Client
from flask import Flask, request

app = Flask(__name__)
cql = Cluster(["cassandra.internal"]).connect("telemetry")
ch = Client(host="clickhouse.internal")
lake = duckdb.connect("/srv/lake/research.duckdb", read_only=True)


@app.get("/sensors/readings")
def vuln_cassandra_readings():
    sensor = request.args["sensor"]
    rows = cql.execute(f"SELECT ts, value FROM readings WHERE sensor_id = '{sensor}' LIMIT 100")  # sink
    return {"rows": [(str(r.ts), r.value) for r in rows]}


@app.get("/sensors/readings/v2")
def safe_cassandra_readings():
    sensor = request.args["sensor"]
    rows = cql.execute("SELECT ts, value FROM readings WHERE sensor_id = %s LIMIT 100", (sensor,))  # sink
    return {"rows": [(str(r.ts), r.value) for r in rows]}


@app.get("/sensors/latest")
def vuln_cassandra_statement():
    from cassandra.query import SimpleStatement

    stmt = SimpleStatement("SELECT value FROM latest WHERE sensor_id = '" + request.args["sensor"] + "'")  # sink
    return {"rows": [r.value for r in cql.execute(stmt)]}


@app.get("/sensors/latest/v2")
def safe_cassandra_prepared():
    prepared = cql.prepare("SELECT value FROM latest WHERE sensor_id = ?")
    return {"rows": [r.value for r in cql.execute(prepared, [request.args["sensor"]])]}  # sink


@app.get("/events/count")
def vuln_clickhouse_count():
    kind = request.args["kind"]
    return {"n": ch.execute("SELECT count() FROM events WHERE kind = '%s'" % kind)[0][0]}  # sink


@app.get("/events/count/v2")
def safe_clickhouse_count():
    kind = request.args["kind"]
    return {"n": ch.execute("SELECT count() FROM events WHERE kind = %(kind)s", {"kind": kind})[0][0]}  # sink


@app.get("/lake/trials")
def vuln_duckdb_trials():
    phase = request.args["phase"]
    return {"rows": lake.execute(f"SELECT id, title FROM trials WHERE phase = '{phase}'").fetchall()}  # sink


@app.get("/lake/trials/v2")
def safe_duckdb_trials():
    phase = request.args["phase"]
    return {"rows": lake.execute("SELECT id, title FROM trials WHERE phase = ?", [phase]).fetchall()}  # sink
