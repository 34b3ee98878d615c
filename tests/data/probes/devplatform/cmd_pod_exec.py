# family: cmd 78
"""Self-service pod access: the kubernetes client's exec runs the command vector it is given in the container; a
vector of "/bin/sh", "-c" and a line built from the request is a shell command line of the developer's."""

import shlex

from fastapi import FastAPI
from flask import Flask, request
from kubernetes import client, config
from kubernetes.stream import stream

app = Flask(__name__)
api = FastAPI()
config.load_incluster_config()
core = client.CoreV1Api()


@app.get("/envs/<ns>/pods/<pod>/logs")
def vuln_tail_app_log(ns, pod):
    name = request.args["file"]
    script = f"tail -n 200 /var/log/app/{name}.log"
    out = stream(  # sink
        core.connect_get_namespaced_pod_exec,
        pod,
        ns,
        command=["/bin/sh", "-c", script],
        stderr=True,
        stdin=False,
        stdout=True,
        tty=False,
    )
    return out


@app.get("/envs/<ns>/pods/<pod>/logs-safe")
def safe_tail_app_log(ns, pod):
    name = request.args["file"]
    script = f"tail -n 200 /var/log/app/{shlex.quote(name)}.log"
    out = stream(
        core.connect_get_namespaced_pod_exec,
        pod,
        ns,
        command=["/bin/sh", "-c", script],
        stderr=True,
        stdin=False,
        stdout=True,
        tty=False,
    )
    return out


@api.get("/envs/{ns}/pods/{pod}/grep")
def vuln_grep_pod_log(ns: str, pod: str, pattern: str):
    v1 = client.CoreV1Api()
    return stream(v1.connect_get_namespaced_pod_exec, pod, ns, command=["sh", "-c", "grep -c " + pattern + " /var/log/app.log"], stdout=True)  # sink


@api.get("/envs/{ns}/pods/{pod}/grep-safe")
def safe_grep_pod_log(ns: str, pod: str, pattern: str):
    v1 = client.CoreV1Api()
    return stream(v1.connect_get_namespaced_pod_exec, pod, ns, command=["sh", "-c", "grep -c " + shlex.quote(pattern) + " /var/log/app.log"], stdout=True)


@app.post("/envs/<ns>/pods/<pod>/dump")
def vuln_dump_database(ns, pod):
    db = request.get_json()["database"]
    resp = stream(core.connect_get_namespaced_pod_exec, pod, ns,  # sink
                  command=["bash", "-lc", f"pg_dump {db} | gzip > /backup/{db}.sql.gz"],
                  stdout=True, stderr=True, _preload_content=True)
    return {"output": resp}


@app.post("/envs/<ns>/pods/<pod>/dump-safe")
def safe_dump_database(ns, pod):
    db = request.get_json()["database"]
    resp = stream(core.connect_get_namespaced_pod_exec, pod, ns,
                  command=["bash", "-lc", f"pg_dump {shlex.quote(db)} | gzip > /backup/{shlex.quote(db)}.sql.gz"],
                  stdout=True, stderr=True, _preload_content=True)
    return {"output": resp}
