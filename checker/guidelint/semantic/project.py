"""The scanned project beyond the file being checked: which file defines a module, and what the classes it
defines derive from, read on demand with `ast` and kept per process.

A rule that follows a class into another module makes its finding depend on that module too: every file
read is recorded (`Project.read`, path -> content hash; a file a whole-project search read and found none of
its needles in, by those needles: `lacking`) so that the result cache can be invalidated when a dependency
changes. Only regular files inside the project root are read; anything else is "not known", which leaves a
rule's finding in place (a gate errs towards reporting).
"""

from __future__ import annotations

import ast
import hashlib
import os
from collections.abc import Callable
from pathlib import Path, PurePosixPath
from typing import Any, TypeVar

from guidelint.safeio import NotReadable, read_regular, walk
from guidelint.semantic.pytree import parse, parsed
from guidelint.semantic.summary import ModuleSummary, absolute_name, summarize, summarize_tree

MAX_MODULE_BYTES = 2 * 1024 * 1024
"""A module larger than this is not read to resolve a class (the scan itself still checks it)."""
MAX_DEPTH = 8
"""How many base classes deep `derives_from` follows a hierarchy."""
MAX_FILES = 50_000
"""How many Python files `files()` lists at most (a whole-project fact looks at some of them)."""
SKIPPED_FOLDERS = frozenset({"node_modules", "site-packages", "__pycache__", "venv", "build", "dist"})
"""Folders `files()` does not enter (besides hidden ones): installed or generated code."""

T = TypeVar("T")

LACKS = "lacks"  # what `read` records for a file by the needles it lacks (never a sha256)


def lacking(rel: str, needles: tuple[str, ...]) -> str:
    """The dependency on a file that holds none of `needles`: its path and the needles, NUL-separated (no path
    holds a NUL), recorded in `read` with the value `LACKS` (`lacked` reads it back)."""
    return "\0".join((rel, *needles))


def lacked(dependency: str) -> tuple[str, tuple[str, ...]]:
    """The path and the needles of a dependency `read` recorded (no needles: the file's content)."""
    rel, *needles = dependency.split("\0")
    return rel, tuple(needles)


def lacks(data: bytes, needles: tuple[str, ...]) -> bool:
    """Whether a file's content (decoded as `Project` reads it) holds none of the needles."""
    text = data.decode("utf-8", errors="replace")
    return not any(needle in text for needle in needles)


IMPORT_ROOT_FILES = ("manage.py", "setup.py", "setup.cfg", "pyproject.toml")
"""A folder holding one of these is where its code is imported from (a Django project's folder with
manage.py, a package's distribution root), also below the scanned root (a repository's `backend/`)."""


def module_name(root: Path, rel: str) -> str:
    """The dotted name a file of the project is imported by: its stem under every enclosing folder that is
    a package; a file outside any package (`proj/urls.py` in a folder without __init__.py, a namespace
    package) is named from the import root above it (the nearest folder with manage.py or a distribution
    file, its src/, or the scanned root): `proj.urls`. A file in a regular package keeps the package's
    name: the folders above it may be a source folder that is not imported (ansible's `lib/`)."""
    path = root / rel
    parts = [] if path.stem == "__init__" else [path.stem]
    folder = path.parent
    while (folder / "__init__.py").is_file() and folder.parent != folder:
        parts.insert(0, folder.name)
        folder = folder.parent
    if len(parts) > 1 or folder == root or root not in folder.parents or _import_root(folder, root):
        return ".".join(parts)
    spaces: list[str] = []
    while folder != root and not _import_root(folder, root):
        spaces.insert(0, folder.name)
        folder = folder.parent
    named = [*spaces, *parts]
    return ".".join(named) if all(part.isidentifier() for part in named) else ".".join(parts)


def _entered(folder: str) -> bool:
    """Whether a folder of this name holds the project's code (not hidden, not installed or generated)."""
    return not folder.startswith(".") and folder not in SKIPPED_FOLDERS


def _subfolders(folder: Path) -> list[Path]:
    """The folders in a folder, hidden and installed-code ones left out (symlinks are not followed)."""
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError:
        return []
    return [Path(e.path) for e in entries if e.is_dir(follow_symlinks=False) and _entered(e.name)]


