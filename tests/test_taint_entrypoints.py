"""Entry points beyond routes (round 18 of the probes): GraphQL resolvers' arguments, serverless HTTP functions'
requests and answers, JSON-RPC methods' parameters; what the framework converts or owns stays quiet."""

from __future__ import annotations

from tests.taintfindings import findings


def test_graphene_arguments_are_the_clients_unless_declared_as_scalars() -> None:
    code = """
        import os
        import graphene

        class Query(graphene.ObjectType):
            pack = graphene.String(isin=graphene.String(), year=graphene.Int(), n=graphene.Argument(graphene.Int))

            def resolve_pack(root, info, isin, year, n):
                os.system("build %s" % isin)
                os.system("build --year %s --n %s" % (year, n))
                os.system("build --root %s" % root)

        class Build(graphene.Mutation):
            class Arguments:
                isin = graphene.String()
                year = graphene.Int()

            def mutate(root, info, isin, year):
                os.system("build %s %s" % (year, isin))

        class NotAType:
            def resolve_pack(self, info, isin):
                os.system("build %s" % isin)
    """
    assert findings(code) == [("INP401", 8), ("INP401", 18)]


def test_strawberry_typed_parameters_but_root_and_info() -> None:
    code = """
        import os
        import strawberry

        @strawberry.type
        class Query:
            @strawberry.field
            def pack(self, root: "Query", info: strawberry.Info, isin: str, year: int) -> str:
                os.system(f"build {year} {root} {info}")
                os.system(f"build {isin}")
                return isin
    """
    assert findings(code) == [("INP401", 9)]


def test_ariadne_resolvers_arguments_after_info_and_set_field() -> None:
    code = """
        import os
        from ariadne import ObjectType, QueryType

        query = QueryType()
        filing = ObjectType("Filing")

        @filing.field("pack")
        def resolve_pack(parent, info, isin):
            os.system("build %s %s" % (parent["year"], isin))

        def resolve_other(obj, info, **kwargs):
            os.system("build " + kwargs["isin"])

        query.set_field("other", resolve_other)
    """
    assert findings(code) == [("INP401", 9), ("INP401", 12)]


def test_azure_request_needs_azure_functions_and_response_is_text_by_default() -> None:
    azure = """
        import azure.functions as func

        def main(req: func.HttpRequest) -> func.HttpResponse:
            name = req.params.get("name")
            if req.params.get("html"):
                return func.HttpResponse(req.get_body(), mimetype="text/html")
            return func.HttpResponse(req.get_body())
    """
    assert findings(azure) == [("OUT401", 6)]
    storage = """
        import os
        from azure.storage.blob import BlobClient

        def main(req):
            os.system("upload " + req["name"])
    """
    assert findings(storage) == []


def test_cloud_function_request_and_its_answer() -> None:
    code = """
        import functions_framework

        @functions_framework.http
        def notice(request):
            return "<h1>%s</h1>" % request.args["title"]

        @functions_framework.http
        def record(request):
            return {"title": request.args["title"]}
    """
    assert findings(code) == [("OUT401", 5)]


def test_jsonrpc_method_parameters_but_the_servers_context() -> None:
    code = """
        import os
        from jsonrpcserver import method

        @method
        def build(context, isin):
            os.system("build %s" % context)
            os.system("build %s" % isin)
    """
    assert findings(code) == [("INP401", 7)]


def test_lambda_handler_result_is_the_response_by_its_headers() -> None:
    code = """
        PAGES = {"home": "/"}

        def login(event, context):
            target = event["queryStringParameters"]["next"]
            if target in PAGES:
                return {"statusCode": 302, "headers": {"Location": PAGES[target]}}
            return {"statusCode": 302, "headers": {"Location": target}}

        def echo(event, context):
            if event.get("raw"):
                return {"statusCode": 200, "body": event["body"]}
            return {"statusCode": 200, "headers": {"Content-Type": "text/html"}, "body": event["body"]}

        def notify(event, context, desk):
            return {"statusCode": 302, "headers": {"Location": event["next"]}}
    """
    assert findings(code) == [("INP406", 7), ("OUT401", 12)]
