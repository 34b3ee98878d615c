"""Which routes a hook deciding only for some paths guards (guidelint.semantic.scoped, ACC103)."""

from __future__ import annotations

import ast

from guidelint.semantic.pathscope import leaves_for_others
from guidelint.semantic.scoped import addresses, covers


def _test(source: str) -> ast.expr:
    statement = ast.parse(source).body[0]
    assert isinstance(statement, ast.Expr)
    return statement.value


def test_a_path_test_names_its_addresses() -> None:
    assert addresses(_test('request.path.startswith("/admin")')) == (("prefix", "/admin"),)
    assert addresses(_test('request.path.startswith(("/a", "/b"))')) == (("prefix", "/a"), ("prefix", "/b"))
    assert addresses(_test('request.path == "/keys"')) == (("exact", "/keys"),)
    assert addresses(_test('request.path in ("/a", "/b") or request.path.startswith("/c")')) == (
        ("exact", "/a"),
        ("exact", "/b"),
        ("prefix", "/c"),
    )
    # not a test of the path itself, or not against words of the code: no addresses
    assert addresses(_test('request.endpoint == "admin.index"')) is None
    assert addresses(_test("request.path.startswith(PREFIX)")) is None
    assert addresses(_test('request.path.startswith("/a") or user.is_staff')) is None


def test_a_route_path_is_covered_by_a_prefix_or_an_equal_fixed_path() -> None:
    scope = (("prefix", "/reports/confidential"), ("exact", "/settings"))
    assert covers(scope, "/reports/confidential/<name>")
    assert covers(scope, "/settings")
    assert not covers(scope, "/reports/summary")
    assert not covers(scope, "/settings/<key>")  # an exact address guards that path only
    assert not covers((("exact", "/items/<id>"),), "/items/<id>")  # a variable path equals no fixed address
    assert not covers((("prefix", "/admin"),), "<path:rest>")


def test_an_early_return_for_other_addresses_scopes_what_follows() -> None:
    leaving = ast.parse('if not request.path.startswith("/private"):\n    return None').body[0]
    staying = ast.parse('if not request.path.startswith("/private"):\n    log()').body[0]
    exempting = ast.parse("if request.endpoint in PUBLIC:\n    return None").body[0]
    assert leaves_for_others(leaving)
    assert not leaves_for_others(staying)
    assert not leaves_for_others(exempting)
