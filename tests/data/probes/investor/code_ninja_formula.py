# family: code 94 95
import ast

from ninja import Router

router = Router()


@router.get("/ir/ratio")
def vuln_ratio(request, formula: str):
    return {"value": eval(formula, {"__builtins__": {}})}  # sink


@router.get("/ir/ratio/safe")
def safe_ratio(request, formula: str):
    return {"value": ast.literal_eval(formula)}  # sink


@router.post("/ir/ratio/body")
def vuln_ratio_body(request):
    expression = request.POST.get("expression", "0")
    return {"value": eval(expression)}  # sink
