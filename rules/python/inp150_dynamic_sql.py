"""Audit: SQL statements that are not constants, run without query parameters."""

import re

import libcst as cst
from guidelint.cst import (
    NOT_CONSTANT,
    Context,
    Rule,
    RuleMeta,
    Shape,
    arg,
    argument_value,
    constant_collection,
    dotted,
    handlers,
    literal_items,
    may_be_fixed,
    module_constant,
    name_words,
    numeric_template,
    quoting_call,
    string_parts,
    string_text,
)
from guidelint.cst.sqlobjects import local_values, statement
from guidelint.cst.sqltext import SAFE_CALLS

# methods named like generic operations: only when the receiver or the statement text says it is SQL
GENERIC_METHODS = frozenset({"execute", "executemany", "fetch", "run", "raw"})
PARAMETER_KEYWORDS = ("params", "parameters", "args", "vars", "seq_of_parameters", "bind_params")
EXTRA_KEYWORDS = ("where", "select", "tables", "order_by")
# words of receiver names that are database handles
DB_WORDS = frozenset(
    {"cursor", "cur", "conn", "connection", "con", "db", "database", "session", "engine", "pool", "tx", "transaction"}
    | {"objects"}  # a Django model manager: Model.objects.raw(...)
)
# calls whose result may go into SQL text: identifier quoting and numbers (SAFE_CALLS), psycopg's composition
COMPOSERS = frozenset({"SQL", "Composed", "Identifier", "Literal", "Placeholder"})
_SQL = re.compile(
    r"^[\s(]*(select|insert|update|delete|replace|merge|upsert|create|alter|drop|truncate|with|grant|revoke|call"
    r"|copy|where|order\s+by|group\s+by|having)\b",
    re.IGNORECASE,
)

# the first words of SQL statements in any dialect (transactions, sessions and maintenance too): a generic
# method (run, execute) given known text that starts with another word runs another language's command
_ANY_SQL = re.compile(
    r"^[\s(]*(?:select|insert|update|delete|replace|merge|upsert|create|alter|drop|truncate|with|grant|revoke"
    r"|call|copy|pragma|exec|execute|show|describe|desc|explain|vacuum|analy[sz]e|lock|unlock|declare|set|begin"
    r"|start|commit|rollback|savepoint|release|use|attach|detach|reindex|comment|refresh|listen|notify|unlisten"
    r"|prepare|deallocate|reset|discard|load|cluster|checkpoint|optimize|rename|values|table|fetch|close|move"
    r"|open|do|import|export|end|abort|xa|handler|kill|flush|purge|repair|check|checksum|backup|restore|print"
    r"|waitfor|dbcc|bulk|raiserror|throw|if|while|return|go|get|signal|resignal|install|uninstall|shutdown"
    r"|security|sp_\w+|xp_\w+)(?![\w-])",
    re.IGNORECASE,
)
_FIRST_WORD = re.compile(r"^[\s(]*[A-Za-z]")


_VALUE_BEFORE = re.compile(
    r"(=|<|>|\blike|\bilike|\bbetween|\blimit|\boffset|\border\s+by|\bin\s*\(|\bvalues\s*\()$", re.IGNORECASE
)
_PERCENT_FIELD = re.compile(r"%(?:\([^)]*\))?[-+ #0]*\d*(?:\.\d+)?[sr]")
_FORMAT_FIELD = re.compile(r"\{[^{}]*\}")


