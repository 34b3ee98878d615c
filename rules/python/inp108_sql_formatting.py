"""SQL statements built by string formatting and passed to a query function."""

import re

import libcst as cst
from guidelint.cst import (
    Context,
    Rule,
    RuleMeta,
    Shape,
    arg,
    argument_value,
    assigned_value,
    imports_module,
    literal_items,
)
from guidelint.cst.sqltext import Lookup, dynamic, fragment_dynamic, lookup_for

EXTRA_KEYWORDS = ("where", "select", "tables", "order_by")


class SqlFormatting(Rule):
    meta = RuleMeta.of(
        id="INP108",
        clause="SG-5.1",
        title="SQL built by string formatting",
        severity="medium",
        confidence="high",
        cwe=[89],
        owasp="A03:2021-Injection",
        message="{name}() receives SQL built by string formatting; pass the values as query parameters",
        rationale=(
            "A value formatted into SQL text becomes part of the statement: a quote in it ends the string "
            "literal and the rest runs as SQL. One injectable query exposes every record the service's "
            "database account can read, including clients' confidential and pre-disclosure insider "
            "information, and lets the attacker change or delete it. Every statement formatted from values "
            "that are not constants is reported; it warns because the origin of the values decides how "
            "dangerous it is: INP402 (critical, blocking) reports the statement that request, command-line "
            "or environment data is proven to reach."
        ),
        remediation=(
            "Keep the SQL text constant and pass values separately: cursor.execute('SELECT * FROM orders "
            "WHERE client_id = %s', (client_id,)) (the placeholder style of the driver: %s, ? or :name), "
            "Model.objects.raw('... WHERE id = %s', [pk]), sqlalchemy.text('... WHERE id = :id') with "
            "bind parameters. Identifiers that must vary are chosen from an allow-list or quoted with the "
            "driver's identifier quoting (connection.ops.quote_name, psycopg.sql.Identifier)."
        ),
        references=(
            "https://cheatsheetseries.owasp.org/cheatsheets/Query_Parameterization_Cheat_Sheet.html",
            "https://docs.djangoproject.com/en/stable/topics/db/sql/#passing-parameters-into-raw",
        ),
    )
    nodes = (cst.Call,)
    needles = (
        "execute",
        ".raw(",
        ".extra(",
        "sqlalchemy",
        "read_sql",
        "mogrify",
        "RawSQL",
        ".query",  # an ORM query's fragment methods (session.query(Model).filter("..."))
        re.compile(r"\.(?:fetch|fetchrow|fetchval|run)\s*\("),
    )
    # reported only at a call of an SQL API given a value other than a constant, or at a query-builder
    # method whose first argument is text built in place
    shape = Shape(calls=("@sql.functions",), methods=("extra", "@sql.methods"), built_first=("@sql.fragment-methods",))

    def check_node(self, node: cst.CSTNode, ctx: Context) -> None:
        """Statements passed to the SQL APIs of the knowledge base (sql.methods, sql.functions) and the
        fragments of Django's QuerySet.extra()."""
        if not isinstance(node, cst.Call):
            return
        sql = ctx.knowledge.sql
        if isinstance(node.func, cst.Attribute):
            method = node.func.attr.value
            if method == "extra":
                if _extra_dynamic(node, lookup_for(node, None, ctx), ctx):
                    ctx.report(node, self.meta.message.format(name="extra"))
                return
            keywords = sql.methods.get(method)
            if keywords is not None:  # also pandas.read_sql(...) spelled as a method call
                query = argument_value(node, keywords)
                if query is not None and dynamic(query, lookup_for(node, query, ctx)) and not _proven(query, ctx):
                    ctx.report(node, self.meta.message.format(name=method))
                return
            fragment = node.args[0].value if node.args and node.args[0].keyword is None else None
            if fragment is not None and _built_text(fragment) and _fragment_method(node, method, ctx):
                if fragment_dynamic(fragment, lookup_for(node, fragment, ctx)):
                    ctx.report(node, self.meta.message.format(name=method))
                return
            if method not in sql.function_names:
                return
        name = ctx.qualname(node.func)
        keywords = sql.functions.get(name) if name is not None else None
        if keywords is not None:
            query = argument_value(node, keywords)
            if query is not None and dynamic(query, lookup_for(node, query, ctx)) and not _proven(query, ctx):
                ctx.report(node, self.meta.message.format(name=name))

    flagged = """
        import pandas as pd

        def find_client(cursor, request):
            name = request.args["name"]
            cursor.execute(f"SELECT * FROM clients WHERE name = '{name}'")  # expect
            cursor.execute("SELECT * FROM clients WHERE id = %s" % request.args["id"])  # expect
            cursor.executemany(  # expect
                "UPDATE clients SET tier = '{}' WHERE region = '{}'".format(name, request.args["region"]),
                [],
            )
            cursor.execute("DELETE FROM sessions WHERE user = '" + name + "'")  # expect
            query = "SELECT * FROM trades WHERE trader = '%s'" % name
            cursor.execute(query)  # expect
            return cursor.fetchall()

        def reports(engine, connection, Trade, region):
            import sqlalchemy
            from sqlalchemy import text as sql_text

            frame = pd.read_sql(f"SELECT * FROM positions WHERE region = '{region}'", engine)  # expect
            rows = connection.execute(sql_text("SELECT * FROM orders WHERE id = '" + region + "'"))  # expect
            both = sqlalchemy.text(f"SELECT * FROM fills WHERE region = '{region}'")  # expect
            trades = Trade.objects.raw(f"SELECT * FROM app_trade WHERE region = '{region}'")  # expect
            filtered = Trade.objects.extra(where=[f"region = '{region}'"])  # expect
            return frame, rows, both, trades, filtered

        async def desk_positions(pool, desk):
            from django.db.models.expressions import RawSQL
            rows = await pool.fetch(f"SELECT * FROM positions WHERE desk = '{desk}'")  # expect
            flag = RawSQL("SELECT id FROM desks WHERE name = '%s'" % desk, ())  # expect
            return rows, flag

        def wait_for_lock(connection, timeout, fallback, rows, page):
            connection.execute(f"PRAGMA busy_timeout={max(timeout, fallback)}")  # expect
            connection.execute(f"SELECT * FROM trades LIMIT {rows * page}")  # expect

        def search(db, term):
            sql = "SELECT id FROM notes WHERE 1 = 1"
            sql += " AND body LIKE '%%%s%%'" % term
            db.executescript(sql)  # expect

        def by_status(cursor, request):
            status = request.args["status"]
            cursor.execute("SELECT id FROM tickets WHERE status = %s AND owner = %%s" % status, [7])  # expect
            for column in ("title", request.args["column"]):
                cursor.execute(f"SELECT id FROM tickets WHERE {column} = '{column}'")  # expect

        def journal(request, Journal):
            lines = request.dbsession.query(Journal)
            return lines.group_by("desk, {}".format(request.params["field"]))  # expect

        def ledger(session, Entry, request):
            account = request.args["account"]
            entries = session.query(Entry).filter("account = '%s'" % account)  # expect
            ordered = entries.order_by(f"{request.args['sort']} desc")  # expect
            return ordered.having("sum(amount) > " + request.args["min"])  # expect

        def statement(Entry, account):
            from sqlalchemy import select

            return select(Entry).where("account = '%s'" % account)  # expect

        def unquoted(value):
            return "'" + value.replace("%", "%%") + "'"  # the quote itself is not doubled

        def on_connect_hook(connection, settings):
            key = settings["key"]

            def on_connect(dbapi_connection):
                dbapi_connection.cursor().execute(f"PRAGMA key = '{key}'")  # expect

            return on_connect

        def table_info(cursor, request):
            table = request.args["table"]
            cursor.execute(f"SELECT * FROM information_schema.tables WHERE table_name = {unquoted(table)}")  # expect
            cursor.execute("SELECT COUNT(*) FROM x WHERE name = '" + str(table) + "'")  # expect
            cursor.execute("SELECT COUNT(*) FROM x WHERE name = " + table.replace("'", "''"))  # expect
            doubled = table.replace("'", "''")
            cursor.execute("SELECT COUNT(*) FROM x WHERE id = %s" % doubled)  # expect

        class Desk:
            LEVELS = {"low": 1, "high": 2}
            names = ["cache_size"]

            def estimate(self, cursor, model, request):
                cursor.execute("SELECT n FROM stats WHERE relname = '%s'" % model.title)  # expect
                cursor.execute("SELECT 1 FROM seqs WHERE name = '%s'" % sequence_name(request.args["t"]))  # expect
                cursor.execute(f"PRAGMA level = {self.names[request.args['level']]}")  # expect
                settings = {p: request.args[p] for p in self.names}
                for key, value in settings.items():
                    cursor.execute(f"PRAGMA {key} = {value}")  # expect

            def configure(self, request):
                self.names = request.args.getlist("pragma")

        def filtered_tickets(cursor, request):
            where = {"state": "open", "owner": request.args["owner"]}
            cursor.execute("SELECT id FROM tickets WHERE owner = '%s'" % where["owner"])  # expect

        def tagged(cursor, request):
            tags = ", ".join(f"'{t}'" for t in request.args.getlist("tag"))
            cursor.execute(f"SELECT id FROM tickets WHERE tag IN ({tags})")  # expect

        class Tickets:
            def _quoted_list(self, values):
                return ", ".join("'%s'" % v for v in values)

            def close(self, cursor, request):
                ids = request.args.getlist("id")
                chosen = self._quoted_list(ids)
                cursor.execute("UPDATE tickets SET state = 'closed' WHERE id IN (%s)" % chosen)  # expect

        def archive_rows(connection, table, rows, parts):
            import sqlalchemy as sa

            for row in rows:
                # the fields of a dict spread into format() are its values: here the row's own, as text
                pieces = dict(table=sql_name(table), values=", ".join([repr(v) for v in row.values()]))
                connection.execute(sa.text("INSERT INTO {table} VALUES ({values})".format(**pieces)))  # expect
                # a dict the function was given: any of its values can fill any field
                connection.execute(sa.text("INSERT INTO {table} VALUES ({values})".format(**parts)))  # expect
                # a name in the column list, but a bind marker named after the row's keys is SQL text
                markers = ", ".join([":" + key for key in row])
                connection.execute(sa.text(f"INSERT INTO log VALUES ({markers})"), row)  # expect
    """
    safe = """
        import time

        import pandas as pd
        from sqlalchemy import text

        ORDERS = "SELECT * FROM orders WHERE region = %s"

        def param_list(count):
            return ", ".join("?" * count)  # only placeholders, whatever the count

        def find_client(cursor, request, connection):
            name = request.args["name"]
            cursor.execute("SELECT * FROM clients WHERE name = %s", (name,))
            cursor.execute(ORDERS, [request.args["region"]])
            table = connection.ops.quote_name(request.args["table"])
            cursor.execute("SELECT COUNT(*) FROM %s" % table)
            cursor.execute("SELECT * FROM {} WHERE id = %s".format("clients"), [name])
            ids = request.args.getlist("id")
            placeholders = ", ".join(["%s"] * len(ids))
            cursor.execute(f"SELECT * FROM clients WHERE id IN ({placeholders})", ids)
            cursor.execute("DELETE FROM clients WHERE id IN (%s)" % param_list(len(ids)), ids)
            cursor.execute("SELECT * FROM clients LIMIT %d" % int(request.args["limit"]))
            return cursor.fetchall()

        def page(cursor, size, offset):
            cursor.execute(f"SELECT * FROM clients LIMIT {size:d} OFFSET {offset:d}")  # numbers, or ValueError
            return cursor.fetchall()

        def wait_for_lock(connection, budget_ms, started, poll_ms, page):
            # a difference, a quotient, a power or a negation is a number whatever its operands were
            remaining = max(0, budget_ms - int((time.monotonic() - started) * 1000))
            connection.execute(f"PRAGMA busy_timeout={min(remaining, poll_ms // 2)}")
            connection.execute(f"SELECT * FROM trades LIMIT 50 OFFSET {(page - 1) * 50}")
            connection.execute("SELECT * FROM fills WHERE age > %s" % abs(-budget_ms / 1000))

        def client_name(cursor):
            from flask import request as flask_request

            client_id = flask_request.args.get("id", type=int)  # int(value), or None: werkzeug converts it
            cursor.execute(f"SELECT name FROM clients WHERE id = {client_id}")
            return cursor.fetchone()

        def reports(engine, connection, Trade, region, executor, task):
            frame = pd.read_sql("SELECT * FROM positions WHERE region = %(r)s", engine, params={"r": region})
            rows = connection.execute(text("SELECT * FROM orders WHERE region = :region"), {"region": region})
            trades = Trade.objects.raw("SELECT * FROM app_trade WHERE region = %s", [region])
            filtered = Trade.objects.extra(where=["region = %s"], params=[region])
            executor.execute(f"deploy {task}")
            return frame, rows, trades, filtered

        from django import forms

        class DeskForm(forms.Form):
            desk = forms.RegexField(regex=r"^[a-z]{2,12}$")  # letters only, or the form is invalid
            days = forms.IntegerField()

        def desk_trades(request, Trade):
            form = DeskForm(request.GET)
            if not form.is_valid():
                return None
            desk, days = form.cleaned_data["desk"], form.cleaned_data["days"]
            return Trade.objects.extra(where=[f"desk = '{desk}'", f"opened > now() - interval '{days} days'"])

        async def desk_positions(pool, client, desk):
            from django.db.models.expressions import RawSQL
            rows = await pool.fetch("SELECT * FROM positions WHERE desk = $1", desk)
            flag = RawSQL("SELECT id FROM desks WHERE name = %s", (desk,))
            page = await client.fetch(f"https://desks.example.com/{desk}")
            return rows, flag, page

        def tickets(store, ticket_id):
            mark = store.paramstyle_marker
            store.cursor.execute("SELECT title FROM tickets WHERE id = %s" % mark, (ticket_id,))
            sql = "UPDATE tickets SET seen = 1 WHERE id = %s AND owner = %s" % (mark, mark)
            store.cursor.execute(sql, (ticket_id, store.user))
            for state in ("open", "closed"):
                store.cursor.execute(f"SELECT COUNT(*) FROM tickets WHERE state = '{state}'")
            order = "DESC" if len(store.name) * 2 > 100 else "ASC"
            store.cursor.execute("SELECT id FROM tickets ORDER BY id %s" % order)
            marks = ", ".join([f":v{n}" for n in range(len(store.rows))])
            store.cursor.execute(f"INSERT INTO tickets VALUES ({marks})", store.rows)

        import enum

        class Order(enum.Enum):
            NEWEST = "created DESC"
            OLDEST = "created ASC"

        def sorted_tickets(cursor, request):
            # a member of the enumeration (or ValueError): its value is one of the class's constants
            order = Order(request.args.get("order", "created DESC"))
            cursor.execute("SELECT id FROM tickets ORDER BY %s" % order.value)

        def page_size():
            return 50

        def first_page(cursor):
            # a function that always returns a constant gives that constant
            cursor.execute("SELECT id FROM tickets LIMIT %s" % page_size())

        def open_tickets(cursor, request):
            # a constant kept under a constant key stays one, whatever the dict's other values are
            where = {"state": "open", "owner": request.args["owner"]}
            cursor.execute("SELECT id FROM tickets WHERE state = '%s'" % where["state"])

        def ledger(session, Entry, request):
            from sqlalchemy import desc

            entries = session.query(Entry).filter(Entry.account == request.args["account"])
            sort = "booked" if request.args.get("sort") == "booked" else "amount"
            ordered = entries.order_by(desc(sort)).order_by(f"{sort} desc")
            return ordered.group_by(Entry.account).having("count(*) > %d" % int(request.args["min"]))

        def sql_literal(value):
            return "'" + value.replace("\\0", "").replace("'", "''") + "'"

        def sql_name(value):
            return '"' + value.replace('"', '""') + '"'

        def quoted_name(value):
            return '"{}"'.format(value.replace('"', '""'))

        def quoted_text(value):
            return f\"\"\"'{value.replace("'", "''")}'\"\"\"

        def dump_table(cursor, table):
            columns = [row[1] for row in cursor.execute("PRAGMA table_info(%s)" % quoted_name(table))]
            selected = ", ".join(quoted_name(c) for c in columns)
            cursor.execute(f"SELECT {selected} FROM {quoted_name(table)} WHERE note = {quoted_text(table)}")
            listed = ", ".join([quoted_text(c) for c in columns])
            cursor.execute(f"SELECT name FROM dictionary WHERE word IN ({listed})")

        def on_connect_hook(connection, settings):
            key = sql_literal(settings["key"])
            level = int(settings["level"])

            def on_connect(dbapi_connection):
                cursor = dbapi_connection.cursor()
                cursor.execute(f"PRAGMA key = {key}")
                cursor.execute(f"PRAGMA cache_size = {level}")

            return on_connect

        def table_info(cursor, request):
            table = request.args["table"]
            cursor.execute(f"SELECT * FROM information_schema.tables WHERE table_name = {sql_literal(table)}")
            cursor.execute("SELECT COUNT(*) FROM %s" % sql_name(table))
            days = int(request.args["days"])
            cursor.execute("DELETE FROM log WHERE age > '" + str(days) + "'")
            owner = request.args["owner"]
            cursor.execute(f'''SELECT * FROM log WHERE owner = '{owner.replace("'", "''")}' ''')
            cursor.execute("SELECT * FROM log WHERE owner = '" + owner.replace("'", "''") + "'")
            escaped = owner.replace("'", "''")
            cursor.execute("SELECT * FROM log WHERE owner = '%s'" % escaped)

        class Desk:
            LEVELS = frozendict({"low": 1, "high": 2})
            PRAGMAS = ("cipher", "kdf_iter")

            def estimate(self, cursor, model, connection):
                cursor.execute("SELECT n FROM stats WHERE relname = '%s'" % model._meta.db_table)
                sequence = connection.ops.sequence_name(model._meta.db_table)
                cursor.execute("SELECT 1 FROM seqs WHERE name = '%s'" % sequence)

            def set_level(self, cursor, level, url, quoter):
                value = self.LEVELS[level]
                cursor.execute(f"PRAGMA level = {value}")
                pragmas = {p: quoter.quote_identifier(url.query[p]) for p in self.PRAGMAS}
                for key, quoted in pragmas.items():
                    cursor.execute(f"PRAGMA {key} = {quoted}")

        import itertools

        import sqlalchemy as sa

        def archive_rows(connection, table, rows):
            for row in rows:
                # bind markers numbered by a counter or a range, names quoted by the module's own function,
                # spread into format() from a dict built here: every value goes as a parameter
                numbers = itertools.count()
                names = [f"v_{next(numbers)}" for _ in row]
                pieces = dict(
                    table=sql_name(table),
                    columns=", ".join([sql_name(column) for column in row]),
                    values=", ".join(
                        [f"cast(:{n} as json)" if isinstance(v, dict) else ":" + n for n, v in zip(names, row.values())]
                    ),
                )
                sql = "INSERT INTO {table} ({columns}) VALUES ({values})".format(**pieces)
                connection.execute(sa.text(sql), dict(zip(names, row.values())))
                keys = {"table": sql_name(table), "marks": ", ".join([f":k{i}" for i, _ in enumerate(row)])}
                chosen = {f"k{i}": key for i, key in enumerate(row)}
                connection.execute(sa.text("DELETE FROM {table} WHERE key IN ({marks})".format(**keys)), chosen)
    """


