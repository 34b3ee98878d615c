"""The service's shared helpers, re-exported for the handlers."""
from .checks import clean_fund_code, require_fund_code, safe_share_class
from .request import Req
from .store import DB, open_db

__all__ = ["DB", "Req", "clean_fund_code", "open_db", "require_fund_code", "safe_share_class"]
