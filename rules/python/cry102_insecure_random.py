"""Tokens, passwords, keys and nonces made with the predictable random module."""

from typing import Any, ClassVar

import libcst as cst
from guidelint.cst import Context, Rule, RuleMeta, arg, dotted, name_words, string_text, target_name
from guidelint.cst.children import children
from guidelint.cst.randomness import GENERATORS, random_instance, secrets_first

METHODS = frozenset(
    {
        "random",
        "randint",
        "randrange",
        "choice",
        "choices",
        "sample",
        "getrandbits",
        "uniform",
        "shuffle",
        "randbytes",
        # the distributions: as predictable, and int(random.gauss(...)) makes a code as well
        *("triangular", "normalvariate", "gauss", "lognormvariate", "expovariate", "vonmisesvariate"),
        *("gammavariate", "betavariate", "paretovariate", "weibullvariate", "binomialvariate"),
    }
)
NUMPY_METHODS = frozenset({"randint", "random", "rand", "random_sample", "choice", "bytes", "permutation"})
INSTANCE_METHODS = METHODS | NUMPY_METHODS | {"integers"}  # a numpy Generator's integers()
SELECTIONS = frozenset({"choice", "choices", "sample", "shuffle", "permutation"})
# digest makers (hashlib's constructors; hmac.new and hmac.digest by their module): a signature is their result
DIGESTS = frozenset(
    {"md5", "sha1", "sha224", "sha256", "sha384", "sha512", "sha3_256", "sha3_512", "blake2b", "blake2s"}
)
# words naming what a signature's strength rests on (not a password: a salt kept with a password's digest)
SECRET_WORDS = frozenset({"secret", "secretkey", "appsecret", "apisecret"})
NAMES = (
    "token",
    "password",
    "passwd",
    "secret",
    "key",
    "api_key",
    "nonce",
    "salt",
    "otp",
    "pin",
    "session",
    "session_id",
    "csrf",
    "reset",
    "code",
)
# names that contain a security word but hold something else (a length, a cache key, a delay ...)
IGNORE = (
    "length",
    "len",
    "size",
    "count",
    "delay",
    "timeout",
    "interval",
    "jitter",
    "cache",
    "sort",
    "lookup",
    "index",
    "partition",
    "shard",
    "bucket",
    "column",
    "field",
    "hash",
    "min",
    "max",
)
# a `code` is a secret when a word says what it grants: verifying, resetting, approving a payment, recovering
CODE_CONTEXT = frozenset(
    {"verify", "verification", "reset", "confirm", "confirmation", "auth", "otp", "mfa", "activation", "pin"}
    | {"approval", "authorization", "recovery", "unlock", "invite", "invitation", "backup"}
)
# words after the security word that do not change what the value is (salt_bytes, token_hex)
QUALIFIERS = frozenset({"value", "str", "string", "hex", "bytes", "b64", "int", "raw", "new"})
CHARSET_WORDS = (
    "char",
    "letter",
    "digit",
    "alphabet",
    "printable",
    "punctuation",
    "symbol",
    "alnum",
    "ascii",
)
# nodes through which the random value flows unchanged into the enclosing expression
CARRIERS = (
    cst.Attribute,
    cst.BinaryOperation,
    cst.UnaryOperation,
    cst.BooleanOperation,
    cst.FormattedString,
    cst.FormattedStringExpression,
    cst.ConcatenatedString,
    cst.GeneratorExp,
    cst.ListComp,
    cst.SetComp,
    cst.List,
    cst.Tuple,
    cst.Set,
    cst.Element,
    cst.Await,
    cst.Subscript,
)


