"""Passwords, tokens and keys written into the source."""

import re
from typing import Any, ClassVar

import libcst as cst
from guidelint.cst import (
    Context,
    Rule,
    RuleMeta,
    arg,
    bound_value,
    fixed_values,
    last_word,
    name_words,
    string_text,
    target_name,
)
from guidelint.cst.credentials import (
    ENV_NAME,
    FORMATS,
    GENERATED_TOKEN,
    PLACEHOLDER,
    SECRET_WORD,
    TYPE_PATH,
    WORD_TOKEN,
    default_password,
    has_scheme,
    looks_secret,
    meaning,
    mixed_case_digits,
    secret_name,
    signing_key_value,
)
from guidelint.cst.credentials import NOT_SECRET_PARTS as IGNORE
from guidelint.cst.credentials import SECRET_NAMES as NAMES
from guidelint.cst.literals import format_values, link_argument, option_values, renames, sample_link_rows
from guidelint.cst.passwords import PASSWORD_WORDS
from guidelint.semantic.settings import build_only_settings

# a URL's credentials after its "://" (the user part up to its first colon: linear in a run of colons); the
# scheme before it is checked apart (`has_scheme`): a pattern that starts with the scheme tries every letter of
# "a-a-a-..." as its start, reading the rest of the run each time
_URL_CREDENTIALS = re.compile(r"://([^\s:/@'\"]*):([^\s/@'\"]+)@[^\s/@'\"]")
_GATE = re.compile(r"AKIA|ASIA|PRIVATE KEY|gh[pousr]_|xox[abpsr]-|AIza|k_live_|://[^\s/@:]*:[^\s/@]*@")
# a run of one character in a key (AKIAXXXXXXXXXXXXXXXX, AKIA0000000000000000): a stand-in, not a generated key
_FILLER = re.compile(r"([A-Za-z0-9])\1{5}")
_URL_PLACEHOLDERS = frozenset({"password", "pass", "passwd", "pwd", "secret", "pw"})
# methods that take a password positionally: name -> its position (SMTP/FTP/IMAP login, LDAP binds)
POSITIONAL_PASSWORDS = {"login": 1, "simple_bind_s": 1, "simple_bind": 1, "bind_s": 1}
# an Authorization header written out: a scheme and its credential
AUTH_HEADERS = frozenset({"authorization", "proxy-authorization"})
AUTH_VALUE = re.compile(r"^(?i:bearer|basic|token|bot|apikey|api-key)\s+(\S{8,})$")
FOLDED = (cst.Name, cst.Attribute, cst.BinaryOperation)
"""Argument values folded to the constant they are (a literal is judged as written; an entry of a table
where its key is: {"secret": "..."})."""
# token signing and verification: callee -> (keyword, position) of the key
SIGNERS = {
    "jwt.encode": ("key", 1),
    "jwt.decode": ("key", 1),
    "jwt.api_jwt.encode": ("key", 1),
    "jose.jwt.encode": ("key", 1),
    "jose.jwt.decode": ("key", 1),
    "itsdangerous.URLSafeTimedSerializer": ("secret_key", 0),
    "itsdangerous.URLSafeSerializer": ("secret_key", 0),
}


