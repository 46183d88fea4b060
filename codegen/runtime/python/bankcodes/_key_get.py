"""One GET of a provider's key address for bankcodes._key_fetch, bounded in total time whatever
the peer sends (the TypeScript webhook-key-fetch.ts, the same bounds and answers).

The fetch starts its clock before the host name is looked up. Connecting (to each of the host's
addresses in turn), the TLS handshake, the request, the status line, any number of interim (1xx)
answers, the headers and the body then share one deadline, `timeout` seconds after the start:
before each connect, handshake and read, the socket's timeout is set to the time left, and a read
with no time left fails. So a fetch ends within `timeout` seconds, however slowly the peer sends,
or, if the system resolver takes longer than that to look the name up, as soon as it answers.
The socket is closed either way.

The head is read as fetch's parser (undici's llhttp) reads it, not as http.client would: a status of
3 digits (leading zeros read away), header lines ending in CRLF, each a name that is a token (spaces
before its colon taken), a colon and a value with no control character but a tab (a folded line
taken), a head of at most MAX_HEAD bytes, chunk sizes of hexadecimal digits. An interim answer is
skipped, as fetch skips it, but for 100, which answers what was not asked (fetch refuses it too).
The answer must be 200, without a Content-Encoding (identity is asked for), with at most one
Content-Length, of digits, a Transfer-Encoding only chunked and not beside a Content-Length (these
checked before the status), and its body at most `max_bytes` bytes, all of it. A 404 or 410 is the
provider saying it has no key there (SignatureError unknown_key: the delivery names a key that is
not the provider's); any other failure is the receiver's side (ConfigurationError bad_key: answer
500 and let the provider retry).
"""

from __future__ import annotations

import functools
import http.client
import io
import re
import socket
import ssl
import urllib.parse
from collections.abc import Callable, Mapping
from typing import Any

from bankcodes._params import quoted
from bankcodes.errors import ConfigurationError, SignatureError

#: A status line: its version, status and reason (RFC 9112, section 4, read as fetch's parser
#: reads it: a status of 3 digits or more with leading zeros, a reason of any bytes).
_STATUS = re.compile(rb"HTTP/(0\.9|1\.[01]|2\.0) ([0-9]+)(?: ([^\r\n]*))?\r?\n")
#: A header line: its name (RFC 9110, section 5.1: a token; fetch's parser also takes an empty
#: one, and spaces before the colon), and its value, without control characters but a tab.
_FIELD = re.compile(rb"([!#$%&'*+.^_`|~0-9A-Za-z-]*) *:[ \t]*([\t\x20-\x7e\x80-\xff]*?)[ \t]*\r\n")
#: A line continuing the value of the header before it (obs-fold, RFC 9112, section 5.2).
_FOLDED = re.compile(rb"[ \t]+([\t\x20-\x7e\x80-\xff]*?)[ \t]*\r\n")
#: A chunk's size line (RFC 9112, section 7.1), its extensions not read.
_CHUNK = re.compile(rb"([0-9A-Fa-f]{1,16})(?:;[^\r\n]*)?\r\n")
#: The longest head, in bytes (fetch's: undici's maxHeaderSize).
MAX_HEAD = 16_384
#: The statuses by which a key host says it has no key at the address.
NOT_THERE = (404, 410)


class _Deadline:
    """The time left of a fetch, by its clock; TimeoutError when none is left."""

    def __init__(self, clock: Callable[[], float], timeout: float) -> None:
        self._clock, self.timeout = clock, timeout
        self._end = clock() + timeout

    def left(self) -> float:
        left = self._end - self._clock()
        if left <= 0:
            raise TimeoutError(f"over {self.timeout:g} s")
        return left


class _Reads(io.RawIOBase):
    """A socket's reads, each waiting at most the time left."""

    def __init__(self, sock: socket.socket, deadline: _Deadline) -> None:
        super().__init__()
        self._sock, self._deadline = sock, deadline

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        self._sock.settimeout(self._deadline.left())
        return self._sock.recv_into(buffer)


class _Response(http.client.HTTPResponse):
    """An answer read through _Reads."""

    def __init__(self, sock: socket.socket, deadline: _Deadline) -> None:
        super().__init__(sock, method="GET")
        self.fp.close()
        self.fp = io.BufferedReader(_Reads(sock, deadline))

    def begin(self) -> None:
        """Read the head of the answer (skipping interim answers, as fetch does, but for 100,
        which answers what was not asked: fetch refuses it too), as fetch's parser reads it."""
        while True:
            line = self.fp.readline(MAX_HEAD + 1)
            found = _STATUS.fullmatch(line)
            digits = b"" if found is None else found[2].lstrip(b"0")
            if found is None or len(digits) != 3:
                raise http.client.BadStatusLine(quoted(line, 80))
            fields, status = self._fields(), int(digits)
            if status == 100:
                raise http.client.HTTPException("an interim answer 100, not asked for")
            if status >= 200:
                break
        self.status = self.code = status
        self.reason = (found[3] or b"").decode("iso-8859-1").strip()
        self.version = 10 if found[1] in (b"0.9", b"1.0") else 11
        self.headers = self.msg = http.client.HTTPMessage()
        for name, value in fields:
            self.msg[name] = value
        coding = self.msg.get("Transfer-Encoding")
        self.chunked = coding is not None and coding.strip().lower() == "chunked"
        self.chunk_left, self.will_close = None, True
        length = self.msg.get("Content-Length", "").strip()
        self.length = int(length) if length.isdigit() and not self.chunked else None
        if status in (204, 304):
            self.length = 0

    def _fields(self) -> list[tuple[str, str]]:
        """The header fields of a head, up to the blank line that ends it."""
        fields: list[tuple[str, str]] = []
        size = 0
        while (line := self.fp.readline(MAX_HEAD + 1)) not in (b"\r\n", b"\n"):
            size += len(line)
            if size > MAX_HEAD:
                raise http.client.HTTPException(f"its head is over {MAX_HEAD} bytes")
            field, folded = _FIELD.fullmatch(line), _FOLDED.fullmatch(line)
            if folded is not None and fields:
                name, value = fields.pop()
                fields.append((name, f"{value} {folded[1].decode('iso-8859-1')}".strip()))
            elif field is not None:
                fields.append((field[1].decode("ascii"), field[2].decode("iso-8859-1")))
            else:
                raise http.client.HTTPException(f"its header line {quoted(line, 60)} is malformed")
        return fields

    def _read_next_chunk_size(self) -> int:
        """A chunk's size (fetch refuses a size with a sign, a space or 0x, as this does)."""
        line = self.fp.readline(MAX_HEAD + 1)
        found = _CHUNK.fullmatch(line)
        if found is None:
            raise http.client.HTTPException(f"a chunk's size line is {quoted(line, 40)}")
        return int(found[1], 16)


