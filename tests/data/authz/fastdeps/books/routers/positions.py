from fastapi import APIRouter, Depends

from books.guards import get_db

router = APIRouter(prefix="/positions", dependencies=[Depends(get_db)])


@router.get("/{account}")
async def positions(account: str):  # quiet
    return {"account": account}
