"""A scan: load packs, pick rules, select files, check them with every engine, apply policy.

Python files go to worker processes (libcst rules, then bandit's mapped checks on files that contain one
of their needles); files of the semgrep rules' languages go to one background semgrep process. Results are
cached per file content; anything not checked becomes a Problem and makes the scan exit 2.
"""

from __future__ import annotations

import dataclasses
import functools
import gc
import hashlib
import warnings
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from guidelint import signals
from guidelint.cache import Cache, tracked_by_git
from guidelint.classify import (
    CONTENT_DECIDES,
    NOTEBOOK_IN_LFS,
    NOTEBOOK_NOT_READ,
    TEMPLATE,
    Kind,
    classify,
    notebook,
    oversized,
)
from guidelint.config import Config
from guidelint.engines import engine
from guidelint.files import OTHER_TYPE, Target, select_targets, stdin_target
from guidelint.hardlimits import (
    HARD_FACTOR,
    HARD_SLACK,
    MEMORY,
    TIME,
    arm_cpu,
    can_harden,
    harden_worker,
    usable_cpus,
)
from guidelint.limits import WALL_FACTOR, FileTimeout, TooDeep, check_nesting, run_guarded
from guidelint.model import CHANGED, INTERNAL, MEMORY_LIMIT, TIME_LIMIT, Hit, Problem
from guidelint.pack import merged_models
from guidelint.plan import Plan, ScanOptions, make_plan
from guidelint.result import ScanResult
from guidelint.safeio import NotReadable, TooLarge, read_regular
from guidelint.semantic.project import LACKS, MAX_MODULE_BYTES, Project, lacked, lacks
from guidelint.source import UncheckableSource, as_text, decode_python, decode_text
from guidelint.suppressions import Directive, parse_other, parse_python
from guidelint.verdicts import FileResult, apply_policy, sort_problems

if TYPE_CHECKING:
    from guidelint.engines.libcst.engine import CstEngine
    from guidelint.engines.taint.engine import TaintEngine
    from guidelint.notebooks import NotebookCode

GC_YOUNG = 50_000  # allocations between collections of the youngest generation (Python's default: 700)
IN_PROCESS_BYTES = 256 * 1024  # below this much uncached source, a process pool costs more than it saves
BANDIT_SYNTAX = "bandit-syntax"


# --- per-file work on Python sources (runs in worker processes) -----------------------------------------


class PythonTask(NamedTuple):
    """A Python file to check. The scan reads each file once to classify it and key its cache entry, keeps
    its size and digest and lets go of its content: the process that checks it reads it again (`content`),
    so the scan does not hold a whole tree's sources while its files are checked, nor hand them to the
    workers it forks (1.9 M lines are ~70 MB, in every process). Content given on standard input is
    carried along (`data`)."""

    rel: str
    key: str  # the cache key ("" without a cache)
    size: int
    digest: str  # sha256 of the content the scan classified and keyed
    path: str  # read again from here; "" when `data` holds the content
    limit: int  # max-file-size, as the scan read it
    data: bytes | None = None

    def content(self) -> bytes:
        """The content the scan classified, read again; a file that changed in between is not checked:
        its result would be cached under, and reported for, content that was not checked."""
        if self.data is not None:
            return self.data
        try:
            data = read_regular(self.path, self.limit)
        except (NotReadable, TooLarge) as exc:
            raise Changed(f"the file changed while the scan ran ({exc})") from None
        if _sha256(data) != self.digest:
            raise Changed("the file's content changed while the scan ran")
        return data


class Changed(Exception):
    """A file's content is not the one the scan selected it by."""


