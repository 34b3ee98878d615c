"""File selection: .gitignore (for untracked files found by walking), default excludes, language detection."""

from __future__ import annotations

import os
import subprocess

from guidelint.config import load_config
from guidelint.files import language_of, select_targets

VULNERABLE = "import yaml\n\ndef f(request):\n    return yaml.load(request.data)\n"


def _git_init(root) -> None:  # type: ignore[no-untyped-def]
    subprocess.run(["git", "init", "-q", str(root)], check=True)


def test_gitignored_files_are_skipped_when_walking_but_scanned_when_named(cli, project) -> None:
    root = project(
        {
            ".gitignore": "build/\n*.gen.py\n!keep.gen.py\n",
            "build/app.py": VULNERABLE,
            "x.gen.py": VULNERABLE,
            "keep.gen.py": VULNERABLE,
            "sub/.gitignore": "local.py\n",
            "sub/local.py": VULNERABLE,
            "sub/other.py": "x = 1\n",
        }
    )
    _git_init(root)
    targets, problems = select_targets([root], load_config(root))
    assert not problems
    assert [t.rel for t in targets] == ["keep.gen.py", "sub/other.py"]
    run = cli("scan", "build/app.py", "x.gen.py", "sub/local.py", cwd=root)
    assert run.exit_code == 1  # a file named explicitly is checked: "0 files, exit 0" would hide it
    assert "in 3 files." in run.stdout


def test_default_excludes(project) -> None:
    root = project(
        {
            ".venv/pyvenv.cfg": "home = /usr/bin\n",
            ".venv/lib/x.py": VULNERABLE,
            "node_modules/a/b.py": VULNERABLE,
            "app.py": "x = 1\n",
        }
    )
    targets, _ = select_targets([root], load_config(root))
    assert [t.rel for t in targets] == ["app.py"]


def test_a_venv_folder_is_skipped_only_when_it_is_a_virtual_environment(cli, project) -> None:
    # a package named venv (Python's own, or a project's) is source; a virtual environment holds a
    # pyvenv.cfg that venv and virtualenv write and nobody commits: a committed one does not hide code
    root = project(
        {
            "tools/venv/__init__.py": VULNERABLE,
            "env/venv/pyvenv.cfg": "home = /usr/bin\n",
            "env/venv/lib/site.py": VULNERABLE,
            "shipped/.venv/pyvenv.cfg": "home = /usr/bin\n",
            "shipped/.venv/hook.py": VULNERABLE,
        }
    )
    _git_init(root)
    subprocess.run(["git", "-C", str(root), "add", "shipped", "tools"], check=True)
    targets, _ = select_targets([root], load_config(root))
    assert [t.rel for t in targets] == ["shipped/.venv/hook.py", "tools/venv/__init__.py"]
    run = cli("scan", "env/venv/lib/site.py", "tools/venv/__init__.py", cwd=root)
    assert "in 1 file." in run.stdout, run.stdout


def test_language_by_extension_and_shebang(project) -> None:
    root = project({"tool": "#!/usr/bin/env python3\nprint(1)\n", "notes": "hello\n", "a.pyi": "x: int\n"})
    os.chmod(root / "tool", 0o755)
    assert language_of(root / "tool") == "python"
    assert language_of(root / "notes") is None
    assert language_of(root / "a.pyi") is None
    assert language_of(root / "Dockerfile") == "dockerfile"
    assert language_of(root / "Dockerfile.prod") == "dockerfile"
    # a Jinja template of a Dockerfile or of Python (Ansible's `*.j2`) is named as that file (guidelint.classify
    # makes it a template when it has template syntax); a template of a file of no language is read for it
    assert language_of(root / "Dockerfile.j2") == "dockerfile"
    assert language_of(root / "settings.py.j2") == "python"
    assert language_of(root / "nginx.conf.j2") == "html"
    assert language_of(root / ".env") == "dotenv"


def test_python_script_without_extension_is_scanned(cli, project) -> None:
    root = project({"bin/deploy": "#!/usr/bin/env python3\n" + VULNERABLE})
    os.chmod(root / "bin/deploy", 0o755)
    run = cli("scan", "--format", "json", cwd=root)
    assert [f["path"] for f in run.json()["findings"]] == ["bin/deploy"]


