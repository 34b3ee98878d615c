# family: code 94 95
import sys

FIELDS = ("isin", "quantity", "settlement_date", "counterparty")


def safe_make_init(fields):
    args = ", ".join(fields)
    body = "\n".join(f"    self.{name} = {name}" for name in fields)
    source = f"def __init__(self, {args}):\n{body}\n"
    namespace = {}
    exec(source, namespace)
    return namespace["__init__"]


class SafeInstructionRecord:
    __slots__ = FIELDS
    __init__ = safe_make_init(FIELDS)


def safe_python_version_check():
    return eval("sys.version_info >= (3, 10)", {"sys": sys})


def vuln_fee_formula(argv):
    formula = argv[1]
    return eval(formula, {"__builtins__": {}})  # sink


def vuln_run_adjustment(message):
    # a settlement adjustment script sent over the operations queue
    exec(message.body.decode("utf-8"))  # sink


def safe_fee_constants():
    rates = {}
    exec("BPS = 0.0001\nMIN_FEE = 25", {}, rates)
    return rates