class HardcodedCredentials(Rule):
    meta = RuleMeta.of(
        id="SEC101",
        clause="SG-8.1",
        title="Hard-coded credential",
        severity="high",
        confidence="medium",
        cwe=[798, 259],
        owasp="A07:2021-Identification and Authentication Failures",
        message="{name} is a credential written in the source code",
        rationale=(
            "A password, token or key in the source is copied to every clone, fork, backup, CI runner and "
            "code review, far outside the restricted access that protects clients' confidential and insider "
            "information, and it cannot be rotated without a release. Whoever reads the repository can use "
            "the credential; a leaked cloud key or private key is a direct entrance for attackers. In test code "
            "it is reported without blocking, but a cloud or service key of a well-known format blocks there too."
        ),
        remediation=(
            "Read the credential at run time from the secret store or the environment, e.g. "
            "password = os.environ['DB_PASSWORD'] or a settings object backed by the vault; keep only "
            "placeholders in code and examples. Revoke and rotate any credential that was committed."
        ),
        references=(
            "https://cwe.mitre.org/data/definitions/798.html",
            "https://cheatsheetseries.owasp.org/cheatsheets/Secrets_Management_Cheat_Sheet.html",
        ),
    )
    nodes = (
        *(cst.Assign, cst.AnnAssign, cst.Param, cst.Arg, cst.DictElement),
        *(cst.SimpleString, cst.FormattedString, cst.Comparison),
    )
    calls = tuple(SIGNERS)

    def check_call(self, call: cst.Call, name: str, ctx: Context) -> None:
        """jwt.encode(claims, "secret"): the signing key is in the code, whatever it looks like."""
        keyword, position = SIGNERS[name]
        key = arg(call, keyword, position)
        if key is None or key.keyword is not None:
            return  # key="..." is checked as a named argument
        value = bound_value(ctx, key.value.value) if isinstance(key.value, cst.Name) else key.value
        text = string_text(value)
        if text and not PLACEHOLDER.match(text) and not ENV_NAME.match(text):
            ctx.report(key, f"{name}() signs or verifies with a key written in the source code")

    options: ClassVar[dict[str, Any]] = {"names": NAMES, "ignore": IGNORE}
    needles = (
        *("password", "Password", "PASSWORD", "passwd", "Passwd", "PASSWD", "pwd", "Pwd", "PWD"),
        *("passphrase", "Passphrase", "PASSPHRASE", "secret", "Secret", "SECRET", "token", "Token", "TOKEN"),
        *(
            "api_key",
            "apikey",
            "apiKey",
            "ApiKey",
            "APIKEY",
            "API_KEY",
            "access_key",
            "accessKey",
            "ACCESS_KEY",
        ),
        *("private_key", "privateKey", "PRIVATE_KEY", "signing_key", "signingKey", "SIGNING_KEY"),
        *("encryption_key", "encryptionKey", "ENCRYPTION_KEY", "master_key", "masterKey", "MASTER_KEY"),
        *("credential", "Credential", "CREDENTIAL", "auth=("),
        *("jwt", "itsdangerous"),  # signing keys passed positionally (SIGNERS)
        *("Authorization", "authorization", ".login(", "bind_s(", "simple_bind("),
        *("AKIA", "ASIA", "PRIVATE KEY", "ghp_", "gho_", "ghu_", "ghs_", "ghr_"),
        *("xoxa-", "xoxb-", "xoxp-", "xoxr-", "xoxs-", "AIza", "sk_live_", "rk_live_"),
        # connection URLs that may carry a password
        *("postgres://", "postgresql://", "postgresql+", "mysql://", "mysql+", "mariadb://", "mariadb+"),
        *(
            "oracle://",
            "oracle+",
            "mssql://",
            "mssql+",
            "mongodb://",
            "mongodb+srv://",
            "redis://",
            "rediss://",
        ),
        *("amqp://", "amqps://", "ldap://", "ldaps://", "ftp://", "sftp://", "smtp://"),
        *("@github.com", "@gitlab.com", "@bitbucket.org"),
    )

    def check_node(self, node: cst.CSTNode, ctx: Context) -> None:
        value: cst.BaseExpression | None
        compared: cst.BaseExpression | None = None  # what a comparison compares the literal with
        if isinstance(node, cst.SimpleString):
            self._check_format(node, node.value, ctx)
            return
        if isinstance(node, cst.FormattedString):  # f"postgresql://app:S3cret@{host}/db": its written parts
            written = "".join(p.value if isinstance(p, cst.FormattedStringText) else "{}" for p in node.parts)
            self._check_format(node, written, ctx)
            return
        if isinstance(node, cst.Arg):
            value, name = node.value, node.keyword.value if node.keyword is not None else None
            if name == "auth" and isinstance(value, (cst.Tuple, cst.List)) and len(value.elements) == 2:
                value, name = value.elements[1].value, "password"  # requests/httpx auth=(user, password)
            elif name in (None, "key") and _login_secret(node, ctx.ancestors):
                name = "api_key" if name else "password"  # smtp.login("alerts", "s3cret"), wandb.login(key="...")
        elif isinstance(node, cst.Assign):
            value = node.value
            name = target_name(node.targets[0].target) if len(node.targets) == 1 else None
        elif isinstance(node, cst.DictElement):
            value, name = node.value, string_text(node.key)
        elif isinstance(node, cst.Param):
            value, name = node.default, node.name.value
        elif isinstance(node, cst.AnnAssign):
            value, name = node.value, target_name(node.target)
        elif isinstance(node, cst.Comparison):  # if password == "s3cret": the expected password is in the code
            if len(node.comparisons) != 1 or not isinstance(node.comparisons[0].operator, (cst.Equal, cst.NotEqual)):
                return
            left, right = node.left, node.comparisons[0].comparator
            if isinstance(left, (cst.SimpleString, cst.ConcatenatedString)):
                left, right = right, left
            named = isinstance(left, (cst.Name, cst.Attribute, cst.Subscript))
            value, name = right, target_name(left) if named else None
            compared = left
            # only passwords: lexers, parsers and protocols compare `token`, `key` or `secret` fields with
            # literals all the time
            if name is None or not PASSWORD_WORDS & set(name_words(name)):
                return
        else:
            return
        at: cst.BaseExpression | None = None  # where a literal read through a name is reported: the name
        if isinstance(node, cst.Arg) and name and isinstance(value, FOLDED):
            literal = self._named_literal(value, ctx)
            if literal is None:
                self._check_folded(value, name, ctx)
                return
            at, value = value, literal
        if not isinstance(value, (cst.SimpleString, cst.ConcatenatedString)) or not name:
            return
        if name.lower() in AUTH_HEADERS:  # {"Authorization": "Bearer 4f9c..."}
            found = AUTH_VALUE.match(string_text(value) or "")
            if found and not PLACEHOLDER.match(found.group(1)) and looks_secret(found.group(1), "token"):
                ctx.report(at or value, f"the {name} header carries a credential written in the source code")
            return
        if not SECRET_WORD.search(name) or TYPE_PATH.match(name):
            return
        text = string_text(value)
        if text is None:
            return
        if not secret_name(name, tuple(ctx.option("names", NAMES)), tuple(ctx.option("ignore", IGNORE))):
            # a bare `key` is a dictionary key as often as a credential: only a random-looking value counts
            if last_word(name) == "key" and GENERATED_TOKEN.fullmatch(text) and mixed_case_digits(text):
                ctx.report(at or value, self.meta.message.format(name=name))
            return
        if meaning(name) == "token" and WORD_TOKEN.match(text):
            return  # a sentinel or the name of a lexer's token, not a generated token
        if isinstance(node, (cst.Arg, cst.DictElement)) and ctx.ancestors and renames(ctx.ancestors[-1]):
            return  # {"password": "passwd"}: a map of field or argument names
        if isinstance(node, cst.DictElement) and format_values(ctx.ancestors):
            return  # "... %(token)s" % {"token": ...}: the text of a message
        if isinstance(node, (cst.Arg, cst.DictElement)) and link_argument(ctx.ancestors, ctx):
            return  # reverse("order", kwargs={"secret": "..."}): a sample link to the app's own page
        if isinstance(node, cst.DictElement) and sample_link_rows(name, ctx):
            return  # [{"secret": "..."}, ...] looped over into reverse(kwargs={"secret": row["secret"]})
        if compared is not None and text in option_values(ctx).get(ctx.code(compared), ()):
            return  # mode == "always": one of an option's values, not the expected password
        if name_words(name)[-2:] == ["secret", "key"] and ctx.project.current_name() in build_only_settings(
            ctx.project
        ):
            return  # SECRET_KEY of settings only a wheel build runs with (collectstatic): it signs nothing
        default = isinstance(node, cst.Arg) and default_password(text, name)
        if looks_secret(text, name) or default or signing_key_value(name, text):
            ctx.report(at or value, self.meta.message.format(name=name))

    def _named_literal(self, value: cst.BaseExpression, ctx: Context) -> cst.BaseExpression | None:
        """boto3.client("s3", aws_secret_access_key=LEDGER_S3) with `LEDGER_S3 = "..."` the name's only binding
        (in the function, else in the module): the argument is that literal, judged as if written in place.
        None for any other value, and for a credential-named constant (reported where it is written)."""
        if not isinstance(value, cst.Name) or secret_name(value.value, tuple(ctx.option("names", NAMES)), ()):
            return None
        bound = bound_value(ctx, value.value)
        return bound if isinstance(bound, (cst.SimpleString, cst.ConcatenatedString)) else None

    def _check_folded(self, value: cst.BaseExpression, name: str, ctx: Context) -> None:
        """connect(password=GATEWAY_FALLBACK), password=PREFIX + "2026!": a password argument whose value the
        code fixes, under a name that does not say so (a credential-named constant is reported where it is
        written, in this module or the one it is imported from)."""
        if not PASSWORD_WORDS & set(name_words(name)) or TYPE_PATH.match(name):
            return  # passwords only: token=, key= and secret= name identifiers of every kind as often
        if not secret_name(name, tuple(ctx.option("names", NAMES)), tuple(ctx.option("ignore", IGNORE))):
            return
        if isinstance(value, cst.Attribute) and secret_name(value.attr.value, tuple(ctx.option("names", NAMES)), ()):
            return  # self.PASSWORD: a class's credential constant is reported where it is written
        if isinstance(value, cst.Name) and secret_name(value.value, tuple(ctx.option("names", NAMES)), ()):
            bound = bound_value(ctx, value.value)
            if isinstance(bound, (cst.SimpleString, cst.ConcatenatedString)) or ctx.qualname(value) is not None:
                return
        values = fixed_values(value, ctx)
        text = next(iter(values)) if values is not None and len(values) == 1 else None
        if not isinstance(text, str) or PLACEHOLDER.match(text):
            return
        if looks_secret(text, name) or default_password(text, name):
            ctx.report(value, self.meta.message.format(name=name))

    def _check_format(self, node: cst.SimpleString | cst.FormattedString, raw: str, ctx: Context) -> None:
        """Well-known key formats and URLs with a password in a literal's text (an f-string's placeholders
        read as `{}`). A cloud or service key of a well-known format whose characters look generated (no
        filler such as AKIAXXXXXXXXXXXXXXXX) is live wherever it is committed: it blocks in test code too (a
        private key there is a test server's, as a rule)."""
        if not _GATE.search(raw):
            return
        if ctx.ancestors and isinstance(ctx.ancestors[-1], cst.Expr):
            return  # a docstring or a bare string: documentation
        for label, pattern in FORMATS:
            found = pattern.search(raw)
            if found and "EXAMPLE" not in found.group(0):
                live = label != "a private key" and _FILLER.search(found.group(0)) is None
                ctx.report(node, f"string literal contains {label}", blocks_in_tests=live)
                return
        for found in _URL_CREDENTIALS.finditer(raw):
            if not has_scheme(raw, found.start()):
                continue
            password = found.group(2)
            if not PLACEHOLDER.match(password) and password.lower() not in _URL_PLACEHOLDERS:
                ctx.report(node, "URL with an embedded password")
                return

    flagged = """
        import psycopg2
        import requests

        DB_PASSWORD = "s3cr3t-Pa55"  # expect
        SECRET_KEY = "django-insecure-4x9!k2@m"  # expect
        app.secret_key = "super secret key"  # expect
        app.config["SECRET_KEY"] = "dev"  # expect
        SESSION_CONFIG = {"SECRET_KEY": "LEDGER_PROD"}  # expect
        refresh_token = "RfTkQzWxMpLv"  # expect
        jwt_secret = "TheLedgerJwtSecretOfTheDay"  # expect
        app.secret_key = "LedgerSecretKey"  # expect
        client_secret = "SuperSecret"  # expect
        ledger.connect(user="admin", password="AdminPassword")  # expect
        ACCESS_KEYS = {"ledger_access_key": "LedgerVault2024Key"}  # expect
        AWS_KEY_ID = "AKIAZ7Q3X5B2N6L4K8J1"  # expect
        BROKER = "amqp://svc:Tr0ub4dor@rabbit.internal:5672/"  # expect
        FLAG_VALUES = {"--deploy-token": "7Gh2.Lq9x,Tz4k.Wm3r"}  # expect

        def ledger_dsn(host):
            return f"postgresql://ledger:L3dger!Rw@{host}:5432/ledger"  # expect
        DEPLOY_KEY = (
            "-----BEGIN RSA PRIVATE KEY-----\\nMIIEpAIBAAKCAQEAxq3Tq9Lw2bN8fZr0Yk4aPm7sQe\\n"  # expect
            "-----END RSA PRIVATE KEY-----\\n"
        )

        class Client:
            api_key: str = "f3a9c2e17b5d4e08a6c1"  # expect

            def __init__(self, user, password="Welcome1"):  # expect
                self.user = user
                self.auth_token = "tok_9f8e7d6c5b4a"  # expect

        def connect():
            return psycopg2.connect(host="db", user="app", password="hunter22")  # expect

        BROKER_PASSWORD = "supersecret"  # expect

        def fetch_rates(url):
            return requests.get(url, auth=("rates-svc", "Rat3s!2024"), timeout=10)  # expect

        def call(url):
            headers = {"X-Api-Key": "d41d8cd98f00b204", "Accept": "application/json"}  # expect
            body = {"client_secret": "Zm9vYmFyYmF6cXV4"}  # expect
            requests.get(url, params={"secret": "q8x3nz7t5kd2"}, timeout=10)  # expect
            return requests.post(url, headers=headers, json=body, timeout=10)

        def send_report(relay, message):
            relay.login("reports@acme.example", "R3ports-Relay")  # expect
            wandb.login(key="9b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c")  # expect
            return relay.send_message(message)

        def market_quote(symbol):
            headers = {"Authorization": "Bearer 9c2e7a1b8d3f6e0a5c9b2d7e"}  # expect
            return requests.get("https://quotes.example/" + symbol, headers=headers, timeout=5)

        def notify():
            slack_hook = "xoxb-123456789012-abcdefghijkl"  # expect
            return slack_hook

        def admin_login(form):
            return form.password == "Adm1n-2024!"  # expect

        def bootstrap(account):
            if account.mode == "always":
                account.password = "Spring2024"  # expect
            return account.password == "letmein"  # expect

        ENDPOINT_ARGS = {"user": "svc-report", "password": "pass"}  # expect
        CLOUD = {"aws_secret_access_key": "wJalrXUtnFEMI/K7MDENG/bPxRfiCYz9Q3kZ"}  # expect

        def reporting():
            key = "q7Lm2VxR9tKe4NbZ8wYc3HsJ"  # expect
            return psycopg2.connect(host="db", user="report", password="password")  # expect

        import jwt

        SIGNING = "acme-jwt"

        def token(user):
            first = jwt.encode({"sub": user}, "secret", algorithm="HS256")  # expect
            return first, jwt.encode({"sub": user}, SIGNING, algorithm="HS256")  # expect

        def mirror(client):
            return [
                (reverse("orders:detail", kwargs={"code": row["code"]}), client.login(row["code"], row["secret"]))
                for row in [{"code": "AB12C", "secret": "q8x3nz7t5kd2"}]  # expect
            ]

        GATEWAY_FALLBACK = "Nordbank-H2H-2025?"

        def gateway(paramiko_client, host):
            paramiko_client.connect(host, username="treasury", password=GATEWAY_FALLBACK)  # expect
            login = "ledger-" + "2026-" + "Q4"
            return psycopg2.connect(host="ledger", user="treasury", password=login)  # expect

        DEPLOY_PASSWORD = "Rollout-2026!x"  # expect

        def deploy(paramiko_client, host):
            # reported where it is written, not again where it is used
            return paramiko_client.connect(host, username="deploy", password=DEPLOY_PASSWORD)

        LEDGER_S3 = "Lq8vT2mZ9xWc4RbN7kYe3HsP"  # a name that does not say it holds a credential

        def archive_client(boto3):
            fallback = "Vb7nQ2xLm9Tz4KcR8wYe3JsD"
            first = boto3.client("s3", aws_secret_access_key=LEDGER_S3)  # expect
            return first, boto3.client("s3", aws_secret_access_key=fallback)  # expect
    """
    safe = """
        import os
        from django import forms

        DB_PASSWORD = os.environ["DB_PASSWORD"]
        SECRET_KEY = os.getenv("SECRET_KEY", "")
        PASSWORD_RESET_TIMEOUT = 3600
        TOKEN_TYPE = "Bearer"
        PASSWORD_HASHERS = ["django.contrib.auth.hashers.Argon2PasswordHasher"]
        API_KEY_HEADER = "X-Api-Key"
        TOKEN_ENV = "SERVICE_TOKEN"
        password_reset_url = "/accounts/reset-password/"
        DATABASE_URL = "postgres://app:{password}@db:5432/app"
        EXAMPLE_DSN = "postgresql://user:password@localhost/app"

        class LoginForm(forms.Form):
            password = forms.CharField(label="Password", widget=forms.PasswordInput)
            token = forms.CharField(help_text="The token from your authenticator app")

        def settings(config, data):
            token = config["token"]
            password = data.get("password", "")
            secret = os.environ.get("APP_SECRET")
            api_key = "<your-api-key>"
            access_token = "${ACCESS_TOKEN}"
            client_secret = "xxxxxxxxxxxx"
            refresh_token = "refresh_token"
            password_field = "password"
            token_key = "access_token"
            secret_name = "prod/db/credentials"
            prompt = {"password": "Enter your password:"}
            headers = {"Access-Control-Allow-Credentials": "true"}
            token = r"[A-Za-z0-9_-]+"
            preview = reverse("orders:detail", kwargs={"code": "AB12C", "secret": "q8x3nz7t5kd2"})
            reset = url_for("reset_password", token="f9e2c1d7b3a4")
            samples = [
                reverse("orders:detail", kwargs={"code": row["code"], "secret": row["secret"]})
                for row in [{"code": "AB12C", "secret": "q8x3nz7t5kd2"}, {"code": "CD34E", "secret": "m2v7c9x1zq4w"}]
            ]
            masked_password = ":****"
            template = "Hello {name}, your token is {token}"
            no_password = password == ""
            is_keyword = token == "async"
            key = "display_name_of_the_report_owner"
            sort_key = "LastModifiedDate2024"
            form.add(name="password", kind="password")
            return token, password, secret, api_key, access_token, client_secret, refresh_token, prompt

        def signed(claims, settings):
            import jwt
            return jwt.encode(claims, settings.SECRET_KEY, algorithm="HS256"), jwt.decode(
                claims, os.environ["JWT_KEY"], algorithms=["HS256"]
            )

        def grant(session, client_id, grant_type="password", token_scope="read:reports"):
            return session.post("/token", data={"grant_type": grant_type, "client_id": client_id}, timeout=5)

        def login(session, user, password=None, token=""):
            return session.post("/login", data={"user": user, "password": password}, timeout=5)

        def fetch_rates(session, url):
            return session.get(url, auth=("rates-svc", os.environ["RATES_PASSWORD"]), timeout=10)

        def send_report(relay, message, user, token):
            relay.login(user, os.environ["SMTP_PASSWORD"])
            relay.login("reports@acme.example")
            wandb.login(key=os.environ["WANDB_API_KEY"])
            headers = {"Authorization": f"Bearer {token}", "Proxy-Authorization": "Basic <credentials>"}
            session.headers["Authorization"] = "Bearer"
            return relay.send_message(message, headers=headers)

        def describe():
            '''Connect with postgres://user:hunter2@host/db (see docs).'''
            return "postgres://{user}:{password}@{host}/db"

        def dsn(user, host, password):
            return f"postgresql://{user}:{password}@{host}:5432/ledger", f"https://{user}:{'*' * 8}@{host}/"

        # tokens of a parser or a path registry, sentinels: words, not generated tokens
        _ROOT_TOKEN = "_root"
        _WILDCARD_TOKEN: str = "wildcard"
        _PAGE_TOKEN = "NextPageToken"

        def protected(request, default_token="Bearer"):
            return request.headers.get("Authorization", default_token)

        # placeholders: to be filled in, or hidden in an output
        ADMIN_PASSWORD = "changeme"
        SMTP_PASSWORD = "${SMTP_PASS}"
        LDAP_BIND_PASSWORD = "<password>"
        api_token = "xxx"
        sample_password = "Hunter2-sample"  # a self-test's or a docstring's stand-in, named so

        CLIENT_SECRET = "some+client+secret"  # the name restated in words: to be replaced

        def load_p12(data, password=b"notasecret"):  # the documented password of every exported key file
            return pkcs12.load_key_and_certificates(data, password)

        def audit(result, user):
            result["changes"]["password"] = "**REDACTED**"
            result["new_password"] = "<hidden>"
            return "%(password)s is required for %(user)s" % {"password": "Passwort", "user": user}

        PASSWORD_ENV = "LEDGER_PASSWORD"
        FIELDS = {"password": "passwd"}
        DEVICE = "988c663d-74a2-432b-ba52-3eea34015f22"

        def by_uuid(blkid):
            token = f"UUID={DEVICE}"
            return blkid(token=token)  # a device's identifying token, not a credential

        def gateway(paramiko_client, host, settings, environ):
            paramiko_client.connect(host, username="treasury", password=environ[PASSWORD_ENV])
            paramiko_client.connect(host, username="ops", password=settings.GATEWAY_PASSWORD)
            return paramiko_client.connect(host, username="ops", password=FIELDS["password"])

        NO_KEY = ""
        NEXT_PAGE = "NextPageToken"

        def archive(boto3, environ, vault):
            from_env = environ["LEDGER_S3_KEY"]
            sample = "<your-secret-access-key>"
            boto3.client("s3", aws_secret_access_key=from_env, aws_session_token=NEXT_PAGE)
            boto3.client("s3", aws_secret_access_key=sample), boto3.client("s3", aws_secret_access_key=NO_KEY)
            return boto3.client("s3", aws_secret_access_key=vault)  # a parameter

        # an option's values (compared with two values, or listed among its choices), not passwords
        def sync(account, parser):
            parser.add_argument("--renew-password", choices=["always", "on_expiry"])
            if account.renew_password == "always":
                return True
            if account.rotate_password == "weekly":
                return account.rotate_password != "never"
            return False

        # maps of argument and field names, and a factory reference
        CONNECT_ARGS = dict(database="db", username="user", password="pwd")
        FIELD_ALIASES = {"password": "passwd"}
        FACTORIES = {"api-token": "myapp.testing.factories:ApiToken"}
        CLEARED_FIELDS = {"--clear-api-token": "hook.apiToken.value," "hook.apiToken.expireTime"}

        # where a credential is read from: an environment variable's name, a file's field names
        class EnvironmentCredentials:
            ACCESS_KEY = "LEDGER_ACCESS_KEY_ID"
            SECRET_KEY = "LEDGER_SECRET_ACCESS_KEY"

        class FileCredentials:
            SESSION_TOKEN = "LedgerSessionToken"

        # `::`-qualified type names mapped to their schema digests; a documentation sample
        SCHEMA_DIGESTS = {"Ledger::Vault::AccessKey": "9c1f0e7b2d4a8e63", "Ledger::Api::Token": "5e0c3b9a7f1d2c48"}
        SAMPLE_RESPONSE = {"SecretAccessKey": "q9Rk2Lm8Zx4/K7MDENG/EXAMPLEKEY"}
    """


def _login_secret(node: cst.Arg, ancestors: list[cst.CSTNode]) -> bool:
    """The argument is the password a login or bind method takes positionally (relay.login(user, "...")), or the
    key= of a login (wandb.login(key="..."): an API key, not a mapping's key)."""
    call = ancestors[-1] if ancestors else None
    if not isinstance(call, cst.Call) or not isinstance(call.func, cst.Attribute):
        return False
    if node.keyword is not None:
        return call.func.attr.value == "login"
    position = POSITIONAL_PASSWORDS.get(call.func.attr.value)
    return position is not None and position < len(call.args) and call.args[position] is node