class InsecureRandom(Rule):
    meta = RuleMeta.of(
        id="CRY102",
        clause="SG-7.2",
        title="Security value made with the random module",
        severity="high",
        confidence="medium",
        cwe=[338, 330],
        owasp="A02:2021-Cryptographic Failures",
        message="{name}() is predictable but makes the security value {target}",
        rationale=(
            "The random module is a Mersenne Twister seeded for simulations: after a few hundred outputs its "
            "state can be reconstructed and every past and future value predicted. Tokens, passwords, keys, "
            "salts, nonces and verification codes made with it can be guessed, which hands an attacker the "
            "sessions and accounts that guard clients' confidential and insider information. numpy's module "
            "functions (numpy.random.randint, bytes, choice...) draw from one global Mersenne Twister too."
        ),
        remediation=(
            "Use the secrets module: secrets.token_urlsafe(32) or secrets.token_hex(32) for tokens, "
            "secrets.choice(alphabet) for characters of a password, secrets.randbelow(10**6) for numeric "
            "codes, secrets.token_bytes(16) / os.urandom(16) for keys, salts and nonces."
        ),
        references=(
            "https://docs.python.org/3/library/secrets.html",
            "https://docs.python.org/3/library/random.html",
        ),
    )
    calls = (*(f"random.{m}" for m in sorted(METHODS)), *sorted(GENERATORS))
    calls += tuple(f"numpy.random.{m}" for m in sorted(NUMPY_METHODS))
    nodes = (cst.Call,)
    needles = ("random",)
    options: ClassVar[dict[str, Any]] = {"names": NAMES, "ignore": IGNORE}

    def check_call(self, call: cst.Call, name: str, ctx: Context) -> None:
        ancestors = ctx.ancestors
        if name in GENERATORS:
            # random.Random(seed).choice(...), numpy.random.default_rng().integers(...): two levels up
            if len(ancestors) < 2:
                return
            attribute, outer = ancestors[-1], ancestors[-2]
            if not (
                isinstance(attribute, cst.Attribute)
                and attribute.attr.value in INSTANCE_METHODS
                and isinstance(outer, cst.Call)
                and outer.func is attribute
            ):
                return
            self._check(outer, f"{name}().{attribute.attr.value}", ancestors[:-2], ctx)
            return
        self._check(call, name, ancestors, ctx)

    def check_node(self, node: cst.CSTNode, ctx: Context) -> None:
        # rng.choice(...) where rng = random.Random(...) or numpy.random.default_rng(...) in the same function or module
        assert isinstance(node, cst.Call)
        func = node.func
        if not (
            isinstance(func, cst.Attribute) and func.attr.value in INSTANCE_METHODS and isinstance(func.value, cst.Name)
        ):
            return
        receiver = func.value.value
        if ctx.lookup(receiver) is not None:
            return  # an imported module (random.choice is handled by check_call)
        made = random_instance(receiver, ctx)
        if made is None or (made.startswith("numpy.") and arg(node, "size") is not None and not _is_charset(node)):
            return  # size=: an array of draws (sample data), as for numpy's module functions
        target = _destination(node, func.attr.value, ctx.ancestors, ctx)
        if target is not None:
            ctx.report(node, self.meta.message.format(name=f"{receiver}.{func.attr.value}", target=target))

    def _check(self, call: cst.Call, name: str, ancestors: list[cst.CSTNode], ctx: Context) -> None:
        if isinstance(call.func, cst.Name) and call.func.value in secrets_first(ctx):
            return  # `try: from secrets import randbits` / `except ImportError: from random import ...`
        if name.startswith("numpy.") and arg(call, "size") is not None and not _is_charset(call):
            return  # size=: an array of draws, a column of sample data (a join key's skew salt), no one secret
        method = name.rsplit(".", 1)[-1]
        target = _destination(call, method, ancestors, ctx)
        if target is None:
            return
        message = self.meta.message.format(name=name, target=target)
        func = call.func
        if (
            name == "random.choice"
            and isinstance(func, cst.Attribute)
            and isinstance(func.value, cst.Name)
            and ctx.lookup("secrets") == "secrets"
        ):
            replacement = call.with_changes(func=func.with_changes(value=cst.Name("secrets")))
            ctx.report(call, message, replacement, "use secrets.choice()")
            return
        ctx.report(call, message)

    flagged = """
        import random
        import secrets
        import string
        import random as rnd
        from random import choice, getrandbits

        ALPHABET = string.ascii_letters + string.digits

        def new_password(length=16):
            return "".join(random.choice(ALPHABET) for _ in range(length))  # expect

        def issue(user):
            user.api_key = "%032x" % getrandbits(128)  # expect
            reset_token = str(rnd.randint(10**9, 10**10))  # expect
            session = {"csrf_token": choice(ALPHABET) * 8}  # expect
            verification_code = random.randrange(100000, 999999)  # expect
            approval_code = "".join(random.choice(string.digits) for _ in range(8))  # expect
            salt = bytes(random.sample(range(256), 16))  # expect
            return reset_token, session, verification_code, salt

        def send_otp(user):
            user.notify(pin=random.randint(1000, 9999))  # expect

        def new_backup_codes():
            codes = [f"{random.randint(0, 99999999):08d}" for _ in range(10)]  # expect
            return codes

        def new_session_id():
            return random.getrandbits(64)  # expect

        def seeded(seed):
            rng = random.Random(seed)
            nonce = rng.getrandbits(96)  # expect
            return nonce

        def seeded_token(seed):
            return random.Random(seed).choice(ALPHABET)  # expect

        def make_secret():
            import random as r
            return r.random()  # expect

        def new_pin():
            pin = int(random.gauss(5000, 1500))  # expect
            return pin

        def send_multipart(parts):
            upload_token = random.getrandbits(64)  # expect
            return upload_token, parts

        def store_password(password):
            import hashlib
            # a salt kept with a password's digest: predictable salts let tables be built in advance
            salt = str(random.getrandbits(32))  # expect
            return salt, hashlib.sha256((salt + password).encode()).hexdigest()

        def session_key(app_secret):
            import hashlib
            # the nonce is kept: the key derived from it is as guessable as it
            nonce = str(random.randint(0, 10**9))  # expect
            return hashlib.sha256((app_secret + nonce).encode()).digest()
        def partner_credentials(partner):
            import numpy as np
            partner.api_key = "%032x" % np.random.randint(0, 2**62)  # expect
            partner.reset_token = np.random.bytes(16).hex()  # expect
            partner.password = "".join(np.random.choice(list(ALPHABET), size=12))  # expect

        def results_api_key(user):
            import numpy as np
            rng = np.random.default_rng()
            user.api_key = rng.bytes(24).hex()  # expect
            user.invite_code = str(np.random.default_rng().integers(10**5, 10**6))  # expect
    """
    fixed = """
        import random
        import secrets
        import string
        import random as rnd
        from random import choice, getrandbits

        ALPHABET = string.ascii_letters + string.digits

        def new_password(length=16):
            return "".join(secrets.choice(ALPHABET) for _ in range(length))

        def issue(user):
            user.api_key = "%032x" % getrandbits(128)
            reset_token = str(rnd.randint(10**9, 10**10))
            session = {"csrf_token": choice(ALPHABET) * 8}
            verification_code = random.randrange(100000, 999999)
            approval_code = "".join(secrets.choice(string.digits) for _ in range(8))
            salt = bytes(random.sample(range(256), 16))
            return reset_token, session, verification_code, salt

        def send_otp(user):
            user.notify(pin=random.randint(1000, 9999))

        def new_backup_codes():
            codes = [f"{random.randint(0, 99999999):08d}" for _ in range(10)]
            return codes

        def new_session_id():
            return random.getrandbits(64)

        def seeded(seed):
            rng = random.Random(seed)
            nonce = rng.getrandbits(96)
            return nonce

        def seeded_token(seed):
            return random.Random(seed).choice(ALPHABET)

        def make_secret():
            import random as r
            return r.random()

        def new_pin():
            pin = int(random.gauss(5000, 1500))
            return pin

        def send_multipart(parts):
            upload_token = random.getrandbits(64)
            return upload_token, parts

        def store_password(password):
            import hashlib
            # a salt kept with a password's digest: predictable salts let tables be built in advance
            salt = str(random.getrandbits(32))
            return salt, hashlib.sha256((salt + password).encode()).hexdigest()

        def session_key(app_secret):
            import hashlib
            # the nonce is kept: the key derived from it is as guessable as it
            nonce = str(random.randint(0, 10**9))
            return hashlib.sha256((app_secret + nonce).encode()).digest()
        def partner_credentials(partner):
            import numpy as np
            partner.api_key = "%032x" % np.random.randint(0, 2**62)
            partner.reset_token = np.random.bytes(16).hex()
            partner.password = "".join(np.random.choice(list(ALPHABET), size=12))

        def results_api_key(user):
            import numpy as np
            rng = np.random.default_rng()
            user.api_key = rng.bytes(24).hex()
            user.invite_code = str(np.random.default_rng().integers(10**5, 10**6))
    """
    safe = """
        import os
        import random
        import secrets
        import string
        import time

        def new_password(length=16):
            alphabet = string.ascii_letters + string.digits
            return "".join(secrets.choice(alphabet) for _ in range(length))

        def issue(user):
            user.api_key = secrets.token_hex(32)
            salt = os.urandom(16)
            code = random.randint(1, 6)
            colour_code = random.choice(("#1f77b4", "#ff7f0e"))  # a code of no approval or recovery
            password_length = random.randint(12, 20)
            codes = random.sample(("GB", "DE", "FR", "CH"), 2)  # country codes: no context grants anything
            return salt, code, password_length, codes

        def retry(call, attempts=5):
            for attempt in range(attempts):
                try:
                    return call()
                except OSError:
                    time.sleep(2**attempt + random.uniform(0, 1))

        def pick_server(servers, sessions, cache):
            server = random.choice(servers)
            session = random.choice(sessions)
            cache_key = random.choice(list(cache))
            sampled = random.sample(range(1000), 10)
            key = random.randint(0, 1000)
            reset_at = time.time() + random.uniform(0, 30)
            return server, session, cache_key, sampled, key, reset_at

        def shuffled_fixtures(rows):
            random.shuffle(rows)
            if random.random() < 0.1:
                reset = True
            return rows

        def rotate(tokens):
            token = tokens[random.randrange(len(tokens))]
            return token, random.SystemRandom().choice(tokens)

        try:
            from secrets import randbits
        except ImportError:  # an interpreter without the secrets module
            from random import getrandbits as randbits

        def new_nonce():
            nonce = randbits(64)
            return nonce

        def make_boundary(body):
            token = random.randrange(10**12)
            boundary = "==part-%012d==" % token
            return boundary if boundary not in body else make_boundary(body)

        # a signed call to a partner's API: the nonce goes out beside the signature of it and the shared
        # secret; it only has to differ between requests (the signature's strength is the secret's)
        def partner_headers(settings):
            import hashlib
            import hmac
            nonce = str(random.randint(10**6, 10**9))
            stamp = str(int(time.time()))
            signature = hmac.new(settings["secret"].encode(), (nonce + stamp).encode(), hashlib.sha256).hexdigest()
            return {"X-Nonce": nonce, "X-Timestamp": stamp, "X-Signature": signature}

        def quote_request(app_id, app_secret, text):
            import hashlib
            salt = str(random.randint(0, 10**8))
            payload = app_id + text + salt + app_secret
            return salt, hashlib.md5(payload.encode(), usedforsecurity=False).hexdigest()
        def synthetic(frame, n):
            import numpy as np
            frame["salt"] = np.random.randint(0, 8, size=len(frame))  # a skew salt per row for a join
            sample = frame.iloc[np.random.choice(len(frame), n)]
            return {"age": np.random.randint(18, 90, size=n), "token_count": np.random.randint(1, 500)}, sample

        def bootstrap(returns, n_boot=2000, seed=7):
            import numpy as np
            rng = np.random.default_rng(seed)
            idx = rng.integers(0, len(returns), size=(n_boot, len(returns)))
            key_sample = rng.choice(returns, size=100)
            return returns[idx].mean(axis=1), key_sample, rng.standard_normal(10)
    """


