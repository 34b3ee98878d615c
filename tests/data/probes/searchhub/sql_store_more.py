# family: sql 89 943
import clickhouse_connect
import duckdb
from cassandra.cluster import Cluster
from flask import Flask, request
from neo4j import GraphDatabase

app = Flask(__name__)
cql = Cluster(["cassandra.internal"]).connect("telemetry")
ch = clickhouse_connect.get_client(host="clickhouse.internal")
graph = GraphDatabase.driver("neo4j://graph.internal:7687", auth=("reader", "from-vault"))
RELATIONS = {"CITES": "CITES", "WROTE": "WROTE", "FUNDED_BY": "FUNDED_BY"}


@app.get("/sensors/async")
def vuln_cassandra_async():
    sensor = request.args["sensor"]
    future = cql.execute_async("SELECT value FROM latest WHERE sensor_id = '" + sensor + "'")  # sink
    return {"rows": [r.value for r in future.result()]}


@app.get("/sensors/async/v2")
def safe_cassandra_async():
    sensor = request.args["sensor"]
    future = cql.execute_async("SELECT value FROM latest WHERE sensor_id = %s", [sensor])  # sink
    return {"rows": [r.value for r in future.result()]}


@app.get("/events/by-source")
def vuln_clickhouse_connect_query():
    source = request.args["source"]
    result = ch.query(f"SELECT kind, count() FROM events WHERE source = '{source}' GROUP BY kind")  # sink
    return {"rows": result.result_rows}


@app.get("/events/by-source/v2")
def safe_clickhouse_connect_parameters():
    source = request.args["source"]
    result = ch.query("SELECT kind, count() FROM events WHERE source = {source:String} GROUP BY kind", parameters={"source": source})  # sink
    return {"rows": result.result_rows}


@app.get("/graph/related")
def vuln_cypher_relationship_type():
    # a relationship type cannot be a $parameter: written into the text, it is the client's Cypher
    rel = request.args.get("rel", "CITES")
    with graph.session() as session:
        rows = session.run(f"MATCH (p:Paper {{doi: $doi}})-[:{rel}]->(o) RETURN o.name AS name", doi=request.args["doi"])  # sink
        return {"related": [r["name"] for r in rows]}


@app.get("/graph/related/v2")
def safe_cypher_relationship_allow_list():
    rel = RELATIONS.get(request.args.get("rel", "CITES"), "CITES")
    with graph.session() as session:
        rows = session.run(f"MATCH (p:Paper {{doi: $doi}})-[:{rel}]->(o) RETURN o.name AS name", doi=request.args["doi"])  # sink
        return {"related": [r["name"] for r in rows]}


@app.get("/lake/sponsors")
def vuln_duckdb_connection_sql():
    con = duckdb.connect("/srv/lake/research.duckdb", read_only=True)
    return {"rows": con.sql("SELECT * FROM sponsors WHERE country = '" + request.args["country"] + "'").fetchall()}  # sink


@app.get("/lake/sponsors/v2")
def safe_duckdb_connection_params():
    con = duckdb.connect("/srv/lake/research.duckdb", read_only=True)
    return {"rows": con.execute("SELECT * FROM sponsors WHERE country = $c", {"c": request.args["country"]}).fetchall()}  # sink
