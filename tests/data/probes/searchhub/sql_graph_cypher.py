# family: sql 89 943
from flask import Flask, request
from neo4j import GraphDatabase

app = Flask(__name__)
driver = GraphDatabase.driver("neo4j://graph.internal:7687", auth=("reader", "from-vault"))


@app.get("/authors/coauthors")
def vuln_coauthors():
    name = request.args["name"]
    with driver.session(database="research") as session:
        result = session.run(f"MATCH (a:Author {{name: '{name}'}})-[:WROTE]->()<-[:WROTE]-(c) RETURN c.name")  # sink
        return {"coauthors": [r["c.name"] for r in result]}


@app.get("/authors/coauthors/v2")
def safe_coauthors():
    name = request.args["name"]
    with driver.session(database="research") as session:
        result = session.run("MATCH (a:Author {name: $name})-[:WROTE]->()<-[:WROTE]-(c) RETURN c.name", name=name)  # sink
        return {"coauthors": [r["c.name"] for r in result]}


@app.get("/papers/cited-by")
def vuln_cited_by_execute_query():
    doi = request.args["doi"]
    records, _, _ = driver.execute_query("MATCH (p:Paper)-[:CITES]->(:Paper {doi: '" + doi + "'}) RETURN p.title")  # sink
    return {"titles": [r["p.title"] for r in records]}


@app.get("/papers/cited-by/v2")
def safe_cited_by_execute_query():
    doi = request.args["doi"]
    records, _, _ = driver.execute_query("MATCH (p:Paper)-[:CITES]->(:Paper {doi: $doi}) RETURN p.title", doi=doi)  # sink
    return {"titles": [r["p.title"] for r in records]}


def _topic_papers(tx, topic):
    return [r["title"] for r in tx.run("MATCH (p:Paper) WHERE p.topic = '%s' RETURN p.title AS title" % topic)]  # sink


@app.get("/topics/papers")
def vuln_topic_papers():
    with driver.session() as session:
        return {"titles": session.execute_read(_topic_papers, request.args["topic"])}


def _topic_papers_bound(tx, topic):
    return [r["title"] for r in tx.run("MATCH (p:Paper) WHERE p.topic = $topic RETURN p.title AS title", topic=topic)]  # sink


@app.get("/topics/papers/v2")
def safe_topic_papers():
    with driver.session() as session:
        return {"titles": session.execute_read(_topic_papers_bound, request.args["topic"])}
