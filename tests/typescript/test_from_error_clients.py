"""fromError over what Pluggy's and Fintoc's own npm clients (pluggy-sdk, fintoc) throw and over
fetch Responses of Basiq, Setu and Mono, answered by a server on loopback, as an integrator in
Node meets them: the code Python's from_exception reads from the same answers. The bodies are
those the providers' fact tests type from their sources."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pytest_httpserver import HTTPServer

from tests.catalog.test_basiq_bodies import ERRORS_PAGE_EXAMPLE
from tests.catalog.test_fintoc_facts import MISSING, REJECTED
from tests.catalog.test_mono_facts import FAILED
from tests.catalog.test_pluggy_facts import LOGIN_ERROR_ITEM
from tests.catalog.test_setu_facts import NOT_FOUND
from tests.support.helpers import run_node

#: What pluggy-sdk's sign-in (POST /auth) answers: an API key, a JWT the SDK reads the expiry of.
API_KEY = "eyJhbGciOiAiSFMyNTYiLCAidHlwIjogIkpXVCJ9.eyJleHAiOiA5OTk5OTk5OTk5fQ.c2ln"
#: A failed call's body as pluggy-sdk's own integration tests type it (tests/integration/
#: helpers.ts: "at least a `message` field and sometimes a `code`").
PLUGGY_FAILURE = {"message": "Item not found", "code": 404}


@pytest.fixture(scope="module")
def answers() -> Iterator[HTTPServer]:
    logging.getLogger("werkzeug").setLevel(logging.ERROR)
    with HTTPServer() as server:
        server.expect_request("/auth", method="POST").respond_with_json({"apiKey": API_KEY})
        server.expect_request(f"/items/{LOGIN_ERROR_ITEM['id']}").respond_with_json(
            LOGIN_ERROR_ITEM
        )
        server.expect_request("/items/missing").respond_with_json(PLUGGY_FAILURE, status=404)
        server.expect_request("/v1/refresh_intents", method="POST").respond_with_json(
            REJECTED, status=422
        )
        server.expect_request("/v1/links/link_1_token_1").respond_with_json(MISSING, status=400)
        server.expect_request("/basiq").respond_with_json(ERRORS_PAGE_EXAMPLE, status=400)
        server.expect_request("/setu", method="POST").respond_with_json(NOT_FOUND, status=404)
        server.expect_request("/mono").respond_with_json(FAILED, status=401)
        yield server


@pytest.fixture(scope="module")
def found(typescript_dist: Path, answers: HTTPServer) -> dict[str, Any]:
    output = run_node(
        "from_error_clients.mjs", str(typescript_dist / "index.js"), answers.url_for("/")
    )
    read: dict[str, Any] = json.loads(output)
    return read


def _code(found: dict[str, Any] | None) -> tuple[object, ...] | None:
    if found is None:
        return None
    return (found["codeSet"], found["code"], found["category"])


def test_a_pluggy_item_the_sdk_fetched_is_decided_by_its_error(found: dict[str, Any]) -> None:
    # Pluggy's Errors & Validations: an Item whose execution ended in INVALID_CREDENTIALS.
    expected = ("pluggy.execution_error_code", "INVALID_CREDENTIALS", "credentials_invalid")
    assert _code(found["pluggyItem"]) == expected
    assert found["pluggyItem"]["path"] == "$.error.code"
    assert _code(found["pluggyItemBody"]) == expected
    assert found["pluggyItemBody"]["kind"] == "pluggy/item"


def test_pluggy_sdk_rejects_with_the_body_alone_read_as_pluggys_when_named(
    found: dict[str, Any],
) -> None:
    """src/baseApi.ts rejects with the parsed body (no Error, no status). Pluggy's Error Codes
    page: every error has the shape {code, codeDescription, message, data}, code repeating the
    HTTP status. A body of code and message only is many services' shape: it is Pluggy's where
    the caller names Pluggy, and its code is the status, 404."""
    rejection = found["pluggyRejection"]
    assert rejection["isError"] is False
    assert rejection["body"] == PLUGGY_FAILURE
    read = rejection["found"]
    assert (read["kind"], read["codeSet"], read["code"], read["path"]) == (
        "pluggy/api-error",
        "pluggy.response_status",
        404,
        "$.code",
    )
    assert found["pluggyRejectionAlone"] is None


def test_fintocs_node_client_throws_the_class_its_error_type_names(found: dict[str, Any]) -> None:
    """fintoc 1.15.0 (src/lib/utils.ts canRaiseHTTPError) throws the class named after
    error.type, keeping neither the body nor the status nor the error it replaces: the class is
    the code (fintoc.client_error_class), read where fromError is told the provider, as it stands
    for Fintoc's API error. Python's client keeps the response as the exception's context, where
    from_exception reads the body's own code (rejected_refresh_intent); both ask for the account
    to be reconnected."""
    fintoc = found["fintoc"]
    assert fintoc["class"] == "LinkError"
    assert fintoc["message"].startswith("link_error: rejected_refresh_intent\n")
    read = fintoc["found"]
    assert _code(read) == ("fintoc.client_error_class", "LinkError", "reconnect_required")
    assert (read["kind"], read["path"], read["status"]) == (
        "fintoc/api-error",
        "(exception class)",
        None,
    )
    assert fintoc["unnamed"] is None  # nothing in a Node error says whose client threw it
    assert fintoc["category"] == "reconnect_required"
    assert fintoc["missingClass"] == "InvalidRequestError"
    assert _code(fintoc["missing"]) == (
        "fintoc.client_error_class",
        "InvalidRequestError",
        "integration_error",
    )
    assert fintoc["missingCategory"] == "integration_error"
    assert fintoc["plainError"] is None
    # Read through an app's error thrown with it as its cause, and eight classes deep at most.
    assert _code(fintoc["wrapped"]) == _code(read)
    assert fintoc["deep"] is None
    assert _code(fintoc["shallow"]) == _code(read)


def test_basiq_and_setu_responses_are_read_alone_with_their_request_ids(
    found: dict[str, Any],
) -> None:
    basiq, setu = found["basiq"], found["setu"]
    assert (basiq["kind"], basiq["code"], basiq["status"]) == (
        "basiq/error",
        "parameter-not-supplied",
        400,
    )
    assert basiq["requestId"] == "bd1183d9-c9d8-11e7-909a-6789bfc80ac5"  # its correlationId
    assert (setu["kind"], setu["path"], setu["code"], setu["status"]) == (
        "setu/error",
        "$.errorCode",
        "NotFound",
        404,
    )
    assert setu["requestId"] == "ec754b36-bf5f-4673-8be1-9d203d374c83"  # its traceId


def test_a_mono_response_is_read_by_its_status_only_where_mono_is_named(
    found: dict[str, Any],
) -> None:
    assert found["mono"] is None
    named = found["monoNamed"]
    assert (named["kind"], named["codeSet"], named["code"], named["status"]) == (
        "mono/api-response",
        "mono.http_status",
        401,
        401,
    )
