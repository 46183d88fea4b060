"""Pluggy's facts, typed from its sources: its Node SDK (pluggyai/pluggy-node, pluggy-sdk 0.89.0 at
236495c731168306c6f8071f881b227aae4a6d4b, and the older commits 174255f, d86a8c4, f5f29a1,
f136147 and 8347744 where a code set was otherwise), its Java SDK (pluggyai/pluggy-java at
32f8c23a528bca07a39f9190022d44e3e111bf15: ExecutionErrorCode.java), the types of its Connect
widget (npm pluggy-connect-sdk 2.14.2, dist/module/pluggy-connect.d.ts), its documentation (Item
lifecycle, Errors & Validations, Detecting authentication failures in English and Portuguese,
Errors Codes; its webhooks' are test_pluggy_webhooks.py's). The SDK rejects a failed
request with the response's parsed body alone, so the app's exception is the body: from_exception
reads it where it is told the provider."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import bankcodes
from bankcodes import Category, payloads
from tests.support.drift_case import saved_copy_drift
from tests.support.helpers import counts, provider_module, spec_data

pluggy = provider_module("pluggy")

#: src/types/execution.ts at 236495c, lines 21-35 (EXECUTION_ERROR_CODES), in its order.
ERROR_CODES = [
    "INVALID_CREDENTIALS", "ALREADY_LOGGED_IN", "UNEXPECTED_ERROR", "INVALID_CREDENTIALS_MFA",
    "SITE_NOT_AVAILABLE", "ACCOUNT_LOCKED", "ACCOUNT_CREDENTIALS_RESET", "CONNECTION_ERROR",
    "ACCOUNT_NEEDS_ACTION", "USER_AUTHORIZATION_PENDING", "USER_AUTHORIZATION_NOT_GRANTED",
    "USER_NOT_SUPPORTED", "USER_INPUT_TIMEOUT",
]  # fmt: skip
#: The same list at 174255f (February 2023), lines 20-33: twelve codes.
ERROR_CODES_2023_02 = [
    "INVALID_CREDENTIALS", "ALREADY_LOGGED_IN", "UNEXPECTED_ERROR", "INVALID_CREDENTIALS_MFA",
    "SITE_NOT_AVAILABLE", "ACCOUNT_LOCKED", "ACCOUNT_CREDENTIALS_RESET", "CONNECTION_ERROR",
    "ACCOUNT_NEEDS_ACTION", "USER_AUTHORIZATION_PENDING", "USER_AUTHORIZATION_NOT_GRANTED",
    "USER_INPUT_TIMEOUT",
]  # fmt: skip
#: execution.ts at 236495c: EXECUTION_STATUSES = CREATING, CREATE_ERROR, CREATED, the
#: CONNECTOR_EXECUTION_STATUSES (lines 3-17), EXECUTION_FINISHED_STATUSES (lines 39-45).
CONNECTOR_STEPS = [
    "LOGIN_IN_PROGRESS", "WAITING_USER_INPUT", "WAITING_USER_ACTION", "LOGIN_MFA_IN_PROGRESS",
    "ACCOUNTS_IN_PROGRESS", "TRANSACTIONS_IN_PROGRESS", "PAYMENT_DATA_IN_PROGRESS",
    "CREDITCARDS_IN_PROGRESS", "INVESTMENTS_IN_PROGRESS", "INVESTMENTS_TRANSACTIONS_IN_PROGRESS",
    "IDENTITY_IN_PROGRESS", "LOANS_IN_PROGRESS", "ACCOUNT_STATEMENTS_IN_PROGRESS",
]  # fmt: skip
EXECUTION_STATUSES = [
    "CREATING", "CREATE_ERROR", "CREATED", *CONNECTOR_STEPS, *ERROR_CODES,
    "MERGE_ERROR", "ERROR", "SUCCESS", "PARTIAL_SUCCESS",
]  # fmt: skip
#: execution.ts at d86a8c4 lists these steps; 0cf329c ("remove deprecated features") drops them.
REMOVED_STEPS = [
    "OPPORTUNITIES_IN_PROGRESS", "PORTFOLIO_IN_PROGRESS", "INCOME_REPORTS_IN_PROGRESS",
    "BENEFITS_IN_PROGRESS",
]  # fmt: skip
#: src/types/item.ts at 236495c, lines 4-12 (ITEM_STATUSES).
ITEM_STATUSES = [
    "UPDATED", "UPDATING", "WAITING_USER_INPUT", "WAITING_USER_ACTION", "MERGING", "LOGIN_ERROR",
    "OUTDATED",
]  # fmt: skip
#: src/types/webhook.ts at 236495c, lines 3-36 (WEBHOOK_EVENTS).
WEBHOOK_EVENTS = [
    "item/created", "item/updated", "item/error", "item/deleted", "item/waiting_user_input",
    "item/waiting_user_action", "item/login_succeeded", "connector/status_updated",
    "transactions/created", "transactions/updated", "transactions/deleted",
    "payment_intent/created", "payment_intent/completed",
    "payment_intent/waiting_payer_authorization", "payment_intent/error",
    "scheduled_payment/created", "scheduled_payment/completed", "scheduled_payment/error",
    "scheduled_payment/canceled", "scheduled_payment/all_completed",
    "scheduled_payment/all_created", "boleto/updated", "all", "automatic_pix_payment/created",
    "automatic_pix_payment/completed", "automatic_pix_payment/error",
    "automatic_pix_payment/canceled", "payment_request/updated",
    "smart_transfer_preauthorization/completed", "smart_transfer_preauthorization/error",
    "smart_transfer_payment/completed", "smart_transfer_payment/error",
]  # fmt: skip
#: src/types/payments/paymentRequest.ts at 236495c, lines 15-28 (PAYMENT_REQUEST_STATUS).
PAYMENT_REQUEST_STATUSES = [
    "CREATED", "IN_PROGRESS", "COMPLETED", "SCHEDULED", "WAITING_PAYER_AUTHORIZATION", "ERROR",
    "REFUND_IN_PROGRESS", "REFUNDED", "REFUND_ERROR", "EXPIRED", "AUTHORIZED", "CANCELED",
]  # fmt: skip
#: pluggy-connect.d.ts (pluggy-connect-sdk 2.14.2): the events of ConnectEventPayload.
CONNECT_EVENTS = {
    "SUBMITTED_CONSENT", "SUBMITTED_LOGIN", "SUBMITTED_MFA", "SELECTED_INSTITUTION",
    "LOGIN_SUCCESS", "LOGIN_MFA_SUCCESS", "LOGIN_STEP_COMPLETED", "ITEM_RESPONSE",
}  # fmt: skip

#: Errors & Validations (docs.pluggy.ai), "Item failed to log in", its JSON as the Markdown copy
#: shows it.
LOGIN_ERROR_ITEM: dict[str, Any] = {
    "id": "1b0f3cd5-c902-4836-b68b-04cbd847f99a",
    "status": "LOGIN_ERROR",
    "executionStatus": "INVALID_CREDENTIALS",
    "error": {"code": "INVALID_CREDENTIALS", "message": "Invalid credentials."},
    "statusDetail": None,
}
#: Detecting authentication failures, "Telling the failures apart": the item/error notification.
ITEM_ERROR_WEBHOOK: dict[str, Any] = {
    "event": "item/error",
    "eventId": "d876fd7c-e9bd-4c4c-bd46-cc96c62aac29",
    "itemId": "d161a74a-8bc8-4093-88de-724312969b0d",
    "error": {"code": "INVALID_CREDENTIALS", "message": "Invalid credentials"},
    "triggeredBy": "SYNC",
    "clientUserId": "your-user-id",
}


def _values(enum: Any) -> list[str]:
    return [member.value for member in enum]


def _current(enum: Any) -> list[str]:
    return [member.value for member in enum if member.info.lifecycle is None]


#: pluggy-java src/main/java/ai/pluggy/client/response/ExecutionErrorCode.java at 32f8c23: the
#: enum's values, in its order.
JAVA_ERROR_CODES = [
    "ALREADY_LOGGED_IN", "INVALID_CREDENTIALS", "INVALID_CREDENTIALS_MFA", "USER_INPUT_TIMEOUT",
    "ACCOUNT_LOCKED", "ACCOUNT_NEEDS_ACTION", "ACCOUNT_CREDENTIALS_RESET", "USER_NOT_SUPPORTED",
    "USER_AUTHORIZATION_PENDING", "USER_AUTHORIZATION_NOT_GRANTED", "USER_AUTHORIZATION_REVOKED",
    "SITE_NOT_AVAILABLE", "CONNECTION_ERROR", "UNEXPECTED_ERROR",
]  # fmt: skip


def test_the_execution_error_codes_are_the_sdk_s_thirteen_and_java_s_fourteenth() -> None:
    assert len(ERROR_CODES) == 13
    assert set(JAVA_ERROR_CODES) - set(ERROR_CODES) == {"USER_AUTHORIZATION_REVOKED"}
    assert set(ERROR_CODES) <= set(JAVA_ERROR_CODES)
    assert _values(pluggy.ExecutionErrorCode) == [*ERROR_CODES, "USER_AUTHORIZATION_REVOKED"]
    revoked = pluggy.ExecutionErrorCode("USER_AUTHORIZATION_REVOKED")
    assert {source.id for source in revoked.sources} == {"pluggy-java-execution-error-code"}
    assert revoked.info.scope is not None and revoked.info.scope.sdks == ("java",)
    assert revoked.info.editorial  # no page read gives it a text
    java = spec_data()["sources"]["pluggy-java-execution-error-code"]
    assert java["commit"] == "32f8c23a528bca07a39f9190022d44e3e111bf15"


def test_the_twelve_codes_of_2023_and_the_one_added_since() -> None:
    """USER_NOT_SUPPORTED came with ea3336e (September 2023): it cites the current file alone,
    and every other code the February 2023 file too."""
    assert set(ERROR_CODES) - set(ERROR_CODES_2023_02) == {"USER_NOT_SUPPORTED"}
    for value in ERROR_CODES:
        cited = {source.id for source in pluggy.ExecutionErrorCode(value).sources}
        assert ("pluggy-node-execution-2023-02" in cited) is (value in ERROR_CODES_2023_02), value
        assert "pluggy-node-execution" in cited
    old = spec_data()["sources"]["pluggy-node-execution-2023-02"]
    assert old["commit"] == "174255f56cdd778789ffa312f7540b9ec48a5905"


def test_the_execution_statuses_are_the_sdk_s_and_the_removed_steps_are_kept() -> None:
    assert _current(pluggy.ExecutionStatus) == EXECUTION_STATUSES
    for value in REMOVED_STEPS:
        lifecycle = pluggy.ExecutionStatus(value).info.lifecycle
        assert lifecycle is not None and lifecycle.state == "removed", value


def test_an_error_code_means_the_same_as_the_execution_status_of_the_same_name() -> None:
    """Detecting authentication failures: the error's code "is the same value the Item exposes
    as executionStatus"."""
    for value in ERROR_CODES:
        error, status = pluggy.ExecutionErrorCode(value), pluggy.ExecutionStatus(value)
        assert error.category is status.category, value


