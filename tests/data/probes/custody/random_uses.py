# family: random 330 338
import random
import string
import time

PALETTE = ("#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd")


def safe_retry_delay(attempt):
    return min(60.0, 2**attempt) + random.uniform(0, 1.5)


def safe_recon_sample(breaks, size=50):
    return random.sample(breaks, min(size, len(breaks)))


def safe_chart_colours(accounts):
    return {account: random.choice(PALETTE) for account in accounts}


def vuln_statement_download_token():
    alphabet = string.ascii_letters + string.digits
    return "".join(random.choices(alphabet, k=32))  # sink


def vuln_reset_code(user):
    user.reset_code = str(random.randint(100000, 999999))  # sink
    user.reset_expires = time.time() + 900
    return user.reset_code


def safe_jittered_poll(poll):
    while not poll():
        time.sleep(5 + random.random())


def vuln_temporary_password():
    return "".join(random.choice(string.ascii_letters + string.digits) for _ in range(14))  # sink
