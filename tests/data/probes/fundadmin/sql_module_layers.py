# family: sql 89
from flask import Flask, request

from . import common
from .common import DB, Req, clean_fund_code, safe_share_class
from .common.checks import trimmed_fund_code
from .common.decorators import audited, timed
from .services import nav
from .services.nav import split_request

app = Flask(__name__)


@app.get("/w/arg")
def vuln_wrapper_arg():
    fund = Req(request).arg("fund")
    return DB.query(f"SELECT * FROM nav_daily WHERE fund = '{fund}'")  # sink


@app.get("/w/fixed")
def safe_wrapper_fixed():
    fund = Req(request).fixed("fund")
    return DB.query(f"SELECT * FROM nav_daily WHERE fund = '{fund}'")  # sink


@app.get("/w/pair")
def vuln_wrapper_pair():
    fund, ccy = Req(request).pair("fund")
    return DB.query(f"SELECT * FROM nav_daily WHERE fund = '{fund}' AND ccy = '{ccy}'")  # sink


@app.get("/w/pair/safe")
def safe_wrapper_pair():
    fund, ccy = Req(request).pair("fund")
    return DB.query(f"SELECT * FROM nav_daily WHERE fund = ? AND ccy = '{ccy}'", (fund,))  # sink


@app.get("/w/static")
def vuln_static_header():
    desk = Req.header(request, "X-Desk")
    return DB.query(f"SELECT * FROM nav_daily WHERE desk = '{desk}'")  # sink


@app.get("/w/classmethod")
def safe_classmethod_constant():
    fund = Req.default_fund()
    return DB.query(f"SELECT * FROM nav_daily WHERE fund = '{fund}'")  # sink


@app.get("/w/sanitizer")
def vuln_trimmed():
    fund = trimmed_fund_code(request.args.get("fund", ""))
    return DB.query(f"SELECT * FROM nav_daily WHERE fund = '{fund}'")  # sink


@app.get("/w/sanitizer/safe")
def safe_cleaned():
    fund = clean_fund_code(request.args.get("fund", ""))
    return DB.query(f"SELECT * FROM nav_daily WHERE fund = '{fund}'")  # sink


@app.get("/w/module-attr")
def vuln_module_attribute():
    share = common.Req(request).arg("class")
    return DB.query(f"SELECT * FROM nav_daily WHERE share_class = '{share}'")  # sink


@app.get("/w/module-attr/safe")
def safe_module_attribute():
    share = common.safe_share_class(request.args.get("class", "R"))
    return DB.query(f"SELECT * FROM nav_daily WHERE share_class = '{share}'")  # sink


@app.get("/w/allow")
def safe_reexported_allow_list():
    share = safe_share_class(request.args.get("class", "R"))
    return DB.query(f"SELECT * FROM nav_daily WHERE share_class = '{share}'")  # sink


@app.get("/w/service")
def vuln_service_two_down():
    return nav.holdings(request.args.get("fund", ""))  # sink


@app.get("/w/service/safe")
def safe_service_two_down():
    return nav.holdings_safe(request.args.get("fund", ""))  # sink


@app.get("/w/default")
def vuln_default_argument():
    return nav.report(request.args.get("fund", ""))  # sink


@app.get("/w/default/safe")
def safe_default_argument():
    return nav.report_bound(request.args.get("fund", ""))  # sink


@app.get("/w/default-view")
def vuln_default_overridden():
    return nav.report_bound("LU0001", view=request.args.get("view", "nav_daily"))  # sink


@app.get("/w/tuple")
def vuln_tuple_first():
    fund, view = split_request(request.args)
    return DB.query(f"SELECT * FROM {view} WHERE fund = '{fund}'")  # sink


@app.get("/w/tuple/safe")
def safe_tuple_second():
    fund, view = split_request(request.args)
    return DB.query(f"SELECT * FROM {view} WHERE fund = ?", (fund,))  # sink


@timed
def _by_fund(fund, view="nav_daily"):
    return DB.query(f"SELECT * FROM {view} WHERE fund = '{fund}'")  # sink


@audited
def _by_fund_bound(fund, view="nav_daily"):
    return DB.query(f"SELECT * FROM {view} WHERE fund = ?", (fund,))  # sink


@app.get("/w/decorated")
def vuln_decorated():
    return _by_fund(request.args.get("fund", ""))  # sink


@app.get("/w/decorated/safe")
def safe_decorated():
    return _by_fund_bound(request.args.get("fund", ""))  # sink


@app.get("/w/decorated-kw")
def vuln_decorated_kwargs():
    return _by_fund_bound("LU0001", view=request.args.get("view", "nav_daily"))  # sink


@app.get("/w/decorated-kw/safe")
def safe_decorated_kwargs():
    return _by_fund(fund="LU0001", view="nav_weekly")  # sink