class PythonChecker:
    """The libcst, dataflow and bandit engines of a plan, as one worker holds them. The engines that parse
    are built for the first file a rule or a model's needle makes parse: libcst is not imported before."""

    def __init__(self, plan: Plan) -> None:
        from guidelint.engines.bandit import BanditEngine
        from guidelint.engines.libcst import ENGINE as LIBCST
        from guidelint.engines.libcst.prefilter import RuleFilter
        from guidelint.engines.taint import ENGINE as TAINT
        from guidelint.engines.taint.models import add_markers

        # Python's parser warns about the checked code itself (`"\d"` is a SyntaxWarning since 3.12), asked by
        # the project model, the shapes and bandit alike: the scanned code's business, not the user's output
        warnings.filterwarnings("ignore", category=SyntaxWarning)
        self.plan = plan
        self.models = add_markers(merged_models(plan.packs), plan.config.confidential_markers)
        self.cst_rules = [r.impl for r in plan.rules_for(LIBCST)]
        self.cst_filter = RuleFilter(self.cst_rules, plan.config.options)
        self.taint_rules = [r.impl for r in plan.rules_for(TAINT)]
        self.taint_needles = tuple(self.models.needles)
        self.bandit = BanditEngine(plan.rules_for(BanditEngine.name))
        self.timeout = plan.config.file_timeout
        self.project = Project(plan.config.report_root)  # shared by the libcst rules and the dataflow
        self._cst: CstEngine | None = None
        self._taint: TaintEngine | None = None

    def cst(self) -> CstEngine:
        if self._cst is None:
            from guidelint.engines.libcst.engine import CstEngine

            self._cst = CstEngine(self.cst_rules, self.plan.config.options, self.project, models=self.models)
        return self._cst

    def taint(self) -> TaintEngine:
        if self._taint is None:
            from guidelint.engines.taint.engine import TaintEngine

            self._taint = TaintEngine(self.taint_rules, self.models, self.plan.config.options, self.project)
        return self._taint

    def preload(self) -> None:
        """Import every rule module, the parsing engines and bandit before worker processes are forked."""
        for rule in self.cst_rules:
            rule.load()
        self.cst()
        self.taint()
        if self.bandit.checks:
            self.bandit._bandit()

    def check(self, rel: str, key: str, data: bytes) -> FileResult:
        try:
            text = decode_python(data)
            wide_names = check_nesting(text)
        except (UncheckableSource, TooDeep) as exc:
            return FileResult(rel, key, [], [Problem(rel, str(exc))])
        from guidelint.engines.libcst.prefilter import parses, probe_text
        from guidelint.engines.taint.models import wanted
        from guidelint.needles import Probe

        # full-width `eval` is eval to Python, so to the prefilters too; the text's words are indexed once
        probe = Probe(probe_text(text))
        candidates = self.cst_filter.candidates(probe)
        wants_taint = wanted(self.taint_rules, self.taint_needles, probe)
        shaped = None if wants_taint else self.cst_filter.shaped(candidates, text)  # the parse spares nothing else
        active = [rule.load() for rule in (candidates if shaped is None else shaped)]
        hits: list[Hit] = []
        problems: list[Problem] = []
        deps: dict[str, str] = {}
        if active or wants_taint:  # one parse for the libcst rules and the dataflow analysis
            from guidelint.chains import TooLong, check_chains
            from guidelint.engines.libcst.parsing import parse

            try:
                check_chains(text)  # libcst's parser would take minutes, past the time limit
            except TooLong as exc:
                return FileResult(rel, key, [], [Problem(rel, str(exc))])
            module, problem = parse(rel, text, wide_names)
            if module is None:
                return FileResult(rel, key, [], [problem] if problem else [])
            hits, problems = self.cst().check_module(rel, module, text, active)
            if wants_taint:
                taint = self.taint()
                try:
                    hits += taint.check(rel, module, text)
                except RecursionError:
                    problems.append(Problem(rel, "too deeply nested for the dataflow analysis", taint.name))
            deps = dict(self.project.read) if key else {}  # a result no cache keeps needs no dependencies
        elif shaped is None and not parses(text):  # no rule needs the tree, but a file must parse to pass
            from guidelint.engines.libcst.parsing import syntax_problem

            problem = syntax_problem(rel, text)
            if problem is not None:
                return FileResult(rel, key, [], [problem])
        more_hits, more_problems = self.bandit.check(rel, text, data)
        return FileResult(rel, key, hits + more_hits, problems + more_problems, parse_python(text), deps)


_WORKER: PythonChecker | None = None
_HARDENED = False  # this process is a worker: the kernel's CPU limit ends it, not the scan