def test_the_item_statuses_and_the_lifecycle_page_s_meanings() -> None:
    assert _values(pluggy.ItemStatus) == ITEM_STATUSES
    # Item lifecycle, the Item Status table's Meaning column.
    meaning = {
        "UPDATING": "An update process is in progress and will be updated soon.",
        "LOGIN_ERROR": "The connection must be updated to execute again. We won't trigger "
        "auto-sync updates until new credentials parameters are provided.",
        "OUTDATED": "The parameters were correctly validated, but there was an error in the last "
        "execution. It can be retried.",
        "UPDATED": "The last sync process has completed successfully and all new data is "
        "available to collect.",
    }
    for value, text in meaning.items():
        assert pluggy.ItemStatus(value).description == text
    assert pluggy.ItemStatus.UPDATED.category is Category.SUCCESS
    assert pluggy.ItemStatus.UPDATING.category is Category.PENDING
    # "We won't trigger auto-sync updates until new credentials parameters are provided."
    assert pluggy.ItemStatus.LOGIN_ERROR.category is Category.RECONNECT_REQUIRED
    # "It can be retried."
    assert pluggy.ItemStatus.OUTDATED.category.retryable is True


def test_invalid_credentials_in_pluggy_s_english_and_portuguese() -> None:
    member = pluggy.ExecutionErrorCode.INVALID_CREDENTIALS
    # Errors & Validations: "message": "Invalid credentials."
    assert member.message == "Invalid credentials."
    # Detectando falhas de autenticação: "message": "Credenciais inválidas"; "Reinsira as
    # credenciais."
    assert member.info.message_translations["pt"] == "Credenciais inválidas"
    assert member.advice == "Re-enter credentials."
    assert member.info.advice_translations["pt"] == "Reinsira as credenciais."
    assert member.description == "The credentials were rejected by the institution."
    assert member.category is Category.CREDENTIALS_INVALID
    # Errors & Validations: "Connectivity error, please try again."
    assert pluggy.ExecutionErrorCode.CONNECTION_ERROR.message == (
        "Connectivity error, please try again."
    )


