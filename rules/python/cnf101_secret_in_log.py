"""Credentials and confidential values written to logs, the console or exception messages."""

import re
from functools import lru_cache
from typing import Any, ClassVar

import libcst as cst
from guidelint.cst import (
    Context,
    Rule,
    RuleMeta,
    assignments,
    dotted,
    fixed_values,
    name_words,
    parameter,
    string_text,
)
from guidelint.cst.messages import message_text, names_an_identifier, parsed_object, said_otherwise

NAMES = (
    "password",
    "passwd",
    "pwd",
    "secret",
    "secrets",  # a collection named as secrets or passwords holds them (its len() or sorted() keys do not)
    "passwords",
    "token",
    "api_key",
    "apikey",
    "private_key",
    # keys that sign or encrypt, named by their use (a cache_key or sort_key is no secret)
    "secret_key",
    "signing_key",
    "encryption_key",
    "mac_key",
    "master_key",
    "credit_card",
    "card_number",
    "cvv",
    "ssn",
    "insider",
    "confidential",
    "mnpi",
)
# names about the secret rather than the secret itself (a part starting with one of these)
IGNORE = (
    "hash",
    "len",
    "policy",
    "field",
    "name",
    "label",
    "required",
    "min",
    "max",
    "count",
    "reset_url",
    "form",
    "validator",
    "expir",
    # message ids and reasons ("password_incorrect", REASON_BAD_TOKEN) name a text, not a value
    "incorrect",
    "mismatch",
    "invalid",
    "missing",
    "reason",
    "error",
    "msg",
    "message",
    # a cursor into a paged listing, handed back to ask for the next page: a position, not a credential
    "next_token",
    "page_token",
    "starting_token",
    "continuation_token",
    "pagination_token",
)
# pattern words that mark anything they qualify (insider_data); the other words must end the name
MARKERS = frozenset({"insider", "confidential", "mnpi"})
# ... except in a name about a switch or a kind rather than the data: enable_confidential_compute (a yes/no),
# confidential_node_type (which kind of confidential computing: "sev"), is_insider
SWITCHES = frozenset({"enable", "enabled", "disable", "disabled", "is", "has", "use", "allow", "support", "supports"})
KINDS = frozenset({"type", "types", "kind", "kinds", "mode", "modes"})
# words after the secret word that do not change what the value is (card_number, password_plain)
QUALIFIERS = frozenset({"value", "str", "string", "plain", "plaintext", "raw", "hex", "b64", "bytes", "number"})
LOG_METHODS = frozenset({"debug", "info", "warning", "warn", "error", "exception", "critical", "fatal", "log"})
# words naming a table of message texts (error_messages, MESSAGES, help_texts)
TEXT_TABLES = frozenset({"message", "messages", "msg", "msgs", "errors", "texts", "labels", "titles"})
# message text right before a value that names it an identifier: 'attribute "%s"', "property named {}"
# methods that give the same value in another spelling: what they return is as secret as their receiver
# experiment trackers (mlflow, Weights & Biases): the parameters, tags and config of a run are shown to everyone
# who can open the tracking server, and kept with the run for good, as a log line is
TRACKERS = frozenset(
    {
        *("mlflow.log_param", "mlflow.log_params", "mlflow.set_tag", "mlflow.set_tags", "mlflow.log_dict"),
        *("wandb.init", "wandb.log", "wandb.config.update", "wandb.config.setdefaults"),
    }
)
SPELLINGS = frozenset({"hex", "decode", "encode", "strip", "lstrip", "rstrip", "upper", "lower", "casefold"})


SSN_WORD = re.compile(r"(?<![a-z])ssn(?![a-z])|Ssn(?![a-z])|(?<![A-Z])SSN(?![A-Z])")