class DynamicSql(Rule):
    meta = RuleMeta.of(
        id="INP150",
        clause="SG-5.1",
        title="SQL statement that is not a constant, run without parameters",
        severity="low",
        confidence="low",
        cwe=[89],
        owasp="A03:2021-Injection",
        message="{name}() runs SQL text built at run time and passes no query parameters; check what goes into it",
        rationale=(
            "SG-5.1 lets input reach SQL only as bound parameters. A statement assembled at run time and run "
            "without parameters either embeds its values in the text, or takes table and column names from "
            "somewhere; when any of them can come from a caller, a quote in it rewrites the statement and "
            "exposes every record the service's account can read, including clients' confidential and "
            "insider information. INP108 blocks values formatted into SQL; this audit finding lists the "
            "other dynamic statements for the CSIRT review queue."
        ),
        remediation=(
            "Keep the statement text constant and pass values as parameters: cursor.execute('SELECT ... "
            "WHERE id = %s', (value,)), await conn.fetch('SELECT ... WHERE id = $1', value), "
            "RawSQL('... = %s', (value,)), text('... = :id').bindparams(id=value). Choose identifiers from an "
            "allow-list or quote them with the driver (connection.ops.quote_name, psycopg.sql.Identifier). "
            "Suppress the finding with a reason when the text is assembled only from trusted parts."
        ),
        references=(
            "https://cheatsheetseries.owasp.org/cheatsheets/Query_Parameterization_Cheat_Sheet.html",
            "https://magicstack.github.io/asyncpg/current/usage.html",
        ),
    )
    nodes = (cst.Call,)
    needles = (
        "execute",
        "mogrify",
        ".raw(",
        ".extra(",
        "sqlalchemy",
        "RawSQL",
        "read_sql",
        re.compile(r"\.(?:fetch|fetchrow|fetchval|run)\s*\("),
    )
    # reported only at a call of an SQL API given a value other than a constant
    shape = Shape(calls=("@sql.functions",), methods=("extra", "@sql.methods", "@sql.text-only-methods"))

    def check_node(self, node: cst.CSTNode, ctx: Context) -> None:
        """Statements passed to the SQL APIs of the knowledge base (sql.methods, sql.text-only-methods,
        sql.functions) and the fragments of Django's QuerySet.extra()."""
        if not isinstance(node, cst.Call):
            return
        sql = ctx.knowledge.sql
        if isinstance(node.func, cst.Attribute):
            method = node.func.attr.value
            if method == "extra":
                self._check_extra(node, ctx)
                return
            keywords = sql.methods.get(method)
            text_only = keywords is None and method in sql.text_only_methods
            if text_only:
                keywords = sql.text_only_methods[method]
            if keywords is not None:  # also pandas.read_sql spelled as a method
                self._check_method(node, method, keywords, text_only, ctx)
                return
            if method not in sql.function_names:
                return
        name = ctx.qualname(node.func)
        keywords = sql.functions.get(name) if name is not None else None
        if name is None or keywords is None:
            return
        statement = argument_value(node, keywords)
        if statement is None or _has_parameters(node, name):
            return
        if name.endswith("text") and _bound_later(node, ctx):
            return
        if _dynamic(statement, ctx) and not _value_formatted(statement, ctx) and not _proven(statement, ctx):
            ctx.report(node, self.meta.message.format(name=name.rsplit(".", 1)[-1]))

    def _check_method(
        self, node: cst.Call, method: str, keywords: tuple[str, ...], text_only: bool, ctx: Context
    ) -> None:
        if _has_parameters(node, method):
            return
        statement = argument_value(node, keywords)
        if statement is None or not _dynamic(statement, ctx) or _value_formatted(statement, ctx):
            return
        assert isinstance(node.func, cst.Attribute)
        if method in GENERIC_METHODS and not (_db_receiver(node.func.value, ctx) or _looks_sql(statement, ctx)):
            return
        if method in GENERIC_METHODS and _other_language(statement, ctx):
            return  # session.run("(Get-NetIPAddress ...)"): a PowerShell session's command, not SQL
        if text_only and not _looks_sql(statement, ctx):
            return
        if not _proven(statement, ctx):
            ctx.report(node, self.meta.message.format(name=method))

    def _check_extra(self, call: cst.Call, ctx: Context) -> None:
        """QuerySet.extra(where=[...], select={...}): raw SQL fragments, parameters in params/select_params."""
        if arg(call, "params") is not None or arg(call, "select_params") is not None:
            return
        for keyword in EXTRA_KEYWORDS:
            found = arg(call, keyword)
            if found is None:
                continue
            value = found.value
            items = literal_items(value) or [value]
            if any(_dynamic(i, ctx) and not _value_formatted(i, ctx) and not _proven(i, ctx) for i in items):
                ctx.report(call, self.meta.message.format(name="extra"))
                return

    flagged = """
        import asyncpg
        from django.db import connection
        from django.db.models.expressions import RawSQL
        from sqlalchemy import text

        def purge(table):
            with connection.cursor() as cursor:
                cursor.execute("DELETE FROM %s WHERE archived" % table)  # expect
                cursor.execute("DELETE FROM %s WHERE age > %d" % (table, 30))  # expect

        def run_report(cursor, report, Trade):
            cursor.execute(report.sql)  # expect
            return list(Trade.objects.raw(report.sql))  # expect

        def export(warehouse, table):
            return warehouse.read_sql(f"SELECT * FROM {table}")  # expect

        async def positions(pool: asyncpg.Pool, table, columns):
            query = f"SELECT {columns} FROM positions"
            rows = await pool.fetch(query)  # expect
            first = await pool.fetchrow("SELECT * FROM " + table)  # expect
            async with pool.acquire() as conn:
                async for row in conn.cursor(f"SELECT * FROM {table}"):  # expect
                    print(row)
            return rows, first

        def annotate(Trade, column, expression):
            found = Trade.objects.annotate(hit=RawSQL(f"similarity({column}, 'x')"))  # expect
            legacy = Trade.objects.extra(select={"score": expression})  # expect
            clause = text(f"SELECT {column} FROM trades")  # expect
            return found, legacy, clause

        class Archive:
            TABLE = "archived_trades"

            def __init__(self, table):
                self.TABLE = table  # each instance names its own: not the class's constant

            def totals(self, cursor):
                cursor.execute(f"SELECT count(*) FROM {self.TABLE}")  # expect

        def wipe(session, table):
            session.execute(text(f"DELETE FROM {table}"))  # expect

        from sqlalchemy import DDL

        def drop_schema(connection, schema, table):
            connection.execute(DDL(f"DROP SCHEMA {schema} CASCADE"))  # expect
            connection.exec_driver_sql(f"TRUNCATE {table}")  # expect

        def rebuild(cursor, statements):
            sql = "ANALYZE trades"
            for sql in statements:  # the loop gives the name other values than its assignment
                cursor.execute(sql)  # expect

        def _wrapped(name):
            return '"' + name + '"'  # a quote in the name ends the identifier

        class Report:
            table = "trades"

            @property
            def _query(self):
                return f"SELECT * FROM {self.table}"

            def rows(self, cursor, table):
                base = "SELECT * FROM {}"
                cursor.execute(base.format(table))  # expect
                cursor.execute(self._query)  # expect
                cursor.execute("DROP TABLE " + _wrapped(table))  # expect

        def maintain(db, session, cursor, table, mode, name):
            db.run(f"VACUUM {table}")  # expect
            session.execute(f"BEGIN {mode}")  # expect
            cursor.execute("FETCH FORWARD 10 FROM " + name)  # expect

        def ledger_rows(cursor, ledgers, archived):
            view = "ledger_current"
            if archived:
                view = ledgers[0]
            cursor.execute("SELECT * FROM {}".format(view))  # expect

        def ledger_totals(cursor, ledgers):
            view = "ledger_current"
            for ledger in ledgers:
                cursor.execute("SELECT sum(amount) FROM " + view)  # expect
                view = ledger  # what the next iteration reads

        def saved_report(cursor, reports, name):
            report = reports.get(name)
            cursor.execute(report.statement)  # expect: a saved report's text
    """
    safe = """
        import asyncpg
        from django.db import connection
        from django.db.models.expressions import RawSQL
        from psycopg import sql
        from sqlalchemy import text

        PURGE = "DELETE FROM sessions WHERE expires < now()"
        COLUMNS = {"date": "created_at", "size": "size_bytes"}

        def purge(table, days):
            with connection.cursor() as cursor:
                cursor.execute(PURGE)
                cursor.execute("DELETE FROM audit WHERE age > %s", [days])
                cursor.execute("DELETE FROM %s WHERE archived" % connection.ops.quote_name(table))
                cursor.execute(sql.SQL("DELETE FROM {} WHERE archived").format(sql.Identifier(table)))
                cursor.execute("SELECT * FROM clients LIMIT %d" % int(days))
                # %d and %f accept numbers only: whatever the value, the text holds digits
                cursor.execute("SELECT * FROM clients LIMIT %d OFFSET %d" % (days, days * 2))
                query = "SELECT count(*) FROM trades"
                query += " WHERE settled"
                cursor.execute(query)

        async def positions(pool: asyncpg.Pool, desk, order, client, url):
            rows = await pool.fetch("SELECT * FROM positions WHERE desk = $1", desk)
            first = await pool.fetchrow(f"SELECT * FROM trades ORDER BY {COLUMNS[order]}")
            page = await client.fetch(url)
            async with pool.acquire() as conn:
                async for row in conn.cursor("SELECT * FROM positions WHERE desk = $1", desk):
                    print(row)
            return rows, first, page

        def annotate(Trade, term, executor, task):
            found = Trade.objects.annotate(hit=RawSQL("position(%s in memo)", (term,)))
            legacy = Trade.objects.extra(where=["memo LIKE %s"], params=["%" + term + "%"])
            clause = text("SELECT * FROM trades WHERE memo = :term").bindparams(term=term)
            executor.execute(task)
            return found, legacy, clause

        def settled(engine, desk):
            query = "SELECT * FROM trades WHERE desk = :desk"
            with engine.connect() as conn:
                return conn.execute(text(query.strip()), {"desk": desk}).all()  # bound by execute

        def assets(request, cursor):
            sql = "SELECT tag FROM assets"
            if (owner := request.GET.get("owner", "")).isdigit():
                sql += f" WHERE owner_id = {owner}"  # the dataflow knows it holds digits only
            cursor.execute(sql)

        import enum

        class Ledger(enum.Enum):
            CASH = "cash_positions"
            FX = "fx_positions"

        class Archive:
            TABLE = "archived_trades"

            def totals(self, cursor):
                for ledger in Ledger:  # each table name is one of the enumeration's values
                    cursor.execute(f"SELECT sum(amount) FROM {ledger.value}")
                cursor.execute(f"SELECT count(*) FROM {self.TABLE}")

        # statement objects: SQLAlchemy composes their SQL with bound parameters
        from sqlalchemy import DDL, delete, select
        from sqlalchemy.schema import DropTable

        def housekeeping(session, connection, trades, desk):
            stmt = select(trades).where(trades.c.desk == desk).order_by(trades.c.id)
            rows = session.execute(stmt).all()
            session.execute(delete(trades).where(trades.c.settled))
            connection.execute(DropTable(trades))
            connection.execute(text("ROLLBACK PREPARED :xid").bindparams(xid=desk))
            connection.execute(DDL("DROP SCHEMA staging CASCADE"))
            return rows

        def desk_totals(session, trades, limit):
            stmt = select(trades.c.desk)
            stmt = stmt.where(trades.c.settled).group_by(trades.c.desk)  # still the statement object
            return session.execute(stmt.limit(limit)).all()

        import functools

        def _quoted(name):
            return '"' + name.replace('"', '""') + '"'  # the module's own identifier quoting

        class Ledgers:
            @functools.cached_property
            def _desks_query(self):
                return select(trades.c.desk)

            @property
            def _ping(self):
                return str(select(1).compile())  # the SQL text SQLAlchemy composes itself

            def desks(self, connection, cursor, table):
                cursor.execute(self._ping)
                cursor.execute("DROP TABLE " + _quoted(table))
                return connection.execute(self._desks_query).all()

        def interface_addresses(session, index):
            command = f"(Get-NetIPAddress -InterfaceIndex {index}).IPAddress"
            return session.run(command)  # a PowerShell session's command, not SQL

        from sqlalchemy import func

        def open_positions(session, Position, desk):
            query = session.query(Position).filter_by(desk=desk)
            query = query.filter(Position.open)
            counted = query.statement.with_only_columns(func.count()).order_by(None)  # the query's select
            return session.execute(counted).scalar(), session.execute(query.statement).all()

        def ledger_view(cursor):
            view = "ledger_views"
            cursor.execute("SELECT name FROM {} WHERE active".format(view))  # only the assignment above reaches it
            view = cursor.fetchone()[0]  # rebound after the statement ran
            return view
    """


