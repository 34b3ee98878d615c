from fastapi import APIRouter

from svc.store import daily_rows

router = APIRouter(prefix="/reports")


@router.get("/daily")
async def daily():  # quiet
    return daily_rows()
