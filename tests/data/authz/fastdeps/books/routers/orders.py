from fastapi import APIRouter, Depends
from fastapi_limiter.depends import RateLimiter

from books.guards import RoleChecker, get_db, oauth2, rate_limit, require_user
from books.store import rows

router = APIRouter(prefix="/orders", dependencies=[Depends(get_db)])


@router.get("/{order_id}")
async def order(order_id: int):  # expect
    return rows("order", order_id)


@router.get("/{order_id}/lines", dependencies=[Depends(require_user)])
async def lines(order_id: int):  # quiet
    return rows("lines", order_id)


@router.post("/", dependencies=[Depends(rate_limit)])
async def create_order(body: dict):  # expect
    return rows("created", body)


@router.delete("/{order_id}", dependencies=[Depends(RoleChecker(["trader"]))])
async def cancel_order(order_id: int):  # quiet
    return rows("cancelled", order_id)


@router.get("/{order_id}/fills", dependencies=[Depends(oauth2)])
async def fills(order_id: int):  # expect
    return rows("fills", order_id)


@router.get("/{order_id}/audit", dependencies=[Depends(RateLimiter(times=5, seconds=60))])
async def audit_trail(order_id: int):  # expect
    return rows("audit", order_id)
