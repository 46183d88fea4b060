"""TrueLayer, read from its own sources: the error tables of docs.truelayer.com (data-api-errors,
error-codes-1 in two captures, data-v3-errors, payments-api-errors, the earlier error-types page),
its status pages (payment-statuses, mandate-statuses, payout-and-refund-statuses), its webhook
pages (payments-v3-webhook-notifications-accordion, webhook-notifications-for-payments-v3,
payment-webhook-specifications, mandate-webhooks, mandate-webhook-specifications,
payment-link-webhook-specifications, payouts-webhooks, reference/webhook-mandates,
set-up-webhook-notifications-payments-v2), all retrieved 2026-11-25, and these pinned files:

- TrueLayer/truelayer-signing@95fdf17 (request-signing-v2.md, test-resources/, php/README.md,
  python/examples/webhook-server/main.py): the Tl-Signature (a detached ES512 JWS) and the two
  addresses of TrueLayer's key sets;
- TrueLayer/truelayer-php@a720f99 (src/Constants/*.php, src/Interfaces/Webhook/
  PaymentFailedEventInterface.php, tests/integration/Mocks/WebhookPayload.php and
  ErrorResponse.php, README.md) and TrueLayer/truelayer-java@d4173ee (Status.java, the test
  responses 400.request_invalid.json and 400.invalid_client.json);
- TrueLayer/truelayer-react-native-sdk@fd44216 (js/models/types.ts, PaymentStatus.ts,
  MandateStatus.ts, docs/DOCUMENTATION.md);
- TrueLayer/TrueLayer-iOS-SDK@fa7668d, TrueLayerUI's arm64-apple-ios.abi.json: the string
  literals of HPPMessage+WebView.swift after "api_failure_reason" (no copy saved; read with git
  show at that commit).

The docs pages were read as the search tool returns them, cut at 2,000 bytes (1,500 characters
in the docs corpus): where a table is cut, the test says so. Expected values are typed from those
pages and files, never from the catalog."""

from __future__ import annotations

import base64
import datetime
import json
from pathlib import Path
from typing import Any

import pytest
import truelayer_signing as tl

import bankcodes
from bankcodes import Category, SignatureError, UnknownCode, payloads, signatures, truelayer
from bankcodes.errors import ConfigurationError
from tests.support.helpers import ROOT, spec_data

# --- the key sets' addresses ---------------------------------------------------------------

#: python/examples/webhook-server/main.py@95fdf17, valid_jkus (its lines 46-49); php/README.md
#: lists the same two: "for sandbox: https://webhooks.truelayer-sandbox.com/.well-known/jwks",
#: "for production: https://webhooks.truelayer.com/.well-known/jwks".
PRODUCTION = "https://webhooks.truelayer.com/.well-known/jwks"
SANDBOX = "https://webhooks.truelayer-sandbox.com/.well-known/jwks"

FIXTURES = ROOT / "generated" / "fixtures" / "webhooks"
#: bankcodes' published test key pair (P-521), the jws_private_jwk and jws_public_jwk of
#: generated/fixtures/webhooks/test-keys.json.
TEST_KEYS: dict[str, Any] = json.loads((FIXTURES / "test-keys.json").read_text(encoding="utf-8"))
PRIVATE: dict[str, str] = TEST_KEYS["jws_private_jwk"]
JWKS = {"keys": [TEST_KEYS["jws_public_jwk"]]}
PATH = "/webhooks/truelayer"
#: 2025-01-01T00:00:00Z.
NOW = 1_735_689_600

# --- the code sets as TrueLayer publishes them -----------------------------------------------

