from typing import Annotated

from fastapi import Depends, HTTPException, Security, status
from fastapi.security import OAuth2PasswordBearer, SecurityScopes

oauth2 = OAuth2PasswordBearer(tokenUrl="/token", scopes={"deals:read": "read deals"})


def decode(token):
    return {"sub": "someone", "scopes": []}


async def get_current_user(token: Annotated[str, Depends(oauth2)]):
    claims = decode(token)
    if claims is None:
        raise HTTPException(status_code=status.HTTP_401_UNAUTHORIZED, detail="not signed in")
    return claims


async def scoped_user(scopes: SecurityScopes, token: Annotated[str, Depends(oauth2)]):
    claims = decode(token)
    if any(s not in claims["scopes"] for s in scopes.scopes):
        raise HTTPException(status_code=403, detail="missing scope")
    return claims


def get_db():
    yield {}


CurrentUser = Annotated[dict, Depends(get_current_user)]
