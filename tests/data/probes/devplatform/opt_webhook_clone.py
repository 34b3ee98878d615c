# family: opt 88
"""A push webhook of the code host that builds what was pushed: nothing checks who posted it, so the repository URL
and the ref of its payload are whoever posted's."""

import subprocess

from fastapi import FastAPI, Request

api = FastAPI()


@api.post("/hooks/gitlab/push")
async def vuln_build_pushed(request: Request):
    payload = await request.json()
    url = payload["project"]["git_http_url"]
    subprocess.run(["git", "clone", "--quiet", url, "/srv/builds/src"], check=True)  # sink
    return {"queued": True}


@api.post("/hooks/gitlab/push-safe")
async def safe_build_pushed(request: Request):
    payload = await request.json()
    url = payload["project"]["git_http_url"]
    subprocess.run(["git", "clone", "--quiet", "--", url, "/srv/builds/src"], check=True)
    return {"queued": True}


@api.post("/hooks/gitea/push")
async def vuln_checkout_pushed(request: Request):
    payload = await request.json()
    after = payload["after"]
    subprocess.run(["git", "-C", "/srv/builds/src", "checkout", "--detach", after], check=True)  # sink
    return {"built": after}


@api.post("/hooks/gitea/push-safe")
async def safe_checkout_pushed(request: Request):
    payload = await request.json()
    after = payload["after"]
    subprocess.run(["git", "-C", "/srv/builds/src", "checkout", "--detach", "--end-of-options", after], check=True)
    return {"built": after}