#: Data API (v1) error code -> (HTTP status, Retry column). data-api-errors (pipe table) holds
#: the rows validation_error ... unauthorized and is cut inside the next row; the later
#: capture of error-codes-1 ("Data API errors") adds unauthorized_client (401, No); the older
#: capture ("Error codes") adds invalid_token ... provider_too_many_requests, its copy cut in
#: the last row's advice ("In"). invalid_credentials_key's Retry cell is empty there (None).
#: No copy holds the rows after provider_too_many_requests.
DATA_API_ERRORS: dict[str, tuple[int, bool | None]] = {
    "validation_error": (400, True),
    "invalid_date_range": (400, False),
    "deprecated_provider": (400, False),
    "invalid_grant": (400, False),
    "invalid_client": (400, False),
    "invalid_authorization_code": (400, False),
    "unauthorized": (401, False),
    "unauthorized_client": (401, False),
    "invalid_token": (401, False),
    "access_denied": (403, False),
    "invalid_credentials_key": (403, None),
    "sca_exceeded": (403, False),
    "account_not_found": (404, False),
    "provider_too_many_requests": (429, True),
}

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
#: Every failure_reason the pages and clients name as an example: PaymentFailedEventInterface.php
#: ("Example values to expect: ..."), mandate-webhook-specifications (mandate_failed), the failed
#: mandate's JSON on mandate-statuses (provider_rejected), payouts-webhooks' payout_failed
#: (scheme_error) and WebhookPayload.php's refundFailed (insufficient_funds).
EXAMPLE_FAILURE_REASONS = {
    *("authorization_failed", "rejected", "provider_error", "provider_rejected"),
    *("internal_server_error", "canceled", "expired"),
    *("invalid_sort_code", "invalid_request", "unknown_error"),
    *("scheme_error", "insufficient_funds"),
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


def test_the_failure_reasons_are_the_ios_sdks_and_the_payout_examples() -> None:
    assert len(IOS_FAILURE_REASONS) == 27
    known = _values(truelayer.FailureReason)
    assert known == {*IOS_FAILURE_REASONS, "scheme_error"}
    assert known >= EXAMPLE_FAILURE_REASONS
    # No page read describes a failure reason: every description is bankcodes' own.
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

#: The published webhook bodies, by event, and the code that decides each (failure_reason, "The
#: reason the payment failed", before the type).
WEBHOOKS: dict[str, tuple[dict[str, Any], tuple[str, Any]]] = {
    # payment-webhook-specifications (the capture opening with payment_authorized).
    "payment_authorized": (
        {
            "type": "payment_authorized",
            "event_version": 1,
            "event_id": "b8d4dda0-ff2c-4d77-a6da-4615e4bad941",
            "payment_id": "60c0a60ed8d7-4e5b-ac79-401b1d8a8633",
            "authorized_at": "2021-12-25T15:00:00.000Z",
        },
        ("$.type", truelayer.WebhookType.payment_authorized),
    ),
    # payment-webhook-specifications (the capture opening with payment_executed).
    "payment_executed": (
        {
            "type": "payment_executed",
            "event_version": 1,
            "event_id": "b8d4dda0-ff2c-4d77-a6da-4615e4bad941",
            "payment_id": "60c0a60ed8d7-4e5b-ac79-401b1d8a8633",
            "executed_at": "2021-12-25T15:00:00.000Z",
            "payment_method": {
                "type": "bank_transfer",
                "provider_id": "mock-payments-gb-redirect",
                "scheme_id": "faster_payments_service",
            },
        },
        ("$.type", truelayer.WebhookType.payment_executed),
    ),
    # WebhookPayload.php, paymentFailed().
    "payment_failed": (
        {
            "type": "payment_failed",
            "event_version": 1,
            "event_id": "b8d4dda0-ff2c-4d77-a6da-4615e4bad941",
            "payment_id": "60c0a60ed8d7-4e5b-ac79-401b1d8a8633",
            "failed_at": "2021-12-25T15:00:00.000Z",
            "failure_stage": "authorizing",
            "failure_reason": "provider_rejected",
            "payment_method": {
                "type": "bank_transfer",
                "provider_id": "mock-payments-gb-redirect",
                "scheme_id": "faster_payments_service",
            },
            "payment_source": {
                "account_identifiers": [
                    {
                        "type": "sort_code_account_number",
                        "sort_code": "111111",
                        "account_number": "00000111",
                    },
                    {"type": "iban", "iban": "GB11CLRB01011100000111"},
                ],
                "id": "1f111d3c-9427-43be-1111-1111219d111c",
                "account_holder_name": "HOLDER NAME",
            },
            "metadata": {"key1": "value1", "key2": "value2"},
        },
        ("$.failure_reason", truelayer.FailureReason.provider_rejected),
    ),
    # mandate-webhooks, as published: without event_id or mandate_id.
    "mandate_authorized": (
        {
            "type": "mandate_authorized",
            "event_version": 1,
            "authorized_at": "2021-12-25T15:00:00.000Z",
        },
        ("$.type", truelayer.WebhookType.mandate_authorized),
    ),
    # payment-link-webhook-specifications.
    "payment_link_payment_created": (
        {
            "type": "payment_link_payment_created",
            "event_version": 1,
            "event_id": "b8d4dda0-ff2c-4d77-a6da-4615e4bad941",
            "payment_link_id": "aKiW35RWSyF",
            "payment": {
                "id": "60c0a60ed8d7-4e5b-ac79-401b1d8a8633",
                "created_at": "2021-12-25T15:00:00.000Z",
            },
        },
        ("$.type", truelayer.WebhookType.payment_link_payment_created),
    ),
    # payouts-webhooks, an external account's payout_executed (its trailing comma left out).
    "payout_executed": (
        {
            "type": "payout_executed",
            "event_version": 1,
            "event_id": "b8d4dda0-ff2c-4d77-a6da-4615e4bad941",
            "payout_id": "0cd1b0f7-71bc-4d24-b209-95259dadcc20",
            "executed_at": "2021-12-25T15:00:00.000Z",
        },
        ("$.type", truelayer.WebhookType.payout_executed),
    ),
    # payouts-webhooks, payout_failed (its trailing comma left out).
    "payout_failed": (
        {
            "type": "payout_failed",
            "event_version": 1,
            "event_id": "b8d4dda0-ff2c-4d77-a6da-4615e4bad941",
            "payout_id": "0cd1b0f7-71bc-4d24-b209-95259dadcc20",
            "failed_at": "2021-12-25T15:00:00.000Z",
            "failure_reason": "scheme_error",
        },
        ("$.failure_reason", truelayer.FailureReason.scheme_error),
    ),
    # WebhookPayload.php, refundFailed().
    "refund_failed": (
        {
            "type": "refund_failed",
            "event_version": 1,
            "event_id": "f6321c84-1797-4e66-acd4-d768c09f9edf",
            "refund_id": "af386a24-e5e6-4508-a4e4-82d4bc4e3677",
            "payment_id": "dfb531ca-8e25-4753-bc23-0c7eeb8d4f29",
            "failed_at": "2021-12-25T15:00:00.000Z",
            "failure_reason": "insufficient_funds",
        },
        ("$.failure_reason", truelayer.FailureReason.insufficient_funds),
    ),
}

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
    assert payloads.recognise(body)[0] == "truelayer/data-api-error"
    decisive = payloads.decisive_code("truelayer/data-api-error", body)
    assert decisive is not None and decisive.path == "$.error"
    assert decisive.code is truelayer.DataApiError.invalid_client
    # data-api-errors: invalid_client is returned with 400.
    assert decisive.code.http_statuses == (400,)


# --- webhooks: Tl-Signature ------------------------------------------------------------------


def _jws_header(signature: str) -> dict[str, Any]:
    head = signature.split("..")[0]
    found: dict[str, Any] = json.loads(base64.urlsafe_b64decode(head + "=" * (-len(head) % 4)))
    return found


def _pem(private: dict[str, str]) -> str:
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import ec

    scalar = int.from_bytes(base64.urlsafe_b64decode(private["d"] + "=="), "big")
    key = ec.derive_private_key(scalar, ec.SECP521R1())
    return key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    ).decode("ascii")


