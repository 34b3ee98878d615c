# family: log 117
import logging

from fastapi import FastAPI, HTTPException

api = FastAPI()
log = logging.getLogger("advisory.trades")


class ProposalRejected(Exception):
    pass


def check_proposal(isin: str):
    if not isin.startswith("CH"):
        raise ProposalRejected(f"unsupported instrument {isin}")


@api.post("/proposals/check")
def vuln_check(isin: str):
    try:
        check_proposal(isin)
    except ProposalRejected as error:
        log.warning("proposal rejected: %s", error)  # sink
        raise HTTPException(status_code=422) from error
    return {"ok": True}


@api.post("/proposals/check/repr")
def safe_check(isin: str):
    try:
        check_proposal(isin)
    except ProposalRejected as error:
        log.warning("proposal rejected: %r", str(error))  # sink
        raise HTTPException(status_code=422) from error
    return {"ok": True}