def test_every_code_an_end_user_meets_has_words_in_every_language() -> None:
    for code_set in pluggy.CODE_SETS:
        for member in code_set:
            if member.category in {Category.SUCCESS, Category.PENDING, Category.INFORMATIONAL}:
                continue
            for language in ("en", "fr", "ar", "es", "pt"):
                text = member.end_user_text(language)
                assert text is not None and text.message and text.action, (member, language)


def test_the_webhook_events_and_the_refund_events_removed_in_2025() -> None:
    assert _current(pluggy.WebhookEvent) == WEBHOOK_EVENTS
    # webhook.ts at f5f29a1 lists payment_refund/completed and payment_refund/error; f136147
    # (December 2025) drops them.
    for value in ("payment_refund/completed", "payment_refund/error"):
        member = pluggy.WebhookEvent(value)
        lifecycle = member.info.lifecycle
        assert lifecycle is not None and lifecycle.state == "removed"
        assert "f136147" in lifecycle.note and "2025-12-09" in lifecycle.note
        assert {source.id for source in member.sources} == {
            "pluggy-node-webhook-2025-01",
            "pluggy-node-commit-f136147",
        }
    # git show f1361471d21435fab8802665ebb71f5284a90908 -- src/types/webhook.ts: "-
    # 'payment_refund/completed'," and "-  'payment_refund/error',".
    commit = spec_data()["sources"]["pluggy-node-commit-f136147"]
    assert commit["commit"] == "f1361471d21435fab8802665ebb71f5284a90908"
    assert commit["url"].endswith("/pluggy-node/commit/f1361471d21435fab8802665ebb71f5284a90908")
    # The Webhook page: "An item was created and finished connecting succesfully."
    assert pluggy.WebhookEvent("item/created").description == (
        "An item was created and finished connecting succesfully."
    )


