# family: xxe 611 776 827
import xml.sax

from lxml import etree


def vuln_parse_filing(data):
    parser = etree.XMLParser(resolve_entities=True, no_network=False)  # sink
    return etree.fromstring(data, parser)


def safe_parse_filing(data):
    parser = etree.XMLParser(resolve_entities=False, no_network=True)  # sink
    return etree.fromstring(data, parser)


def vuln_sax_filing(stream, handler):
    reader = xml.sax.make_parser()
    reader.setFeature(xml.sax.handler.feature_external_ges, True)  # sink
    reader.setContentHandler(handler)
    reader.parse(stream)


def safe_sax_filing(stream, handler):
    reader = xml.sax.make_parser()
    reader.setFeature(xml.sax.handler.feature_external_ges, False)  # sink
    reader.setContentHandler(handler)
    reader.parse(stream)
