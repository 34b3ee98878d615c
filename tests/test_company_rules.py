"""The company-specific rules (ACC103, AUD102, NET107) through the CLI, with their options configured."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from tests.conftest import Run

FLASK_APP = """
from flask import Flask
from flask_login import login_required
from company.web import check_entitlement, public

app = Flask(__name__)

@app.route("/deals/<int:deal_id>")
@login_required
def deal(deal_id):
    return load(deal_id)

@app.route("/filings")
@check_entitlement("filings")
def filings():
    return load_filings()

@app.route("/health")
@public
def health():
    return "ok"

@app.route("/pipeline")
def pipeline():
    return load_pipeline()
"""

DJANGO_VIEWS = """
from django.contrib.auth.decorators import login_required
from django.http import JsonResponse

def deal_list(request):
    return JsonResponse(list_deals(request.user, client_ip(request)))

@login_required
def deal_detail(request, pk):
    return JsonResponse(load(pk))

def format_row(row):
    return dict(row)

def client_ip(request):  # a helper the views call, not a view
    return request.META["REMOTE_ADDR"]
"""

EGRESS = """
import requests

PARTNER = "https://api.partner.example"

def push(report, path):
    requests.post(PARTNER + path, json=report, timeout=5)
    requests.post("https://collector.saas.example/v1", json=report, timeout=5)
    requests.get("http://localhost:8080/health", timeout=1)
    requests.get(f"https://ledger.acme.internal/{path}", timeout=5)
"""

INSIDER = """
from company import audit, compliance
from company.insider import insider_access

@insider_access
def read_deal(deal_id, user):
    audit.record_access(user.id, deal_id)
    return DEALS[deal_id]

@insider_access
def read_memo(memo_id, user):
    compliance.trail.write(user.id, memo_id)
    return MEMOS[memo_id]

@insider_access
def read_guidance(company):
    return GUIDANCE[company]
