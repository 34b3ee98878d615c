# family: xss 79 80
import html
from typing import Annotated, Literal

from fastapi import APIRouter, File, Query, Request, UploadFile
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates
from markupsafe import Markup
from pydantic import BaseModel, computed_field

from .shared.schemas import NoteCard, NoteDraft

router = APIRouter(prefix="/pages", tags=["pages"], default_response_class=HTMLResponse)
templates = Jinja2Templates(directory="templates")


class Banner(BaseModel):
    issuer: str
    coupon_bps: int
    tenor: Literal["1Y", "3Y", "5Y"]

    @computed_field
    @property
    def title(self) -> str:
        return f"{self.issuer} at {self.coupon_bps}bp"

    @computed_field
    @property
    def caption(self) -> str:
        return f"{self.tenor}: {self.coupon_bps}bp"


@router.get("/title")
async def vuln_html_query(title: Annotated[str, Query()]):
    return HTMLResponse(f"<h1>{title}</h1>")  # sink


@router.get("/title/escaped")
async def safe_html_query(title: Annotated[str, Query()]):
    return HTMLResponse(f"<h1>{html.escape(title)}</h1>")  # sink


@router.post("/summary")
async def vuln_template_markup(request: Request, draft: NoteDraft):
    return templates.TemplateResponse(request, "note.html", {"issuer": Markup(draft.issuer)})  # sink


@router.post("/summary/escaped")
async def safe_template_markup(request: Request, draft: NoteDraft):
    return templates.TemplateResponse(request, "note.html", {"issuer": draft.issuer})  # sink


@router.post("/banner")
async def vuln_computed_title(banner: Banner):
    return HTMLResponse(f"<div class='banner'>{banner.title}</div>")  # sink


@router.post("/banner/caption")
async def safe_computed_caption(banner: Banner):
    return HTMLResponse(f"<div class='banner'>{banner.caption}</div>")  # sink


@router.post("/card")
async def vuln_card_headline(card: NoteCard):
    return HTMLResponse(f"<h2>{card.headline}</h2>")  # sink


@router.post("/card/label")
async def safe_card_label(card: NoteCard):
    return HTMLResponse(f"<h2>{card.label}</h2>")  # sink


@router.post("/draft")
async def vuln_model_dump(draft: NoteDraft):
    data = draft.model_dump()
    return HTMLResponse(f"<p>Desk: {data['desk']}</p>")  # sink


@router.post("/draft/coupon")
async def safe_model_dump(draft: NoteDraft):
    data = draft.model_dump()
    return HTMLResponse(f"<p>Coupon: {data['coupon_bps']}bp</p>")  # sink


@router.post("/received")
async def vuln_upload_filename(file: Annotated[UploadFile, File()]):
    return HTMLResponse(f"<p>Received {file.filename}</p>")  # sink


@router.post("/received/escaped")
async def safe_upload_filename(file: Annotated[UploadFile, File()]):
    return HTMLResponse(f"<p>Received {html.escape(file.filename or '')}</p>")  # sink
