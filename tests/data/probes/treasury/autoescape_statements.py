# family: autoescape 79 116
"""Bank statement pages and mails rendered with Jinja environments configured from constants."""
import jinja2

AUTOESCAPE_HTML = True
TEMPLATE_SETTINGS = {"html": {"autoescape": True}, "mail": {"autoescape": False}}


def safe_statement_env():
    return jinja2.Environment(loader=jinja2.FileSystemLoader("templates"), autoescape=AUTOESCAPE_HTML)


def safe_statement_settings():
    options = TEMPLATE_SETTINGS["html"]
    return jinja2.Environment(loader=jinja2.FileSystemLoader("templates"), autoescape=options["autoescape"])


class SafeStatementRenderer:
    AUTOESCAPE = True

    def safe_env(self):
        return jinja2.Environment(loader=jinja2.FileSystemLoader("templates"), autoescape=self.AUTOESCAPE)


class VulnLegacyRenderer:
    AUTOESCAPE = False

    def vuln_env(self):
        return jinja2.Environment(loader=jinja2.FileSystemLoader("templates"), autoescape=self.AUTOESCAPE)  # sink


RAW_HTML = False


def vuln_statement_env():
    return jinja2.Environment(loader=jinja2.FileSystemLoader("templates"), autoescape=RAW_HTML)  # sink
