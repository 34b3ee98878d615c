# family: deser 502
import pika
import yaml

WATCHLISTS = {}


def vuln_on_watchlist(ch, method, properties, body):
    watchlist = yaml.load(body, Loader=yaml.Loader)  # sink
    WATCHLISTS[watchlist["client"]] = watchlist["symbols"]


def safe_on_watchlist(ch, method, properties, body):
    watchlist = yaml.safe_load(body)
    WATCHLISTS[watchlist["client"]] = watchlist["symbols"]


def consume():
    channel = pika.BlockingConnection(pika.ConnectionParameters("rabbitmq")).channel()
    channel.basic_consume("watchlists", vuln_on_watchlist, auto_ack=True)
    channel.basic_consume("watchlists-v2", safe_on_watchlist, auto_ack=True)
    channel.start_consuming()
