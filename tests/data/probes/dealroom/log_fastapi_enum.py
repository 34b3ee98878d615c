# family: log 117
import enum
import logging

from fastapi import FastAPI

app = FastAPI()
log = logging.getLogger(__name__)


class Stage(enum.Enum):
    TEASER = "teaser"
    DUE_DILIGENCE = "dd"
    SIGNING = "signing"


@app.post("/deals/{deal_id}/stage")
def vuln_move_stage(deal_id: int, stage: str):
    log.info("deal %d moved to %s", deal_id, stage)  # sink
    return {"deal": deal_id}


@app.post("/deals/{deal_id}/stage2")
def safe_move_stage(deal_id: int, stage: str):
    chosen = Stage[stage.upper()]
    log.info("deal %d moved to %s", deal_id, chosen.value)  # sink
    return {"deal": deal_id}
