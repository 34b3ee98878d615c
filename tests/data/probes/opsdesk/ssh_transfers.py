# family: ssh 295 322
"""Nightly transfers of settlement files to and from the partners' SFTP servers."""

import paramiko
from paramiko.client import AutoAddPolicy, RejectPolicy

from . import settings


def safe_push_statements(host: str, local: str, remote: str) -> None:
    client = paramiko.SSHClient()
    client.load_system_host_keys()
    client.load_host_keys(settings.KNOWN_HOSTS)
    client.set_missing_host_key_policy(paramiko.RejectPolicy())
    client.connect(host, username="opsdesk", key_filename="/etc/opsdesk/id_ed25519")
    with client.open_sftp() as sftp:
        sftp.put(local, remote)
    client.close()


def safe_pull_confirmations(host: str, remote: str, local: str) -> None:
    client = paramiko.SSHClient()
    client.load_host_keys(settings.KNOWN_HOSTS)  # the default policy refuses an unknown key
    client.connect(host, username="opsdesk", key_filename="/etc/opsdesk/id_ed25519")
    try:
        client.open_sftp().get(remote, local)
    finally:
        client.close()


def safe_transport_pinned(host: str, expected: paramiko.PKey, remote: str, local: str) -> None:
    transport = paramiko.Transport((host, 22))
    transport.connect(hostkey=expected, username="opsdesk", pkey=paramiko.Ed25519Key.from_private_key_file("/etc/opsdesk/id_ed25519"))
    with paramiko.SFTPClient.from_transport(transport) as sftp:
        sftp.get(remote, local)
    transport.close()


def safe_policy_by_class(host: str) -> paramiko.SSHClient:
    client = paramiko.SSHClient()
    client.load_system_host_keys()
    client.set_missing_host_key_policy(RejectPolicy)
    client.connect(host, username="opsdesk")
    return client


def vuln_push_to_new_partner(host: str, local: str, remote: str) -> None:
    client = paramiko.SSHClient()
    client.set_missing_host_key_policy(paramiko.AutoAddPolicy())  # sink
    client.connect(host, username="opsdesk", key_filename="/etc/opsdesk/id_ed25519")
    client.open_sftp().put(local, remote)
    client.close()


def vuln_warn_only(host: str) -> paramiko.SSHClient:
    client = paramiko.SSHClient()
    client.set_missing_host_key_policy(paramiko.WarningPolicy())  # sink
    client.connect(host, username="opsdesk")
    return client


def vuln_policy_class(host: str) -> paramiko.SSHClient:
    client = paramiko.SSHClient()
    client.set_missing_host_key_policy(AutoAddPolicy)  # sink
    client.connect(host, username="opsdesk")
    return client