def _signed_at(jku: str, body: bytes, stamp: str = "2025-01-01T00:00:00Z") -> dict[str, str]:
    """A delivery signed with the test key by TrueLayer's own library, naming the key set at
    `jku`: a valid signature whatever the address."""
    signer = tl.sign_with_pem(PRIVATE["kid"], _pem(PRIVATE)).set_jku(jku)
    signer.set_method(tl.HttpMethod.POST).set_path(PATH)
    signer.add_headers({"X-Tl-Webhook-Timestamp": stamp}).set_body(body.decode("utf-8"))
    return {"X-Tl-Webhook-Timestamp": stamp, "Tl-Signature": signer.sign()}


def _body(event: str) -> bytes:
    return json.dumps(WEBHOOKS[event][0]).encode()


def _scheme() -> signatures.JwsScheme:
    scheme = signatures.scheme_of("truelayer")
    assert isinstance(scheme, signatures.JwsScheme)
    return scheme


def test_the_signature_scheme_is_truelayers() -> None:
    scheme = _scheme()
    # webhook-notifications-for-payments-v3: "TL-Signature | string | JSON web signature with a
    # detached payload of the form {HEADER}..{SIGNATURE}"; request-signing-v2.md: "We only
    # support ES512"; "X-TL-Webhook-Timestamp | ISO-8601 Timestamp | Time that the webhook was
    # sent to you."
    assert scheme.scheme == "jws"
    assert scheme.header.lower() == "tl-signature"
    assert scheme.algorithm == "ES512"
    assert (scheme.timestamp_header or "").lower() == "x-tl-webhook-timestamp"


