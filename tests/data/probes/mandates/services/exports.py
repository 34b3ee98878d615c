"""Exports of a mandate summary, one per kind, registered by decorator and in a table."""

from markupsafe import escape

from ..common.registry import exporter


@exporter("html")
def export_html(title):
    return f"<html><h1>{title}</h1></html>"


@exporter("html-escaped")
def export_html_escaped(title):
    return f"<html><h1>{escape(title)}</h1></html>"


def banner(title):
    return f"<div class='banner'>{title}</div>"


def banner_escaped(title):
    return f"<div class='banner'>{escape(title)}</div>"


HANDLERS = {"banner": banner, "banner-escaped": banner_escaped}
