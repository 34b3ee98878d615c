from fastapi import APIRouter, Depends

from svc.store import list_users
from svc.security import get_current_user

router = APIRouter(prefix="/admin", dependencies=[Depends(get_current_user)])


@router.get("/users")
async def users():  # quiet
    return list_users()
