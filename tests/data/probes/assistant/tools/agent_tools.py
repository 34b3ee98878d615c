# family: code 94 95
"""LangChain tools the research agent may call: the model chooses every argument."""

import ast
import operator

from langchain_core.tools import tool

OPERATORS = {ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul, ast.Div: operator.truediv}


def _evaluate(node):
    if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)):
        return node.value
    if isinstance(node, ast.BinOp) and type(node.op) in OPERATORS:
        return OPERATORS[type(node.op)](_evaluate(node.left), _evaluate(node.right))
    raise ValueError("unsupported expression")


@tool
def vuln_calculator(expression: str) -> str:
    """Evaluate an arithmetic expression."""
    return str(eval(expression))  # sink


@tool
def safe_calculator(expression: str) -> str:
    """Evaluate an arithmetic expression."""
    return str(_evaluate(ast.parse(expression, mode="eval").body))


@tool("python_repl")
def vuln_python(code: str) -> str:
    """Run Python code for the analyst."""
    scope: dict = {}
    exec(code, scope)  # sink
    return str(scope.get("result"))


@tool("python_repl")
def safe_python(code: str) -> str:
    """Read a Python literal for the analyst."""
    return repr(ast.literal_eval(code))
