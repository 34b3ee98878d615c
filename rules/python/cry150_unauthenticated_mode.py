"""Block cipher modes that encrypt without integrity protection, used without a MAC."""

import libcst as cst
from guidelint.cst import Context, Rule, RuleMeta, arg, dotted

HAZMAT_MODES = "cryptography.hazmat.primitives.ciphers.modes"
UNAUTHENTICATED = ("CBC", "CTR", "CFB", "CFB8", "OFB")
PYCRYPTO_MODES = {f"MODE_{m}" for m in ("CBC", "CTR", "CFB", "OFB", "OPENPGP")}
PYCRYPTO_CIPHERS = tuple(f"{pkg}.Cipher.{c}.new" for pkg in ("Crypto", "Cryptodome") for c in ("AES", "DES3", "CAST"))
# a MAC computed in the same function (encrypt-then-MAC): the ciphertext is protected after all
MAC_NAMES = ("hmac", "HMAC", "CMAC", "Poly1305", "poly1305")


class UnauthenticatedMode(Rule):
    meta = RuleMeta.of(
        id="CRY150",
        clause="SG-7.1",
        title="Encryption without integrity protection",
        severity="low",
        confidence="medium",
        cwe=[327, 353],
        owasp="A02:2021-Cryptographic Failures",
        message="{name} encrypts without authentication and nothing here computes a MAC over the ciphertext",
        rationale=(
            "CBC, CTR, CFB and OFB keep data secret only against an attacker who cannot change it: flipped "
            "ciphertext bits turn into chosen changes in the plaintext, and CBC with padding leaks the "
            "plaintext through padding-oracle errors. SG-7.1 therefore approves only authenticated "
            "constructions (AES-GCM, ChaCha20-Poly1305) for clients' confidential and insider information."
        ),
        remediation=(
            "Use an AEAD: cryptography's AESGCM(key).encrypt(nonce, data, associated_data) or "
            "ChaCha20Poly1305, Fernet for simple secret-box use, or AES.new(key, AES.MODE_GCM) with "
            "PyCryptodome. If a legacy format needs CBC or CTR, encrypt-then-MAC with HMAC-SHA256 over the IV "
            "and ciphertext and verify the tag (hmac.compare_digest) before decrypting."
        ),
        references=(
            "https://cryptography.io/en/latest/hazmat/primitives/aead/",
            "https://cwe.mitre.org/data/definitions/353.html",
        ),
    )
    calls = (*(f"{HAZMAT_MODES}.{m}" for m in UNAUTHENTICATED), *PYCRYPTO_CIPHERS)

    def check_call(self, call: cst.Call, name: str, ctx: Context) -> None:
        if name in PYCRYPTO_CIPHERS:
            mode = arg(call, "mode", 1)
            mode_name = (ctx.qualname(mode.value) or dotted(mode.value) or "") if mode is not None else ""
            last = mode_name.rsplit(".", 1)[-1]
            if last not in PYCRYPTO_MODES:
                return
            label = f"{name.split('.')[-2]} in {last[5:]} mode"
        else:
            label = f"{name.rsplit('.', 1)[-1]} mode"
        if _mac_nearby(ctx):
            return
        ctx.report(call, self.meta.message.format(name=label))

    flagged = """
        import os
        from Crypto.Cipher import AES
        from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

        def seal(key, report):
            iv = os.urandom(16)
            encryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).encryptor()  # expect
            return iv + encryptor.update(report) + encryptor.finalize()

        def stream(key, nonce, data):
            return AES.new(key, AES.MODE_CTR, nonce=nonce).encrypt(data)  # expect
    """
    safe = """
        import hmac
        import os
        from Crypto.Cipher import AES
        from cryptography.hazmat.primitives import hashes
        from cryptography.hazmat.primitives import hmac as crypto_hmac
        from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        def seal(key, report):
            nonce = os.urandom(12)
            return nonce + AESGCM(key).encrypt(nonce, report, None)

        def seal_legacy(enc_key, mac_key, report):
            iv = os.urandom(16)
            encryptor = Cipher(algorithms.AES(enc_key), modes.CBC(iv)).encryptor()
            body = iv + encryptor.update(report) + encryptor.finalize()
            tag = crypto_hmac.HMAC(mac_key, hashes.SHA256())
            tag.update(body)
            return body + tag.finalize()

        def open_legacy(enc_key, mac_key, blob, tag):
            if not hmac.compare_digest(hmac.new(mac_key, blob, "sha256").digest(), tag):
                raise ValueError("tampered")
            return AES.new(enc_key, AES.MODE_CBC, iv=blob[:16]).decrypt(blob[16:])

        def gcm(key, data):
            return AES.new(key, AES.MODE_GCM).encrypt_and_digest(data)
    """


def _mac_nearby(ctx: Context) -> bool:
    """The enclosing function (else the module) uses HMAC, CMAC or Poly1305: encrypt-then-MAC."""
    scope: cst.CSTNode = ctx.function if ctx.function is not None else ctx.module
    key = ("CRY150 mac", id(scope))
    found = ctx.memo.get(key)
    if found is None:
        code = ctx.code(scope)
        found = ctx.memo[key] = any(name in code for name in MAC_NAMES)
    return bool(found)
