# family: regex 1333 400
import re

VULN_CODE = re.compile(r"^([A-Z0-9]+-?)*$")  # sink
SAFE_CODE = re.compile(r"^[A-Z0-9]+(?:-[A-Z0-9]+)*$")


def vuln_valid_isin_list(text):
    return re.match(r"^(\s*[A-Z]{2}[A-Z0-9]{9}[0-9]\s*,?)+$", text) is not None  # sink


def safe_valid_isin_list(text):
    return all(re.fullmatch(r"[A-Z]{2}[A-Z0-9]{9}[0-9]", part.strip()) for part in text.split(","))  # sink


def safe_project_code(text):
    return SAFE_CODE.match(text) is not None
