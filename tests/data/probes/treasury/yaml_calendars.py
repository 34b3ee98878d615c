# family: deser 502
"""Holiday calendars and payment templates in YAML: SafeLoader and what derives from it are safe."""
import yaml

from . import yaml_bases
from .yaml_bases import ImportLoader, StrictLoader, TreasuryBaseLoader


class CalendarLoader(TreasuryBaseLoader):
    """Adds !cutoff to the treasury loader."""


class LegacyCalendarLoader(yaml_bases.ImportLoader):
    """Calendars of the old system."""


LOADERS = {"strict": yaml.SafeLoader, "fast": getattr(yaml, "CSafeLoader", yaml.SafeLoader)}


def safe_calendar(text):
    return yaml.load(text, Loader=CalendarLoader)


def safe_calendar_positional(text):
    return yaml.load(text, CalendarLoader)


def safe_template(text):
    return yaml.load(text, Loader=yaml_bases.TreasuryBaseLoader)


def safe_strict(text):
    return yaml.load(text, Loader=StrictLoader)


def safe_picked(text, fast=False):
    return yaml.load(text, Loader=LOADERS["fast" if fast else "strict"])


def safe_all(text):
    return list(yaml.load_all(text, Loader=CalendarLoader))


def vuln_legacy_calendar(text):
    return yaml.load(text, Loader=LegacyCalendarLoader)  # sink


def vuln_import(text):
    return yaml.load(text, Loader=ImportLoader)  # sink


def vuln_unsafe(text):
    return yaml.unsafe_load(text)  # sink
