# family: random 330 338
import random
import secrets
import string
import uuid

PORT_RANGE = (20000, 30000)


def safe_test_port() -> int:
    return random.randint(*PORT_RANGE)


def safe_idempotency_key() -> str:
    return str(uuid.uuid4())


def safe_reset_token() -> str:
    return secrets.token_urlsafe(32)


def safe_system_random_password(length: int = 16) -> str:
    rng = random.SystemRandom()
    return "".join(rng.choice(string.ascii_letters + string.digits) for _ in range(length))


def safe_demo_member(faker_seed: int) -> dict:
    rng = random.Random(faker_seed)
    return {"member": f"DEMO{rng.randint(100, 999)}", "colour": rng.choice(["red", "green", "blue"])}


def safe_cache_bust(url: str) -> str:
    return f"{url}?v={random.randint(0, 10**6)}"


def vuln_verification_code() -> str:
    return "".join(random.choice(string.digits) for _ in range(6))  # sink


def vuln_seeded_password(user_id: int) -> str:
    rng = random.Random(user_id)
    password = "".join(rng.choice(string.ascii_letters) for _ in range(12))  # sink
    return password
