"""MD5, SHA-1 and older hashes used where security depends on them."""

import libcst as cst
from guidelint.cst import Context, Rule, RuleMeta, arg, dotted, fixed_values, keyword_is

WEAK_NAMES = {"md5", "sha1", "sha", "md4", "md2", "md5-sha1", "md5_sha1", "mdc2", "ripemd160"}


class WeakHash(Rule):
    meta = RuleMeta.of(
        id="CRY101",
        clause="SG-7.1",
        title="Weak hash algorithm",
        severity="medium",
        confidence="medium",
        cwe=[328, 327],
        owasp="A02:2021-Cryptographic Failures",
        message="{name}() is a broken hash (MD5/SHA-1 family); it must not protect or identify anything",
        rationale=(
            "MD5 and SHA-1 have practical collision attacks, so a digest made with them no longer proves "
            "that data, a signature or a token is what it claims to be. The company protects clients' "
            "confidential and pre-disclosure insider information with such checks; a forged digest lets "
            "tampered data or a forged integrity token pass. Uses that are not security-relevant must say "
            "so explicitly (usedforsecurity=False); a digest read as a number and reduced modulo a bucket "
            "count in the same expression (int(md5(key).hexdigest(), 16) % n) only spreads keys over "
            "partitions and is not reported."
        ),
        remediation=(
            "Use hashlib.sha256() (or sha512/sha3_256/blake2b); for passwords use a password hash (argon2, "
            "bcrypt, scrypt, hashlib.pbkdf2_hmac). If the digest is only a cache key or checksum, pass "
            "usedforsecurity=False, e.g. hashlib.md5(data, usedforsecurity=False)."
        ),
        references=(
            "https://docs.python.org/3/library/hashlib.html#hash-algorithms",
            "https://cryptography.io/en/latest/hazmat/primitives/cryptographic-hashes/#md5",
        ),
    )
    calls = (
        "hashlib.md5",
        "hashlib.sha1",
        "hashlib.new",
        "Crypto.Hash.MD5.new",
        "Crypto.Hash.SHA.new",
        "Crypto.Hash.SHA1.new",
        "Crypto.Hash.MD4.new",
        "Crypto.Hash.MD2.new",
        "Cryptodome.Hash.MD5.new",
        "Cryptodome.Hash.SHA.new",
        "Cryptodome.Hash.SHA1.new",
        "Cryptodome.Hash.MD4.new",
        "Cryptodome.Hash.MD2.new",
        "cryptography.hazmat.primitives.hashes.MD5",
        "cryptography.hazmat.primitives.hashes.SHA1",
    )

    def check_call(self, call: cst.Call, name: str, ctx: Context) -> None:
        if name.startswith("hashlib."):
            if keyword_is(call, "usedforsecurity", False):
                return
            if name == "hashlib.new":
                # the algorithm's name as written, or a constant of the code naming it (DIGEST = "md5")
                algorithm = arg(call, "name", 0)
                values = fixed_values(algorithm.value, ctx) if algorithm is not None else None
                weak = sorted(v for v in values or () if isinstance(v, str) and v.lower() in WEAK_NAMES)
                if not weak:
                    return
                name = f'hashlib.new("{weak[0]}")'
        if _bucket_number(call, ctx):
            return
        ctx.report(call, self.meta.message.format(name=name.removesuffix("()")))

    flagged = """
        import hashlib
        import hashlib as h
        from Crypto.Hash import MD5, SHA
        from cryptography.hazmat.primitives import hashes

        def sign(secret, message):
            digest = hashlib.md5(secret + message).hexdigest()  # expect
            legacy = h.sha1(message)  # expect
            other = hashlib.new("MD4", message)  # expect
            named = hashlib.new(name="sha1")  # expect
            return digest, legacy, other, named

        def pycryptodome(data):
            first = MD5.new(data).digest()  # expect
            return first, SHA.new(data).digest()  # expect

        def hazmat(data):
            ctx = hashes.Hash(hashes.SHA1())  # expect
            ctx.update(data)
            return ctx.finalize()

        def inner(data):
            from hashlib import md5
            return md5(data).hexdigest()  # expect

        LEGACY_DIGEST = "md5"
        DIGESTS = {"current": "sha256", "bank-legacy": "sha1"}

        def bank_file_checksum(data):
            first = hashlib.new(LEGACY_DIGEST, data).hexdigest()  # expect
            return first, hashlib.new(DIGESTS["bank-legacy"], data).hexdigest()  # expect

        def document_id(body):
            return int(hashlib.md5(body).hexdigest(), 16)  # expect
    """
    safe = """
        import hashlib
        from Crypto.Hash import SHA256
        from cryptography.hazmat.primitives import hashes

        def sign(secret, message):
            digest = hashlib.sha256(secret + message).hexdigest()
            etag = hashlib.md5(message, usedforsecurity=False).hexdigest()
            other = hashlib.new("sha256", message)
            cache_key = hashlib.new("sha1", message, usedforsecurity=False)
            return digest, etag, other, cache_key, SHA256.new(message).digest()

        def hazmat(data):
            ctx = hashes.Hash(hashes.SHA256())
            ctx.update(data)
            return ctx.finalize()

        def by_name(algorithm, data):
            return hashlib.new(algorithm, data).hexdigest()

        DIGEST = "sha256"
        DIGESTS = {"current": "sha256", "bank-legacy": "sha1"}

        def bank_file_checksum(data):
            return hashlib.new(DIGEST, data).hexdigest(), hashlib.new(DIGESTS["current"], data).hexdigest()

        def partition(customer_id, buckets=64):
            # a digest made a bucket number: it spreads keys, it neither protects nor identifies anything
            return int(hashlib.md5(customer_id.encode()).hexdigest(), 16) % buckets, int(
                hashlib.sha1(customer_id.encode()).hexdigest()[:8], 16
            ) % 16
    """


def _bucket_number(call: cst.Call, ctx: Context) -> bool:
    """The digest is read once as a number and reduced modulo a bucket count, in the expression itself:
    `int(md5(key).hexdigest(), 16) % buckets` (a slice of the hex digits may come between)."""
    chain = [call, *reversed(ctx.ancestors)]
    if not (
        len(chain) > 3
        and isinstance(chain[1], cst.Attribute)
        and chain[1].attr.value == "hexdigest"
        and isinstance(chain[2], cst.Call)
        and chain[2].func is chain[1]
    ):
        return False
    position = 3
    slicing = (cst.Subscript, cst.SubscriptElement, cst.Index, cst.Slice)
    while position < len(chain) and isinstance(chain[position], slicing):
        position += 1
    if position + 2 >= len(chain) or not isinstance(chain[position], cst.Arg):
        return False
    number = chain[position + 1]
    if not (isinstance(number, cst.Call) and dotted(number.func) == "int" and number.args[0] is chain[position]):
        return False
    operation = chain[position + 2]
    return (
        isinstance(operation, cst.BinaryOperation)
        and isinstance(operation.operator, cst.Modulo)
        and operation.left is number
    )
