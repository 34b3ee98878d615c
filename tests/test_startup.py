"""What a small scan (the pre-commit hook, on every commit) has to import once the pack's rule metadata
and YAML are cached (by the first run after a pack changes): files that no rule needs parsed are checked
without libcst, the pack loads without PyYAML, and a few files are checked without a process pool."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.conftest import Run

PLAIN = {
    "app/util.py": "def add(a, b):\n    return a + b\n",
    "app/names.py": "NAMES = ['alpha', 'beta']\n",
}


def _scan_without(modules: list[str], root: Path, *args: str) -> Run:
    """`guidelint scan --no-cache ARGS` in a process where importing any of `modules` fails."""
    code = (
        f"import sys\nfor name in {modules!r}:\n    sys.modules[name] = None\nfrom guidelint.cli import main\nmain()\n"
    )
    command = [sys.executable, "-c", code, "scan", "--no-progress", "--no-cache", "--no-color", *args]
    proc = subprocess.run(command, cwd=root, capture_output=True, text=True)
    return Run(proc.returncode, proc.stdout, proc.stderr)


def test_files_no_rule_needs_parsed_are_checked_without_libcst(project) -> None:
    root = project(PLAIN)
    assert _scan_without([], root, *PLAIN).exit_code == 0  # imports the rule modules to cache their metadata
    run = _scan_without(["libcst"], root, *PLAIN)
    assert (run.exit_code, run.stderr) == (0, "")
    assert "0 findings (0 blocking) in 2 files." in run.stdout


def test_a_file_a_rule_needs_is_still_parsed_and_checked(project) -> None:
    root = project({**PLAIN, "app/run.py": "def run(expr):\n    return eval(expr)\n"})
    run = _scan_without([], root, "--fail-on", "medium", *PLAIN, "app/run.py")  # INP105 warns (medium)
    assert run.exit_code == 1
    assert "app/run.py:2:" in run.stdout
    without = _scan_without(["libcst"], root, *PLAIN, "app/run.py")
    assert without.exit_code == 2, "the file that needs libcst is never passed without it"


def test_with_the_pack_yaml_cached_no_yaml_parser_is_imported(project) -> None:
    root = project(PLAIN)
    first = _scan_without([], root, *PLAIN)
    again = _scan_without(["yaml"], root, *PLAIN)
    assert (first.exit_code, first.stderr) == (0, "")
    assert (again.exit_code, again.stdout, again.stderr) == (first.exit_code, first.stdout, first.stderr)


def test_a_few_files_are_checked_without_the_process_pool_machinery(project) -> None:
    root = project({**PLAIN, "app/run.py": "def run(expr):\n    return eval(expr)\n"})
    pool = ["multiprocessing", "concurrent.futures"]
    run = _scan_without(
        pool, root, "--fail-on", "medium", "--format", "json", "--output", "report.json", *PLAIN, "app/run.py"
    )
    assert run.exit_code == 1, run.stderr
    findings = json.loads((root / "report.json").read_text())["findings"]
    assert [(f["rule"], f["start"]["line"]) for f in findings] == [("INP105", 2)]


def test_the_dataclasses_a_scan_builds_before_parsing_have_docstrings() -> None:
    """Python before 3.13 writes a docstring for a dataclass without one from `inspect.signature`, ~0.25 ms a
    class on every run: the classes built before any file is parsed say what they are themselves."""
    code = (
        "import dataclasses, sys\n"
        "import guidelint.cli, guidelint.scan, guidelint.engines.semgrep\n"
        "from guidelint.engines import engines\n"
        "engines()\n"
        "for name, module in sorted(sys.modules.items()):\n"
        "    if name.startswith('guidelint'):\n"
        "        for obj in vars(module).values():\n"
        "            if dataclasses.is_dataclass(obj) and obj.__module__ == name:\n"
        "                if not isinstance(obj, type) or (obj.__doc__ or '').startswith(obj.__name__ + '('):\n"
        "                    print(name, obj.__name__)\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert (proc.returncode, proc.stderr) == (0, "")
    assert proc.stdout == "", f"dataclasses without a docstring:\n{proc.stdout}"


def _installed_packs(path: list[Path], only: bool = False) -> tuple[dict[str, str], bool]:
    """What `installed_pack_dirs` finds with `path` first on sys.path (with `only`, as all of it: the
    distributions of the environment running the tests are not looked at), and whether importlib.metadata
    was imported to find it."""
    code = (
        "import sys, json\n"
        "from guidelint.pack import installed_pack_dirs\n"
        f"sys.path[{':' if only else ':0'}] = {[str(p) for p in path]!r}\n"
        "found = {k: str(v) for k, v in installed_pack_dirs().items()}\n"
        "print(json.dumps([found, 'importlib.metadata' in sys.modules]))\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert (proc.returncode, proc.stderr) == (0, "")
    found, imported = json.loads(proc.stdout)
    return found, imported


def _pack_package(root: Path) -> None:
    (root / "mypack").mkdir(parents=True)
    (root / "mypack" / "__init__.py").write_text("")


def test_no_distribution_declares_a_pack_so_none_is_looked_up(tmp_path: Path) -> None:
    other = tmp_path / "site"
    (other / "tool-1.0.dist-info").mkdir(parents=True)
    (other / "tool-1.0.dist-info" / "entry_points.txt").write_text("[console_scripts]\ntool = tool:main\n")
    (other / "flat.egg-info").write_text("Metadata-Version: 2.1\nName: flat\n")  # a file, not a folder
    assert _installed_packs([other, tmp_path / "absent"], only=True) == ({}, False)


def test_a_pack_declared_in_a_dist_info_or_egg_info_folder_is_found(tmp_path: Path) -> None:
    for folder in ("mypack-1.0.dist-info", "MyPack.EGG-INFO"):
        site = tmp_path / folder.lower()
        _pack_package(site)
        (site / folder).mkdir()
        metadata = "METADATA" if folder.endswith("dist-info") else "PKG-INFO"
        (site / folder / metadata).write_text("Metadata-Version: 2.1\nName: mypack\nVersion: 1.0\n")
        (site / folder / "entry_points.txt").write_text("[guidelint.packs]\nmine = mypack\n")
        assert _installed_packs([site]) == ({"mine": str(site / "mypack")}, True)


def test_a_pack_declared_inside_a_zip_on_the_path_is_found(tmp_path: Path) -> None:
    """A zip file on sys.path is not listed by the quick look: importlib.metadata reads it."""
    import zipfile

    archive = tmp_path / "packs.zip"
    with zipfile.ZipFile(archive, "w") as handle:
        handle.writestr("mypack/__init__.py", "")
        handle.writestr("mypack-1.0.dist-info/METADATA", "Metadata-Version: 2.1\nName: mypack\nVersion: 1.0\n")
        handle.writestr("mypack-1.0.dist-info/entry_points.txt", "[guidelint.packs]\nmine = mypack\n")
    found, imported = _installed_packs([archive])
    assert imported and list(found) == ["mine"]


def test_an_example_is_dedented_as_textwrap_dedents_it() -> None:
    """The quick path (code starting at column 0) gives what `textwrap.dedent` gives, blank lines included."""
    import textwrap

    from guidelint.packfiles import dedent

    samples = [
        "x = 1\n    \n  y = 2\n\t\n",
        "x = 1\n  \t  \nif a:\n    b()\n",
        "\r\n  x = 1\n",
        "#!/bin/sh\n \necho hi  \n",
        "    x = 1\n    y = 2\n",
        "\n\n  a\n  b\n",
        "\ta\n\tb\n",
        "",
        "\n",
        "    \n",
    ]
    for code in samples:
        assert dedent(code) == textwrap.dedent(code).lstrip("\n"), repr(code)


def test_expected_lines_of_an_example_are_every_line_with_an_expect_comment() -> None:
    from guidelint.packfiles import parse_example

    code = "a = 1  # expect\nb = 2\nc = 'expect'\nd = 3  #expect: INP101\n// expect\nexpected = 4\n"
    assert parse_example("flagged", "python", code, "here").expected == (1, 4, 5)
    assert parse_example("safe", "python", "expected = 1\nunexpected()\n", "here").expected == ()
