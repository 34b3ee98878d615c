"""RSA and DSA keys under 2048 bits and elliptic curves under 224 bits."""

import libcst as cst
from guidelint.cst import Context, Rule, RuleMeta, arg, constant_value, dotted, has_star_args

MIN_BITS = 2048
ASYMMETRIC = "cryptography.hazmat.primitives.asymmetric"
WEAK_CURVES = ("SECP192R1", "SECT163K1", "SECT163R2")
# callee -> (keyword, position) of the key size
SIZE_ARGS = {
    f"{ASYMMETRIC}.rsa.generate_private_key": ("key_size", 1),
    f"{ASYMMETRIC}.dsa.generate_private_key": ("key_size", 0),
    f"{ASYMMETRIC}.dsa.generate_parameters": ("key_size", 0),
    f"{ASYMMETRIC}.dh.generate_parameters": ("key_size", 1),  # (generator, key_size)
    "Crypto.PublicKey.RSA.generate": ("bits", 0),
    "Crypto.PublicKey.DSA.generate": ("bits", 0),
    "Cryptodome.PublicKey.RSA.generate": ("bits", 0),
    "Cryptodome.PublicKey.DSA.generate": ("bits", 0),
    "paramiko.RSAKey.generate": ("bits", 0),
    "paramiko.rsakey.RSAKey.generate": ("bits", 0),
    "paramiko.DSSKey.generate": ("bits", 0),
    "paramiko.dsskey.DSSKey.generate": ("bits", 0),
}
DEFAULT_1024 = ("paramiko.DSSKey.generate", "paramiko.dsskey.DSSKey.generate")


class ShortKey(Rule):
    meta = RuleMeta.of(
        id="CRY104",
        clause="SG-7.3",
        title="Key too short",
        severity="high",
        confidence="high",
        cwe=[326],
        owasp="A02:2021-Cryptographic Failures",
        message="{name}() generates a key below the minimum size (RSA/DSA 2048 bits, EC 224 bits)",
        rationale=(
            "RSA and DSA keys below 2048 bits and elliptic curves below 224 bits can be broken with "
            "commodity or rented hardware, after which anything they sign or protect can be forged or "
            "read. Keys guard the channels and documents that carry clients' confidential and "
            "pre-disclosure insider information, so they must meet the company's minimum sizes."
        ),
        remediation=(
            "Generate RSA keys with key_size=3072 (at least 2048), DSA keys with at least 2048 bits, and EC "
            "keys on SECP256R1 or larger (or use Ed25519: ed25519.Ed25519PrivateKey.generate())."
        ),
        references=(
            "https://cryptography.io/en/latest/hazmat/primitives/asymmetric/rsa/#generation",
            "https://cryptography.io/en/latest/hazmat/primitives/asymmetric/ec/#elliptic-curves",
        ),
    )
    calls = (*SIZE_ARGS, f"{ASYMMETRIC}.ec.generate_private_key")
    needles = ("generate_private_key", "generate_parameters", "generate(")

    def check_call(self, call: cst.Call, name: str, ctx: Context) -> None:
        short = ".".join(name.split(".")[-2:])
        if name.endswith(".ec.generate_private_key"):
            curve = arg(call, "curve", 0)
            if curve is None:
                return
            expr = curve.value.func if isinstance(curve.value, cst.Call) else curve.value
            curve_name = (ctx.qualname(expr) or dotted(expr) or "").rsplit(".", 1)[-1]
            if curve_name in WEAK_CURVES:
                ctx.report(call, f"{short}() uses the {curve_name} curve (under 224 bits)")
            return
        keyword, position = SIZE_ARGS[name]
        size = arg(call, keyword, position)
        if size is None:
            if name in DEFAULT_1024 and not has_star_args(call):
                ctx.report(call, f"{short}() without bits makes a 1024-bit DSA key")
            return
        bits = constant_value(size.value)
        if isinstance(bits, int) and not isinstance(bits, bool) and bits < MIN_BITS:
            ctx.report(call, f"{short}() makes a {bits}-bit key; the minimum is {MIN_BITS}")

    flagged = """
        import paramiko
        from cryptography.hazmat.primitives.asymmetric import dh, dsa, ec, rsa
        from Crypto.PublicKey import RSA
        from Crypto.PublicKey import DSA as dsa_keys

        def make_keys():
            a = rsa.generate_private_key(public_exponent=65537, key_size=1024)  # expect
            b = rsa.generate_private_key(65537, 512)  # expect
            c = dsa.generate_private_key(key_size=1024)  # expect
            p = dh.generate_parameters(generator=2, key_size=1024)  # expect
            d = ec.generate_private_key(ec.SECP192R1())  # expect
            e = ec.generate_private_key(curve=ec.SECT163K1())  # expect
            return a, b, c, d, e

        def legacy():
            f = RSA.generate(1024)  # expect
            g = dsa_keys.generate(bits=1024)  # expect
            h = paramiko.RSAKey.generate(bits=1024)  # expect
            i = paramiko.DSSKey.generate()  # expect
            return f, g, h, i

        def inner():
            from cryptography.hazmat.primitives.asymmetric import rsa as r
            return r.generate_private_key(65537, key_size=1536)  # expect
    """
    safe = """
        import paramiko
        from cryptography.hazmat.primitives.asymmetric import ec, ed25519, rsa
        from Crypto.PublicKey import RSA

        def make_keys(size):
            a = rsa.generate_private_key(public_exponent=65537, key_size=3072)
            b = rsa.generate_private_key(65537, 2048)
            c = ec.generate_private_key(ec.SECP256R1())
            d = ed25519.Ed25519PrivateKey.generate()
            e = RSA.generate(4096)
            f = paramiko.RSAKey.generate(bits=size)
            g = rsa.generate_private_key(public_exponent=65537, key_size=size)
            return a, b, c, d, e, f, g
    """
