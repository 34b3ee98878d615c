# family: tls 295
"""Clients of the platform: SSH to the bastion with unknown host keys accepted or refused."""

import docker
import docker.tls
import paramiko
from flask import Flask
from kubernetes import client

app = Flask(__name__)


@app.post("/bastion/uptime")
def vuln_bastion_autoadd():
    ssh = paramiko.SSHClient()
    ssh.set_missing_host_key_policy(paramiko.AutoAddPolicy())  # sink
    ssh.connect("bastion.internal", username="platform")
    _, out, _ = ssh.exec_command("uptime")
    return out.read()


@app.post("/bastion/uptime-safe")
def safe_bastion_autoadd():
    ssh = paramiko.SSHClient()
    ssh.load_system_host_keys()
    ssh.set_missing_host_key_policy(paramiko.RejectPolicy())
    ssh.connect("bastion.internal", username="platform")
    _, out, _ = ssh.exec_command("uptime")
    return out.read()


@app.post("/bastion/disk")
def vuln_bastion_warning_policy():
    ssh = paramiko.SSHClient()
    ssh.set_missing_host_key_policy(paramiko.WarningPolicy())  # sink
    ssh.connect("bastion.internal", username="platform")
    _, out, _ = ssh.exec_command("df -h")
    return out.read()


@app.post("/bastion/disk-safe")
def safe_bastion_warning_policy():
    ssh = paramiko.SSHClient()
    ssh.load_host_keys("/etc/platform/known_hosts")
    ssh.connect("bastion.internal", username="platform")
    _, out, _ = ssh.exec_command("df -h")
    return out.read()


def vuln_remote_cluster(api_server: str, token: str):
    cfg = client.Configuration()
    cfg.host = api_server
    cfg.api_key = {"authorization": "Bearer " + token}
    cfg.verify_ssl = False  # sink
    return client.CoreV1Api(client.ApiClient(cfg)).list_namespace()


def safe_remote_cluster(api_server: str, token: str):
    cfg = client.Configuration()
    cfg.host = api_server
    cfg.api_key = {"authorization": "Bearer " + token}
    cfg.ssl_ca_cert = "/etc/platform/clusters/ca.crt"
    return client.CoreV1Api(client.ApiClient(cfg)).list_namespace()


def vuln_remote_docker(host: str):
    tls = docker.tls.TLSConfig(client_cert=("/etc/platform/docker/cert.pem", "/etc/platform/docker/key.pem"), verify=False)  # sink
    return docker.DockerClient(base_url=f"tcp://{host}:2376", tls=tls).info()


def safe_remote_docker(host: str):
    tls = docker.tls.TLSConfig(client_cert=("/etc/platform/docker/cert.pem", "/etc/platform/docker/key.pem"), verify="/etc/platform/docker/ca.pem")
    return docker.DockerClient(base_url=f"tcp://{host}:2376", tls=tls).info()
