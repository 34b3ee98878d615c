# family: saml 345 347
import json

from flask import Flask, request
from onelogin.saml2.auth import OneLogin_Saml2_Auth
from onelogin.saml2.settings import OneLogin_Saml2_Settings

app = Flask(__name__)
IDP_CERT = "MIICpublic-certificate-of-the-idp"


def _request_data() -> dict:
    return {"https": "on", "http_host": "portal.example", "script_name": request.path, "post_data": request.form.copy()}


@app.post("/saml/acs/partner")
def vuln_partner_acs() -> str:
    saml_settings = {
        "strict": False,  # sink
        "sp": {"entityId": "https://portal.example/saml/partner"},
        "idp": {"entityId": "https://idp.partner.example/", "x509cert": IDP_CERT},
    }
    auth = OneLogin_Saml2_Auth(_request_data(), saml_settings)
    auth.process_response()
    return auth.get_nameid() if auth.is_authenticated() else "denied"


@app.post("/saml/acs/partner/checked")
def safe_partner_acs() -> str:
    saml_settings = {
        "strict": True,
        "sp": {"entityId": "https://portal.example/saml/partner"},
        "idp": {"entityId": "https://idp.partner.example/", "x509cert": IDP_CERT},
        "security": {"wantAssertionsSigned": True},
    }
    auth = OneLogin_Saml2_Auth(_request_data(), saml_settings)
    auth.process_response()
    return auth.get_nameid() if auth.is_authenticated() else "denied"


def vuln_settings_from_file(path: str) -> OneLogin_Saml2_Settings:
    with open(path) as handle:
        loaded = json.load(handle)
    loaded["strict"] = False  # sink
    return OneLogin_Saml2_Settings(loaded)


def safe_settings_from_file(path: str) -> OneLogin_Saml2_Settings:
    with open(path) as handle:
        loaded = json.load(handle)
    loaded["strict"] = True
    return OneLogin_Saml2_Settings(loaded)
