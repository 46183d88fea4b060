"""TrueLayer's code sets and their texts, read from its own sources: the error tables of
docs.truelayer.com (data-api-errors, error-codes-1 in two captures, data-v3-errors,
payments-api-errors, the earlier error-types page), its status pages (payment-statuses,
mandate-statuses, payout-and-refund-statuses), its webhook pages
(payments-v3-webhook-notifications-accordion, payment-webhook-specifications, mandate-webhooks,
mandate-webhook-specifications, payouts-webhooks, reference/webhook-mandates), all retrieved
2026-11-25, and these pinned files:

- TrueLayer/truelayer-php@a720f99 (src/Constants/*.php, src/Interfaces/Webhook/
  PaymentFailedEventInterface.php, tests/integration/Mocks/WebhookPayload.php and
  ErrorResponse.php) and TrueLayer/truelayer-java@d4173ee (Status.java);
- TrueLayer/truelayer-react-native-sdk@fd44216 (js/models/types.ts, PaymentStatus.ts,
  MandateStatus.ts, docs/DOCUMENTATION.md);
- TrueLayer/TrueLayer-iOS-SDK@fa7668d, TrueLayerUI's arm64-apple-ios.abi.json: the string
  literals of HPPMessage+WebView.swift after "api_failure_reason" (no copy saved; read with git
  show at that commit).

The Data API (v1) error table, which test_truelayer_classify.py reads too, is in
tests/support/truelayer_sources.py. The docs pages were read as the search tool returns them, cut
at 2,000 bytes (1,500 characters in the docs corpus): where a table is cut, the test says so.
Expected values are typed from those pages and files, never from the catalog."""

from __future__ import annotations

from typing import Any

import pytest

from bankcodes import truelayer
from tests.support.helpers import counts, spec_data
from tests.support.truelayer_sources import DATA_API_ERRORS

# --- the code sets as TrueLayer publishes them -----------------------------------------------

#: data-v3-errors: the whole table ("Below is a table with all Data API v3 errors."), Code and
#: Type.
DATA_V3_ERRORS = {
    "Unauthenticated": 401,
    "Invalid Parameters": 400,
    "Forbidden": 403,
    "Invalid State": 400,
    "Not Found": 404,
    "Rate Limit Exceeded": 429,
    "Feature Not Supported": 502,
    "Provider Error": 502,
    "Unknown Error": 500,
}

#: payments-api-errors: the whole table ("Below is a table with all Payments v3 errors.").
PAYMENTS_ERRORS = {
    "Unauthenticated": 401,
    "Forbidden": 403,
    "Invalid Parameters": 400,
    "Invalid State": 400,
    "Not Found": 404,
    "Concurrency Conflict": 409,
    "Idempotency-Key Concurrency Conflict": 409,
    "Idempotency-Key Reuse": 422,
    "Rate Limit Exceeded": 429,
    "Provider Error": 502,
    "Unknown Error": 500,
}
#: The earlier error-types page lists a type Conflict ("Try again."), and ErrorResponse.php's
#: conflict() sends 'title' => 'Conflict', 'status' => 409.
EARLIER_CONFLICT = ("Conflict", 409)

#: payment-statuses, its table's Status column; attempt_failed: PaymentStatus.php
#: (ATTEMPT_FAILED = 'attempt_failed') and Status.java (ATTEMPT_FAILED("attempt_failed")).
PAYMENT_STATUSES = {"authorization_required", "authorizing", "authorized", "executed", "failed"}
PAYMENT_STATUSES |= {"settled", "attempt_failed"}
#: mandate-statuses, its table.
MANDATE_STATUSES = {"authorization_required", "authorizing", "authorized", "revoked", "failed"}
#: payout-and-refund-statuses (the whole page): "A refund has four possible statuses".
PAYOUT_STATUSES = {"pending", "authorized", "executed", "failed"}
REFUND_STATUSES = {"pending", "authorized", "executed", "failed"}
#: payment-webhook-specifications and mandate-webhook-specifications, failure_stage: "Can be
#: one of "authorization_required", "authorizing", "authorized"".
FAILURE_STAGES = {"authorization_required", "authorizing", "authorized"}