def test_the_two_allowed_key_set_addresses_are_truelayers() -> None:
    allowed = {PRODUCTION, SANDBOX}
    assert set(_scheme().allowed_jku) == allowed
    assert len(_scheme().allowed_jku) == 2
    assert set(spec_data()["providers"]["truelayer"]["signing"]["allowed_jku"]) == allowed


def test_a_signature_naming_another_key_set_is_refused_unfetched() -> None:
    """main.py: "extract and ensure jku is an expected TrueLayer url" before requests.get(jku):
    a signature naming any other address is refused before the key function is asked."""
    body = _body("payment_executed")
    asked: list[str] = []

    def keys(jku: str) -> dict[str, Any]:
        asked.append(jku)
        return JWKS

    lookalikes = [
        "https://webhooks.truelayer.com.attacker.example/.well-known/jwks",
        "https://attacker.example/.well-known/jwks",
        "http://webhooks.truelayer.com/.well-known/jwks",
        PRODUCTION + "/",
    ]
    for jku in lookalikes:
        headers = _signed_at(jku, body)
        # The signature itself is good: only its jku is not TrueLayer's.
        assert _jws_header(headers["Tl-Signature"])["jku"] == jku
        with pytest.raises(SignatureError) as raised:
            bankcodes.receive("truelayer", body, headers, keys, path=PATH)
        assert raised.value.reason == "unknown_key", jku
    assert asked == []
    # Each of TrueLayer's two addresses is asked for, and verifies.
    for jku in (PRODUCTION, SANDBOX):
        event = bankcodes.receive("truelayer", body, _signed_at(jku, body), keys, path=PATH)
        assert event.signed and event.type is truelayer.WebhookType.payment_executed
    assert asked == [PRODUCTION, SANDBOX]


