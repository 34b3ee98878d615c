import logging
import time
from typing import Annotated

from fastapi import Depends, HTTPException, Request
from fastapi.security import OAuth2PasswordBearer

logger = logging.getLogger(__name__)
oauth2 = OAuth2PasswordBearer(tokenUrl="/token")
_hits: dict[str, list[float]] = {}


def session_for(token):
    return {"user": "someone", "roles": ["trader"]} if token else None


async def require_user(token: Annotated[str, Depends(oauth2)]):
    session = session_for(token)
    if session is None:
        raise HTTPException(status_code=401, detail="sign in")
    return session


async def require_admin(session: Annotated[dict, Depends(require_user)]):
    if "admin" not in session["roles"]:
        raise HTTPException(status_code=403, detail="administrators only")
    return session


class RoleChecker:
    def __init__(self, roles):
        self.roles = roles

    def __call__(self, session: Annotated[dict, Depends(require_user)]):
        if not set(self.roles) & set(session["roles"]):
            raise HTTPException(status_code=403, detail="not allowed")
        return session


def get_db():
    db = {"open": True}
    try:
        yield db
    finally:
        db["open"] = False


async def rate_limit(request: Request):
    window = [t for t in _hits.get(request.client.host, []) if t > time.time() - 60]
    if len(window) > 100:
        raise HTTPException(status_code=429, detail="slow down")
    _hits[request.client.host] = [*window, time.time()]


async def log_request(request: Request):
    logger.info("%s %s", request.method, request.url.path)
