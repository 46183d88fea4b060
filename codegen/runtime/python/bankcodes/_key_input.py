"""The bytes of a key host's answer as bankcodes._key_answer reads them: a connection's bytes read
on demand, the runs of a set of bytes, and a chunk's size line (llhttp 8.1.0's chunk_size and
chunk_extensions states, in its loose mode: a size of hexadecimal digits, then extensions of
tokens, a value a token or a quoted string, the CR that ends the line followed by any byte)."""

from __future__ import annotations

import re
from collections.abc import Callable

CR, LF, SP, HT, COLON, COMMA, SEMI, QUOTE, EQUALS = b'\r\n \t:,;"='
U64 = 2**64 - 1
DIGITS = frozenset(b"0123456789")
_HEX = frozenset(b"0123456789abcdefABCDEF")
STRICT_TOKEN = frozenset(
    b"!#$%&'*+-.^_`|~0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
)
TOKEN = STRICT_TOKEN | {SP}
HEADER = frozenset([HT, *range(0x20, 0x7F), *range(0x80, 0x100)])
CONNECTION_TOKEN = HEADER - {COMMA}
SPACE, BLANK = frozenset([SP]), frozenset([SP, HT])
_QUOTED = frozenset([HT, SP, *(c for c in range(0x21, 0x100) if c not in (QUOTE, 0x5C))])
_RUNS = {
    chars: re.compile(b"[" + re.escape(bytes(sorted(chars))) + b"]*")
    for chars in (TOKEN, HEADER, SPACE, BLANK)
}
_LINE_END = re.compile(b"[\r\n]")


class Malformed(Exception):
    """An answer fetch does not read; the message says why."""


class End(Exception):
    """The connection ended."""


class Input:
    """The bytes of a connection, read on demand (`recv` gives b"" at its end, then End)."""

    def __init__(self, recv: Callable[[], bytes]) -> None:
        self._recv, self.data, self.at = recv, b"", 0

    def peek(self) -> int:
        if self.at == len(self.data):
            self.data, self.at = self._recv(), 0
            if not self.data:
                raise End
        return self.data[self.at]

    def next(self) -> int:
        byte = self.peek()
        self.at += 1
        return byte

    def take(self, most: int) -> bytes:
        """At least one byte and at most `most`, of those at hand."""
        self.peek()
        taken = self.data[self.at : self.at + most]
        self.at += len(taken)
        return taken

    def run(self, chars: frozenset[int]) -> bytes:
        """The bytes at hand from here that are all of `chars` (b"": none, or none at hand)."""
        self.peek()
        found = _RUNS[chars].match(self.data, self.at)
        assert found is not None, "a pattern that matches the empty run"
        self.at = found.end()
        return found[0]

    def skip_line(self) -> int:
        """Skip to the next CR or LF, and take it (a line of any length, none of it kept)."""
        while (found := _LINE_END.search(self.data, self.at)) is None:
            self.at = len(self.data)
            self.peek()
        self.at = found.start()
        return self.next()


def chunk_size(read: Input) -> int:
    """The size of the chunk whose size line starts here, its line read."""
    size = 0
    if read.peek() not in _HEX:
        raise Malformed("a chunk's size is not hexadecimal digits")
    while read.peek() in _HEX:
        size = size * 16 + int(chr(read.next()), 16)
        if size > U64:
            raise Malformed("a chunk's size is too large")
    byte = read.next()
    if byte == SEMI:
        byte = _extensions(read)
    if byte != CR:
        raise Malformed("a chunk's size line holds a character not allowed there")
    read.next()
    return size


def _extensions(read: Input) -> int:
    """Read a chunk's extensions; the byte that ends them (-1 for one not allowed there)."""
    while True:
        if read.peek() in (SP, CR):
            raise Malformed("a chunk's extension is empty")
        while read.peek() in STRICT_TOKEN:
            read.next()
        byte = read.next()
        if byte == SEMI:
            continue
        if byte != EQUALS:
            return byte if byte == CR else -1
        while (byte := read.next()) in STRICT_TOKEN:
            pass
        if byte == QUOTE:
            while (byte := read.next()) in _QUOTED:
                pass
            if byte != QUOTE or (byte := read.next()) not in (SEMI, CR):
                return -1
            if byte == SEMI:
                continue
            return byte
        if byte == SEMI and (byte := read.next()) == SEMI:
            continue
        return byte if byte == CR else -1
