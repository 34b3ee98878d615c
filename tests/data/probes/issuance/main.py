"""The notes issuance service: one FastAPI application with a router per area."""
from fastapi import FastAPI

from . import cmd_async_jobs, deser_uploads, log_desk_audit, path_documents, redirect_returns, sql_note_router, ssrf_pricing, xss_note_pages

app = FastAPI(title="issuance")
for module in (sql_note_router, cmd_async_jobs, path_documents, ssrf_pricing, xss_note_pages, redirect_returns, deser_uploads, log_desk_audit):
    app.include_router(module.router, prefix="/api/v1")
