# family: cmd 78
"""Slash commands of the ops team's Slack bot: any member of the workspace may type them."""

import os
import re
import shlex
import subprocess

import paramiko
from slack_bolt import App

app = App(token=os.environ["SLACK_BOT_TOKEN"], signing_secret=os.environ["SLACK_SIGNING_SECRET"])

SERVICES = frozenset({"billing-api", "ledger-worker", "quotes-gateway"})


@app.command("/rollout")
def vuln_rollout(ack, command, respond):
    ack()
    service = command["text"].strip()
    out = subprocess.run(f"kubectl rollout restart deployment/{service} -n prod", shell=True, capture_output=True, text=True)  # sink
    respond(f"```{out.stdout}```")


@app.command("/rollout-safe")
def safe_rollout(ack, command, respond):
    ack()
    service = command["text"].strip()
    out = subprocess.run(["kubectl", "rollout", "restart", f"deployment/{service}", "-n", "prod"], capture_output=True, text=True)
    respond(f"```{out.stdout}```")


@app.command("/restart")
def vuln_restart(ack, command, respond):
    ack()
    service = command["text"].strip()
    if not service:
        respond("usage: /restart <service>")
        return
    os.system(f"sudo systemctl restart {service}")  # sink
    respond(f"restarted {service}")


@app.command("/restart-safe")
def safe_restart(ack, command, respond):
    ack()
    service = command["text"].strip()
    if service not in SERVICES:
        respond("usage: /restart <service>")
        return
    os.system(f"sudo systemctl restart {service}")
    respond(f"restarted {service}")


@app.command("/playbook")
def vuln_playbook(ack, body, respond):
    ack()
    hosts = body["text"]
    subprocess.run("ansible-playbook patch.yml --limit " + hosts, shell=True, check=True)  # sink
    respond("patch run started")


@app.command("/playbook-safe")
def safe_playbook(ack, body, respond):
    ack()
    hosts = body["text"]
    subprocess.run("ansible-playbook patch.yml --limit " + shlex.quote(hosts), shell=True, check=True)
    respond("patch run started")


@app.command("/diskfree")
def vuln_disk_free(ack, command, respond):
    ack()
    host, _, mount = command["text"].partition(" ")
    ssh = paramiko.SSHClient()
    ssh.set_missing_host_key_policy(paramiko.RejectPolicy())
    ssh.connect("bastion.ops.internal", username="opsbot")
    _, stdout, _ = ssh.exec_command(f"ssh {shlex.quote(host)} df -h {mount}")  # sink
    respond(stdout.read().decode())


@app.command("/diskfree-safe")
def safe_disk_free(ack, command, respond):
    ack()
    host, _, mount = command["text"].partition(" ")
    ssh = paramiko.SSHClient()
    ssh.set_missing_host_key_policy(paramiko.RejectPolicy())
    ssh.connect("bastion.ops.internal", username="opsbot")
    _, stdout, _ = ssh.exec_command(f"ssh {shlex.quote(host)} df -h {shlex.quote(mount)}")
    respond(stdout.read().decode())


@app.message(re.compile(r"^restart (\S+)$"))
def vuln_restart_by_message(context, say):
    service = context["matches"][0]
    os.system(f"sudo systemctl restart {service}")  # sink
    say(f"restarted {service}")


@app.message(re.compile(r"^restart-safe (\S+)$"))
def safe_restart_by_message(context, say):
    service = context["matches"][0]
    os.system(f"sudo systemctl restart {shlex.quote(service)}")
    say(f"restarted {service}")


def vuln_drain_node(ack, command, respond):
    ack()
    subprocess.run(f"kubectl drain {command['text']} --ignore-daemonsets", shell=True, check=True)  # sink
    respond("draining")


def safe_drain_node(ack, command, respond):
    ack()
    subprocess.run(["kubectl", "drain", command["text"], "--ignore-daemonsets"], check=True)
    respond("draining")


app.command("/drain")(vuln_drain_node)
app.command("/drain-safe")(safe_drain_node)
