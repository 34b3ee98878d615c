# family: tls 295
import os
import ssl

import aiohttp
import httpx
import requests

CA_BUNDLE = "/etc/clearing/ca/ccp-root.pem"


def safe_session_bundle():
    session = requests.Session()
    session.verify = os.environ.get("REQUESTS_CA_BUNDLE", CA_BUNDLE)
    return session


def vuln_session_bundle():
    session = requests.Session()
    session.verify = False  # sink
    return session


def safe_mutual_tls_context(cert_file: str, key_file: str) -> ssl.SSLContext:
    context = ssl.create_default_context(cafile=CA_BUNDLE)
    context.load_cert_chain(cert_file, key_file)
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    return context


def safe_server_context(cert_file: str, key_file: str) -> ssl.SSLContext:
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert_file, key_file)
    return context


def safe_client_auth_server(cert_file: str, key_file: str) -> ssl.SSLContext:
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert_file, key_file)
    context.load_verify_locations(CA_BUNDLE)
    context.verify_mode = ssl.CERT_REQUIRED
    return context


def vuln_lab_context() -> ssl.SSLContext:
    context = ssl.create_default_context()
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE  # sink
    return context


def safe_httpx_client() -> httpx.Client:
    return httpx.Client(verify=ssl.create_default_context(cafile=CA_BUNDLE), timeout=10.0)


def vuln_httpx_client() -> httpx.AsyncClient:
    return httpx.AsyncClient(verify=False, timeout=10.0)  # sink


def safe_aiohttp_connector() -> aiohttp.TCPConnector:
    return aiohttp.TCPConnector(ssl=ssl.create_default_context(cafile=CA_BUNDLE), limit=20)


def vuln_aiohttp_connector() -> aiohttp.TCPConnector:
    return aiohttp.TCPConnector(ssl=False, limit=20)  # sink