"""


def findings(run: Run) -> list[tuple[str, str, int]]:
    return [(f["rule"], f["path"], f["start"]["line"]) for f in run.json()["findings"]]


def scan(cli: Callable[..., Run], root: Path, rule: str) -> Run:
    return cli("scan", "--select", rule, "--no-cache", "--format", "json", cwd=root)


def test_acc103_defaults(cli, project) -> None:
    root = project({"app.py": FLASK_APP, "deals/views.py": DJANGO_VIEWS})
    run = scan(cli, root, "ACC103")
    # check_entitlement is not a default authorization decorator; format_row takes no request
    assert findings(run) == [
        ("ACC103", "app.py", 14),
        ("ACC103", "app.py", 23),
        ("ACC103", "deals/views.py", 4),
    ]
    assert run.exit_code == 1  # high severity blocks at the default fail-on


def test_acc103_authorization_option_replaces_the_defaults(cli, project) -> None:
    root = project(
        {
            "guidelint.toml": '[options.ACC103]\nauthorization = ["check_entitlement", "login_*"]\n',
            "app.py": FLASK_APP,
            "deals/views.py": DJANGO_VIEWS,
        }
    )
    run = scan(cli, root, "ACC103")
    assert findings(run) == [("ACC103", "app.py", 23), ("ACC103", "deals/views.py", 4)]
    assert run.exit_code == 1
    messages = [f["message"] for f in run.json()["findings"]]
    assert messages[0].startswith("Flask route pipeline() has no authorization check and is not marked public")
    # the message names what was accepted: the configured decorators, not the knowledge base's
    assert "(accepted: decorators check_entitlement, login_*; checks has_perm" in messages[0]


def test_acc103_public_option_and_quiet_exit(cli, project) -> None:
    app = FLASK_APP.replace('@app.route("/pipeline")\n', '@app.route("/pipeline")\n@anonymous_ok\n')
    root = project(
        {
            "guidelint.toml": (
                '[options.ACC103]\nauthorization = ["check_entitlement", "login_required"]\n'
                'public = ["public", "anonymous_ok"]\n'
            ),
            "app.py": app,
        }
    )
    run = scan(cli, root, "ACC103")
    assert findings(run) == []
    assert run.exit_code == 0


def test_acc103_is_quiet_on_the_framework_itself(cli, project) -> None:
    root = project(
        {
            # Django's own package (building blocks), known by its import name django.contrib.pages.views
            # wherever the tree sits: here under a folder that is no package
            **{f"lib/{p}/__init__.py": "" for p in ("django", "django/contrib", "django/contrib/pages")},
            "lib/django/contrib/pages/views.py": DJANGO_VIEWS,
            "sites/django/shop/views.py": DJANGO_VIEWS,  # an app that merely lives in a folder named django
        }
    )
    run = scan(cli, root, "ACC103")
    assert findings(run) == [("ACC103", "sites/django/shop/views.py", 4)]
    assert run.exit_code == 1


def test_net107_defaults(cli, project) -> None:
    root = project({"sync.py": EGRESS})
    run = scan(cli, root, "NET107")
    assert findings(run) == [("NET107", "sync.py", 6), ("NET107", "sync.py", 7)]
    assert run.exit_code == 0  # medium does not block at the default fail-on
    assert cli("scan", "--select", "NET107", "--no-cache", "--fail-on", "medium", cwd=root).exit_code == 1


def test_net107_allowed_hosts_option(cli, project) -> None:
    root = project(
        {
            # the list replaces the default one: localhost is no longer allowed
            "guidelint.toml": '[options.NET107]\nallowed_hosts = ["API.Partner.example", "*.acme.internal"]\n',
            "sync.py": EGRESS,
        }
    )
    run = scan(cli, root, "NET107")
    assert findings(run) == [("NET107", "sync.py", 7), ("NET107", "sync.py", 8)]
    message = run.json()["findings"][1]["message"]
    assert message == "requests.get() sends a request to localhost, which is not on the egress allow-list"
    assert cli("scan", "--select", "NET107", "--no-cache", "--fail-on", "medium", cwd=root).exit_code == 1


def test_net107_everything_allowed(cli, project) -> None:
    root = project(
        {
            "pyproject.toml": '[tool.guidelint.options.NET107]\nallowed_hosts = ["*"]\n',
            "sync.py": EGRESS,
        }
    )
    run = cli("scan", "--select", "NET107", "--no-cache", "--fail-on", "low", "--format", "json", cwd=root)
    assert findings(run) == []
    assert run.exit_code == 0


def test_aud102_defaults(cli, project) -> None:
    root = project({"insider.py": INSIDER})
    run = scan(cli, root, "AUD102")
    assert findings(run) == [("AUD102", "insider.py", 10), ("AUD102", "insider.py", 15)]
    assert cli("scan", "--select", "AUD102", "--no-cache", "--fail-on", "medium", cwd=root).exit_code == 1


def test_aud102_audit_calls_option(cli, project) -> None:
    root = project(
        {
            "guidelint.toml": '[options.AUD102]\naudit_calls = ["compliance.trail.*", "*.record_access"]\n',
            "insider.py": INSIDER,
        }
    )
    run = scan(cli, root, "AUD102")
    assert findings(run) == [("AUD102", "insider.py", 15)]
    assert (
        run.json()["findings"][0]["message"]
        == "read_guidance() accesses insider information but writes no audit record"
    )
    assert run.exit_code == 0
    assert cli("scan", "--select", "AUD102", "--no-cache", "--fail-on", "medium", cwd=root).exit_code == 1


def test_configured_markers_are_checked_even_without_the_default_needles(cli, project) -> None:
    code = "@deal_room_access\ndef open_room(room):\n    return room.documents\n"
    root = project({"rooms.py": code})
    assert cli("scan", "--format", "json", "--select", "AUD102", cwd=root).json()["findings"] == []
    (root / "guidelint.toml").write_text('[options.AUD102]\nmarkers = ["deal_room_access"]\n')
    run = cli("scan", "--format", "json", "--select", "AUD102", cwd=root)
    assert [(f["rule"], f["start"]["line"]) for f in run.json()["findings"]] == [("AUD102", 2)]
