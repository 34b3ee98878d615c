"""The Python of a Jupyter notebook's code cells, as one module the Python engines check.

A notebook is JSON; its code cells, in order, are one Python module to the kernel that runs them, and so to
the libcst rules, the dataflow and bandit's mapped checks (as ruff checks them). What is not Python is
blanked, each line kept so that line numbers hold:
- IPython's line magics and shell escapes at a statement's start (`%matplotlib inline`, `!pip install x`,
  `files = !ls`, `t = %time f()`, `obj?`, `?obj`), with their backslash-continued lines; an indented one
  becomes `pass` at its indentation, so the block it was in still has a body;
- the first line of a cell magic whose body is Python (`%%time`, `%%capture`, ...), and the whole of any
  other cell magic's cell (`%%bash`, `%%sh`, `%%script`, `%%html`, `%%writefile`, ...): its body is another
  language or a file's text, which the scan lists as not checked (the JSON checks still read its text).
Markdown and raw cells are not code; outputs are not code either (the JSON checks read them).

The notebook is read, never run. Its kernel's language decides: `metadata.language_info.name`, else
`metadata.kernelspec.language`, else Python (as ruff and Jupyter assume). A notebook of another kernel (R,
Julia) stays checked as JSON only.

Where each source line is written in the .ipynb file is found by reading the JSON with its offsets: a
finding's `line` is that line of the file (what git diffs, GitHub annotations and the JSON rules see), and
its `cell` place is the cell (counted from 1 over all the notebook's cells, markdown and raw included, as
they are shown top to bottom) and the line and column in it. Jupyter writes each source line as its own
JSON string; a cell written as one string has all its lines on that string's line of the file.
"""

from __future__ import annotations

import bisect
import dataclasses
import json
import json.decoder
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from guidelint.model import CellPlace, FlowStep, Hit, Problem
from guidelint.suppressions import Directive

# the languages of kernels whose cells are Python (IPython's own kernel names its language "python")
_PYTHON = re.compile(r"^(i?python[0-9.]*|py)$", re.IGNORECASE)
# cell magics whose body is Python, run by the kernel (timed, captured, profiled, in a subprocess)
PYTHON_CELL_MAGICS = frozenset({"time", "timeit", "capture", "prun", "debug", "python", "python3", "pypy"})
# a line magic, shell escape, help or autocall at a statement's start: no Python statement starts so
_MAGIC_START = ("%", "!", "?", "/", ";", ",")
# names assigned the output of a magic or a shell command (`files = !ls`, `a, b = %sx cmd`)
_MAGIC_ASSIGNMENT = re.compile(r"^[A-Za-z_][\w.]*(\s*,\s*[A-Za-z_][\w.]*)*\s*=\s*[!%]")
# help on an object (`df.head?`, `json.loads??`)
_HELP = re.compile(r"^[\w.\[\]()'\"]+\?{1,2}$")
_SPACE = re.compile(r"[ \t\n\r]*")
_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+")

NOT_PYTHON_CELL = "cell {number} is a %%{magic} cell, not Python: its body is not checked (the JSON checks read it)"
OTHER_KERNEL = (
    "the {language} code of its cells (a Jupyter notebook whose kernel runs {language}, checked as JSON: its secrets"
    " and data rules ran)"
)
UNREADABLE = "the Python of its cells ({why}; the notebook was checked as JSON: its secrets and data rules ran)"


MAX_DEPTH = 200  # arrays and objects inside one another: Jupyter writes a few levels, outputs a few dozen
# what nests in JSON, read without recursion: a string (whose brackets are text) or a bracket
_NESTING = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"|[\[\]{}]')


def _depth(text: str) -> int:
    """How deep the text's arrays and objects nest (brackets in strings are text)."""
    depth = deepest = 0
    for match in _NESTING.finditer(text):
        token = match.group()
        if token == "[" or token == "{":
            depth += 1
            deepest = max(deepest, depth)
        elif token == "]" or token == "}":
            depth -= 1
    return deepest


