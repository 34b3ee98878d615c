"""XML parsed with entity-expanding parsers instead of defusedxml, or with a parser configured to resolve entities."""

from typing import Any

import libcst as cst
from guidelint.cst import Context, Rule, RuleMeta, arg, bound_value, constant_value, dotted, fixed_values, is_constant

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
}
STDLIB_PARSERS = (
    *(f"{m}.XMLParser" for m in ETREE),
    *(f"{m}.XMLPullParser" for m in ETREE),
)
LXML_PARSE = {
    f"lxml.{m}.{f}": (0, 1) for m in ("etree", "objectify") for f in ("parse", "fromstring", "XML", "fromstringlist")
}
# lxml parsers (and iterparse, which takes the same settings): judged by resolve_entities and no_network
LXML_PARSERS = (
    "lxml.etree.XMLParser",
    "lxml.etree.ETCompatXMLParser",
    "lxml.etree.XMLPullParser",
    "lxml.etree.iterparse",
)
# The SAX parsers (xml.sax.make_parser, parse, parseString) leave external entities unresolved unless a
# feature switches them on: parser.setFeature(feature_external_ges, True).
SAX_ENTITY_FEATURES = {
    "feature_external_ges": "http://xml.org/sax/features/external-general-entities",
    "feature_external_pes": "http://xml.org/sax/features/external-parameter-entities",
}


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
            "information out of the separated network. The SAX parsers (xml.sax.make_parser, parse, "
            "parseString) stream the document and leave external entities unresolved unless the code switches "
            "feature_external_ges or feature_external_pes on; that switch is what is reported for them, and an "
            "lxml parser is judged by its resolve_entities and no_network settings."
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
    nodes = (cst.Call,)
    needles = ("xml", "XML")

    def check_call(self, call: cst.Call, name: str, ctx: Context) -> None:
        if name in STDLIB_PARSERS:
            ctx.report(call, self.meta.message.format(name=name))
            return
        if name in LXML_PARSERS:
            if _hardened(call, ctx):
                return
            source = arg(call, "source", 0) if name.endswith("iterparse") else None
            if source is not None and (is_constant(source.value) or ctx.facts(source.value).fixed):
                return  # iterparse of a document shipped with the service
            ctx.report(call, self.meta.message.format(name=name))
            return
        data_pos, parser_pos = STDLIB_PARSE.get(name) or LXML_PARSE[name]
        data = arg(call, "source", data_pos) or arg(call, "text", data_pos) or arg(call, "string", data_pos)
        if data is None:
            data = arg(call, "file", data_pos) or arg(call, "stream_or_string", data_pos)
        if data is None or is_constant(data.value) or ctx.facts(data.value).fixed:
            return  # a document shipped with the service (a constant, or one of a few)
        parser = arg(call, "parser", parser_pos)
        if parser is not None:
            # the parser's construction is judged where it is built; data from outside parsed here with a
            # parser built to resolve entities (PARSER = XMLParser(resolve_entities=True)) is reported here too
            built = _lxml_parser(parser.value, ctx)
            if built is not None and not _hardened(built, ctx) and ctx.facts(data.value).untrusted("xml"):
                what = dotted(parser.value) or "parser"
                ctx.report(call, f"{name}() parses data from outside with {what}, a parser that resolves entities")
            return
        ctx.report(call, self.meta.message.format(name=name))

    def check_node(self, node: cst.CSTNode, ctx: Context) -> None:
        """parser.setFeature(feature_external_ges, True): a SAX parser told to fetch external entities."""
        if not isinstance(node, cst.Call) or not isinstance(node.func, cst.Attribute):
            return
        if node.func.attr.value != "setFeature" or len(node.args) < 2:
            return
        feature, state = node.args[0].value, node.args[1].value
        name = ctx.qualname(feature) or dotted(feature) or ""  # the feature's name says it, imported or not
        uri = constant_value(feature) if is_constant(feature) else None
        if name.rpartition(".")[2] not in SAX_ENTITY_FEATURES and uri not in SAX_ENTITY_FEATURES.values():
            return
        if is_constant(state) and not constant_value(state):
            return
        what = name.rpartition(".")[2] or uri
        ctx.report(node, f"setFeature({what}, ...) makes the SAX parser resolve external entities; leave it off")

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
            return root, tree, document, legacy

        def import_feed(request, handler):
            from xml.sax.handler import feature_external_ges

            reader = xml.sax.make_parser()
            reader.setFeature(feature_external_ges, True)  # expect
            reader.setContentHandler(handler)
            reader.parse(request.files["feed"])
            other = xml.sax.make_parser()
            other.setFeature("http://xml.org/sax/features/external-parameter-entities", 1)  # expect

        def import_lxml(data):
            tree = etree.fromstring(data)  # expect
            parser = etree.XMLParser(resolve_entities=True)  # expect
            networked = etree.XMLParser(resolve_entities=False, no_network=False)  # expect
            events = etree.iterparse(data)  # expect
            return tree, etree.fromstring(data, parser), networked, events

        def streaming(source):
            import xml.etree.cElementTree as CET
            for event, element in CET.iterparse(source):  # expect
                yield element

        ENTITY_PARSER = etree.XMLParser(load_dtd=True, resolve_entities=True)  # expect

        def import_terms():
            # request data parsed with the module's parser that resolves entities: reported here too
            from flask import request as flask_request

            return etree.fromstring(flask_request.data, ENTITY_PARSER)  # expect

        LEGACY_OPTIONS = {"resolve_entities": True}
        PARTLY = {"no_network": True}

        def import_legacy(data):
            first = etree.fromstring(data, etree.XMLParser(**LEGACY_OPTIONS))  # expect
            return first, etree.fromstring(data, etree.XMLParser(**PARTLY))  # expect
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

        def import_feed(request, handler):
            import xml.sax
            from xml.sax import handler as sax_handler

            xml.sax.parseString(request.body, handler)
            reader = xml.sax.make_parser()
            reader.setFeature(sax_handler.feature_external_ges, False)
            reader.setFeature(sax_handler.feature_namespaces, True)
            reader.setContentHandler(handler)
            reader.parse(request.files["feed"])
            for event, element in etree.iterparse(request.files["feed"], resolve_entities=False):
                yield element

        HARDENED = etree.XMLParser(resolve_entities=False, no_network=True)
        RESOLVE_ENTITIES = False
        PARSER_OPTIONS = {"resolve_entities": False, "no_network": True}

        def import_statement(data):
            first = etree.fromstring(data, etree.XMLParser(resolve_entities=RESOLVE_ENTITIES))
            return first, etree.fromstring(data, etree.XMLParser(**PARSER_OPTIONS))

        def import_terms():
            from flask import request as flask_request

            return etree.fromstring(flask_request.data, HARDENED)
    """


def _hardened(parser: cst.Call, ctx: Context) -> bool:
    """An lxml parser built with resolve_entities=False that keeps no_network on: written in the call, or
    constants of the code (resolve_entities=RESOLVE_ENTITIES, **PARSER_OPTIONS)."""
    resolve = _setting(parser, "resolve_entities", ctx)
    network = _setting(parser, "no_network", ctx)
    return resolve == frozenset({False}) and (network is None or False not in network)


def _setting(parser: cst.Call, keyword: str, ctx: Context) -> frozenset[Any] | None:
    """The values a parser setting can have, from its keyword or a constant dict passed as **options;
    None when it is not given (an unknown value counts as every value: {True, False})."""
    for a in parser.args:
        if a.keyword is not None and a.keyword.value == keyword:
            return fixed_values(a.value, ctx) or frozenset({True, False})
    found: set[Any] = set()
    for a in parser.args:
        if a.star == "**":
            tables = fixed_values(a.value, ctx)
            if tables is None or not all(isinstance(t, frozenset) for t in tables):
                return frozenset({True, False})  # **options the code does not fix: anything
            for table in tables:
                given = [v for k, v in table if k == keyword]
                found |= set(given) if given else {"default"}  # a table without it leaves the default
    return None if not found or found == {"default"} else frozenset(found)


def _lxml_parser(expr: cst.BaseExpression, ctx: Context) -> cst.Call | None:
    """The lxml parser construction a parser argument names: `XMLParser(...)` itself, or the one value a
    name is bound to (in the function, or the module's `PARSER = etree.XMLParser(...)`)."""
    value = bound_value(ctx, expr.value) if isinstance(expr, cst.Name) else expr
    if isinstance(value, cst.Call) and ctx.qualname(value.func) in LXML_PARSERS[:3]:
        return value
    return None
