# family: tlsver 326 327
import socket
import ssl


def vuln_legacy_socket(host):
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    context.maximum_version = ssl.TLSVersion.TLSv1_1  # sink
    return context.wrap_socket(socket.create_connection((host, 443)), server_hostname=host)


def safe_modern_socket(host):
    context = ssl.create_default_context()
    context.minimum_version = ssl.TLSVersion.TLSv1_3  # sink
    return context.wrap_socket(socket.create_connection((host, 443)), server_hostname=host)


def vuln_sslv3(host):
    return ssl.SSLContext(ssl.PROTOCOL_SSLv3)  # sink