class NotNotebook(Exception):
    """JSON that is not a notebook of nbformat 4, or not JSON at all."""


@dataclass(frozen=True)
class CodeCell:
    """One code cell: its number, the module line of its first line and the file line of each of its lines."""

    number: int
    first: int
    file_lines: tuple[int, ...]
    source: str  # as written (magics not blanked): what a report shows


@dataclass
class NotebookCode:
    """The Python module of a notebook's code cells and where each of its lines comes from."""

    text: str
    cells: list[CodeCell]
    notes: list[str]  # cells not checked, each said

    def locate(self, line: int) -> tuple[CodeCell, int]:
        """The cell holding a module line, and the line's number in it (a line past the end: the last)."""
        firsts = [cell.first for cell in self.cells]
        cell = self.cells[max(0, bisect.bisect_right(firsts, line) - 1)]
        return cell, min(max(1, line - cell.first + 1), len(cell.file_lines))

    def file_line(self, line: int) -> int:
        cell, in_cell = self.locate(line)
        return cell.file_lines[in_cell - 1]

    def place_hit(self, hit: Hit) -> Hit:
        """A hit in the module's lines, placed in the notebook: the file's lines, and its cell. A fix is
        dropped: its offsets are the module's, not the file's."""
        cell, line = self.locate(hit.line)
        end_cell, end = self.locate(hit.end_line)
        end = end if end_cell is cell else len(cell.file_lines)  # a statement cut by a cell's end: to its end
        flow = tuple(dataclasses.replace(s, line=self.file_line(s.line), note=self._step(s)) for s in hit.flow)
        return dataclasses.replace(
            hit,
            line=cell.file_lines[line - 1],
            end_line=cell.file_lines[end - 1],
            cell=CellPlace(cell.number, line, end),
            fix=None,
            flow=flow,
        )

    def _step(self, step: FlowStep) -> str:
        cell, line = self.locate(step.line)
        return f"(cell {cell.number}, line {line}) {step.note}"

    def place_problem(self, problem: Problem) -> Problem:
        if not problem.line:
            return problem
        cell, line = self.locate(problem.line)
        reason = f"{problem.reason} (cell {cell.number}, line {line})"
        return dataclasses.replace(problem, line=cell.file_lines[line - 1], reason=reason)

    def place_directive(self, directive: Directive) -> Directive:
        """A suppression comment placed in the file's lines, with its cell: the comment's line in it, and the
        line it covers (`end_line`; the next line of the module, for a comment on a line of its own)."""
        cell, line = self.locate(directive.line)
        target_cell, target = self.locate(directive.target)
        place = CellPlace(cell.number, line, target if target_cell is cell else line)
        line, target = self.file_line(directive.line), self.file_line(directive.target)
        return dataclasses.replace(directive, line=line, target=target, cell=place)


def python_code(text: str) -> NotebookCode | str:
    """The Python of a notebook's code cells, or why they are not checked (another kernel's language, a
    structure that is not nbformat 4). Raises NotNotebook for text that is not JSON."""
    lines = _LineIndex(text)
    if _depth(text) > MAX_DEPTH:  # before any reader recurses: never a crash, whatever the recursion limit
        raise NotNotebook(f"nested deeper than {MAX_DEPTH} levels")
    try:
        document, end = _object(text, 0, _top)
        if _skip(text, end) != len(text):
            raise NotNotebook(f"text after the JSON document (offset {end})")
    except (ValueError, StopIteration, RecursionError, IndexError) as exc:
        raise NotNotebook(str(exc) or type(exc).__name__) from None
    if not isinstance(document, dict):
        raise NotNotebook("not a JSON object")
    language = _language(document.get("metadata"))
    if language is not None and not _PYTHON.match(language):
        return OTHER_KERNEL.format(language=language)
    cells = document.get("cells")
    if not isinstance(cells, list):
        why = "nbformat 3: no list of cells" if "worksheets" in document else "no list of cells"
        return UNREADABLE.format(why=why)
    module: list[str] = []
    code_cells: list[CodeCell] = []
    notes: list[str] = []
    for number, cell in enumerate(cells, 1):
        if not isinstance(cell, dict) or cell.get("cell_type") != "code":
            continue
        source = cell.get("source")
        if not isinstance(source, list) or not all(isinstance(part, tuple) for part in source):
            return UNREADABLE.format(why=f"cell {number} has no source text")
        cell_lines, file_lines = _cell_lines(source, lines)
        if not cell_lines:
            continue
        python, magic = _python_lines(cell_lines)
        if magic:
            notes.append(NOT_PYTHON_CELL.format(number=number, magic=magic))
        code_cells.append(CodeCell(number, len(module) + 1, tuple(file_lines), "".join(cell_lines)))
        module.extend(python)
    return NotebookCode("".join(module), code_cells, notes)


