"""Valid syntax semgrep's grammars reject, respelled in a form they accept that means the same to our rules,
so the file is checked whole. Only the bytes semgrep reads change (the text rules read the file itself);
every line keeps its number.

Dockerfiles:
- An empty ARG or LABEL value (`ARG VERBOSE=`) is spelled `=""`, which means the same.
- RUN, CMD and ENTRYPOINT take the exec form only when their argument is a JSON array; otherwise Docker runs
  it as a shell command, even when it starts with `[` (`RUN [ -z "$V" ] || set -x`). Semgrep reads every
  `[` there as an exec form; `\\[` is the same shell command (the test command `[`, quoted) and reads as the
  shell form it is. The rest of that line moves one column.
- In a shell command, a backslash, one character and a `[` inside quotes (`sed 's/\\([0-9]*\\)/'`) stop
  semgrep's grammar. In quotes that backslash is text to the shell (the escapes of double quotes are left
  alone) and semgrep's rules read a quoted word whole, so it is spelled `_` for semgrep, in place.

Shell scripts and Dockerfiles:
- A read-write redirect (`exec 3<>/dev/tcp/db/5432`, a common health check) stops semgrep's bash grammar.
  It is spelled `> ` (write), in place: no rule reads which way a redirect goes.
- In the value of an assignment (`PATH=$HOME/bin:$PATH:/opt/bin`, `old=:$2:$4:$5`), a simple expansion
  (`$PATH`, `$4`) followed by `:`, `@`, `%`, `#`, `?` or `[` after another expansion or a quote stops
  semgrep's bash grammar (it reads the pair as the start of a `${name:...}`-style operator). That character
  ends the name to the shell as `/` does, and no rule reads an assignment's punctuation: after every simple
  expansion of an assignment's value it is spelled `/`, in place.
"""

from __future__ import annotations

import json
import re

# an ARG or LABEL line without quotes or continuation, and in it a `NAME=` with nothing after it
_ARG_LINE = re.compile(rb"(?im)^[ \t]*(?:ARG|LABEL)[ \t][^\n\"'\\]*$")
_EMPTY_VALUE = re.compile(rb"(?<=[\w.-])=(?=[ \t]|\r?$)")
# an instruction that has a shell form, with its flags (`--mount=...`): its argument starts after the match
_SHELL_FORM = re.compile(rb"(?im)^[ \t]*(?:RUN|CMD|ENTRYPOINT)(?:[ \t]+--\S+)*[ \t]+(?=\S)")
_CONTINUATION = re.compile(rb"\\[ \t]*\r?\n")
_CONTINUED = re.compile(rb"\\[ \t]*\r?$")
# parser directives naming another escape character: continuations are then not `\`, so the file is left alone
_ESCAPE_DIRECTIVE = re.compile(rb"(?im)\A(?:[ \t]*#[ \t]*\w+[ \t]*=.*\n)*?[ \t]*#[ \t]*escape[ \t]*=")
_ESCAPED_IN_DOUBLE_QUOTES = frozenset(b'"\\$`\n\r')
# an assignment (`NAME=`, `export NAME=`, `local NAME=`) and its value, quoted parts included, up to a separator
_ASSIGNMENT_VALUE = re.compile(
    rb"(?m)(?:^|(?<=[\s;&|(]))[A-Za-z_]\w*=((?:[^\s;&|()<>'\"`\\]|\"[^\"\n\\]*\"|'[^'\n]*'|`[^`\n\\]*`)*)"
)
# a simple expansion (`$name`, `$4`) and the character after it
_EXPANSION = re.compile(rb"\$(?:[A-Za-z_]\w*|[0-9])([:@%#?\[]?)")


def for_semgrep(language: str, data: bytes) -> bytes:
    """The bytes semgrep reads for a file of `language`: `data`, respelled where its grammar falls short."""
    if language == "dockerfile":
        data = _dockerfile(data)
    if language in ("dockerfile", "bash"):
        data = data.replace(b"<>", b"> ")
    if language == "bash" and b"=" in data and b"$" in data:
        data = _assignments(data)
    return data


def _assignments(data: bytes) -> bytes:
    """`/` for each `:`, `@`, `%`, `#`, `?` or `[` after a simple expansion in the value of an assignment: the
    spelling semgrep's bash grammar misreads, meaning the same to the rules."""
    out: bytearray | None = None
    for value in _ASSIGNMENT_VALUE.finditer(data):
        for expansion in _EXPANSION.finditer(data, value.start(1), value.end(1)):
            if expansion.group(1):
                out = out if out is not None else bytearray(data)
                out[expansion.start(1)] = ord("/")
    return data if out is None else bytes(out)


def _dockerfile(data: bytes) -> bytes:
    """The bytes of a Dockerfile semgrep's grammar accepts, meaning what `data` means to Docker."""
    data = _ARG_LINE.sub(lambda line: _EMPTY_VALUE.sub(b'=""', line.group()), data)
    if _ESCAPE_DIRECTIVE.match(data):
        return data
    out = bytearray(data)
    starts = []
    for instruction in _SHELL_FORM.finditer(data):
        start, end = instruction.end(), _end_of_instruction(data, instruction.end())
        if data[start] == ord("[") and _is_json_array(data[start:end]):
            continue  # the exec form: no shell
        _respell_quoted_escapes(data, start, end, out)
        if data[start] == ord("["):
            starts.append(start)
    for start in reversed(starts):  # from the end, so the offsets before stay right
        out[start:start] = b"\\"
    return bytes(out)


def _end_of_instruction(data: bytes, start: int) -> int:
    """Where the instruction whose argument starts at `start` ends: the first line not continued by `\\`."""
    end = start
    while (newline := data.find(b"\n", end)) >= 0 and _CONTINUED.search(data, end, newline):
        end = newline + 1
    return len(data) if newline < 0 else newline


def _is_json_array(argument: bytes) -> bool:
    try:
        return isinstance(json.loads(_CONTINUATION.sub(b"", argument)), list)
    except ValueError:
        return False


def _respell_quoted_escapes(data: bytes, start: int, end: int, out: bytearray) -> None:
    """In `out`, `_` for each backslash inside quotes in `data[start:end]` that is followed by one character
    and a `[` and is text to the shell (not an escape of double quotes, not a line continuation)."""
    quote = 0
    i = start
    while i < end:
        char = data[i]
        if quote and char == quote:
            quote = 0
        elif not quote and char in b"'\"":
            quote = char
        elif char == ord("\\") and i + 1 < end:
            after = data[i + 1]
            text = quote == ord("'") or (quote == ord('"') and after not in _ESCAPED_IN_DOUBLE_QUOTES)
            if text and after not in b"\r\n" and data[i + 2 : i + 3] == b"[":
                out[i] = ord("_")
            if quote != ord("'"):
                i += 1  # outside single quotes a backslash escapes the next character
        i += 1
