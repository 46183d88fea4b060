"""Stitch's facts, typed from its pages (read in stored copies, each pinned by its SHA-256): the
GraphQL reference's PaymentInitiationRequestState and DisbursementStatus unions, whose members
are PascalCase type names read as __typename, its DisbursementErrorReason, DisbursementPausedReason
and RefundErrorReason enums in snake_case, the Error Handling page (errors answered with HTTP
200, extensions.code, missingScopes), the Confirmation Status page and the webhooks pages, which
say Svix delivers and signs Stitch's webhooks (Standard Webhooks, under Svix's header names)."""

from __future__ import annotations

import copy
import datetime
import json
import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from pytest_httpserver import HTTPServer

import bankcodes
from bankcodes import Category, payloads, signatures
from tests.support.cli_here import cli_here
from tests.support.helpers import ROOT, after_decision, provider_module, run_node, spec_data

stitch = provider_module("stitch")

#: docs.stitch.money/api/unions/payment-initiation-request-state: the union's possible types.
PAYMENT_REQUEST_STATES = {
    "PaymentInitiationRequestCompleted": "The payment to the beneficiary has been initiated.",
    "PaymentInitiationRequestManuallyCompleted": (
        "The payment request was manually marked as completed. No payment exists for the "
        "PaymentInitiationRequest."
    ),
    "PaymentInitiationRequestCancelled": "The payment has been cancelled and cannot be completed.",
    "PaymentInitiationRequestExpired": (
        "Payment initiation request expired before the user attempted to pay"
    ),
    "PaymentInitiationRequestPending": (
        "The payment has not yet been initiated, waiting for user to complete request"
    ),
}
#: docs.stitch.money/api/unions/disbursement-status, in the union's order.
DISBURSEMENT_STATUSES = [
    "DisbursementPending", "DisbursementPaused", "DisbursementSubmitted", "DisbursementCompleted",
    "DisbursementError", "DisbursementCancelled", "DisbursementReversed",
]  # fmt: skip
#: docs.stitch.money/api/enums/disbursement-error-reason: the enum, in its order; the last two
#: marked @deprecated.
DISBURSEMENT_ERROR_REASONS = [
    "account_verification_failed", "bank_error", "bank_processing_error", "insufficient_funds",
    "restricted_account", "inactive_account", "exceeded_limit", "invalid_account",
    "beneficiary_bank_processing_error", "invalid_transaction_details", "invalid_destination",
    "internal_error",
]  # fmt: skip
#: docs.stitch.money/api/enums/refund-error-reason: the enum, in its order.
REFUND_ERROR_REASONS = [
    "bank_error", "bank_processing_error", "insufficient_funds", "restricted_account",
    "inactive_account", "exceeded_limit", "invalid_account", "beneficiary_bank_processing_error",
    "invalid_transaction_details", "payment_not_received", "invalid_destination",
    "internal_error",
]  # fmt: skip
#: The reason of beneficiary_bank_processing_error, on both enums' pages.
BENEFICIARY_BANK = (
    "The recipient bank did not accept the transaction. Common causes are the beneficiary bank "
    "not responding to an RTC payment within the required 60 seconds, or not being enrolled for "
    "RTC."
)
#: docs.stitch.money/api/unions/payment-initiation-status (LinkPay), in the union's order.
PAYMENT_INITIATION_STATUSES = [
    "PaymentInitiationCompleted", "PaymentInitiationPending", "PaymentInitiationFailed",
    "PaymentInitiationCancelled", "PaymentInitiationExpired",
]  # fmt: skip
#: docs.stitch.money/authentication/error-handling: "a 400 Bad Request HTTP status code and a
#: JSON body containing the specific error message", with the Invalid Scope example.
INVALID_SCOPE = {"error": "invalid_scope"}
#: stitch.money/docs/stitch-api/error-handling/: the example response, a token missing the
#: balances scope (answered, the page says, with "a 200 OK HTTP status").
FORBIDDEN_BODY = {
    "errors": [
        {
            "message": "Token is missing the following scope: balances",
            "locations": [{"line": 6, "column": 7}],
            "path": ["node", "currentBalance"],
            "extensions": {"code": "FORBIDDEN", "missingScopes": ["balances"]},
        }
    ],
    "data": {
        "node": {
            "id": "YWNjb3VudC9mbmIvMjUwNjU1LzYyNDI1MjM5NDcx",
            "name": "FNB Premier Cheque Account",
            "currentBalance": None,
        }
    },
}
#: A GraphQL error as any GraphQL server answers it (Apollo Server's FORBIDDEN), with nothing of
#: Stitch's own.
ANYONES_GRAPHQL_ERROR = {
    "errors": [{"message": "Not allowed", "extensions": {"code": "FORBIDDEN"}}],
    "data": None,
}
#: The payment.confirmation webhook of the Confirmation Status page: its payment request at
#: data.client.paymentInitiationRequests.node, with the state and confirmation types the
#: reference and that page name.
WEBHOOK: dict[str, Any] = {
    "data": {
        "client": {
            "paymentInitiationRequests": {
                "node": {
                    "__typename": "PaymentInitiationRequest",
                    "externalReference": "order-1",
                    "state": {"__typename": "PaymentInitiationRequestCompleted"},
                    "paymentConfirmation": {"__typename": "PaymentUnsettled"},
                }
            }
        }
    }
}
#: Svix's Verifying Webhooks Manually page: the three headers every delivery carries.
SVIX_HEADERS = ("svix-id", "svix-timestamp", "svix-signature")