def test_a_scripts_first_line_is_never_read_through_a_symlink(project, tmp_path_factory) -> None:
    """An extensionless file is known by its shebang, read from the file itself: a symlink (which may
    leave the tree) is not followed to read one, and only the first line of a file is read."""
    outside = tmp_path_factory.mktemp("outside")
    (outside / "secret_tool").write_text("#!/usr/bin/env python3\nprint(1)\n")
    root = project({"tools/rotate": "#!/usr/bin/env python3\nprint(1)\n", "tools/huge": "#!" + "x" * 100_000})
    (root / "tools/linked").symlink_to(outside / "secret_tool")
    (root / "tools/inside").symlink_to(root / "tools/rotate")
    assert language_of(root / "tools/rotate") == "python"
    assert language_of(root / "tools/linked") is None
    assert language_of(root / "tools/inside") is None
    assert language_of(root / "tools/huge") is None
    targets, _ = select_targets([root], load_config(root))
    assert [t.rel for t in targets] == ["tools/rotate"]


def test_component_templates_are_read_by_the_template_rules(cli, project) -> None:
    """Vue, Svelte, Handlebars and Mustache files are templates: their raw insertions are reported, their
    escaped ones are not."""
    root = project(
        {
            "src/Note.vue": '<template>\n  <p>{{ note.title }}</p>\n  <div v-html="note.body"></div>\n</template>\n',
            "src/Card.svelte": "<p>{card.title}</p>\n<div>{@html card.body}</div>\n",
            "views/row.handlebars": "<td>{{row.name}}</td>\n<td>{{{row.note}}}</td>\n",
            "views/notice.mustache": "<b>{{heading}}</b>\n<p>{{& message}}</p>\n",
        }
    )
    run = cli("scan", "--format", "json", cwd=root)
    found = sorted((f["path"], f["start"]["line"]) for f in run.json()["findings"] if f["rule"] == "OUT202")
    assert found == [
        ("src/Card.svelte", 2),
        ("src/Note.vue", 3),
        ("views/notice.mustache", 2),
        ("views/row.handlebars", 2),
    ]


def test_the_walk_leaves_out_what_git_itself_ignores(project) -> None:
    # patterns anchored or not, for folders and files, in the top .gitignore, a nested one and
    # .git/info/exclude, negations and a pattern reaching two folders down: git's own answer decides
    root = project(
        {
            ".gitignore": "/build/\ncache/\n*.tmp.py\nsrc/gen/\ndocs/**/out/\n!keep.tmp.py\n",
            "build/a.py": "x = 1\n",
            "lib/build/b.py": "x = 1\n",
            "lib/cache/c.py": "x = 1\n",
            "lib/d.tmp.py": "x = 1\n",
            "lib/keep.tmp.py": "x = 1\n",
            "src/gen/e.py": "x = 1\n",
            "src/main/gen/f.py": "x = 1\n",
            "docs/a/b/out/g.py": "x = 1\n",
            "docs/a/h.py": "x = 1\n",
            "pkg/.gitignore": "vendor/\n/local.py\n",
            "pkg/vendor/i.py": "x = 1\n",
            "pkg/local.py": "x = 1\n",
            "pkg/sub/local.py": "x = 1\n",
            "pkg/sub/vendor/j.py": "x = 1\n",
            "private/k.py": "x = 1\n",
        }
    )
    _git_init(root)
    (root / ".git" / "info" / "exclude").write_text("# comment\nprivate/\n")
    listed = subprocess.run(
        ["git", "-C", str(root), "ls-files", "--others", "--exclude-standard", "-z", "--", "*.py"],
        capture_output=True,
        check=True,
    ).stdout.decode()
    targets, problems = select_targets([root], load_config(root))
    assert not problems
    assert [t.rel for t in targets] == sorted(name for name in listed.split("\0") if name)
    assert [t.rel for t in targets] == [
        "docs/a/h.py",
        "lib/build/b.py",
        "lib/keep.tmp.py",
        "pkg/sub/local.py",
        "src/main/gen/f.py",
    ]
