"""python3-saml (OneLogin) settings with strict mode switched off."""

import re

import libcst as cst
from guidelint.cst import (
    Context,
    Rule,
    RuleMeta,
    constant_value,
    imports_module,
    module_constant,
    string_text,
)

# The two sections python3-saml requires of every settings dict: a dict holding both is its settings.
SECTIONS = frozenset({"sp", "idp"})


class SamlStrictOff(Rule):
    meta = RuleMeta.of(
        id="ACC154",
        clause="SG-1.2",
        title="SAML response checks switched off (python3-saml strict mode off)",
        severity="medium",
        confidence="high",
        cwe=[345],
        owasp="A07:2021-Identification and Authentication Failures",
        message="{what}: python3-saml then accepts a signed assertion meant for another service, sent to "
        "another address, expired or answering no request of ours",
        rationale=(
            "python3-saml checks a SAML response's signature in every mode, but only in strict mode does it "
            "check what makes the signed assertion evidence of a sign-in here and now: the audience (this "
            "service provider), the destination and recipient (this ACS address), the validity window "
            "(NotBefore/NotOnOrAfter), InResponseTo (a request we sent), and the signing and encryption the "
            "security section asks for (wantAssertionsSigned, wantMessagesSigned, wantAssertionsEncrypted "
            "are enforced only when strict is on). With strict off, an assertion the IdP signed for any other "
            "application, or an old one replayed from a log or a browser history, signs a caller in as its "
            "subject. The toolkit's documentation says strict must be True in production."
        ),
        remediation=(
            'Keep "strict": True (the default of current python3-saml versions; older ones default to False, '
            "so write it out) and never call settings.set_strict(False). A test IdP that cannot satisfy strict "
            "mode is fixed in its metadata, not by turning the checks off."
        ),
        references=(
            "https://github.com/SAML-Toolkits/python3-saml#settings",
            "https://cwe.mitre.org/data/definitions/345.html",
        ),
    )
    nodes = (cst.Dict, cst.Call, cst.Assign)
    needles = (re.compile(r"""["']strict["']\s*[:\]]|set_strict\("""),)

    def check_node(self, node: cst.CSTNode, ctx: Context) -> None:
        if isinstance(node, cst.Dict):
            keys = {string_text(e.key) for e in node.elements if isinstance(e, cst.DictElement)}
            if not keys >= SECTIONS:
                return
            for element in node.elements:
                if (
                    isinstance(element, cst.DictElement)
                    and string_text(element.key) == "strict"
                    and _false(element.value, ctx)
                ):
                    ctx.report(element, self.meta.message.format(what='the SAML settings set "strict": False'))
        elif isinstance(node, cst.Call):
            func = node.func
            if (
                isinstance(func, cst.Attribute)
                and func.attr.value == "set_strict"
                and len(node.args) == 1
                and _false(node.args[0].value, ctx)
                and imports_module(ctx, "onelogin")
            ):
                ctx.report(node, self.meta.message.format(what="set_strict(False) turns strict mode off"))
        elif isinstance(node, cst.Assign) and _false(node.value, ctx) and imports_module(ctx, "onelogin"):
            for target in node.targets:  # saml_settings["strict"] = False on a loaded settings dict
                subscript = target.target
                if (
                    isinstance(subscript, cst.Subscript)
                    and len(subscript.slice) == 1
                    and isinstance(subscript.slice[0].slice, cst.Index)
                    and string_text(subscript.slice[0].slice.value) == "strict"
                ):
                    ctx.report(node, self.meta.message.format(what='the SAML settings get "strict" = False'))

    flagged = """
        import json

        from onelogin.saml2.auth import OneLogin_Saml2_Auth
        from onelogin.saml2.settings import OneLogin_Saml2_Settings

        SAML_SETTINGS = {
            "strict": False,  # expect
            "debug": True,
            "sp": {"entityId": "https://portal.example/saml/metadata"},
            "idp": {"entityId": "https://idp.example/", "x509cert": "MIIC..."},
        }
        RELAXED = False

        def acs(request_data):
            auth = OneLogin_Saml2_Auth(request_data, SAML_SETTINGS)
            auth.process_response()
            return auth

        def from_file(path):
            with open(path) as handle:
                saml_settings = json.load(handle)
            saml_settings["strict"] = False  # expect
            return OneLogin_Saml2_Settings(saml_settings)

        def relaxed(saml_settings):
            saml_settings.set_strict(False)  # expect
            return OneLogin_Saml2_Settings({"strict": RELAXED, "sp": {}, "idp": {}})  # expect
    """
    safe = """
        from onelogin.saml2.auth import OneLogin_Saml2_Auth
        from onelogin.saml2.settings import OneLogin_Saml2_Settings

        SAML_SETTINGS = {
            "strict": True,
            "debug": False,
            "sp": {"entityId": "https://portal.example/saml/metadata"},
            "idp": {"entityId": "https://idp.example/", "x509cert": "MIIC..."},
            "security": {"wantAssertionsSigned": True, "wantMessagesSigned": False},
        }

        def acs(request_data):
            auth = OneLogin_Saml2_Auth(request_data, SAML_SETTINGS)
            auth.process_response()
            return auth

        def defaults(request_data):
            settings = OneLogin_Saml2_Settings({"sp": {}, "idp": {}, "security": {"wantMessagesSigned": False}})
            settings.set_strict(True)
            return OneLogin_Saml2_Auth(request_data, custom_base_path="saml")

        LINTER_OPTIONS = {"strict": False, "max_line": 120}
    """


def _false(expr: cst.BaseExpression, ctx: Context) -> bool:
    """False, or a module constant that is False."""
    if isinstance(expr, cst.Name) and expr.value not in ("True", "False", "None"):
        return module_constant(ctx, expr) is False
    return constant_value(expr) is False
