"""The lines of the modules the dataflow summarises, kept for the next summary of the same module: always
the lines `python_lines` gives for that text, whichever texts were asked for in between."""

from __future__ import annotations

from guidelint.sourcelines import kept_python_lines, python_lines


def _module(n: int) -> str:
    return f"import os\r\n\ndef f{n}(path):\n    return open(path)\x0c  # page break\rX = {n}"


def test_kept_lines_are_the_texts_own_lines() -> None:
    texts = [_module(n) for n in range(20)]
    for round_ in range(3):
        for text in texts if round_ != 1 else reversed(texts):
            assert kept_python_lines(text) == python_lines(text, keepends=True)
    assert kept_python_lines(texts[3]) == [
        "import os\r\n",
        "\n",
        "def f3(path):\n",
        "    return open(path)\x0c  # page break\r",
        "X = 3",
    ]


def test_an_equal_text_of_another_object_gets_its_own_lines() -> None:
    first = "".join(["a = 1\n", "b = 2\n"])
    second = "".join(["a = 1\n", "b = 2\n"])
    assert first is not second
    assert kept_python_lines(first) == kept_python_lines(second) == ["a = 1\n", "b = 2\n"]
