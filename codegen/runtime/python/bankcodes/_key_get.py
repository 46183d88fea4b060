"""One GET of a provider's key address for bankcodes._key_fetch, bounded in total time whatever
the peer sends (the TypeScript webhook-key-fetch.ts, the same bounds and answers).

The fetch starts its clock before the host name is looked up. Connecting (to each of the host's
addresses in turn), the TLS handshake, the request, the status line, any number of interim (1xx)
answers, the headers and the body then share one deadline, `timeout` seconds after the start:
before each connect, handshake and read, the socket's timeout is set to the time left, and a read
with no time left fails. So a fetch ends within `timeout` seconds, however slowly the peer sends,
or, if the system resolver takes longer than that to look the name up, as soon as it answers.
The socket is closed either way.

The answer is read as Node's fetch reads it (bankcodes._key_answer says how, and refuses what fetch
refuses); then, as fetch and the TypeScript fetcher check it: at most 5 content codings listed (but
for a status without a body), a Transfer-Encoding only chunked, a status of 200, no
Content-Encoding but identity (identity is asked for), a Content-Length of digits at most
`max_bytes`, and a body of at most `max_bytes` bytes, all of it. A 404 or 410 is the provider
saying it has no key there (SignatureError unknown_key: the delivery names a key that is not the
provider's); any other failure is the receiver's side (ConfigurationError bad_key: answer 500 and
let the provider retry).
"""

from __future__ import annotations

import functools
import http.client
import re
import socket
import ssl
import urllib.parse
from collections.abc import Callable, Mapping

from bankcodes._key_answer import Head, TooLarge, read
from bankcodes._key_input import Malformed
from bankcodes._params import quoted
from bankcodes.errors import ConfigurationError, SignatureError, refused

#: The statuses by which a key host says it has no key at the address.
NOT_THERE = (404, 410)
#: The statuses whose answers have no body (fetch's null body statuses).
_NO_BODY = (101, 204, 205, 304)
#: The most content codings fetch reads.
_MOST_CODINGS = 5
#: The white space JavaScript's trim() strips, of the Latin-1 characters a header value holds.
_TRIMMED = "\t\n\v\f\r \xa0"


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
    try:
        connection.connect()
        connection.sock.settimeout(deadline.left())
        target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        connection.request("GET", target, headers=headers)  # the fragment is not sent
        sock = connection.sock

        def recv() -> bytes:
            sock.settimeout(deadline.left())
            data: bytes = sock.recv(65_536)
            return data

        return read(recv, lambda head: _refused(address, head, max_bytes), max_bytes)
    except (SignatureError, ConfigurationError):
        raise
    except TimeoutError:
        raise unavailable(address, f"it took over {timeout:g} s") from None
    except TooLarge:
        raise unavailable(address, f"its answer is over {max_bytes} bytes") from None
    except Malformed as error:
        raise unavailable(address, str(error)) from None
    except (OSError, ValueError, http.client.HTTPException) as error:
        raise unavailable(address, f"{type(error).__name__}: {quoted(str(error), 120)}") from None
    finally:
        connection.close()


def _refused(address: str, head: Head, max_bytes: int) -> None:
    """Refuse an answer by its head, as fetch and then the TypeScript fetcher refuse it."""
    status = head.status
    codings = head.get("content-encoding")
    if status not in _NO_BODY and codings and len(codings.split(",")) > _MOST_CODINGS:
        raise unavailable(address, f"its answer lists over {_MOST_CODINGS} content codings")
    coding = head.get("transfer-encoding")
    if coding is not None and coding.strip(_TRIMMED).lower() != "chunked":
        raise unavailable(address, f"its Transfer-Encoding is {quoted(coding, 40)}, not chunked")
    if status in NOT_THERE:
        raise refused("no_key_there", address=address, status=status)
    if status != 200:
        raise unavailable(address, f"it answered HTTP {status}")
    if codings is not None and codings.strip(_TRIMMED).lower() != "identity":
        raise unavailable(address, f"its answer is encoded ({quoted(codings, 40)}), not asked for")
    length = head.get("content-length")
    if length is not None and re.fullmatch("[0-9]+", length) and int(length) > max_bytes:
        raise unavailable(address, f"its answer is {length} bytes, over {max_bytes}")


def unavailable(address: str, why: str) -> ConfigurationError:
    return refused("key_unavailable", address=address, why=why)
