# family: xss 79
from html import escape
from typing import Self

from flask import Flask, request

app = Flask(__name__)


class Card:
    def __init__(self):
        self._title = ""
        self._lines: list[str] = []

    def title(self, text: str) -> Self:
        self._title = text
        return self

    def line(self, text: str) -> Self:
        self._lines.append(text)
        return self

    def html(self) -> str:
        items = "".join(f"<li>{t}</li>" for t in self._lines)
        return f"<h2>{self._title}</h2><ul>{items}</ul>"


class Widget:
    kinds: dict[str, type["Widget"]] = {}

    def __init_subclass__(cls, kind: str, **kwargs):
        super().__init_subclass__(**kwargs)
        Widget.kinds[kind] = cls

    def __init__(self, text: str):
        self.text = text


class RawBadge(Widget, kind="raw"):
    def html(self) -> str:
        return f"<span class='badge'>{self.text}</span>"


class Badge(Widget, kind="badge"):
    def html(self) -> str:
        return f"<span class='badge'>{escape(self.text)}</span>"


@app.get("/experts/card")
def vuln_builder_title():
    card = Card().title(request.args["name"]).line("Former CFO")
    return card.html()  # sink


@app.get("/experts/card/safe")
def safe_builder_title():
    card = Card().title(escape(request.args["name"])).line("Former CFO")
    return card.html()  # sink


@app.get("/experts/card/lines")
def vuln_builder_lines():
    card = Card().title("Expert")
    for text in request.args.getlist("line"):
        card = card.line(text)
    return card.html()  # sink


@app.get("/experts/card/lines/safe")
def safe_builder_lines():
    card = Card().title("Expert")
    for text in request.args.getlist("line"):
        card = card.line(escape(text))
    return card.html()  # sink


@app.get("/experts/badge")
def vuln_subclass_registry():
    widget = Widget.kinds["raw"](request.args["label"])
    return widget.html()  # sink


@app.get("/experts/badge/safe")
def safe_subclass_registry():
    widget = Widget.kinds["badge"](request.args["label"])
    return widget.html()  # sink
