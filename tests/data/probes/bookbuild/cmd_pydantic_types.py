# family: cmd 78
import subprocess
from datetime import date
from enum import Enum
from typing import Annotated, Literal, Optional
from uuid import UUID

from flask import Flask, request
from pydantic import BaseModel, Field, PositiveInt, StringConstraints, conint, constr

app = Flask(__name__)


class Side(str, Enum):
    BUY = "buy"
    SELL = "sell"


class AllocationRun(BaseModel):
    lots: conint(gt=0, le=1000)
    desk: constr(max_length=12)
    isin: Annotated[str, StringConstraints(pattern=r"^[A-Z]{2}[A-Z0-9]{9}[0-9]$")]
    syndicate: Annotated[str, Field(max_length=8)]
    currency: Literal["EUR", "USD", "GBP"]
    run_id: UUID
    side: Side
    tranche_no: Annotated[int, Field(ge=1)]
    batch: PositiveInt
    note: Optional[str] = None
    settle: Optional[date] = None


def run() -> AllocationRun:
    return AllocationRun.model_validate(request.get_json())


@app.post("/allocate/lots")
def safe_conint():
    job = AllocationRun.model_validate(request.get_json())
    subprocess.run(f"allocate --lots {job.lots}", shell=True, check=True)  # sink
    return "ok"


@app.post("/allocate/desk")
def vuln_constr_length():
    job = AllocationRun.model_validate(request.get_json())
    subprocess.run(f"allocate --desk {job.desk}", shell=True, check=True)  # sink
    return "ok"


@app.post("/allocate/isin")
def safe_annotated_pattern():
    job = AllocationRun.model_validate(request.get_json())
    subprocess.run(f"allocate --isin {job.isin}", shell=True, check=True)  # sink
    return "ok"


@app.post("/allocate/syndicate")
def vuln_annotated_length():
    job = AllocationRun.model_validate(request.get_json())
    subprocess.run(f"allocate --syndicate {job.syndicate}", shell=True, check=True)  # sink
    return "ok"


@app.post("/allocate/currency")
def safe_literal():
    job = AllocationRun.model_validate(request.get_json())
    subprocess.run(f"allocate --ccy {job.currency}", shell=True, check=True)  # sink
    return "ok"


@app.post("/allocate/run")
def safe_uuid():
    job = AllocationRun.model_validate(request.get_json())
    subprocess.run(f"allocate --run {job.run_id}", shell=True, check=True)  # sink
    return "ok"


@app.post("/allocate/side")
def safe_enum_field():
    job = AllocationRun.model_validate(request.get_json())
    subprocess.run(f"allocate --side {job.side.value}", shell=True, check=True)  # sink
    return "ok"


@app.post("/allocate/tranche")
def safe_annotated_int():
    job = AllocationRun.model_validate(request.get_json())
    subprocess.run(f"allocate --tranche {job.tranche_no}", shell=True, check=True)  # sink
    return "ok"


@app.post("/allocate/batch")
def safe_positive_int():
    job = AllocationRun.model_validate(request.get_json())
    subprocess.run(f"allocate --batch {job.batch}", shell=True, check=True)  # sink
    return "ok"


@app.post("/allocate/note")
def vuln_optional_str():
    job = AllocationRun.model_validate(request.get_json())
    subprocess.run(f"allocate --note '{job.note}'", shell=True, check=True)  # sink
    return "ok"


@app.post("/allocate/settle")
def safe_optional_date():
    job = AllocationRun.model_validate(request.get_json())
    subprocess.run(f"allocate --settle {job.settle}", shell=True, check=True)  # sink
    return "ok"


@app.post("/allocate/helper-desk")
def vuln_helper_desk():
    subprocess.run(f"allocate --desk {run().desk}", shell=True, check=True)  # sink
    return "ok"


@app.post("/allocate/helper-lots")
def safe_helper_lots():
    subprocess.run(f"allocate --lots {run().lots}", shell=True, check=True)  # sink
    return "ok"
