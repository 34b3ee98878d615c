"""A membership test against a function's parameter (`if name not in allowed: abort(400)`) is an allow-list only
where the caller passes a list no outsider wrote: a helper given the request's own list checks nothing."""

from __future__ import annotations

from tests import taintfindings

FLASK = """import subprocess
from flask import Flask, abort, request
app = Flask(__name__)
REGIONS = ("north", "south")

def ensure_in(name, allowed):
    if name not in allowed:
        abort(400)
    return name

def region_of(name, allowed):
    return ensure_in(name, allowed)
"""


def test_a_list_the_request_also_sent_allows_anything() -> None:
    code = """
        @app.route("/a")
        def listing():
            region = ensure_in(request.args["region"], request.args.getlist("allowed"))
            subprocess.run("ls /srv/" + region, shell=True)
        """
    assert taintfindings.findings(code, FLASK) == [("INP401", 5)]


def test_a_constant_list_passed_to_the_helper_is_an_allow_list() -> None:
    code = """
        @app.route("/a")
        def listing():
            region = ensure_in(request.args["region"], REGIONS)
            subprocess.run("ls /srv/" + region, shell=True)
        """
    assert taintfindings.findings(code, FLASK) == []


def test_the_condition_follows_the_list_through_a_second_helper() -> None:
    code = """
        @app.route("/a")
        def listing():
            region = region_of(request.args["region"], request.args.getlist("allowed"))
            subprocess.run("ls /srv/" + region, shell=True)

        @app.route("/b")
        def fixed():
            region = region_of(request.args["region"], REGIONS)
            subprocess.run("ls /srv/" + region, shell=True)
        """
    assert taintfindings.findings(code, FLASK) == [("INP401", 5)]


FASTAPI = """import subprocess
from fastapi import Depends, FastAPI, HTTPException, Query
app = FastAPI()
TENANTS = ("north", "south")
"""


def test_a_fastapi_dependency_checking_one_parameter_against_another_checks_nothing() -> None:
    code = """
        def tenant_of(name: str = Query(...), allowed: str = Query(...)) -> str:
            if name not in allowed:
                raise HTTPException(400)
            return name

        def known_tenant(name: str = Query(...)) -> str:
            if name not in TENANTS:
                raise HTTPException(400)
            return name

        @app.get("/a")
        def a(tenant: str = Depends(tenant_of)) -> None:
            subprocess.run("ls /srv/" + tenant, shell=True)

        @app.get("/b")
        def b(tenant: str = Depends(known_tenant)) -> None:
            subprocess.run("ls /srv/" + tenant, shell=True)
        """
    assert taintfindings.findings(code, FASTAPI) == [("INP401", 14)]


def test_a_list_a_dependency_supplies_is_the_servers_own() -> None:
    code = """
        class Settings:
            tenants = ("north", "south")

        def get_settings() -> Settings:
            return Settings()

        def configured_tenant(name: str = Query(...), conf: Settings = Depends(get_settings)) -> str:
            if name not in conf.tenants:
                raise HTTPException(403)
            return name

        @app.get("/c")
        def c(tenant: str = Depends(configured_tenant)) -> None:
            subprocess.run("ls /srv/" + tenant, shell=True)
        """
    assert taintfindings.findings(code, FASTAPI) == []


def test_a_list_a_dependency_takes_from_the_query_is_the_requests() -> None:
    code = """
        def allowed_tenants(allowed: str = Query(...)) -> str:
            return allowed

        def listed_tenant(name: str = Query(...), allowed: str = Depends(allowed_tenants)) -> str:
            if name not in allowed:
                raise HTTPException(403)
            return name

        @app.get("/d")
        def d(tenant: str = Depends(listed_tenant)) -> None:
            subprocess.run("ls /srv/" + tenant, shell=True)
        """
    assert taintfindings.findings(code, FASTAPI) == [("INP401", 12)]
