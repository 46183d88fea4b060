"""How bankcodes reads TrueLayer's codes: the categories and retries TrueLayer's words give, the
lifecycles it states, classify and lookup with code_set=, values TrueLayer adds later, and its
published payloads recognised and decided by their code. Read from its own sources: the error
tables of docs.truelayer.com (data-api-errors, error-codes-1 in two captures, data-v3-errors,
payments-api-errors, the earlier error-types page), its status pages (payment-statuses,
mandate-statuses, payout-and-refund-statuses), mandate-webhook-specifications, all retrieved
2026-11-25, and these pinned files:

- TrueLayer/truelayer-php@a720f99 (tests/integration/Mocks/ErrorResponse.php) and
  TrueLayer/truelayer-java@d4173ee (the test responses 400.request_invalid.json and
  400.invalid_client.json);
- TrueLayer/truelayer-react-native-sdk@fd44216 (docs/DOCUMENTATION.md).

The Data API (v1) error table and the published webhook bodies, which other modules read too,
are in tests/support/truelayer_sources.py. The docs pages were read as the search tool returns
them, cut at 2,000 bytes (1,500 characters in the docs corpus): where a table is cut, the test
says so. Expected values are typed from those pages and files, never from the catalog."""

from __future__ import annotations

from typing import Any

import pytest

import bankcodes
from bankcodes import Category, UnknownCode, payloads, truelayer
from tests.support.truelayer_sources import DATA_API_ERRORS, WEBHOOKS

# --- categories, retries, lifecycles ---------------------------------------------------------

#: Codes whose category TrueLayer's own words give, and those words.
CATEGORIES: list[tuple[Any, Category, str]] = [
    (truelayer.DataApiError.invalid_grant, Category.RECONNECT_REQUIRED, "the user must reconnect"),
    (
        truelayer.DataApiError.access_denied,
        Category.RECONNECT_REQUIRED,
        "Ask the user to reconnect",
    ),
    (
        truelayer.DataApiV3Error("Invalid State"),
        Category.RECONNECT_REQUIRED,
        "Ask the user to reconnect their account.",
    ),
    (
        truelayer.DataApiError.provider_too_many_requests,
        Category.RATE_LIMITED,
        "Provider rate limit exceeded.",
    ),
    (truelayer.DataApiV3Error("Rate Limit Exceeded"), Category.RATE_LIMITED, "try again later"),
    (truelayer.PaymentsError("Rate Limit Exceeded"), Category.RATE_LIMITED, "Try again later."),
    (
        truelayer.DataApiError.deprecated_provider,
        Category.INSTITUTION_NOT_SUPPORTED,
        "It is no longer supported.",
    ),
    (
        truelayer.DataApiV3Error("Feature Not Supported"),
        Category.INSTITUTION_NOT_SUPPORTED,
        "The provider doesn't support this endpoint or feature.",
    ),
    (
        truelayer.PaymentsError("Provider Error"),
        Category.INSTITUTION_UNAVAILABLE,
        "wait for the provider to be available again",
    ),
    (
        truelayer.PaymentsError("Concurrency Conflict"),
        Category.CONCURRENT_OPERATION,
        "already being used in another request",
    ),
    (
        truelayer.PaymentsError("Idempotency-Key Concurrency Conflict"),
        Category.CONCURRENT_OPERATION,
        "another request using the same Idempotency-Key header value currently in progress",
    ),
    (
        truelayer.PaymentsError("Idempotency-Key Reuse"),
        Category.INTEGRATION_ERROR,
        "Use a unique Idempotency-Key value for each request.",
    ),
    (
        truelayer.DataApiError.invalid_client,
        Category.INTEGRATION_ERROR,
        "The client_id or client_secret are invalid.",
    ),
    (
        truelayer.PaymentStatus.authorizing,
        Category.PENDING,
        "hasn't completed the journey yet",
    ),
    (
        truelayer.PaymentStatus.executed,
        Category.SUCCESS,
        "the payment was accepted successfully",
    ),
    (
        truelayer.PayoutStatus.executed,
        Category.SUCCESS,
        "The payout has successfully been made to the beneficiary account.",
    ),
    (truelayer.SdkFailureReason.UserAborted, Category.CANCELLED, "The user canceled"),
    (truelayer.SdkFailureReason.WaitAbandoned, Category.CANCELLED, "The user abandoned"),
    (
        truelayer.SdkFailureReason.InvalidCredentials,
        Category.CREDENTIALS_INVALID,
        "The banking credentials ... were incorrect.",
    ),
    (
        truelayer.SdkFailureReason.ProviderOffline,
        Category.INSTITUTION_UNAVAILABLE,
        "The pre-selected provider was offline.",
    ),
    # The wire values themselves say it: canceled, user_canceled_at_provider.
    (truelayer.FailureReason.canceled, Category.CANCELLED, "canceled"),
    (truelayer.FailureReason.user_canceled_at_provider, Category.CANCELLED, "canceled"),
]


