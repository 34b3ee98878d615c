# family: nosql 943
from elasticsearch import Elasticsearch
from flask import Flask, request

app = Flask(__name__)
es = Elasticsearch("https://search.internal:9200", api_key="from-vault")
CORPORA = {"papers", "patents", "theses"}


@app.get("/corpus/search")
def vuln_index_from_request():
    # an index expression of the client's: "*", "papers,embargoed-*" or a system index
    corpus = request.args.get("corpus", "papers")
    return es.search(index=corpus, query={"match": {"body": request.args.get("q", "")}})  # sink


@app.get("/corpus/search/v2")
def safe_index_allow_list():
    corpus = request.args.get("corpus", "papers")
    if corpus not in CORPORA:
        return {"error": "unknown corpus"}, 400
    return es.search(index=corpus, query={"match": {"body": request.args.get("q", "")}})  # sink


@app.get("/corpus/advanced")
def vuln_bool_query_string():
    q = request.args.get("q", "")
    query = {"bool": {"must": [{"query_string": {"query": q, "fields": ["title", "abstract"]}}], "filter": [{"term": {"public": True}}]}}
    return es.search(index="papers", query=query)  # sink


@app.get("/corpus/advanced/v2")
def safe_bool_simple_query_string():
    # simple_query_string is made for a search box: + | - " * ( ) ~ over the fields given, no field names or regex
    q = request.args.get("q", "")
    query = {"bool": {"must": [{"simple_query_string": {"query": q, "fields": ["title", "abstract"]}}], "filter": [{"term": {"public": True}}]}}
    return es.search(index="papers", query=query)  # sink
