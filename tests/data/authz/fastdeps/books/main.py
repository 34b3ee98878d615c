from fastapi import Depends, FastAPI

from books.guards import get_db, log_request, require_admin, require_user
from books.routers import accounts, admin, ledger, orders, positions

app = FastAPI()
app.include_router(ledger.router, dependencies=[Depends(log_request)])
app.include_router(admin.router, dependencies=[Depends(require_admin)])
app.include_router(positions.router, dependencies=[Depends(get_db), Depends(require_user)])
app.include_router(orders.router)
app.include_router(accounts.router)


@app.get("/healthz", dependencies=[Depends(log_request)])
async def healthz():  # quiet
    return {"status": "ok"}


@app.get("/rates", dependencies=[Depends(log_request)])
async def rates():  # expect
    return {"rates": load_rates()}


def load_rates():
    return []
