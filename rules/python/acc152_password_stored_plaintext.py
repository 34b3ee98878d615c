"""Passwords written to a database, a document store or a cookie as they were typed."""

import re

import libcst as cst
from guidelint.cst import (
    Context,
    Rule,
    RuleMeta,
    Shape,
    arg,
    assigned_value,
    dotted,
    iter_nodes,
    last_word,
    name_words,
    string_parts,
    string_text,
)
from guidelint.cst.passwords import NAME_WORDS, is_password

WRITE_SQL = re.compile(r"^\s*(?:insert|update|replace|merge)\b", re.I)
SQL_METHODS = frozenset({"execute", "executemany"})
DOCUMENT_WRITES = frozenset({"insert_one", "insert_many", "update_one", "update_many", "replace_one", "insert"})
ORM_WRITES = frozenset({"create", "update", "get_or_create", "update_or_create", "bulk_create"})
# what the value went through before: a password hashing or encryption function
PROTECTED = re.compile(r"hash|crypt|make_password|derive|pbkdf2|scrypt|argon|kdf|digest", re.I)
# records of accounts: their password field holds what was stored when it was set (Django's user.password
# is the hash set_password made); copying it is not storing a typed password, its own write is checked
ACCOUNT_RECORDS = frozenset({"user", "account", "owner", "member", "customer"})


