"""Request bodies of the notes service (pydantic v2)."""
import re
from typing import Literal

from pydantic import BaseModel, Field, RootModel, computed_field, field_validator

ISSUER_CODE = re.compile(r"[A-Z]{3,6}")
PRICING_HOSTS = frozenset({"prices.vendor-a.example", "prices.vendor-b.example"})


class Delivery(BaseModel):
    callback_url: str
    partner: Literal["clearstream", "euroclear"] = "euroclear"


class NoteDraft(BaseModel):
    issuer: str
    desk: str
    desk_id: int
    coupon_bps: int
    template: str = "standard"
    layout: Literal["standard", "compact"] = "standard"
    delivery: Delivery


class IssuerBody(BaseModel):
    issuer: str

    @field_validator("issuer")
    @classmethod
    def issuer_code(cls, value: str) -> str:
        if not ISSUER_CODE.fullmatch(value):
            raise ValueError("not an issuer code")
        return value


class PriceSource(BaseModel):
    url: str

    @field_validator("url")
    @classmethod
    def known_vendor(cls, value: str) -> str:
        from urllib.parse import urlsplit

        if urlsplit(value).hostname not in PRICING_HOSTS:
            raise ValueError("unknown pricing vendor")
        return value


class Webhook(BaseModel):
    target: str = Field(pattern=r"^https://hooks\.issuance\.example/[a-z0-9-]+$")


class LooseWebhook(BaseModel):
    target: str = Field(max_length=200)


class IsinList(RootModel[list[str]]):
    pass


class NoteIds(RootModel[list[int]]):
    pass


class NoteCard(BaseModel):
    issuer: str
    coupon_bps: int
    tenor: Literal["1Y", "3Y", "5Y"]

    @computed_field
    @property
    def headline(self) -> str:
        return f"{self.issuer} {self.coupon_bps}bp"

    @computed_field
    @property
    def label(self) -> str:
        return f"{self.tenor} note, {self.coupon_bps}bp"