class SecretInLog(Rule):
    meta = RuleMeta.of(
        id="CNF101",
        clause="SG-2.1",
        title="Confidential value written to a log, print or exception",
        severity="high",
        confidence="medium",
        cwe=[532],
        owasp="A09:2021-Security Logging and Monitoring Failures",
        message="{name} is written to {sink}",
        rationale=(
            "Logs, console output and exception messages are copied to log servers, monitoring tools, "
            "tickets and the screens of people outside the business area that owns the data. Credentials "
            "leaking there can be replayed, and clients' confidential or pre-disclosure insider information "
            "leaking there is a breach of client trust and an insider-trading risk."
        ),
        remediation=(
            "Log an identifier or a masked form instead of the value: logger.info('login for user %s', "
            "user.id), mask(token) or token[-4:]; never pass passwords, tokens, keys or insider figures to "
            "logging calls, print(), warnings or exception constructors."
        ),
        references=(
            "https://cheatsheetseries.owasp.org/cheatsheets/Logging_Cheat_Sheet.html#data-to-exclude",
            "https://cwe.mitre.org/data/definitions/532.html",
        ),
    )
    nodes = (cst.Call, cst.Raise)
    options: ClassVar[dict[str, Any]] = {"names": NAMES, "ignore": IGNORE}
    # "ssn" as a word of a name (user_ssn, customerSsn, SSN), not inside another word (classname, CLASSNAME)
    needles = (
        *("password", "Password", "PASSWORD", "passwd", "Passwd", "PASSWD", "pwd", "Pwd", "PWD"),
        *("secret", "Secret", "SECRET", "token", "Token", "TOKEN"),
        *(
            "api_key",
            "apiKey",
            "ApiKey",
            "apikey",
            "APIKEY",
            "API_KEY",
            "private_key",
            "privateKey",
            "PRIVATE_KEY",
            *("signing_key", "signingKey", "SIGNING_KEY", "encryption_key", "encryptionKey", "ENCRYPTION_KEY"),
            *("mac_key", "macKey", "MAC_KEY", "master_key", "masterKey", "MASTER_KEY"),
        ),
        *(
            "credit_card",
            "creditCard",
            "CreditCard",
            "CREDIT_CARD",
            "card_number",
            "cardNumber",
            "CARD_NUMBER",
        ),
        *("cvv", "Cvv", "CVV", "insider", "Insider", "INSIDER"),
        SSN_WORD,
        *("confidential", "Confidential", "CONFIDENTIAL", "mnpi", "Mnpi", "MNPI"),
        *("credential", "Credential", "CREDENTIAL", "creds", "Creds", "CREDS"),  # a dict of them
    )

    def check_node(self, node: cst.CSTNode, ctx: Context) -> None:
        if isinstance(node, cst.Raise):
            exc = node.exc
            if isinstance(exc, cst.Call) and not _no_message(exc.func):
                self._check_args(node, exc, "an exception message", ctx)
            return
        assert isinstance(node, cst.Call)
        func = node.func
        if isinstance(func, cst.Attribute):
            method = func.attr.value
            tracker = method in ("init", "log", "update", "setdefaults") or method.startswith(("log_", "set_tag"))
            if tracker and ctx.qualname(func) in TRACKERS:  # every argument, config= and params= as well
                self._check_args(node, node, "the experiment tracker", ctx, keywords=True)
                return
            if method not in LOG_METHODS:
                return
            receiver = func.value
            if isinstance(receiver, cst.Call):
                receiver = receiver.func  # logging.getLogger(__name__).info(...)
            if isinstance(receiver, cst.Attribute):
                owner = receiver.attr.value
            elif isinstance(receiver, cst.Name):
                owner = receiver.value
            else:
                return
            if "log" in owner.lower():
                self._check_args(node, node, "a log", ctx)
            elif method == "warn" and ctx.qualname(func) == "warnings.warn":
                self._check_args(node, node, "a warning", ctx)
        elif isinstance(func, cst.Name) and (func.value in LOG_METHODS or func.value in ("print", "warn")):
            name = ctx.qualname(func)
            if name == "print":
                self._check_args(node, node, "the console", ctx)
            elif name == f"logging.{func.value}" or name == "warnings.warn":
                self._check_args(node, node, "a log", ctx)

    def _check_args(self, node: cst.CSTNode, call: cst.Call, sink: str, ctx: Context, keywords: bool = False) -> None:
        patterns = tuple(ctx.option("names", NAMES))
        ignore = tuple(ctx.option("ignore", IGNORE))
        for argument in call.args:
            keyword = argument.keyword.value if argument.keyword is not None else None
            if (keyword not in (None, "extra") and not keywords) or argument.star:
                continue
            leaked = _leak(argument.value, patterns, ignore, ctx)
            if leaked is None or (leaked[1] and parsed_object(leaked[0], ctx.function)):
                continue
            if said_otherwise(leaked[0], message_text(call)) or names_an_identifier(argument.value, leaked[0]):
                continue
            ctx.report(node, self.meta.message.format(name=leaked[0], sink=sink))
            return

    flagged = """
        import logging
        import logging as log_module
        from logging import warning

        logger = logging.getLogger(__name__)

        class Gateway:
            def __init__(self):
                self.logger = logging.getLogger("gateway")

            def login(self, user, password, api_key):
                logger.debug("login %s with %s", user, password)  # expect
                self.logger.info(f"using key {api_key}")  # expect
                logging.info("token: " + self.session.token)  # expect
                warning("retrying with {}".format(password))  # expect
                print("credentials", user.password)  # expect
                log_module.getLogger().error("card %(n)s", {"n": user.credit_card})  # expect
                raise PermissionError(f"bad secret {self.config['secret']}")  # expect
                raise PermissionError("refused: %s" % self.settings["api_key"])  # expect

            def check(self, password, api_token, pwd):
                if not self.store.exists(api_token):
                    logger.warning("invalid password %s", password)  # expect
                    logger.info("api token %s unknown, password %s", api_token, password)  # expect
                logger.debug("using pwd %s", pwd)  # expect

            def load(self, vault, secrets, passwords):
                logger.debug("vault secrets: %s", secrets)  # expect
                logger.debug("tried %s", passwords)  # expect
                logger.info("loaded %d secrets: %s", len(secrets), ", ".join(sorted(secrets)))

            def report(self, insiderData):
                logger.info("report ready", extra={"payload": insiderData})  # expect

            def connect(self, host: str, credentials: dict[str, str]):
                # a dict's text is its entries: the password among them
                logger.debug("connecting to %s with %s", host, credentials)  # expect
                creds = {"user": self.user, "password": self.password}
                logger.debug("retrying with %s", creds)  # expect

        def audit(event):
            from logging import getLogger
            getLogger("audit").warning("%s", event.mnpi)  # expect

        def path_for(entity, token, session):
            raise LookupError(f'no property named "{entity}" for token "{token}"')  # expect
            logger.info("next session token %s", session.next_session_token)  # expect
            raise ValueError('attribute "%s" rejected %s' % (session.name, session.token))  # expect

        def rotate(key_id, mac_key, settings):
            logger.warning("rotating key %s to %s", key_id, mac_key.hex())  # expect
            logger.info("signing with %s", str(settings.SIGNING_KEY))  # expect

        def accept(session, token):
            if session.revoked(token):
                raise PermissionError("token %s was recognized, but it is revoked" % token)  # expect

        def place_order(order, use_insider_quote):
            if use_insider_quote and order.kind not in ("limit", "stop"):
                raise ValueError("order %s priced from %s" % (order.kind, order.confidential_quote))  # expect

        TOKEN_HEADER = "X-Bank-Token"

        def send(headers):
            logger.debug("sending %s: %s", TOKEN_HEADER, headers[TOKEN_HEADER])  # expect

        def track(args, env):
            import mlflow
            import wandb
            mlflow.log_param("md_api_key", args.api_key)  # expect
            wandb.config.update({"warehouse_password": env["WAREHOUSE_PASSWORD"]})  # expect
            wandb.init(project="alpha", config={"lr": args.lr, "token": args.token})  # expect
    """
    safe = """
        import logging

        from tornado import gen

        logger = logging.getLogger(__name__)

        def login(user, password, token, policy):
            logger.info("password changed for user %s", user.id)
            logger.debug("token length %d", len(token))
            logger.info("token %s", mask(token))
            logger.warning("password_min_length=%s", policy.password_min_length)
            logger.info("hash algorithm %s", user.password_hash)
            logger.info("token scope %s, secret arn %s", user.token_scope, user.secret_arn)
            print("Enter your password:")
            if not password:
                raise ValueError("password is required")
            raise PermissionError(f"user {user.id} failed password check")

        def track(args, model):
            import mlflow
            import wandb
            mlflow.log_params({"lr": args.lr, "seed": args.seed, "token_count": args.token_count})
            wandb.init(project="alpha", config={"lr": args.lr, "tokenizer": args.tokenizer})
            wandb.log({"loss": model.loss, "tokens_seen": model.tokens_seen})
            mlflow.set_tag("api_key_source", "MD_API_KEY")

        def mask(value):
            return value[:2] + "***"

        def connect(host, credentials, key_credentials: dict):
            # an object named credentials (google-auth's, botocore's) prints its class; a dict's size or keys
            logger.debug("connecting to %s with %s", host, credentials)
            logger.debug("%d credentials for %s: %s", len(key_credentials), host, ", ".join(key_credentials))

        def rotate(key_id, mac_key, cache_key, rows):
            logger.warning("rotating key %s (fingerprint %s)", key_id, fingerprint(mac_key).hex())
            logger.debug("cache %s holds %d rows, sorted by %s", cache_key, len(rows), rows.sort_key.upper())

        TOKEN_HEADER = "X-Bank-Token"
        TRACE_HEADER = "X-Request-Id"

        def send(headers):
            logger.debug("sending %s (%d characters)", TOKEN_HEADER, len(headers[TOKEN_HEADER]))
            logger.debug("trace %s", headers[TRACE_HEADER])

        def list_orders(client, next_token=None):
            logger.debug("listing orders from page token %s", next_token)
            page = client.list_orders(NextToken=next_token)
            if page.get("NextPageToken") == next_token:
                raise ValueError(f"the listing did not advance past {next_token}")
            return page

        def list_objects(listing):
            print("Next token: " + listing["token"])  # where the next page starts

        @gen.coroutine
        def refreshed_token(client):
            token = yield client.refresh_token()
            raise gen.Return(token)  # a coroutine's result, written before `return` could do it

        class Tokens:
            def __next__(self):
                if not self.pending:
                    raise StopIteration(self.last_token)
                return self.pending.pop()

        def parse_tag(token, parser):
            if not token.contents:
                raise SyntaxError("empty tag %r on line %d" % (token, token.lineno))
            logger.debug("token %s", token[:4] + "...")

        def refresh(session, token):
            logger.info("refreshing token ending in %s", token[-4:])
            return session.post("/refresh", data={"token": token})

        def split_expression(token):
            start = token.find("|")
            if start < 0:
                raise ValueError("no filter in %s" % token)
            return token[:start], token[start + 1 :]

        def expect(token, expected):
            if token != expected:
                raise ParseError("expected %r, got %r" % (expected, token))

        class Redeem:
            error_messages = {"gift_card_secret": "This gift card code cannot be used here."}

            def check(self, card):
                if not card.usable:
                    raise ValueError(self.error_messages["gift_card_secret"])

        def post_once(store, post_token, pwd):
            if not store.exists(post_token):
                raise LookupError("one-time token '%s' not valid" % post_token)
            if not pwd.startswith("/"):
                raise ValueError(f'unexpected working directory "{pwd}"')

        def require(options):
            if not options.get("smtp_password"):
                raise KeyError("%s is not set, but the mail user is" % options["smtp_password"])

        def build(stage, token):
            if token == STAGE_TOKEN_OPEN:
                return stage.open()
            raise LookupError("unrecognized stage token: %s" % token)

        def reserve_nodes(options, flags):
            enable_confidential_nodes = flags.get("confidential-nodes", "false").lower() == "true"
            if enable_confidential_nodes and options.confidential_node_type not in ("sev", "tdx"):
                raise ValueError(
                    "confidential nodes=%s do not support node type %s"
                    % (enable_confidential_nodes, options.confidential_node_type.lower())
                )
            if options.is_insider:
                logger.info("reserved for an insider desk, mode %s", options.insider_mode)
            raise ValueError(CONFIDENTIAL_NODE_TIER_UNSUPPORTED.format(tier=options.tier))

        def find_property(entities, token, initiator, impl):
            if not entities:
                raise LookupError(f"can't find a property named '{token}'")
            raise ValueError(
                'attribute "%s" triggers an event on attribute "%s"' % (initiator.parent_token, impl.parent_token)
            )
    """