def _init_worker(config: Config, extra_packs: list[Path]) -> None:
    global _WORKER, _HARDENED
    signals.in_worker()
    harden_worker()
    _HARDENED = True
    gc.set_threshold(GC_YOUNG, *gc.get_threshold()[1:])  # a worker process checks files and nothing else
    if _WORKER is None:  # under fork the parent's checker is inherited; under spawn rebuild it
        _WORKER = PythonChecker(make_plan(config, extra_packs))


def check_file(task: PythonTask) -> FileResult:
    """Check one Python file's content with the libcst and bandit engines."""
    rel, key = task.rel, task.key
    worker = _WORKER
    assert worker is not None
    if _HARDENED:
        arm_cpu(worker.timeout)  # C code holding the GIL past the thread's limit is stopped by the kernel
    try:
        return run_guarded(lambda: worker.check(rel, key, task.content()), worker.timeout)
    except Changed as exc:
        return FileResult(rel, key, [], [Problem(rel, str(exc), kind=CHANGED)])
    except FileTimeout as exc:
        return FileResult(rel, key, [], [Problem(rel, str(exc), kind=TIME_LIMIT)])
    except RecursionError:
        return FileResult(rel, key, [], [Problem(rel, "too deeply nested to check (recursion limit)")])
    except KeyboardInterrupt:
        raise
    except BaseException as exc:  # a bug, or rule code calling exit(), must not pass a file silently
        return FileResult(rel, key, [], [Problem(rel, f"internal error: {type(exc).__name__}: {exc}", kind=INTERNAL)])


def _python_results(plan: Plan, tasks: list[PythonTask], jobs: int) -> Iterator[FileResult]:
    global _WORKER
    if not tasks:
        return
    jobs = jobs or plan.config.jobs or usable_cpus()
    _WORKER = PythonChecker(plan)
    size = sum(t.size for t in tasks)
    memory = plan.config.memory_limit
    if jobs == 1 or len(tasks) < 2 or size < IN_PROCESS_BYTES:  # a commit's few files, or -j 1
        from guidelint.onechild import can_fork, child_map

        if not (can_fork() and can_harden()):  # no process the kernel can stop: the thread's limit only
            with _fewer_collections():
                yield from map(check_file, tasks)
            return
        # in one forked process, not this one: only a process can be stopped when C code holds the GIL
        # past the time limit, or passes the memory limit (onechild: ~2 ms, where a pool costs ~35 ms)
        initializer = functools.partial(_init_worker, plan.config, plan.extra_packs)
        wall = plan.config.file_timeout * HARD_FACTOR * WALL_FACTOR + HARD_SLACK  # a child waiting, not computing
        yield from child_map(check_file, tasks, initializer, _crashed, memory, wall)
        return
    import multiprocessing  # a process pool only here

    from guidelint.workers import pool_map

    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    if method == "fork":
        _WORKER.preload()  # loaded once here, shared with the workers instead of loaded in each
    context = multiprocessing.get_context(method)
    tasks.sort(key=lambda t: -t.size)  # biggest first: no worker is left with a large file at the end
    initargs = (plan.config, plan.extra_packs)
    jobs = min(jobs, len(tasks))
    yield from pool_map(check_file, tasks, jobs, context, _init_worker, initargs, _crashed, memory)


@contextmanager
def _fewer_collections() -> Iterator[None]:
    """Checking builds millions of short-lived syntax nodes, nearly all freed by reference counting; with
    the default thresholds the cycle collector ran ~2,800 times over Django's sources, a tenth of the scan.
    While files are checked, the youngest generation is collected every GC_YOUNG allocations, not 700."""
    threshold = gc.get_threshold()
    gc.set_threshold(GC_YOUNG, *threshold[1:])
    try:
        yield
    finally:
        gc.set_threshold(*threshold)


def _crashed(task: PythonTask, cause: str) -> FileResult:
    rel, key = task.rel, task.key
    assert _WORKER is not None  # the scan's own checker, made before the pool
    config = _WORKER.plan.config
    if cause == TIME:
        reason = f"time limit exceeded ({config.file_timeout:g} s, file-timeout; stopped in native code)"
        return FileResult(rel, key, [], [Problem(rel, reason, kind=TIME_LIMIT)])
    if cause == MEMORY:
        reason = f"memory limit exceeded ({config.memory_limit >> 20} MiB, memory-limit)"
        return FileResult(rel, key, [], [Problem(rel, reason, kind=MEMORY_LIMIT)])
    reason = "internal error: the checking process died on this file"
    return FileResult(rel, key, [], [Problem(rel, reason, kind=INTERNAL)])


