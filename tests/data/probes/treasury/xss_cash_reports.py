# family: xss 79 80
"""Cash reports rendered as HTML fragments: markup built from escaped values or constants."""
import html

from django.utils.html import format_html
from django.utils.safestring import mark_safe
from flask import Flask, request
from markupsafe import Markup, escape

app = Flask(__name__)

BADGE_CLASS = "badge badge-treasury"
STATUS_BADGES = {
    "settled": '<span class="badge ok">settled</span>',
    "pending": '<span class="badge wait">pending</span>',
}


def safe_badge(status):
    return mark_safe(STATUS_BADGES.get(status, STATUS_BADGES["pending"]))


def safe_entity_cell(entity):
    return Markup(f'<td class="{BADGE_CLASS}">{escape(entity)}</td>')


def vuln_entity_cell(entity):
    return Markup(f'<td class="{BADGE_CLASS}">{entity}</td>')  # sink


def safe_memo_cell(memo):
    return mark_safe("<td>%s</td>" % html.escape(memo))


def vuln_memo_cell(memo):
    return mark_safe("<td>%s</td>" % memo)  # sink


def safe_counterparty(name, iban):
    return format_html("<b>{}</b> <code>{}</code>", name, iban)


def safe_markup_percent(reference):
    return Markup("<em>%s</em>") % reference


@app.get("/report/title")
def safe_report_title():
    title = escape(request.args.get("title", "Cash report"))
    return f"<html><body><h1>{title}</h1></body></html>"


@app.get("/report/title-raw")
def vuln_report_title():
    title = request.args.get("title", "Cash report")
    return f"<html><body><h1>{title}</h1></body></html>"  # sink


@app.get("/report/rows")
def safe_report_rows():
    count = int(request.args.get("rows", "10"))
    return f"<html><body><p>{count} rows</p></body></html>"
