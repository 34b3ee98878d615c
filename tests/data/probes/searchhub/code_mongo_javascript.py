# family: nosql 943 94 95
from bson.code import Code
from flask import Flask, request
from pymongo import MongoClient

app = Flask(__name__)
db = MongoClient("mongodb://mongo.internal:27017")["research"]


@app.get("/datasets/wide")
def vuln_wide_where():
    cols = request.args["min_columns"]
    return {"sets": [d["name"] for d in db.datasets.find({"$where": "this.columns.length > " + cols})]}  # sink


@app.get("/datasets/wide/v2")
def safe_wide_expr():
    cols = int(request.args["min_columns"])
    return {"sets": [d["name"] for d in db.datasets.find({"$expr": {"$gt": [{"$size": "$columns"}, cols]}})]}  # sink


@app.get("/datasets/scored")
def vuln_function_body():
    weight = request.args.get("weight", "1")
    expr = {"$function": {"body": "function(s) { return s * " + weight + "; }", "args": ["$score"], "lang": "js"}}
    return {"sets": list(db.datasets.find({"$expr": {"$gt": [expr, 10]}}, {"_id": 0}))}  # sink


@app.get("/datasets/scored/v2")
def safe_function_args():
    weight = float(request.args.get("weight", "1"))
    expr = {"$function": {"body": "function(s, w) { return s * w; }", "args": ["$score", weight], "lang": "js"}}
    return {"sets": list(db.datasets.find({"$expr": {"$gt": [expr, 10]}}, {"_id": 0}))}  # sink


@app.get("/datasets/tally")
def vuln_map_reduce_code():
    field = request.args["field"]
    mapper = Code("function() { emit(this." + field + ", 1); }")  # sink
    reducer = Code("function(k, v) { return Array.sum(v); }")
    return db.command("mapReduce", "datasets", map=mapper, reduce=reducer, out={"inline": 1})


@app.get("/datasets/tally/v2")
def safe_map_reduce_code():
    field = request.args["field"]
    if field not in ("owner", "licence", "region"):
        return {"error": "field"}, 400
    mapper = Code("function() { emit(this." + field + ", 1); }")  # sink
    reducer = Code("function(k, v) { return Array.sum(v); }")
    return db.command("mapReduce", "datasets", map=mapper, reduce=reducer, out={"inline": 1})
