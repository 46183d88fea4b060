"""from_exception reads an error body within bounds: a response opened as a stream is read from
its raw stream, at most 1 MiB counted after decompression and within a deadline, never through
the property that would read it whole; a status outside 100-599 is no status; records never
raise when shown. Every server is on loopback."""

from __future__ import annotations

import contextlib
import gzip
import json
import logging
import threading
import time
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any, ClassVar

import httpx
import pytest
import requests
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

import bankcodes
from bankcodes._exceptions import FoundError
from tests.support.helpers import run_node

#: plaid.com/docs/errors/item/#item_login_required (HTTP 400), as a body on the wire.
ITEM_LOGIN_REQUIRED = json.dumps(
    {"error_type": "ITEM_ERROR", "error_code": "ITEM_LOGIN_REQUIRED", "request_id": "r-1"}
).encode()
#: How much of a huge body the server sends at most.
HUGE = 300 * 1024 * 1024


@pytest.fixture(scope="module")
def bomb() -> bytes:
    """About 100 KB of gzip that inflates to 100 MB."""
    return gzip.compress(b"\0" * (100 * 1024 * 1024), compresslevel=9)


class Sent:
    """What the server sent of a body, and whether the client hung up."""

    def __init__(self) -> None:
        self.bytes = 0
        self.closed = threading.Event()


@pytest.fixture
def server() -> Iterator[HTTPServer]:
    logging.getLogger("werkzeug").setLevel(logging.ERROR)
    running = HTTPServer(threaded=True)
    running.start()
    yield running
    running.clear()
    running.stop()


def _huge(sent: Sent) -> Iterator[bytes]:
    chunk = b"[" + b" " * (64 * 1024 - 1)
    try:
        while sent.bytes < HUGE:
            sent.bytes += len(chunk)
            yield chunk
    finally:
        sent.closed.set()


def _drip(sent: Sent, pause: float) -> Iterator[bytes]:
    try:
        for byte in ITEM_LOGIN_REQUIRED:
            time.sleep(pause)
            sent.bytes += 1
            yield bytes([byte])
    finally:
        sent.closed.set()


def _serve(server: HTTPServer, body: Any, **headers: str) -> str:
    def answer(request: Request) -> Response:
        return Response(body, status=400, headers=headers, direct_passthrough=True)

    server.expect_request("/error").respond_with_handler(answer)
    return server.url_for("/error")


def _streamed_requests_error(url: str) -> requests.HTTPError:
    response = requests.get(url, stream=True, timeout=30)
    with pytest.raises(requests.HTTPError) as raised:
        response.raise_for_status()
    return raised.value


def test_a_streamed_body_is_read_and_decided(server: HTTPServer) -> None:
    error = _streamed_requests_error(_serve(server, ITEM_LOGIN_REQUIRED))
    found = bankcodes.from_exception(error)
    assert found is not None
    assert (found.kind, found.code.value, found.status, found.request_id) == (
        "plaid/error",
        "ITEM_LOGIN_REQUIRED",
        400,
        "r-1",
    )


def test_a_huge_streamed_body_is_not_read_past_the_limit(server: HTTPServer) -> None:
    """300 MB on the wire: the read stops after 1 MiB and two chunks at most, the answer is
    None."""
    sent = Sent()
    error = _streamed_requests_error(_serve(server, _huge(sent)))
    read: list[int] = []
    assert error.response is not None
    raw = error.response.raw
    original = raw.read1

    def counted(*args: Any, **kwargs: Any) -> bytes:
        chunk: bytes = original(*args, **kwargs)
        read.append(len(chunk))
        return chunk

    raw.read1 = counted
    assert bankcodes.from_exception(error) is None
    assert 1024 * 1024 < sum(read) <= 1024 * 1024 + 2 * 64 * 1024
    error.response.close()
    assert sent.closed.wait(30) and sent.bytes < HUGE


class _Counting:
    """zlib's inflater, counting what it gives."""

    given: ClassVar[list[int]] = []

    def __init__(self, *args: Any) -> None:
        self.inner = _INFLATER(*args)

    def decompress(self, data: bytes, most: int = 0) -> bytes:
        out: bytes = self.inner.decompress(data, most)
        self.given.append(len(out))
        return out

    @property
    def unconsumed_tail(self) -> bytes:
        tail: bytes = self.inner.unconsumed_tail
        return tail

    @property
    def unused_data(self) -> bytes:
        unused: bytes = self.inner.unused_data
        return unused

    @property
    def eof(self) -> bool:
        ended: bool = self.inner.eof
        return ended


_INFLATER = zlib.decompressobj