@lru_cache(maxsize=4096)
def _confidential(name: str, patterns: tuple[str, ...], ignore: tuple[str, ...]) -> bool:
    parts = name_words(name)
    if not parts:
        return False
    for exclusion in ignore:
        words = name_words(exclusion)
        if len(words) == 1:
            if any(p.startswith(words[0]) for p in parts):
                return False
        elif _contains(parts, words):
            return False
    markers = MARKERS.intersection(p.lower() for p in patterns)
    if any(p in markers for p in parts):
        if parts[0] not in SWITCHES and parts[-1] not in KINDS:
            return True  # insider_report, confidential_figures: the word marks the whole value
        patterns = tuple(p for p in patterns if p.lower() not in markers)  # a switch or a kind: no insider value
    while len(parts) > 1 and (parts[-1].isdigit() or parts[-1] in QUALIFIERS):
        parts.pop()
    for pattern in patterns:
        words = name_words(pattern)
        if words and (parts[-len(words) :] == words or parts[-1] == "".join(words)):
            return True  # the name ends in the word: db_password, apiKey, but not token_scope
    return False


def _contains(parts: list[str], words: list[str]) -> bool:  # consecutive words, for multi-word exclusions
    n = len(words)
    return any(parts[i : i + n] == words for i in range(len(parts) - n + 1))


