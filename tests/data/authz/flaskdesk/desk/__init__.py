from flask import Flask

from desk.admin import admin_bp
from desk.api.tokens import api_bp
from desk.deals.routes import deals_bp
from desk.reports import reports_bp


def create_app() -> Flask:
    app = Flask(__name__)
    for blueprint in (admin_bp, api_bp, deals_bp, reports_bp):
        app.register_blueprint(blueprint)
    return app
