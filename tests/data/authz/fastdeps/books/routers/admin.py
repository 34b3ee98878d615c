from fastapi import APIRouter

from books.store import rows

router = APIRouter(prefix="/admin")


@router.get("/users")
async def users():  # quiet
    return rows("users")
