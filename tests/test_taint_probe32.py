"""Round 32's causes (tests/data/probes/watchlist): the Python of 3.10-3.13 between a source and a sink. A
self-documenting f-string field writes repr() of its value, a task's result() is what its coroutine returned, a
walrus in a comprehension binds the name around it, and a display with starred items is read item by item where
it is unpacked and folded; each flagged shape beside the safe one it differs from."""

from __future__ import annotations

from tests.taintfindings import findings
from tests.test_facts import facts


def test_self_documenting_fstring_field_writes_repr() -> None:
    """`{x=}` writes `x=` and repr(x): a line break is written as `\\n` (no forged log record), as `{x!r}` does.
    `{x=!s}` asks str(x) and `{x=:>12}` formats the value itself: both write the line break."""
    code = """
        import logging
        from flask import request

        log = logging.getLogger("audit")

        def note():
            memo = request.form["memo"]
            log.info(f"kept {memo=}")
            log.info(f"kept {memo = }")
            log.info(f"kept {memo=!s}")
            log.info(f"kept {memo=:>12}")
            log.info(f"kept {memo=!r:>40}")
        """
    assert findings(code) == [("AUD401", 10), ("AUD401", 11)]


def test_a_task_result_is_what_its_coroutine_returned() -> None:
    """`tg.create_task(coro)` and `asyncio.create_task(coro)` hold the coroutine's return; `task.result()` reads it,
    as `await task` does. A task of a constant is clean."""
    code = """
        import asyncio
        import subprocess
        from flask import request

        async def same(value):
            return value

        async def view():
            async with asyncio.TaskGroup() as tg:
                given = tg.create_task(same(request.form["host"]))
                fixed = tg.create_task(same("localhost"))
            subprocess.run("ping " + given.result(), shell=True)
            subprocess.run("ping " + fixed.result(), shell=True)
            later = asyncio.ensure_future(same(request.form["host"]))
            subprocess.run("ping " + later.result(), shell=True)
        """
    assert findings(code) == [("INP401", 12), ("INP401", 15)]


def test_a_walrus_in_a_comprehension_binds_around_it() -> None:
    """PEP 572: `any((bad := x) ... for x in xs)` binds `bad` in the function, holding an item of `xs`; under
    `all((ok := x) in ALLOWED for x in xs)` holding, `ok` is one of the allowed items."""
    code = """
        import subprocess
        from flask import request

        FEEDS = frozenset({"ice", "lse"})

        def view():
            feeds = request.form.getlist("feed")
            if any((bad := f) not in FEEDS for f in feeds):
                subprocess.run(f"report {bad}", shell=True)
            names = [n.strip() for raw in feeds if (n := raw.lower())]
            subprocess.run(f"last {n}", shell=True)
            if all((ok := f) in FEEDS for f in feeds) and feeds:
                subprocess.run(f"sync {ok}", shell=True)
            return names
        """
    assert findings(code) == [("INP401", 9), ("INP401", 11)]


def test_a_starred_display_unpacked_around_one_starred_name() -> None:
    """`head, *_ = ("ls", *args)`: a name before the starred one holds the display's item at its place while no
    starred item comes first; likewise from the end. A place a starred item may fill holds anything of it."""
    code = """
        import subprocess
        from flask import request

        def view():
            parts = request.form["line"].split()
            head, *_ = ("sync", *parts)
            subprocess.run(f"{head} --all", shell=True)
            *_, tail = [*parts, "--dry-run"]
            subprocess.run(f"tool {tail}", shell=True)
            first, *_ = (*parts, "sync")
            subprocess.run(f"{first} --all", shell=True)
            *_, last = ("sync", *parts)
            subprocess.run(f"tool {last}", shell=True)
        """
    assert findings(code) == [("INP401", 11), ("INP401", 13)]