@pytest.mark.parametrize("client", ["requests", "httpx"])
def test_a_gzip_bomb_is_not_inflated_past_the_limit(
    server: HTTPServer, bomb: bytes, client: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """About 100 KB that inflates to 100 MB: at most 1 MiB and a byte is ever inflated."""
    url = _serve(server, bomb, **{"Content-Encoding": "gzip"})
    monkeypatch.setattr(_Counting, "given", [])
    monkeypatch.setattr("bankcodes._error_bodies.zlib.decompressobj", _Counting)
    if client == "requests":
        assert bankcodes.from_exception(_streamed_requests_error(url)) is None
    else:
        with httpx.Client() as http, http.stream("GET", url) as response:
            with pytest.raises(httpx.HTTPStatusError) as raised:
                response.raise_for_status()
            assert bankcodes.from_exception(raised.value) is None
    assert 0 < sum(_Counting.given) <= 1024 * 1024 + 1


@pytest.mark.parametrize("client", ["requests", "httpx"])
def test_a_dripping_body_is_given_up_at_the_deadline(server: HTTPServer, client: str) -> None:
    """One byte every 0.3 s (the body would take about 30 s): from_exception returns None once
    its deadline has passed, and the connection is closed."""
    sent = Sent()
    url = _serve(server, _drip(sent, 0.3))
    if client == "requests":
        error: Exception = _streamed_requests_error(url)
        found = bankcodes.from_exception(error, deadline=1.0)
    else:
        with httpx.Client() as http, http.stream("GET", url) as response:
            with pytest.raises(httpx.HTTPStatusError) as raised:
                response.raise_for_status()
            found = bankcodes.from_exception(raised.value, deadline=1.0)
    assert found is None
    assert sent.closed.wait(30) and sent.bytes < len(ITEM_LOGIN_REQUIRED)


@pytest.mark.parametrize("deadline", [0, -1, float("nan"), float("inf"), 3601, "5", True])
def test_a_deadline_that_is_no_number_of_seconds_is_the_callers_mistake(deadline: Any) -> None:
    with pytest.raises((TypeError, ValueError), match="deadline must be"):
        bankcodes.from_exception(ITEM_LOGIN_REQUIRED, deadline=deadline)


@pytest.mark.parametrize(
    "status",
    [10**5000, -7, 0, 99, 600, 2**63, 400.5, True],
    ids=["10**5000", "-7", "0", "99", "600", "2**63", "400.5", "True"],
)
def test_a_status_outside_100_to_599_is_no_status_and_the_record_shows(status: object) -> None:
    class Response:
        status_code = status
        content = ITEM_LOGIN_REQUIRED

    found = bankcodes.from_exception(Response())
    assert found is not None and found.status is None
    assert "ITEM_LOGIN_REQUIRED" in repr(found) and "ITEM_LOGIN_REQUIRED" in str(found)
    assert "http.response.status_code" not in found.as_log_fields()


def test_a_record_holding_an_unwritable_int_still_shows() -> None:
    found = FoundError(path="$.a", field="$.a", code_set="x.y", code=10**5000, kind="x/y")
    assert "code=an int of 16610 bits" in repr(found)


def test_a_property_that_reads_the_body_is_never_touched() -> None:
    """A response whose content is a property (as requests' and httpx's are) is read only from
    what it already holds."""

    class Lazy:
        status_code = 400
        touched = False

        @property
        def content(self) -> bytes:
            type(self).touched = True
            return ITEM_LOGIN_REQUIRED

    assert bankcodes.from_exception(Lazy()) is None
    assert Lazy.touched is False


def test_node_reads_no_body_past_its_bounds(
    server: HTTPServer, bomb: bytes, typescript_dist: Path
) -> None:
    """fromError over fetch Responses: a 300 MB body, a gzip bomb, a dripping body and one
    that never comes each give null once the limit or the deadline is reached (the body's
    reading cancelled); a body that arrives whole is read."""
    huge, drip, stall = Sent(), Sent(), Sent()
    release = threading.Event()

    def never() -> Iterator[bytes]:
        try:
            yield b"["  # the head goes out with a first byte; the rest never comes
            release.wait(60)
            yield b"]"
        finally:
            stall.closed.set()

    for name, body, headers in (
        ("huge", _huge(huge), {}),
        ("bomb", bomb, {"Content-Encoding": "gzip"}),
        ("drip", _drip(drip, 0.3), {}),
        ("stall", never(), {}),
        ("whole", ITEM_LOGIN_REQUIRED, {}),
    ):
        server.expect_request(f"/{name}").respond_with_response(
            Response(body, status=400, headers=headers, direct_passthrough=True)
        )
    try:
        output = run_node(
            "error_bounds.mjs", str(typescript_dist / "index.js"), server.url_for("/"), "1000"
        )
    finally:
        release.set()
    found = json.loads(output)
    assert {name: found[name] for name in ("huge", "bomb", "drip", "stall")} == dict.fromkeys(
        ("huge", "bomb", "drip", "stall")
    )
    assert (found["whole"]["code"], found["whole"]["status"]) == ("ITEM_LOGIN_REQUIRED", 400)
    assert huge.closed.wait(30) and huge.bytes < HUGE
    assert drip.closed.wait(30) and drip.bytes < len(ITEM_LOGIN_REQUIRED)
    for bad in ("0", "-1", "NaN", "5", "Infinity"):
        assert found[f"deadline {bad}"] == "TypeError", bad


class _Stalling:
    """A server on loopback that answers with headers (Connection: close, or a Content-Length
    it never meets) and part of a body, then says nothing, waiting for the client to hang up."""

    def __init__(self, head: bytes) -> None:
        import socket

        self.head = head
        self.closed = threading.Event()
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self.listener.getsockname()[1]}/error"
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self) -> None:
        connection, _ = self.listener.accept()
        with connection, contextlib.suppress(OSError):
            connection.settimeout(60)
            connection.recv(65536)
            connection.sendall(self.head)
            # The client's shutdown arrives as the end of the stream.
            while connection.recv(65536):
                pass
            self.closed.set()


