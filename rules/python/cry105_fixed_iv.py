"""Initialisation vectors and nonces written as constants."""

from collections.abc import Iterator

import libcst as cst
from guidelint.cst import Context, Rule, RuleMeta, arg, bound_value, dotted, fixed_bytes, iter_calls

PYCRYPTO_CIPHERS = (
    "AES",
    "DES",
    "DES3",
    "Blowfish",
    "CAST",
    "ARC2",
    "ChaCha20",
    "ChaCha20_Poly1305",
    "Salsa20",
)
MODES = "cryptography.hazmat.primitives.ciphers.modes"
# callee -> (keywords, position) of the IV or nonce
IV_ARGS: dict[str, tuple[tuple[str, ...], int | None]] = {
    **{
        f"{pkg}.Cipher.{c}.new": (("iv", "nonce", "IV"), 2)
        for pkg in ("Crypto", "Cryptodome")
        for c in PYCRYPTO_CIPHERS
    },
    **{f"{MODES}.{m}": (("initialization_vector",), 0) for m in ("CBC", "CFB", "CFB8", "OFB")},
    f"{MODES}.GCM": (("initialization_vector",), 0),
    f"{MODES}.CTR": (("nonce",), 0),
}
AEAD = "cryptography.hazmat.primitives.ciphers.aead"
AEAD_CLASSES = tuple(f"{AEAD}.{c}" for c in ("AESGCM", "ChaCha20Poly1305", "AESCCM", "AESOCB3", "AESGCMSIV"))


class FixedIv(Rule):
    meta = RuleMeta.of(
        id="CRY105",
        clause="SG-7.4",
        title="Fixed IV or nonce",
        severity="high",
        confidence="high",
        cwe=[329, 1204],  # 1204: weak IVs and nonces in general, 329: the CBC case
        owasp="A02:2021-Cryptographic Failures",
        message="{name}() gets a constant IV/nonce; it must be random or unique per message",
        rationale=(
            "Reusing an IV makes CBC leak which messages share a prefix, and reusing a nonce with CTR, GCM "
            "or ChaCha20 leaks the XOR of plaintexts and, for GCM, lets an attacker forge messages. A "
            "constant in code is reused for every message and every deployment, so clients' confidential "
            "and insider information encrypted this way is exposed."
        ),
        remediation=(
            "Generate a fresh value for each message and store it with the ciphertext: iv = os.urandom(16) "
            "for CBC/CFB/OFB/CTR, nonce = os.urandom(12) for AESGCM/ChaCha20Poly1305 (or "
            "secrets.token_bytes); with PyCryptodome omit iv/nonce so the library generates one and read "
            "cipher.iv / cipher.nonce."
        ),
        references=(
            "https://cryptography.io/en/latest/hazmat/primitives/aead/#cryptography.hazmat.primitives.ciphers.aead.AESGCM",
            "https://pycryptodome.readthedocs.io/en/latest/src/cipher/classic.html",
        ),
    )
    calls = (*IV_ARGS, *AEAD_CLASSES)

    def check_call(self, call: cst.Call, name: str, ctx: Context) -> None:
        short = ".".join(name.split(".")[-2:]) if name.endswith(".new") else name.rsplit(".", 1)[-1]
        if name in AEAD_CLASSES:
            for encrypt in _aead_encrypts(call, ctx):
                nonce = arg(encrypt, "nonce", 0)
                if nonce is not None and fixed_bytes(nonce.value, ctx):
                    ctx.report(encrypt, self.meta.message.format(name=f"{short}.encrypt"))
            return
        if _asks_support(ctx):
            return  # `backend.cipher_supported(algorithm, modes.CBC(b"\\0" * 16))` encrypts nothing
        keywords, position = IV_ARGS[name]
        candidates = [arg(call, k) for k in keywords]
        if position is not None:
            candidates.append(arg(call, None, position))
        if any(a is not None and fixed_bytes(a.value, ctx) for a in candidates):
            ctx.report(call, self.meta.message.format(name=short))
            return
        key = _cipher_key(call, name, ctx)
        if key is not None and any(a is not None and _from_key(a.value, key, ctx) for a in candidates):
            ctx.report(call, self.meta.message.format(name=short).replace("a constant IV/nonce", "the key as its IV"))

    flagged = """
        from Crypto.Cipher import AES
        from Crypto.Cipher import ChaCha20 as Stream
        from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        IV = b"0123456789abcdef"

        def encrypt(key, data):
            a = AES.new(key, AES.MODE_CBC, iv=b"\\x00" * 16)  # expect
            z = AES.new(key, AES.MODE_CBC, b"x" * AES.block_size)  # expect
            b = AES.new(key, AES.MODE_CBC, IV)  # expect
            c = AES.new(key, AES.MODE_GCM, nonce=bytes(12))  # expect
            d = Stream.new(key=key, nonce="abcdefgh".encode())  # expect
            return a, b, c, d

        def hazmat(key, data):
            zero = b"\\x00" * 8 + b"\\x00" * 8
            one = Cipher(algorithms.AES(key), modes.CBC(zero))  # expect
            two = Cipher(algorithms.AES(key), modes.GCM(b"fixed-nonce!"))  # expect
            three = Cipher(algorithms.AES(key), modes.CTR(nonce=bytes.fromhex("00" * 16)))  # expect
            return one, two, three

        def sealed(key, data):
            aead = AESGCM(key)
            return aead.encrypt(b"000000000000", data, None)  # expect

        def checked_then_used(backend, key):
            mode = modes.CBC(b"\\x00" * 16)  # expect
            if backend.cipher_supported(algorithms.AES(key), mode):
                return Cipher(algorithms.AES(key), mode)
            return None

        def inline(key, data):
            from cryptography.hazmat.primitives.ciphers import modes as m
            stream = m.OFB(IV)  # expect
            return stream, AESGCM(key).encrypt(nonce=IV[:12], data=data, associated_data=None)  # expect

        def key_as_iv(key, data):
            first = AES.new(key, AES.MODE_CBC, iv=key[:16])  # expect
            vector = key[16:]
            return first, Cipher(algorithms.AES(key), modes.CBC(vector))  # expect
    """
    safe = """
        import os
        import secrets
        from Crypto.Cipher import AES
        from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        def encrypt(key, data, iv):
            a = AES.new(key, AES.MODE_CBC, iv=os.urandom(16))
            b = AES.new(key, AES.MODE_GCM)
            c = AES.new(key, AES.MODE_CBC, iv)
            nonce = secrets.token_bytes(12)
            d = Cipher(algorithms.AES(key), modes.GCM(nonce))
            e = Cipher(algorithms.AES(key), modes.CTR(os.urandom(16)))
            return a, b, c, d, e, b.nonce

        def sealed(key, data):
            aead = AESGCM(key)
            nonce = os.urandom(12)
            return nonce + aead.encrypt(nonce, data, None)

        def keyed(key, data, iv):
            first = AES.new(key, AES.MODE_CBC, iv=iv[:16])
            return first, Cipher(algorithms.AES(key), modes.CBC(os.urandom(16)))

        def can_chain_blocks(backend, key):
            return backend.cipher_supported(algorithms.AES(key), modes.CBC(b"\\x00" * 16))
    """