def test_truelayers_own_webhook_vector_verifies() -> None:
    # truelayer-signing@95fdf17 test-resources/: webhook-signature.txt, signed by
    # ec512-private.pem with "jku: https://webhooks.truelayer.com/.well-known/jwks", method POST,
    # path /tl-webhook, headers X-Tl-webhook-Timestamp and Content-Type, and the body below;
    # jwks.json's EC key (kid 45fc75cf-5649-4134-84b3-192c2c78e990).
    signature = (
        "eyJhbGciOiJFUzUxMiIsImtpZCI6IjQ1ZmM3NWNmLTU2NDktNDEzNC04NGIzLTE5MmMyYzc4ZTk5MCIsInRsX3"
        "ZlcnNpb24iOiIyIiwidGxfaGVhZGVycyI6IlgtVGwtV2ViaG9vay1UaW1lc3RhbXAsQ29udGVudC1UeXBlIiwi"
        "amt1IjoiaHR0cHM6Ly93ZWJob29rcy50cnVlbGF5ZXIuY29tLy53ZWxsLWtub3duL2p3a3MifQ..AB9S1dzZTm"
        "w0tofUjJNGO7Kt_jZsahPyIrBTdhfxBWOI3KoLALkMy6ka1MjpZQx06_hQUJnanu9K_LS6V9lNaNGiAX5Cos5R"
        "WQfbeBCZWqAvIpXO3FvIzyJKRaTYK8FBG4lfJYPi76_pIkCLGKWeq8__7ElpMVRcLTM5IBKWL8isVZn_"
    )
    jwks = {
        "keys": [
            {
                "kty": "EC",
                "alg": "ES512",
                "kid": "45fc75cf-5649-4134-84b3-192c2c78e990",
                "crv": "P-521",
                "x": "oLuW4nFqoUuR8d7FVsUoI62libYdQlWGtLStnqdudLY92bQ0ra5eZAbkunrGTR9-w9mr4o2Etyb6"
                "pC7YB2-23WM",
                "y": "AX1cjkGMiltikPrkX49qwuJDdcETaTsj-kyFP8jsF9W5XAB3Z4tBiQtc72DQnJYeKyAV_T6qZTtF"
                "KFr-Tp4iu-j7",
            }
        ]
    }
    headers = {
        "X-Tl-webhook-Timestamp": "2021-11-29T11:42:55Z",
        "Content-Type": "application/json",
        "Tl-Signature": signature,
    }
    body = b'{"event_type":"example","event_id":"18b2842b-a57b-4887-a0a6-d3c7c36f1020"}'
    assert _jws_header(signature)["jku"] == PRODUCTION
    assert signatures.verify("truelayer", body, headers, jwks, path="/tl-webhook") == "Tl-Signature"
    # "Modifying the X-Tl-Webhook-Timestamp header, the body or the path will cause the above
    # signature to be invalid." (python/examples/webhook-server/README.md).
    changed = [
        (body.replace(b"example", b"examples"), headers, "/tl-webhook"),
        (body, {**headers, "X-Tl-webhook-Timestamp": "2021-11-29T11:42:56Z"}, "/tl-webhook"),
        (body, headers, "/tl-webhook-2"),
    ]
    for each, request_headers, path in changed:
        with pytest.raises(SignatureError) as raised:
            signatures.verify("truelayer", each, request_headers, jwks, path=path)
        assert raised.value.reason == "mismatch"


