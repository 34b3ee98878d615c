# family: jwt 347
from django.conf import settings
from jose import jwt


def vuln_claims(token):
    return jwt.decode(token, settings.JWT_KEY, options={"verify_signature": False})  # sink


def safe_claims(token):
    return jwt.decode(token, settings.JWT_KEY, algorithms=["HS256"], audience="registry")  # sink


def vuln_unverified(token):
    return jwt.get_unverified_claims(token)["sub"]  # sink
