# family: cmd 78
"""An ops helper: the model proposes a diagnostic command for the analyst's question."""

import shlex
import subprocess

import litellm
from flask import Flask, request
from langchain_core.tools import BaseTool, StructuredTool

app = Flask(__name__)
ALLOWED = {"df": ["df", "-h"], "uptime": ["uptime"], "free": ["free", "-m"]}


def propose(question):
    response = litellm.completion(model="gpt-4o-mini", messages=[{"role": "user", "content": question}])
    return response.choices[0].message.content.strip()


@app.post("/diagnose")
def vuln_diagnose():
    command = propose(request.json["question"])
    return subprocess.run(command, shell=True, capture_output=True, text=True).stdout  # sink


@app.post("/diagnose-safe")
def safe_diagnose():
    command = propose(request.json["question"])
    return subprocess.run(ALLOWED[command], capture_output=True, text=True).stdout


@app.post("/grep-logs")
def vuln_grep_logs():
    response = litellm.completion(model="claude-3-5-haiku", messages=[{"role": "user", "content": request.json["question"]}])
    pattern = response["choices"][0]["message"]["content"]
    return subprocess.check_output(f"grep -r {pattern} /var/log/assistant", shell=True)  # sink


@app.post("/grep-logs-safe")
def safe_grep_logs():
    response = litellm.completion(model="claude-3-5-haiku", messages=[{"role": "user", "content": request.json["question"]}])
    pattern = response["choices"][0]["message"]["content"]
    return subprocess.check_output(f"grep -r {shlex.quote(pattern)} /var/log/assistant", shell=True)


def vuln_restart_service(service: str) -> str:
    """Restart one of the team's services."""
    return subprocess.check_output(f"systemctl restart {service}", shell=True).decode()  # sink


def safe_restart_service(service: str) -> str:
    """Restart one of the team's services."""
    return subprocess.check_output(["systemctl", "restart", "--", service]).decode()


restart_tool = StructuredTool.from_function(func=vuln_restart_service, name="restart", description="Restart a service")
restart_tool_safe = StructuredTool.from_function(func=safe_restart_service, name="restart", description="Restart a service")


class VulnPingTool(BaseTool):
    name: str = "ping"
    description: str = "Ping a host of the research network"

    def _run(self, host: str) -> str:
        return subprocess.getoutput("ping -c 1 " + host)  # sink


class SafePingTool(BaseTool):
    name: str = "ping"
    description: str = "Ping a host of the research network"

    def _run(self, host: str) -> str:
        return subprocess.getoutput("ping -c 1 " + shlex.quote(host))
