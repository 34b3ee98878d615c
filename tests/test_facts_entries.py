"""`ctx.facts(expr)` of attributes and entries: the constants kept where the dataflow keeps a value apart
(`row['nav']`, `row.fund`, a record's fields, `cfg.get(section, key)`), a class attribute read through an
instance, the keys of a dict whose values are not all known; and where they are forgotten (fail closed)."""

from __future__ import annotations

from tests.test_facts import facts

RECORDS = """
    from dataclasses import dataclass, replace
    from typing import NamedTuple
    from flask import request

    @dataclass
    class Line:
        fund: str
        nav: str = "0.00"

    class Pair(NamedTuple):
        code: str
        label: str

    class Sheet:
        title = "Statement"

        def __init__(self, req):
            self.client = req.args["client"]

        def retitle(self, text):
            self.heading = text
"""


def test_entries_and_attributes_keep_the_constants_they_are_given() -> None:
    found = facts(
        RECORDS
        + """
    def view():
        row = {"fund": "LU1", "label": request.args["label"]}
        row["nav"] = "101.25"
        probe(row["fund"]); probe(row["nav"]); probe(row["label"])
        obj = make()
        obj.fund = "LU2"
        probe(obj.fund); probe(getattr(obj, "fund"))
        line = Line(fund=request.args["f"])
        probe(line.nav); probe(line.fund)
        again = replace(Line(request.args["f"]), fund="LU3")
        probe(again.fund); probe(again.nav)
        pair = Pair(request.args["c"], "Equity")._replace(code="LU4")
        probe(pair.label); probe(pair.code)
        sheet = Sheet(request)
        probe(sheet.title); probe(getattr(sheet, "title")); probe(sheet.client)
    """
    )
    values = [f.constant if f.fixed else None for f in found]
    entries = ["LU1", "101.25", None, "LU2", "LU2"]
    records = ["0.00", None, "LU3", "0.00", "Equity", "LU4"]
    assert values == [*entries, *records, "Statement", "Statement", None]


def test_a_configuration_and_a_dict_keep_their_entries_and_keys() -> None:
    section, other, default, keys = facts(
        """
        import configparser
        import subprocess
        from flask import request

        def view():
            cfg = configparser.ConfigParser()
            cfg.read_dict({"client": {"view": request.args["v"]}, "service": {"view": "nav_daily"}})
            probe(cfg.get("service", "view"))
            probe(cfg.get("client", "view"))
            opts = {}
            opts.setdefault("fund", request.form["fund"])
            opts.setdefault("tool", "navcalc")
            probe(opts["tool"])
            shown = {"tool": "navcalc", "fund": request.form["fund"]}
            probe(" ".join(f"--{k}" for k in shown if k != "tool"))
        """
    )
    assert section.constant == "nav_daily" and not other.fixed
    assert default.constant == "navcalc"
    assert keys.fixed and keys.composed


def test_any_attribute_of_a_class_of_constants_and_encodings_of_constants_are_the_codes() -> None:
    picked, open_class, client_default, encoded, of_input = facts(
        """
        import base64
        import pickle
        from flask import request

        class Sorts:
            isin = "isin ASC"
            value = "qty * price DESC"

        class Views:
            daily = "nav_daily"

        EMPTY = base64.b64encode(pickle.dumps({"page": 1}))

        def relabel():
            Views.extra = request.args["e"]  # a new attribute, the client's

        def view():
            probe(f"ORDER BY {getattr(Sorts, request.args['s'], Sorts.isin)}")
            probe(getattr(Views, request.args["v"], "nav_daily"))
            probe(getattr(Sorts, request.args["s"], request.args["d"]))
            probe(base64.b64decode(EMPTY))
            probe(base64.b64decode(request.args["s"]))
        """
    )
    assert picked.fixed and picked.composed and encoded.fixed
    assert not open_class.fixed and not client_default.fixed and not of_input.fixed


