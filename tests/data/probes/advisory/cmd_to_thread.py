# family: cmd 78
import asyncio
import os
import shlex

from fastapi import FastAPI, Form

api = FastAPI()


def encrypt_for(recipient):
    os.system("gpg --batch --encrypt --recipient " + recipient + " /srv/advisory/out/report.pdf")  # sink


def encrypt_for_quoted(recipient):
    os.system("gpg --batch --encrypt --recipient " + shlex.quote(recipient) + " /srv/advisory/out/report.pdf")  # sink


@api.post("/reports/encrypt")
async def vuln_encrypt(recipient: str = Form(...)):
    await asyncio.to_thread(encrypt_for, recipient)
    return {"ok": True}


@api.post("/reports/encrypt/quoted")
async def safe_encrypt(recipient: str = Form(...)):
    await asyncio.to_thread(encrypt_for_quoted, recipient)
    return {"ok": True}
