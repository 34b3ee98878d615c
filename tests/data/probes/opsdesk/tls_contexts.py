# family: tls 295 327
"""TLS of the desk's connections: partner APIs, the directory, mail and its own listener."""

import smtplib
import ssl

import ldap
import ldap3

from . import settings


def safe_partner_context() -> ssl.SSLContext:
    context = ssl.create_default_context(cafile=settings.PARTNER_CA)
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    context.load_cert_chain("/etc/opsdesk/client.pem", "/etc/opsdesk/client.key")
    return context


def safe_listener_context() -> ssl.SSLContext:
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    context.load_cert_chain("/etc/opsdesk/server.pem", "/etc/opsdesk/server.key")
    return context


def safe_client_context() -> ssl.SSLContext:
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    context.load_verify_locations(cafile=settings.PARTNER_CA)
    return context


def safe_ldaps_server() -> ldap3.Server:
    tls = ldap3.Tls(validate=ssl.CERT_REQUIRED, ca_certs_file=settings.PARTNER_CA, version=ssl.PROTOCOL_TLS_CLIENT)
    return ldap3.Server(settings.LDAP_URL, use_ssl=True, tls=tls)


def safe_directory_tls() -> None:
    ldap.set_option(ldap.OPT_X_TLS_REQUIRE_CERT, ldap.OPT_X_TLS_DEMAND)
    ldap.set_option(ldap.OPT_X_TLS_CACERTFILE, settings.PARTNER_CA)


def safe_mail(host: str, message: str) -> None:
    with smtplib.SMTP(host, 587) as smtp:
        smtp.starttls(context=ssl.create_default_context())
        smtp.sendmail("opsdesk@corp.example", ["ops@corp.example"], message)


def vuln_directory_tls() -> None:
    ldap.set_option(ldap.OPT_X_TLS_REQUIRE_CERT, ldap.OPT_X_TLS_NEVER)  # sink


def vuln_ldaps_server() -> ldap3.Server:
    tls = ldap3.Tls(validate=ssl.CERT_NONE)  # sink
    return ldap3.Server(settings.LDAP_URL, use_ssl=True, tls=tls)


def vuln_partner_context() -> ssl.SSLContext:
    context = ssl.create_default_context()
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE  # sink
    return context


def vuln_legacy_bank() -> ssl.SSLContext:
    return ssl.SSLContext(ssl.PROTOCOL_TLSv1)  # sink
