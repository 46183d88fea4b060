"""The body of an HTTP response an error holds, read within bounds: at most MAX_BYTES, counted
after decompression, and within a deadline, never through a property that would read an unread
stream whole (a requests or httpx response opened as a stream reads its whole body when its
`content` is asked for).

A body already read is taken as it is. A body still on the wire is read once: what the stream
gave (or that it gave no body that can be read) is kept for that response, so that every
function given the same exception (from_exception, decide, in any order and as often) reads the
same body; a requests or httpx response read whole is left holding it, as had it been read by
its client (its `content`). It is read from the response's raw stream as sent, and inflated
here (gzip, deflate with or without its zlib header, several encodings in the order the header
lists them, a gzip body of several members; a truncated stream gives what it holds), never past
the limit; another encoding (br), or data after the end
of a stream, gives no body, as in Node, whose fetch inflates alike.

Everything `from_exception` does with the object it is given runs in a thread of its own
(`within`), for at most the deadline: a body that drips or stalls, and a property of the object
that hangs, are given up at the deadline. The response being read is then shut down from yet
another thread (the socket it reads is shut down, where the client gives it, so that a read
blocked on it returns; then the response is closed), and None is returned without waiting for
either.
"""

from __future__ import annotations

import contextlib
import inspect
import io
import socket
import threading
import types
import weakref
import zlib
from collections.abc import Callable
from typing import TypeVar

#: The largest error body read, in bytes, after decompression: a longer one is not read.
MAX_BYTES = 1024 * 1024
#: How long `from_exception` waits, by default, in seconds.
DEADLINE = 5.0
#: How much is asked of a raw stream at a time.
_CHUNK = 64 * 1024
#: The most content encodings of one body that are undone.
_MAX_CODINGS = 3

T = TypeVar("T")


#: The bodies read from a stream, by the object read (a requests or httpx response, the file of
#: urllib's HTTPError): None for one that gave no body that can be read.
_READ: weakref.WeakKeyDictionary[object, bytes | None] = weakref.WeakKeyDictionary()
_READ_LOCK = threading.Lock()


def _once(stream: object, read: Callable[[], bytes | None]) -> bytes | None:
    """The body `read` gives of `stream`, read the first time only (an object no weak reference
    can hold is read each time)."""
    try:
        with _READ_LOCK:
            if stream in _READ:
                return _READ[stream]
    except TypeError:  # unhashable
        return read()
    body = read()
    try:
        with _READ_LOCK:
            return _READ.setdefault(stream, body)
    except TypeError:
        return body


class _Unreadable(Exception):
    """A body over MAX_BYTES, one that inflates past it, or one in an encoding not read here."""


def deadline_of(value: object) -> float:
    """A deadline as from_exception takes it: seconds, above 0 and at most an hour."""
    from bankcodes._params import shown

    if type(value) not in (int, float):
        raise TypeError(f"deadline must be a number of seconds, not {shown(value)}")
    if not (0 < value <= 3600):  # type: ignore[operator]
        raise ValueError(f"deadline must be above 0 and at most 3600 seconds, not {shown(value)}")
    return float(value)  # type: ignore[arg-type]


def attribute(value: object, name: str) -> object:
    """An attribute that is plain data on the object (an instance attribute or a slot), None
    where there is none or where it is computed (a property may read a stream, or raise)."""
    try:
        found = inspect.getattr_static(value, name)
    except AttributeError:
        return None
    except Exception:  # an object may make even that raise
        return None
    if isinstance(found, types.MemberDescriptorType):  # a slot: reading it runs no code
        try:
            return getattr(value, name, None)
        except Exception:
            return None
    if hasattr(type(found), "__get__"):  # a property, a method or another descriptor
        return None
    return found


class Watch:
    """What the thread that reads an error is reading, so that it can be shut down at the
    deadline."""

    def __init__(self) -> None:
        self.response: object = None

    def interrupt(self) -> None:
        """Shut down the socket of the response being read and close it (from a thread of its
        own: closing may wait on the reader)."""
        response = self.response
        if response is None:
            return
        sock = _socket_of(response)
        if sock is not None:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
        close = getattr(response, "close", None)
        if callable(close):
            with contextlib.suppress(Exception):
                close()


