# copied from codegen/runtime/python/bankcodes/_error_bodies.py — do not edit (run `make generate`)
"""The body of an HTTP response an error holds, read within bounds: at most MAX_BYTES, counted
after decompression, and within a deadline, never through a property that would read an unread
stream whole (a requests or httpx response opened as a stream reads its whole body when its
`content` is asked for).

A body already read is taken as it is. A body still on the wire is read from the response's raw
stream, in a thread of its own: as sent (gzip or deflate inflated here, chunk by chunk, so that a
small compressed body cannot grow past the limit in memory) and for at most `deadline` seconds,
after which the response is closed and nothing is read. What it cannot read within those bounds
gives no body.
"""

from __future__ import annotations

import contextlib
import inspect
import math
import socket
import threading
import types
import zlib
from collections.abc import Callable

#: The largest error body read, in bytes, after decompression: a longer one is not read.
MAX_BYTES = 1024 * 1024
#: How long a body still on the wire is waited for, by default, in seconds.
DEADLINE = 5.0
#: How much is asked of a raw stream at a time.
_CHUNK = 64 * 1024


class _TooLarge(Exception):
    """A body over MAX_BYTES, or one that inflates past it."""


def deadline_of(value: object) -> float:
    """A deadline as from_exception takes it: seconds, above 0 and at most an hour."""
    from bankcodes._params import shown

    if isinstance(value, bool) or not isinstance(value, int | float):
        raise TypeError(f"deadline must be a number of seconds, not {shown(value)}")
    if not (math.isfinite(value) and 0 < value <= 3600):
        raise ValueError(f"deadline must be above 0 and at most 3600 seconds, not {shown(value)}")
    return float(value)


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


def body_of(response: object, deadline: float) -> bytes | bytearray | str | None:
    """The body of a response, read within the bounds of the module's docstring; None when it
    has none that can be read so."""
    for name in ("_content", "content", "text"):  # a body already read, or given as data
        found = attribute(response, name)
        if isinstance(found, bytes | bytearray | str):
            return found
    read = _raw_reader(response)
    if read is None:
        return None
    encoding = _header(response, "content-encoding")
    return _within(read, encoding, deadline, lambda: _close(response))


def _raw_reader(response: object) -> Callable[[], bytes] | None:
    """A function reading the next chunk of an unread body as sent (b"" at its end): requests'
    raw stream (urllib3's HTTPResponse), or httpx's raw iterator."""
    if attribute(response, "_content") is False:  # requests: not read yet
        raw = attribute(response, "raw")
        read = getattr(raw, "read1", None) or getattr(raw, "read", None)
        if callable(read):
            return lambda: bytes(read(_CHUNK, decode_content=False) or b"")
        return None
    if attribute(response, "is_stream_consumed") is False and "_content" not in dir(response):
        iter_raw = getattr(response, "iter_raw", None)  # httpx: a method, run here only
        if callable(iter_raw):
            chunks = iter_raw(_CHUNK)
            return lambda: next(chunks, b"")
    return None


def _header(response: object, name: str) -> str:
    headers = attribute(response, "headers")
    try:
        value = headers.get(name) if headers is not None else None  # type: ignore[attr-defined]
    except Exception:
        return ""
    return value if isinstance(value, str) else ""


def _within(
    read: Callable[[], bytes], encoding: str, deadline: float, close: Callable[[], None]
) -> bytes | None:
    """The body read by `read` and inflated, in a thread, for at most `deadline` seconds."""
    found: list[bytes | None] = [None]

    def run() -> None:
        try:
            found[0] = _inflated(read, encoding)
        except Exception:  # too large, corrupt, closed at the deadline: no body
            found[0] = None

    reader = threading.Thread(target=run, name="bankcodes-error-body", daemon=True)
    reader.start()
    reader.join(deadline)
    if reader.is_alive():
        close()  # the reader's next read fails, and the thread ends
        return None
    return found[0]


def _inflated(read: Callable[[], bytes], encoding: str) -> bytes | None:
    codings = [c.strip().lower() for c in encoding.split(",") if c.strip()]
    codings = [c for c in codings if c != "identity"]
    if len(codings) > 1 or (codings and codings[0] not in ("gzip", "x-gzip", "deflate")):
        return None  # an encoding not read here
    inflater = None
    if codings:
        inflater = zlib.decompressobj(
            16 + zlib.MAX_WBITS if "gzip" in codings[0] else zlib.MAX_WBITS
        )
    body = bytearray()
    while chunk := read():
        if inflater is None:
            body += chunk
        else:
            body += inflater.decompress(chunk, MAX_BYTES + 1 - len(body))
            if inflater.unconsumed_tail:
                raise _TooLarge
        if len(body) > MAX_BYTES:
            raise _TooLarge
    return bytes(body)


def _close(response: object) -> None:
    """Close a response whose body did not arrive in time, so that its reader stops: its
    connection's socket shut down where the client gives it (a read blocked on it returns),
    then the response itself."""
    raw = attribute(response, "raw")
    connection = getattr(raw, "connection", None) if raw is not None else None
    sock = getattr(connection, "sock", None)
    if isinstance(sock, socket.socket):
        with contextlib.suppress(OSError):
            sock.shutdown(socket.SHUT_RDWR)
    close = getattr(response, "close", None)
    if callable(close):
        with contextlib.suppress(Exception):
            close()
