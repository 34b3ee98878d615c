"""The book's request models, shared by the handlers of several modules."""

import re
from datetime import date
from typing import Annotated

from pydantic import BaseModel, Field, field_validator

DESK_CODE = re.compile(r"[A-Z]{2}-[0-9]{3}")


class Allocation(BaseModel):
    allocation_id: int
    investor_name: str
    desk: str
    trade_date: date
    lots: Annotated[int, Field(gt=0)]

    @field_validator("desk")
    @classmethod
    def desk_code(cls, value: str) -> str:
        if not DESK_CODE.fullmatch(value):
            raise ValueError("not a desk code")
        return value


class Lead(BaseModel):
    name: str
    lei_number: int


class Line(BaseModel):
    tranche: str
    qty: int


class Book(BaseModel):
    lead: Lead
    lines: list[Line]
    tags: list[str]
    investor_ids: list[int]
