# family: claims 522 201
import os

import jwt

SIGNING_KEY = os.environ["REGISTRY_JWT_KEY"]


def vuln_issue(user):
    claims = {"sub": user.id, "email": user.email, "password": user.password}  # sink
    return jwt.encode(claims, SIGNING_KEY, algorithm="HS256")


def safe_issue(user):
    claims = {"sub": user.id, "email": user.email, "roles": list(user.roles)}  # sink
    return jwt.encode(claims, SIGNING_KEY, algorithm="HS256")