def _language(metadata: Any) -> str | None:
    if not isinstance(metadata, dict):
        return None
    for section, key in (("language_info", "name"), ("kernelspec", "language")):
        value = metadata.get(section)
        if isinstance(value, dict) and isinstance(value.get(key), str) and value[key].strip():
            return str(value[key]).strip()
    return None


# --- the JSON, read with the offsets of the cells' source strings -------------------------------------------

# the JSON module's own readers of a value and of a string's rest from an offset (typeshed names neither)
_SCAN_ONCE: Callable[[str, int], tuple[Any, int]] = vars(json.JSONDecoder())["scan_once"]
_SCANSTRING: Callable[[str, int], tuple[str, int]] = vars(json.decoder)["scanstring"]
Reader = Callable[[str, str, int], tuple[Any, int]]


def _skip(text: str, index: int) -> int:
    return _SPACE.match(text, index).end()  # type: ignore[union-attr]  # matches the empty string anywhere


def _object(text: str, index: int, member: Reader) -> tuple[Any, int]:
    """A JSON object from `index`, each member's value read by `member(key, text, start)`; any other value
    as the JSON module reads it."""
    index = _skip(text, index)
    if text[index : index + 1] != "{":
        return _plain("", text, index)
    out: dict[str, Any] = {}
    index = _skip(text, index + 1)
    if text[index : index + 1] == "}":
        return out, index + 1
    while True:
        index = _skip(text, index)
        if text[index : index + 1] != '"':
            raise ValueError(f"a key expected at offset {index}")
        key, index = _SCANSTRING(text, index + 1)
        index = _skip(text, index)
        if text[index : index + 1] != ":":
            raise ValueError(f"':' expected at offset {index}")
        out[key], index = member(key, text, _skip(text, index + 1))
        index = _skip(text, index)
        if text[index : index + 1] == "}":
            return out, index + 1
        if text[index : index + 1] != ",":
            raise ValueError(f"',' expected at offset {index}")
        index += 1


def _array(text: str, index: int, item: Reader) -> tuple[Any, int]:
    if text[index : index + 1] != "[":
        return _plain("", text, index)
    out: list[Any] = []
    index = _skip(text, index + 1)
    if text[index : index + 1] == "]":
        return out, index + 1
    while True:
        value, index = item("", text, _skip(text, index))
        out.append(value)
        index = _skip(text, index)
        if text[index : index + 1] == "]":
            return out, index + 1
        if text[index : index + 1] != ",":
            raise ValueError(f"',' expected at offset {index}")
        index += 1


def _plain(_key: str, text: str, index: int) -> tuple[Any, int]:
    value, end = _SCAN_ONCE(text, index)
    return value, end


def _top(key: str, text: str, index: int) -> tuple[Any, int]:
    return _array(text, index, _cell) if key == "cells" else _plain(key, text, index)


def _cell(_key: str, text: str, index: int) -> tuple[Any, int]:
    return _object(text, index, _cell_member)


