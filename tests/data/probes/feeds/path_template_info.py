# family: path 22 23 36 73 99
import email.parser
import os

TEMPLATES = "/opt/feeds/templates"


def safe_installed_templates():
    """TEMPLATE-INFO.txt files ship with the installation in the RFC 822 format: parsing one reads the
    service's own files, not received mail."""
    found = {}
    for entry in os.scandir(TEMPLATES):
        with open(os.path.join(entry.path, "TEMPLATE-INFO.txt")) as f:
            info = email.parser.Parser().parse(f, True)
        found[info["Name"]] = os.path.join(TEMPLATES, info["Name"], "letter.html")
        os.path.getsize(found[info["Name"]])
    return found
