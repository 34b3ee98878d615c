from typing import Annotated

from fastapi import APIRouter, Depends, Security

from svc.store import close, load_deal
from svc.security import CurrentUser, get_current_user, get_db, scoped_user

router = APIRouter(prefix="/deals")


@router.get("/{deal_id}")
async def read_deal(deal_id: int, user: dict = Depends(get_current_user)):  # quiet
    return load_deal(deal_id)


@router.get("/{deal_id}/notes")
async def deal_notes(deal_id: int, user: Annotated[dict, Security(scoped_user, scopes=["deals:read"])]):  # quiet
    return load_deal(deal_id)


@router.post("/{deal_id}/close", dependencies=[Depends(get_current_user)])
async def close_deal(deal_id: int):  # quiet
    return close(deal_id)


@router.get("/{deal_id}/team")
async def deal_team(deal_id: int, user: CurrentUser):  # quiet
    return load_deal(deal_id)


@router.get("/{deal_id}/parties")
async def deal_parties(deal_id: int, db=Depends(get_db)):  # expect
    return db.get(deal_id)
