"""Password hashing and key derivation with a salt written in the code."""

import libcst as cst
from guidelint.cst import Context, Rule, RuleMeta, arg, fixed_bytes

KDF = "cryptography.hazmat.primitives.kdf"
# callee -> (keyword, position) of the salt
SALT_ARGS: dict[str, tuple[str, int | None]] = {
    "hashlib.pbkdf2_hmac": ("salt", 2),
    "hashlib.scrypt": ("salt", None),
    f"{KDF}.pbkdf2.PBKDF2HMAC": ("salt", 2),
    f"{KDF}.scrypt.Scrypt": ("salt", 0),
    **{f"{pkg}.Protocol.KDF.{f}": ("salt", 1) for pkg in ("Crypto", "Cryptodome") for f in ("PBKDF2", "scrypt")},
    "bcrypt.hashpw": ("salt", 1),
    "argon2.low_level.hash_secret": ("salt", 1),
    "argon2.low_level.hash_secret_raw": ("salt", 1),
}


class FixedSalt(Rule):
    meta = RuleMeta.of(
        id="CRY106",
        clause="SG-1.3",
        title="Fixed salt for password hashing or key derivation",
        severity="medium",
        confidence="high",
        cwe=[760],
        owasp="A02:2021-Cryptographic Failures",
        message="{name}() gets a salt written in the code; every password is hashed with the same salt",
        rationale=(
            "A salt makes each stored hash unique, so one precomputed table or one cracked hash does not "
            "open every account with the same password. A salt fixed in the code is the same for every user "
            "and every deployment, and anyone with the source can precompute hashes for it: stolen hashes of "
            "staff accounts with access to clients' insider information fall together."
        ),
        remediation=(
            "Generate a random salt per password (salt = os.urandom(16) or secrets.token_bytes(16)) and store "
            "it next to the hash; better, use a password hasher that does this itself: argon2-cffi's "
            "PasswordHasher().hash(password) or bcrypt.hashpw(password, bcrypt.gensalt())."
        ),
        references=(
            "https://docs.python.org/3/library/hashlib.html#key-derivation",
            "https://cheatsheetseries.owasp.org/cheatsheets/Password_Storage_Cheat_Sheet.html#salting",
        ),
    )
    calls = tuple(SALT_ARGS)

    def check_call(self, call: cst.Call, name: str, ctx: Context) -> None:
        keyword, position = SALT_ARGS[name]
        salt = arg(call, keyword, position)
        if salt is not None and fixed_bytes(salt.value, ctx):
            ctx.report(salt, self.meta.message.format(name=name.rsplit(".", 1)[-1]))

    flagged = """
        import hashlib

        import bcrypt
        from cryptography.hazmat.primitives import hashes
        from cryptography.hazmat.primitives.kdf.pbkdf2 import PBKDF2HMAC

        SALT = b"acme-insider-2024"

        def store(password: str) -> bytes:
            return hashlib.pbkdf2_hmac("sha256", password.encode(), b"D8VxSmTZt2E2YV45", 600_000)  # expect

        def derive(password: bytes) -> bytes:
            kdf = PBKDF2HMAC(algorithm=hashes.SHA256(), length=32, salt=SALT, iterations=600_000)  # expect
            return kdf.derive(password)

        def legacy(password: bytes) -> bytes:
            return bcrypt.hashpw(password, b"$2b$12$abcdefghijklmnopqrstuu")  # expect

        def memory_hard(password: bytes) -> bytes:
            return hashlib.scrypt(password, salt="pepper".encode(), n=2**14, r=8, p=1)  # expect
    """
    safe = """
        import hashlib
        import os

        import bcrypt

        def store(password: str) -> tuple[bytes, bytes]:
            salt = os.urandom(16)
            return salt, hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 600_000)

        def check(password: str, salt: bytes) -> bytes:
            return hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 600_000)

        def modern(password: bytes) -> bytes:
            return bcrypt.hashpw(password, bcrypt.gensalt())
    """
