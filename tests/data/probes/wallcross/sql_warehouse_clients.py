# family: sql 89
import clickhouse_connect
from flask import Flask, request
from google.cloud import bigquery

app = Flask(__name__)


@app.get("/warehouse/crossings")
def vuln_warehouse_crossings():
    client = bigquery.Client()
    job = client.query(f"SELECT investor FROM wallcross.crossings WHERE deal = '{request.args['deal']}'")  # sink
    return {"investors": [row.investor for row in job.result()]}


@app.get("/warehouse/crossings/safe")
def safe_warehouse_crossings():
    client = bigquery.Client()
    config = bigquery.QueryJobConfig(query_parameters=[bigquery.ScalarQueryParameter("deal", "STRING", request.args["deal"])])
    job = client.query("SELECT investor FROM wallcross.crossings WHERE deal = @deal", job_config=config)  # sink
    return {"investors": [row.investor for row in job.result()]}


@app.get("/warehouse/calls")
def vuln_warehouse_calls():
    client = clickhouse_connect.get_client(host="clickhouse.internal")
    result = client.query("SELECT count() FROM calls WHERE banker = '" + request.args["banker"] + "'")  # sink
    return {"calls": result.result_rows[0][0]}


@app.get("/warehouse/calls/safe")
def safe_warehouse_calls():
    client = clickhouse_connect.get_client(host="clickhouse.internal")
    result = client.query("SELECT count() FROM calls WHERE banker = {banker:String}", parameters={"banker": request.args["banker"]})  # sink
    return {"calls": result.result_rows[0][0]}
