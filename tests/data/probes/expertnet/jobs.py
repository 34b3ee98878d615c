"""Background work of the scheduler: helpers the handlers run in task groups and thread pools."""
import asyncio
import subprocess

DIALER = "/opt/expertnet/bin/dial"


async def dial(ref):
    proc = await asyncio.create_subprocess_shell(f"{DIALER} --call {ref}")
    await proc.wait()


def record(ref):
    subprocess.run(f"/opt/expertnet/bin/record --call {ref}", shell=True, check=True)
