"""Request bodies of the export service (pydantic v2)."""
import re
from enum import Enum, IntEnum
from typing import Annotated
from urllib.parse import urlsplit

from pydantic import AfterValidator, BaseModel, BeforeValidator, HttpUrl, ValidationInfo, computed_field, field_validator, model_validator

TICKER = re.compile(r"[A-Z]{1,5}")
PARTNER_HOSTS = frozenset({"reports.partner.example", "archive.partner.example"})


def ticker_only(value: str) -> str:
    if not TICKER.fullmatch(value):
        raise ValueError("not a ticker")
    return value


def upper(value: str) -> str:
    return value.strip().upper()


def partner_host(url: HttpUrl) -> HttpUrl:
    if url.host not in PARTNER_HOSTS:
        raise ValueError("not a partner")
    return url


Ticker = Annotated[str, AfterValidator(ticker_only)]
UpperText = Annotated[str, AfterValidator(upper)]
PartnerUrl = Annotated[HttpUrl, AfterValidator(partner_host)]
Digits = Annotated[str, BeforeValidator(lambda v: str(int(v)))]


class ExportFormat(str, Enum):
    PDF = "pdf"
    XLSX = "xlsx"
    CSV = "csv"


class Priority(IntEnum):
    LOW = 1
    HIGH = 2


class ExportRequest(BaseModel):
    ticker: Ticker
    title: UpperText
    fmt: str = "pdf"


class CheckedExport(BaseModel):
    ticker: Ticker
    title: UpperText
    fmt: ExportFormat = ExportFormat.PDF
    priority: Priority = Priority.LOW


class RoomQuery(BaseModel):
    room: str
    kind: str

    @model_validator(mode="after")
    def known_kind(self) -> "RoomQuery":
        if self.kind not in ("board", "legal", "finance"):
            raise ValueError("unknown kind")
        return self


class RoomSeries(BaseModel):
    room: str
    series: str

    @field_validator("series")
    @classmethod
    def series_of_room(cls, value: str, info: ValidationInfo) -> str:
        if not value.isdigit():
            raise ValueError("a series is a number")
        return value


class Callback(BaseModel):
    url: HttpUrl


class PartnerCallback(BaseModel):
    url: PartnerUrl


class Account(BaseModel):
    number: Digits
    label: str


class Upload(BaseModel):
    room: str
    name: str

    @computed_field  # type: ignore[prop-decorator]
    @property
    def object_key(self) -> str:
        return f"rooms/{self.room}/{self.name}"


class CheckedUpload(BaseModel):
    room: int
    name: str

    @field_validator("name")
    @classmethod
    def plain_name(cls, value: str) -> str:
        if "/" in value or "\\" in value or value.startswith("."):
            raise ValueError("a file name, not a path")
        return value

    @computed_field  # type: ignore[prop-decorator]
    @property
    def local_path(self) -> str:
        return f"/srv/dataroom/uploads/{self.room}/{self.name}"


class Note(BaseModel):
    author: str
    text: str


def host_of(url: str) -> str:
    return urlsplit(url).hostname or ""
