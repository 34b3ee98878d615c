from fastapi import APIRouter

router = APIRouter()


@router.get("/prices")
async def prices():  # expect
    return {"prices": load_prices()}


def load_prices():
    return []
