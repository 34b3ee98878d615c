"""Command objects the web layer builds and the services read."""

from dataclasses import dataclass
from typing import Literal

from pydantic import BaseModel

from ..common.config import sort_column


@dataclass(frozen=True)
class MandateQuery:
    client: str
    sort: str

    @classmethod
    def from_args(cls, args):
        return cls(client=args.get("client", ""), sort=sort_column(args.get("sort", "")))


class ExportRequest(BaseModel):
    path: str
    fmt: Literal["csv", "xlsx", "pdf"]
    mandate: int