def _values(code_set: str) -> list[object]:
    return [c["value"] for c in spec_data()["providers"]["stitch"]["code_sets"][code_set]["codes"]]


def test_a_payment_request_s_states_are_the_union_s_type_names_with_its_texts() -> None:
    assert _values("payment_request_state") == list(PAYMENT_REQUEST_STATES)
    for value, text in PAYMENT_REQUEST_STATES.items():
        assert stitch.PaymentRequestState(value).description == text
    assert stitch.PaymentRequestState("PaymentInitiationRequestCompleted").category is (
        Category.SUCCESS
    )
    assert stitch.PaymentRequestState("PaymentInitiationRequestCancelled").category is (
        Category.CANCELLED
    )
    assert stitch.PaymentRequestState("PaymentInitiationRequestPending").category is (
        Category.PENDING
    )


def test_disbursement_statuses_and_reasons_are_the_reference_s_in_order() -> None:
    assert _values("disbursement_status") == DISBURSEMENT_STATUSES
    assert _values("disbursement_error_reason") == DISBURSEMENT_ERROR_REASONS
    assert _values("refund_error_reason") == REFUND_ERROR_REASONS
    assert _values("disbursement_paused_reason") == [
        "insufficient_funds",
        "no_satisfactory_source_bank",
    ]
    reason = stitch.DisbursementErrorReason("beneficiary_bank_processing_error")
    assert reason.description == BENEFICIARY_BANK
    assert stitch.RefundErrorReason("beneficiary_bank_processing_error").description == (
        BENEFICIARY_BANK
    )
    # The enum's texts are cut in the copy read after invalid_transaction_details: the
    # deprecated values' are not the page's, and say so.
    codes = spec_data()["providers"]["stitch"]["code_sets"]["disbursement_error_reason"]["codes"]
    deprecated = [c["value"] for c in codes if c.get("lifecycle", {}).get("state") == "deprecated"]
    assert deprecated == ["invalid_destination", "internal_error"]
    assert codes[-1].get("editorial") is True


def test_a_confirmation_unsettled_after_7_days_decides_a_webhook_before_its_state() -> None:
    """The Confirmation Status page: PaymentUnsettled, "The payment was not received into the
    Stitch intermediary account after 7 days"."""
    assert payloads.identify(WEBHOOK).kinds == ("stitch/webhook",)
    found = payloads.decisive_code("stitch/webhook", WEBHOOK)
    assert found is not None
    assert (
        found.path == "$.data.client.paymentInitiationRequests.node.paymentConfirmation.__typename"
    )
    assert found.code is stitch.PaymentConfirmationStatus("PaymentUnsettled")
    every = [f.code for f in payloads.codes("stitch/webhook", WEBHOOK)]
    assert every == [
        stitch.PaymentConfirmationStatus("PaymentUnsettled"),
        stitch.PaymentRequestState("PaymentInitiationRequestCompleted"),
    ]
    unconfirmed = copy.deepcopy(WEBHOOK)
    node = unconfirmed["data"]["client"]["paymentInitiationRequests"]["node"]
    node["paymentConfirmation"] = None
    node["state"] = {"__typename": "PaymentInitiationRequestExpired", "date": "2024-01-01"}
    found = payloads.decisive_code("stitch/webhook", unconfirmed)
    assert found is not None
    assert found.code is stitch.PaymentRequestState("PaymentInitiationRequestExpired")


def test_a_graphql_error_is_stitch_s_by_its_missing_scopes_and_decided_by_its_code() -> None:
    identified = payloads.identify(FORBIDDEN_BODY)
    assert identified.kinds == ("stitch/graphql-error",)
    found = payloads.decisive_code("stitch/graphql-error", FORBIDDEN_BODY)
    assert found is not None
    assert (found.path, found.code) == (
        "$.errors[0].extensions.code",
        stitch.GraphqlErrorCode("FORBIDDEN"),
    )
    assert found.code.category is Category.INTEGRATION_ERROR
    http = spec_data()["providers"]["stitch"]["code_sets"]["graphql_error_code"]["codes"][0]["http"]
    assert [entry["status"] for entry in http] == [200]


