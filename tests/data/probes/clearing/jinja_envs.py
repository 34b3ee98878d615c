# family: autoescape 79 116
from jinja2 import Environment, FileSystemLoader, PackageLoader, select_autoescape


def safe_pages() -> Environment:
    return Environment(loader=PackageLoader("clearing"), autoescape=select_autoescape(["html", "xml"]))


def safe_default_for_strings() -> Environment:
    return Environment(loader=FileSystemLoader("templates"), autoescape=select_autoescape(default_for_string=True))


def vuln_pages() -> Environment:
    return Environment(loader=FileSystemLoader("templates/html"), autoescape=False)  # sink
