"""The semantic model across the modules of the scanned project: a class followed into another module, and
a cached result that is recomputed when that module changes."""

from __future__ import annotations

LOADERS = """
import yaml

class ConfigLoader(yaml.SafeLoader):
    pass
"""

APP = """
import yaml
from settings.loaders import ConfigLoader

def read(request):
    return yaml.load(request.data, Loader=ConfigLoader)
"""


def _rules(run) -> list[tuple[str, str, int]]:
    return [(f["rule"], f["path"], f["start"]["line"]) for f in run.json()["findings"]]


def test_a_loader_class_defined_in_another_module_is_followed_to_its_base(cli, project) -> None:
    root = project({"settings/__init__.py": "", "settings/loaders.py": LOADERS, "app.py": APP})
    run = cli("scan", ".", "-f", "json", cwd=root)
    assert run.exit_code == 0, run.stdout
    assert _rules(run) == []


def test_a_changed_base_in_the_other_module_invalidates_the_cached_result(cli, project) -> None:
    root = project({"settings/__init__.py": "", "settings/loaders.py": LOADERS, "app.py": APP})
    assert cli("scan", ".", "-f", "json", cwd=root).exit_code == 0  # fills the cache
    (root / "settings" / "loaders.py").write_text(LOADERS.replace("SafeLoader", "UnsafeLoader"), encoding="utf-8")
    run = cli("scan", ".", "-f", "json", cwd=root)  # app.py itself did not change
    assert run.exit_code == 1
    assert _rules(run) == [("INP102", "app.py", 5)]


FALLBACK_LOADERS = """
try:
    from yaml import CSafeLoader as NativeLoader
except ImportError:
    from yaml import {fallback} as NativeLoader

class ConfigLoader(NativeLoader):
    pass
"""


def test_a_loader_class_built_on_an_import_with_a_fallback_is_as_safe_as_both(cli, project) -> None:
    # the C loader when libyaml is there, the pure-Python one otherwise: each is safe, so is the class
    files = {"settings/__init__.py": "", "app.py": APP}
    safe = project({**files, "settings/loaders.py": FALLBACK_LOADERS.format(fallback="SafeLoader")})
    assert _rules(cli("scan", ".", "-f", "json", cwd=safe)) == []
    unsafe = project({**files, "settings/loaders.py": FALLBACK_LOADERS.format(fallback="UnsafeLoader")})
    assert _rules(cli("scan", ".", "-f", "json", cwd=unsafe)) == [("INP102", "app.py", 5)]


def test_a_src_layout_package_and_a_relative_import_resolve(cli, project) -> None:
    root = project(
        {
            "src/shop/__init__.py": "",
            "src/shop/loaders.py": LOADERS,
            "src/shop/views.py": APP.replace("from settings.loaders import", "from .loaders import"),
        }
    )
    assert _rules(cli("scan", ".", "-f", "json", cwd=root)) == []


PARTS_CONSTRUCTOR = """
from yaml.constructor import {constructor}

class LedgerConstructor({constructor}):
    pass
"""

PARTS_LOADER = """
from yaml.composer import Composer
from yaml.parser import Parser
from yaml.reader import Reader
from yaml.resolver import Resolver
from yaml.scanner import Scanner

from ._constructor import LedgerConstructor

class _Parser(Reader, Scanner, Parser, Composer):
    pass

class LedgerLoader(_Parser, LedgerConstructor, Resolver):
    pass
"""


