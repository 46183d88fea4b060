"""A key host's answer read as Node's fetch reads it (for bankcodes._key_get), so that both key
fetchers take or refuse the same answers: undici 6 (Node 20's fetch) parses an answer with llhttp
8.1.0 in its loose mode (undici's deps/llhttp; llhttp's src/llhttp/http.ts and src/native/http.c at
v8.1.0) and adds checks of its own (lib/dispatcher/client-h1.js). This is that parser's reading of
an answer, state for state, and undici's checks:

- the status line: CR and LF before it skipped, HTTP/ and a version of 0.9, 1.0, 1.1 or 2.0, one
  space, a status of digits up to 999, then a reason of any bytes but CR and LF, of any length;
  after a CR, whatever byte follows is taken as its LF;
- header lines: a name of token characters or spaces (but a space after content-length,
  transfer-encoding, connection, proxy-connection or upgrade, and before the first name), a colon,
  a value of tabs and bytes from 0x20 but DEL, ended by CRLF; a line that starts with a space or a
  tab continues the value before it; an empty value's CR, and the CR ending the head, are followed
  by any one byte; Content-Length digits (one, never beside a Transfer-Encoding), Transfer-Encoding
  chunked when it is its last coding, Connection's tokens;
- the names' and values' bytes at most 16,384 in all (undici's maxHeaderSize), counted anew for
  each answer and for the trailers;
- the body: by chunks (a size in hexadecimal digits, extensions of tokens, then two bytes taken as
  CRLF after each chunk's data, trailers read as a head), by Content-Length, or to the end of the
  connection; an answer whose connection is not kept alive ends where the connection does, but
  for a Content-Length not met (undici's, from the head and the trailers);
- an interim answer (below 200) skipped but 100, a 101 that upgrades, or one after which the
  connection is not kept alive, a status below 100 refused.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from bankcodes._key_input import (
    BLANK,
    COLON,
    COMMA,
    CONNECTION_TOKEN,
    CR,
    DIGITS,
    HEADER,
    HT,
    LF,
    SP,
    SPACE,
    TOKEN,
    U64,
    End,
    Input,
    Malformed,
    chunk_size,
)

#: undici's maxHeaderSize (Node's http.maxHeaderSize): the bytes of the names and values.
MAXHEADERS = 16_384
#: Header states (llhttp's HEADER_STATE) and flags (its F_*).
GENERAL, CONNECTION, LENGTH, CODING, UPGRADE = range(5)
KEEP_ALIVE, CLOSE, CONNECTION_UPGRADE, CHUNKED = range(5, 9)
_SPECIAL = {
    b"connection": CONNECTION,
    b"content-length": LENGTH,
    b"proxy-connection": CONNECTION,
    b"transfer-encoding": CODING,
    b"upgrade": UPGRADE,
}
F_KEEP_ALIVE, F_CLOSE, F_UPGRADETOKEN, F_CHUNKED = 1, 2, 4, 8
F_UPGRADE, F_LENGTH, F_CODING = 16, 32, 512
_STATE_FLAGS = {KEEP_ALIVE: F_KEEP_ALIVE, CLOSE: F_CLOSE, CONNECTION_UPGRADE: F_UPGRADETOKEN}
_PARSE_INT = re.compile(r"[\t\n\v\f\r \xa0]*([+-]?[0-9]+)")


class TooLarge(Exception):
    """An answer whose body is over the bytes read."""


@dataclass
class Head:
    """An answer's status and its header fields (names in lower case, values as Latin-1)."""

    status: int
    fields: list[tuple[str, str]] = field(default_factory=list)

    def get(self, name: str) -> str | None:
        """The values of a header, joined by ", " (as fetch's Headers.get joins them)."""
        values = [value for each, value in self.fields if each == name]
        return ", ".join(values) if values else None


