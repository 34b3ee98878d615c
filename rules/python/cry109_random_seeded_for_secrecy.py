"""The random module seeded from the clock or the OS entropy source, as if that made it unpredictable."""

import re

import libcst as cst
from guidelint.cst import Context, Rule, RuleMeta, arg, assigned_value, constant_value, iter_calls

# seeds that show the numbers were meant to be unguessable
ENTROPY = ("os.urandom", "secrets.", "random.SystemRandom", "uuid.uuid1", "uuid.uuid4")
CLOCK = (
    *("time.time", "time.time_ns", "time.monotonic", "time.monotonic_ns", "time.perf_counter", "time.perf_counter_ns"),
    *(
        "time.process_time",
        "time.process_time_ns",
        "time.thread_time",
        "time.thread_time_ns",
        "time.clock",
        "os.getpid",
    ),
)
NOW = ("datetime.datetime.now", "datetime.datetime.utcnow", "datetime.datetime.today")


class RandomSeededForSecrecy(Rule):
    meta = RuleMeta.of(
        id="CRY109",
        clause="SG-7.2",
        title="random seeded from the clock or os.urandom",
        severity="medium",
        confidence="high",
        cwe=[335, 337, 339],
        owasp="A02:2021-Cryptographic Failures",
        message="{name}() is seeded with {seed}: a seed does not make random's numbers unpredictable",
        rationale=(
            "Seeding the random module from os.urandom or the clock shows the numbers are meant to be "
            "unguessable, and they are not: the clock is guessable to the second, a few bytes of entropy "
            "leave few enough seeds to try them all, and whatever the seed, the Mersenne Twister's state is "
            "reconstructed from its output. Keys, tokens and codes made this way protect nothing."
        ),
        remediation=(
            "Do not seed random for security values; take them from the secrets module "
            "(secrets.token_bytes(16), secrets.randbits(128), secrets.choice(alphabet)) or os.urandom(n) "
            "directly. Seed random only with a fixed number, for reproducible simulations and tests."
        ),
        references=(
            "https://docs.python.org/3/library/random.html",
            "https://docs.python.org/3/library/secrets.html",
        ),
    )
    calls = ("random.seed", "random.Random")
    needles = (re.compile(r"\b(?:seed|Random)\s*\("),)

    def check_call(self, call: cst.Call, name: str, ctx: Context) -> None:
        seed = arg(call, "a" if name == "random.seed" else "x", 0)
        if seed is None:
            return
        value = seed.value
        if isinstance(value, cst.Name):  # seed = os.urandom(2); random.seed(seed)
            value = assigned_value(ctx, value.value, call) or value
        described = _entropy(value, ctx)
        if described:
            ctx.report(call, self.meta.message.format(name=name, seed=described))

    flagged = """
        import os
        import random
        import time
        from datetime import datetime

        def session_key():
            random.seed(os.urandom(2))  # expect
            return random.getrandbits(128)

        def token():
            seed = int(time.time())
            random.seed(seed)  # expect
            return random.getrandbits(64)

        def reset_code():
            generator = random.Random(time.time())  # expect
            other = random.Random(time.monotonic_ns())  # expect
            return generator.randint(100000, 999999)

        def ticket():
            random.seed(a=int(datetime.now().timestamp()))  # expect
            return random.random()
    """
    safe = """
        import random

        def shuffled_sample(rows):
            random.seed(1234)
            return random.sample(rows, 10)

        def simulation(seed):
            generator = random.Random(seed)
            return [generator.gauss(0, 1) for _ in range(100)]
    """


def _entropy(seed: cst.BaseExpression, ctx: Context) -> str | None:
    """How the seed was made, when it came from entropy or the clock."""
    for call in iter_calls(seed):
        name = ctx.qualname(call.func) or ""
        if name == "os.urandom":
            size = constant_value(call.args[0].value) if call.args else None
            if isinstance(size, int) and size < 16:
                return f"{size} bytes of os.urandom ({2 ** (8 * size)} possible seeds)"
            return "os.urandom output"
        if name.startswith(ENTROPY):
            return f"the output of {name}()"
        if name in CLOCK or name in NOW:
            return f"the clock ({name}())" if name != "os.getpid" else "the process id"
    return None
