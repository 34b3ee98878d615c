# family: cmd 78
import asyncio
import shlex

from sanic import Sanic
from sanic.response import json

app = Sanic("gateway_sanic_jobs")


@app.post("/sanic/jobs")
async def vuln_run_job(request):
    job = request.json["job"]
    proc = await asyncio.create_subprocess_shell(f"/opt/gateway/jobs/run {job}")  # sink
    return json({"rc": await proc.wait()})


@app.post("/sanic/jobs/safe")
async def safe_run_job(request):
    job = request.json["job"]
    proc = await asyncio.create_subprocess_shell(f"/opt/gateway/jobs/run {shlex.quote(job)}")  # sink
    return json({"rc": await proc.wait()})


@app.get("/sanic/jobs/<name>/log")
async def vuln_job_log(request, name):
    proc = await asyncio.create_subprocess_shell("tail -n 50 /var/log/gateway/" + name + ".log")  # sink
    return json({"rc": await proc.wait()})


@app.get("/sanic/jobs/<name>/log/safe")
async def safe_job_log(request, name):
    proc = await asyncio.create_subprocess_exec("tail", "-n", "50", f"/var/log/gateway/{name}.log")  # sink
    return json({"rc": await proc.wait()})