def test_bankcodes_signs_as_truelayer_does() -> None:
    body = _body("payment_authorized")
    headers = bankcodes.sign("truelayer", body, PRIVATE, path=PATH, now=NOW)
    # webhook-notifications-for-payments-v3: "in the following format: 2020-05-18T10:17:47Z".
    assert headers["X-Tl-Webhook-Timestamp"] == "2025-01-01T00:00:00Z"
    # request-signing-v2.md: alg ES512, kid, tl_version "2", tl_headers; test-resources: jku.
    head = _jws_header(headers["Tl-Signature"])
    assert (head["alg"], head["tl_version"], head["jku"]) == ("ES512", "2", PRODUCTION)
    assert head["kid"] == PRIVATE["kid"]
    signed_headers = [name.lower() for name in head["tl_headers"].split(",")]
    assert "x-tl-webhook-timestamp" in signed_headers
    # "<Base64URLSafeEncoding(JOSEHeader)>..<Base64URLSafeEncoding(signature)>".
    assert headers["Tl-Signature"].count("..") == 1
    event = bankcodes.receive("truelayer", body, headers, JWKS, path=PATH)
    assert (event.signed, event.header, event.algorithm) == (True, "Tl-Signature", "ES512")
    assert event.type is truelayer.WebhookType.payment_authorized
    assert type(event.payload).__name__ == "PaymentAuthorizedWebhook"
    # The docs' casing of the headers (TL-Signature, X-TL-Webhook-Timestamp) verifies too.
    docs_casing = {
        "TL-Signature": headers["Tl-Signature"],
        "X-TL-Webhook-Timestamp": headers["X-Tl-Webhook-Timestamp"],
    }
    assert bankcodes.receive("truelayer", body, docs_casing, JWKS, path=PATH).signed


def test_a_forged_delivery_is_refused() -> None:
    body = _body("payment_failed")
    headers = bankcodes.sign("truelayer", body, PRIVATE, path=PATH, now=NOW)
    # verify-webhook-signatures: "you must not change the content of the body in any way".
    forged_body = body.replace(b"provider_rejected", b"user_canceled_at_provider")
    # Another P-521 key that claims the test key's kid.
    from cryptography.hazmat.primitives.asymmetric import ec

    other = ec.generate_private_key(ec.SECP521R1()).private_numbers().private_value
    impostor = {**PRIVATE, "d": base64.urlsafe_b64encode(other.to_bytes(66, "big")).decode()}
    forgeries: list[tuple[bytes, dict[str, str], str]] = [
        (forged_body, headers, PATH),
        (body, bankcodes.sign("truelayer", body, impostor, path=PATH, now=NOW), PATH),
        (body, headers, "/webhooks/another"),
        (body, {**headers, "X-Tl-Webhook-Timestamp": "2025-01-01T00:00:01Z"}, PATH),
    ]
    for each, request_headers, path in forgeries:
        with pytest.raises(SignatureError) as raised:
            bankcodes.receive("truelayer", each, request_headers, JWKS, path=path)
        assert raised.value.reason == "mismatch"
    # The path is signed, so it must be given.
    with pytest.raises(ConfigurationError) as missing:
        bankcodes.receive("truelayer", body, headers, JWKS)
    assert missing.value.reason == "missing_path"


def test_a_replay_and_a_retry_give_one_dedup_key() -> None:
    # webhook-notifications-for-payments-v3: "event_id | string | A UUID for the event".
    body = _body("refund_failed")
    first = bankcodes.sign("truelayer", body, PRIVATE, path=PATH, now=NOW)
    again = bankcodes.sign("truelayer", body, PRIVATE, path=PATH, now=NOW + 3600)
    keys = {
        bankcodes.receive("truelayer", body, headers, JWKS, path=PATH).dedup_key
        for headers in (first, first, again)
    }
    assert keys == {"truelayer:id:f6321c84-1797-4e66-acd4-d768c09f9edf"}
    # The published mandate_authorized has no event_id: its raw body is the key.
    mandate = _body("mandate_authorized")
    signed = bankcodes.sign("truelayer", mandate, PRIVATE, path=PATH, now=NOW)
    event = bankcodes.receive("truelayer", mandate, signed, JWKS, path=PATH)
    assert event.dedup_key.startswith("truelayer:body-sha256:")
    assert (
        event.dedup_key
        == bankcodes.receive("truelayer", mandate, signed, JWKS, path=PATH).dedup_key
    )