class _Connection(http.client.HTTPConnection):
    """A connection made within the deadline, over TLS where `tls` is given."""

    def __init__(
        self, host: str, port: int, deadline: _Deadline, tls: ssl.SSLContext | None
    ) -> None:
        super().__init__(host, port)
        self._deadline, self._tls = deadline, tls

    def connect(self) -> None:
        sock = _connected(self.host, self.port, self._deadline)
        if self._tls is not None:
            sock.settimeout(self._deadline.left())  # the handshake, as a whole
            sock = self._tls.wrap_socket(sock, server_hostname=self.host)
        self.sock = sock


def _connected(host: str, port: int, deadline: _Deadline) -> socket.socket:
    """A socket connected to one of the host's addresses, tried in turn within the deadline."""
    failed: OSError = OSError(f"no address for {host}")
    for family, kind, protocol, _, address in socket.getaddrinfo(
        host, port, type=socket.SOCK_STREAM
    ):
        sock = socket.socket(family, kind, protocol)
        try:
            sock.settimeout(deadline.left())
            sock.connect(address)
        except OSError as error:
            sock.close()
            failed = error
            continue
        return sock
    raise failed


@functools.cache
def _tls() -> ssl.SSLContext:
    return ssl.create_default_context()


def get(
    address: str,
    url: str,
    headers: Mapping[str, str],
    *,
    timeout: float,
    max_bytes: int,
    clock: Callable[[], float],
) -> bytes:
    """The body of a GET of `url` (the key address `address`, or where tests serve it)."""
    parts = urllib.parse.urlsplit(url)
    tls = _tls() if parts.scheme == "https" else None
    deadline = _Deadline(clock, timeout)
    connection = _Connection(
        parts.hostname or "", parts.port or (80 if tls is None else 443), deadline, tls
    )
    response: _Response | None = None
    try:
        connection.connect()
        connection.sock.settimeout(deadline.left())
        target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        connection.request("GET", target, headers=headers)  # the fragment is not sent
        response = _Response(connection.sock, deadline)
        response.begin()
        return _body(address, response, max_bytes)
    except (SignatureError, ConfigurationError):
        raise
    except TimeoutError:
        raise unavailable(address, f"it took over {timeout:g} s") from None
    except (OSError, ValueError, http.client.HTTPException) as error:
        raise unavailable(address, f"{type(error).__name__}: {quoted(str(error), 120)}") from None
    finally:
        if response is not None:
            response.close()
        connection.close()


def _body(address: str, response: _Response, max_bytes: int) -> bytes:
    coding = response.getheader("Transfer-Encoding")
    if coding is not None and coding.strip().lower() != "chunked":
        raise unavailable(address, f"its Transfer-Encoding is {quoted(coding, 40)}, not chunked")
    lengths = response.msg.get_all("Content-Length") or []
    if len(lengths) > 1 or (lengths and coding is not None):
        raise unavailable(address, "its answer's length is given more than once")
    if lengths and not re.fullmatch(r"[0-9]+", lengths[0]):
        raise unavailable(address, f"its Content-Length is {quoted(lengths[0], 40)}")
    status = response.status
    if status in NOT_THERE:
        raise SignatureError(
            "unknown_key", f"the provider has no key at {address}: it answered HTTP {status}"
        )
    if status != 200:
        raise unavailable(address, f"it answered HTTP {status}")
    encoding = response.getheader("Content-Encoding")
    if encoding is not None and encoding.strip().lower() != "identity":
        raise unavailable(address, f"its answer is encoded ({quoted(encoding, 40)}), not asked for")
    if lengths and int(lengths[0]) > max_bytes:
        raise unavailable(address, f"its answer is {lengths[0]} bytes, over {max_bytes}")
    data = bytearray()
    while chunk := response.read1(4096):
        data += chunk
        if len(data) > max_bytes:
            raise unavailable(address, f"its answer is over {max_bytes} bytes")
    if response.length:
        raise unavailable(address, f"its answer ended {response.length} bytes short")
    return bytes(data)


def unavailable(address: str, why: str) -> ConfigurationError:
    return ConfigurationError("bad_key", f"the key at {address} could not be fetched: {why}")
