# family: nosql 943
from elasticsearch import Elasticsearch
from flask import Flask, request

app = Flask(__name__)
es = Elasticsearch("https://search.internal:9200", api_key=("archive", "from-vault"))


@app.post("/fulltext")
def vuln_fulltext():
    result = es.search(index="research-notes", body=request.get_json())  # sink
    return {"hits": [h["_source"]["title"] for h in result["hits"]["hits"]]}


@app.post("/fulltext/v2")
def safe_fulltext():
    terms = request.get_json()["q"]
    result = es.search(index="research-notes", query={"match": {"body": {"query": str(terms)}}}, size=20)
    return {"hits": [h["_source"]["title"] for h in result["hits"]["hits"]]}
