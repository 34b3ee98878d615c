"""Quart-Auth: @login_required refuses an unauthenticated user."""

from quart import Quart, jsonify
from quart_auth import QuartAuth, login_required

from desk.models import load_deals

app = Quart(__name__)
QuartAuth(app)


@app.route("/deals")
@login_required
async def deals():  # quiet
    return jsonify(load_deals())


@app.route("/deals/all")
async def all_deals():  # expect
    return jsonify(load_deals())