def _has_parameters(call: cst.Call, name: str) -> bool:
    """Values passed next to the statement: a second positional argument (asyncpg: any), a parameters
    keyword, or *args/**kwargs that may carry them."""
    if any(a.star for a in call.args):
        return True
    if any(a.keyword is not None and a.keyword.value in PARAMETER_KEYWORDS for a in call.args):
        return True
    positional = [a for a in call.args if a.keyword is None]
    if name.endswith("read_sql") or name.endswith("read_sql_query"):
        return False  # the second argument is the connection
    if name.endswith("text"):
        return False
    if len(positional) > 1:
        return True
    # keyword parameters of pg8000.native run(sql, name=value) and similar
    return name == "run" and any(a.keyword is not None for a in call.args)


def _bound_later(call: cst.Call, ctx: Context) -> bool:
    """text(...).bindparams(...), or conn.execute(text(...), {...}): values are bound to the statement's
    :names."""
    parent = ctx.ancestors[-1] if ctx.ancestors else None
    grand = ctx.ancestors[-2] if len(ctx.ancestors) > 1 else None
    if isinstance(parent, cst.Arg) and isinstance(grand, cst.Call) and grand.args and grand.args[0] is parent:
        return _has_parameters(grand, "execute")
    return (
        isinstance(parent, cst.Attribute)
        and parent.attr.value == "bindparams"
        and isinstance(grand, cst.Call)
        and grand.func is parent
    )


