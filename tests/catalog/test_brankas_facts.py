"""Brankas' facts, typed from its sources: the Status enum of its Direct Tap Android SDK
(brankas/core-sdk-android at a28a1e323d51c4c3b173e2cfe24daec9fc76e13d, kdoc of
tap.model.direct.Status), the Dashboard's Direct transaction statuses page, the Direct error
codes page (read to DIRDXXX4070), the Statement status events page (docs.brank.as) and the
Statement error codes page (read to PERMISSION_DENIED). A Statement error body is read by
from_exception over httpx from a server on loopback (Brankas publishes no Python client)."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest
from pytest_httpserver import HTTPServer

import bankcodes
from bankcodes import Category
from tests.support.helpers import provider_module, spec_data

brankas = provider_module("brankas")

#: The SDK's Status entries in its order, without its catch-all UNRECOGNIZED.
TRANSACTION_STATUS = [
    "PENDING",
    "AWAITING_TFA",
    "SUCCESS",
    "ERROR",
    "LOGIN_ERROR",
    "INVOICE_CREATED",
    "AWAITING_LOGIN",
    "AWAITING_LOGIN_TFA",
    "AWAITING_ACCOUNT_SELECT",
    "AWAITING_TRANSFER_TFA",
    "IN_PROGRESS",
    "EXPIRED",
    "FLAGGED",
    "CANCELLED",
    "DENIED",
    "FAILED",
]
#: The Statement status page's event names, by their status code 0 to 9.
STATEMENT_STATUS = [
    "UNKNOWN",
    "PENDING",
    "FAILED",
    "COMPLETED",
    "NOTIFIED",
    "RECEIVED",
    "CANCELLED",
    "INACTIVATED",
    "PURGED",
    "RECORDS_AVAILABLE",
]


def test_the_sdks_status_enum_in_its_order() -> None:
    assert [m.value for m in brankas.TransactionStatus] == TRANSACTION_STATUS
    assert isinstance(brankas.TransactionStatus.parse("UNRECOGNIZED"), bankcodes.UnknownCode)
    assert brankas.TransactionStatus("AWAITING_TFA").info.description == (
        "Awaiting TFA authentication."
    )


def test_the_dashboards_final_statuses_end_a_transaction_and_flagged_waits() -> None:
    """Final: Success, Error, Canceled, Denied, Failed; Flagged is "in between"."""
    final = ["SUCCESS", "ERROR", "CANCELLED", "DENIED", "FAILED"]
    categories = [brankas.TransactionStatus(value).category for value in final]
    assert categories == [
        Category.SUCCESS,
        Category.GENERIC_FAILURE,
        Category.CANCELLED,
        Category.CANCELLED,
        Category.GENERIC_FAILURE,
    ]
    flagged = brankas.TransactionStatus("FLAGGED")
    assert flagged.category is Category.PENDING
    assert bankcodes.decide(flagged).next_step == "wait_for_event"
    assert brankas.TransactionStatus("AWAITING_TRANSFER_TFA").category is Category.MFA_REQUIRED


def test_the_direct_error_tables_columns_read_swapped() -> None:
    """Its "Error" column says what happened, its "Description" the short error text."""
    codes = [m.value for m in brankas.DirectErrorCode]
    assert codes[:3] == ["DIRDXXX5000", "DIRDXXX5041", "DIRDXXX5045"]
    assert codes[-2:] == ["DIRDXXX4069", "DIRDXXX4070"]
    assert len(codes) == 16
    cancelled = brankas.DirectErrorCode("DIRDXXX4081")
    assert (cancelled.info.description, cancelled.info.message) == (
        "User cancelled the transaction",
        "Transaction cancelled",
    )
    assert cancelled.category is Category.CANCELLED
    start_date = brankas.DirectErrorCode("DIRDXXX4069")
    assert start_date.info.message == "Invalid value for start_date, should follow: YYYY-MM-DD"
    assert start_date.info.scope is not None
    assert start_date.info.scope.endpoints == ("RetrieveTransfers (GET /transfer)",)
    assert brankas.DirectErrorCode("DIRDXXX4070").info.message is None  # cut in the copy read
    assert bankcodes.classify("brankas", "DIRDXXX4087") is Category.CONCURRENT_OPERATION
    assert bankcodes.classify("brankas", "DIRDXXX2000") is Category.SUCCESS


def test_statement_statuses_by_their_numbers() -> None:
    assert [m.value for m in brankas.StatementStatus] == STATEMENT_STATUS
    assert brankas.StatementStatus("COMPLETED").category is Category.SUCCESS
    records = brankas.StatementStatus("RECORDS_AVAILABLE")
    assert records.category is Category.PENDING
    assert records.info.description is not None
    assert records.info.description.endswith(
        "Any additional statement information is still being processed"
    )
    lifecycle = brankas.StatementStatus("NOTIFIED").info.lifecycle
    assert lifecycle is not None and lifecycle.state == "deprecated"


def test_callbacks_are_sent_but_not_described() -> None:
    with pytest.raises(bankcodes.ConfigurationError, match="brankas sends webhooks, but"):
        bankcodes.receive("brankas", b"{}", {}, "a secret")
    # The Go Live Checklist's section 4, Update Callback URL, as far as the copy read goes.
    reason = spec_data()["providers"]["brankas"]["webhooks_undescribed"]["reason"]
    assert '"Brankas Direct returns callbacks to your pre-registered webhook URL"' in reason
    assert "were not read" in reason
    checklist = spec_data()["sources"]["brankas-docs-go-live-checklist"]
    assert checklist["url"] == "https://docs.brankas.com/docs/go-live-checklist"
    assert "not read" in checklist["read_in_part"]
    sample = spec_data()["sources"]["brankas-direct-apix-sample"]
    assert sample["url"].startswith("https://github.com/brankas/Direct_APIX/blob/a576535a")


@pytest.fixture
def server() -> Iterator[HTTPServer]:
    with HTTPServer() as running:
        running.expect_request("/v1/statements").respond_with_json(
            {"error": "DEADLINE_EXCEEDED"}, status=504
        )
        yield running


def test_a_statement_error_is_read_only_where_brankas_is_named(server: HTTPServer) -> None:
    response = httpx.get(server.url_for("/v1/statements"))
    with pytest.raises(httpx.HTTPStatusError) as raised:
        response.raise_for_status()
    found = bankcodes.from_exception(raised.value, "brankas")
    assert found is not None
    assert (found.kind, found.path) == ("brankas/statement-error", "$.error")
    assert found.code is brankas.StatementError("DEADLINE_EXCEEDED")
    # "you may encounter this error even if the retrieval has complete": its status decides.
    assert bankcodes.decide(found.code).next_step == "wait_for_event"
    # {"error": …} is as plain as OAuth's: without the provider it is nobody's.
    assert bankcodes.from_exception(raised.value) is None
    assert [m.value for m in brankas.StatementError] == [
        "OK",
        "CANCELED",
        "UNKNOWN",
        "INVALID_ARGUMENT",
        "DEADLINE_EXCEEDED",
        "NOT_FOUND",
        "ALREADY_EXISTS",
    ]


def test_the_sdks_core_error_codes_in_their_order() -> None:
    """CoreErrorCode's entries, named alone: their words are bankcodes' reading."""
    codes = list(brankas.SdkErrorCode)
    assert [m.value for m in codes] == [
        "GENERAL",
        "UNAUTHORIZED",
        "SYSTEM_UNAVAILABLE",
        "NEW_PASSWORD",
    ]
    assert [m.category for m in codes] == [
        Category.GENERIC_FAILURE,
        Category.INTEGRATION_ERROR,
        Category.INSTITUTION_UNAVAILABLE,
        Category.ACTION_REQUIRED_AT_INSTITUTION,
    ]
    for member in codes:
        wording = member.info.whose("description")
        assert wording is not None and wording.by == "bankcodes", member