# --- the scan ------------------------------------------------------------------------------------------


def run_scan(plan: Plan, paths: list[Path], options: ScanOptions | None = None) -> ScanResult:
    from guidelint.engines.semgrep import SemgrepEngine
    from guidelint.engines.semgrep import Target as SemgrepTarget

    options = options or ScanOptions()
    config = plan.config
    result = plan.empty_result()
    # the repository's configuration asks for at most one worker per CPU: hundreds of forked workers (one per
    # file, jobs = 100000) would exhaust the runner's memory, where more than the CPUs buy no speed
    jobs = options.jobs or min(config.jobs, usable_cpus())
    # semgrep runs beside the Python workers: one semgrep job leaves them the other cores
    semgrep = SemgrepEngine(plan.rules_for(SemgrepEngine.name), timeout=config.semgrep_timeout, jobs=1)
    skipped: Counter[str] = Counter()
    if options.stdin is not None:
        stdin_file = stdin_target(options.stdin[0], config)
        selected, problems = ([stdin_file] if stdin_file else []), list[Problem]()
    else:
        selected, problems = select_targets(paths, config, skipped, result.skipped_paths)
    result.problems.extend(problems)
    wanted = [t for t in selected if _checked(t.language, semgrep.wants) or notebook(t.rel, t.language)]
    skipped[OTHER_TYPE] += len(selected) - len(wanted)
    if options.diff is not None:
        wanted = [t for t in wanted if t.rel in options.diff]
    result.rules_by_engine = dict(sorted(Counter(r.engine for r in plan.rules.values()).items()))

    root = config.report_root  # looked up on disk: once per scan
    cache = Cache(config.cache_path(), plan.context()) if options.use_cache and config.cache else None
    inside = cache is not None and root in (cache.directory, *cache.directory.parents)
    if cache is not None and inside and tracked_by_git(cache.directory):
        result.notes.append(Problem(str(cache.directory), "cache not used: git tracks files in it", is_file=False))
        cache = None
    python_tasks: list[PythonTask] = []
    semgrep_tasks: list[SemgrepTarget] = []
    keys: dict[str, str] = {}
    digests: dict[str, str | None] = {}  # the files cached results depend on, read once per scan
    texts: dict[str, bytes | None] = {}  # their content, for the other questions asked of them (see _unchanged)
    outcomes: list[FileResult] = []
    targets: list[Target] = []
    skip = frozenset(config.skip)
    checked_as: dict[str, str] = {}  # by cache key: the language each file was checked as, kept with its result
    notebooks: dict[str, NotebookCode] = {}  # the Python of each notebook's cells, by the notebook's path
    notebook_cells: dict[str, FileResult] = {}  # what checking it gave, in the lines of that Python
    limit = min(config.max_file_size, plan.policy.max_file_size)
    for target in wanted:
        key, cached = "", None
        try:
            data = options.stdin[1] if options.stdin is not None else read_regular(target.path, limit)
            if target.language != "python":
                data = as_text(data)  # UTF-16/32 text as UTF-8, lone CR line ends as LF (guidelint.source)
            key = cache.key(target.rel, data) if cache else ""
            cached = cache.get(key) if cache else None
            # the same name, content and plan were classified when the result was cached: as it was then
            known = cached.get("language") if isinstance(cached, dict) else None
            kind = Kind(known) if isinstance(known, str) else classify(target.rel, target.language, data, skip)
        except TooLarge as exc:  # skipped if its first bytes say why, else not checked
            large = oversized(target.rel, target.language, exc.head, skip)
            if large is None:
                result.problems.append(Problem(target.rel, str(exc)))
                continue
            kind = large
        except NotReadable as exc:
            result.problems.append(Problem(target.rel, str(exc)))
            continue
        if kind.language is None:
            skipped[kind.reason] += 1
            result.skipped_paths.append((target.rel, kind.reason))
            continue
        if kind.language != target.language:
            target = dataclasses.replace(target, language=kind.language)
        code = _notebook_code(target, data, result) if notebook(target.rel, target.language) else None
        if code is not None:  # its cells' Python, checked beside its JSON and placed back in the notebook
            notebooks[target.rel] = code
            module = code.text.encode()
            cell_key = cache.key(target.rel + CELLS_KEY, module) if cache else ""
            checked_as[cell_key] = "python"
            cells_cached = cache.get(cell_key) if cache else None
            cells_entry = _from_cache(target.rel, cell_key, cells_cached) if cells_cached is not None else None
            if cells_entry is not None and _unchanged(root, cells_entry.deps, digests, texts):
                cells_entry.deps = {}
                notebook_cells[target.rel] = cells_entry
            else:
                python_tasks.append(PythonTask(target.rel, cell_key, len(module), _sha256(module), "", limit, module))
        if not (target.language == "python" or semgrep.wants(target.language) or code is not None):
            skipped[OTHER_TYPE] += 1  # an HTML file without template syntax
            continue
        targets.append(target)
        keys[target.rel] = key
        checked_as[key] = target.language
        entry = _from_cache(target.rel, key, cached) if cached is not None else None
        if entry is not None and not _unchanged(root, entry.deps, digests, texts):
            entry = None  # a module its rules followed has changed since
        if entry is not None:
            entry.deps = {}  # asked above; see collect
            outcomes.append(entry)
            result.cached += 1
        elif target.language == "python":
            stdin = options.stdin is not None
            path, kept = ("", data) if stdin else (str(target.path), None)
            python_tasks.append(PythonTask(target.rel, key, len(data), _sha256(data), path, limit, kept))
        else:
            semgrep_tasks.append(SemgrepTarget(target.rel, target.language, data))
    result.files = len(targets)
    result.cells = {rel: {cell.number: cell.source for cell in code.cells} for rel, code in notebooks.items()}
    result.skipped = {reason: n for reason, n in sorted(skipped.items()) if n}
    result.skipped_paths.sort()
    languages = {t.language for t in targets} | ({"python"} if notebooks else set())
    result.engines_run = [
        name for name in result.rules_by_engine if any(engine(name).runs_on(language) for language in languages)
    ]

    if options.stdin is not None and targets:
        result.sources[targets[0].rel] = decode_text_lenient(options.stdin[1])
    run = semgrep.start(semgrep_tasks) if semgrep_tasks else None  # in the background while Python is checked
    done = len(outcomes)

    def collect(outcome: FileResult, cacheable: bool = True, counted: bool = True) -> None:
        nonlocal done
        signals.check()
        if cache and cacheable and outcome.cacheable:
            cache.put(outcome.key, {**outcome.cache_entry(), "language": checked_as[outcome.key]})
        # the files a result depends on are its cache entry's: a whole-project search makes them every file
        # of the project, which the scan would otherwise hold for each of its files until the report
        outcome.deps = {}
        outcomes.append(outcome)
        done += counted
        if options.progress and counted:
            options.progress(done, len(targets))

    for outcome in _python_results(plan, python_tasks, jobs):
        if outcome.rel in notebooks:  # a notebook's cells (its JSON is the file counted): placed with it below
            collect(outcome, counted=False)
            notebook_cells[outcome.rel] = outcomes.pop()
        else:
            collect(outcome)
    if run is not None:
        semgrep_outcome = run.finish()
        result.problems.extend(semgrep_outcome.engine_problems)
        healthy = not semgrep_outcome.engine_problems
        for task in semgrep_tasks:
            hits = semgrep_outcome.hits.get(task.rel, [])
            file_problems = semgrep_outcome.problems.get(task.rel, [])
            collect(FileResult(task.rel, keys[task.rel], hits, file_problems, _directives(task.data)), healthy)
    if cache:
        cache.prune()

    _place_notebooks(outcomes, notebooks, notebook_cells)
    by_rel = {t.rel: t for t in targets}
    sort_problems(plan, outcomes, by_rel, result)
    result.findings = apply_policy(plan, options, outcomes, by_rel, result)
    result.problems.sort(key=lambda p: (p.what, p.line))
    return result


