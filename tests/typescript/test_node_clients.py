"""fromError over what Node's HTTP clients throw and answer (got, superagent, node-fetch, undici's
request() and its responseError interceptor) and belvo's own npm client, beside axios and fetch,
against a server on loopback: the code each carries, the one Python's from_exception reads from
httpx's answer to the same request. Bodies are typed from the providers' pages (named beside
each, in the tests that hold them)."""

from __future__ import annotations

import gzip
import json
import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from pytest_httpserver import HTTPServer

import bankcodes
from tests.catalog.test_belvo_error_bodies import TOKEN_REQUIRED
from tests.python.test_client_errors import ITEM_LOGIN_REQUIRED
from tests.support.helpers import run_node

#: A server error in the plain {code, message} shape many APIs answer with: nobody's body.
FOREIGN = {"code": 500, "message": "Internal error"}
ROUTES = ("/plaid", "/plaid-gzip", "/foreign")
CLIENTS = (
    *("axios", "fetch", "got", "gotJson", "gotBuffer", "superagent", "nodeFetch"),
    *("undiciRequest", "undiciResponseError"),
)
#: What a client leaves compressed as the server sent it (undici inflates nothing): not read.
LEFT_COMPRESSED = {"undiciRequest", "undiciResponseError"}
PLAID = ["plaid/error", "ITEM_LOGIN_REQUIRED", 400, "HNTDNrA8F1shFEW"]


@pytest.fixture(scope="module")
def server() -> Iterator[HTTPServer]:
    logging.getLogger("werkzeug").setLevel(logging.ERROR)
    with HTTPServer() as running:
        running.expect_request("/plaid").respond_with_json(ITEM_LOGIN_REQUIRED, status=400)
        running.expect_request("/plaid-gzip").respond_with_data(
            gzip.compress(json.dumps(ITEM_LOGIN_REQUIRED).encode()),
            status=400,
            headers={"Content-Encoding": "gzip"},
            content_type="application/json",
        )
        running.expect_request("/foreign").respond_with_json(FOREIGN, status=500)
        # belvo signs in (GET /api/), then a link's creation is refused for a token (HTTP 428).
        running.expect_request("/api/").respond_with_json({})
        running.expect_request("/api/links/", method="POST").respond_with_json(
            [TOKEN_REQUIRED], status=428
        )
        yield running


@pytest.fixture(scope="module")
def read(typescript_dist: Path, server: HTTPServer) -> dict[str, Any]:
    output = run_node(
        "node_clients.mjs",
        str(typescript_dist / "index.js"),
        server.url_for("/"),
        json.dumps(ROUTES),
    )
    answers: dict[str, Any] = json.loads(output)
    return answers


def _python(server: HTTPServer, route: str) -> list[object] | None:
    found = bankcodes.from_exception(httpx.get(server.url_for(route)))
    if found is None:
        return None
    return [found.kind, found.code.value, found.status, found.request_id]


@pytest.mark.parametrize("client", CLIENTS)
def test_each_client_carries_plaids_error_as_python_reads_it(
    read: dict[str, Any], server: HTTPServer, client: str
) -> None:
    assert _python(server, "/plaid") == PLAID
    assert read["/plaid"][client] == PLAID


@pytest.mark.parametrize("client", CLIENTS)
def test_a_body_its_client_inflated_is_read_and_one_left_compressed_is_not(
    read: dict[str, Any], server: HTTPServer, client: str
) -> None:
    assert _python(server, "/plaid-gzip") == PLAID
    expected = None if client in LEFT_COMPRESSED else PLAID
    assert read["/plaid-gzip"][client] == expected


@pytest.mark.parametrize("client", CLIENTS)
def test_nobodys_body_is_read_by_no_client(
    read: dict[str, Any], server: HTTPServer, client: str
) -> None:
    assert _python(server, "/foreign") is None
    assert read["/foreign"][client] is None


def test_belvos_request_error_carries_its_428_token_required(read: dict[str, Any]) -> None:
    # lib/http.js: raiseForStatus throws RequestError(response.status, response.data).
    belvo = read["belvo"]
    assert belvo["class"] == "RequestError"
    expected = ["belvo/api-error", "token_required", 428, TOKEN_REQUIRED["request_id"]]
    assert belvo["named"] == expected
    assert belvo["alone"] == expected
