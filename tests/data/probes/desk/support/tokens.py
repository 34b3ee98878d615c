import random
import secrets
import string

ALPHABET = string.ascii_uppercase + string.digits


def pin(length=6):
    rng = random.Random()
    return "".join(rng.choice(string.digits) for _ in range(length))


def sturdy_pin(length=6):
    return "".join(secrets.choice(string.digits) for _ in range(length))


def voucher():
    return "-".join("".join(random.sample(ALPHABET, 4)) for _ in range(3))
