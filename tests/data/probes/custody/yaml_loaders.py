# family: deser 502
import yaml

from .loaders import InstructionLoader


class SettlementCalendarLoader(yaml.SafeLoader):
    """Reads the settlement calendars with a !date tag of our own."""


SettlementCalendarLoader.add_constructor("!holiday", lambda loader, node: loader.construct_scalar(node))

FastLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class LegacyMappingLoader(yaml.Loader):
    """Reads the mapping files of the old back office."""


def safe_calendar(path):
    with open(path, encoding="utf-8") as handle:
        return yaml.load(handle, Loader=SettlementCalendarLoader)


def safe_instructions(text):
    return yaml.load(text, Loader=InstructionLoader)


def safe_bulk_positions(path):
    with open(path, "rb") as handle:
        return yaml.load(handle, Loader=FastLoader)


def safe_c_loader(text):
    return yaml.load(text, Loader=yaml.CSafeLoader)


def vuln_legacy_mapping(path):
    with open(path, encoding="utf-8") as handle:
        return yaml.load(handle, Loader=LegacyMappingLoader)  # sink


def vuln_uploaded_mapping(upload):
    return yaml.load(upload.read(), Loader=yaml.Loader)  # sink
