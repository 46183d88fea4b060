"""Belvo's error bodies as its API answers them, read in their place: in English and in Spanish
(its errors page's example, and the Spanish page's: developers.belvo.com/docs/belvo-api-errors and
.../es/developer_resources/resources-belvo-api-errors.md), and the MFA step, HTTP 428 with the
code token_required (Belvo's "428 token_required" section and its OpenAPI's 428 response, and its
MFA guide's annotated 428 payload, developers.belvo.com/docs/handling-2-factor-authentication),
raised by belvo-python, answered by httpx and given as it is, in Python and in Node. Expected
values are typed from those pages."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from belvo.client import Client
from belvo.exceptions import RequestError
from pytest_httpserver import HTTPServer

import bankcodes
from bankcodes import Category, UnknownCode, belvo, payloads
from tests.support.helpers import run_node

SPANISH_REQUIRED = {
    "request_id": "a6e1c493d7a29d91aed4338e6fcf077d",
    "message": "Este campo es requerido.",
    "code": "required",
    "field": "link",
}
#: The errors page's "428 token_required" example: the list's one error object.
TOKEN_REQUIRED = {
    "code": "token_required",
    "message": "A MFA token is required by the institution to login",
    "request_id": "8c7b283c6efa449c9c028a16b5c249fa",
    "session": "2675b703b9d4451f8d4861a3eee54449",
    "expiry": 9600,
    "link": "30cb4806-6e00-48a4-91c9-ca55968576c8",
    "token_generation_data": {
        "instructions": "Use this code to generate the token",
        "type": "numeric",
        "value": "12345",
    },
}
#: The MFA guide's "annotated payload for a 428 Token Required response", its // comments left
#: out: its expiry a string, its token_generation_data holding only comments.
MFA_GUIDE_428 = {
    "code": "token_required",
    "message": "A MFA token is required by the institution to login",
    "session": "be7a15d5f0b84d8ea60f6c12cb2a7b32",
    "expiry": "720",
    "link": "449e388c-812b-4798-8743-7d11efb6becf",
    "token_generation_data": {},
    "request_id": "b7a3a5b3a3a2b6aa28f4cc98d55cf1f1",
}
#: The Help Center's older article: "The content of the error will be similar to this".
HELP_CENTER_428 = {
    "detail": "Token Required",
    "session": "2675b703b9d4451f8d4861a3eee54449",
    "expiry": 9600,
    "link": "30cb4806-6e00-48a4-91c9-ca55968576c8",
}
#: The "400 session_expired_ob" example: no message.
NO_MESSAGE = {"code": "session_expired_ob", "request_id": "6e7b283c6efa449c9c028a16b5c249fa"}


def test_belvos_error_bodies_are_recognised_in_english_and_spanish() -> None:
    # `required` is a code other APIs send too: the body is Belvo's once Belvo is named;
    # token_required, Belvo's own with its session fields, tells Belvo alone.
    assert payloads.identify(SPANISH_REQUIRED).kind is None
    for body, code in ((SPANISH_REQUIRED, "required"), (TOKEN_REQUIRED, "token_required")):
        found = payloads.identify(body, "belvo")
        assert found.kind == "belvo/api-error", body
        decided = payloads.decisive_code("belvo/api-error", body)
        assert decided is not None and decided.path == "$.code"
        assert decided.code is belvo.ErrorCode(code)
    # {code, request_id} alone is too plain to tell its provider: read once the provider is told.
    assert payloads.identify(NO_MESSAGE).kind is None
    assert payloads.identify(NO_MESSAGE, "belvo").kind == "belvo/api-error"
    # A Spanish message changes nothing: the code decides.
    english = bankcodes.from_exception(
        [{**SPANISH_REQUIRED, "message": "This field is required."}], "belvo"
    )
    spanish = bankcodes.from_exception([SPANISH_REQUIRED], "belvo")
    assert english is not None and spanish is not None
    assert (spanish.code, spanish.request_id) == (english.code, english.request_id)


def test_the_mfa_guide_s_428_is_read_as_the_mfa_step() -> None:
    found = bankcodes.from_exception([MFA_GUIDE_428])
    assert found is not None and found.kind == "belvo/api-error"
    assert (found.path, found.code) == ("$.code", belvo.ErrorCode.token_required)
    assert found.request_id == "b7a3a5b3a3a2b6aa28f4cc98d55cf1f1"
    # Its expiry is a string ("720"), the errors page's a number (9600): both schemas take both.
    for body in (MFA_GUIDE_428, TOKEN_REQUIRED):
        lenient = payloads.validate("belvo/api-error", body)
        strict = payloads.validate("belvo/api-error", body, strict=True)
        assert lenient.code is strict.code is belvo.ErrorCode.token_required
    assert belvo.ErrorCode.token_required.http_statuses == (428,)


def test_the_help_center_s_older_428_carries_no_code() -> None:
    # {detail, session, expiry, link}: no code to decide by, so nothing is found.
    assert bankcodes.from_exception(HELP_CENTER_428, "belvo") is None
    assert payloads.identify(HELP_CENTER_428, "belvo").kind is None


@pytest.fixture
def server() -> Iterator[HTTPServer]:
    logging.getLogger("werkzeug").setLevel(logging.ERROR)
    with HTTPServer() as running:
        running.expect_request("/api/").respond_with_json({})
        running.expect_request("/api/links/", method="POST").respond_with_json(
            [TOKEN_REQUIRED], status=428
        )
        running.expect_request("/belvo/token-required").respond_with_json(
            [TOKEN_REQUIRED], status=428
        )
        running.expect_request("/belvo/required-es").respond_with_json(
            [SPANISH_REQUIRED], status=400
        )
        yield running


def test_the_428_mfa_step_reads_as_mfa_required_in_python(server: HTTPServer) -> None:
    # belvo-python raises RequestError(status_code, detail) with the parsed body.
    client = Client("id", "password", server.url_for("").rstrip("/"))
    with pytest.raises(RequestError) as raised:
        client.Links.create("erebor_mx_retail", "user", "pass", raise_exception=True)
    found = bankcodes.from_exception(raised.value)
    assert found is not None and found.kind == "belvo/api-error"
    assert (found.path, found.code, found.status) == ("$.code", belvo.ErrorCode.token_required, 428)
    assert found.code.category is Category.MFA_REQUIRED
    assert found.request_id == "8c7b283c6efa449c9c028a16b5c249fa"
    # The same body from an httpx response, and given as it is.
    response = httpx.get(server.url_for("/belvo/token-required"))
    from_response = bankcodes.from_exception(response)
    assert from_response is not None and from_response.status == 428
    assert from_response.code is belvo.ErrorCode.token_required
    from_body = bankcodes.from_exception([TOKEN_REQUIRED])
    assert from_body is not None and from_body.code.category is Category.MFA_REQUIRED
    # Before this code was in the catalog the body's code was unknown: never so now.
    assert not isinstance(from_body.code, UnknownCode)
    assert bankcodes.classify("belvo", "token_required") is Category.MFA_REQUIRED


def test_the_428_mfa_step_reads_as_mfa_required_in_node(
    typescript_dist: Path, server: HTTPServer, tmp_path: Path
) -> None:
    bodies = tmp_path / "bodies.json"
    bodies.write_text(json.dumps({"tokenRequired": [TOKEN_REQUIRED], "noMessage": [NO_MESSAGE]}))
    found: dict[str, Any] = json.loads(
        run_node(
            "belvo_from_error.mjs",
            str(typescript_dist / "index.js"),
            server.url_for("/"),
            str(bodies),
        )
    )
    response = found["response"]
    assert (response["kind"], response["codeSet"], response["code"], response["path"]) == (
        "belvo/api-error",
        "belvo.error_code",
        "token_required",
        "$.code",
    )
    assert (response["category"], response["status"], response["requestId"]) == (
        "mfa_required",
        428,
        "8c7b283c6efa449c9c028a16b5c249fa",
    )
    assert (found["body"]["code"], found["body"]["category"]) == ("token_required", "mfa_required")
    spanish = found["spanishResponse"]
    assert (spanish["code"], spanish["category"], spanish["status"]) == (
        "required",
        "integration_error",
        400,
    )
    # As in Python: the body without a message is read only once the provider is told.
    assert found["noMessage"] is None
    assert found["noMessageBelvo"]["code"] == "session_expired_ob"
    python = bankcodes.from_exception([NO_MESSAGE], "belvo")
    assert python is not None and python.code is belvo.ErrorCode.session_expired_ob