def test_the_payment_request_statuses_and_the_sdk_s_comments() -> None:
    assert _values(pluggy.PaymentRequestStatus) == PAYMENT_REQUEST_STATUSES
    # paymentRequest.ts, the comment of PaymentRequestStatus (lines 29-39).
    said = {
        "CREATED": "Payment request was created",
        "IN_PROGRESS": "User started the payment process",
        "WAITING_PAYER_AUTHORIZATION": "User needs to authorize the payment in the payment "
        "institution",
        "COMPLETED": "Payment request was completed",
        "ERROR": "Payment request has an error",
        "AUTHORIZED": "Payment request authorized and active (for automatic PIX)",
        "CANCELED": "Payment request canceled or authorization revoked",
    }
    for value, text in said.items():
        assert pluggy.PaymentRequestStatus(value).description == text


def test_the_connect_widget_s_events_and_connector_health() -> None:
    assert set(_values(pluggy.ConnectEvent)) == CONNECT_EVENTS
    # connector.ts: health.status is 'ONLINE' | 'OFFLINE' | 'UNSTABLE'.
    assert set(_values(pluggy.ConnectorStatus)) == {"ONLINE", "OFFLINE", "UNSTABLE"}
    assert pluggy.ConnectorStatus.OFFLINE.category is Category.INSTITUTION_UNAVAILABLE


def test_the_item_error_webhook_is_decided_by_its_error_code() -> None:
    assert payloads.identify(ITEM_ERROR_WEBHOOK).kind == "pluggy/webhook"
    found = payloads.decisive_code("pluggy/webhook", ITEM_ERROR_WEBHOOK)
    assert found is not None
    assert (found.path, found.code) == (
        "$.error.code",
        pluggy.ExecutionErrorCode.INVALID_CREDENTIALS,
    )
    # connector/status_updated carries data.status (webhook.ts, lines 106-113).
    status = {
        "event": "connector/status_updated",
        "eventId": "e1",
        "id": "1",
        "data": {"status": "UNSTABLE"},
    }
    found = payloads.decisive_code("pluggy/webhook", status)
    assert found is not None and found.code == pluggy.ConnectorStatus.UNSTABLE


