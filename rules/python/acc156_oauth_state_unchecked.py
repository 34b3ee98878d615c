"""An OAuth 2 callback (requests-oauthlib) that never compares the `state` the provider sends back."""

import libcst as cst
from guidelint.cst import Context, Rule, RuleMeta, Shape, arg, assignments, bound_value, has_star_args, iter_nodes

SESSIONS = frozenset({"requests_oauthlib.OAuth2Session", "requests_oauthlib.oauth2_session.OAuth2Session"})
# fetch_token(token_url, code=None, authorization_response=None, ...): the callback's URL, parsed for the code
RESPONSE_POSITION = 2
# what gives the session the state to compare: its own authorization_url() call, or the state set on it
STATE_SETTERS = frozenset({"authorization_url", "new_state"})
STATE_ATTRIBUTES = frozenset({"state", "_state"})


class OAuthStateUnchecked(Rule):
    meta = RuleMeta.of(
        id="ACC156",
        clause="SG-1.2",
        title="OAuth callback accepted without checking its state",
        severity="medium",
        confidence="high",
        cwe=[352],
        owasp="A07:2021-Identification and Authentication Failures",
        message="OAuth2Session is made without the state= this sign-in started with, so fetch_token() "
        "takes the callback's code without comparing its state: a code sent by someone else signs the user "
        "into their account (login CSRF)",
        rationale=(
            "The authorization-code flow sends a random state value with the user to the provider and expects "
            "it back on the callback; only the browser that started the sign-in knows it, so the comparison "
            "is what ties the returned code to that browser (RFC 6749 section 10.12). requests-oauthlib's "
            "OAuth2Session.fetch_token(authorization_response=...) compares the state in the callback URL "
            "with the state the session holds, and a session made on the callback without state= holds none: "
            "the check is skipped without an error. An attacker then has a victim's browser complete the "
            "attacker's own sign-in (a link or an image with the attacker's code), and what the victim "
            "uploads or types afterwards (documents, payment details) lands in the attacker's account."
        ),
        remediation=(
            "Keep the state authorization_url() returned in the user's session and make the callback's "
            "session with it: OAuth2Session(client_id, redirect_uri=..., state=session.pop('oauth_state')). "
            "Authlib's Flask and Django clients (authorize_redirect / authorize_access_token) do this "
            "themselves."
        ),
        references=(
            "https://requests-oauthlib.readthedocs.io/en/latest/examples/real_world_example.html",
            "https://www.rfc-editor.org/rfc/rfc6749#section-10.12",
            "https://cwe.mitre.org/data/definitions/352.html",
        ),
    )
    nodes = (cst.Call,)
    needles = ("requests_oauthlib",)
    shape = Shape(methods=("fetch_token",))

    def check_node(self, node: cst.CSTNode, ctx: Context) -> None:
        assert isinstance(node, cst.Call)
        func = node.func
        if not isinstance(func, cst.Attribute) or func.attr.value != "fetch_token" or has_star_args(node):
            return
        response = arg(node, "authorization_response", RESPONSE_POSITION)
        if response is None or _none(response.value):
            return
        receiver = func.value
        made = receiver
        if isinstance(receiver, cst.Name):
            if len(assignments(ctx, receiver.value)) != 1 or ctx.function is None:
                return  # a session of the module, or one bound more than once: its state is not seen here
            bound = bound_value(ctx, receiver.value)
            if bound is None or _state_given(receiver.value, ctx.function):
                return
            made = bound
        if not isinstance(made, cst.Call) or ctx.qualname(made.func) not in SESSIONS or has_star_args(made):
            return
        state = arg(made, "state")
        if state is None or _none(state.value):
            ctx.report(node)

    flagged = """
        from flask import redirect, request, session
        from requests_oauthlib import OAuth2Session
        import requests_oauthlib

        TOKEN_URL = "https://id.example/oauth/token"

        def callback():
            provider = OAuth2Session("portal", redirect_uri="https://portal.example/cb")
            token = provider.fetch_token(TOKEN_URL, authorization_response=request.url)  # expect
            session["token"] = token
            return redirect("/")

        def callback_positional(url):
            oauth = requests_oauthlib.OAuth2Session("portal", state=None)
            return oauth.fetch_token(TOKEN_URL, None, url)  # expect

        def callback_inline(url):
            return OAuth2Session("portal").fetch_token(TOKEN_URL, authorization_response=url)  # expect
    """
    safe = """
        from flask import redirect, request, session
        from requests_oauthlib import OAuth2Session

        TOKEN_URL = "https://id.example/oauth/token"
        AUTHORIZE_URL = "https://id.example/oauth/authorize"

        def login():
            provider = OAuth2Session("portal", redirect_uri="https://portal.example/cb")
            url, state = provider.authorization_url(AUTHORIZE_URL)
            session["oauth_state"] = state
            return redirect(url)

        def callback():
            provider = OAuth2Session("portal", redirect_uri="https://portal.example/cb", state=session["oauth_state"])
            session["token"] = provider.fetch_token(TOKEN_URL, authorization_response=request.url)
            return redirect("/")

        def callback_state_set(url, expected):
            provider = OAuth2Session("portal")
            provider._state = expected
            return provider.fetch_token(TOKEN_URL, authorization_response=url)

        # a device or service sign-in with no browser callback: there is no state to compare
        def service_token():
            return OAuth2Session("batch").fetch_token(TOKEN_URL, username="svc", password="from-vault")

        def configured(url, **options):
            return OAuth2Session("portal", **options).fetch_token(TOKEN_URL, authorization_response=url)
    """


def _none(expr: cst.BaseExpression) -> bool:
    return isinstance(expr, cst.Name) and expr.value == "None"


def _state_given(name: str, function: cst.FunctionDef) -> bool:
    """The function gives the session a state after making it: `s.state = x`, `s._state = x`, or the
    session's own authorization_url()/new_state() call (the state it made is the one it compares)."""
    for attribute in iter_nodes(function, cst.Attribute):
        if _on(attribute, name, STATE_SETTERS):
            return True
    for assign in iter_nodes(function, cst.Assign):
        if any(_on(t.target, name, STATE_ATTRIBUTES) for t in assign.targets):
            return True
    return False


def _on(expr: cst.BaseExpression, name: str, attributes: frozenset[str]) -> bool:
    """`name.attr`, of one of these attributes."""
    return (
        isinstance(expr, cst.Attribute)
        and isinstance(expr.value, cst.Name)
        and expr.value.value == name
        and expr.attr.value in attributes
    )
