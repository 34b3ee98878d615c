# family: xxe 611 776 827
"""camt.053 bank statements: the parser's settings are constants of the code."""
from lxml import etree

RESOLVE_ENTITIES = False
PARSER_OPTIONS = {"resolve_entities": False, "no_network": True}
LEGACY_OPTIONS = {"resolve_entities": True}


def safe_parse_statement(data):
    parser = etree.XMLParser(resolve_entities=RESOLVE_ENTITIES, no_network=True)
    return etree.fromstring(data, parser)


def safe_parse_configured(data):
    parser = etree.XMLParser(**PARSER_OPTIONS)
    return etree.fromstring(data, parser)


def vuln_parse_legacy(data):
    parser = etree.XMLParser(**LEGACY_OPTIONS)  # sink
    return etree.fromstring(data, parser)


class VulnStatementParser:
    RESOLVE = True

    def vuln_parse(self, data):
        parser = etree.XMLParser(resolve_entities=self.RESOLVE)  # sink
        return etree.fromstring(data, parser)