def test_the_sdk_s_rejection_is_the_item_body_read_with_its_provider() -> None:
    """baseApi.ts rejects with error.response.body; an Item that failed to log in is read as
    Pluggy's, with the provider given or alone (Stripe's API error kind claims an error object's
    code only where it is one of Stripe's)."""
    found = bankcodes.from_exception(LOGIN_ERROR_ITEM, "pluggy")
    assert found is not None
    assert (found.kind, found.path, found.code) == (
        "pluggy/item",
        "$.error.code",
        pluggy.ExecutionErrorCode.INVALID_CREDENTIALS,
    )
    assert payloads.identify(LOGIN_ERROR_ITEM, "pluggy").kind == "pluggy/item"
    assert payloads.identify(LOGIN_ERROR_ITEM).kinds == ("pluggy/item",)


def test_the_connect_callbacks_are_read_in_their_place() -> None:
    event = {"event": "LOGIN_SUCCESS", "timestamp": 1, "item": LOGIN_ERROR_ITEM}
    assert payloads.identify(event).kind == "pluggy/connect"
    found = payloads.decisive_code("pluggy/connect", event)
    assert found is not None and found.code == pluggy.ExecutionErrorCode.INVALID_CREDENTIALS
    error = {"message": "x", "data": {"item": LOGIN_ERROR_ITEM}}
    found = payloads.decisive_code("pluggy/connect", error)
    assert found is not None and found.path == "$.data.item.error.code"


#: Errors Codes (docs.pluggy.ai/en/docs/developer-tools/error-codes.md), the table as published.
ERROR_CODES_PAGE = """# Errors Codes

| Error Code | Meaning |
|------------|---------|
| 400 | Bad Request -- Your request is invalid. |
| 401 | Unauthorized -- Your API key is wrong. |
| 403 | Forbidden -- The resource you are trying to access, you don't have permissions. |
| 404 | Not Found -- The specified resource could not be found. |
| 405 | Method Not Allowed -- The specific endpoint doesn't support that method. |
| 406 | Not Acceptable -- You requested a format that isn't JSON. |
| 409 | Conflict -- The request could not be completed due to a conflict with the current state of the target resource. |
| 429 | Too Many Requests -- You've exceeded your quota limit. |
| 500 | Internal Server Error -- We had a problem with our server. Try again later. |
| 503 | Service Unavailable -- We're temporarily offline for maintenance. Please try again later. |
"""  # noqa: E501


def test_drift_reads_the_error_codes_page(tmp_path: Path) -> None:
    out = saved_copy_drift(
        tmp_path / "pluggy-docs-error-codes.md",
        "pluggy-docs-error-codes",
        ERROR_CODES_PAGE,
        ERROR_CODES_PAGE + "| 502 | Bad Gateway -- Upstream. |\n",
    )
    assert "502" in out


def _array(name: str, values: list[str]) -> str:
    """A list of the SDK's as its files write it: `const NAME = ['A', ...] as const`."""
    return f"const {name} = [\n" + "".join(f"  '{value}',\n" for value in values) + "] as const\n"


def test_drift_reads_the_sdk_s_arrays_and_the_spec_records_them_whole(tmp_path: Path) -> None:
    """execution.ts's arrays, read by drift: a status added to the file is a difference; the
    spec records that the catalog holds every value each SDK file lists."""
    text = _array("EXECUTION_ERROR_CODES", ERROR_CODES) + _array(
        "EXECUTION_STATUSES", EXECUTION_STATUSES
    )
    edited = text.replace("  'PARTIAL_SUCCESS',\n", "  'PARTIAL_SUCCESS',\n  'RETRYING',\n")
    out = saved_copy_drift(
        tmp_path / "pluggy-node-execution.ts", "pluggy-node-execution", text, edited
    )
    assert "RETRYING" in out
    lists = {
        "pluggy-node-execution": {
            "pluggy.execution_error_code": ERROR_CODES,
            "pluggy.execution_status": EXECUTION_STATUSES,
        },
        "pluggy-node-item": {"pluggy.item_status": ITEM_STATUSES},
        "pluggy-node-webhook": {"pluggy.webhook_event": WEBHOOK_EVENTS},
        "pluggy-node-payment-request": {"pluggy.payment_request_status": PAYMENT_REQUEST_STATUSES},
    }
    for source, listed in lists.items():
        assert counts(source) == {ref: (len(values), len(values)) for ref, values in listed.items()}


def test_drift_counts_the_error_codes_page_whole() -> None:
    """The page's table, its ten statuses, held whole."""
    listed = ERROR_CODES_PAGE.count("\n| ") - 1  # each row, after the heading's
    assert listed == 10
    assert counts("pluggy-docs-error-codes") == {"pluggy.response_status": (listed, listed)}
