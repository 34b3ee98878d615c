# family: tlsver 326 327
import ssl


def vuln_legacy_context():
    return ssl.SSLContext(ssl.PROTOCOL_TLSv1)  # sink


def safe_legacy_context():
    return ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)  # sink


def vuln_minimum():
    context = ssl.create_default_context()
    context.minimum_version = ssl.TLSVersion.TLSv1  # sink
    return context


def safe_minimum():
    context = ssl.create_default_context()
    context.minimum_version = ssl.TLSVersion.TLSv1_2  # sink
    return context