def _cipher_key(call: cst.Call, name: str, ctx: Context) -> str | None:
    """The key a cipher is made with, as written: AES.new(key, ...), or the algorithm's key in the
    Cipher(algorithms.AES(key), modes.CBC(iv)) a mode is given to."""
    if name.endswith(".new"):
        key = arg(call, "key", 0)
        return dotted(key.value) if key is not None else None
    chain = ctx.ancestors
    cipher = next((n for n in reversed(chain[-3:]) if isinstance(n, cst.Call) and n is not call), None)
    if cipher is None or not (ctx.qualname(cipher.func) or "").endswith("ciphers.Cipher") or not cipher.args:
        return None
    algorithm = cipher.args[0].value
    if not isinstance(algorithm, cst.Call) or algorithm is call:
        return None
    return dotted(algorithm.args[0].value) if algorithm.args else None


def _from_key(iv: cst.BaseExpression, key: str, ctx: Context, depth: int = 0) -> bool:
    """The IV is the key or a slice of it (iv=key[:16], directly or through a name): the same value for
    every message under that key, and one that gives the key away to whoever sees the IV."""
    if isinstance(iv, cst.Name) and depth < 3 and iv.value != key:
        bound = bound_value(ctx, iv.value)
        return bound is not None and _from_key(bound, key, ctx, depth + 1)
    if isinstance(iv, cst.Subscript):
        iv = iv.value
    return dotted(iv) == key


def _aead_encrypts(call: cst.Call, ctx: Context) -> Iterator[cst.Call]:
    """`.encrypt(...)` calls on the object this constructor call makes, in the same function or module."""
    ancestors = ctx.ancestors
    if len(ancestors) >= 2:
        parent, outer = ancestors[-1], ancestors[-2]
        if (
            isinstance(parent, cst.Attribute)
            and parent.attr.value == "encrypt"
            and isinstance(outer, cst.Call)
            and outer.func is parent
        ):
            yield outer
            return
        if isinstance(parent, cst.Assign) and len(parent.targets) == 1:
            target = parent.targets[0].target
            if isinstance(target, cst.Name):
                scope: cst.CSTNode = ctx.function.body if ctx.function is not None else ctx.module
                for inner in iter_calls(scope):
                    func = inner.func
                    if (
                        isinstance(func, cst.Attribute)
                        and func.attr.value == "encrypt"
                        and isinstance(func.value, cst.Name)
                        and func.value.value == target.value
                    ):
                        yield inner


def _asks_support(ctx: Context) -> bool:
    """The mode object is made as an argument of a call that asks whether something is supported
    (`backend.cipher_supported(algorithm, mode)`, `supports_mode(...)`): a capability check, no message is
    encrypted with it."""
    ancestors = ctx.ancestors
    if len(ancestors) < 2 or not isinstance(ancestors[-1], cst.Arg) or not isinstance(ancestors[-2], cst.Call):
        return False
    callee = (dotted(ancestors[-2].func) or "").rsplit(".", 1)[-1]
    return callee.endswith("supported") or callee.startswith("supports")
