# family: nosql 943
from elasticsearch import Elasticsearch
from flask import Flask, request
from opensearchpy import OpenSearch

app = Flask(__name__)
es = Elasticsearch("https://search.internal:9200", api_key="from-vault")
os_client = OpenSearch(hosts=[{"host": "opensearch.internal", "port": 9200}], use_ssl=True)


@app.get("/papers/search")
def vuln_papers_query_string():
    # query_string parses the client's text as Lucene syntax: field names (embargoed:true), wildcards, regex
    q = request.args.get("q", "")
    result = es.search(index="papers", query={"query_string": {"query": q}}, size=20)  # sink
    return {"hits": [h["_source"]["title"] for h in result["hits"]["hits"]]}


@app.get("/papers/search/v2")
def safe_papers_match():
    # a match query analyses the text into terms: the client's words are only data
    q = request.args.get("q", "")
    result = es.search(index="papers", query={"match": {"abstract": q}}, size=20)  # sink
    return {"hits": [h["_source"]["title"] for h in result["hits"]["hits"]]}


@app.get("/papers/ranked")
def vuln_script_source_built():
    boost = request.args.get("boost", "1")
    script = {"source": "_score * doc['citations'].value * " + boost}
    body = {"query": {"script_score": {"query": {"match_all": {}}, "script": script}}}
    return es.search(index="papers", body=body)  # sink


@app.get("/papers/ranked/v2")
def safe_script_params():
    boost = float(request.args.get("boost", "1"))
    script = {"source": "_score * doc['citations'].value * params.boost", "params": {"boost": boost}}
    body = {"query": {"script_score": {"query": {"match_all": {}}, "script": script}}}
    return es.search(index="papers", body=body)  # sink


@app.get("/datasets/find")
def vuln_opensearch_query_string():
    text = request.args["text"]
    body = {"query": {"query_string": {"default_field": "description", "query": text}}}
    return os_client.search(index="datasets", body=body)  # sink


@app.get("/datasets/find/v2")
def safe_opensearch_simple():
    text = request.args["text"]
    body = {"query": {"multi_match": {"query": text, "fields": ["description", "title"]}}}
    return os_client.search(index="datasets", body=body)  # sink


@app.post("/datasets/reindex-flags")
def vuln_update_by_query_script():
    flag = request.get_json()["flag"]
    es.update_by_query(index="datasets", query={"term": {"stale": True}}, script={"source": f"ctx._source.flag = '{flag}'"})  # sink
    return {"ok": True}


@app.post("/datasets/reindex-flags/v2")
def safe_update_by_query_params():
    flag = str(request.get_json()["flag"])
    script = {"source": "ctx._source.flag = params.flag", "params": {"flag": flag}}
    es.update_by_query(index="datasets", query={"term": {"stale": True}}, script=script)  # sink
    return {"ok": True}
