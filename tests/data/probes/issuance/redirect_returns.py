# family: redirect 601
from typing import Annotated

from fastapi import APIRouter, Depends, Form, Query
from fastapi.responses import RedirectResponse

from .shared.deps import CheckedReturnTarget, ReturnTarget, login_page, login_state

router = APIRouter(prefix="/session", tags=["session"])
RETURN_PAGES = {"drafts": "/notes/drafts", "book": "/notes/book"}


@router.get("/back")
async def vuln_next_query(next: Annotated[str, Query()] = "/"):
    return RedirectResponse(next, status_code=303)  # sink


@router.get("/back/page")
async def safe_next_query(page: Annotated[str, Query()] = "drafts"):
    return RedirectResponse(RETURN_PAGES.get(page, "/"), status_code=303)  # sink


@router.post("/done")
async def vuln_form_return(return_to: Annotated[str, Form()]):
    return RedirectResponse(url=return_to, status_code=303)  # sink


@router.post("/done/checked")
async def safe_form_return(return_to: Annotated[str, Form(pattern=r"^/[a-z0-9_-][a-z0-9/_-]*$")]):
    return RedirectResponse(url=return_to, status_code=303)  # sink


@router.get("/continue")
async def vuln_target_class(target: Annotated[ReturnTarget, Depends()]):
    return RedirectResponse(target.next, status_code=303)  # sink


@router.get("/continue/checked")
async def safe_target_class(target: Annotated[CheckedReturnTarget, Depends()]):
    return RedirectResponse(target.next, status_code=303)  # sink


@router.get("/resume")
async def vuln_yield_state(state: Annotated[str, Depends(login_state)]):
    return RedirectResponse(state, status_code=303)  # sink


@router.get("/resume/page")
async def safe_yield_page(page: Annotated[str, Depends(login_page)]):
    return RedirectResponse(page, status_code=303)  # sink
