"""The probes' known gaps closed in session 27, each by its cause, with our own flagged and safe pairs."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import Run, scanned

SIGN_IN = """
    from urllib.parse import urlencode, urlparse, urlsplit, urlunparse, urlunsplit

    from django.conf import settings
    from django.http import HttpResponseRedirect

    PORTAL = "https://portal.acme.example/sign-in"


    def to_sign_in(request):
        {body}
"""


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the sign-in URL's own scheme and host, the client's text in its query only
        (
            'parts = list(urlsplit(PORTAL))\n        parts[3] = request.GET["back"]\n'
            "        return HttpResponseRedirect(urlunsplit(parts))",
            [],
        ),
        (
            'parts = list(urlsplit(settings.LOGIN_URL))\n        parts[4] = request.GET["tab"]\n'
            "        return HttpResponseRedirect(urlunsplit(parts))",
            [],
        ),
        ('return HttpResponseRedirect(urlunsplit(("https", "portal.acme.example", "/in", request.GET["q"], "")))', []),
        (
            'p = urlparse(PORTAL)\n        return HttpResponseRedirect(urlunparse((p.scheme, p.netloc, p.path, "", '
            'request.GET["q"], "")))',
            [],
        ),
        # the client's text as the host, or the whole URL the client's
        (
            'parts = list(urlsplit(PORTAL))\n        parts[1] = request.GET["host"]\n'
            "        return HttpResponseRedirect(urlunsplit(parts))",
            [12],
        ),
        (
            'parts = list(urlsplit(request.GET["next"]))\n        parts[3] = ""\n'
            "        return HttpResponseRedirect(urlunsplit(parts))",
            [12],
        ),
        ('return HttpResponseRedirect(urlunsplit(("https", request.GET["host"], "/", "", "")))', [10]),
        ('return HttpResponseRedirect(urlunparse(urlparse(request.GET["next"])))', [10]),
        # the path after a host the client did not choose is still a path the client chose (no host given: the
        # path can be "//evil.example")
        ('return HttpResponseRedirect(urlunsplit(("", "", request.GET["to"], "", "")))', [10]),
        # a split URL's named tuple with its query (or fragment) given anew keeps its host; with its host given
        # anew, or split from the client's URL, it does not
        ('return HttpResponseRedirect(urlsplit(PORTAL)._replace(query=request.GET["q"]).geturl())', []),
        ('return HttpResponseRedirect(urlunparse(urlparse(PORTAL)._replace(fragment=request.GET["tab"])))', []),
        ('return HttpResponseRedirect(urlsplit(PORTAL)._replace(netloc=request.GET["host"]).geturl())', [10]),
        ('return HttpResponseRedirect(urlsplit(request.GET["next"])._replace(query="").geturl())', [10]),
    ],
)
def test_url_joined_from_parts(
    cli: Callable[..., Run], project: Callable[..., Path], body: str, expected: list[int]
) -> None:
    found = scanned(cli, project, {"app.py": SIGN_IN.replace("{body}", body)}, {"INP406"})
    assert found == [("app.py", "INP406", line) for line in expected]


HELPER = """
    from urllib.parse import urlsplit, urlunsplit

    from django.conf import settings
    from django.http import HttpResponseRedirect


    def send_to_sign_in(back, field="next"):
        parts = list(urlsplit(settings.LOGIN_URL))
        parts[3] = f"{field}={back}"
        return HttpResponseRedirect(urlunsplit(parts))


    def send_to(target):
        parts = list(urlsplit(settings.LOGIN_URL))
        parts[2] = ""
        parts[1] = target
        return HttpResponseRedirect(urlunsplit(parts))
"""

VIEW = """
    from django.contrib.auth.decorators import login_not_required

    from accounts.signin import send_to, send_to_sign_in


    @login_not_required
    def needs_login(request):
        return send_to_sign_in(request.build_absolute_uri())


    @login_not_required
    def elsewhere(request):
        return send_to(request.GET["host"])