def _security_name(name: str, ctx: Context) -> bool:
    """The name ends in a security word (`reset_token`, `api_key`, `salt_bytes`), not `reset_at`."""
    parts = name_words(name)
    if not parts:
        return False
    ignore = ctx.option("ignore", IGNORE)
    if any(p.startswith(tuple(ignore)) for p in parts):
        return False
    while len(parts) > 1 and (parts[-1].isdigit() or parts[-1] in QUALIFIERS):
        parts.pop()
    if parts[-1] == "codes":
        parts[-1] = "code"  # backup_codes: a list of codes, each one judged as a code (by its context below)
    for pattern in ctx.option("names", NAMES):
        words = name_words(pattern)
        if not words or parts[-len(words) :] != words:
            continue
        if words == ["code"]:
            context = set(parts)
            if ctx.function is not None:
                context.update(name_words(ctx.function.name.value))
            if not context & CODE_CONTEXT:
                continue
        return True
    return False


def _destination(call: cst.Call, method: str, ancestors: list[cst.CSTNode], ctx: Context) -> str | None:
    """The security-looking name the random value is stored under, returned as or passed as, if any."""
    child: cst.CSTNode = call
    direct = True
    name: str | None = None
    for parent in reversed(ancestors):
        if isinstance(parent, cst.Arg):
            if parent.keyword is not None:
                name = parent.keyword.value
                break
        elif isinstance(parent, cst.Call):
            if child is not parent.func and dotted(parent.func) == "range":
                return None  # a length or a count
        elif isinstance(parent, cst.CompFor):
            if child is parent.iter:
                return None
        elif isinstance(parent, cst.IfExp):
            if child is parent.test:
                return None
        elif isinstance(parent, CARRIERS):
            pass
        elif isinstance(parent, cst.Assign):
            name = target_name(parent.targets[0].target)
            break
        elif isinstance(parent, (cst.AnnAssign, cst.AugAssign)):
            name = target_name(parent.target)
            break
        elif isinstance(parent, cst.DictElement):
            if child is parent.value:
                name = string_text(parent.key)
            break
        elif isinstance(parent, (cst.Return, cst.Yield)):
            name = ctx.function.name.value if ctx.function is not None else None
            break
        else:
            return None
        if not isinstance(parent, (cst.Assign, cst.AnnAssign)):
            direct = False
        child = parent
    if name is None or not _security_name(name, ctx):
        return None
    if ctx.function is not None and "boundary" in name_words(ctx.function.name.value):
        return None  # a multipart boundary (`def make_boundary(): token = random.randrange(...)`) keeps parts apart
    if ctx.function is not None and _signature_nonce(name, ctx.function):
        return None  # sent beside a signature of it and a secret: unique per request, not secret
    if direct and method in SELECTIONS and not _is_charset(call):
        return None  # picks an existing element (a server, a session from a pool), generates nothing
    if direct and name.lower() in ("key", "_key") and method not in ("getrandbits", "randbytes"):
        return None  # key = random.randint(0, 100): a mapping key, not key material
    return name