def _db_receiver(receiver: cst.BaseExpression, ctx: Context) -> bool:
    """A receiver named like a database handle (cursor, conn, db, pool, session, ...), or a call that makes
    one (connection.cursor())."""
    if isinstance(receiver, cst.Call):
        receiver = receiver.func
    name = dotted(receiver)
    if name is None:
        return False
    words = name_words(name.rsplit(".", 1)[-1])
    return bool(words) and (words[-1] in DB_WORDS or words[0] in DB_WORDS)


def _text(expr: cst.BaseExpression, ctx: Context, depth: int = 0) -> str | None:
    """The literal text a statement starts with (through names it is assigned once), for telling SQL apart."""
    if depth > 3:
        return None
    text = string_text(expr)
    if text is not None:
        return text
    if isinstance(expr, cst.FormattedString):
        return "".join(p.value if isinstance(p, cst.FormattedStringText) else "?" for p in expr.parts)
    parts = string_parts(expr)
    if parts:
        return _text(parts[0], ctx, depth + 1)
    if isinstance(expr, cst.Name):
        values = local_values(expr.value, ctx)
        if values:
            return _text(values[0], ctx, depth + 1)
    return None


def _other_language(expr: cst.BaseExpression, ctx: Context) -> bool:
    """Text known to start with a word that begins no SQL statement (`Get-NetIPAddress`, `ls`)."""
    text = _text(expr, ctx)
    return text is not None and bool(_FIRST_WORD.match(text)) and not _ANY_SQL.match(text)