@pytest.mark.parametrize(
    "head",
    [
        b"HTTP/1.1 400 Bad Request\r\nConnection: close\r\nTransfer-Encoding: chunked\r\n\r\n"
        b'10\r\n{"error_type": "',
        b'HTTP/1.1 400 Bad Request\r\nConnection: close\r\nContent-Length: 500\r\n\r\n{"a": ',
        b'HTTP/1.0 400 Bad Request\r\nContent-Length: 500\r\n\r\n{"a": ',
    ],
    ids=["chunked, Connection: close", "Content-Length, Connection: close", "HTTP/1.0"],
)
def test_a_stalled_body_on_a_connection_to_close_is_given_up_at_the_deadline(
    head: bytes,
) -> None:
    """http.client hands the socket to the response when the connection is to close: the
    deadline holds there too, with requests' default of no timeout, and the socket is shut
    down."""
    server = _Stalling(head)
    response = requests.get(server.url, stream=True)  # no timeout: requests' default
    error = requests.HTTPError(response=response)
    assert bankcodes.from_exception(error, deadline=0.25) is None
    assert server.closed.wait(30), "the socket was not shut down"


def test_a_property_that_hangs_is_given_up_at_the_deadline() -> None:
    """An error's attributes are read within the deadline too (a client's property that waits
    on something)."""
    release = threading.Event()

    class Hanging(Exception):
        @property
        def http_status(self) -> int:
            release.wait(60)
            return 400

    try:
        assert bankcodes.from_exception(Hanging(), deadline=0.5) is None
    finally:
        release.set()


def test_an_interrupt_raised_while_reading_reaches_the_caller() -> None:
    class Interrupting(Exception):
        @property
        def http_status(self) -> int:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        bankcodes.from_exception(Interrupting())


class _SaysInt:
    """An object that only says it is an int (its __class__), and whose repr raises."""

    @property  # type: ignore[misc]
    def __class__(self) -> type:
        return int

    def __eq__(self, other: object) -> bool:
        return True

    def __lt__(self, other: object) -> bool:
        return False

    def __le__(self, other: object) -> bool:
        return True

    def __repr__(self) -> str:
        raise AttributeError("no repr")


def test_a_status_that_only_says_it_is_an_int_is_no_status() -> None:
    class Response:
        status_code = _SaysInt()
        content = ITEM_LOGIN_REQUIRED

    found = bankcodes.from_exception(Response())
    assert found is not None and found.status is None
    assert "ITEM_LOGIN_REQUIRED" in repr(found) and "ITEM_LOGIN_REQUIRED" in str(found)
    json.dumps(found.as_log_fields())
    from http import HTTPStatus

    class Typed:
        status_code = HTTPStatus.BAD_REQUEST
        content = ITEM_LOGIN_REQUIRED

    typed = bankcodes.from_exception(Typed())
    assert typed is not None and typed.status == 400 and type(typed.status) is int


@pytest.mark.parametrize("deadline", [10**400, -(10**400)], ids=["10**400", "-10**400"])
def test_a_deadline_of_any_size_is_a_value_error(deadline: int) -> None:
    with pytest.raises(ValueError, match="deadline must be above 0"):
        bankcodes.from_exception(ITEM_LOGIN_REQUIRED, deadline=deadline)


def test_a_raw_stream_that_gives_no_bytes_gives_no_body() -> None:
    """A stream whose read answers a number (bytes(n) would allocate n bytes)."""

    class Raw:
        def read(self, size: int, decode_content: bool = False) -> object:
            return 300_000_000

    class Response:
        status_code = 400
        _content = False
        raw = Raw()
        headers: ClassVar[dict[str, str]] = {}

    assert bankcodes.from_exception(Response()) is None
