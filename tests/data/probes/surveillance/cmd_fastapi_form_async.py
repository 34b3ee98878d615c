# family: cmd 78
import asyncio
import shlex

from fastapi import FastAPI, Form

app = FastAPI()


@app.post("/exports/regulator")
async def vuln_regulator_export(case_ref: str = Form()):
    proc = await asyncio.create_subprocess_shell(f"/opt/exports/build.sh {case_ref}")  # sink
    return {"code": await proc.wait()}


@app.post("/exports/regulator2")
async def safe_regulator_export(case_ref: str = Form()):
    proc = await asyncio.create_subprocess_shell(f"/opt/exports/build.sh {shlex.quote(case_ref)}")  # sink
    return {"code": await proc.wait()}