def test_anyone_s_graphql_error_is_read_as_stitch_s_only_when_told() -> None:
    assert payloads.identify(ANYONES_GRAPHQL_ERROR).kind is None
    assert payloads.identify(ANYONES_GRAPHQL_ERROR, provider="stitch").kinds == (
        "stitch/graphql-error",
    )
    decision = bankcodes.decide(ANYONES_GRAPHQL_ERROR, provider="stitch")
    assert decision.code is not None
    assert decision.code.code is stitch.GraphqlErrorCode("FORBIDDEN")
    assert (decision.next_step, decision.actor) == ("fix_request", "integrator")


#: A GraphQL error of a code Stitch's pages read do not give (BAD_USER_INPUT, Apollo Server's,
#: stands in for one), as Stitch's API answers errors: inside an HTTP 200.
UNLISTED_GRAPHQL_ERROR = {
    "errors": [{"message": "Invalid argument", "extensions": {"code": "BAD_USER_INPUT"}}],
    "data": None,
}


def test_a_graphql_error_of_an_unlisted_code_is_stitch_s_when_told_and_not_a_success() -> None:
    """ "our API will return a 200 OK HTTP status unless a network outage occurs": a 200 says
    nothing of success for an error of Stitch's GraphQL API, whose code is kept as Stitch's,
    unknown, where the body was read as nobody's and the 200 answered "nothing to do"."""
    assert payloads.identify(UNLISTED_GRAPHQL_ERROR).kind is None
    for status in (None, 200):
        decision = bankcodes.decide(UNLISTED_GRAPHQL_ERROR, provider="stitch", status=status)
        assert decision.code is not None and decision.code.code_set == "stitch.graphql_error_code"
        assert (decision.code.code.value, decision.code.code.known) == ("BAD_USER_INPUT", False)
        assert (decision.next_step, decision.actor) == ("contact_provider", "integrator"), status
        assert decision.why[0].says == "contact_provider: a code the catalog does not know"
    # A 503 still says what it says of any response.
    later = bankcodes.decide(UNLISTED_GRAPHQL_ERROR, provider="stitch", status=503)
    assert later.next_step == "retry_later"


@pytest.mark.node
def test_node_reads_a_graphql_error_inside_a_200_as_python_does(
    typescript_dist: Path, tmp_path: Path
) -> None:
    calls = tmp_path / "calls.json"
    given = [
        ["decide", UNLISTED_GRAPHQL_ERROR, {"provider": "stitch", "status": 200}],
        ["decide", UNLISTED_GRAPHQL_ERROR, {"status": 200}],
    ]
    calls.write_text(json.dumps(given), encoding="utf-8")
    answers = json.loads(run_node("call_package.mjs", str(typescript_dist), str(calls)))
    assert (answers[0]["nextStep"], answers[0]["code"]["code"]) == (
        "contact_provider",
        "BAD_USER_INPUT",
    )
    assert answers[1]["code"] is None  # not told whose it is: read as nobody's


@pytest.fixture(scope="module")
def server() -> Iterator[HTTPServer]:
    logging.getLogger("werkzeug").setLevel(logging.ERROR)
    with HTTPServer() as running:
        running.expect_request("/graphql", method="POST").respond_with_json(
            FORBIDDEN_BODY, status=200
        )
        yield running


def test_from_exception_reads_the_error_inside_a_200(server: HTTPServer) -> None:
    """A GraphQL client over httpx gets HTTP 200 and raises nothing: the response is read."""
    response = httpx.post(server.url_for("/graphql"), json={"query": "{ node { id } }"})
    assert response.status_code == 200
    found = bankcodes.from_exception(response)
    assert found is not None
    assert (found.kind, found.status) == ("stitch/graphql-error", 200)
    assert found.code is stitch.GraphqlErrorCode("FORBIDDEN")


def test_its_webhooks_are_svix_s_standard_webhooks() -> None:
    signing = spec_data()["providers"]["stitch"]["signing"]
    assert signing["scheme"] == "standard_webhooks"
    found = (signing["id_header"], signing["timestamp_header"], signing["signature_header"])
    assert found == SVIX_HEADERS
    assert signing["tolerance_seconds"] == 5 * 60
    assert "svix-docs-verifying-manually" in signing["sources"]


