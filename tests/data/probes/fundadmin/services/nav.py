"""The service layer: between the handlers and the repository."""
from . import repository
from .repository import run_report


def holdings(fund):
    return repository.holdings_for(fund)


def holdings_safe(fund):
    return repository.holdings_bound(fund)


def report(fund, view="nav_daily"):
    return run_report(f"SELECT * FROM {view} WHERE fund = '{fund}'")


def report_bound(fund, view="nav_daily"):
    return run_report(f"SELECT * FROM {view} WHERE fund = ?", (fund,))


def split_request(args):
    """The client's fund and the configured view."""
    return args.get("fund", ""), "nav_daily"
