# family: jwt 347
import jwt
from django.conf import settings


def vuln_read_claims(token):
    return jwt.decode(token, options={"verify_signature": False})  # sink


def safe_read_claims(token):
    return jwt.decode(token, settings.JWT_PUBLIC_KEY, algorithms=["RS256"], audience="registry")  # sink


def vuln_read_any_alg(token):
    header = jwt.get_unverified_header(token)
    return jwt.decode(token, settings.JWT_PUBLIC_KEY, algorithms=[header["alg"]])  # sink