def _checked(language: str, semgrep_wants: Callable[[str], bool]) -> bool:
    """Whether a file of this language (by name) is read: it has rules, or its content may give it some."""
    content_decides = language in CONTENT_DECIDES and semgrep_wants(TEMPLATE)
    return language == "python" or content_decides or semgrep_wants(language)


def decode_text_lenient(data: bytes) -> str:
    """Source text for display (the engines decide separately whether it can be checked)."""
    return data.decode("utf-8", errors="replace")


def _from_cache(rel: str, key: str, entry: Any) -> FileResult | None:
    try:
        return FileResult.from_cache(rel, key, entry)
    except (KeyError, TypeError, ValueError):
        return None  # an entry of another shape is recomputed, never trusted


def _unchanged(
    root: Path, deps: dict[str, str], digests: dict[str, str | None], texts: dict[str, bytes | None]
) -> bool:
    """Whether the files a cached result depended on still have the content it was computed with (or, for a
    file it depended on only by the needles it lacked, still lack them: `project.lacking`); `digests` keeps
    each answer for the scan (the files of a project depend on the same few modules: settings, URLconfs,
    helpers; a whole-project search made a result depend on every file), and `texts` each file's content
    (one file is asked about by each search that lacked needles in it)."""
    for dependency, digest in deps.items():
        if dependency not in digests:
            rel, needles = lacked(dependency)
            if rel not in texts:  # a file several searches lacked needles in is read once
                try:
                    texts[rel] = read_regular(root / rel, MAX_MODULE_BYTES)
                except NotReadable:
                    texts[rel] = None
            data = texts[rel]
            if data is None:
                digests[dependency] = None
            else:
                digests[dependency] = (LACKS if lacks(data, needles) else None) if needles else _sha256(data)
        if digests[dependency] != digest:
            return False
    return True


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _directives(data: bytes) -> list[Directive]:
    try:
        return parse_other(decode_text(data))
    except UncheckableSource:
        return []