def within(task: Callable[[Watch], T], deadline: float) -> T | None:
    """What `task` returns, run in a thread for at most `deadline` seconds; None past it. An
    exception that is no Exception (KeyboardInterrupt, SystemExit) raised by the task is raised
    here."""
    watch = Watch()
    outcome: list[object] = []

    def run() -> None:
        try:
            outcome.append(task(watch))
        except BaseException as error:  # handed to the caller's thread, raised there
            outcome.append(error)

    worker = threading.Thread(target=run, name="bankcodes-from-exception", daemon=True)
    worker.start()
    worker.join(deadline)
    if worker.is_alive():
        threading.Thread(target=watch.interrupt, name="bankcodes-close", daemon=True).start()
        return None
    found = outcome[0] if outcome else None
    if isinstance(found, BaseException):
        raise found
    return found  # type: ignore[return-value]


def body_of(response: object, watch: Watch) -> bytes | bytearray | str | None:
    """The body of a response, read within the bounds of the module's docstring; None when it
    has none that can be read so."""
    for name in ("_content", "content", "text"):  # a body already read, or given as data
        found = attribute(response, name)
        if isinstance(found, bytes | bytearray | str):
            return found
    return _once(response, lambda: _stream_body(response, watch))


def _stream_body(response: object, watch: Watch) -> bytes | None:
    """The body of a response still on the wire, read from its raw stream and inflated here,
    the response then left holding it (`_kept`); None where it cannot be read so."""
    read = _raw_reader(response)
    if read is None:
        return None
    watch.response = response
    try:
        body = _decoded(_raw(read), _header(response, "content-encoding"))
    except Exception:  # too large, corrupt, not read here, closed at the deadline: no body
        return None
    _kept(response, body)
    return body


def _kept(response: object, body: bytes) -> None:
    """A response read whole left holding its body, as its client holds one it read: requests'
    `_content` (consumed), httpx's `_content`."""
    with contextlib.suppress(Exception):
        if attribute(response, "_content") is False:  # requests
            response._content = body  # type: ignore[attr-defined]
            response._content_consumed = True  # type: ignore[attr-defined]
        elif attribute(response, "is_stream_consumed") is True:  # httpx
            response._content = body  # type: ignore[attr-defined]


def file_body(file: object, encoding: str, watch: Watch) -> bytes | None:
    """The body of a file-like response (http.client's, which urllib's HTTPError holds), read as
    sent within the bounds of the module's docstring and inflated here (urllib undoes no
    encoding); None when it has none that can be read so."""
    read = getattr(file, "read1", None) or getattr(file, "read", None)
    if not callable(read):
        return None

    def whole() -> bytes | None:
        watch.response = file
        try:
            return _decoded(_raw(lambda: _chunk(read(_CHUNK))), encoding)
        except Exception:  # too large, corrupt, closed at the deadline: no body
            return None

    return _once(file, whole)


def _raw_reader(response: object) -> Callable[[], bytes] | None:
    """A function reading the next chunk of an unread body as sent (b"" at its end): requests'
    raw stream (urllib3's HTTPResponse), or httpx's raw iterator."""
    if attribute(response, "_content") is False:  # requests: not read yet
        raw = attribute(response, "raw")
        read = getattr(raw, "read1", None) or getattr(raw, "read", None)
        if callable(read):
            return lambda: _chunk(read(_CHUNK, decode_content=False))
        return None
    if attribute(response, "is_stream_consumed") is False and "_content" not in dir(response):
        iter_raw = getattr(response, "iter_raw", None)  # httpx: a method, run here only
        if callable(iter_raw):
            chunks = iter_raw(_CHUNK)
            return lambda: _chunk(next(chunks, b""))
    return None


def _chunk(value: object) -> bytes:
    if value is None:
        return b""
    if not isinstance(value, bytes | bytearray | memoryview):
        raise _Unreadable("a raw stream gave no bytes")
    return bytes(value)


def _raw(read: Callable[[], bytes]) -> bytes:
    """The body as sent, at most MAX_BYTES and a chunk (a compressed body is smaller than its
    content, so a larger one would inflate past the limit)."""
    body = bytearray()
    while chunk := read():
        body += chunk
        if len(body) > MAX_BYTES + _CHUNK:
            raise _Unreadable("over the limit")
    return bytes(body)