def test_a_loader_composed_of_yaml_parts_is_as_safe_as_its_constructor_and_re_exports_are_followed(
    cli, project
) -> None:
    files = {
        "ledger/__init__.py": "",
        "ledger/_yaml/__init__.py": "",
        "ledger/_yaml/_loader.py": PARTS_LOADER,
        "ledger/loaders.py": "from ledger._yaml._loader import LedgerLoader\n",  # the public name
        "app.py": APP.replace("settings.loaders import ConfigLoader", "ledger.loaders import LedgerLoader").replace(
            "Loader=ConfigLoader", "Loader=LedgerLoader"
        ),
    }
    safe = project({**files, "ledger/_yaml/_constructor.py": PARTS_CONSTRUCTOR.format(constructor="SafeConstructor")})
    assert _rules(cli("scan", ".", "-f", "json", cwd=safe)) == []
    full = project({**files, "ledger/_yaml/_constructor.py": PARTS_CONSTRUCTOR.format(constructor="FullConstructor")})
    assert _rules(cli("scan", ".", "-f", "json", cwd=full)) == [("INP102", "app.py", 5)]


def test_a_class_the_project_does_not_define_stays_reported(cli, project) -> None:
    root = project({"app.py": APP.replace("settings.loaders", "vendor.loading")})
    run = cli("scan", ".", "-f", "json", cwd=root)
    assert run.exit_code == 1
    assert _rules(run) == [("INP102", "app.py", 5)]


def test_a_symlinked_module_outside_the_project_is_not_read(cli, project, tmp_path_factory) -> None:
    outside = tmp_path_factory.mktemp("outside")
    (outside / "loaders.py").write_text(LOADERS.lstrip(), encoding="utf-8")
    root = project({"settings/__init__.py": "", "app.py": APP})
    (root / "settings" / "loaders.py").symlink_to(outside / "loaders.py")
    run = cli("scan", "app.py", "-f", "json", cwd=root)
    assert _rules(run) == [("INP102", "app.py", 5)]


FACTORY = """
from settings import loaders


def ConfigLoader(*args, **kwargs):
    \"\"\"The loader the application reads its files with (kept as a function for older callers).\"\"\"
    return loaders.ConfigLoader(*args, **kwargs)
"""


def test_a_factory_function_that_returns_a_loader_is_followed_to_the_class_it_makes(cli, project) -> None:
    files = {"settings/__init__.py": "", "settings/loaders.py": LOADERS, "settings/compat.py": FACTORY}
    app = APP.replace("from settings.loaders import", "from settings.compat import")
    root = project({**files, "app.py": app})
    assert _rules(cli("scan", ".", "-f", "json", cwd=root)) == []
    unsafe = project({**files, "settings/loaders.py": LOADERS.replace("SafeLoader", "UnsafeLoader"), "app.py": app})
    assert _rules(cli("scan", ".", "-f", "json", cwd=unsafe)) == [("INP102", "app.py", 5)]


BUILD_COMMAND = """
import os

from setuptools.command.build import build


class CompileAssets(build):
    def run(self):
        os.environ.setdefault("DJANGO_SETTINGS_MODULE", "shop.build_settings")
        from django.core import management

        management.call_command("collectstatic", interactive=False)
        build.run(self)
"""

MANAGE = """
import os
import sys

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "shop.settings")
from django.core.management import execute_from_command_line

execute_from_command_line(sys.argv)
"""


def test_the_signing_key_of_settings_only_a_build_command_selects_is_not_reported(cli, project) -> None:
    settings = 'SECRET_KEY = "build-time-secret-key"\n'
    files = {
        "shop/__init__.py": "",
        "shop/build.py": BUILD_COMMAND,
        "shop/build_settings.py": settings,
        "shop/settings.py": settings,
        "manage.py": MANAGE,
    }
    run = cli("scan", ".", "-f", "json", cwd=project(files))
    assert _rules(run) == [("SEC101", "shop/settings.py", 1)]
    files["manage.py"] = MANAGE.replace('"shop.settings"', '"shop.build_settings"')  # run with it, too
    run = cli("scan", ".", "-f", "json", cwd=project(files))
    assert sorted(_rules(run)) == [("SEC101", "shop/build_settings.py", 1), ("SEC101", "shop/settings.py", 1)]


LIBRARY_MODULE = """
from ... import sql
from ...sql import expression


def rollback(connection, xid, name):
    connection.execute(sql.text("ROLLBACK PREPARED :xid").bindparams(xid=xid))
    connection.execute(expression.ReleaseSavepointClause(name))
"""


