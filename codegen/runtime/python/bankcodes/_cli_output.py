"""What the command line writes reaches a terminal only as text: every control character but
newline and tab, and every mark that reorders text, is shown as its escape (bankcodes._params.
printable), whatever printed it. Values from outside (a pasted body's request id, a code, a file
name) are escaped where they are printed, newlines included, so that no value can begin a line
of its own."""

from __future__ import annotations

import contextlib
import io
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