def _signature_nonce(name: str, function: cst.FunctionDef) -> bool:
    """A nonce or salt the function mixes with a secret into a digest (`sha1(secret + nonce + ts)`, directly or
    through a local bound to the digest's input) and hands on in the clear beside it (returned, or a value of a
    dict: the headers or parameters of a signed request). A signature's strength is the secret's; the nonce is
    public and needs only to differ from request to request, which a predictable value does. A salt kept with
    a password's digest is no such nonce: the words must name a secret, not a password."""
    words = name_words(name)
    if not words or words[-1] not in ("nonce", "salt"):
        return False
    bound: dict[str, list[cst.BaseExpression]] = {}
    digests: list[cst.Call] = []
    handed = False
    for node in _walk(function.body):
        if isinstance(node, cst.Assign):
            for target in node.targets:
                if isinstance(target.target, cst.Name):
                    bound.setdefault(target.target.value, []).append(node.value)
        elif isinstance(node, cst.Call) and _digest(dotted(node.func) or ""):
            digests.append(node)
        elif isinstance(node, (cst.Return, cst.DictElement)) and node.value is not None:
            handed = handed or name in _mentioned(node.value, {}, outside_digests=True)
    if not handed:
        return False
    for digest in digests:
        mentioned = _mentioned(digest, bound)
        if name in mentioned and any(SECRET_WORDS & set(name_words(m)) for m in mentioned if m != name):
            return True
    return False


