"""Encryption and MAC keys written in the code."""

import libcst as cst
from guidelint.cst import Context, Rule, RuleMeta, arg, fixed_bytes

CIPHERS = "cryptography.hazmat.primitives.ciphers"
# callee -> (keyword, position) of the key
KEY_ARGS: dict[str, tuple[str, int]] = {
    **{
        f"{pkg}.Cipher.{c}.new": ("key", 0)
        for pkg in ("Crypto", "Cryptodome")
        for c in ("AES", "DES", "DES3", "ARC2", "ARC4", "Blowfish", "CAST", "ChaCha20", "Salsa20", "ChaCha20_Poly1305")
    },
    **{f"{pkg}.Hash.HMAC.new": ("key", 0) for pkg in ("Crypto", "Cryptodome")},
    **{
        f"{CIPHERS}.algorithms.{a}": ("key", 0)
        for a in ("AES", "AES128", "AES256", "TripleDES", "ChaCha20", "Camellia", "Blowfish", "CAST5", "SM4")
    },
    **{f"{CIPHERS}.aead.{a}": ("key", 0) for a in ("AESGCM", "AESCCM", "AESOCB3", "AESSIV", "ChaCha20Poly1305")},
    "cryptography.fernet.Fernet": ("key", 0),
    "cryptography.hazmat.primitives.hmac.HMAC": ("key", 0),
    "hmac.new": ("key", 0),
    "hmac.digest": ("key", 0),
    "hmac.HMAC": ("key", 0),
    "nacl.secret.SecretBox": ("key", 0),
}


class HardcodedCryptoKey(Rule):
    meta = RuleMeta.of(
        id="SEC103",
        clause="SG-8.1",
        title="Encryption or MAC key written in the code",
        severity="high",
        confidence="high",
        cwe=[321, 798],
        owasp="A02:2021-Cryptographic Failures",
        message="{name}() gets a key written in the code: whoever has the source decrypts or forges what it protects",
        rationale=(
            "A key in the source is in every clone, backup and build of the repository, and in the hands of "
            "everyone who ever had access to it; it cannot be rotated without a release. Data encrypted or "
            "signed with it - clients' confidential and insider information, session tokens - is only as "
            "protected as the source code."
        ),
        remediation=(
            "Load the key at run time from the secret store or the environment (key = "
            "base64.b64decode(os.environ['REPORTS_KEY'])), or generate it (Fernet.generate_key(), "
            "os.urandom(32), AESGCM.generate_key(bit_length=256)) and keep it in the key management system."
        ),
        references=(
            "https://cwe.mitre.org/data/definitions/321.html",
            "https://cheatsheetseries.owasp.org/cheatsheets/Cryptographic_Storage_Cheat_Sheet.html#key-storage",
        ),
    )
    calls = tuple(KEY_ARGS)

    def check_call(self, call: cst.Call, name: str, ctx: Context) -> None:
        keyword, position = KEY_ARGS[name]
        key = arg(call, keyword, position)
        if key is not None and fixed_bytes(key.value, ctx):
            parts = name.split(".")
            short = ".".join(parts[-2:]) if parts[-1] == "new" else parts[-1]  # AES.new, Fernet
            ctx.report(call, self.meta.message.format(name=short))

    flagged = """
        import hmac

        from Crypto.Cipher import AES
        from cryptography.fernet import Fernet

        REPORTS_KEY = b"0123456789abcdef"

        def seal(data):
            cipher = AES.new(REPORTS_KEY, AES.MODE_GCM)  # expect
            token = Fernet(b"ZmRzYWZkc2FmZHNhZmRzYWZkc2FmZHNhZmRzYWZkc2E=").encrypt(data)  # expect
            tag = hmac.new("webhook-secret".encode(), data, "sha256").hexdigest()  # expect
            return cipher.encrypt_and_digest(data), token, tag
    """
    safe = """
        import base64
        import hmac
        import os

        from Crypto.Cipher import AES
        from cryptography.fernet import Fernet
        from django.conf import settings

        def seal(data):
            key = base64.b64decode(os.environ["REPORTS_KEY"])
            cipher = AES.new(key, AES.MODE_GCM)
            token = Fernet(Fernet.generate_key()).encrypt(data)
            tag = hmac.new(settings.SECRET_KEY.encode(), data, "sha256").hexdigest()
            return cipher.encrypt_and_digest(data), token, tag
    """
