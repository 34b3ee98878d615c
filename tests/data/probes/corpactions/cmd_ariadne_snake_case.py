# family: cmd 78
import shlex
import subprocess

from ariadne import MutationType, convert_kwargs_to_snake_case

mutation = MutationType()


@mutation.field("vulnPingAgent")
@convert_kwargs_to_snake_case
def vuln_ping_agent(_, info, agent_host):
    return subprocess.run(f"ping -c 1 {agent_host}", shell=True).returncode == 0  # sink


@mutation.field("safePingAgent")
@convert_kwargs_to_snake_case
def safe_ping_agent(_, info, agent_host):
    return subprocess.run(f"ping -c 1 {shlex.quote(agent_host)}", shell=True).returncode == 0
