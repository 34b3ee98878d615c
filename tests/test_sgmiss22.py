"""Causes found in the misses of a line-labelled corpus, each fixed as a shape of ordinary code:
- a function defined twice in a module (or a property's getter, replaced by its setter of the same name) is
  still code a route decorator or a registry may run: its body is checked as the last definition's is;
- DynamoDB's legacy conditions (QueryFilter, ScanFilter, KeyConditions, Expected) sent whole by the caller
  are a NoSQL query the client writes."""

from __future__ import annotations

from tests import taintfindings

FLASK = "from flask import Flask, make_response, request\napp = Flask(__name__)\n"


def test_a_function_defined_again_under_the_same_name_is_checked_too() -> None:
    code = """
        @app.route("/a")
        def page():
            return make_response("<p>" + request.args["a"] + "</p>")

        @app.route("/b", endpoint="page_b")
        def page():
            return make_response("<p>" + request.args["b"] + "</p>")
        """
    assert taintfindings.findings(code, FLASK) == [("OUT401", 4), ("OUT401", 8)]


def test_a_property_getter_replaced_by_its_setter_is_checked_too() -> None:
    code = """
        class Card:
            @property
            def html(self):
                return make_response("<b>" + request.args["name"] + "</b>")

            @html.setter
            def html(self, value):
                self.value = value
        """
    assert taintfindings.findings(code, FLASK) == [("OUT401", 5)]


def test_only_the_redefined_body_that_is_unsafe_is_reported() -> None:
    code = """
        def page():
            return make_response("<p>" + request.args["a"] + "</p>")

        def page():
            return make_response("<p>fixed</p>")
        """
    assert taintfindings.findings(code, FLASK) == [("OUT401", 3)]


LAMBDA = "import boto3\n"


def test_dynamodb_conditions_sent_whole_by_the_caller_are_a_nosql_query() -> None:
    code = """
        def handler(event, context):
            table = boto3.resource("dynamodb").Table("clients")
            table.scan(ScanFilter=event["filter"])
            client = boto3.client("dynamodb")
            client.query(TableName="clients", KeyConditions=event["keys"])
            client.delete_item(TableName="clients", Key={"id": {"S": "1"}}, Expected=event.get("expected"))
        """
    assert taintfindings.findings(code, LAMBDA) == [("INP413", 4), ("INP413", 6), ("INP413", 7)]


def test_dynamodb_conditions_written_in_code_are_safe() -> None:
    code = """
        def handler(event, context):
            table = boto3.resource("dynamodb").Table("clients")
            desk = {"AttributeValueList": [str(event["desk"])], "ComparisonOperator": "EQ"}
            table.query(KeyConditions={"desk": desk})
            return table.scan(ScanFilter={"state": {"AttributeValueList": ["open"], "ComparisonOperator": "EQ"}})

        def not_boto3(event, context, table):
            return table.scan(ScanFilter=event["filter"])
        """
    assert taintfindings.findings(code, LAMBDA) == []


REQUESTS = "import requests\nfrom flask import Flask, request\napp = Flask(__name__)\n"


def test_text_appended_with_plus_equals_is_placed_after_the_text_held_so_far() -> None:
    code = """
        @app.route("/mirror")
        def mirror():
            url = "https://"
            url += request.args["mirror"] + "/files/list.txt"
            return requests.get(url, timeout=5).text
        """
    # the host of the URL, where it is built: as `url = url + ...` is reported
    assert taintfindings.findings(code, REQUESTS) == [("INP417", 5)]


def test_a_query_value_appended_with_plus_equals_does_not_choose_the_server() -> None:
    code = """
        @app.route("/search")
        def search():
            url = "https://reports.internal/search?q="
            url += request.args["q"]
            return requests.get(url, timeout=5).text
        """
    assert taintfindings.findings(code, REQUESTS) == []
