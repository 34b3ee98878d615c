# family: random 330 338
import random
import string
import time
from datetime import datetime, timedelta

ALPHABET = string.ascii_uppercase + string.digits
SAMPLE_RATE = 0.05


def safe_backoff(attempt: int, base: float = 0.5) -> float:
    return min(30.0, base * 2**attempt) * random.uniform(0.5, 1.5)


def safe_token_refresh_at(expires_in: int) -> datetime:
    token_refresh_jitter = random.randint(0, 60)
    return datetime.now() + timedelta(seconds=expires_in - 120 - token_refresh_jitter)


def safe_key_rotation_offset(hours: int = 24) -> int:
    key_rotation_offset = random.randrange(0, hours * 3600)
    return key_rotation_offset


def safe_session_sample(sessions: list) -> list:
    session_sample = random.sample(sessions, min(10, len(sessions)))
    return session_sample


def safe_trace_sampled() -> bool:
    return random.random() < SAMPLE_RATE


def safe_shuffled_replicas(replicas: list) -> list:
    order = list(replicas)
    random.shuffle(order)
    return order


def safe_reset_window(now: float) -> float:
    password_reset_cleanup_at = now + random.randint(0, 300)
    return password_reset_cleanup_at


def vuln_invite_code() -> str:
    invite_code = "".join(random.choices(ALPHABET, k=10))  # sink
    return invite_code


def vuln_api_key() -> str:
    return "ck_%032x" % random.getrandbits(128)  # sink


def vuln_one_time_code(user) -> None:
    user.otp = f"{random.randint(0, 999999):06d}"  # sink
    user.otp_sent_at = time.time()


def vuln_session_csrf(session) -> None:
    session["csrf_token"] = str(random.getrandbits(64))  # sink