"""


def test_sign_in_helper_of_another_module(cli: Callable[..., Run], project: Callable[..., Path]) -> None:
    # the page asked for goes into the query of the configured sign-in URL: no open redirect; a host the
    # client names is one
    files = {"accounts/__init__.py": "", "accounts/signin.py": HELPER, "accounts/views.py": VIEW}
    assert scanned(cli, project, files, {"INP406"}) == [("accounts/views.py", "INP406", 13)]


PREFERENCES = """
    import json
    import pickle

    from flask import Flask, request
    from itsdangerous import URLSafeSerializer, URLSafeTimedSerializer

    from prefs.keys import SIGNING_KEY

    app = Flask(__name__)
    {made}


    @app.get("/prefs")
    def read_prefs():
        {body}
"""


@pytest.mark.parametrize(
    ("made", "body", "expected"),
    [
        # a serializer made to pickle: loads_unsafe() unpickles a payload whatever its signature
        (
            "signer = URLSafeSerializer(SIGNING_KEY, serializer=pickle)",
            'return {"p": signer.loads_unsafe(request.cookies["p"])[1]}',
            [15],
        ),
        (
            "",
            'return {"p": URLSafeTimedSerializer(SIGNING_KEY, serializer=pickle).load_unsafe(request.files["p"])[1]}',
            [15],
        ),
        # the default serializer (JSON), or one named JSON, parses; loads() refuses a payload it did not sign
        ("signer = URLSafeSerializer(SIGNING_KEY)", 'return {"p": signer.loads_unsafe(request.cookies["p"])[1]}', []),
        (
            "signer = URLSafeSerializer(SIGNING_KEY, serializer=json)",
            'return {"p": signer.loads_unsafe(request.cookies["p"])[1]}',
            [],
        ),
        (
            "signer = URLSafeSerializer(SIGNING_KEY, serializer=pickle)",
            'return {"p": signer.loads(request.cookies["p"])}',
            [],
        ),
    ],
)
def test_unsafe_load_of_pickling_serializer(
    cli: Callable[..., Run], project: Callable[..., Path], made: str, body: str, expected: list[int]
) -> None:
    code = PREFERENCES.replace("{made}", made).replace("{body}", body)
    files = {
        "prefs/__init__.py": "",
        "prefs/keys.py": "import os\nSIGNING_KEY = os.environ['KEY']\n",
        "prefs/app.py": code,
    }
    found = scanned(cli, project, files, {"INP409"})
    assert found == [("prefs/app.py", "INP409", line) for line in expected]


RUNNER = """
    import subprocess

    from flask import Flask, request

    from jobs.config import stored_options

    app = Flask(__name__)


    @app.post("/run")
    def run():
        {body}
        return subprocess.run([opts["tool"], request.form["fund"]]).returncode
"""


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the program the code put in the dict: the client's value is one of its arguments, no script
        ('opts = {"tool": "navcalc"}', []),
        ('opts = {}\n        opts.setdefault("tool", "navcalc")', []),
        ('opts = {"fmt": "csv"}\n        opts["tool"] = "navcalc"', []),
        ('opts = {"tool": "navcalc", "fmt": request.form.get("fmt")}\n        opts["fmt"] = "csv"', []),
        # an interpreter runs the client's value; a program the code does not fix may be one
        ('opts = {"tool": "python3"}', [13]),
        ('opts = stored_options()\n        opts.setdefault("tool", "navcalc")', [14]),
        ('opts = {"tool": "navcalc"}\n        opts.update(stored_options())', [14]),
        ('opts = {"tool": "navcalc"}\n        if request.form.get("raw"):\n            opts["tool"] = "python3"', [15]),
        ('opts = {"tool": "navcalc"}\n        opts = stored_options()', [14]),
    ],
)
def test_program_kept_in_dict(
    cli: Callable[..., Run], project: Callable[..., Path], body: str, expected: list[int]
) -> None:
    files = {"jobs/__init__.py": "", "jobs/config.py": "def stored_options():\n    return {}\n"}
    files["jobs/app.py"] = RUNNER.replace("{body}", body)
    found = scanned(cli, project, files, {"INP416"})
    assert found == [("jobs/app.py", "INP416", line) for line in expected]
