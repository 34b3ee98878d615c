# family: authz 862
from flask import Blueprint, jsonify
from flask.views import MethodView
from flask_login import login_required

from .ops_auth import require_operator

ops = Blueprint("ops", __name__, url_prefix="/ops")
ops.before_request(require_operator)

public = Blueprint("public", __name__, url_prefix="/api")


@ops.get("/instructions/<int:instruction_id>")
def safe_instruction(instruction_id):
    from .store import instructions

    return jsonify(instructions.get(instruction_id))


@public.get("/instructions/<int:instruction_id>")
def vuln_instruction(instruction_id):  # sink
    from .store import instructions

    return jsonify(instructions.get(instruction_id))


class SafeHoldingsApi(MethodView):
    decorators = [login_required]

    def get(self, account):
        from .store import holdings

        return jsonify(holdings.for_account(account))


class VulnHoldingsApi(MethodView):  # sink
    def get(self, account):
        from .store import holdings

        return jsonify(holdings.for_account(account))


public.add_url_rule("/holdings/<account>", view_func=VulnHoldingsApi.as_view("holdings_public"))
ops.add_url_rule("/holdings/<account>", view_func=SafeHoldingsApi.as_view("holdings"))