def test_the_signed_fixture_verifies_and_receive_says_why_it_reads_no_body() -> None:
    fixture = json.loads(
        (ROOT / "generated/fixtures/webhooks/stitch/bankcodes-test.json").read_text("utf-8")
    )
    body, headers = fixture["body"].encode(), fixture["headers"]
    assert set(SVIX_HEADERS) <= set(headers)
    secret = fixture["verify_with"]["secret"]
    signed_at = datetime.datetime.fromisoformat(fixture["signed_at"])
    assert signatures.verify("stitch", body, headers, secret, now=signed_at) == "svix-signature"
    with pytest.raises(signatures.SignatureError) as raised:
        signatures.verify("stitch", body + b" ", headers, secret, now=signed_at)
    assert raised.value.reason == "mismatch"
    with pytest.raises(bankcodes.ConfigurationError) as refused:
        bankcodes.receive("stitch", body, headers, secret)
    assert "signatures.verify" in str(refused.value)


def test_a_graphql_error_pasted_into_explain_reads_as_stitch_s() -> None:
    run = cli_here("explain", "-", stdin=json.dumps(FORBIDDEN_BODY))
    assert run.returncode == 0, run.stderr
    lines = after_decision(run.stdout).splitlines()
    assert lines[0] == "stitch/graphql-error: $.errors[0].extensions.code = FORBIDDEN"


def test_every_source_is_a_dated_copy_and_says_what_was_read() -> None:
    sources = {k: v for k, v in spec_data()["sources"].items() if k.startswith("stitch-")}
    assert len(sources) == 15
    for key, source in sources.items():
        assert source["kind"] == "doc", key
        assert source["url"].startswith(
            ("https://docs.stitch.money/", "https://stitch.money/docs/")
        ), key
        assert len(source["sha256"]) == 64 and source["retrieved"], key
    whole = sorted(k for k, v in sources.items() if not v.get("read_in_part"))
    assert whole == [
        "stitch-api-disbursement-paused-reason",
        "stitch-api-disbursement-reversed-reason",
        "stitch-api-disbursement-status",
        "stitch-api-failure-reason",
        "stitch-api-payment-initiation-request-state",
        "stitch-api-payment-initiation-status",
    ]


def test_linkpay_s_statuses_are_the_union_s_type_names() -> None:
    assert _values("payment_initiation_status") == PAYMENT_INITIATION_STATUSES
    expired = stitch.PaymentInitiationStatus("PaymentInitiationExpired")
    assert expired.description == "Payment initiation expired before the user attempted to pay"


def test_a_token_error_is_oauth_s_shape_read_only_when_told() -> None:
    assert payloads.identify(INVALID_SCOPE).kind is None
    found = payloads.decisive_code("stitch/token-error", INVALID_SCOPE)
    assert found is not None and found.code is stitch.TokenError("invalid_scope")
    assert found.code.category is Category.INTEGRATION_ERROR
    assert "allowedScopes" in (found.code.advice or "")
    codes = spec_data()["providers"]["stitch"]["code_sets"]["token_error"]["codes"]
    assert [c["value"] for c in codes] == ["invalid_scope", "invalid_grant"]
    assert all([h["status"] for h in c["http"]] == [400] for c in codes)


def test_an_unsettled_payment_waits_for_nothing_and_is_told_as_such() -> None:
    """The 7 days are when a pending confirmation becomes PaymentUnsettled, no wait to retry
    after; the bank did not decline it, so the customer is not told it did."""
    decision = bankcodes.decide(stitch.PaymentConfirmationStatus("PaymentUnsettled"))
    assert decision.wait_seconds is None
    assert decision.next_step == "tell_customer"
    words = stitch.PaymentConfirmationStatus("PaymentUnsettled").end_user_text("fr")
    assert words is not None
    assert words.message == "Votre paiement n'a pas encore été reçu."


def test_a_failure_reason_is_the_enum_page_s_in_order_with_its_words() -> None:
    """docs.stitch.money/api/enums/failure-reason: "The way a request failed." and its values."""
    assert [(code.value, code.description) for code in stitch.FailureReason] == [
        ("cancelled", "Request was cancelled by user"),
        ("forbidden", "The user's bank prohibited execution of the request"),
        (
            "insufficientFunds",
            "The user does not have the necessary funds in their account to complete the request",
        ),
        (
            "exceededAccountLimits",
            "This operation failed as it exceeded a limit defined on the account",
        ),
        (
            "bankIntegrationFailure",
            "This operation failed due to bank downtime or an unexpected error that ocurred between"
            " the integration with the user's bank and the stitch api",
        ),
    ]
    assert stitch.FailureReason("cancelled").category is Category.CANCELLED
    assert (
        stitch.FailureReason("bankIntegrationFailure").category is Category.INSTITUTION_UNAVAILABLE
    )
    assert bankcodes.decide(stitch.FailureReason("insufficientFunds")).next_step == "tell_customer"
