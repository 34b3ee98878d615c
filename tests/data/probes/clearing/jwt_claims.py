# family: jwtclaims 522
import time

import jwt


def safe_access_token(user, key: str) -> str:
    claims = {
        "sub": str(user.pk),
        "token_type": "access",
        "pwd_changed": int(user.password_changed_at.timestamp()),
        "api_key_id": user.api_key_id,
        "exp": int(time.time()) + 900,
    }
    return jwt.encode(claims, key, algorithm="HS256")


def vuln_access_token(user, key: str) -> str:
    claims = {"sub": str(user.pk), "password": user.password, "exp": int(time.time()) + 900}  # sink
    return jwt.encode(claims, key, algorithm="HS256")
