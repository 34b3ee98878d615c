# family: bind 605
"""The payment-status listener and its admin port."""
import socket

from flask import Flask

from .settings import LISTEN_HOST

app = Flask(__name__)

ALL_INTERFACES = "0.0.0.0"
PORT = 8443


def safe_run_app():
    app.run(host=LISTEN_HOST, port=PORT)


def vuln_run_app():
    app.run(host=ALL_INTERFACES, port=PORT)  # sink


def vuln_listener():
    server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    server.bind((ALL_INTERFACES, PORT + 1))  # sink
    return server


def safe_listener():
    server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    server.bind((LISTEN_HOST, PORT + 1))
    return server
