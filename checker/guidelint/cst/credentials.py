"""What a string that may be a credential looks like: the words of a secret's name, the spellings of values
that only stand for one (placeholders, field names, environment variable names, patterns) and the formats
of well-known keys. SEC101 judges code with them; a company rule about secrets can use them too."""

from __future__ import annotations

import re

from guidelint.cst import name_words
from guidelint.cst.passwords import PASSWORD_WORDS

# the words that end a credential's name (the default `names` option of SEC101 and CNF102)
SECRET_NAMES = (
    "password",
    "passwd",
    "pwd",
    "passphrase",
    "secret",
    "secret_key",
    "token",
    "api_key",
    "apikey",
    "access_key",
    "private_key",
    "client_secret",
    "auth_token",
    "signing_key",
    "encryption_key",
    "master_key",
    "credential",
    "credentials",
)
# name parts that say the value is about the secret, not the secret itself
NOT_SECRET_PARTS = (
    *("type", "url", "uri", "endpoint", "path", "file", "filename", "dir", "name", "header", "prefix"),
    *("suffix", "label", "prompt", "field", "param", "attr", "attribute", "format", "pattern", "regex"),
    *("length", "len", "min", "max", "size", "count", "hash", "hasher", "algorithm", "alg", "method", "scheme"),
    *("kind", "mode", "policy", "validator", "env", "var", "message", "msg", "error", "help", "text", "title"),
    *("description", "template", "location", "backend", "class", "module", "setting", "option", "cache"),
    *("expiry", "expires", "expiration", "expire", "ttl", "timeout", "age", "lifetime", "version", "encoding"),
    *("placeholder", "input", "widget", "reset", "change", "changed", "done", "confirm", "view", "redirect"),
    *("route", "link", "page", "form", "button", "cookie", "column", "table", "id", "storage", "store"),
    *("source", "provider", "manager", "generator", "class", "sample", "example", "dummy", "fake"),
)
# words after the secret word that do not change what the value is (db_password_prod, token_b64)
QUALIFIERS = frozenset(
    {"value", "val", "str", "string", "plain", "plaintext", "raw", "b64", "base64", "hex", "bytes", "encoded"}
    | {
        "old",
        "new",
        "default",
        "prod",
        "production",
        "dev",
        "development",
        "staging",
        "test",
        "live",
        "sandbox",
    }
)
# a cheap first test: a name that contains none of these cannot match (SEC101's default patterns)
SECRET_WORD = re.compile(r"pass|pwd|secret|token|key|credential", re.IGNORECASE)
ENV_NAME = re.compile(r"^[A-Z][A-Z0-9_]*$")
# a module path, or an object in one ("pkg.factories:ApiToken", an entry point or a factory reference)
DOTTED_PATH = re.compile(r"^[A-Za-z_][\w-]*(\.[A-Za-z_][\w-]*)+(:[A-Za-z_]\w*(\.\w+)*)?$")
KEY_NAME = re.compile(
    r"^(?:[a-z][a-z0-9]*(?:[_.:-][a-z0-9]+)+|[a-z]+(?:[A-Z][a-z0-9]+)+|[A-Z][a-z]+(?:-[A-Z][a-z]+)+)$"
)
# a `::`-qualified type name (AWS::IAM::AccessKey): what a table maps it to is about the type
TYPE_PATH = re.compile(r"^[A-Za-z_]\w*(?:::[A-Za-z_]\w*)+$")
# values that stand for a credential instead of being one: to be filled in, hidden in an output, or saying
# they are none ("notasecret", the fixed password every exported PKCS#12 key of a cloud vendor is given)
PLACEHOLDER = re.compile(
    r"^(?:<.*>|\$.*|%.*|\{.*\}|[xX*.:#_-]+|your[-_ ].*|YOUR[-_ ].*"
    r"|(?i:[x*#_.-]*\s*(?:change[-_ ]?(?:me|it|this)|replace[-_ ]?(?:me|this)|redacted|removed|hidden|masked"
    r"|censored|placeholder|not[-_ ]?set|not[-_ ]?a[-_ ]?secret|unset|unavailable|n/a|todo|fixme|tbd)\s*[x*#_.-]*))$"
)
# a word or a sentinel written like an identifier ("relationship", "_sa_default", "Bearer", "NextToken"):
# what a lexer, a path registry or a protocol calls a token; a generated token has digits or random case
WORD_TOKEN = re.compile(r"^_*(?:[a-z]+(?:[_-][a-z]+)*|(?:[A-Z][a-z]{2,})+)$")
IDENTIFIER = re.compile(r"^[a-z][a-z0-9_]*$")
REGEX_SYNTAX = re.compile(r"\[[^\]]+\][*+?{]|\\[wdsWDSb]|\(\?[:=!P<]|\.[*+]")
MIN_LENGTH = 4  # shorter strings are not judged as secrets by their look
NOT_SECRETS = frozenset({"true", "false", "none", "null", "yes", "no", "enabled", "disabled", "required", "optional"})
# well-known credential formats, reported wherever they appear
FORMATS = (
    ("an AWS access key id", re.compile(r"(?<![A-Z0-9])(?:AKIA|ASIA)[A-Z0-9]{16}(?![A-Z0-9])")),
    ("a private key", re.compile(r"-----BEGIN [A-Z0-9 ]*PRIVATE KEY-----[\s\S]{0,300}?[A-Za-z0-9+/]{40}")),
    ("a GitHub token", re.compile(r"\bgh[pousr]_[A-Za-z0-9]{36}\b")),
    ("a Slack token", re.compile(r"\bxox[abpsr]-[0-9]{6,}-[A-Za-z0-9-]{8,}")),
    ("a Google API key", re.compile(r"\bAIza[0-9A-Za-z_-]{35}")),
    ("a Stripe live key", re.compile(r"\b[rs]k_live_[0-9a-zA-Z]{20,}")),
)
GENERATED_TOKEN = re.compile(r"[A-Za-z0-9+/=_-]{24,}")  # a generated token: long, no spaces or punctuation


