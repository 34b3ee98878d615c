# family: bind 605
import socket

import uvicorn


def vuln_listen():
    server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    server.bind(("", 9400))  # sink
    server.listen()
    return server


def safe_listen():
    server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    server.bind(("127.0.0.1", 9400))  # sink
    server.listen()
    return server


def vuln_run_api(api):
    uvicorn.run(api, host="0.0.0.0", port=8000)  # sink


def safe_run_api(api):
    uvicorn.run(api, host="127.0.0.1", port=8000)  # sink