class _Reader:
    """One answer's reading: llhttp's states and flags, and undici's bookkeeping."""

    def __init__(
        self, recv: Callable[[], bytes], head: Callable[[Head], None], max_bytes: int
    ) -> None:
        self.input, self.check_head, self.max_bytes = Input(recv), head, max_bytes
        self.flags = self.status = self.length = self.size = 0
        self.version = (1, 1)
        self.fields: list[tuple[str, str]] = []
        #: undici's: the status of the answer whose head was read, its Content-Length's text
        #: (head and trailers), whether its connection is kept alive, and the body read.
        self.current, self.length_text, self.kept_alive, self.body = 0, "", False, bytearray()

    def answer(self) -> bytes:
        try:
            while True:
                body = self._message()
                if body is not None:
                    return body
        except End:
            if self.current >= 200 and not self.kept_alive:
                return self._complete()
            raise Malformed("the connection ended before the answer did") from None

    def _message(self) -> bytes | None:
        read = self.input
        self.flags = self.length = 0
        while read.peek() in (CR, LF):
            read.next()
        if any(read.next() != expected for expected in b"HTTP/"):
            raise Malformed("it does not start with HTTP/")
        major, dot, minor = read.next(), read.next(), read.next()
        if dot != ord(".") or bytes([major, minor]) not in (b"09", b"10", b"11", b"20"):
            raise Malformed("its HTTP version is not 0.9, 1.0, 1.1 or 2.0")
        self.version = (major - 0x30, minor - 0x30)
        if read.next() != SP:
            raise Malformed("no space follows its HTTP version")
        self.status = 0
        while read.peek() in DIGITS:
            self.status = self.status * 10 + read.next() - 0x30
            if self.status > 999:
                raise Malformed("its status is over 999")
        if read.peek() == SP:
            read.next()
        elif read.peek() not in (CR, LF):
            raise Malformed("its status is not digits")
        if read.skip_line() == CR:
            read.next()
        if read.peek() == SP:
            raise Malformed("a space starts its first header line")
        self.fields, self.size = [], 0
        self._fields()
        return self._body(self._head_complete())

    def _count(self, taken: bytes) -> bytes:
        self.size += len(taken)
        if self.size >= MAXHEADERS:
            raise Malformed(f"its header names and values are {MAXHEADERS} bytes or more")
        return taken

    def _fields(self, trailing: bool = False) -> None:
        read = self.input
        while True:
            byte = read.next() if read.peek() in (CR, LF) else None
            if byte == CR:
                read.next()
            if byte is not None:
                return
            name = bytearray()
            while chunk := read.run(TOKEN):
                name += self._count(chunk)
            lower, state = bytes(name).lower(), GENERAL
            for special, kind in _SPECIAL.items():
                if lower.startswith(special):
                    if lower[len(special) : len(special) + 1] == b" ":
                        raise Malformed(f"a space follows its header name {special.decode()}")
                    state = kind if len(lower) == len(special) else GENERAL
            if read.next() != COLON:
                raise Malformed("a header name holds a character that is not a token's")
            value = self._value(state)
            text = lower.decode("latin-1")
            if text == "content-length":
                self.length_text += value
            if not trailing:
                self.fields.append((text, value))

    def _value(self, state: int) -> str:
        read, value = self.input, bytearray()
        while (byte := read.peek()) in (SP, HT, CR):
            read.next()
            if byte == CR:
                read.next()
                if read.peek() not in (SP, HT):
                    if state == LENGTH:
                        raise Malformed("its Content-Length is empty")
                    self.flags |= _STATE_FLAGS.get(state, 0)
                    return ""
        if read.peek() == LF:
            raise Malformed("a header value holds a line feed")
        while True:
            state = self._line(state, value)
            if read.next() != CR or read.next() != LF:
                raise Malformed("a header value holds a character not allowed there")
            if read.peek() not in (SP, HT):
                self.flags |= F_CHUNKED if state == CHUNKED else _STATE_FLAGS.get(state, 0)
                return value.decode("latin-1")
            state = GENERAL if state == CHUNKED else state

    def _take(self, value: bytearray, chars: frozenset[int]) -> None:
        while chunk := self.input.run(chars):
            value += self._count(chunk)

    def _one(self, value: bytearray) -> int:
        value += self._count(bytes([self.input.next()]))
        return value[-1]

    def _word(self, value: bytearray, words: tuple[bytes, ...], unsafe: bool = False) -> bytes:
        """The one of `words` that is read here, in any case (b"" for none: the bytes that
        began one are read all the same, as llhttp reads them)."""
        at = 0
        candidates = list(words)
        while candidates:
            byte = self.input.peek()
            lower = byte | 0x20 if unsafe else bytes([byte]).lower()[0]
            candidates = [word for word in candidates if word[at] == lower]
            if not candidates:
                return b""
            self._one(value)
            at += 1
            done = [word for word in candidates if len(word) == at]
            if done:
                return done[0]
        return b""

    def _line(self, state: int, value: bytearray) -> int:
        """One line of a header's value, up to its CR; the header state after it."""
        read = self.input
        if state == UPGRADE:
            self.flags |= F_UPGRADE
            state = GENERAL
        elif state == CODING:
            self.flags = (self.flags | F_CODING) & ~F_CHUNKED
            state = self._coding(value)
        elif state == LENGTH:
            if self.flags & F_LENGTH:
                raise Malformed("its Content-Length is given twice")
            while read.peek() in DIGITS:
                self.length = self.length * 10 + self._one(value) - 0x30
                if self.length > U64:
                    raise Malformed("its Content-Length is too large")
            self._take(value, SPACE)
            if read.peek() not in (CR, LF):
                raise Malformed("its Content-Length is not digits")
            self.flags |= F_LENGTH
        elif state == CONNECTION:
            state = self._connection(value)
        self._take(value, HEADER)
        return state

    def _coding(self, value: bytearray) -> int:
        read = self.input
        while True:
            if self._word(value, (b"chunked",), unsafe=True):
                self._take(value, SPACE)
                if read.peek() in (CR, LF):
                    return CHUNKED
            while read.peek() in CONNECTION_TOKEN:
                self._one(value)
            if read.peek() != COMMA:
                return GENERAL
            self._one(value)
            self._take(value, BLANK)

    def _connection(self, value: bytearray) -> int:
        read, state = self.input, CONNECTION
        kinds = {b"close": CLOSE, b"upgrade": CONNECTION_UPGRADE, b"keep-alive": KEEP_ALIVE}
        while True:
            self._take(value, BLANK)
            word = self._word(value, tuple(kinds))
            if word:
                state = kinds[word]
                self._take(value, SPACE)
                if read.peek() in (CR, LF):
                    return state
                if read.peek() == COMMA:
                    self._one(value)
                    self.flags |= _STATE_FLAGS[state]
                    state = CONNECTION
                    continue
                state = GENERAL
            while read.peek() in CONNECTION_TOKEN:
                self._one(value)
            if read.peek() != COMMA:
                return state
            self._one(value)

    def _head_complete(self) -> str:
        """undici's checks of a head, fetch's (the caller's `head`), and how its body is sent."""
        flags, status = self.flags, self.status
        if flags & F_CODING and flags & F_LENGTH:
            raise Malformed("it gives a Content-Length beside a Transfer-Encoding")
        if status == 100:
            raise Malformed("it is an interim answer 100, not asked for")
        if status == 101 and flags & F_UPGRADE and flags & F_UPGRADETOKEN:
            raise Malformed("it upgrades the connection to another protocol")
        self.current, self.kept_alive, self.size = status, self._kept_alive(), 0
        if status < 200:
            return "none"
        self.check_head(Head(status, self.fields))
        if flags & F_CHUNKED:
            return "chunks"
        if flags & F_CODING or (not flags & F_LENGTH and self._needs_end()):
            return "end"
        return "length" if flags & F_LENGTH and self.length else "none"

    def _needs_end(self) -> bool:
        if self.status // 100 == 1 or self.status in (204, 304):
            return False
        if self.flags & F_CODING and not self.flags & F_CHUNKED:
            return True
        return not self.flags & (F_CHUNKED | F_LENGTH)

    def _kept_alive(self) -> bool:
        major, minor = self.version
        if major > 0 and minor > 0:
            if self.flags & F_CLOSE:
                return False
        elif not self.flags & F_KEEP_ALIVE:
            return False
        return not self._needs_end()

    def _keep(self, data: bytes) -> None:
        self.body += data
        if len(self.body) > self.max_bytes:
            raise TooLarge

    def _body(self, kind: str) -> bytes | None:
        read = self.input
        if kind == "length":
            while self.length:
                data = read.take(self.length)
                self.length -= len(data)
                self._keep(data)
        elif kind == "end":
            while True:
                self._keep(read.take(self.max_bytes + 1))
        elif kind == "chunks":
            while size := chunk_size(read):
                while size:
                    data = read.take(size)
                    size -= len(data)
                    self._keep(data)
                read.next()
                read.next()
            self._fields(trailing=True)
        if self.current < 200:
            if self.current < 100:
                raise Malformed(f"its status {self.current} is below 100")
            self.current, self.length_text = 0, ""
            if not self._kept_alive():
                raise Malformed("its connection closes after an interim answer")
            return None
        return self._complete()

    def _complete(self) -> bytes:
        """undici's end of an answer: its Content-Length, if any, must be what was read."""
        status, self.current = self.current, 0
        if status < 100:
            raise Malformed(f"its status {status} is below 100")
        if self.length_text:
            found = _PARSE_INT.match(self.length_text)
            if found is None or int(found[1]) != len(self.body):
                raise Malformed(f"its body is {len(self.body)} bytes, not its Content-Length")
        return bytes(self.body)


def read(recv: Callable[[], bytes], head: Callable[[Head], None], max_bytes: int) -> bytes:
    """The body of the answer `recv` gives (its bytes, b"" at the connection's end); `head` is
    called with its head before its body is read, and may raise. Malformed where fetch would
    not read it, TooLarge where its body is over `max_bytes`."""
    return _Reader(recv, head, max_bytes).answer()
