"""Regular expressions with nested quantifiers that backtrack exponentially (ReDoS)."""

import re

import libcst as cst
from guidelint.cst import Context, Rule, RuleMeta, arg, module_constant

REGEX_FUNCTIONS = tuple(
    f"{module}.{name}"
    for module in ("re", "regex")
    for name in ("compile", "match", "search", "fullmatch", "findall", "finditer", "sub", "subn", "split")
)
_ATOM = r"(?:\\.|\[(?:\\.|[^\]\\])*\]|[^()\\|\[\]])"
# a group made of one repeated atom, optionally followed by optional atoms, itself repeated:
# (a+)+, (\w+\s?)*, ([a-z]*)+, (.*)* -- the same text can be split between the repetitions in
# exponentially many ways, and a failing match tries them all
NESTED = re.compile(rf"\((?:\?:)?{_ATOM}[+*]\??(?:{_ATOM}[*?]\??)*\)(?:[+*]|\{{\d*,\d*\}})")


class RedosPattern(Rule):
    meta = RuleMeta.of(
        id="INP153",
        clause="SG-5.11",
        title="Regular expression with nested quantifiers (ReDoS)",
        severity="medium",
        confidence="medium",
        cwe=[1333],
        owasp="A05:2021-Security Misconfiguration",
        message="{name}() uses the pattern {pattern}, whose nested repetition {group} backtracks exponentially",
        rationale=(
            "A repeated group whose content can itself repeat, as in (a+)+ or (\\w+\\s?)*, can match the same "
            "text in exponentially many ways. A string that almost matches makes the engine try all of them: "
            "thirty characters hold a worker for minutes, and a few requests stop the service."
        ),
        remediation=(
            "Remove the ambiguity: repeat the atom once ((a+)+ -> a+, (\\w+\\s?)* -> [\\w\\s]*), make the "
            "repetitions exclusive with a mandatory separator ((\\w+\\s)*\\w*), or bound the input length "
            "before matching; on Python 3.11+ atomic groups (?>...) and possessive quantifiers also help."
        ),
        references=(
            "https://owasp.org/www-community/attacks/Regular_expression_Denial_of_Service_-_ReDoS",
            "https://cwe.mitre.org/data/definitions/1333.html",
        ),
    )
    calls = REGEX_FUNCTIONS
    needles = (re.compile(r"[+*?]\)[+*{]"),)

    def check_call(self, call: cst.Call, name: str, ctx: Context) -> None:
        pattern = arg(call, "pattern", 0)
        if pattern is None:
            return
        text = module_constant(ctx, pattern.value)
        if not isinstance(text, str):
            return
        found = NESTED.search(text)
        if found:
            shown = repr(text) if len(text) <= 40 else repr(text[:37] + "...")
            ctx.report(call, self.meta.message.format(name=name, pattern=shown, group=found.group(0)))

    flagged = """
        import re

        EMAIL = r"^([a-zA-Z0-9]+\\.?)+@example\\.com$"

        def valid(address):
            return re.match(EMAIL, address) is not None  # expect

        def words(text):
            return re.findall(r"(\\w+\\s?)*!", text)  # expect
    """
    safe = """
        import re

        EMAIL = r"^[a-zA-Z0-9]+(\\.[a-zA-Z0-9]+)*@example\\.com$"
        VERSION = re.compile(r"^(\\d+\\.)+\\d+$")

        def valid(address):
            return re.match(EMAIL, address) is not None

        def words(text):
            return re.findall(r"[\\w\\s]*!", text)
    """