def _header(response: object, name: str) -> str:
    headers = attribute(response, "headers")
    try:
        value = headers.get(name) if headers is not None else None  # type: ignore[attr-defined]
    except Exception:
        return ""
    return value if type(value) is str else ""


def _decoded(body: bytes, encoding: str) -> bytes:
    """The body with its content encodings undone, last applied first."""
    codings = [c.strip().lower() for c in encoding.split(",") if c.strip()]
    codings = [c for c in codings if c != "identity"]
    if len(codings) > _MAX_CODINGS:
        raise _Unreadable("too many encodings")
    for coding in reversed(codings):
        if coding in ("gzip", "x-gzip"):
            body = _gunzip(body)
        elif coding == "deflate":
            body = _inflate(body, zlib.MAX_WBITS if _zlib_header(body) else -zlib.MAX_WBITS)
        else:
            raise _Unreadable(f"an encoding not read here: {coding[:20]}")
    if len(body) > MAX_BYTES:
        raise _Unreadable("over the limit")
    return body


def _zlib_header(body: bytes) -> bool:
    """Whether a deflate body starts with the zlib header RFC 1950 gives it (servers also send
    raw deflate, which clients read too)."""
    return len(body) > 1 and body[0] & 0x0F == 8 and (body[0] << 8 | body[1]) % 31 == 0


#: How much of a gzip body a member's inflater is given first; each further piece is twice the
#: last, up to _CHUNK. What it leaves unused when its member ends (a copy) is at most its last
#: piece, so a body of any number of members costs time linear in its size.
_FIRST_PIECE = 64


def _gunzip(body: bytes) -> bytes:
    """Every member of a gzip body, in order; anything after the last one is no gzip."""
    view, at, out = memoryview(body), 0, bytearray()
    while True:
        inflater, size = zlib.decompressobj(16 + zlib.MAX_WBITS), _FIRST_PIECE
        while not inflater.eof and at < len(view):
            piece = view[at : at + size]
            at, size = at + len(piece), min(2 * size, _CHUNK)
            out += _inflated_by(inflater, piece, MAX_BYTES + 1 - len(out))
        at -= len(inflater.unused_data)  # the next member's first bytes
        if at >= len(view):
            return bytes(out)  # the end, or a member cut short: what it holds
        if bytes(view[at : at + 2]) != b"\x1f\x8b":
            raise _Unreadable("data after the gzip body")


def _inflate(body: bytes, wbits: int) -> bytes:
    inflater = zlib.decompressobj(wbits)
    out = _inflated_by(inflater, body, MAX_BYTES + 1)
    if inflater.unused_data:
        raise _Unreadable("data after the deflate body")
    return out


def _inflated_by(inflater: zlib._Decompress, body: bytes | memoryview, most: int) -> bytes:
    out = inflater.decompress(body, max(most, 1))
    if inflater.unconsumed_tail or len(out) >= most:
        raise _Unreadable("inflates over the limit")
    return out  # a truncated stream gives what it holds, as fetch's inflater does


def _socket_of(response: object) -> socket.socket | None:
    """The socket a response reads from, where its client gives it: httpx's network stream
    (its public extension), urllib3's connection, or the socket http.client handed to the
    response when the connection was to close."""
    extensions = attribute(response, "extensions")
    if isinstance(extensions, dict) and "network_stream" in extensions:
        with contextlib.suppress(Exception):
            found = extensions["network_stream"].get_extra_info("socket")
            if isinstance(found, socket.socket):
                return found
    raw = attribute(response, "raw")
    paths: tuple[tuple[str, ...], ...] = (
        ("connection", "sock"),
        ("_connection", "sock"),
        ("_fp", "fp", "raw", "_sock"),
    )
    # http.client's own response (urllib's HTTPError holds one): its buffered socket file.
    if raw is None and isinstance(attribute(response, "fp"), io.BufferedReader):
        raw, paths = response, (("fp", "raw", "_sock"),)
    for path in paths:
        found = raw
        with contextlib.suppress(Exception):
            for name in path:
                found = getattr(found, name, None)
            if isinstance(found, socket.socket):
                return found
    return None