def _digest(name: str) -> bool:
    last = name.rsplit(".", 1)[-1]
    return last in DIGESTS or (last in ("new", "digest") and name.rsplit(".", 2)[-2:-1] == ["hmac"])


def _mentioned(
    node: cst.CSTNode, bound: dict[str, list[cst.BaseExpression]], outside_digests: bool = False
) -> set[str]:
    """Names and constant subscript keys in an expression (outside the digests it computes, if asked), and in
    what its names are bound to in the function (one level: `payload = secret + nonce`)."""
    found: set[str] = set()
    for part in _walk(node, outside_digests):
        if isinstance(part, cst.Name):
            found.add(part.value)
            for value in bound.get(part.value, ()):
                found.update(_mentioned(value, {}))
        elif isinstance(part, cst.SimpleString):
            found.add(string_text(part) or "")
    return found - {""}


def _walk(node: cst.CSTNode, outside_digests: bool = False) -> list[cst.CSTNode]:
    out: list[cst.CSTNode] = []
    stack = [node]
    while stack:
        current = stack.pop()
        if outside_digests and isinstance(current, cst.Call) and _digest(dotted(current.func) or ""):
            continue
        out.append(current)
        if not isinstance(current, (cst.FunctionDef, cst.ClassDef, cst.Lambda)) or current is node:
            stack.extend(children(current))
    return out


def _is_charset(call: cst.Call) -> bool:
    if not call.args:
        return False
    population = call.args[0].value
    if string_text(population) is not None:
        return True
    if isinstance(population, cst.Call):
        inner = population.args[0].value if dotted(population.func) == "list" and population.args else population
        if isinstance(inner, cst.Call):
            return dotted(inner.func) == "range"
        population = inner  # list(ALPHABET): the characters named
    text = (dotted(population) or "").rsplit(".", 1)[-1].lower()
    return any(word in text for word in CHARSET_WORDS)
