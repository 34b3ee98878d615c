from ninja import Router

from desk.store import rows

router = Router()


@router.get("/{name}")
def feed(request, name: str):  # expect
    return rows("feed", name)
