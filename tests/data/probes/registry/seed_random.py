# family: seed 335 337
import random
import time


def vuln_reference_generator():
    rng = random.Random(int(time.time()))  # sink
    return "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(12))


def safe_reference_generator():
    rng = random.SystemRandom()  # sink
    return "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(12))


def vuln_reseed():
    random.seed(time.time_ns())  # sink
    return random.getrandbits(64)
