"""Deployed settings of the mandate service (constants of the code, not the client's)."""

DB_PATH = "/srv/mandates/mandates.db"
DOC_ROOT = "/srv/mandates/documents"
DEFAULT_DOCUMENT = "terms-2026.pdf"
REPORT_TABLE = "mandate_reports"
STATUS_URL = "https://status.internal.example/ping"
PARTNER_URLS = {
    "lseg": "https://feeds.lseg.example/research",
    "six": "https://research.six.example/notes",
}
REGIONS = {"emea": "emea", "apac": "apac", "amer": "amer"}
SORT_COLUMNS = {"opened": "opened_at", "client": "client_name", "value": "mandate_value"}
REPORT_TOOL = "/opt/mandates/bin/render-report"
DEFAULT_DESK = "equities"
FEE_FORMULAS = {"management": "value * 0.0125", "performance": "max(value - hurdle, 0) * 0.2"}
CUSTODIAN_URL = "https://api.custodian.example"