CELLS_KEY = "\0cells"  # a notebook's cells are cached apart from its JSON
LFS_POINTER = b"version https://git-lfs.github.com/spec/v1"  # how a file kept in Git LFS starts in the tree


def _notebook_code(target: Target, data: bytes, result: ScanResult) -> NotebookCode | None:
    """The Python of a notebook's code cells, or None when they are not checked, which the notes say (a
    notebook of another kernel's language, not of nbformat 4, or kept in Git LFS). A notebook that is not
    JSON is not checked: a problem, as for a .py file that does not parse."""
    from guidelint.notebooks import NotNotebook, python_code

    try:
        code = python_code(data.decode("utf-8"))
    except (UnicodeDecodeError, NotNotebook) as exc:
        if data.startswith(LFS_POINTER):  # the notebook itself is in Git LFS, not in the tree: nothing to read
            result.notes.append(Problem(target.rel, NOTEBOOK_IN_LFS))
        else:  # its cells may hold Python no engine saw: fails closed, as a .py file that does not parse
            result.problems.append(Problem(target.rel, f"{NOTEBOOK_NOT_READ}: {exc}"))
        return None
    if isinstance(code, str):
        result.notes.append(Problem(target.rel, code))
        return None
    result.notes.extend(Problem(target.rel, note) for note in code.notes)
    return code if code.cells else None  # no code cell: nothing but its JSON to check


def _place_notebooks(
    outcomes: list[FileResult], notebooks: dict[str, NotebookCode], cells: dict[str, FileResult]
) -> None:
    """Each notebook's cells, checked as a module, placed in the notebook's lines and cells and joined to
    its JSON's result: one file, with one list of findings and suppressions. A suppression comment in a
    cell is the Python one: the JSON's reading of the same comment is left out."""
    by_rel = {outcome.rel: outcome for outcome in outcomes}
    for rel, part in cells.items():
        code = notebooks[rel]
        hits = [code.place_hit(hit) for hit in part.hits]
        problems = [code.place_problem(problem) for problem in part.problems]
        directives = [code.place_directive(directive) for directive in part.directives]
        outcome = by_rel.get(rel)
        if outcome is None:
            outcomes.append(FileResult(rel, part.key, hits, problems, directives))
            continue
        in_cells = {directive.line for directive in directives}
        outcome.hits = outcome.hits + hits
        outcome.problems = outcome.problems + problems
        outcome.directives = [d for d in outcome.directives if d.line not in in_cells] + directives
