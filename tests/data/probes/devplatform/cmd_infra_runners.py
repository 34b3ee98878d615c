# family: cmd 78
"""Terraform, Ansible and Docker runners behind the platform's API: command lines built from the request."""

import os
import shlex
import subprocess

import docker
import paramiko
from flask import Flask, request

app = Flask(__name__)
docker_client = docker.from_env()


@app.post("/envs/<env>/plan")
def vuln_terraform_plan(env):
    region = request.form["region"]
    cmd = f"terraform -chdir=/srv/infra/{env} plan -var region={region} -no-color"
    return subprocess.run(cmd, shell=True, capture_output=True, text=True).stdout  # sink


@app.post("/envs/<env>/plan-safe")
def safe_terraform_plan(env):
    region = request.form["region"]
    cmd = f"terraform -chdir=/srv/infra/{shlex.quote(env)} plan -var region={shlex.quote(region)} -no-color"
    return subprocess.run(cmd, shell=True, capture_output=True, text=True).stdout


@app.post("/deploy/ansible")
def vuln_ansible_limit():
    hosts = request.json["limit"]
    status = os.system("ansible-playbook /srv/playbooks/deploy.yml --limit " + hosts)  # sink
    return {"status": status}


@app.post("/deploy/ansible-safe")
def safe_ansible_limit():
    hosts = request.json["limit"]
    status = os.system("ansible-playbook /srv/playbooks/deploy.yml --limit " + shlex.quote(hosts))
    return {"status": status}


@app.post("/bastion/restart")
def vuln_bastion_restart():
    service = request.form["service"]
    ssh = paramiko.SSHClient()
    ssh.load_system_host_keys()
    ssh.connect("bastion.internal", username="deploy")
    _, out, _ = ssh.exec_command(f"sudo systemctl restart {service}")  # sink
    return out.read()


@app.post("/bastion/restart-safe")
def safe_bastion_restart():
    service = request.form["service"]
    ssh = paramiko.SSHClient()
    ssh.load_system_host_keys()
    ssh.connect("bastion.internal", username="deploy")
    _, out, _ = ssh.exec_command(f"sudo systemctl restart {shlex.quote(service)}")
    return out.read()


@app.post("/containers/<cid>/backup")
def vuln_container_backup(cid):
    target = request.json["path"]
    container = docker_client.containers.get(cid)
    result = container.exec_run(["sh", "-c", "tar czf /tmp/backup.tgz " + target])  # sink
    return {"exit": result.exit_code}


@app.post("/containers/<cid>/backup-safe")
def safe_container_backup(cid):
    target = request.json["path"]
    container = docker_client.containers.get(cid)
    result = container.exec_run(["sh", "-c", "tar czf /tmp/backup.tgz -- " + shlex.quote(target)])
    return {"exit": result.exit_code}


@app.post("/jobs/oneoff")
def vuln_oneoff_job():
    task = request.json["task"]
    logs = docker_client.containers.run("registry.internal/platform/runner:2.4", ["sh", "-c", f"make {task}"], remove=True)  # sink
    return logs


@app.post("/jobs/oneoff-safe")
def safe_oneoff_job():
    task = request.json["task"]
    logs = docker_client.containers.run("registry.internal/platform/runner:2.4", ["sh", "-c", f"make {shlex.quote(task)}"], remove=True)
    return logs