def secret_name(name: str, patterns: tuple[str, ...], ignore: tuple[str, ...]) -> bool:
    """The name ends in a secret word: `db_password`, `SECRET_KEY`, `apiKey2`, but not `password_grant`,
    `token_scope` or `password_key` (the last word says what the value is)."""
    parts = name_words(name)
    if not parts or any(p in ignore for p in parts):
        return False
    while len(parts) > 1 and (parts[-1].isdigit() or parts[-1] in QUALIFIERS):
        parts.pop()
    last = parts[-1]
    for pattern in patterns:
        words = name_words(pattern)
        if not words:
            continue
        if parts[-len(words) :] == words or last == "".join(words):
            return True
        if len(words) == 1 and words[0].startswith("passw") and words[0] in last:
            return True  # dbpassword, mysqlpasswd
    return False


def signing_key_value(name: str, text: str) -> bool:
    """app.secret_key = "super secret key", app.config["SECRET_KEY"] = "dev": whatever the framework's
    signing key is set to in the code, in words or not, signs every session and token. An environment
    variable's name that says it holds a credential (SECRET_KEY = "APP_SECRET_KEY") is where the key is read
    from, not the key."""
    if ENV_NAME.match(text) and "_" in text and SECRET_WORD.search(text):
        return False
    return name_words(name)[-2:] == ["secret", "key"] and bool(text.strip()) and not PLACEHOLDER.match(text)


def mixed_case_digits(text: str) -> bool:
    return any(c.isupper() for c in text) and any(c.islower() for c in text) and any(c.isdigit() for c in text)


def default_password(text: str, name: str) -> bool:
    """connect(password="password"): a password argument set to the word itself is a (weak) password."""
    return bool(PASSWORD_WORDS & set(name_words(name))) and text.lower() in PASSWORD_WORDS | {"secret", "admin"}


def looks_secret(text: str, name: str) -> bool:
    if len(text) < MIN_LENGTH or any(c.isspace() for c in text):
        return False
    if text.lower() in NOT_SECRETS or PLACEHOLDER.match(text) or ENV_NAME.match(text) or DOTTED_PATH.match(text):
        return False
    if all(DOTTED_PATH.match(part) for part in text.split(",")):
        return False  # "a.token.value,a.token.expiry": a list of fields (an update mask), not their values
    if REGEX_SYNTAX.search(text):
        return False
    if "{" in text or "%(" in text or "%s" in text or text.startswith(("/", "./", "~/")) or "://" in text:
        return False
    normalized = text.lower().replace("_", "").replace("-", "")
    if normalized == name.lower().replace("_", "").replace("-", ""):
        return False
    if _restated(text, name):
        return False
    if KEY_NAME.match(text) and SECRET_WORD.search(text):
        return False  # "access_token", "X-Api-Key": the name of a field or header, not its value
    if "EXAMPLE" in text:
        return False  # AWS's documentation convention for a sample value (wJalr...EXAMPLEKEY)
    return not any(found.search(text) for _, found in FORMATS)  # reported by the format check


def _restated(text: str, name: str) -> bool:
    """The value is three or more words that restate its name ("some+client+secret" for CLIENT_SECRET,
    "my+db+password" for DB_PASSWORD): a stand-in someone is to replace, not a generated secret (a weak one
    written as one word, "supersecret", is still reported)."""
    words = [w for w in re.split(r"[^a-z0-9]+", text.lower()) if w]
    wanted = {w for w in name_words(name) if w.isalpha() and w not in QUALIFIERS}
    return len(words) >= 3 and bool(wanted) and wanted <= set(words)


def meaning(name: str) -> str:
    """The word that says what a name holds, qualifiers and digits left out ("api_token_b64" -> "token")."""
    words = [w for w in name_words(name) if not w.isdigit()]
    while len(words) > 1 and words[-1] in QUALIFIERS:
        words.pop()
    return words[-1] if words else ""


def abbreviates(short: str, long: str) -> bool:
    """ "db" for "database", "passwd" for "password": the letters of `short` in order in `long`, same first."""
    if not short or not long or short[0] != long[0] or short == long:
        return False
    rest = iter(long)
    return all(c in rest for c in short)


_SCHEME_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+.-")


def has_scheme(text: str, end: int) -> bool:
    """Whether a URL scheme ends at `end`: a letter at the start of a word (`\b[a-zA-Z]`) and scheme
    characters up to `end`. Runs of scheme characters before two "://" never overlap: linear in the text."""
    start = end
    while start > 0 and text[start - 1] in _SCHEME_CHARS:
        start -= 1
    for at in range(start, end):
        before = text[at - 1] if at else ""
        if text[at].isascii() and text[at].isalpha() and not (before.isalnum() or before == "_"):
            return True
    return False