def _import_root(folder: Path, root: Path) -> bool:
    if any((folder / name).is_file() for name in IMPORT_ROOT_FILES):
        return True
    return folder.name == "src" and (folder.parent == root or _import_root(folder.parent, root))


class Project:
    """Modules of the project under `root` (none when `root` is None: a rule's example on its own),
    summarised when first asked for; the file being checked is summarised from its text, when asked."""

    def __init__(self, root: Path | None) -> None:
        self.root = root.resolve() if root is not None else None
        self.read: dict[str, str] = {}  # files read for the current file's rules: path -> sha256 (or `lacking`)
        self._summaries: dict[str, ModuleSummary | None] = {}
        self._sources: dict[str, tuple[str, str]] = {}  # module -> (path from the root, sha256 of content)
        # the checked files' own summaries, by module: (path from the root, sha256 of the text, summary)
        self._checked: dict[str, tuple[str, str, ModuleSummary]] = {}
        self._texts: dict[str, tuple[str, str, str] | None] = {}  # module -> (path, sha256, text)
        self._last_read: tuple[str, tuple[str, str, str] | None] | None = None  # (module, what _read gave)
        self._module_files: dict[str, Path | None] = {}  # module -> its file (module_file)
        self._packages: dict[str, bool] = {}  # top-level name -> whether the project defines it
        self._names: dict[str, str] = {}  # path from the root -> module name
        self._bases: list[Path] | None = None  # where the project's code is imported from
        self._current: tuple[str, str] = ("", "")
        self._current_summary: ModuleSummary | None = None
        self._files: list[str] | None = None
        self._computing = 0  # facts being worked out: they read every module from its file, recorded
        self._facts: dict[Any, tuple[Any, dict[str, str]]] = {}  # key -> (fact, files it read)

    def begin(self, rel: str, text: str) -> None:
        """Start checking the file at `rel` (from the root) with this text: forget the previous file's
        dependencies."""
        self.read = {}
        self._current = (rel, text)
        self._current_summary = None

    def current(self) -> ModuleSummary:
        """The summary of the file being checked (under its module name when it is inside the project)."""
        if self._current_summary is None:
            rel, text = self._current
            path = self.root / rel if self.root is not None and rel else None
            name = self.current_name()
            digest = _text_digest(text) if path is not None else None
            loaded, source = self._summaries.get(name), self._sources.get(name)
            if loaded is not None and digest is not None and source == (rel, digest):
                found: ModuleSummary | None = loaded  # outlined for another module's summaries: the same text
            else:
                tree = parsed(text)  # the tree the rules' shapes may have parsed already
                found = summarize_tree(name, tree, path is not None and path.name == "__init__.py") if tree else None
            if found is not None and digest is not None:
                self._checked[name] = (rel, digest, found)
            self._current_summary = found if found is not None else ModuleSummary(name)
        return self._current_summary

    def current_name(self) -> str:
        """The module name of the file being checked, without summarising it."""
        rel = self._current[0]
        return self.module_of(rel) if rel else ""

    def absolute(self, name: str) -> str:
        """A name imported relatively in the file being checked (`.loaders.ConfigLoader`), made absolute."""
        level = len(name) - len(name.lstrip("."))
        if not level:
            return name
        rel = self._current[0]
        package = self.current_name() if rel.endswith("__init__.py") else self.current_name().rpartition(".")[0]
        return absolute_name(package, name)

    def current_package(self) -> str:
        """The package relative imports of the file being checked start from (without parsing it)."""
        rel = self._current[0]
        if self.root is None or not rel:
            return ""
        name = self.module_of(rel)
        return name if rel.endswith("__init__.py") else name.rpartition(".")[0]

    def defines(self, qualified: str) -> bool:
        """Whether the top-level package or module of a qualified name is one of the project's (a cheap
        test before looking for the module itself)."""
        top = qualified.split(".")[0]
        if self.root is None or not top:
            return False
        if top not in self._packages:
            self._packages[top] = any(
                (base / f"{top}.py").is_file() or (base / top).is_dir() for base in self.bases_of_imports()
            )
        return self._packages[top]

    def module_text(self, module: str) -> tuple[str, str] | None:
        """(path from the root, source text) of a module of the project, recorded in `read` as a dependency;
        None when the project does not define it or it cannot be read."""
        if module not in self._texts:
            self._texts[module] = self._read(module)
        found = self._texts[module]
        if found is None:
            return None
        rel, digest, text = found
        self.read[rel] = digest
        return rel, text

    def _read(self, module: str) -> tuple[str, str, str] | None:
        """(path from the root, sha256, text) of a module's file. A summary's outline (`_load`) and its
        function's snippet (`module_text`) read the same module one after the other: the last read is kept."""
        if self._last_read is not None and self._last_read[0] == module:
            return self._last_read[1]
        found = self._read_file(module)
        self._last_read = (module, found)
        return found

    def _read_file(self, module: str) -> tuple[str, str, str] | None:
        path = self.module_file(module)
        if path is None:
            return None
        try:
            data = read_regular(path, MAX_MODULE_BYTES)
        except NotReadable:
            return None
        assert self.root is not None
        rel = path.relative_to(self.root).as_posix()
        return rel, hashlib.sha256(data).hexdigest(), data.decode("utf-8", errors="replace")

    def local(self, name: str) -> str:
        """The qualified name of a class or function defined at the top of the file being checked."""
        module = self.current_name()
        return f"{module}.{name}" if module else name

    def module_file(self, module: str) -> Path | None:
        """The file inside the project that defines `module`, if any: under the root, its src/ or an import
        root below it (`backend/ledger/views.py` is `ledger.views` when backend/ holds manage.py)."""
        if self.root is None or not module:
            return None
        if module not in self._module_files:  # (a resolve and a stat per candidate: asked again per read)
            self._module_files[module] = self._find_module_file(module)
        return self._module_files[module]

    def _find_module_file(self, module: str) -> Path | None:
        assert self.root is not None
        relative = Path(*module.split("."))
        for base in self.bases_of_imports():
            for candidate in (base / relative.with_suffix(".py"), base / relative / "__init__.py"):
                try:
                    resolved = candidate.resolve()
                    resolved.relative_to(self.root)
                except (OSError, ValueError):
                    continue
                if resolved.is_file() and not candidate.is_symlink():
                    return resolved
        return None

    def bases_of_imports(self) -> list[Path]:
        """Where the project's code is imported from: the root, its src/, and the folders one or two levels
        down that hold manage.py or a distribution file (a repository's backend/, services/api/), with theirs."""
        if self._bases is None:
            assert self.root is not None
            found = [self.root]
            level = [self.root]
            for _ in range(2):
                level = [d for folder in level for d in _subfolders(folder)]
                found += [d for d in level if _import_root(d, self.root) and d.name != "src"]
            self._bases = [b for base in found for b in (base, base / "src") if b.is_dir()]
        return self._bases

    def summary(self, module: str) -> ModuleSummary | None:
        """The summary of a module of the project (recorded in `read` as a dependency), or None."""
        if module == self.current_name():  # the file being checked is summarised only when asked for
            return self.current()
        if module not in self._summaries:
            self._summaries[module] = self._load(module)
        source = self._sources.get(module)
        if source is not None:
            self.read[source[0]] = source[1]
        return self._summaries[module]

    def _load(self, module: str) -> ModuleSummary | None:
        found = self._read(module)
        if found is None:
            return None
        rel, digest, text = found
        self._sources[module] = (rel, digest)
        checked = self._checked.get(module)
        if checked is not None and checked[:2] == (rel, digest):
            return checked[2]  # summarised when it was checked, from the text its file holds
        return summarize(module, text, rel.rpartition("/")[2] == "__init__.py")

    def bases(self, qualified: str) -> tuple[str, ...]:
        """The qualified bases of a class of the project (empty when it is not one). A name a module only
        imports (`from ._loader import Loader` in a package's public module) is that class itself: its one
        "base" is the class it names; so is a factory function that returns the class or an instance of it
        (`def Loader(*args): return _impl.Loader(*args)`) and an alias (`Base = yaml.SafeLoader`)."""
        module, _, name = qualified.rpartition(".")
        if not module and not self.current_name():  # a class of a file outside any package
            current = self.current()
            return current.classes.get(name, current.stands_for.get(name, ()))
        while module:
            summary = self.summary(module)
            if summary is not None:
                if name in summary.classes:
                    return summary.classes[name]
                if name in summary.stands_for:  # a factory or an alias: followed like a subclass
                    return summary.stands_for[name]
                head, _, attr = name.partition(".")
                if attr and head in summary.stands_for:  # db.Model of db = SQLAlchemy(): what db stands for's
                    return tuple(f"{made}.{attr}" for made in summary.stands_for[head])
                alias = summary.imports.get(name)
                return (alias,) if alias is not None and alias != qualified else ()
            module, _, outer = module.rpartition(".")
            name = f"{outer}.{name}"
        return ()

    def derives_from(self, qualified: str, targets: frozenset[str] | set[str]) -> bool:
        """True when the class is one of `targets` or derives from one, through the project's modules."""
        seen: set[str] = set()
        frontier = [qualified]
        for _ in range(MAX_DEPTH + 1):
            if any(name in targets for name in frontier):
                return True
            seen.update(frontier)
            frontier = [base for name in frontier for base in self.bases(name) if base not in seen]
            if not frontier:
                return False
        return False

    # --- whole-project facts (settings, URLconfs: guidelint.semantic.settings and .routes) ---------------

    def tree(self, module: str) -> ast.Module | None:
        """The syntax tree of a module of the project (the file being checked for its own module name), or
        None; a module read is recorded in `read` as a dependency. Trees are not kept: callers keep facts."""
        if module == self.current_name() and not self._computing:
            return parsed(self._current[1])
        found = self._read(module)
        if found is None:
            return None
        rel, digest, text = found
        self.read[rel] = digest
        return parse(text)

    @property
    def computing(self) -> bool:
        """Whether a whole-project fact is being worked out (modules are then read from their files)."""
        return self._computing > 0

    def files(self) -> list[str]:
        """The Python files under the root (paths from the root), hidden and installed-code folders left
        out; listed once per process."""
        if self._files is None:
            self._files = []
            if self.root is not None:
                for folder, dirs, names in walk(self.root):  # no recursion: any depth
                    dirs[:] = sorted(d for d in dirs if _entered(d))
                    base = Path(folder).relative_to(self.root)
                    self._files.extend((base / n).as_posix() for n in sorted(names) if n.endswith(".py"))
                    if len(self._files) >= MAX_FILES:
                        break
        return self._files

    def containing(self, *needles: str) -> list[str]:
        """The modules of the project whose source text contains one of `needles`; every file read is recorded
        in `read`: one that contains a needle by its content, any other by the needles it lacks (`lacking`):
        an edit that gives it none of them cannot change the answer, and does not make a result that asked
        recomputed. Texts are not kept."""
        found: list[str] = []
        for rel in self.files():
            module = self.module_of(rel)
            read = self._read(module) if module else None
            if read is None:
                continue
            if any(needle in read[2] for needle in needles):
                self.read[read[0]] = read[1]
                found.append(module)
            else:
                self.read[lacking(read[0], needles)] = LACKS
        return found

    def settings_modules(self) -> list[str]:
        """The project's settings modules by their file names (`settings.py`, `settings_prod.py`,
        `settings/base.py`; test settings left out), by their dotted names."""
        return [m for m in (self.module_of(rel) for rel in self.files() if _settings_file(rel)) if m]

    def module_of(self, rel: str) -> str:
        """The module name of a file of the project (path from the root)."""
        if self.root is None:
            return ""
        if rel not in self._names:
            self._names[rel] = module_name(self.root, rel)
        return self._names[rel]

    def fact(self, key: Any, compute: Callable[[], T]) -> T:
        """A whole-project fact, worked out once per process: the files it read become dependencies of
        every file that asks for it."""
        if key not in self._facts:
            outer = self.read
            self.read = {}
            self._computing += 1
            try:
                value = compute()
                self._facts[key] = (value, self.read)
            finally:
                self.read = outer
                self._computing -= 1
        value, deps = self._facts[key]
        self.read.update(deps)
        return value


def _settings_file(rel: str) -> bool:
    path = PurePosixPath(rel)
    return "test" not in path.name and (path.name.startswith("settings") or path.parent.name == "settings")


def _text_digest(text: str) -> str | None:
    """The sha256 of a checked file's text as UTF-8: that of its file's content (`_read_file`) exactly when
    the file holds that text (a file in another encoding, or text that cannot be encoded, gives another or
    none, and its summary is worked out again)."""
    try:
        return hashlib.sha256(text.encode("utf-8")).hexdigest()
    except UnicodeEncodeError:
        return None
