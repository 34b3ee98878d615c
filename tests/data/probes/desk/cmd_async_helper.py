# family: cmd 78
import asyncio
import shlex

from fastapi import FastAPI

app = FastAPI()


async def _shell(command):
    proc = await asyncio.create_subprocess_shell(command, stdout=asyncio.subprocess.PIPE)  # sink
    out, _ = await proc.communicate()
    return out.decode()


@app.get("/mail/queue")
async def vuln_mail_queue(sender: str):
    return {"out": await _shell(f"mailq | grep {sender}")}


@app.get("/mail/queue/safe")
async def safe_mail_queue(sender: str):
    return {"out": await _shell(f"mailq | grep -F -- {shlex.quote(sender)}")}