def _looks_sql(expr: cst.BaseExpression, ctx: Context) -> bool:
    text = _text(expr, ctx)
    return text is not None and bool(_SQL.match(text))


def _value_formatted(expr: cst.BaseExpression, ctx: Context, depth: int = 0) -> bool:
    """A value formatted straight into a string literal or after a comparison of SQL text written here:
    INP108 reports those (high), so this audit rule leaves them to it. (A name bound to itself, `q = q`, is
    followed a few times only.)"""
    if isinstance(expr, cst.Name):
        values = local_values(expr.value, ctx)
        return depth < 8 and len(values) == 1 and _value_formatted(values[0], ctx, depth + 1)
    text = _marked(expr)
    if text is None or "\0" not in text:
        return False
    for index, char in enumerate(text):
        if char != "\0":
            continue
        before = text[:index]
        if before.count("'") % 2 or _VALUE_BEFORE.search(before.rstrip()):
            return True
    return False


def _marked(expr: cst.BaseExpression) -> str | None:
    """The text of an f-string, `template % values`, `template.format(...)` or `a + b` with each variable part
    as NUL, when the template is literal."""
    if isinstance(expr, cst.FormattedString):
        return "".join(p.value if isinstance(p, cst.FormattedStringText) else "\0" for p in expr.parts)
    if isinstance(expr, cst.ConcatenatedString):
        left, right = _marked(expr.left), _marked(expr.right)
        return None if left is None or right is None else left + right
    text = string_text(expr)
    if text is not None:
        return text
    if isinstance(expr, cst.BinaryOperation) and isinstance(expr.operator, cst.Add):
        left, right = _marked(expr.left), _marked(expr.right)
        return (left if left is not None else "\0") + (right if right is not None else "\0")
    if isinstance(expr, cst.BinaryOperation) and isinstance(expr.operator, cst.Modulo):
        template = string_text(expr.left)
        return None if template is None else _PERCENT_FIELD.sub("\0", template.replace("%%", ""))
    if isinstance(expr, cst.Call) and isinstance(expr.func, cst.Attribute) and expr.func.attr.value == "format":
        template = string_text(expr.func.value)
        return None if template is None else _FORMAT_FIELD.sub("\0", template.replace("{{", "").replace("}}", ""))
    return None


