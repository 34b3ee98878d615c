from ninja import Router

from desk.store import rows

router = Router()


@router.get("/{symbol}")
def quote(request, symbol: str):  # quiet
    return rows("quote", symbol)


@router.get("/{symbol}/depth", auth=[])
def depth(request, symbol: str):  # expect
    return rows("depth", symbol)


@router.get("/{symbol}/history", auth=None)
def history(request, symbol: str):  # expect
    return rows("history", symbol)
