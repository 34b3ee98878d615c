# family: jwt 347
import jwt

from .keys import PUBLIC_KEYS


def safe_verify_assertion(token):
    header = jwt.get_unverified_header(token)
    key = PUBLIC_KEYS[header["kid"]]
    return jwt.decode(token, key, algorithms=["RS256"], audience="custody-api")


def vuln_client_from_assertion(token):
    claims = jwt.decode(token, options={"verify_signature": False})  # sink
    return claims["client_id"]


def safe_token_header_for_display(token):
    # the algorithm and key id shown next to a token the operator pasted; nothing is granted by it
    header = jwt.get_unverified_header(token)
    return header.get("alg"), header.get("kid")
