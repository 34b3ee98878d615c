# family: opt 88
"""Preview environments built from a developer's branch: git and helm started without a shell, a value of the
request a whole argument. git clone/fetch read "--upload-pack=<command>" and run it; "--" ends the options."""

import re
import subprocess

import git
from flask import Flask, abort, request

app = Flask(__name__)
RELEASE = re.compile(r"[a-z0-9]([-a-z0-9]{0,51}[a-z0-9])?")


@app.post("/previews")
def vuln_clone_preview():
    repo_url = request.json["repository"]
    subprocess.run(["git", "clone", "--depth", "1", repo_url, "/srv/previews/work"], check=True)  # sink
    return {"status": "cloned"}


@app.post("/previews-safe")
def safe_clone_preview():
    repo_url = request.json["repository"]
    subprocess.run(["git", "clone", "--depth", "1", "--", repo_url, "/srv/previews/work"], check=True)
    return {"status": "cloned"}


@app.post("/previews/<int:pid>/fetch")
def vuln_fetch_ref(pid):
    ref = request.json["ref"]
    subprocess.run(["git", "-C", f"/srv/previews/{pid}", "fetch", "origin", ref], check=True)  # sink
    return {"status": "fetched"}


@app.post("/previews/<int:pid>/fetch-safe")
def safe_fetch_ref(pid):
    ref = request.json["ref"]
    subprocess.run(["git", "-C", f"/srv/previews/{pid}", "fetch", "origin", "--", ref], check=True)
    return {"status": "fetched"}


@app.post("/previews/<int:pid>/checkout")
def vuln_checkout_branch(pid):
    branch = request.form["branch"]
    subprocess.check_call(["git", "checkout", branch], cwd=f"/srv/previews/{pid}")  # sink
    return "ok"


@app.post("/previews/<int:pid>/checkout-safe")
def safe_checkout_branch(pid):
    branch = request.form["branch"]
    if branch.startswith("-"):
        abort(400)
    subprocess.check_call(["git", "checkout", branch], cwd=f"/srv/previews/{pid}")
    return "ok"


@app.post("/releases")
def vuln_helm_upgrade():
    name = request.json["release"]
    tag = request.json["tag"]
    subprocess.run(["helm", "upgrade", "--install", name, "/srv/charts/service", "--set", f"image.tag={tag}"], check=True)  # sink
    return {"release": name}


@app.post("/releases-safe")
def safe_helm_upgrade():
    name = request.json["release"]
    tag = request.json["tag"]
    if not RELEASE.fullmatch(name):
        abort(400)
    subprocess.run(["helm", "upgrade", "--install", name, "/srv/charts/service", "--set", f"image.tag={tag}"], check=True)
    return {"release": name}


@app.post("/previews/<int:pid>/sync")
def vuln_gitpython_fetch(pid):
    ref = request.json["ref"]
    repo = git.Repo(f"/srv/previews/{pid}")
    repo.git.fetch("origin", ref)  # sink
    return {"head": repo.head.commit.hexsha}


@app.post("/previews/<int:pid>/sync-safe")
def safe_gitpython_fetch(pid):
    ref = request.json["ref"]
    repo = git.Repo(f"/srv/previews/{pid}")
    repo.git.fetch("origin", "--", ref)
    return {"head": repo.head.commit.hexsha}


@app.post("/previews/<int:pid>/switch")
def vuln_gitpython_checkout(pid):
    ref = request.form["ref"]
    repo = git.Repo(f"/srv/previews/{pid}")
    repo.git.checkout(ref)  # sink
    return "ok"


@app.post("/previews/<int:pid>/switch-safe")
def safe_gitpython_checkout(pid):
    ref = request.form["ref"]
    repo = git.Repo(f"/srv/previews/{pid}")
    if ref.startswith("-"):
        abort(400)
    repo.git.checkout(ref)
    return "ok"
