# family: logsecret 532
import logging

from fastapi import FastAPI, Header

app = FastAPI()
log = logging.getLogger("desk.api")


@app.get("/integrations/ping")
def vuln_ping(x_api_key: str = Header()):
    log.info("integration ping with key %s", x_api_key)  # sink
    return {"ok": True}


@app.get("/integrations/ping/safe")
def safe_ping(x_api_key: str = Header()):
    log.info("integration ping with key ending %s", x_api_key[-4:])  # sink
    return {"ok": True}


@app.post("/smtp/test")
def vuln_smtp_test(host: str, smtp_password: str):
    log.debug("testing smtp %s", {"host": host, "password": smtp_password})  # sink
    return {"ok": True}
