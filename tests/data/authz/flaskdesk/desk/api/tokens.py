from flask import Blueprint, jsonify
from flask.views import MethodView
from flask_jwt_extended import get_jwt_identity, jwt_required

from desk.auth import login_required
from desk.deals.store import deal_rows

api_bp = Blueprint("api", __name__, url_prefix="/api")


@api_bp.get("/deals/<int:deal_id>")
@jwt_required()
def api_deal(deal_id):  # quiet
    return jsonify(deal_rows(deal_id), owner=get_jwt_identity())


@api_bp.get("/health")
def health():  # quiet
    return jsonify(status="ok")


class Positions(MethodView):  # quiet
    decorators = [login_required]

    def get(self, account):
        return jsonify(deal_rows(account))


class Exposure(MethodView):  # expect
    def get(self, account):
        return jsonify(deal_rows(account))


def holdings(account):  # quiet
    return jsonify(deal_rows(account))


def open_book(account):  # expect
    return jsonify(deal_rows(account))


api_bp.add_url_rule("/positions/<account>", view_func=Positions.as_view("positions"))
api_bp.add_url_rule("/exposure/<account>", view_func=Exposure.as_view("exposure"))
api_bp.add_url_rule("/holdings/<account>", view_func=login_required(holdings))
api_bp.add_url_rule("/book/<account>", view_func=open_book)
