"""Round 28's causes (tests/data/probes/corpactions): where an event-driven back end takes what the outside sends
(AWS Lambda Powertools' routes, current event and batch records, a handler whose context is named unused, faust
agents, aio-pika queues, a Channels consumer's scope, pika callbacks that are methods, dispatch tables by message
type) and what makes a module-level XML parser or a response's content type safe, each flagged shape beside the
safe one it differs from."""

from __future__ import annotations

from tests.taintfindings import findings


def test_powertools_routes_and_current_event() -> None:
    """@app.get("/a/<account>") of a Powertools resolver: the route's parameters and app.current_event's query
    string, headers and body are the client's; its request context (an authorizer's claims) and stage variables
    are API Gateway's and the deployment's."""
    code = """
        import sqlite3
        import requests
        from aws_lambda_powertools.event_handler import APIGatewayRestResolver

        app = APIGatewayRestResolver()
        db = sqlite3.connect("x.db")


        @app.get("/accounts/<account>")
        def account(account: str):
            db.execute(f"SELECT 1 FROM t WHERE a = '{account}'")
            requests.get(app.current_event.get_query_string_value(name="u", default_value=""))
            requests.get(app.current_event.json_body["u"])
            db.execute(f"SELECT 1 FROM t WHERE a = '{app.current_event.request_context.authorizer.claims['sub']}'")
            db.execute(f"SELECT 1 FROM t WHERE s = '{app.current_event.stage_variables['schema']}'")
    """
    assert findings(code) == [("INP402", 11), ("INP405", 12), ("INP405", 13)]


def test_powertools_response_by_its_content_type() -> None:
    """Powertools' Response(status_code, content_type, body, headers): a body sent as text/html (its
    content_types.TEXT_HTML constant, read as the type it names) is markup, one sent as JSON or text is not; a
    Location header given is where the browser goes."""
    code = """
        from aws_lambda_powertools.event_handler import APIGatewayRestResolver, Response, content_types

        app = APIGatewayRestResolver()


        @app.get("/banner")
        def banner():
            who = app.current_event.query_string_parameters.get("who", "")
            Response(status_code=200, content_type=content_types.TEXT_HTML, body=f"<p>{who}</p>")
            Response(status_code=200, content_type=content_types.APPLICATION_JSON, body=who)
            Response(200, content_types.TEXT_PLAIN, who)
            return Response(status_code=302, headers={"Location": who, "X-Who": "x"}, body="")
    """
    assert findings(code) == [("INP406", 12), ("OUT401", 9)]


def test_lambda_context_named_unused() -> None:
    """handler(event, _context) is a Lambda handler as handler(event, context) is; a function of an event and
    something else (a dispatcher's `ctx`) is not."""
    code = """
        import subprocess


        def handler(event, _context):
            subprocess.run("x " + event["queryStringParameters"]["n"], shell=True)


        def on_event(event, ctx):
            subprocess.run("x " + event["n"], shell=True)
    """
    assert findings(code) == [("INP401", 5)]


def test_powertools_batch_record_handler() -> None:
    """process_partial_response(record_handler=f, ...) calls f with each record of the batch (also a function
    given to the @batch_processor decorator); a function of the module no registration names is not one."""
    code = """
        import pickle
        from aws_lambda_powertools.utilities.batch import BatchProcessor, EventType, process_partial_response

        processor = BatchProcessor(event_type=EventType.SQS)


        def record(item):
            pickle.loads(item.body)


        def local(item):
            pickle.loads(item.body)


        def handler(event, context):
            return process_partial_response(event=event, record_handler=record, processor=processor, context=context)
    """
    assert findings(code) == [("INP409", 8)]


def test_faust_agent_and_aio_pika_queue() -> None:
    """A faust agent's stream is the topic's records; an aio-pika queue's iterator gives its messages, and so does
    queue.consume(callback) to its callback."""
    code = """
        import json
        import subprocess

        import aio_pika
        import faust

        app = faust.App("x")
        topic = app.topic("t")


        @app.agent(topic)
        async def agent(stream):
            async for record in stream:
                subprocess.run("x " + record["n"], shell=True)


        async def consumer(channel):
            queue = await channel.declare_queue("q")
            async with queue.iterator() as messages:
                async for message in messages:
                    subprocess.run("x " + json.loads(message.body)["n"], shell=True)
            await queue.consume(on_message)


        async def on_message(message):
            subprocess.run("x " + message.body.decode(), shell=True)


        async def other(message):
            subprocess.run("x " + message.body.decode(), shell=True)
    """
    assert findings(code) == [("INP401", 14), ("INP401", 21), ("INP401", 26)]