#: payments-v3-webhook-notifications-accordion: every row of "Supported notifications", with
#: its Notification description (the copy ends after the last row, refund_failed).
WEBHOOK_TYPES = {
    "payment_authorized": "The payment was authorised.",
    "payment_executed": "The payment was executed.",
    "payment_failed": "The payment failed.",
    "payment_creditable": "The payment has been deemed ready to be credited to the end user.",
    "payment_settled": "The payment has settled.",
    "payment_settlement_stalled": "The payment did not reach settled status after a certain "
    "amount of time.",
    "external_payment_received": "The external payment has settled.",
    "mandate_authorized": "The mandate was authorised.",
    "mandate_failed": "The mandate creation failed.",
    "mandate_revoked": "The mandate was revoked.",
    "payment_link_payment_created": "A payment was created through a payment link.",
    "payment_link_disabled": "The payment link was disabled.",
    "payout_executed": "The payout was executed. Notification structure differs between "
    "closed-loop, open-loop or business account payouts.",
    "payout_failed": "The payout failed. Notification structure differs between closed-loop, "
    "open-loop or business account payouts.",
    "refund_executed": "The refund was executed.",
    "refund_failed": "The refund failed.",
}
#: reference/webhook-mandates names two more mandate payloads (with no description).
MANDATE_REFERENCE_TYPES = {"mandate_remitter_changed", "mandate_initial_payment_created"}
#: WebhookEventTypes.php's eleven constants.
PHP_WEBHOOK_TYPES = {
    *("payment_authorized", "payment_executed", "payment_failed", "payment_settled"),
    *("payment_creditable", "payment_settlement_stalled", "external_payment_received"),
    *("refund_executed", "refund_failed", "payout_executed", "payout_failed"),
}

#: TrueLayer-iOS-SDK@fa7668d, arm64-apple-ios.abi.json: the 27 string literals of
#: HPPMessage+WebView.swift after its second "api_failure_reason" (lines 36597-36786), in order.
IOS_FAILURE_REASONS = (
    *("authorization_failed", "blocked", "canceled", "constraint_violation", "expired"),
    *("insufficient_funds", "internal_server_error", "invalid_account_details"),
    *("invalid_account_holder_name", "invalid_beneficiary_account", "invalid_credentials"),
    *("invalid_mandate_state", "invalid_otp", "invalid_remitter_account", "invalid_request"),
    *("invalid_sort_code", "mandate_revoked", "not_authorized", "payment_limit_exceeded"),
    *("provider_error", "provider_expired", "provider_rejected", "rejected"),
    *("scheme_unavailable", "unknown_error", "user_canceled_at_provider", "verification_declined"),
)
#: Every failure_reason of a payment, mandate or refund the pages and clients name as an example:
#: PaymentFailedEventInterface.php ("Example values to expect: ..."),
#: mandate-webhook-specifications (mandate_failed), the failed mandate's JSON on mandate-statuses
#: (provider_rejected) and WebhookPayload.php's refundFailed (insufficient_funds). A payout's
#: (payouts-webhooks' payout_failed: scheme_error) are test_truelayer_payout_failures.py's.
EXAMPLE_FAILURE_REASONS = {
    *("authorization_failed", "rejected", "provider_error", "provider_rejected"),
    *("internal_server_error", "canceled", "expired"),
    *("invalid_sort_code", "invalid_request", "unknown_error"),
    "insufficient_funds",
}

#: types.ts@fd44216: the FailureReason union (29 members), in its order.
SDK_FAILURE_REASONS = (
    *("NoInternet", "UserAborted", "CommunicationIssue", "ConnectionSecurityIssue"),
    *("InvalidRedirectURI", "PaymentFailed", "WaitAbandoned", "ProcessorContextNotAvailable"),
    *("ProviderOffline", "Unknown", "Blocked", "InvalidAccountDetails"),
    *("InvalidAccountHolderName", "InvalidCredentials", "InvalidRemitterAccount"),
    *("InvalidRequest", "InvalidSortCode", "InsufficientFunds", "PaymentLimitExceeded"),
    *("ProviderError", "ProviderExpired", "ProviderRejected", "UserCanceledAtProvider"),
    *("InvalidBeneficiaryAccount", "InvalidOtp", "SchemeUnavailable", "VerificationDeclined"),
    *("InvalidMandateState", "ConstraintViolation"),
)


def _values(code_set: Any) -> set[str]:
    return {member.value for member in code_set}


def test_the_data_api_errors_are_the_rows_of_the_tables_read() -> None:
    assert _values(truelayer.DataApiError) == set(DATA_API_ERRORS)
    for value, (status, _) in DATA_API_ERRORS.items():
        assert truelayer.DataApiError(value).http_statuses == (status,), value


def test_the_v3_error_types_are_the_whole_tables() -> None:
    assert _values(truelayer.DataApiV3Error) == set(DATA_V3_ERRORS)
    for value, status in DATA_V3_ERRORS.items():
        assert truelayer.DataApiV3Error(value).http_statuses == (status,), value
    title, status = EARLIER_CONFLICT
    assert _values(truelayer.PaymentsError) == {*PAYMENTS_ERRORS, title}
    for value, published in {**PAYMENTS_ERRORS, title: status}.items():
        assert truelayer.PaymentsError(value).http_statuses == (published,), value