def _leak(
    expr: cst.BaseExpression, patterns: tuple[str, ...], ignore: tuple[str, ...], ctx: Context
) -> tuple[str, bool] | None:
    """The confidential-looking name an argument expression puts into the message (and whether it is a bare
    variable), if any.

    Only the value itself, f-string placeholders, `%` and `+` operands, `.format()` arguments, dict values,
    str()/repr() and methods that only respell it (key.hex(), token.decode()) are followed: another call
    around the name (len(), mask(), hash()) is treated as a safe transform.
    """
    stack: list[cst.BaseExpression] = [expr]
    while stack:
        current = stack.pop()
        name: str | None = None
        bare = False
        if isinstance(current, cst.Name):
            name, bare = current.value, True
        elif isinstance(current, cst.Attribute):
            name = current.attr.value
        elif isinstance(current, cst.Subscript):
            index = current.slice[0].slice if len(current.slice) == 1 else None
            key = _key_text(index.value, ctx) if isinstance(index, cst.Index) else None
            if key is not None and not _texts(current.value):
                name = key
            elif isinstance(index, cst.Index):
                stack.append(current.value)  # tokens[0]; a slice (token[-4:]) masks the value
        elif isinstance(current, cst.FormattedString):
            stack.extend(p.expression for p in current.parts if isinstance(p, cst.FormattedStringExpression))
        elif isinstance(current, cst.ConcatenatedString):
            stack.extend((current.left, current.right))
        elif isinstance(current, cst.BinaryOperation):
            if isinstance(current.operator, (cst.Modulo, cst.Add)):
                stack.extend((current.left, current.right))
        elif isinstance(current, (cst.Tuple, cst.List)):
            stack.extend(e.value for e in current.elements)
        elif isinstance(current, cst.Dict):
            stack.extend(e.value for e in current.elements if isinstance(e, cst.DictElement))
        elif isinstance(current, cst.IfExp):
            stack.extend((current.body, current.orelse))
        elif isinstance(current, cst.Call):
            func = current.func
            if isinstance(func, cst.Attribute) and func.attr.value == "format":
                if not (isinstance(func.value, cst.Name) and func.value.value.isupper()):
                    stack.append(func.value)  # (a constant's text, CONFIDENTIAL_TIER_UNSUPPORTED, is the template)
                stack.extend(a.value for a in current.args)
            elif isinstance(func, cst.Attribute) and func.attr.value in SPELLINGS:
                stack.append(func.value)  # key.hex(), token.decode(): the same value, spelt otherwise
            elif isinstance(func, cst.Name) and func.value in ("str", "repr") and len(current.args) == 1:
                stack.append(current.args[0].value)
        if name is not None and _confidential(name, patterns, ignore):
            return name, bare
        if bare and isinstance(current, cst.Name) and _credential_mapping(current, ctx):
            return current.value, bare
    return None


