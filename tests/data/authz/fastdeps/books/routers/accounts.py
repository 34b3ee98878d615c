from fastapi import APIRouter, Depends

from books.guards import require_user
from books.store import rows

router = APIRouter(prefix="/accounts", dependencies=[Depends(require_user)])


@router.get("/me")
async def me():  # quiet
    return rows("me")
