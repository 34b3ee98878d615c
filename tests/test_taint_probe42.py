"""Round 42's causes (tests/data/probes/searchhub): a research-search and data-store service's handlers over
MongoDB, Elasticsearch/OpenSearch, Redis, Neo4j, Cassandra and lxml, each flagged shape beside the safe one it
differs from."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import findings_by_path
from tests.taintfindings import findings


def test_a_filter_passed_as_a_keyword_of_its_own_name_is_read_as_built() -> None:
    """search(index=..., body=body): the keyword `body` is no other use of the name `body`, so the dict the
    function built is read by its keys: a match query's text is data, a query_string query's is Lucene syntax."""
    code = """
        from elasticsearch import Elasticsearch
        from flask import Flask, request

        app = Flask(__name__)
        es = Elasticsearch("https://search.internal:9200")

        @app.get("/words")
        def words():
            body = {"query": {"multi_match": {"query": request.args["q"], "fields": ["title", "abstract"]}}}
            return es.search(index="papers", body=body)

        @app.get("/lucene")
        def lucene():
            body = {"query": {"query_string": {"query": request.args["q"], "fields": ["title", "abstract"]}}}
            return es.search(index="papers", body=body)
    """
    assert [f for f in findings(code) if f[0] == "INP413"] == [("INP413", 15)]


def test_displays_kept_in_names_and_filtered_unpacking_inside_a_filter() -> None:
    """A `$function` document kept in a name inside `$expr` is read for its JavaScript body; a comprehension that
    keeps keys of a constant collection, unpacked into the filter, holds no operator of the client's."""
    code = """
        from flask import Flask, request
        from pymongo import MongoClient

        app = Flask(__name__)
        runs = MongoClient()["lab"]["runs"]
        FIELDS = ("owner", "topic")

        @app.get("/weighted")
        def weighted():
            weight = {"$function": {"body": "function(s) { return s * " + request.args["w"] + "; }", "args": ["$s"], "lang": "js"}}
            return list(runs.find({"$expr": {"$gt": [weight, 1]}}))

        @app.get("/weighted/v2")
        def weighted_params():
            weight = {"$function": {"body": "function(s, w) { return s * w; }", "args": ["$s", float(request.args["w"])], "lang": "js"}}
            return list(runs.find({"$expr": {"$gt": [weight, 1]}}))

        @app.post("/purge")
        def purge():
            body = request.get_json()
            return str(runs.delete_many({"draft": True, **body}).deleted_count)

        @app.post("/purge/v2")
        def purge_chosen():
            body = request.get_json()
            chosen = {k: str(v) for k, v in body.items() if k in FIELDS}
            return str(runs.delete_many({"draft": True, **chosen}).deleted_count)
    """
    assert [f for f in findings(code) if f[0] == "INP413"] == [("INP413", 11), ("INP413", 21)]


def test_starlette_awaited_json_body_is_a_parsed_document() -> None:
    """`payload = await request.json()` of a FastAPI handler's `request: Request`: the body read of the source
    object is JSON parsed, so an entry of it under a field may be an operator document; checked as text, not."""
    code = """
        from fastapi import FastAPI, Request
        from motor.motor_asyncio import AsyncIOMotorClient

        api = FastAPI()
        cites = AsyncIOMotorClient()["lab"]["citations"]

        @api.post("/doi")
        async def by_doi(request: Request):
            payload = await request.json()
            return await cites.find_one({"doi": payload.get("doi")})

        @api.post("/doi/v2")
        async def by_doi_text(request: Request):
            payload = await request.json()
            doi = payload.get("doi")
            if not isinstance(doi, str):
                return None
            return await cites.find_one({"doi": doi})
    """
    assert [f for f in findings(code) if f[0] == "INP413"] == [("INP413", 10)]


