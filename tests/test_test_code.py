"""Test code is not production code: findings there follow each rule's `tests` setting."""

from __future__ import annotations

UNSAFE = """
import yaml

def load(request):
    return yaml.load(request.data)
"""
DOM_WRITE = "export function show(el) {\n  el.innerHTML = location.hash.slice(1);\n}\n"
FIXTURE_KEYS = """
AWS_ACCESS_KEY_ID=AKIAQ3EGRT7LMZ5WXBNP
"""


def _findings(run) -> list[tuple[str, str, bool, bool]]:
    return sorted((f["rule"], f["path"], f["blocking"], f["test_code"]) for f in run.json()["findings"])


def test_findings_in_test_code_are_reported_without_blocking_but_real_keys_still_block(cli, project) -> None:
    root = project(
        {
            "app.py": UNSAFE,
            "tests/test_app.py": UNSAFE,
            "pkg/conftest.py": UNSAFE,
            "tests/fixtures/aws.env": FIXTURE_KEYS,
        }
    )
    run = cli("scan", ".", "-f", "json", cwd=root)
    assert run.exit_code == 1
    assert _findings(run) == [
        ("INP102", "app.py", True, False),
        ("INP102", "pkg/conftest.py", False, True),
        ("INP102", "tests/test_app.py", False, True),
        ("SEC201", "tests/fixtures/aws.env", True, True),
    ]


def test_only_test_code_findings_pass_the_gate(cli, project) -> None:
    root = project({"tests/test_app.py": UNSAFE, "app_test.py": UNSAFE})
    run = cli("scan", ".", "-f", "json", cwd=root)
    assert run.exit_code == 0
    assert [f[2] for f in _findings(run)] == [False, False]


def test_django_app_tests_and_test_folders_are_test_code_but_names_that_only_contain_test_are_not(cli, project) -> None:
    root = project(
        {
            "shop/tests.py": UNSAFE,
            "test/helpers.py": UNSAFE,
            "shop/testimonials.py": UNSAFE,
            "lib/testing/fixtures_db.py": UNSAFE,  # a harness package shipped for plugins' test suites
            "shop/testutils/settings.py": UNSAFE,  # the test suite's settings and helpers
            "shop_test/containers.py": UNSAFE,  # the project's test runner, a package of its own
            "shop/testing_tools.py": UNSAFE,
            "tests_async/transport.py": UNSAFE,  # suites kept apart from tests/
            "integration_tests/orders.py": UNSAFE,
            "web/static/render.spec.js": DOM_WRITE,  # JavaScript's test files
            "web/__tests__/render.js": DOM_WRITE,
            "web/static/render.js": DOM_WRITE,
        }
    )
    run = cli("scan", ".", "-f", "json", cwd=root)
    assert _findings(run) == [
        ("INP102", "integration_tests/orders.py", False, True),
        ("INP102", "lib/testing/fixtures_db.py", False, True),
        ("INP102", "shop/testimonials.py", True, False),
        ("INP102", "shop/testing_tools.py", True, False),
        ("INP102", "shop/tests.py", False, True),
        ("INP102", "shop/testutils/settings.py", False, True),
        ("INP102", "shop_test/containers.py", False, True),
        ("INP102", "test/helpers.py", False, True),
        ("INP102", "tests_async/transport.py", False, True),
        ("OUT201", "web/__tests__/render.js", False, True),
        ("OUT201", "web/static/render.js", True, False),
        ("OUT201", "web/static/render.spec.js", False, True),
    ]


def test_a_project_without_test_paths_blocks_everywhere(cli, project) -> None:
    root = project({"tests/test_app.py": UNSAFE, "guidelint.toml": "test-paths = []\n"})
    run = cli("scan", ".", "-f", "json", cwd=root)
    assert run.exit_code == 1
    assert _findings(run) == [("INP102", "tests/test_app.py", True, False)]


def test_the_projects_own_test_paths_replace_the_defaults(cli, project) -> None:
    root = project({"qa/checks.py": UNSAFE, "tests/test_app.py": UNSAFE, "guidelint.toml": 'test-paths = ["qa/"]\n'})
    run = cli("scan", ".", "-f", "json", cwd=root)
    assert _findings(run) == [("INP102", "qa/checks.py", False, True), ("INP102", "tests/test_app.py", True, False)]


def test_the_csirt_policy_decides_what_is_test_code(cli, project, tmp_path_factory) -> None:
    """File names come from the pull request: with `test-paths = []` in the policy nothing is test code, and
    a repository cannot name more test paths than the policy allows."""
    policy = tmp_path_factory.mktemp("ci") / "policy.toml"
    policy.write_text("test-paths = []\n")
    root = project({"tests/test_app.py": UNSAFE})
    run = cli("scan", ".", "-f", "json", "--policy", str(policy), cwd=root)
    assert run.exit_code == 1
    assert _findings(run) == [("INP102", "tests/test_app.py", True, False)]
    (root / "guidelint.toml").write_text('test-paths = ["tests/"]\n')
    refused = cli("scan", ".", "--policy", str(policy), cwd=root)
    assert refused.exit_code == 2
    assert "test-paths: 'tests/' is not allowed by the policy" in refused.stderr
