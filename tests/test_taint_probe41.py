"""Round 41's causes (tests/data/probes/devplatform): an internal developer platform's self-service API and
webhook receivers (the kubernetes client, the Docker SDK, GitPython, git and helm, Vault and STS, Jinja for
config files), each flagged shape beside the safe one it differs from."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from tests.conftest import Run, scanned
from tests.taintfindings import findings


def test_pod_exec_command_vector_given_by_keyword() -> None:
    """stream(api.connect_get_namespaced_pod_exec, pod, ns, command=[...]) runs the vector in the container: a
    shell's -c in it runs a command line, built from the request unless quoted; a plain vector's values are
    arguments that may become options."""
    code = """
        import logging
        import shlex

        from flask import Flask, request
        from kubernetes import client
        from kubernetes.stream import stream

        app = Flask(__name__)
        core = client.CoreV1Api()
        log = logging.getLogger(__name__)

        @app.get("/logs/<ns>/<pod>")
        def logs(ns, pod):
            name = request.args["file"]
            open_line = stream(core.connect_get_namespaced_pod_exec, pod, ns, command=["sh", "-c", "tail " + name])
            quoted = stream(core.connect_get_namespaced_pod_exec, pod, ns, command=["sh", "-c", "tail " + shlex.quote(name)])
            after = stream(core.connect_get_namespaced_pod_exec, pod, ns, command=["tail", "--", name])
            log.info("%d %d %d", len(open_line), len(quoted), len(after))
            return "ok"

        @app.get("/grep/<ns>/<pod>")
        def grep(ns, pod):
            stream(core.connect_get_namespaced_pod_exec, pod, ns, command=["grep", request.args["q"], "/log"])
            return "ok"
    """
    assert findings(code) == [("INP401", 15), ("INP422", 23)]


def test_docker_exec_run_run_and_volumes() -> None:
    """docker-py: a container's exec_run(cmd) and containers.run(image, command) run the vector in the
    container; volumes={host_path: ...} mounts the host's folder the key names. A collection's get(id) looks
    an object up on the daemon: no request to a URL of the caller's."""
    code = """
        import shlex

        import docker
        from flask import Flask, request

        app = Flask(__name__)
        docker_client = docker.from_env()
        CACHES = {"pip": "/srv/cache/pip"}

        @app.post("/exec/<cid>")
        def run_in(cid):
            container = docker_client.containers.get(cid)
            container.exec_run(["sh", "-c", "make " + request.json["task"]])
            container.exec_run(["sh", "-c", "make " + shlex.quote(request.json["task"])])
            docker_client.containers.run("runner:2", ["sh", "-c", "make " + request.json["task"]])
            docker_client.containers.run("runner:2", ["make", "build"], volumes={request.json["dir"]: {"bind": "/c"}})
            cache = CACHES.get(request.json["cache"], "/srv/cache/none")
            docker_client.containers.run("runner:2", ["make"], volumes={cache: {"bind": "/c"}})
            return "ok"
    """
    assert findings(code) == [("INP401", 13), ("INP401", 15), ("INP404", 16)]


def test_gitpython_commands_are_git_argument_vectors() -> None:
    """repo.git.fetch("origin", ref) runs `git fetch origin <ref>`: the ref can be --upload-pack=<command>; after
    "--", or once ref.startswith("-") has been refused, it is no option."""
    code = """
        import git
        from flask import Flask, abort, request

        app = Flask(__name__)

        @app.post("/sync")
        def sync():
            ref = request.json["ref"]
            repo = git.Repo("/srv/work")
            repo.git.fetch("origin", ref)
            repo.git.fetch("origin", "--", ref)
            if ref.startswith("-"):
                abort(400)
            repo.git.checkout(ref)
            return "ok"
    """
    assert findings(code) == [("INP422", 10)]


def test_option_checks_and_git_end_of_options() -> None:
    """A value refused when it starts with "-" can become no option of a subprocess either, and git's
    --end-of-options ends the options as "--" does; a check of another prefix ("--") leaves "-x" open."""
    code = """
        import subprocess
        from flask import Flask, abort, request

        app = Flask(__name__)

        @app.post("/checkout")
        def checkout():
            ref = request.form["ref"]
            subprocess.run(["git", "checkout", "--end-of-options", ref], check=True)
            branch = request.form["branch"]
            if branch.startswith("--"):
                abort(400)
            subprocess.run(["git", "checkout", branch], check=True)
            tag = request.form["tag"]
            if not tag.startswith(("-", "+")):
                subprocess.run(["git", "tag", tag], check=True)
            return "ok"
    """
    assert findings(code) == [("INP422", 13)]


def test_platform_pattern_rules(cli: Callable[..., Run], project: Callable[..., Path]) -> None:
    """CRY107: a header read with get() under a signature's key compared with ==; CNF101: STS's credentials
    entry logged whole (its expiry is no secret); NET101: a kubernetes Configuration's verify_ssl and docker's
    TLSConfig(verify=False); INP109: a sandboxed environment the function binds itself; OUT101: Jinja rendering
    Terraform variables needs no HTML escaping."""
    files = {
        "hooks.py": (
            "import hashlib, hmac\n"
            "def github(request, key):\n"
            "    expected = 'sha256=' + hmac.new(key, request.get_data(), hashlib.sha256).hexdigest()\n"
            "    return request.headers.get('X-Hub-Signature-256', '') == expected\n"
        ),
        "roles.py": (
            "import logging\n"
            "import boto3\n"
            "log = logging.getLogger(__name__)\n"
            "def assume(arn):\n"
            "    credentials = boto3.client('sts').assume_role(RoleArn=arn, RoleSessionName='p')['Credentials']\n"
            "    log.debug('assumed: %s', credentials)\n"
            "    log.debug('until %s', credentials['Expiration'])\n"
            "    return credentials\n"
        ),
        "clusters.py": (
            "import docker.tls\n"
            "from kubernetes import client\n"
            "def connect(host):\n"
            "    cfg = client.Configuration()\n"
            "    cfg.verify_ssl = False\n"
            "    tls = docker.tls.TLSConfig(verify=False)\n"
            "    return cfg, docker.tls.TLSConfig(verify='/etc/docker/ca.pem'), tls\n"
        ),
        "templates.py": (
            "from jinja2 import Environment, FileSystemLoader\n"
            "from jinja2.sandbox import SandboxedEnvironment\n"
            "def preview(text):\n"
            "    env = SandboxedEnvironment()\n"
            "    return env.from_string(text).render()\n"
            "def values(text):\n"
            "    env = Environment()\n"
            "    return env.from_string(text).render()\n"
            "def tfvars(region):\n"
            "    env = Environment(loader=FileSystemLoader('templates'), autoescape=False)\n"
            "    return env.get_template('main.tfvars.j2').render(region=region)\n"
        ),
    }
    rules = {"CRY107", "CNF101", "NET101", "INP109", "OUT101"}
    assert scanned(cli, project, files, rules) == [
        ("clusters.py", "NET101", 5),
        ("clusters.py", "NET101", 6),
        ("hooks.py", "CRY107", 4),
        ("roles.py", "CNF101", 6),
        ("templates.py", "INP109", 8),
        ("templates.py", "OUT101", 4),  # a sandbox escapes no HTML: a page rendered by it is OUT101's still
        ("templates.py", "OUT101", 7),
    ]