# names of what holds credentials: an object (google-auth's, botocore's Credentials) prints its class, a dict
# prints its entries, the password among them
CREDENTIAL_WORDS = frozenset({"credentials", "credential", "creds"})
MAPPINGS = frozenset(
    {
        "dict",
        "typing.Dict",
        "typing.Mapping",
        "typing.MutableMapping",
        "collections.abc.Mapping",
        "collections.abc.MutableMapping",
    }
)


def _credential_mapping(name: cst.Name, ctx: Context) -> bool:
    """A name that says it holds credentials (db_credentials, creds) and that the code says is a dict: a
    parameter annotated as one (`credentials: dict`, `Mapping[str, str]`), or a name the function only ever
    binds to a dict display, dict(...) or an API answer's credentials entry. Its text is its entries, secrets
    included."""
    words = name_words(name.value)
    if not words or words[-1] not in CREDENTIAL_WORDS:
        return False
    param = parameter(ctx.function, name.value)
    if param is not None:
        if param.annotation is None or assignments(ctx, name.value, ctx.function):
            return False
        annotation = param.annotation.annotation
        if isinstance(annotation, cst.Subscript):
            annotation = annotation.value
        return (ctx.qualname(annotation) or dotted(annotation)) in MAPPINGS
    bound = assignments(ctx, name.value, ctx.function) if ctx.function is not None else []
    return bool(bound) and all(
        isinstance(b.value, cst.Dict)
        or (isinstance(b.value, cst.Call) and (ctx.qualname(b.value.func) or dotted(b.value.func)) == "dict")
        or _issued_credentials(b.value)
        for b in bound
    )


