# family: deser 502
import yaml
from ruamel.yaml import YAML

try:
    from yaml import CSafeLoader as FastSafeLoader
except ImportError:
    from yaml import SafeLoader as FastSafeLoader

try:
    from yaml import CLoader as FastLoader
except ImportError:
    from yaml import Loader as FastLoader


def safe_fee_schedule(path: str):
    with open(path, encoding="utf-8") as handle:
        return yaml.load(handle, Loader=FastSafeLoader)


def vuln_fee_schedule(path: str):
    with open(path, encoding="utf-8") as handle:
        return yaml.load(handle, Loader=FastLoader)  # sink


def safe_raw_strings(text: str):
    return yaml.load(text, Loader=yaml.BaseLoader)


def safe_positional_loader(text: str):
    return yaml.load(text, yaml.SafeLoader)


def vuln_positional_loader(text: str):
    return yaml.load(text, yaml.UnsafeLoader)  # sink


def safe_ruamel_roundtrip(path: str):
    with open(path, encoding="utf-8") as handle:
        return YAML().load(handle)


def safe_ruamel_safe(text: str):
    return YAML(typ="safe", pure=True).load(text)


def vuln_ruamel_unsafe(text: str):
    return YAML(typ="unsafe").load(text)  # sink


def safe_all_documents(path: str):
    with open(path, encoding="utf-8") as handle:
        return list(yaml.load_all(handle, Loader=yaml.CSafeLoader))


def vuln_all_documents(path: str):
    with open(path, encoding="utf-8") as handle:
        return list(yaml.load_all(handle, Loader=yaml.Loader))  # sink