class PasswordStoredPlaintext(Rule):
    meta = RuleMeta.of(
        id="ACC152",
        clause="SG-1.3",
        title="Password stored as it was typed",
        severity="high",
        confidence="medium",
        cwe=[256, 312, 522],
        owasp="A02:2021-Cryptographic Failures",
        message="`{value}` is stored as it was typed ({where}); store only a slow, salted hash of it",
        rationale=(
            "A password kept as typed is read by everyone who ever sees the table, a backup, a log of the "
            "query or the cookie jar, and since people reuse passwords it also opens their other accounts. "
            "The IDs those passwords guard reach clients' confidential and pre-disclosure insider "
            "information. Copying an account record's own password field (request.user.password, "
            "Django's stored hash) is not reported: what that field holds is checked where it is written."
        ),
        remediation=(
            "Store a password hash instead: argon2-cffi's PasswordHasher().hash(password), "
            "bcrypt.hashpw(password, bcrypt.gensalt()) or werkzeug's generate_password_hash(password); in "
            "Django create users with User.objects.create_user(...) or call user.set_password(password). "
            "Never put a password in a cookie: keep a session identifier there."
        ),
        references=(
            "https://cheatsheetseries.owasp.org/cheatsheets/Password_Storage_Cheat_Sheet.html",
            "https://cwe.mitre.org/data/definitions/256.html",
        ),
    )
    nodes = (cst.Call, cst.Assign)
    needles = (re.compile(r"(?i)passw|passwd|\bpwd\b|passphrase|passcode|\bpin\b|_pin\b"),)
    shape = Shape(words=tuple(sorted(NAME_WORDS)))  # a value named as a password, stored

    def check_node(self, node: cst.CSTNode, ctx: Context) -> None:
        if isinstance(node, cst.Assign):
            self._attribute(node, ctx)
            return
        assert isinstance(node, cst.Call)
        func = node.func
        if not isinstance(func, cst.Attribute):
            return
        method = func.attr.value
        values: list[cst.BaseExpression] = []
        where = ""
        if method in SQL_METHODS and _writes(node, ctx):
            params = arg(node, "parameters", 1) or arg(node, "params", 1)
            query = arg(node, "operation", 0) or arg(node, "query", 0) or arg(node, "sql", 0)
            values = _items(params.value) if params is not None else []
            values += _formatted(query.value) if query is not None else []
            where = "in an INSERT or UPDATE"
        elif method in DOCUMENT_WRITES and node.args:
            where, values = f"by {method}()", _items(node.args[0].value)
        elif method in ORM_WRITES and (dotted(func.value) or "").endswith("objects"):
            where, values = f"by objects.{method}()", [a.value for a in node.args if _password_keyword(a)]
        elif method == "add" and node.args and isinstance(node.args[0].value, cst.Call):
            model = node.args[0].value  # session.add(User(name=..., password=...))
            where, values = "in a new record", [a.value for a in model.args if _password_keyword(a)]
        elif method == "set_cookie":
            cookie = arg(node, "value", 1)
            where, values = "in a cookie", [cookie.value] if cookie is not None else []
        for value in values:
            if _plain_password(value, node, ctx):
                ctx.report(node, self.meta.message.format(value=ctx.code(value), where=where))
                return

    def _attribute(self, node: cst.Assign, ctx: Context) -> None:
        """user.password = password, in a function that then saves or commits."""
        target = node.targets[0].target if len(node.targets) == 1 else None
        if not isinstance(target, cst.Attribute):
            return
        hash_field = _hash_field(target.attr.value)
        if not (hash_field or last_word(target.attr.value) == "password"):
            return
        if ctx.function is None or not _plain_password(node.value, node, ctx):
            return
        if hash_field:  # creds.password_hash = password: the field that holds the hash given the typed password
            ctx.report(node, self.meta.message.format(value=ctx.code(node.value), where=f"in {target.attr.value}"))
            return
        saves = {c.func.attr.value for c in iter_nodes(ctx.function, cst.Call) if isinstance(c.func, cst.Attribute)}
        if saves & {"save", "commit"}:
            ctx.report(node, self.meta.message.format(value=ctx.code(node.value), where="in the saved record"))

    flagged = """
        import sqlite3

        from flask import Flask, make_response, request

        app = Flask(__name__)

        @app.route("/register", methods=["POST"])
        def register():
            username = request.form["username"]
            password = request.form["password"]
            db = sqlite3.connect("users.db")
            db.execute("INSERT INTO users (name, password) VALUES (?, ?)", (username, password))  # expect
            response = make_response("ok")
            response.set_cookie("password", password)  # expect
            return response

        def create_account(accounts, User, session, name, new_password):
            accounts.insert_one({"name": name, "password": new_password})  # expect
            User.objects.create(username=name, password=new_password)  # expect
            session.add(User(name=name, password=new_password))  # expect
            user = User.query.first()
            user.password = new_password  # expect
            session.commit()

        def change_password(History, form):
            History.objects.create(event="password changed", password=form.new_password)  # expect

        def reset(user, form, request):
            user.password = form.cleaned_data["new_password1"]  # expect
            user.save()
            accounts.insert_one({"name": user.name, "password": request.form.get("password")})  # expect

        class Credentials:
            def set(self, password):
                self.password_hash = password  # expect
    """
    safe = """
        import sqlite3

        import bcrypt

        class Credentials:
            def __init__(self, password_hash, new_password):
                self.password_hash = password_hash  # a hash handed over
                self.hashed_password = bcrypt.hashpw(new_password.encode(), bcrypt.gensalt())
        from django.contrib.auth.models import User
        from werkzeug.security import generate_password_hash

        def register(username, password):
            db = sqlite3.connect("users.db")
            hashed = bcrypt.hashpw(password.encode(), bcrypt.gensalt())
            db.execute("INSERT INTO users (name, password) VALUES (?, ?)", (username, hashed))
            db.execute("SELECT name FROM users WHERE password_hash = ?", (password,))

        def create_account(accounts, session, Account, name, password):
            password = generate_password_hash(password)
            accounts.insert_one({"name": name, "password": password})
            User.objects.create_user(username=name, password=password)
            session.add(Account(name=name, password_hash=generate_password_hash(password)))

        def connect(host, password):
            return sqlite3.connect(host).execute("UPDATE sessions SET seen = 1 WHERE host = ?", (host,))

        def record_change(History, request):
            # the user record's password field is the hash set_password stored
            History.objects.create(actor=request.user, event="password changed", password=request.user.password)

        def import_users(User, dump):
            for line in dump:  # a dump of user records: the password field holds the stored hash
                User.objects.create(username=line["username"], password=line.get("password", ""))

        def reset(user, form, make_password):
            user.set_password(form.cleaned_data["new_password1"])
            user.password = make_password(form.cleaned_data["new_password1"])
            user.password_hint = form.cleaned_data["password_hint"]
            user.save()
    """


