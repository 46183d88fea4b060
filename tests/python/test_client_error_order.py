"""One client error read by every function in any order: the body a client still holds on the
wire (urllib's HTTPError, a requests or httpx response opened as a stream, Node's fetch
Response, an axios stream, node-fetch and undici) is read once and kept, so that
from_exception and decide (fromError and decideError in Node) given the same error, in either
order and again, answer alike; aiohttp's ClientResponseError, which holds no body, is decided
by its status and headers in either order. Each error is a real client's, answered by a server
on loopback. The body is Plaid's MISSING_FIELDS example (plaid.com/docs/errors/invalid-request:
INVALID_REQUEST, HTTP 400): the request is to be fixed (the Deciding page's fix_request)."""

from __future__ import annotations

import asyncio
import concurrent.futures
import datetime
import json
import logging
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path

import aiohttp
import httpx
import pytest
import requests
from pytest_httpserver import HTTPServer

import bankcodes
from tests.support.helpers import run_node

NOW = datetime.datetime(2026, 11, 27, 9, 0, tzinfo=datetime.UTC)
#: plaid.com/docs/errors/invalid-request/#missing_fields: its example response (HTTP 400).
MISSING_FIELDS = {
    "error_type": "INVALID_REQUEST",
    "error_code": "MISSING_FIELDS",
    "error_message": "the following required fields are missing: {fields}",
    "display_message": None,
    "request_id": "HNTDNrA8F1shFEW",
}
#: What each call answers of that error: its code, and the next step.
READ = ["MISSING_FIELDS", "fix_request"]


@pytest.fixture
def url() -> Iterator[str]:
    logging.getLogger("werkzeug").setLevel(logging.ERROR)
    with HTTPServer() as running:
        running.expect_request("/accounts").respond_with_json(MISSING_FIELDS, status=400)
        yield running.url_for("/accounts")


def _urllib(url: str) -> Exception:
    try:
        urllib.request.urlopen(url, timeout=5)
    except urllib.error.HTTPError as error:
        return error
    raise AssertionError("urllib did not raise")


def _requests(stream: bool) -> Callable[[str], Exception]:
    def raised(url: str) -> Exception:
        response = requests.get(url, stream=stream, timeout=5)
        try:
            response.raise_for_status()
        except requests.HTTPError as error:
            return error
        raise AssertionError("requests did not raise")

    return raised


def _httpx(stream: bool) -> Callable[[str], Exception]:
    def raised(url: str) -> Exception:
        client = httpx.Client(timeout=5)
        response = client.send(client.build_request("GET", url), stream=stream)
        try:
            response.raise_for_status()
        except httpx.HTTPStatusError as error:
            return error
        raise AssertionError("httpx did not raise")

    return raised


CLIENTS = {
    "urllib": _urllib,
    "requests": _requests(False),
    "requests-stream": _requests(True),
    "httpx": _httpx(False),
    "httpx-stream": _httpx(True),
}


def _code(error: Exception) -> str | None:
    found = bankcodes.from_exception(error)
    return None if found is None else str(found.code.value)


def _step(error: Exception) -> str:
    return bankcodes.decide(error, now=NOW).next_step


@pytest.mark.parametrize("client", CLIENTS)
def test_every_function_reads_the_same_body_in_any_order(url: str, client: str) -> None:
    """from_exception then decide, and decide then from_exception, each twice: the same code and
    the same step each time (decide after from_exception read no body and said
    contact_provider, and from_exception after decide said None)."""
    first, second = CLIENTS[client](url), CLIENTS[client](url)
    assert [_code(first), _step(first), _code(first), _step(first)] == READ * 2
    assert [_step(second), _code(second), _step(second), _code(second)] == READ[::-1] * 2


@pytest.mark.parametrize("client", ["requests-stream", "httpx-stream"])
def test_a_response_read_whole_still_gives_its_body_to_its_client(url: str, client: str) -> None:
    """A streamed response read by from_exception is left holding its body: the app's own
    response.json() reads it after."""
    error = CLIENTS[client](url)
    assert _code(error) == "MISSING_FIELDS"
    assert error.response.json() == MISSING_FIELDS  # type: ignore[attr-defined]


def test_aiohttp_s_error_is_decided_by_its_status_and_headers_in_any_order() -> None:
    """aiohttp's raise_for_status releases the response and raises a ClientResponseError with its
    status and headers, no body: a 429 with Retry-After 120 (RFC 6585, RFC 9110) is retry_later
    after 120 seconds, before or after from_exception, which finds no body (None)."""
    logging.getLogger("werkzeug").setLevel(logging.ERROR)
    with HTTPServer() as running:
        running.expect_request("/accounts").respond_with_data(
            "", status=429, headers={"Retry-After": "120"}
        )
        url = running.url_for("/accounts")

        async def raised() -> aiohttp.ClientResponseError:
            async with aiohttp.ClientSession() as session, session.get(url) as response:
                try:
                    response.raise_for_status()
                except aiohttp.ClientResponseError as error:
                    return error
            raise AssertionError("aiohttp did not raise")

        # In a thread of its own: the worker's own thread may hold a running loop (Playwright's).
        with concurrent.futures.ThreadPoolExecutor(1) as pool:
            first = pool.submit(asyncio.run, raised()).result()
            second = pool.submit(asyncio.run, raised()).result()

    def waited(error: Exception) -> tuple[str, float | None]:
        decision = bankcodes.decide(error, now=NOW)
        return decision.next_step, decision.wait_seconds

    assert [bankcodes.from_exception(first), waited(first)] == [None, ("retry_later", 120.0)]
    assert [waited(second), bankcodes.from_exception(second)] == [("retry_later", 120.0), None]


def test_node_reads_a_stream_once_for_every_function(typescript_dist: Path) -> None:
    """fromError and decideError given the same fetch Response, axios stream error, node-fetch
    Response or undici answer, in either order and again: the same code and step each time."""
    output = run_node(
        "error_order.mjs", str(typescript_dist / "index.js"), json.dumps(MISSING_FIELDS), "400"
    )
    read = json.loads(output)
    assert set(read) == {"fetch", "axios", "node-fetch", "undici"}
    for client, answers in read.items():
        assert answers == READ * 2 + READ[::-1] * 2, client