def test_facts_fold_a_display_with_starred_items() -> None:
    """`(*PREFIX, "--", name)` of known sequences is their items spliced in; a starred comprehension of a table's
    entries is made of the code's constants; a starred value of the request is not known."""
    spliced, composed, unknown = facts(
        """
        from flask import request

        PREFIX = ("git", "log")
        BADGES = {"r": "restricted", "w": "watch"}

        def view():
            probe((*PREFIX, "--", "main"))
            badges = [b for code in request.args.getlist("b") if (b := BADGES.get(code))]
            probe("".join([*(f"<li>{b}</li>" for b in badges), "<li>end</li>"]))
            probe([*request.args.getlist("b"), "end"])
        """
    )
    assert spliced.fixed and spliced.constant == ("git", "log", "--", "main")
    assert composed.fixed and composed.composed
    assert not unknown.fixed and unknown.untrusted("html")


def test_sequence_patterns_pair_the_items_of_a_display_subject() -> None:
    """`match (kind, fmt): case ("daily" | "weekly", "csv" | "json")`: each item pattern matches the display's item
    at its place, so the names are one of those literals there and a capture holds its own item (`case (tool, _)`
    of `("export", kind)` is "export"); with a starred item, places are counted from the end after it."""
    code = """
        import subprocess
        from flask import request

        def view():
            kind, fmt = request.args["k"], request.args["f"]
            match (kind, fmt):
                case ("daily" | "weekly", "csv" | "json"):
                    subprocess.run(f"export {kind}.{fmt}", shell=True)
                case (_, suffix):
                    subprocess.run(f"export daily.{suffix}", shell=True)
            match ("export", kind):
                case (tool, _):
                    subprocess.run(f"{tool} --all", shell=True)
            match [*request.args.getlist("c"), "daily"]:
                case [*_, last]:
                    subprocess.run(f"export {last}", shell=True)
                case [first, *_]:
                    subprocess.run(f"export {first}", shell=True)
        """
    assert findings(code) == [("INP401", 10), ("INP401", 18)]


def test_facts_of_sequence_captures_and_dict_merges() -> None:
    """A capture paired with a constant item is that constant; `form | DEFAULTS` is a dict whatever the form
    holds, and the keys of DEFAULTS win, while `DEFAULTS | form` may take any key from the form."""
    last, table, replaced = facts(
        """
        from flask import request

        DEFAULTS = {"table": "restricted"}

        def view():
            match [*request.args.getlist("c"), "daily"]:
                case [*_, last]:
                    probe(last)
            kept = request.args.to_dict() | DEFAULTS
            probe(kept["table"])
            replaced = DEFAULTS | request.args.to_dict()
            probe(replaced["table"])
        """
    )
    assert last.fixed and last.constant == "daily"
    assert table.fixed and table.constant == "restricted"
    assert not replaced.fixed


def test_a_raise_in_the_try_body_and_exception_groups_carry_their_values() -> None:
    """`raise Rejected(isin)` in the `try` body itself hands isin to `except Rejected as error`, as a helper's
    raise does; `ExceptionGroup(message, [Rejected(isin)])` hands it to `except* Rejected` (the exceptions of its
    list of that class) and to a handler of the group; an exception of another class does not reach the handler."""
    code = """
        from django.http import HttpResponse

        class Rejected(LookupError):
            pass

        def check(isin):
            raise ExceptionGroup("lookup", [Rejected(isin)])

        def direct(request):
            isin = request.GET.get("isin", "")
            try:
                raise Rejected(isin)
            except Rejected as error:
                return HttpResponse(f"<p>{error}</p>")

        def grouped(request):
            try:
                check(request.GET.get("isin", ""))
            except* Rejected as group:
                return HttpResponse(f"<p>{group.exceptions[0]}</p>")

        def other(request):
            isin = request.GET.get("isin", "")
            try:
                raise ExceptionGroup("lookup", [ValueError(isin)])
            except* Rejected as group:
                return HttpResponse(f"<p>{group.exceptions[0]}</p>")
        """
    assert findings(code) == [("OUT401", 14), ("OUT401", 20)]