def test_no_age_is_checked_unless_asked() -> None:
    # TrueLayer publishes no tolerance for X-TL-Webhook-Timestamp, a signed header: a delivery
    # signed an hour ago verifies by default, and is stale under a tolerance asked for.
    body = _body("payout_executed")
    headers = bankcodes.sign("truelayer", body, PRIVATE, path=PATH, now=NOW)
    later = datetime.datetime.fromtimestamp(NOW + 3600, datetime.UTC)
    assert bankcodes.receive("truelayer", body, headers, JWKS, path=PATH, now=later).signed
    with pytest.raises(SignatureError) as raised:
        bankcodes.receive("truelayer", body, headers, JWKS, path=PATH, now=later, tolerance=300)
    assert raised.value.reason == "stale_timestamp"
    contract = bankcodes.delivery.DELIVERY["truelayer"]
    assert contract.default_tolerance_seconds is None and contract.signed_timestamp
    assert contract.dedup == ((("event_id",),),)


def test_the_delivery_retry_facts_truelayer_publishes() -> None:
    # set-up-webhook-notifications-payments-v2: "successfully delivered when we receive a
    # success status code (2xx)"; "Our retry policy is jittered exponential backoff. ... We
    # will keep retrying for up to 72 hours." No single status, schedule, interval or count:
    # the contract records none, and its notes say what is published.
    contract = bankcodes.delivery.DELIVERY["truelayer"]
    assert contract.success_status is None
    assert (contract.retry_schedule_minutes, contract.retry_interval_minutes) == (None, None)
    assert contract.max_attempts is None
    notes = spec_data()["providers"]["truelayer"]["delivery"]["notes"]
    assert "2xx" in notes and "72 hours" in notes and "jittered exponential backoff" in notes


def test_an_event_type_truelayer_adds_later_is_received_as_unknown() -> None:
    # WebhookPayload.php, unknownType().
    later = {"type": "foo", "event_version": 1, "event_id": "b8d4dda0-ff2c-4d77-a6da-4615e4bad941"}
    body = json.dumps(later).encode()
    assert payloads.recognise(later)[0] == "truelayer/webhook"
    headers = bankcodes.sign("truelayer", body, PRIVATE, path=PATH, now=NOW)
    event = bankcodes.receive("truelayer", body, headers, JWKS, path=PATH)
    assert isinstance(event.type, UnknownCode) and event.type.value == "foo"
    assert type(event.payload).__name__ == "OtherWebhook"
    assert event.dedup_key == "truelayer:id:b8d4dda0-ff2c-4d77-a6da-4615e4bad941"


FIXTURE_FILES = sorted((FIXTURES / "truelayer").glob("*.json"))


@pytest.mark.parametrize("fixture", FIXTURE_FILES, ids=[path.stem for path in FIXTURE_FILES])
def test_each_signed_fixture_is_a_published_body_and_verifies(fixture: Path) -> None:
    data = json.loads(fixture.read_text(encoding="utf-8"))
    event = data["event"]
    body, (path, code) = WEBHOOKS[event]
    assert json.loads(data["body"]) == body
    verify_with = data["verify_with"]
    received = bankcodes.receive(
        "truelayer",
        data["body"].encode(),
        data["headers"],
        verify_with["jwks"],
        path=verify_with["path"],
    )
    assert received.signed and received.type is truelayer.WebhookType(event)
    decisive = received.decisive_code()
    assert decisive is not None and (decisive.path, decisive.code) == (path, code)
    if "event_id" in body:
        assert received.dedup_key == f"truelayer:id:{body['event_id']}"
    stamp = data["headers"]["X-Tl-Webhook-Timestamp"]
    assert datetime.datetime.fromisoformat(stamp.replace("Z", "+00:00")).tzinfo is not None
    with pytest.raises(SignatureError):
        bankcodes.receive(
            "truelayer",
            data["body"].encode() + b" ",
            data["headers"],
            verify_with["jwks"],
            path=verify_with["path"],
        )


def test_every_published_example_has_its_fixture() -> None:
    assert {path.stem for path in FIXTURE_FILES} == set(WEBHOOKS)
