# family: mass 915
from fastapi import Depends, FastAPI, Request
from pydantic import BaseModel
from sqlalchemy import update
from sqlalchemy.orm import Session

from .database import Profile, get_session

app = FastAPI()


class ProfileUpdate(BaseModel):
    display_name: str
    phone: str


@app.patch("/profiles/{pk}")
async def vuln_patch(pk: int, request: Request, session: Session = Depends(get_session)):
    changes = await request.json()
    session.execute(update(Profile).where(Profile.id == pk).values(**changes))  # sink
    session.commit()
    return {"ok": True}


@app.patch("/profiles2/{pk}")
async def safe_patch(pk: int, payload: ProfileUpdate, session: Session = Depends(get_session)):
    session.execute(update(Profile).where(Profile.id == pk).values(**payload.model_dump()))  # sink
    session.commit()
    return {"ok": True}
