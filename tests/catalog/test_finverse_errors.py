"""Finverse's API errors, typed from its OpenAPI description (finversetech/openapi at
fe7d2e13da5e66336da90b9a4d9caa0bc9c38164, finverse.yml): the error models (ErrBodyModelV2's
FvErrorModelV2, with its type, error_code, message, details and request_id), the examples it gives
of error_code (CREDENTIALS_INVALID in every error model; PAYMENT_METHOD_EXPIRED, with its message
and display_details, in FrontendFvErrorModel) and of the type (LINKING_ERROR, none of the type's
two values). The file lists no values of error_code and holds no webhook body: searched whole
for webhooks and events, it names no event type. What a failed payment's webhook asks is typed from
Finverse's integrations README (finversetech/integrations at
1d1722e2b9181d0cf9bb71e90f252ba6d53e0dd3): "When payment is failed, mark invoice as `failed`"."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest
from pytest_httpserver import HTTPServer

import bankcodes
from bankcodes import Category, payloads
from tests.support.helpers import provider_module, spec_data

finverse = provider_module("finverse")

#: FvErrorModelV2's fields, the OpenAPI's examples where it gives one (type and error_code).
ERROR = {
    "error": {
        "type": "LINK_ERROR",
        "error_code": "CREDENTIALS_INVALID",
        "message": "The credentials were not accepted",
        "details": "",
        "request_id": "req-7f3a",
    }
}


def test_error_codes_are_the_openapis_examples_and_no_more() -> None:
    assert [code.value for code in finverse.ErrorCode] == [
        "CREDENTIALS_INVALID",
        "PAYMENT_METHOD_EXPIRED",
    ]
    assert finverse.ErrorCode("CREDENTIALS_INVALID").category is Category.CREDENTIALS_INVALID
    expired = finverse.ErrorCode("PAYMENT_METHOD_EXPIRED")
    assert expired.message == "Payment method expired"
    assert expired.user_message == "Please use a different payment method."
    assert expired.category is Category.USER_ACTION_REQUIRED
    code_set = spec_data()["providers"]["finverse"]["code_sets"]["error_code"]
    assert "was not read" in code_set["description"]


def test_an_error_body_is_finverses_by_its_type_and_decided_by_its_error_code() -> None:
    assert payloads.identify(ERROR).kinds == ("finverse/error",)
    found = payloads.decisive_code("finverse/error", ERROR)
    assert found is not None and found.path == "$.error.error_code"
    assert found.code is finverse.ErrorCode("CREDENTIALS_INVALID")
    decision = bankcodes.decide(ERROR)
    assert (decision.next_step, decision.actor) == ("end_user_action", "end_user")


def test_an_error_code_not_yet_known_leaves_the_type_to_decide() -> None:
    body = {"error": {**ERROR["error"], "type": "API_ERROR", "error_code": "NOT_A_KNOWN_CODE"}}
    found = payloads.decisive_code("finverse/error", body)
    assert found is not None and found.path == "$.error.type"
    assert found.code is finverse.ErrorType("API_ERROR")


def test_the_openapis_own_example_type_is_no_type_so_the_body_is_nobodys() -> None:
    # FvErrorModelV2's example type, LINKING_ERROR, is none of the enum's LINK_ERROR, API_ERROR.
    body = {"error": {**ERROR["error"], "type": "LINKING_ERROR"}}
    assert payloads.identify(body).kinds == ()
    assert payloads.identify(body, "finverse").kinds == ("finverse/error",)


@pytest.fixture
def server() -> Iterator[HTTPServer]:
    with HTTPServer() as running:
        running.expect_request("/login_identity").respond_with_json(ERROR, status=400)
        yield running


def test_a_400_is_read_with_its_request_id(server: HTTPServer) -> None:
    response = httpx.get(server.url_for("/login_identity"))
    with pytest.raises(httpx.HTTPStatusError) as raised:
        response.raise_for_status()
    found = bankcodes.from_exception(raised.value)
    assert found is not None
    assert (found.kind, found.status, found.request_id) == ("finverse/error", 400, "req-7f3a")
    assert found.code is finverse.ErrorCode("CREDENTIALS_INVALID")


def test_a_failed_payments_webhook_is_told_not_retried() -> None:
    # handler.test.js's PAYMENT_FAILED body: the README marks the invoice failed, no retry.
    failed = {"event_type": "PAYMENT_FAILED", "event_time": "eventTime"}
    decision = bankcodes.decide(failed)
    assert decision.next_step == "tell_customer"
    assert decision.reasons("next_step")[0].source != "category"


def test_the_openapi_is_pinned_and_says_it_holds_no_event_type() -> None:
    source = spec_data()["sources"]["finverse-openapi"]
    commit = "fe7d2e13da5e66336da90b9a4d9caa0bc9c38164"
    assert source["url"] == f"https://github.com/finversetech/openapi/blob/{commit}/finverse.yml"
    assert "no event type" in source["read_in_part"]
    event_types = spec_data()["providers"]["finverse"]["code_sets"]["event_type"]
    assert "finverse-openapi" in event_types["sources"]
