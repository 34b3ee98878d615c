"""Databases configured with an empty password."""

import re

import libcst as cst
from guidelint.cst import Context, Rule, RuleMeta, arg, string_text

CONNECTS = {
    "psycopg2.connect": ("password",),
    "psycopg.connect": ("password",),
    "pymysql.connect": ("password", "passwd"),
    "MySQLdb.connect": ("passwd", "password"),
    "mysql.connector.connect": ("password", "passwd"),
    "asyncpg.connect": ("password",),
    "pymongo.MongoClient": ("password",),
    "redis.Redis": ("password",),
    "sqlalchemy.URL.create": ("password",),
    "sqlalchemy.engine.URL.create": ("password",),
    "sqlalchemy.engine.url.URL.create": ("password",),
}
# engines that hand connect_args={...} to the driver's connect() as its keywords
ENGINES = ("sqlalchemy.create_engine", "sqlalchemy.engine.create_engine", "sqlalchemy.ext.asyncio.create_async_engine")
DRIVER_PASSWORDS = frozenset({"password", "passwd"})
# a host that is a directory names the server's local socket (PostgreSQL's /var/run/postgresql, MySQL's
# unix_socket): there the server authenticates the operating-system user (peer), and no password is sent
SOCKET_KEYWORDS = ("unix_socket",)
# scheme://user:@host - a user with an explicitly empty password
EMPTY_IN_URL = re.compile(r"^[a-z][a-z0-9+.-]*://[^:/@\s]+:@", re.IGNORECASE)


class EmptyDatabasePassword(Rule):
    meta = RuleMeta.of(
        id="SEC102",
        clause="SG-8.1",
        title="Database configured with an empty password",
        severity="high",
        confidence="medium",
        cwe=[258, 521],
        owasp="A07:2021-Identification and Authentication Failures",
        message="{what} connects with an empty password",
        rationale=(
            "A database account with an empty password accepts anyone who can reach the database port, and "
            "configuration that expects one keeps working unnoticed when it is deployed next to client "
            "data. The separated networks limit who can reach the port; they do not replace authentication."
        ),
        remediation=(
            "Give the account a password (or certificate or IAM authentication) and read it from the "
            "environment or the secret store: 'PASSWORD': os.environ['DB_PASSWORD'], "
            "psycopg2.connect(..., password=os.environ['DB_PASSWORD'])."
        ),
        references=("https://cwe.mitre.org/data/definitions/258.html",),
    )
    calls = (*CONNECTS, *ENGINES)
    nodes = (cst.SimpleString, cst.Dict)
    # an empty password written somewhere: password="", "PASSWORD": '', passwd='', user:@host
    needles = (re.compile(r"""(?i)passw(or)?d["']?\s*[:=]\s*(""|'')|://[^:/@\s"']+:@"""),)

    def check_call(self, call: cst.Call, name: str, ctx: Context) -> None:
        if name in ENGINES:
            options = arg(call, "connect_args")
            if options is not None and isinstance(options.value, cst.Dict):
                for item in options.value.elements:
                    if (
                        isinstance(item, cst.DictElement)
                        and string_text(item.key) in DRIVER_PASSWORDS
                        and string_text(item.value) == ""
                    ):
                        ctx.report(item, self.meta.message.format(what=f"{name}(connect_args=...)"))
            return
        host = arg(call, "host")
        if (host is not None and _socket_path(host.value)) or any(arg(call, k) is not None for k in SOCKET_KEYWORDS):
            return
        for keyword in CONNECTS[name]:
            found = arg(call, keyword)
            if found is not None and string_text(found.value) == "":
                ctx.report(found, self.meta.message.format(what=f"{name}()"))

    def check_node(self, node: cst.CSTNode, ctx: Context) -> None:
        if isinstance(node, cst.SimpleString):
            text = string_text(node)
            if text and EMPTY_IN_URL.match(text):
                ctx.report(node, self.meta.message.format(what="This connection URL"))
        elif isinstance(node, cst.Dict):  # Django DATABASES entries
            items = {
                string_text(e.key): e for e in node.elements if isinstance(e, cst.DictElement) and string_text(e.key)
            }
            password, engine = items.get("PASSWORD"), items.get("ENGINE")
            if password is None or engine is None or string_text(password.value) != "":
                return
            host = items.get("HOST")
            if host is not None and _socket_path(host.value):
                return
            backend = string_text(engine.value) or "sqlite"
            # "django.db.backends." names no backend: a settings template whose blanks are still to fill in
            if "sqlite" not in backend and not backend.endswith("."):
                ctx.report(password, self.meta.message.format(what="This DATABASES entry"))

    flagged = """
        import psycopg2

        DATABASES = {
            "default": {
                "ENGINE": "django.db.backends.postgresql",
                "NAME": "reports",
                "USER": "reports",
                "PASSWORD": "",  # expect
                "HOST": "db.internal",
            },
            "replica": {"ENGINE": "django.db.backends.postgresql", "PASSWORD": "", "HOST": "10.0.4.7"},  # expect
        }
        SQLALCHEMY_DATABASE_URI = "postgresql://reports:@db.internal/reports"  # expect

        def connect():
            return psycopg2.connect(host="db.internal", user="reports", password="")  # expect

        def engine():
            from sqlalchemy import URL, create_engine
            url = URL.create("postgresql+psycopg", username="reports", password="", host="db")  # expect
            return create_engine(
                "postgresql+psycopg://",
                connect_args={"user": "reports", "password": "", "host": "db"},  # expect
            ), url
    """
    safe = """
        import os

        import psycopg2

        DATABASES = {
            "default": {
                "ENGINE": "django.db.backends.postgresql",
                "PASSWORD": os.environ["DB_PASSWORD"],
                "HOST": "db.internal",
            },
            "cache": {"ENGINE": "django.db.backends.sqlite3", "NAME": "cache.db", "PASSWORD": ""},
        }
        # a project template's blanks: the backend is still to be chosen
        TEMPLATE_DATABASES = {"default": {"ENGINE": "django.db.backends.", "NAME": "", "USER": "", "PASSWORD": ""}}
        SQLALCHEMY_DATABASE_URI = "postgresql://reports@db.internal/reports"

        def connect():
            return psycopg2.connect(host="db.internal", user="reports", password=os.environ["DB_PASSWORD"])

        def engine():
            from sqlalchemy import create_engine
            password = os.environ.get("DB_PASSWORD", "")
            return create_engine("postgresql+psycopg://", connect_args={"user": "reports", "password": password})

        # the server's local socket: peer authentication of the operating-system user, no password sent
        LOCAL_DATABASES = {
            "default": {"ENGINE": "django.db.backends.postgresql", "PASSWORD": "", "HOST": "/var/run/postgresql"},
        }

        def local():
            import pymysql
            first = psycopg2.connect(dbname="reports", password="", host="/var/run/postgresql")
            return first, pymysql.connect(user="reports", password="", unix_socket="/run/mysqld/mysqld.sock")
    """


def _socket_path(value: cst.BaseExpression) -> bool:
    text = string_text(value)
    return text is not None and text.startswith("/")