def _cell_member(key: str, text: str, index: int) -> tuple[Any, int]:
    if key != "source":
        return _plain(key, text, index)
    if text[index : index + 1] == '"':
        value, end = _plain(key, text, index)
        return [(value, index)], end
    return _array(text, index, _located_string)


def _located_string(_key: str, text: str, index: int) -> tuple[Any, int]:
    value, end = _plain("", text, index)
    return (value, index) if isinstance(value, str) else value, end


class _LineIndex:
    """The line of the file at an offset."""

    def __init__(self, text: str) -> None:
        self.breaks = [m.start() for m in re.finditer("\n", text)]

    def line(self, offset: int) -> int:
        return bisect.bisect_left(self.breaks, offset) + 1


def _cell_lines(source: list[tuple[str, int]], lines: _LineIndex) -> tuple[list[str], list[int]]:
    """A cell's lines (each ending with a line break) and the file line where each starts being written."""
    out: list[str] = []
    file_lines: list[int] = []
    pending = ""
    for part, offset in source:
        for piece in _LINE.findall(part):  # Python's line ends only: a form feed in a string is no line end
            if not pending:
                file_lines.append(lines.line(offset))
            pending += piece
            if piece.endswith(("\n", "\r")):
                out.append(pending.rstrip("\r\n") + "\n")
                pending = ""
    if pending:
        out.append(pending + "\n")
    return out, file_lines


# --- IPython's syntax blanked -------------------------------------------------------------------------------


def _python_lines(cell: list[str]) -> tuple[list[str], str]:
    """The cell's lines with IPython's syntax blanked, and the name of its cell magic when its body is not
    Python (the whole cell blanked)."""
    first = cell[0].strip()
    if first.startswith("%%"):
        magic = first[2:].split(maxsplit=1)[0] if first[2:].strip() else ""
        if magic not in PYTHON_CELL_MAGICS:
            return ["\n"] * len(cell), magic or "?"
        cell = ["\n", *cell[1:]]
    out: list[str] = []
    depth, quote, continued, in_magic, in_block = 0, "", False, False, False
    for line in cell:
        body = line.rstrip("\r\n")
        stripped = body.strip()
        starts = depth == 0 and not quote and not continued
        if in_magic or (starts and _is_magic(stripped)):
            indent = body[: len(body) - len(body.lstrip())]
            # in a block (`for name in names:` then `    !echo $name`), the block keeps a body
            out.append(f"{indent}pass\n" if indent and in_block and not in_magic else "\n")
            in_magic = body.endswith("\\")
            continue
        out.append(line)
        if stripped and not stripped.startswith("#") and starts:
            in_block = body.rstrip().endswith(":") or body[:1] in " \t"
        depth, quote, continued = _scan(body, depth, quote)
    return out, ""


def _is_magic(stripped: str) -> bool:
    return stripped.startswith(_MAGIC_START) or bool(_MAGIC_ASSIGNMENT.match(stripped) or _HELP.match(stripped))


def _scan(line: str, depth: int, quote: str) -> tuple[int, str, bool]:
    """Brackets and strings open at the end of a line: whether the next line starts a statement."""
    index, length = 0, len(line)
    while index < length:
        if quote:
            char = line[index]
            if char == "\\":
                index += 2
            elif line.startswith(quote, index):
                index += len(quote)
                quote = ""
            else:
                index += 1
            continue
        char = line[index]
        if char == "#":
            return depth, "", False
        if char in "([{":
            depth += 1
        elif char in ")]}":
            depth = max(0, depth - 1)
        elif char in "'\"":
            quote = line[index : index + 3] if line[index : index + 3] in ("'''", '"""') else char
            index += len(quote)
            continue
        index += 1
    continued = line.endswith("\\")
    if len(quote) == 1 and not continued:
        quote = ""  # a one-quote string ends with its line
    return depth, quote, continued