def _issued_credentials(value: cst.BaseExpression | None) -> bool:
    """The entry of an API's answer under a key that names credentials: `sts.assume_role(...)["Credentials"]`
    (AWS STS: the access key, the secret key and the session token)."""
    if not (isinstance(value, cst.Subscript) and isinstance(value.value, cst.Call) and len(value.slice) == 1):
        return False
    index = value.slice[0].slice
    key = index.value if isinstance(index, cst.Index) else None
    words = name_words(str(key.evaluated_value)) if isinstance(key, cst.SimpleString) else []
    return bool(words) and words[-1] in CREDENTIAL_WORDS


def _key_text(key: cst.BaseExpression, ctx: Context) -> str | None:
    """A subscript's key as text: a literal, or a constant of the code naming it (headers[TOKEN_HEADER])."""
    text = string_text(key)
    if text is not None or not isinstance(key, (cst.Name, cst.Attribute)):
        return text
    holder = key.value if isinstance(key, cst.Attribute) else key
    if not (isinstance(holder, cst.Name) and _module_name(holder, ctx)):
        return None  # a local or a parameter (headers[key]): asked of the dataflow for nothing
    values = fixed_values(key, ctx)
    found = next(iter(values)) if values is not None and len(values) == 1 else None
    return found if isinstance(found, str) else None


def _module_name(name: cst.Name, ctx: Context) -> bool:
    """A name the module binds at its top level or imports, which the function does not rebind."""
    function = ctx.function
    if function is not None and (parameter(function, name.value) or assignments(ctx, name.value, function)):
        return False
    return bool(assignments(ctx, name.value, ctx.module)) or ctx.qualname(name) is not None


def _texts(container: cst.BaseExpression) -> bool:
    """error_messages["password_mismatch"], MESSAGES["token"]: a table of message texts, whose keys name a
    text, not the value."""
    name = container.attr.value if isinstance(container, cst.Attribute) else getattr(container, "value", "")
    return isinstance(name, str) and bool(TEXT_TABLES & set(name_words(name)))


# exceptions that carry a value back instead of a message: a pre-async coroutine's result (tornado's
# gen.Return, App Engine ndb's Return), an iterator's or generator's return value
_RETURNS = frozenset({"Return", "StopIteration", "StopAsyncIteration"})


def _no_message(func: cst.BaseExpression) -> bool:
    """An exception class whose argument is no message about a secret: a value handed back (`Return`,
    `StopIteration`), or the text being parsed (ParseError, TemplateSyntaxError, LexerError quote its token)."""
    name = func.attr.value if isinstance(func, cst.Attribute) else func.value if isinstance(func, cst.Name) else ""
    return name in _RETURNS or any(word in name for word in ("Parse", "Syntax", "Lex", "Scan"))
