"""Flask-AppBuilder: methods exposed with @expose are routes of the app; @has_access / @has_access_api /
@protect() check the user's permission on the view (a ModelView's own CRUD pages are protected by the base)."""

from flask import jsonify
from flask_appbuilder import BaseView, ModelView, expose, has_access
from flask_appbuilder.api import BaseApi, protect
from flask_appbuilder.security.decorators import has_access_api

from desk.models import Deal, load_deals, load_totals


class DealReports(BaseView):
    route_base = "/reports"

    @expose("/deals/")
    @has_access
    def deals(self):  # quiet
        return self.render_template("deals.html", deals=load_deals())

    @expose("/totals/")
    def totals(self):  # expect
        return self.render_template("totals.html", totals=load_totals())

    @has_access  # above @expose too: expose only records the URL on the function, has_access's wrapper keeps it
    @expose("/deals/count/")
    def deal_count(self):  # quiet
        return self.render_template("count.html", count=len(load_deals()))

    @expose("/deals.json")
    @has_access_api
    def deals_json(self):  # quiet
        return jsonify(load_deals())


class DealApi(BaseApi):
    resource_name = "deal"

    @expose("/<int:pk>", methods=["GET"])
    @protect()
    def fetch(self, pk):  # quiet
        return self.response(200, result=load_deals(pk))

    @expose("/totals", methods=["GET"])
    def summary(self, **kwargs):  # expect
        return self.response(200, result=load_totals())


class DealModelView(ModelView):  # quiet
    datamodel = Deal