@pytest.mark.parametrize(
    ("member", "category", "words"),
    CATEGORIES,
    ids=[f"{type(m).__name__}.{m.value}" for m, *_ in CATEGORIES],
)
def test_a_category_truelayers_words_give(member: Any, category: Category, words: str) -> None:
    assert member.category is category, words


def test_the_data_api_retry_column() -> None:
    # The Retry column: validation_error says Yes although its category (an integration
    # error) is not retryable; provider_too_many_requests Yes; every other row read No.
    for value, (_, retry) in DATA_API_ERRORS.items():
        if retry is not None:
            assert truelayer.DataApiError(value).retryable is retry, value
    assert truelayer.DataApiError.validation_error.category is Category.INTEGRATION_ERROR


def test_the_retries_the_v3_tables_advise() -> None:
    # data-v3-errors: Feature Not Supported "Don't retry."; Provider Error "Try again, or wait
    # for the provider to be available again and retry."; Unknown Error "Try again, or contact
    # Support if the problem continues."; Rate Limit Exceeded "... or try again later."
    v3 = truelayer.DataApiV3Error
    assert v3("Feature Not Supported").advice == "Don't retry."
    assert not v3("Feature Not Supported").retryable
    for value in ("Provider Error", "Unknown Error", "Rate Limit Exceeded"):
        assert v3(value).retryable, value
    # payments-api-errors: "Try again later." (Concurrency Conflict, Rate Limit Exceeded), "Try
    # again, ..." (Provider Error, Unknown Error); the earlier page's Conflict: "Try again.".
    payments = truelayer.PaymentsError
    for value in ("Concurrency Conflict", "Rate Limit Exceeded", "Provider Error"):
        assert payments(value).retryable, value
    assert payments("Unknown Error").retryable
    assert payments.Conflict.advice == "Try again." and payments.Conflict.retryable
    # "Use a unique Idempotency-Key value for each request.": the same request never succeeds.
    assert not payments("Idempotency-Key Reuse").retryable


def test_the_lifecycles_truelayer_states() -> None:
    # mandate-statuses: "The status of successful mandates transition in the following order:
    # authorization_required authorizing authorized revoked"; "Mandates with a status of
    # authorisation_required or authorizing can also transition directly to failed"; revoked
    # and failed are terminal ("Yes").
    mandate = truelayer.MandateStatus
    following = {m.value: {n.value for n in m.next_statuses or ()} for m in mandate}
    assert following == {
        "authorization_required": {"authorizing", "failed"},
        "authorizing": {"authorized", "failed"},
        "authorized": {"revoked"},
        "revoked": set(),
        "failed": set(),
    }
    # payout-and-refund-statuses: "From authorized, refunds can transition to executed or failed."
    refund = truelayer.RefundStatus
    assert set(refund.authorized.next_statuses or ()) == {refund.executed, refund.failed}
    # payment-statuses draws its transitions in an image the copy does not hold.
    assert truelayer.PaymentStatus.authorized.next_statuses is None


# --- classify, code_set=, unknown values -----------------------------------------------------


def test_a_title_in_both_v3_tables_is_read_by_its_code_set() -> None:
    # "Invalid State": Data API v3 "The data connection is no longer authorized ... Ask the user
    # to reconnect their account."; Payments v3 "Check if the next requested action is valid."
    found = bankcodes.lookup("truelayer", "Invalid State")
    assert found == (
        truelayer.DataApiV3Error("Invalid State"),
        truelayer.PaymentsError("Invalid State"),
    )
    assert bankcodes.classify("truelayer", "Invalid State") is Category.RECONNECT_REQUIRED
    assert (
        bankcodes.classify("truelayer", "Invalid State", code_set="payments_error")
        is Category.INTEGRATION_ERROR
    )
    assert (
        bankcodes.classify("truelayer", "Invalid State", code_set=truelayer.DataApiV3Error)
        is Category.RECONNECT_REQUIRED
    )
    # A status in three code sets: the payment's first, then the mandate's, then the stage.
    assert bankcodes.lookup("truelayer", "authorization_required") == (
        truelayer.PaymentStatus.authorization_required,
        truelayer.MandateStatus.authorization_required,
        truelayer.FailureStage.authorization_required,
    )
    assert (
        bankcodes.classify("truelayer", "authorization_required", code_set="failure_stage")
        is Category.INFORMATIONAL
    )