def test_a_helper_running_a_filter_is_judged_by_what_each_call_passes(tmp_path: Path) -> None:
    """A repository of another module whose parameter reaches find() whole, or under a field: a call passing a
    display built in code is read by its keys (a `$where` of the client's is reported, a field made text is
    not); a call passing a JSON entry for the field is an operator document, one checked as text is not."""
    (tmp_path / "lab").mkdir()
    (tmp_path / "lab" / "__init__.py").write_text("", encoding="utf-8")
    (tmp_path / "lab" / "store.py").write_text(
        "from pymongo import MongoClient\n"
        "\n"
        "\n"
        "class Runs:\n"
        "    def __init__(self):\n"
        "        self.coll = MongoClient()['lab']['runs']\n"
        "\n"
        "    def matching(self, criteria):\n"
        "        return list(self.coll.find(criteria))\n"
        "\n"
        "    def by_owner(self, owner):\n"
        "        return list(self.coll.find({'owner': owner}))\n"
        "\n"
        "\n"
        "runs = Runs()\n",
        encoding="utf-8",
    )
    (tmp_path / "lab" / "views.py").write_text(
        "from flask import Flask, request\n"
        "\n"
        "from .store import runs\n"
        "\n"
        "app = Flask(__name__)\n"
        "\n"
        "\n"
        "@app.post('/a')\n"
        "def text_field():\n"
        "    return {'n': runs.matching({'owner': str(request.get_json()['owner'])})}\n"
        "\n"
        "\n"
        "@app.post('/b')\n"
        "def where_clause():\n"
        "    return {'n': runs.matching({'$where': request.get_json()['js']})}\n"
        "\n"
        "\n"
        "@app.post('/c')\n"
        "def json_entry():\n"
        "    return {'n': runs.by_owner(request.get_json()['owner'])}\n"
        "\n"
        "\n"
        "@app.post('/d')\n"
        "def checked_entry():\n"
        "    owner = request.get_json()['owner']\n"
        "    if not isinstance(owner, str):\n"
        "        return {}\n"
        "    return {'n': runs.by_owner(owner)}\n",
        encoding="utf-8",
    )
    found = findings_by_path(tmp_path)
    assert sorted(f["start"]["line"] for f in found["lab/views.py"] if f["rule"] == "INP413") == [15, 20]


def test_a_managed_transaction_function_gets_the_callers_values_after_the_transaction() -> None:
    """Neo4j's session.execute_read(f, x) calls f(tx, x) (a runner with one argument of its own first): the
    value reaches f's second parameter, formatted into Cypher or bound as $desk."""
    code = """
        from flask import Flask, request
        from neo4j import GraphDatabase

        app = Flask(__name__)
        graph = GraphDatabase.driver("neo4j://graph.internal")

        def peers(tx, desk):
            return list(tx.run(f"MATCH (d:Desk {{name: '{desk}'}})--(p) RETURN p"))

        def peers_bound(tx, desk):
            return list(tx.run("MATCH (d:Desk {name: $desk})--(p) RETURN p", desk=desk))

        @app.get("/peers")
        def desk_peers():
            with graph.session() as session:
                return str(session.execute_read(peers, request.args["desk"]))

        @app.get("/peers/v2")
        def desk_peers_bound():
            with graph.session() as session:
                return str(session.execute_write(peers_bound, request.args["desk"]))
    """
    assert [f for f in findings(code) if f[0] == "INP402"] == [("INP402", 8)]


def test_an_evaluator_object_called_with_an_expression() -> None:
    """evaluate = etree.XPathEvaluator(doc); evaluate(expr): the instance is called with the XPath expression;
    with $variables the client's value is data."""
    code = """
        from flask import Flask, request
        from lxml import etree

        app = Flask(__name__)
        catalogue = etree.parse("catalogue.xml")

        @app.get("/owner")
        def owner():
            evaluate = etree.XPathEvaluator(catalogue)
            return str(evaluate("//set[owner='%s']/@id" % request.args["owner"]))

        @app.get("/owner/v2")
        def owner_bound():
            evaluate = etree.XPathEvaluator(catalogue)
            return str(evaluate("//set[owner=$owner]/@id", owner=request.args["owner"]))
    """
    assert [f for f in findings(code) if f[0] == "INP408"] == [("INP408", 10)]
