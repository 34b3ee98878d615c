# family: jwt 347
"""Signed callbacks from the banks: the verification options are constants of the code."""
import jwt

CALLBACK_ALGORITHMS = ["RS256"]
VERIFY_OPTIONS = {"verify_signature": True, "require": ["exp", "iss"]}
DEBUG_OPTIONS = {"verify_signature": False}


def safe_callback(token, key):
    return jwt.decode(token, key, algorithms=CALLBACK_ALGORITHMS, options=VERIFY_OPTIONS)


def vuln_callback(token, key):
    return jwt.decode(token, key, algorithms=CALLBACK_ALGORITHMS, options=DEBUG_OPTIONS)  # sink


class VulnCallbackVerifier:
    OPTIONS = {"verify_signature": False}

    def vuln_claims(self, token):
        return jwt.decode(token, options=self.OPTIONS)  # sink