def test_the_statuses_are_the_status_pages_and_the_clients() -> None:
    assert _values(truelayer.PaymentStatus) == PAYMENT_STATUSES
    assert _values(truelayer.MandateStatus) == MANDATE_STATUSES
    assert _values(truelayer.PayoutStatus) == PAYOUT_STATUSES
    assert _values(truelayer.RefundStatus) == REFUND_STATUSES
    assert _values(truelayer.FailureStage) == FAILURE_STAGES


def test_the_webhook_types_are_the_table_and_the_reference_in_truelayers_words() -> None:
    assert _values(truelayer.WebhookType) == set(WEBHOOK_TYPES) | MANDATE_REFERENCE_TYPES
    assert set(WEBHOOK_TYPES) >= PHP_WEBHOOK_TYPES
    for value, text in WEBHOOK_TYPES.items():
        member = truelayer.WebhookType(value)
        assert (member.description, member.info.editorial) == (text, False), value
        wording = member.info.whose("description")
        assert wording is not None and wording.by == "provider", value
        assert [source.id for source in wording.sources] == ["truelayer-webhook-types"]
    for value in MANDATE_REFERENCE_TYPES:
        assert truelayer.WebhookType(value).info.editorial, value


def test_the_failure_reasons_are_the_ios_sdks() -> None:
    assert len(IOS_FAILURE_REASONS) == 27
    known = _values(truelayer.FailureReason)
    assert known == set(IOS_FAILURE_REASONS)
    assert known >= EXAMPLE_FAILURE_REASONS
    # No page read describes a payment's or a mandate's failure reason: every description is
    # bankcodes' own (a payout's are TrueLayer's: test_truelayer_payout_failures.py).
    for member in truelayer.FailureReason:
        wording = member.info.whose("description")
        assert member.info.editorial and wording is not None and wording.by == "bankcodes"


def test_the_react_native_sdks_code_sets_are_its_types() -> None:
    assert [m.value for m in truelayer.SdkFailureReason] == list(SDK_FAILURE_REASONS)
    # types.ts's ProcessorStep enum (Wait, Authorized, Executed, Settled); DOCUMENTATION.md's
    # Success table adds Redirect.
    steps = {"Wait", "Authorized", "Executed", "Settled", "Redirect"}
    assert _values(truelayer.SdkProcessorStep) == steps
    # PaymentStatus.ts and MandateStatus.ts.
    assert _values(truelayer.SdkPaymentStatus) == {
        *("AuthorizationRequired", "Authorized", "Authorizing", "Executed", "Failed", "Settled"),
    }
    assert _values(truelayer.SdkMandateStatus) == {
        *("AuthorizationRequired", "Authorized", "Authorizing", "Failed", "Revoked"),
    }
    scope = spec_data()["providers"]["truelayer"]["code_sets"]["sdk_failure_reason"]["scope"]
    assert scope == {"sdks": ["react-native"]}


# --- TrueLayer's words -----------------------------------------------------------------------

#: (member, description, advice, the sources quoted), all verbatim, each TrueLayer's words.
PROVIDER_WORDS: list[tuple[Any, str, str | None, set[str]]] = [
    # data-api-errors, the invalid_grant row.
    (
        truelayer.DataApiError.invalid_grant,
        "The provided authorisation grant or refresh token is invalid, expired, revoked, does "
        "not match the redirection URI used in the authorization request, or was issued to "
        "another client.",
        "Ask the user to reconnect their account. This most often occurs when a user's 90 days "
        "of consent to access their account has expired. It can also be caused by some rare "
        "network errors which can cause a user's bank tokens to be made invalid. Either way, the "
        "user must reconnect their account.",
        {"truelayer-data-api-errors"},
    ),
    # error-codes-1 (the older capture), the access_denied row.
    (
        truelayer.DataApiError.access_denied,
        "Access to a specific resource has been denied.",
        "Ask the user to reconnect their account. This error is returned when the access to their "
        "account is no longer valid, either because it expired or because the user revoked it "
        "themselves.",
        {"truelayer-error-codes"},
    ),
    # data-v3-errors, Invalid State: its cell describes the error, then says what to do.
    (
        truelayer.DataApiV3Error("Invalid State"),
        "The data connection is no longer authorized, so no data can be retrieved through it.",
        "Ask the user to reconnect their account.",
        {"truelayer-data-v3-errors"},
    ),
    # payments-api-errors, Concurrency Conflict.
    (
        truelayer.PaymentsError("Concurrency Conflict"),
        "This resource is already being used in another request.",
        "Try again later.",
        {"truelayer-payments-api-errors"},
    ),
    # mandate-statuses, revoked.
    (
        truelayer.MandateStatus.revoked,
        "The mandate was revoked after being authorized, either through by the client revoking "
        "the mandate on behalf of the user, or by the user revoking it via their bank.",
        None,
        {"truelayer-mandate-statuses"},
    ),
    # payment-statuses, settled.
    (
        truelayer.PaymentStatus.settled,
        "The payment settled into your merchant account. This status only appears for "
        "closed-loop payments. These are payments into a TrueLayer merchant account.",
        None,
        {"truelayer-payment-statuses"},
    ),
    # payout-and-refund-statuses, the refund's failed.
    (
        truelayer.RefundStatus.failed,
        "The refund failed. The refund amount has not been deducted from your merchant account.",
        None,
        {"truelayer-payout-and-refund-statuses"},
    ),
    # DOCUMENTATION.md's Failure table, InvalidCredentials.
    (
        truelayer.SdkFailureReason.InvalidCredentials,
        "The banking credentials provided by the PSU to log into their bank were incorrect.",
        None,
        {"truelayer-rn-docs"},
    ),
]


