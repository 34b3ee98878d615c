"""Dependencies of the routes: filters as classes, the tenant of the caller."""
from typing import Literal

from fastapi import Depends, HTTPException, Query, Security
from fastapi.security import APIKeyHeader

from .settings import Settings, get_settings

tenant_header = APIKeyHeader(name="X-Tenant")


class ReportFilter:
    """The query of a report listing, as a class dependency."""

    def __init__(self, client: str = Query(...), sort: str = Query("created_at")):
        self.client = client
        self.sort = sort


class CheckedReportFilter:
    def __init__(self, client: int = Query(...), sort: Literal["created_at", "title"] = Query("created_at")):
        self.client = client
        self.sort = sort


def tenant(name: str = Security(tenant_header)) -> str:
    return name


def checked_tenant(name: str = Security(tenant_header), conf: Settings = Depends(get_settings)) -> str:
    if name not in conf.tenants:
        raise HTTPException(403, "unknown tenant")
    return name
