# family: seed 335 337
import random
import time


def vuln_session_salt():
    random.seed(int(time.time() * 1000))  # sink
    return random.getrandbits(128)


def vuln_generator():
    return random.Random(time.monotonic_ns())  # sink
