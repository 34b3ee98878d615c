# family: tls 295
import socket
import ssl

import httpx

from .config import settings


def safe_swift_context():
    context = ssl.create_default_context(cafile=settings.SWIFT_CA_FILE)
    context.load_cert_chain(settings.SWIFT_CLIENT_CERT, settings.SWIFT_CLIENT_KEY)
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    return context


def vuln_swift_context():
    context = ssl.create_default_context()
    if settings.SWIFT_SKIP_VERIFY:
        context.check_hostname = False  # sink
        context.verify_mode = ssl.CERT_NONE  # sink
    return context


def safe_fix_connect(host, port):
    context = ssl.create_default_context()
    context.verify_mode = ssl.CERT_REQUIRED
    raw = socket.create_connection((host, port), timeout=30)
    return context.wrap_socket(raw, server_hostname=host)


def safe_assert_verified(context):
    if context.verify_mode == ssl.CERT_NONE or not context.check_hostname:
        raise RuntimeError("the FIX gateway context must verify the CCP's certificate")
    return context


def vuln_reconciliation_client():
    verify = settings.RECON_CA_BUNDLE
    if not settings.RECON_VERIFY_TLS:
        verify = False  # sink
    return httpx.Client(base_url=settings.RECON_URL, verify=verify, timeout=30)  # sink


def safe_reconciliation_client():
    return httpx.Client(base_url=settings.RECON_URL, verify=settings.RECON_CA_BUNDLE, timeout=30)


def safe_reconciliation_switch(ca_bundle=None):
    # requests' own convention: True verifies with the bundled CAs, a path with that bundle
    return httpx.Client(base_url=settings.RECON_URL, verify=ca_bundle or True, timeout=30)
