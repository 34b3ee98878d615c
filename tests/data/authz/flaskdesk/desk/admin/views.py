from flask import jsonify
from flask.views import MethodView

from desk.admin import admin_bp
from desk.deals.store import deal_rows


@admin_bp.get("/users")
def users():  # quiet
    return jsonify(deal_rows(None)["parties"])


class DealAudit(MethodView):  # quiet
    def get(self, deal_id):
        return jsonify(deal_rows(deal_id))


admin_bp.add_url_rule("/audit/<int:deal_id>", view_func=DealAudit.as_view("audit"))
