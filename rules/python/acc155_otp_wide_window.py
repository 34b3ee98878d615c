"""One-time codes (pyotp TOTP) accepted over a wide window of time steps."""

import libcst as cst
from guidelint.cst import Context, Rule, RuleMeta, arg, bound_value, imports_module, module_constant

# valid_window=1 accepts the codes of the previous, current and next step (3 codes, RFC 6238's one step of
# drift each way); every step more adds two codes that pass, for guesses and for codes seen earlier.
MAX_WINDOW = 1
TOTP = frozenset({"pyotp.TOTP", "pyotp.totp.TOTP"})


class OtpWideWindow(Rule):
    meta = RuleMeta.of(
        id="ACC155",
        clause="SG-1.2",
        title="One-time code accepted over a wide time window",
        severity="low",
        confidence="high",
        cwe=[1390],
        owasp="A07:2021-Identification and Authentication Failures",
        message="TOTP.verify(valid_window={window}) accepts {codes} codes at a time, each valid for about "
        "{seconds} seconds: the second factor is that much easier to guess or to replay",
        rationale=(
            "pyotp's TOTP.verify() accepts the code of the current 30-second step and, with valid_window=N, "
            "those of the N steps before and after it. RFC 6238 recommends at most one step of tolerance for "
            "clock drift and network delay (valid_window=1: three codes). A wider window multiplies the codes "
            "that pass each guess of an online attack on the second factor and keeps a code read over a "
            "shoulder, from a screen share or a phished page valid for minutes, weakening the sign-in that "
            "guards clients' confidential and insider information."
        ),
        remediation=(
            "Verify with valid_window=1 at most (pyotp's default is 0), keep the clocks synchronised (NTP), "
            "and remember the last accepted step per user so a code cannot be used twice."
        ),
        references=(
            "https://pyauth.github.io/pyotp/#pyotp.totp.TOTP.verify",
            "https://www.rfc-editor.org/rfc/rfc6238#section-5.2",
        ),
    )
    nodes = (cst.Call,)
    needles = ("valid_window",)

    def check_node(self, node: cst.CSTNode, ctx: Context) -> None:
        assert isinstance(node, cst.Call)
        func = node.func
        if not isinstance(func, cst.Attribute) or func.attr.value != "verify":
            return
        window = arg(node, "valid_window")
        if window is None and _totp(func.value, ctx):
            window = arg(node, "valid_window", 2)
        if window is None or not imports_module(ctx, "pyotp"):
            return
        value = module_constant(ctx, window.value)
        if isinstance(value, int) and not isinstance(value, bool) and value > MAX_WINDOW:
            ctx.report(
                node,
                self.meta.message.format(window=value, codes=2 * value + 1, seconds=(2 * value + 1) * 30),
            )

    flagged = """
        import pyotp

        OTP_WINDOW = 4

        def second_factor(user, code):
            return pyotp.TOTP(user.otp_secret).verify(code, valid_window=10)  # expect

        def second_factor_positional(secret, code):
            return pyotp.TOTP(secret).verify(code, None, 3)  # expect

        def enrolment(totp, code):
            return totp.verify(code, valid_window=OTP_WINDOW)  # expect
    """
    safe = """
        import pyotp

        def second_factor(user, code):
            return pyotp.TOTP(user.otp_secret).verify(code, valid_window=1)

        def exact(secret, code):
            return pyotp.TOTP(secret).verify(code)

        def configured(totp, code, window):
            return totp.verify(code, valid_window=window)

        def counter(secret, code, count):
            return pyotp.HOTP(secret).verify(code, count)
    """


def _totp(receiver: cst.BaseExpression, ctx: Context) -> bool:
    """pyotp.TOTP(...) in place, or a name bound once to it."""
    if isinstance(receiver, cst.Name):
        bound = bound_value(ctx, receiver.value)
        receiver = bound if bound is not None else receiver
    return isinstance(receiver, cst.Call) and ctx.qualname(receiver.func) in TOTP