def test_a_relative_import_inside_a_statement_package_resolves_to_it(cli, project) -> None:
    """The library's own modules import it relatively: SQLAlchemy's statement objects stay no SQL text to
    INP150 there, while the same code in another package is judged as text."""
    files = {"__init__.py": "", "dialects/__init__.py": "", "dialects/pg/__init__.py": ""}
    root = project(
        {**{f"sqlalchemy/{k}": v for k, v in files.items()}, "sqlalchemy/dialects/pg/base.py": LIBRARY_MODULE}
        | {**{f"ledger/{k}": v for k, v in files.items()}, "ledger/dialects/pg/base.py": LIBRARY_MODULE}
    )
    run = cli("scan", ".", "-f", "json", "--select", "INP150", cwd=root)
    assert _rules(run) == [("INP150", "ledger/dialects/pg/base.py", 6), ("INP150", "ledger/dialects/pg/base.py", 7)]


QUOTING = """
def quoted_name(name):
    return '"' + name.replace('"', '""') + '"'

def wrapped_name(name):
    return '"' + name + '"'
"""

ARCHIVE = """
from .sqlnames import quoted_name
from ledger.sqlnames import wrapped_name

def purge(cursor, table):
    cursor.execute("TRUNCATE " + quoted_name(table))
    cursor.execute("DROP TABLE " + wrapped_name(table))
"""


def test_identifier_quoting_imported_from_another_module_of_the_project_is_followed(cli, project) -> None:
    # quoted_name doubles the quote (one quoted identifier whatever the name); wrapped_name does not
    root = project({"ledger/__init__.py": "", "ledger/sqlnames.py": QUOTING, "ledger/archive.py": ARCHIVE})
    run = cli("scan", ".", "-f", "json", cwd=root)
    assert [(r, p, line) for r, p, line in _rules(run) if r == "INP150"] == [("INP150", "ledger/archive.py", 6)]
    # the helper stops doubling the quote: its callers are checked again, though archive.py did not change
    (root / "ledger" / "sqlnames.py").write_text(QUOTING.replace(""".replace('"', '""')""", ""), encoding="utf-8")
    run = cli("scan", ".", "-f", "json", cwd=root)
    assert [(r, p, line) for r, p, line in _rules(run) if r == "INP150"] == [
        ("INP150", "ledger/archive.py", 5),
        ("INP150", "ledger/archive.py", 6),
    ]


QUOTING_AMONG_OTHERS = """
import functools

HEADER = "x".replace("x", "y")


class Names:
    def quoted(self, name):
        return '"' + name.replace('"', '""') + '"'


def plain(name):
    return name


async def fetch(name):
    return name.replace("'", "")


@functools.lru_cache(maxsize=None)
def quoted_name(name):
    return '"' + name.replace('"', '""') + '"'
"""

ARCHIVE_AMONG_OTHERS = """
from ledger.sqlnames import Names, plain, quoted_name

def purge(cursor, table):
    cursor.execute("TRUNCATE " + quoted_name(table))
    cursor.execute("DROP TABLE " + plain(table))
    cursor.execute("VACUUM " + Names.quoted(table))
"""


def test_identifier_quoting_is_found_among_the_modules_other_statements(cli, project) -> None:
    # only the module's top-level functions are quoting helpers (a decorated one too), not a class's method; the module's other
    # statements that call replace (an assignment, a function that drops quotes) make none
    root = project(
        {
            "ledger/__init__.py": "",
            "ledger/sqlnames.py": QUOTING_AMONG_OTHERS,
            "ledger/archive.py": ARCHIVE_AMONG_OTHERS,
        }
    )
    run = cli("scan", ".", "-f", "json", cwd=root)
    assert [(r, p, line) for r, p, line in _rules(run) if r == "INP150"] == [
        ("INP150", "ledger/archive.py", 5),
        ("INP150", "ledger/archive.py", 6),
    ]
