"""What one module's checks work out once and share: a module's summary (checked, or outlined for another
module's summaries), the models' name patterns, the trees of summarised functions. Shared only when the
answer is the same: a different text is summarised again."""

from __future__ import annotations

import fnmatch
from pathlib import Path

import pytest
from guidelint.engines.taint.syntax import _matches
from guidelint.semantic.project import Project

LEDGER = """\
import hashlib

class Ledger:
    def post(self, entry):
        return hashlib.sha256(entry).hexdigest()

def opening_balance(account):
    return account.balance
"""


def _tree(root: Path) -> Path:
    (root / "books").mkdir()
    (root / "books" / "__init__.py").write_text("", encoding="utf-8")
    (root / "books" / "ledger.py").write_text(LEDGER, encoding="utf-8")
    return root


def test_a_checked_module_outlined_before_is_not_summarised_again(tmp_path: Path) -> None:
    project = Project(_tree(tmp_path))
    outline = project.summary("books.ledger")  # for another module's summaries, read from its file
    assert outline is not None and "opening_balance" in outline.spans
    project.begin("books/ledger.py", LEDGER)  # then checked, with the text its file holds
    assert project.current() is outline


def test_a_checked_text_that_is_not_the_files_gets_its_own_summary(tmp_path: Path) -> None:
    project = Project(_tree(tmp_path))
    outline = project.summary("books.ledger")
    edited = LEDGER + "\ndef closing_balance(account):\n    return account.balance\n"  # an editor's buffer
    project.begin("books/ledger.py", edited)
    assert "closing_balance" in project.current().spans
    assert outline is not None and "closing_balance" not in outline.spans


def test_a_module_checked_first_is_outlined_from_its_summary_while_its_file_is_unchanged(tmp_path: Path) -> None:
    root = _tree(tmp_path)
    project = Project(root)
    project.begin("books/ledger.py", LEDGER)
    checked = project.current()
    project.begin("app.py", "from books.ledger import Ledger\n")
    assert project.summary("books.ledger") is checked
    changed = Project(root)
    changed.begin("books/ledger.py", LEDGER)
    checked = changed.current()
    (root / "books" / "ledger.py").write_text(LEDGER.replace("opening_balance", "first_balance"), encoding="utf-8")
    changed.begin("app.py", "from books.ledger import Ledger\n")
    outline = changed.summary("books.ledger")
    assert outline is not checked and outline is not None and "first_balance" in outline.spans


@pytest.mark.parametrize(
    "patterns",
    [(), ("django.http.*",), ("*.GET", "*.POST", "request.[a-z]*"), ("get_*", "*_param?", "os.environ")],
)
@pytest.mark.parametrize(
    "name", ["django.http.HttpRequest", "request.GET", "self.request.POST", "get_value", "page_params", "os.environ"]
)
def test_model_name_patterns_match_as_fnmatch_does(patterns: tuple[str, ...], name: str) -> None:
    expected = any(fnmatch.fnmatchcase(name, p) for p in patterns)
    assert _matches(name, patterns) is expected
    assert _matches(name, list(patterns)) is expected  # any other sequence: pattern by pattern
