"""Round 39's causes (tests/data/probes/signon): a client portal's sign-in, single sign-on and account-recovery
service, each flagged shape beside the safe one it differs from."""

from __future__ import annotations

from tests.taintfindings import findings


def test_saml_redirect_to_returns_the_url_given() -> None:
    """python3-saml's auth.redirect_to(url): the URL given (a relative one made absolute with the request's own
    host), not the request data the auth object was built from; so a RelayState checked against an allow-list
    is quiet, one taken as sent is an open redirect, and a call without a URL is the request's own URL."""
    code = """
        from flask import Flask, redirect, request
        from onelogin.saml2.auth import OneLogin_Saml2_Auth

        app = Flask(__name__)
        TARGETS = frozenset({"/", "/reports"})

        @app.post("/acs")
        def acs():
            auth = OneLogin_Saml2_Auth({"post_data": request.form.copy()}, custom_base_path="saml")
            auth.process_response()
            relay_state = request.form.get("RelayState", "/")
            if relay_state not in TARGETS:
                relay_state = "/"
            return redirect(auth.redirect_to(relay_state))

        @app.post("/acs/open")
        def acs_open():
            auth = OneLogin_Saml2_Auth({"post_data": request.form.copy()}, custom_base_path="saml")
            auth.process_response()
            return redirect(auth.redirect_to(request.form["RelayState"]))

        @app.post("/acs/self")
        def acs_self():
            auth = OneLogin_Saml2_Auth({"post_data": request.form.copy()}, custom_base_path="saml")
            return redirect(auth.redirect_to())
    """
    assert findings(code) == [("INP406", 20), ("INP406", 25)]
