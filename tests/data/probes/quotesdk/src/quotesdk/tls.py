# family: tls 295
"""SSL contexts for the streaming socket: the system's trust store or the caller's CA bundle."""

from __future__ import annotations

import socket
import ssl


def safe_context(cafile: str | None = None) -> ssl.SSLContext:
    context = ssl.create_default_context(cafile=cafile)
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    return context


def safe_stream(host: str, port: int = 7443, cafile: str | None = None) -> ssl.SSLSocket:
    raw = socket.create_connection((host, port), timeout=10)
    return safe_context(cafile).wrap_socket(raw, server_hostname=host)


def safe_mutual_tls(cafile: str, certfile: str, keyfile: str) -> ssl.SSLContext:
    context = ssl.create_default_context(ssl.Purpose.SERVER_AUTH, cafile=cafile)
    context.load_cert_chain(certfile, keyfile)
    return context


def vuln_context() -> ssl.SSLContext:
    context = ssl.create_default_context()
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE  # sink
    return context


def vuln_unverified_stream(host: str) -> ssl.SSLSocket:
    context = ssl._create_unverified_context()  # sink
    return context.wrap_socket(socket.create_connection((host, 7443)), server_hostname=host)