def _proven(query: cst.BaseExpression, ctx: Context) -> bool:
    """The whole statement is one of a few constant texts, or built from input a check made harmless."""
    return ctx.facts(query).trusted("sql")


def _extra_dynamic(call: cst.Call, lookup: Lookup, ctx: Context) -> bool:
    """QuerySet.extra(where=[...], select={...}, ...): every item is raw SQL, so any formatting counts, unless
    the flow proves the item harmless (as a statement of the other APIs: a constant, or checked input)."""
    for keyword in EXTRA_KEYWORDS:
        found = arg(call, keyword)
        if found is None:
            continue
        value = found.value
        items = literal_items(value) or [value]
        if any(dynamic(item, lookup, fragment=True) and not _proven(item, ctx) for item in items):
            return True
    return False


def _built_text(expr: cst.BaseExpression) -> bool:
    """A string built in place: an f-string, `a + b`, `t % v` or `t.format(...)`."""
    if isinstance(expr, (cst.FormattedString, cst.ConcatenatedString)):
        return True
    if isinstance(expr, cst.BinaryOperation):
        return isinstance(expr.operator, (cst.Add, cst.Modulo))
    return isinstance(expr, cst.Call) and isinstance(expr.func, cst.Attribute) and expr.func.attr.value == "format"


def _fragment_method(call: cst.Call, method: str, ctx: Context) -> bool:
    """A query-builder method that also takes raw SQL text, in a file that imports its library or on an
    ORM query (`session.query(Model).filter(...)`, `Model.query.order_by(...)`, a name assigned one)."""
    fragments = ctx.knowledge.sql.fragment_methods
    if not any(method in methods for methods in fragments.values()):
        return False
    if any(method in methods and imports_module(ctx, package) for package, methods in fragments.items()):
        return True
    assert isinstance(call.func, cst.Attribute)
    return _orm_query(call.func.value, call, ctx, 0)


def _orm_query(expr: cst.BaseExpression, at: cst.CSTNode, ctx: Context, depth: int) -> bool:
    """A chain of calls and attributes that goes through `.query(...)` or `.query`."""
    while isinstance(expr, (cst.Call, cst.Attribute)):
        if isinstance(expr, cst.Attribute):
            if expr.attr.value == "query":
                return True
            expr = expr.value
        else:
            expr = expr.func
    if isinstance(expr, cst.Name) and depth < 3:
        value = assigned_value(ctx, expr.value, at)
        return value is not None and _orm_query(value, at, ctx, depth + 1)
    return False
