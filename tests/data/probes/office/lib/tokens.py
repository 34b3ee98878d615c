import random
import secrets
import string

ALPHABET = string.ascii_letters + string.digits


def short_code(length):
    return "".join(random.choice(ALPHABET) for _ in range(length))


def strong_code(length):
    return "".join(secrets.choice(ALPHABET) for _ in range(length))
