"""Sanic-JWT: @protected() refuses a request without a valid token, @scoped(...) one without the scopes;
@inject_user() only hands the handler the user (it decides nothing)."""

from sanic import Sanic
from sanic.response import json
from sanic_jwt import Initialize, inject_user, protected, scoped

from desk.models import load_deals, load_totals

app = Sanic("desk")
Initialize(app, authenticate=lambda request: None)


@app.get("/api/deals")
@protected()
async def api_deals(request):  # quiet
    return json(load_deals())


@app.get("/api/totals")
@scoped("desk")
async def api_totals(request):  # quiet
    return json(load_totals())


@app.get("/api/me")
@inject_user()
async def api_me(request, user):  # expect
    return json(load_deals())