def _writes(call: cst.Call, ctx: Context) -> bool:
    """The SQL of this execute() inserts or updates: a constant text, or a name assigned one."""
    query = arg(call, "operation", 0) or arg(call, "query", 0) or arg(call, "sql", 0)
    if query is None:
        return False
    value = query.value
    if isinstance(value, cst.Name):
        value = assigned_value(ctx, value.value, call) or value
    text = string_text(value)
    if text is None and isinstance(value, cst.FormattedString):
        text = "".join(p.value for p in value.parts if isinstance(p, cst.FormattedStringText))
    elif text is None:  # "INSERT ... " + values, "UPDATE ... %s" % values: the text it starts with
        parts = string_parts(value) or []
        text = string_text(parts[0]) if parts else None
    return bool(text and WRITE_SQL.match(text))


def _items(container: cst.BaseExpression) -> list[cst.BaseExpression]:
    """Values of a tuple/list literal, and of the password-named keys of a dict literal."""
    if isinstance(container, (cst.Tuple, cst.List)):
        return [e.value for e in container.elements]
    if isinstance(container, cst.Dict):
        return [
            e.value
            for e in container.elements
            if isinstance(e, cst.DictElement) and last_word(string_text(e.key) or "") == "password"
        ]
    return []


def _formatted(query: cst.BaseExpression) -> list[cst.BaseExpression]:
    """Values formatted into the SQL text itself (an injection too, reported by INP108)."""
    return [p.expression for p in iter_nodes(query, cst.FormattedStringExpression)]


def _password_keyword(argument: cst.Arg) -> bool:
    return argument.keyword is not None and last_word(argument.keyword.value) == "password"


def _hash_field(name: str) -> bool:
    """A field named for a password's stored hash: password_hash, hashed_password, pw_digest."""
    words = set(name_words(name))
    return bool(words & {"password", "passwd", "pw", "pwd"}) and bool(words & {"hash", "hashed", "digest"})


def _plain_password(value: cst.BaseExpression, anchor: cst.CSTNode, ctx: Context) -> bool:
    """A value named as a password that did not come out of a hashing or encryption function here: a name
    or attribute, or an entry read under a password's key (form.cleaned_data["new_password1"],
    request.form.get("password"))."""
    keyed = _keyed_entry(value)
    if keyed is not None:
        return keyed.isidentifier() and is_password(cst.Name(keyed), ctx)
    if not isinstance(value, (cst.Name, cst.Attribute)) or not is_password(value, ctx):
        return False
    if isinstance(value, cst.Attribute) and last_word(dotted(value.value) or "") in ACCOUNT_RECORDS:
        return False  # request.user.password, self.account.password: the record's stored value
    if isinstance(value, cst.Name):
        made = assigned_value(ctx, value.value, anchor)
        if isinstance(made, cst.Call) and PROTECTED.search(dotted(made.func) or ctx.code(made.func)):
            return False
    return True


# what holds the values a user typed: a form's cleaned data, a request's form, query or JSON body
TYPED = frozenset({"cleaned_data", "form", "POST", "GET", "args", "values", "json", "validated_data", "query_params"})


def _keyed_entry(value: cst.BaseExpression) -> str | None:
    """The constant key an entry the user typed is read under: form.cleaned_data["key"],
    request.form.get("key"[, default]), request.get_json()["key"]. An entry of any other mapping (a row of
    a dump of user records, whose password field holds the stored hash) is not known to be typed."""
    if isinstance(value, cst.Subscript) and len(value.slice) == 1 and isinstance(value.slice[0].slice, cst.Index):
        receiver, key = value.value, value.slice[0].slice.value
    elif (
        isinstance(value, cst.Call)
        and isinstance(value.func, cst.Attribute)
        and value.func.attr.value == "get"
        and value.args
        and value.args[0].keyword is None
    ):
        receiver, key = value.func.value, value.args[0].value
    else:
        return None
    if isinstance(receiver, cst.Call):
        typed = (dotted(receiver.func) or "").endswith("get_json")
    else:
        name = dotted(receiver) or ""
        typed = name.rsplit(".", 1)[-1] in TYPED or name.endswith("request.data")
    return string_text(key) if typed else None