def _dynamic(expr: cst.BaseExpression, ctx: Context, depth: int = 0) -> bool:
    """SQL text that is not fixed by the code: anything but literals, module constants, strings built only
    from fixed or safe parts (quoted identifiers, numbers, allow-list lookups), and names bound only to
    those."""
    return not (statement(expr, ctx) or _fixed(expr, ctx, depth))


def _fixed(expr: cst.BaseExpression, ctx: Context, depth: int = 0) -> bool:
    if module_constant(ctx, expr) is not NOT_CONSTANT:
        return True
    if depth > 4:
        return False
    if isinstance(expr, cst.Name):
        values = local_values(expr.value, ctx)
        return bool(values) and all(_fixed(v, ctx, depth + 1) for v in values)
    if isinstance(expr, cst.IfExp):
        return _fixed(expr.body, ctx, depth + 1) and _fixed(expr.orelse, ctx, depth + 1)
    if isinstance(expr, cst.Subscript):
        return _allow_list(expr.value, ctx)
    if isinstance(expr, cst.Call):
        func = expr.func
        last = (dotted(func) or "").rsplit(".", 1)[-1]
        if last in SAFE_CALLS or last in COMPOSERS:
            return True
        if quoting_call(ctx, func):
            return True  # the project's own identifier quoting: '"' + s.replace('"', '""') + '"'
        if isinstance(func, cst.Attribute):
            if func.attr.value == "format" and isinstance(func.value, cst.Call):
                inner = (dotted(func.value.func) or "").rsplit(".", 1)[-1]
                if inner in COMPOSERS:
                    return True  # psycopg sql.SQL(...).format(sql.Identifier(...)): quoted by the driver
            if func.attr.value == "join" and expr.args:
                return _fixed(func.value, ctx, depth + 1) and _placeholders(expr.args[0].value, ctx, depth + 1)
            if func.attr.value == "get":
                return _allow_list(func.value, ctx)
    if isinstance(expr, cst.BinaryOperation) and isinstance(expr.operator, cst.Modulo):
        template = string_text(expr.left)
        if template is not None and numeric_template(template):
            return True  # "LIMIT %d" % n: a number, or a TypeError
    parts = string_parts(expr)
    if parts is not None:
        return all(_fixed(p, ctx, depth + 1) for p in parts)
    return False


def _proven(expr: cst.BaseExpression, ctx: Context) -> bool:
    """The dataflow proves the text one of a few constants (identifiers from the module's or the project's
    constants, class attributes, enum members: `for ledger in Ledger: ... FROM {ledger.value}`), or, in a
    request handler, input a check made harmless to SQL. Asked last: elsewhere a check cannot vouch for
    the text's parts, which come from callers."""
    if _in_handler(ctx):
        return ctx.facts(expr).trusted("sql")
    return may_be_fixed(expr, ctx) and ctx.facts(expr).fixed  # asked only where constants can make it


def _in_handler(ctx: Context) -> bool:
    """Inside a routed function, or one that takes the request first (a Django view, a view's method)."""
    for function in ctx.functions:
        params = [p.name.value for p in (*function.params.posonly_params, *function.params.params)]
        if params[:1] == ["request"] or params[:2] == ["self", "request"] or handlers.route(function, ctx):
            return True
    return False


def _placeholders(expr: cst.BaseExpression, ctx: Context, depth: int) -> bool:
    """["%s"] * n, ("?" for _ in ids), or names and literals of those: only placeholders."""
    if isinstance(expr, cst.BinaryOperation) and isinstance(expr.operator, cst.Multiply):
        return _fixed(expr.left, ctx, depth) or _fixed(expr.right, ctx, depth)
    if isinstance(expr, (cst.GeneratorExp, cst.ListComp)):
        return _fixed(expr.elt, ctx, depth)
    return _fixed(expr, ctx, depth)


def _allow_list(table: cst.BaseExpression, ctx: Context) -> bool:
    """A collection literal of constants, directly or through a name bound only to one."""
    return constant_collection(local_values(table.value, ctx) if isinstance(table, cst.Name) else [table], ctx)
