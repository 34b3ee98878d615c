from fastapi import APIRouter

from books.store import rows

router = APIRouter(prefix="/ledger")


@router.get("/entries")
async def entries():  # expect
    return rows("entries")
