"""What the rest of the service imports: the settings it needs, re-exported (a second hop)."""

from ..settings import DEFAULT_DESK, DOC_ROOT, PARTNER_URLS, REGIONS, REPORT_TABLE, REPORT_TOOL, SORT_COLUMNS

ALLOWED_EXPORT_KINDS = frozenset({"csv", "xlsx", "pdf"})


def sort_column(name):
    """The column a sort key names, or the default: never the key itself."""
    return SORT_COLUMNS.get(name, "opened_at")


def sort_column_lenient(name):
    """Looks like the allow-list lookup, but an unknown key falls through as itself."""
    return SORT_COLUMNS.get(name, name)


def region(name):
    return REGIONS.get(name, "emea")


__all__ = ["DEFAULT_DESK", "DOC_ROOT", "PARTNER_URLS", "REPORT_TABLE", "REPORT_TOOL", "region", "sort_column"]
