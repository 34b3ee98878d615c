"""The portfolio service's shared helpers: constant tables, generators and async helpers the handlers call."""
import sqlite3
import subprocess

DB = "/srv/portfolio/clients.db"
COLUMNS = ("isin", "qty", "price", "desk")
FEEDS = ("https://feeds.example.com/eod", "https://feeds.example.com/fx")


def connect():
    return sqlite3.connect(DB)


def fixed_formulas():
    yield "qty * price"
    yield "qty * price * fx"


def client_formulas(form):
    for text in form.getlist("formula"):
        yield text.strip()


def report_columns():
    for name in COLUMNS:
        if name != "desk":
            yield name


async def partner_url(request):
    return request.query_params.get("partner")


async def partner_base():
    return FEEDS[0]


async def requested_feeds(request):
    for url in request.query_params.getlist("feed"):
        yield url


async def known_feeds():
    for url in FEEDS:
        yield url


def run(command, *, timeout):
    return subprocess.run(command, shell=True, timeout=timeout, capture_output=True).stdout


def query(sql, **values):
    return connect().execute(sql.format(**values)).fetchall()


def query_bound(sql, **values):
    return connect().execute(sql, values).fetchall()