def test_channels_scope_by_key() -> None:
    """A Channels consumer's scope: the URL's route kwargs, query string and headers are the client's, the user
    and the session the server put there are not."""
    code = """
        import os
        from channels.generic.websocket import JsonWebsocketConsumer


        class Meeting(JsonWebsocketConsumer):
            def connect(self):
                open(os.path.join("/srv", self.scope["url_route"]["kwargs"]["m"]))
                open(os.path.join("/srv", self.scope["query_string"].decode()))
                open(os.path.join("/srv", self.scope["user"].username))
                open(os.path.join("/srv", self.scope["session"]["desk"]))
    """
    assert findings(code) == [("INP404", 7), ("INP404", 8)]


def test_pika_callback_method_of_its_class() -> None:
    """channel.basic_consume(queue, on_message_callback=self.on_message) registers the class's own method: its
    parameters are the delivery; a method of the same name in a class registering nothing is not one."""
    code = """
        import subprocess
        import pika


        class Worker:
            def __init__(self, channel):
                channel.basic_consume(queue="q", on_message_callback=self.on_message)

            def on_message(self, channel, method, properties, body):
                subprocess.run("x " + body.decode(), shell=True)


        class Other:
            def on_message(self, channel, method, properties, body):
                subprocess.run("x " + body.decode(), shell=True)
    """
    assert findings(code) == [("INP401", 10)]


def test_dispatch_table_by_message_type() -> None:
    """HANDLERS[kind](payload) and handler = HANDLERS.get(kind); handler(payload) run one of the table's
    functions: what any of them does with the payload is done; under a constant key, that entry only."""
    code = """
        import json
        import subprocess
        from kafka import KafkaConsumer


        def refresh(job):
            subprocess.run("sync " + job["issuer"], shell=True)


        def ping(job):
            return None


        def quiet(job):
            subprocess.run("sync " + job["issuer"], shell=True)


        JOBS = {"refresh": refresh, "ping": ping}
        QUIET = {"quiet": quiet, "ping": ping}


        def run():
            for message in KafkaConsumer("jobs"):
                job = json.loads(message.value)
                JOBS[job["kind"]](job)
                handler = JOBS.get(job["kind"])
                if handler is not None:
                    handler(job)
                QUIET["ping"](job)
    """
    assert findings(code) == [("INP401", 7)]


def test_lambda_handler_returning_a_response_built_elsewhere() -> None:
    """A Lambda handler returning what a Powertools resolver answers, or a decorator's wrapper returning what
    the handler it wraps returns, sends no Location of its own: the routes and the handler are checked where
    they build the answer; a project's function building the redirect from the event still does."""
    code = """
        import functools
        from aws_lambda_powertools.event_handler import APIGatewayRestResolver

        app = APIGatewayRestResolver()


        def logged(func):
            @functools.wraps(func)
            def wrapper(event, context):
                return func(event, context)

            return wrapper


        def moved(url):
            return {"statusCode": 302, "headers": {"Location": url}}


        @logged
        def routed(event, context):
            return app.resolve(event, context)


        def legacy(event, context):
            return moved(event["queryStringParameters"]["next"])
    """
    assert findings(code) == [("INP406", 25)]


def test_module_level_xml_parser() -> None:
    """etree.fromstring(data, PARSER) with a parser bound once at the module's top level: judged by how it was
    built (resolve_entities=True keeps the call a sink, False makes it none)."""
    code = """
        import boto3
        from lxml import etree

        OPEN = etree.XMLParser(resolve_entities=True, no_network=False)
        CLOSED = etree.XMLParser(resolve_entities=False, no_network=True)


        def poll():
            for message in boto3.client("sqs").receive_message(QueueUrl="q")["Messages"]:
                etree.fromstring(message["Body"].encode(), OPEN)
                etree.fromstring(message["Body"].encode(), CLOSED)
    """
    assert findings(code) == [("INP411", 10)]