def test_a_value_truelayer_adds_later_is_kept_as_unknown() -> None:
    # mandate-webhook-specifications: "Implementations should expect other values, since there
    # may be more failure reasons added in future".
    later = truelayer.FailureReason.parse("a_reason_added_later")
    assert isinstance(later, UnknownCode) and later.value == "a_reason_added_later"
    assert later.category is Category.UNKNOWN
    assert bankcodes.classify("truelayer", "a_reason_added_later") is Category.UNKNOWN
    assert (
        bankcodes.classify("truelayer", "a_reason_added_later", code_set="failure_reason")
        is Category.UNKNOWN
    )
    # In a mandate_failed body the unknown reason gives way to the type, the next code known.
    body = {
        "type": "mandate_failed",
        "event_version": 1,
        "event_id": "e-1",
        "mandate_id": "m-1",
        "failed_at": "2021-12-25T15:00:00.000Z",
        "failure_stage": "authorizing",
        "failure_reason": "a_reason_added_later",
    }
    found = payloads.codes("truelayer/webhook", body)
    assert [(f.path, f.code.value) for f in found] == [
        ("$.failure_reason", "a_reason_added_later"),
        ("$.type", "mandate_failed"),
        ("$.failure_stage", "authorizing"),
    ]
    assert isinstance(found[0].code, UnknownCode)
    decisive = payloads.decisive_code("truelayer/webhook", body)
    assert decisive is not None and decisive.code is truelayer.WebhookType.mandate_failed


# --- payloads: the published examples --------------------------------------------------------

#: Problem details bodies: 400.request_invalid.json (truelayer-java); ErrorResponse.php's
#: providerError() and conflict() (truelayer-php).
PROBLEMS: list[tuple[dict[str, Any], Any]] = [
    (
        {
            "type": "https://docs.truelayer.com/docs/error-types#invalid-parameters",
            "title": "Invalid Parameters",
            "status": 400,
            "detail": "The request body was invalid.",
            "trace_id": "2dcda79d9a30654d878a9daf69eeea15",
            "errors": {
                "payment_method.provider.type": [
                    "Unknown value. Valid values are 'user_selection'."
                ]
            },
        },
        truelayer.PaymentsError("Invalid Parameters"),
    ),
    (
        {
            "type": "https://docs.truelayer.com/docs/error-types#provider-error",
            "title": "Provider Error",
            "status": 502,
            "trace_id": "96ce50247f87f540bb2d86771b3728b8",
            "detail": "Provider is temporarily unavailable, please retry.",
        },
        truelayer.PaymentsError("Provider Error"),
    ),
    (
        {
            "type": "https://docs.truelayer.com/docs/error-types#conflict",
            "title": "Conflict",
            "status": 409,
            "trace_id": "96ce50247f87f540bb2d86771b3728b8",
            "detail": "Another request conflicted with the current request.",
        },
        truelayer.PaymentsError.Conflict,
    ),
]


@pytest.mark.parametrize("event", sorted(WEBHOOKS))
def test_each_published_webhook_is_recognised_and_decided(event: str) -> None:
    body, (path, code) = WEBHOOKS[event]
    assert payloads.recognise(body)[0] == "truelayer/webhook"
    decisive = payloads.decisive_code("truelayer/webhook", body)
    assert decisive is not None and (decisive.path, decisive.code) == (path, code)
    model = payloads.validate("truelayer/webhook", body)
    assert type(model).__name__ != "OtherWebhook", event


@pytest.mark.parametrize(("body", "code"), PROBLEMS, ids=[code.value for _, code in PROBLEMS])
def test_each_published_problem_is_recognised_and_decided_by_its_title(
    body: dict[str, Any], code: Any
) -> None:
    assert payloads.recognise(body)[0] == "truelayer/problem"
    decisive = payloads.decisive_code("truelayer/problem", body)
    assert decisive is not None and (decisive.path, decisive.code) == ("$.title", code)
    assert code.http_statuses == (body["status"],)


def test_the_data_api_error_body_is_recognised_and_decided_by_its_error() -> None:
    # 400.invalid_client.json (truelayer-java), also ErrorResponse.php's legacyErrorFormat().
    body = {"error": "invalid_client"}
    # OAuth's own shape: TrueLayer's only where the reader is told the provider.
    assert payloads.recognise(body) == ()
    assert payloads.recognise(body, "truelayer") == ("truelayer/data-api-error",)
    decisive = payloads.decisive_code("truelayer/data-api-error", body)
    assert decisive is not None and decisive.path == "$.error"
    assert decisive.code is truelayer.DataApiError.invalid_client
    # data-api-errors: invalid_client is returned with 400.
    assert decisive.code.http_statuses == (400,)
