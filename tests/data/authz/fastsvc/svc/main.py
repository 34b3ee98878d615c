from fastapi import Depends, FastAPI

from svc.routers import admin, deals, public, reports
from svc.security import get_current_user

app = FastAPI()
app.include_router(deals.router)
app.include_router(admin.router)
app.include_router(reports.router, dependencies=[Depends(get_current_user)])
app.include_router(public.router)


@app.get("/healthz")
async def healthz():  # quiet
    return {"status": "ok"}
