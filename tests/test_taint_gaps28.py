"""The probes' known gaps closed in session 28 (issue 13), each by its cause, with our own flagged and safe pairs."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from tests.conftest import Run, scanned

# a logging helper that forwards its *args to a logger: the logger is known by what made it (the model's
# receiver-names), so the values given for *args are logged as the helper's own positional arguments are
TRAIL = """
    import logging

    from flask import Flask, request

    app = Flask(__name__)
    trail = logging.getLogger("tickets.trail")


    def note(template, *values):
        trail.info(template, *values)


    def note_count(template, *values):
        trail.info(template, len(values))


    @app.post("/tickets/<int:ticket>/close")
    def close(ticket: int):
        note("ticket %d closed by %s", ticket, request.form["agent"])
        return "closed"


    @app.post("/tickets/<int:ticket>/reopen")
    def reopen(ticket: int):
        note_count("ticket reopened with %d notes", request.form["agent"])
        note("ticket %d reopened from %s", ticket, "web")
        return "reopened"
"""


def test_star_args_forwarded_to_a_named_logger(cli: Callable[..., Run], project: Callable[..., Path]) -> None:
    assert scanned(cli, project, {"app.py": TRAIL}, {"AUD401"}) == [("app.py", "AUD401", 10)]


# a handler class whose base (another module) keeps a request header in __init__, and a method of the
# subclass that hands the attribute to a logging method of that base: the instance made in the route holds
# what the base's constructor stores, per attribute, so the method's call logs the header; an attribute the
# base sets to a constant logs nothing (before: the instance was the whole request, any attribute of it data)
BASE = """
    import logging

    trail = logging.getLogger("tickets.trail")


    class TrailedAction:
        def __init__(self, request):
            self.request = request
            self.agent = request.headers.get("X-Agent", "")
            self.source = "desk"

        def note(self, template, *values):
            trail.info(template, *values)

        def note_pair(self, template, first, second):
            trail.info(template, first, second)
"""

ACTIONS = """
    from flask import Flask, request

    from .base import TrailedAction

    app = Flask(__name__)


    class Escalate(TrailedAction):
        def run(self, ticket: int):
            self.note("ticket %d escalated by %s", ticket, self.agent)
            return "escalated"


    class Assign(TrailedAction):
        def run(self, ticket: int):
            self.note_pair("ticket %d assigned by %s", ticket, self.agent)
            return "assigned"


    class Archive(TrailedAction):
        def run(self, ticket: int):
            self.note("ticket %d archived from %s", ticket, self.source)
            return "archived"


    @app.post("/tickets/<int:ticket>/escalate")
    def escalate(ticket: int):
        return Escalate(request).run(ticket)


    @app.post("/tickets/<int:ticket>/assign")
    def assign(ticket: int):
        return Assign(request).run(ticket)


    @app.post("/tickets/<int:ticket>/archive")
    def archive(ticket: int):
        action = Archive(request)
        return action.run(ticket)
"""


DIRECT = """
    import logging

    from flask import Flask, request

    from .base import TrailedAction

    app = Flask(__name__)
    log = logging.getLogger("tickets")


    class Touch(TrailedAction):
        def run(self, ticket: int):
            log.info("ticket %d touched from %s", ticket, self.source)
            log.info("ticket %d touched by %s", ticket, self.agent)
            return "touched"


    @app.post("/tickets/<int:ticket>/touch")
    def touch(ticket: int):
        return Touch(request).run(ticket)
"""


def test_instance_of_a_base_constructor_of_another_module_per_attribute(
    cli: Callable[..., Run], project: Callable[..., Path]
) -> None:
    # the constant attribute the base's constructor sets is no request data; the header it keeps is
    files = {"desk/__init__.py": "", "desk/base.py": BASE, "desk/direct.py": DIRECT}
    assert scanned(cli, project, files, {"AUD401"}) == [("desk/direct.py", "AUD401", 14)]


def test_receiver_attribute_to_a_base_method_of_another_module(
    cli: Callable[..., Run], project: Callable[..., Path]
) -> None:
    files = {"desk/__init__.py": "", "desk/base.py": BASE, "desk/actions.py": ACTIONS}
    assert scanned(cli, project, files, {"AUD401"}) == [
        ("desk/actions.py", "AUD401", 10),
        ("desk/actions.py", "AUD401", 16),
    ]


# a dispatch table handed to the loop that consumes the messages (`serve(COMMANDS)`): the parameter holds one
# of the tables the module's calls give it, so the call through it runs one of their functions, as a table
# indexed by its own name does; a table of safe handlers only stays quiet
CONSUMER = """
    import json
    import subprocess

    from confluent_kafka import Consumer

    def rebuild_index(message: dict) -> None:
        subprocess.run("reindex --shelf " + message["shelf"], shell=True)


    def rebuild_index_quoted(message: dict) -> None:
        subprocess.run(["reindex", "--shelf", message["shelf"]])


    def skip(message: dict) -> None:
        return None


    COMMANDS = {"reindex": rebuild_index, "skip": skip}
    QUOTED_COMMANDS = {"reindex": rebuild_index_quoted, "skip": skip}


    def serve(commands: dict, topic: str = "shelves") -> None:
        consumer = Consumer({"group.id": "library"})
        consumer.subscribe([topic])
        while True:
            record = consumer.poll(1.0)
            if record is None:
                continue
            message = json.loads(record.value())
            action = commands.get(message.get("op"))
            if action is not None:
                action(message)


    def main() -> None:
        serve({call})
"""


def test_dispatch_table_passed_to_the_consumer(cli: Callable[..., Run], project: Callable[..., Path]) -> None:
    def found(call: str) -> list[tuple[str, str, int]]:
        return scanned(cli, project, {"worker.py": CONSUMER.replace("{call}", call)}, {"INP401"})

    assert found("COMMANDS") == [("worker.py", "INP401", 7)]
    assert found("commands=COMMANDS") == [("worker.py", "INP401", 7)]
    assert found("QUOTED_COMMANDS") == []
