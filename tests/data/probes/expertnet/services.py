"""Services of the scheduler the handlers call: single-dispatch formatters, a booking wrapper with cached
properties, FastAPI dependencies and the dependency-injection container."""
import functools
import re
from functools import singledispatch

from dependency_injector import containers, providers
from fastapi import Header, HTTPException

REGIONS = {"emea": "emea.bridge.example", "apac": "apac.bridge.example"}


@singledispatch
def slot_arg(value) -> str:
    raise TypeError(type(value).__name__)


@slot_arg.register
def _(value: str) -> str:
    return f"--slot '{value}'"


@slot_arg.register
def _(value: int) -> str:
    return f"--slot-id {value}"


class Booking:
    def __init__(self, form):
        self.form = form

    @functools.cached_property
    def expert_email(self):
        return self.form["expert_email"]

    @functools.cached_property
    def duration(self):
        return int(self.form.get("minutes", "60"))


def bridge_host(x_region: str = Header()) -> str:
    return x_region


def vetted_bridge_host(x_region: str = Header()) -> str:
    if x_region not in REGIONS:
        raise HTTPException(400)
    return REGIONS[x_region]


class Transcripts:
    def url(self, vendor: str) -> str:
        return f"https://{vendor}/transcripts"


class VettedTranscripts:
    def url(self, vendor: str) -> str:
        if not re.fullmatch(r"(otter|rev)", vendor):
            raise ValueError(vendor)
        return f"https://api.{vendor}.example/transcripts"


class Container(containers.DeclarativeContainer):
    transcripts = providers.Factory(Transcripts)
    vetted_transcripts = providers.Singleton(VettedTranscripts)
