"""XML parsed with entity-expanding parsers instead of defusedxml."""

import libcst as cst
from guidelint.cst import Context, Rule, RuleMeta, arg, is_constant, keyword_is

ETREE = ("xml.etree.ElementTree", "xml.etree.cElementTree")
# function -> (position of the data argument, position of the parser argument or None)
STDLIB_PARSE = {
    **{f"{m}.parse": (0, 1) for m in ETREE},
    **{f"{m}.fromstring": (0, 1) for m in ETREE},
    **{f"{m}.fromstringlist": (0, 1) for m in ETREE},
    **{f"{m}.XML": (0, 1) for m in ETREE},
    **{f"{m}.iterparse": (0, 2) for m in ETREE},
    "xml.dom.minidom.parse": (0, 1),
    "xml.dom.minidom.parseString": (0, 1),
    "xml.dom.pulldom.parse": (0, 1),
    "xml.dom.pulldom.parseString": (0, 1),
    "xml.sax.parse": (0, None),
    "xml.sax.parseString": (0, None),
}
STDLIB_PARSERS = (
    *(f"{m}.XMLParser" for m in ETREE),
    *(f"{m}.XMLPullParser" for m in ETREE),
    "xml.sax.make_parser",
    "xml.sax.expatreader.create_parser",
)
LXML_PARSE = {
    "lxml.etree.parse": (0, 1),
    "lxml.etree.fromstring": (0, 1),
    "lxml.etree.XML": (0, 1),
    "lxml.etree.fromstringlist": (0, 1),
}
LXML_PARSERS = ("lxml.etree.XMLParser",)


class XmlEntities(Rule):
    meta = RuleMeta.of(
        id="INP107",
        clause="SG-5.6",
        title="XML parsed with entity expansion",
        severity="medium",
        confidence="medium",
        cwe=[611, 776, 827],  # external entities, entity expansion (billion laughs), DTDs the document controls
        owasp="A05:2021-Security Misconfiguration",
        message="{name}() parses XML with a parser that honours DTDs and entities; use defusedxml",
        rationale=(
            "The standard library's XML parsers and lxml's default parser process document type "
            "declarations: entity definitions expand exponentially (billion laughs) and, depending on the "
            "parser, external entities read local files or reach internal hosts. A document from a client, "
            "a partner feed or an upload can thereby exhaust the service or send confidential and insider "
            "information out of the separated network."
        ),
        remediation=(
            "Parse data from outside the service with defusedxml: defusedxml.ElementTree.fromstring(data), "
            "defusedxml.minidom.parseString(data), defusedxml.sax.parseString(data, handler). With lxml, "
            "pass a parser built as lxml.etree.XMLParser(resolve_entities=False, no_network=True)."
        ),
        references=(
            "https://docs.python.org/3/library/xml.html#xml-vulnerabilities",
            "https://github.com/tiran/defusedxml#readme",
        ),
    )
    calls = (*STDLIB_PARSE, *STDLIB_PARSERS, *LXML_PARSE, *LXML_PARSERS)

    def check_call(self, call: cst.Call, name: str, ctx: Context) -> None:
        if name in STDLIB_PARSERS:
            ctx.report(call, self.meta.message.format(name=name))
            return
        if name in LXML_PARSERS:
            if keyword_is(call, "resolve_entities", False) and not keyword_is(call, "no_network", False):
                return
            ctx.report(call, self.meta.message.format(name=name))
            return
        data_pos, parser_pos = STDLIB_PARSE.get(name) or LXML_PARSE[name]
        data = arg(call, "source", data_pos) or arg(call, "text", data_pos) or arg(call, "string", data_pos)
        if data is None:
            data = arg(call, "file", data_pos) or arg(call, "stream_or_string", data_pos)
        if data is None or is_constant(data.value) or ctx.facts(data.value).fixed:
            return  # a document shipped with the service (a constant, or one of a few)
        if arg(call, "parser", parser_pos) is not None:
            return  # the parser's construction is judged where it is built
        ctx.report(call, self.meta.message.format(name=name))

    flagged = """
        import xml.etree.ElementTree as ET
        import xml.sax
        from lxml import etree
        from xml.dom import minidom
        from xml.dom.minidom import parseString as parse_xml

        def import_orders(request):
            root = ET.fromstring(request.body)  # expect
            tree = ET.parse(request.files["orders"])  # expect
            document = minidom.parse(request.files["orders"])  # expect
            legacy = parse_xml(request.body)  # expect
            xml.sax.parseString(request.body, OrderHandler())  # expect
            return root, tree, document, legacy

        def import_lxml(data):
            tree = etree.fromstring(data)  # expect
            parser = etree.XMLParser(resolve_entities=True)  # expect
            return tree, etree.fromstring(data, parser)

        def streaming(source):
            import xml.etree.cElementTree as CET
            for event, element in CET.iterparse(source):  # expect
                yield element
    """
    safe = """
        import defusedxml.ElementTree as DET
        import xml.etree.ElementTree as ET
        from defusedxml import minidom
        from lxml import etree

        HARDENED = etree.XMLParser(resolve_entities=False, no_network=True)

        def import_orders(request):
            root = DET.fromstring(request.body)
            document = minidom.parseString(request.body)
            defaults = ET.parse("defaults.xml")
            for name in ("desks.xml", "regions.xml"):
                ET.parse(f"/etc/orders/{name}")
            tree = etree.fromstring(request.body, HARDENED)
            other = etree.parse(request.files["orders"], parser=etree.XMLParser(resolve_entities=False))
            summary = ET.tostring(root)
            return root, document, defaults, tree, other, summary, ET.Element("order")
    """
