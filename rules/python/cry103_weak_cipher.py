"""DES, 3DES, RC2, RC4, Blowfish and friends, and the ECB mode of any cipher."""

import libcst as cst
from guidelint.cst import Context, Rule, RuleMeta, arg, dotted

WEAK_PYCRYPTO = ("DES", "DES3", "ARC2", "ARC4", "Blowfish", "CAST", "XOR")
WEAK_HAZMAT = ("TripleDES", "ARC4", "Blowfish", "CAST5", "IDEA", "SEED")
HAZMAT_ALGORITHMS = (
    "cryptography.hazmat.primitives.ciphers.algorithms",
    "cryptography.hazmat.decrepit.ciphers.algorithms",
)


class WeakCipher(Rule):
    meta = RuleMeta.of(
        id="CRY103",
        clause="SG-7.1",
        title="Weak cipher or ECB mode",
        severity="high",
        confidence="high",
        cwe=[327],
        owasp="A02:2021-Cryptographic Failures",
        message="{name} is not an approved cipher construction",
        rationale=(
            "DES and 3DES have 56/112-bit security and 64-bit blocks (Sweet32), RC4 has biased keystreams, "
            "RC2, Blowfish, CAST, IDEA and SEED are obsolete, and ECB encrypts equal blocks to equal "
            "ciphertext so the structure of the plaintext shows through. Data the company must keep "
            "confidential, including clients' data and pre-disclosure insider information, is effectively "
            "unprotected when encrypted this way."
        ),
        remediation=(
            "Use an authenticated construction: cryptography's AESGCM or ChaCha20Poly1305 with a fresh "
            "random nonce, or Fernet for simple secret-box use; with PyCryptodome use AES.new(key, "
            "AES.MODE_GCM) and let it generate the nonce."
        ),
        references=(
            "https://cryptography.io/en/latest/hazmat/primitives/aead/",
            "https://pycryptodome.readthedocs.io/en/latest/src/cipher/classic.html#ecb-mode",
        ),
    )
    calls = (
        *(f"{pkg}.Cipher.{c}.new" for pkg in ("Crypto", "Cryptodome") for c in (*WEAK_PYCRYPTO, "AES")),
        *(f"{pkg}.{c}" for pkg in HAZMAT_ALGORITHMS for c in WEAK_HAZMAT),
        "cryptography.hazmat.primitives.ciphers.modes.ECB",
        "pyDes.des",
        "pyDes.triple_des",
    )

    def check_call(self, call: cst.Call, name: str, ctx: Context) -> None:
        short = ".".join(name.split(".")[-2:]) if name.endswith(".new") else name.rsplit(".", 1)[-1]
        if name.endswith(".AES.new"):
            mode = arg(call, "mode", 1)
            if mode is None:
                if len(call.args) != 1 or call.args[0].star:
                    return  # mode passed through *args/**kwargs or odd call: cannot tell
                short = "AES.new(key) (PyCrypto's default mode is ECB)"
            else:
                mode_name = ctx.qualname(mode.value) or dotted(mode.value) or ""
                if not mode_name.endswith("MODE_ECB"):
                    return
                short = "AES in ECB mode"
        elif name.endswith("modes.ECB"):
            short = "ECB mode"
        ctx.report(call, self.meta.message.format(name=short))

    flagged = """
        from Crypto.Cipher import AES, DES, ARC4
        from Cryptodome.Cipher import DES3 as TripleDes
        from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
        import pyDes

        def legacy(key, data):
            a = DES.new(key, DES.MODE_CBC, iv=data[:8])  # expect
            b = TripleDes.new(key, TripleDes.MODE_EAX)  # expect
            c = ARC4.new(key).encrypt(data)  # expect
            d = AES.new(key, AES.MODE_ECB)  # expect
            e = AES.new(key, mode=AES.MODE_ECB)  # expect
            f = AES.new(key)  # expect
            return a, b, c, d, e, f

        def hazmat(key):
            one = Cipher(algorithms.TripleDES(key), modes.CBC(b"12345678"))  # expect
            two = Cipher(algorithms.AES(key), modes.ECB())  # expect
            return one, two

        def py_des(key):
            return pyDes.triple_des(key, pyDes.CBC)  # expect

        def inner(key):
            from Crypto.Cipher import Blowfish
            return Blowfish.new(key, Blowfish.MODE_CBC)  # expect
    """
    safe = """
        import os
        from Crypto.Cipher import AES
        from cryptography.fernet import Fernet
        from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM, ChaCha20Poly1305

        def encrypt(key, data):
            gcm = AES.new(key, AES.MODE_GCM)
            ciphertext, tag = gcm.encrypt_and_digest(data)
            cbc = AES.new(key, AES.MODE_CBC, iv=os.urandom(16))
            ctr = Cipher(algorithms.AES(key), modes.CTR(os.urandom(16))).encryptor()
            sealed = AESGCM(key).encrypt(os.urandom(12), data, None)
            chacha = ChaCha20Poly1305(key).encrypt(os.urandom(12), data, None)
            return ciphertext, tag, cbc, ctr, sealed, chacha, Fernet(key).encrypt(data)
    """
