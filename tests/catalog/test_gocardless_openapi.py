"""GoCardless Bank Account Data's errors as its OpenAPI document publishes them (swagger.json,
read whole in the copy andrejvysny/spendly keeps; the lists are typed in
tests/support/gocardless_openapi.py): every fixed summary of its example error bodies, every
fixed summary of its field-level error bodies and every type of its account endpoint errors is a
code of the catalog, with the statuses it answers and, where the code's message is the
document's, its detail in GoCardless's words; the summaries that name an object are no codes."""

from __future__ import annotations

from bankcodes import UnknownCode, gocardless, payloads
from tests.support.gocardless_openapi import (
    COPY,
    ERROR_TYPES,
    FIELD_SUMMARIES,
    NAMING_FIELD_SUMMARIES,
    NAMING_SUMMARIES,
    SUMMARIES,
)
from tests.support.gocardless_sources import SUSPENSION_PAGE

#: The help centre's two summaries (Bank Account Data API Rate Limits, Account suspension).
HELP_CENTRE_SUMMARIES = {"Rate limit exceeded", "Account suspended"}


def _provider_words(member: object, field: str) -> list[str]:
    wording = member.info.whose(field)  # type: ignore[attr-defined]
    assert wording is not None and wording.by == "provider", (member, field)
    return [s.url for s in wording.sources]


def test_the_error_summaries_are_the_documents_fixed_summaries() -> None:
    assert sorted(m.value for m in gocardless.ErrorSummary) == sorted(SUMMARIES)
    assert set(SUMMARIES) >= HELP_CENTRE_SUMMARIES
    for summary, (statuses, detail) in SUMMARIES.items():
        member = gocardless.ErrorSummary(summary)
        assert member.http_statuses == statuses, summary
        if summary in HELP_CENTRE_SUMMARIES or detail is None:
            continue
        assert member.message == detail, summary
        assert _provider_words(member, "message") == [COPY], summary
    # The help centre's body of a suspended account has the same detail as the document's.
    suspended = gocardless.ErrorSummary.ACCOUNT_SUSPENDED
    assert suspended.message == SUMMARIES["Account suspended"][1]
    assert _provider_words(suspended, "message") == [SUSPENSION_PAGE]


def test_the_account_endpoint_summaries_leave_the_cause_to_the_type() -> None:
    for data in ("balances", "details", "transactions"):
        member = gocardless.ErrorSummary(f"Couldn't update account {data}")
        assert member.message is None and member.info.editorial, data
        assert member.category.value == "generic_failure", data
    body = {
        "summary": "Couldn't update account details",
        "detail": ERROR_TYPES["AccountResourceUnavailable"][1],
        "type": "AccountResourceUnavailable",
        "status_code": 403,
    }
    found = payloads.codes("gocardless/error", body)
    assert [(f.path, f.code) for f in found] == [
        ("$.type", gocardless.AccountErrorType.AccountResourceUnavailable),
        ("$.summary", gocardless.ErrorSummary.COULDNT_UPDATE_ACCOUNT_DETAILS),
    ]


def test_the_field_error_summaries_are_the_documents_fixed_field_summaries() -> None:
    assert sorted(m.value for m in gocardless.FieldErrorSummary) == sorted(FIELD_SUMMARIES)
    for summary, (field, detail) in FIELD_SUMMARIES.items():
        member = gocardless.FieldErrorSummary(summary)
        assert member.http_statuses == (400,), summary
        assert member.message == detail, summary
        assert _provider_words(member, "message") == [COPY], summary
        assert f"under the field {field}," in (member.info.notes or ""), summary
        assert member.category.value == "integration_error", summary


def test_summaries_that_name_an_object_are_no_codes() -> None:
    for summary in NAMING_SUMMARIES:
        assert isinstance(gocardless.ErrorSummary.parse(summary), UnknownCode), summary
    for summary in NAMING_FIELD_SUMMARIES:
        assert isinstance(gocardless.FieldErrorSummary.parse(summary), UnknownCode), summary
    said = gocardless.ErrorSummary.code_set().description or ""
    assert all(summary in said for summary in NAMING_SUMMARIES)
    said = gocardless.FieldErrorSummary.code_set().description or ""
    assert all(summary in said for summary in NAMING_FIELD_SUMMARIES[:3])


def test_the_account_error_types_are_the_documents_types() -> None:
    assert sorted(m.value for m in gocardless.AccountErrorType) == sorted(ERROR_TYPES)
    for value, (status, detail) in ERROR_TYPES.items():
        member = gocardless.AccountErrorType(value)
        assert status in member.http_statuses, value
        # The help centre's or the PHP client's words come first where they have some: a type
        # the document alone shows has its detail as its message.
        if value in ("AccountAccessForbidden", "AccountResourceUnavailable"):
            assert member.message == detail, value
            assert _provider_words(member, "message") == [COPY], value
    assert gocardless.AccountErrorType.AccountAccessForbidden.category.value == "rejected"
    unavailable = gocardless.AccountErrorType.AccountResourceUnavailable
    assert unavailable.category.value == "institution_not_supported"
