"""One answer for the same bytes on the wire: an error body's content encodings are undone alike
by from_exception (a requests or httpx response opened as a stream, read from its raw stream) and
by fromError (a fetch Response, which fetch inflates). RFC 9110 §8.4: the codings are listed in
the order they were applied; gzip is RFC 1952 (a body may hold several members) and deflate
RFC 1950's zlib format (servers also send raw deflate, which clients read). Only gzip and deflate
are read; any other encoding, or data after the end of a stream, gives no body; a stream cut
short gives what it holds (here the whole JSON, its gzip trailer missing). Both give the verdicts
of tests/verdicts/error_encodings.json."""

from __future__ import annotations

import base64
import gzip
import json
import logging
import zlib
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
import requests
from pytest_httpserver import HTTPServer
from werkzeug import Response

import bankcodes
from tests.support.verdicts import Corpus

BODY = json.dumps({"error_type": "ITEM_ERROR", "error_code": "ITEM_LOGIN_REQUIRED"}).encode()
HALF = len(BODY) // 2


def _raw_deflate(data: bytes) -> bytes:
    packer = zlib.compressobj(wbits=-zlib.MAX_WBITS)
    return packer.compress(data) + packer.flush()


#: path -> (Content-Encoding, the bytes sent, whether the body is read).
CASES: dict[str, tuple[str, bytes, bool]] = {
    "/gzip": ("gzip", gzip.compress(BODY), True),
    "/deflate-zlib": ("deflate", zlib.compress(BODY), True),
    "/deflate-raw": ("deflate", _raw_deflate(BODY), True),
    "/gzip-gzip": ("gzip, gzip", gzip.compress(gzip.compress(BODY)), True),
    "/deflate-gzip": ("deflate, gzip", gzip.compress(zlib.compress(BODY)), True),
    "/gzip-members": ("gzip", gzip.compress(BODY[:HALF]) + gzip.compress(BODY[HALF:]), True),
    "/gzip-garbage": ("gzip", gzip.compress(BODY) + b"garbage", False),
    "/gzip-truncated": ("gzip", gzip.compress(BODY)[:-6], True),
    "/br": ("br", b"\x1b\x2a\x00\xf8", False),
    "/identity": ("identity", BODY, True),
}


@pytest.fixture(scope="module")
def server() -> Iterator[HTTPServer]:
    logging.getLogger("werkzeug").setLevel(logging.ERROR)
    running = HTTPServer(threaded=True)
    running.start()
    for path, (encoding, data, _) in CASES.items():
        running.expect_request(path).respond_with_response(
            Response(data, status=400, headers={"Content-Encoding": encoding})
        )
    yield running
    running.clear()
    running.stop()


def _requests(url: str) -> object:
    response = requests.get(url, stream=True, timeout=10)
    return requests.HTTPError(response=response)


@pytest.mark.parametrize("path", sorted(CASES))
def test_python_reads_each_encoding_as_the_rfcs_say(server: HTTPServer, path: str) -> None:
    read = CASES[path][2]
    found = bankcodes.from_exception(_requests(server.url_for(path)))
    assert (found is not None) is read
    with httpx.Client() as client, client.stream("GET", server.url_for(path)) as response:
        assert (bankcodes.from_exception(response) is not None) is read


def _read(case: dict[str, Any]) -> str | None:
    """The code from_exception reads of an httpx response whose raw stream is the bytes sent
    (TypeScript's fromError: of a Response that fetch gave, from a server on loopback)."""
    headers = {"Content-Encoding": case["encoding"]}
    data = httpx.ByteStream(base64.b64decode(case["body"]))
    found = bankcodes.from_exception(httpx.Response(400, headers=headers, stream=data))
    return None if found is None else found.code.value


ENCODINGS = Corpus(
    "error_encodings",
    lambda: (
        (path, {"encoding": encoding, "body": base64.b64encode(data).decode()})
        for path, (encoding, data, _) in CASES.items()
    ),
    _read,
)


def test_python_gives_the_committed_verdicts() -> None:
    assert ENCODINGS.python() == {
        path: "ITEM_LOGIN_REQUIRED" if read else None for path, (_, _, read) in CASES.items()
    }
    ENCODINGS.check()


def test_a_body_of_many_gzip_members_costs_work_linear_in_its_size(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """RFC 1952 lets a body hold any number of members, and an empty one is 20 bytes: 20,000 of
    them before the error body. Every byte handed to an inflater, and every byte one leaves
    unused (a copy), is counted: the sum stays a small multiple of the body (an inflater is
    given 64 bytes first, then twice as many each time), not its square."""
    from bankcodes import _error_bodies

    handled = [0]
    real = zlib.decompressobj

    class Counting:
        def __init__(self, wbits: int) -> None:
            self._inflater = real(wbits)

        def decompress(self, data: bytes | memoryview, max_length: int = 0) -> bytes:
            handled[0] += len(data)
            return self._inflater.decompress(data, max_length)

        def __getattr__(self, name: str) -> object:
            found = getattr(self._inflater, name)
            if name == "unused_data":
                handled[0] += len(found)
            return found

    monkeypatch.setattr("bankcodes._error_bodies.zlib.decompressobj", Counting)
    data = gzip.compress(b"") * 20_000 + gzip.compress(BODY)
    assert _error_bodies._decoded(data, "gzip") == BODY
    assert handled[0] <= 8 * len(data)
