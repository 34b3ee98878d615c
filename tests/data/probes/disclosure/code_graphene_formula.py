# family: code 94 95
import graphene

RATIOS = {"free_float": "shares_public / shares_total", "payout": "dividends / earnings"}


class VulnRatioQuery(graphene.ObjectType):
    ratio = graphene.Float(formula=graphene.String(required=True), shares_public=graphene.Float(), shares_total=graphene.Float())

    def resolve_ratio(root, info, formula, shares_public=0.0, shares_total=1.0):
        return eval(formula, {"__builtins__": {}}, {"shares_public": shares_public, "shares_total": shares_total})  # sink


class SafeRatioQuery(graphene.ObjectType):
    ratio = graphene.Float(name=graphene.String(required=True), shares_public=graphene.Float(), shares_total=graphene.Float())

    def resolve_ratio(root, info, name, shares_public=0.0, shares_total=1.0):
        formula = RATIOS.get(name, "0")
        return eval(formula, {"__builtins__": {}}, {"shares_public": shares_public, "shares_total": shares_total})  # sink
