"""What the command line writes reaches a terminal only as text: every control character but
newline and tab, and every mark that reorders text, is shown as its escape (bankcodes._params.
printable), whatever printed it. Values from outside (a pasted body's request id, a code, a file
name) are escaped where they are printed, newlines included, so that no value can begin a line
of its own."""

from __future__ import annotations

import contextlib
import io
import re
import sys
from collections.abc import Iterator

from bankcodes._params import printable

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import TextIO


class Printable(io.TextIOBase):
    """A text stream writing to another, with control characters shown as escapes."""

    def __init__(self, stream: TextIO | None) -> None:
        #: None: the stream is closed (a process started with 2>&-), and what is written is lost.
        self._stream = stream

    def write(self, text: str) -> int:
        if self._stream is not None:
            self._stream.write(printable(text, keep="\n\t"))
        return len(text)

    def flush(self) -> None:
        if self._stream is not None:
            self._stream.flush()

    def writable(self) -> bool:
        return True


@contextlib.contextmanager
def printable_errors() -> Iterator[None]:
    """Standard error shown as Printable within the block."""
    original = sys.stderr
    sys.stderr = Printable(original)
    try:
        yield
    finally:
        sys.stderr = original


def value(text: object) -> str:
    """A value from outside as a line shows it: every control character escaped."""
    return printable(str(text))


def facts(record: object, family: str, place: str) -> dict[str, object]:
    """The facts of `record` that `place` ("cli" or "mcp") shows, by field, those it has: the
    carried facts of its family (its generated base, bankcodes._code_facts), as JSON writes them."""
    from bankcodes._code_facts import SHOWN

    found = {
        name: getattr(record, name) for name, _, where in SHOWN.get(family, ()) if place in where
    }
    return {
        name: list(got) if isinstance(got, tuple) else got
        for name, got in found.items()
        if got is not None
    }


def fact_lines(found: dict[str, object], family: str, of: str = "") -> list[str]:
    """The facts `facts` found, a line each: its label (and of what, where it is not the entry's
    own), then its value (a yes/no as such, texts one after the other, escaped)."""
    from bankcodes._code_facts import SHOWN

    labels = {name: label for name, label, _ in SHOWN.get(family, ())}
    lines = []
    for name, got in found.items():
        said = ("yes" if got else "no") if isinstance(got, bool) else got
        if isinstance(said, dict):  # a list by field: each field with its list
            said = "; ".join(
                f"{labels.get(name, name)}: {', '.join(map(str, of))}" for name, of in said.items()
            )
        said = ", ".join(map(str, said)) if isinstance(said, list) else said
        lines.append(f"{labels[name]}{f' ({of})' if of else ''}: {value(said)}")
    return lines


#: The Markdown a provider's published text carries, as the site renders it: a link, inline
#: code, strong emphasis.
_LINK = re.compile(r"\[([^\]\n]+)\]\((https?://[^)\s]+)\)")
_CODE = re.compile(r"`([^`\n]+)`")
_STRONG = re.compile(r"\*\*([^*\n]+)\*\*")


def plain(text: str) -> str:
    """A published text written in Markdown (as the site renders it), for the terminal: a link
    as its text with its address after it in angle brackets, inline code and strong emphasis
    as their text."""
    text = _LINK.sub(r"\1 <\2>", text)
    return _STRONG.sub(r"\1", _CODE.sub(r"\1", text))