def test_what_may_change_out_of_sight_is_forgotten() -> None:
    found = facts(
        RECORDS
        + """
    @dataclass
    class Shifted:
        KIND = make_kind()  # no field: `nav` is the second argument
        fund: str
        nav: str = "0.00"

    def fill(d):
        d["a"] = request.args["a"]

    def relabel():
        Sheet.title = request.args["t"]

    def view(key):
        row = {"a": "x"}
        fill(row)
        probe(row["a"])
        cells = {"a": "x", "b": "y"}
        cells[key] = request.args["v"]
        probe(cells["a"])
        cfg = make_config()
        cfg.set("s", "k", "fixed")
        cfg.read_string(request.data.decode())
        probe(cfg.get("s", "k"))
        opts = dict(request.form)
        opts.setdefault("tool", "navcalc")
        probe(opts["tool"])
        loose = {**request.form, "a": "x"}
        probe(" ".join(k for k in loose))
        line = Line("LU1", request.args["n"])
        probe(line.nav)
        sheet = Sheet(request)
        probe(sheet.title)
        obj = make()
        obj.fund = "LU2"
        obj.refresh()
        probe(obj.fund)
        obj.fund = "LU2"
        setattr(obj, request.args["n"], request.args["v"])
        probe(obj.fund)
        again = {"a": "x"}
        again = load()
        probe(again["a"])
        merged = {"a": "x", **request.form}
        probe(merged["a"])
        inner = {"a": "x"}

        def refill():
            inner["a"] = request.args["a"]

        refill()
        probe(inner["a"])
        first = {"a": "x"}
        second = first
        second["a"] = request.args["a"]
        probe(first["a"])
        shifted = Shifted("LU1", request.args["n"])
        probe(shifted.nav)
    """
    )
    assert [f.fixed for f in found] == [False] * len(found)


def test_a_module_object_a_function_changes_is_no_constant_in_any_function() -> None:
    row, box, query, table, aliased, passed, columns = facts(
        """
        from flask import request

        ROW = {"a": "x"}
        TABLE = {"a": "x"}
        QUERY = "SELECT * FROM t WHERE id = {}"
        SHARED = {"a": "x"}
        FILLED = {"a": "x"}
        COLUMNS = ("a", "b")

        class Box:
            pass

        BOX = Box()
        BOX.a = "x"

        def write():
            ROW["a"] = request.args["a"]
            BOX.a = request.args["a"]
            return QUERY.format(1)

        def fill(d):
            d["a"] = request.args["a"]

        def alias():
            opts = SHARED
            opts["a"] = request.args["a"]
            fill(FILLED)
            return ", ".join(COLUMNS)

        def read():
            probe(ROW["a"]); probe(BOX.a); probe(QUERY); probe(TABLE["a"])
            probe(SHARED["a"]); probe(FILLED["a"]); probe(", ".join(COLUMNS))
        """
    )
    assert not row.fixed and not box.fixed and not aliased.fixed and not passed.fixed
    assert query.constant == "SELECT * FROM t WHERE id = {}" and table.constant == "x"
    assert columns.constant == "a, b"


def test_a_function_returning_an_expression_of_its_parameters_gives_what_the_call_passes() -> None:
    mode, first, pair_first, pair_second, wrapped, rebound = facts(
        """
        from flask import request

        def keep(*args, **kwargs):
            return args, kwargs

        def pair():
            return "tool", request.args["x"]

        @cache
        def cached(name):
            return name

        def swapped(name):
            return name

        swapped = other

        def view():
            args, kwargs = keep(request.args["s"], mode="full")
            probe(kwargs["mode"]); probe(args[0])
            tool, value = pair()
            probe(tool); probe(value)
            probe(cached("x")); probe(swapped("x"))
        """
    )
    assert mode.constant == "full" and not first.fixed
    assert pair_first.constant == "tool" and not pair_second.fixed  # each name its own item, not the tuple
    assert not wrapped.fixed and not rebound.fixed


def test_a_class_attribute_is_read_through_an_instance_the_function_binds() -> None:
    bound, parameter = facts(
        """
        class Page:
            title = "Home"

        def make():
            page = Page()
            probe(page.title)

        def show(page):
            probe(page.title)  # a parameter: not the instance another function bound the name to
        """
    )
    assert bound.constant == "Home" and not parameter.fixed