@pytest.mark.parametrize(
    ("member", "description", "advice", "quoted"),
    PROVIDER_WORDS,
    ids=[f"{type(m).__name__}.{m.value}" for m, *_ in PROVIDER_WORDS],
)
def test_truelayers_words_are_quoted_as_its_own(
    member: Any, description: str, advice: str | None, quoted: set[str]
) -> None:
    assert member.description == description
    assert not member.info.editorial
    wording = member.info.whose("description")
    assert wording is not None and wording.by == "provider"
    assert quoted <= {source.id for source in wording.sources}
    assert member.advice == advice
    if advice is not None:
        told = member.info.whose("advice")
        assert told is not None and told.by == "provider"


def test_truelayers_words_the_copies_run_together_are_kept_in_notes() -> None:
    # error-codes-1: "401The token is no longer validinvalid_tokenNo..." and "401You're using an
    # incorrect auth link, client_id or redirect_uriunauthorized_clientNo...": the description
    # is bankcodes', TrueLayer's is quoted in the notes.
    published = {
        truelayer.DataApiError.invalid_token: "The token is no longer valid",
        truelayer.DataApiError.unauthorized_client: "You're using an incorrect auth link, "
        "client_id or redirect_uri",
    }
    for member, text in published.items():
        assert member.info.editorial, member.value
        assert f'"{text}"' in (member.info.notes or ""), member.value
    # invalid_token's advice is its row's How to handle, TrueLayer's words.
    assert truelayer.DataApiError.invalid_token.advice == (
        "Refresh your access token. The access token may be invalid or expired. You can check "
        "for more details in the error description."
    )
    # The error-types page's Forbidden, its two sentences on two lines.
    assert truelayer.PaymentsError.Forbidden.advice == (
        "If you're using an access_token from our authentication endpoint, check if the token "
        "has scopes that the endpoint requires. If you're using a resource_token, check if "
        "you're trying to access a resource other than the one the token was issued for."
    )


def test_drift_counts_the_mandate_statuses_table_whole() -> None:
    """mandate-statuses' table, its five statuses, held whole."""
    listed = len(MANDATE_STATUSES)
    assert counts("truelayer-mandate-statuses") == {"truelayer.mandate_status": (listed, listed)}


def test_drift_counts_the_errors_and_payout_and_refund_tables_whole() -> None:
    """payments-api-errors' eleven types; payout-and-refund-statuses' two tables, four each."""
    errors = len(PAYMENTS_ERRORS)
    assert counts("truelayer-payments-api-errors") == {"truelayer.payments_error": (errors, errors)}
    assert counts("truelayer-payout-and-refund-statuses") == {
        "truelayer.payout_status": (len(PAYOUT_STATUSES), len(PAYOUT_STATUSES)),
        "truelayer.refund_status": (len(REFUND_STATUSES), len(REFUND_STATUSES)),
    }


def test_drift_counts_the_payment_statuses_table_whole() -> None:
    """payment-statuses' table: six statuses, attempt_failed not among them (the clients list
    it); a copy cut after the table, in Account holder name behaviour, says so."""
    table = PAYMENT_STATUSES - {"attempt_failed"}
    assert len(table) == 6
    assert counts("truelayer-payment-statuses") == {"truelayer.payment_status": (6, 6)}
    source = truelayer.PaymentStatus("settled").info.sources[0]
    assert source.url == "https://docs.truelayer.com/docs/payment-statuses"
    assert source.read_in_part is not None
    assert "table of statuses" in source.read_in_part
