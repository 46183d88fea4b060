"""GoCardless Bank Account Data's (formerly Nordigen) errors, read from its own pages and its
official PHP client: the statuses page (developer.gocardless.com/bank-account-data/statuses: end
user authentication messages); the Bank Account Data help centre (bankaccountdata.zendesk.com/hc/
en-gb/articles/...): "How to recognise and handle end user authentication errors", "Account
Endpoint Errors and Suspended Accounts", "Account suspension", "Bank Account Data API Rate
Limits"; and nordigen/nordigen-php at acbf54570d29c0487ffbe709fb11d3821f9ae7b0
(src/Exceptions/ExceptionHandler.php and two exception docblocks): the codes and their texts, and
the published error bodies recognised and decided by their code. GoCardless's OpenAPI document
(in the copy andrejvysny/spendly keeps, docs/gocardless.swagger.json at 427f9dd) gives values the
catalog knew only in part until it was read whole (test_gocardless_openapi.py compares it with the
catalog; its bodies are read in test_gocardless_resources.py). GoCardless sends no
webhooks: none of these pages or files describes any. The sources' addresses are in
tests/support/gocardless_sources.py. Expected values are typed from those pages and files."""

from __future__ import annotations

import json
from typing import Any

import pytest

import bankcodes
from bankcodes import Category, UnknownCode, delivery, gocardless, payloads, signatures
from bankcodes.webhooks.gocardless.error_strict import FieldErrors
from tests.support.gocardless_sources import (
    ACCOUNT_ERRORS_PAGE,
    END_USER_ERRORS_PAGE,
    PHP,
    STATUSES_PAGE,
    SUSPENSION_PAGE,
)
from tests.support.helpers import spec_data

#: The help centre's end user authentication errors: Type | Detail | Explanation | User message
#: suggestion (quotes around the suggestion dropped). The copy is cut in the fourth row's Type
#: cell ("GoCardlessTec"): these three rows are all it shows whole.
END_USER_ERRORS = {
    "UnknownError": (
        "An unknown error occurred.",
        "Not yet defined authorisation errors from the bank.",
        "Something went wrong, please contact support",
    ),
    "SSNVerificationFailed": (
        "SSN Verification has failed",
        "The SSN you have provided does not match the SSN known to the bank.",
        "The SSN you provided is wrong, please enter the correct one and restart the process",
    ),
    "InstitutionTechnicalError": (
        "A technical error occurred while trying to connect to the institution, please try again.",
        "Errors that indicate temporary issues with ASPSP handling the request, such as downtime "
        "or random server errors.",
        "Something went wrong at the bank. Please try again and contact support if you get the "
        "same error",
    ),
}
#: The statuses page, "End user authentication messages": STATUS | DESCRIPTION | HTTP status.
#: The copy is cut in the third row, after RequisitionLinkReused's description (no HTTP status).
END_USER_MESSAGES = {
    "InstitutionTechnicalError": (
        "A technical error occurred while trying to connect to the institution, please try again.",
        500,
    ),
    "GoCardlessTechnicalError": (
        "An unexpected error occurred in the GoCardless system. If this error persists, please "
        "contact support.",
        500,
    ),
    "RequisitionLinkReused": (
        "This link has already been used for authorization and is no longer valid.",
        None,
    ),
}
#: The help centre's worked example: "...&error=UserCancelledSession&details=User+cancelled+the+
#: session." (named there, not in its table as the copy shows it).
EXAMPLE_ONLY_END_USER_ERROR = "UserCancelledSession"

#: nordigen-php src/Exceptions/ExceptionHandler.php, $institutionExceptionMap: the six types it
#: reads from the body's `type` (the whole map).
PHP_ERROR_TYPES = {
    "UnknownRequestError",
    "AccessExpiredError",
    "AccountInactiveError",
    "ConnectionError",
    "ServiceError",
    "RateLimitError",
}
#: The help centre's account endpoint errors: Type | Code | Detail | Explanation | Increases
#: error count? | Action to take. Cut in the fifth row (AccountInactiveError) after its Code.
ACCOUNT_ERRORS = {
    "UnknownRequestError": (
        500,
        "Request to Institution returned an error",
        "Unknown error while requesting data",
        "Yes",
        "Try reconnecting the account (once); if the error occurs more than once, report it to "
        "the GoCardless Bank Account Data support team. While these errors always get flagged to "
        "us automatically, your input will help resolve them faster",
    ),
    # Its explanation and its action each end in a link, "here" (the copy keeps no target).
    "RateLimitError": (
        429,
        "Daily request limit set by the Institution has been exceeded",
        "You have hit the rate limit for requests/day for the account. Not to be confused with "
        "the API-level limit as explained here",
        "No",
        "Wait, then try again when the limit resets. Information on scope and reset in headers "
        "can be found here. Handling these will depend on which limit you have hit - API-level, "
        "or Account-level",
    ),
    "ServiceError": (
        503,
        "Institution service unavailable",
        "Temporary issues with the bank handling the request, such as: downtime or random "
        "server errors",
        "No",
        "Wait, then try again. Check the bank's status page whether they are experiencing downtime",
    ),
    "AccessExpiredError": (
        401,
        "Access has expired or it has been revoked",
        "Cases where the bank's response indicates accounts need to be reconnected, e.g.: - "
        "revoked consent by the user; - expired consent",
        "Yes",
        "Reconnect the account",
    ),
}

#: Bank Account Data API Rate Limits: "Once the limit has been reached, the API will return the
#: following error:".
RATE_LIMIT_BODY: dict[str, Any] = {
    "summary": "Rate limit exceeded",
    "detail": "The rate limit for this resource is <times>/<time_period>. Please try again in "
    "<time_left> seconds",
    "status_code": 429,
}
#: The same page: "If it is the bank's limit, the error message will be as follows:".
BANK_LIMIT_BODY: dict[str, Any] = {
    "summary": "Couldn't update <transactions> / <account details> / <balances>",
    "detail": "Daily request limit set by the Institution has been exceeded.",
    "type": "RateLimitError",
}
#: Account suspension: "you will receive the following error message when trying to access it:".
SUSPENDED_BODY: dict[str, Any] = {
    "summary": "Account suspended",
    "detail": "This account or its requisition was suspended due to numerous errors that "
    "occurred while accessing it.",
}


def test_the_end_user_errors_are_those_of_both_cut_tables_and_the_example() -> None:
    # Neither table is whole in the copies read: the set is every error they show, with the
    # help centre example's UserCancelledSession, and may be incomplete.
    published = set(END_USER_ERRORS) | set(END_USER_MESSAGES) | {EXAMPLE_ONLY_END_USER_ERROR}
    assert {m.value for m in gocardless.EndUserError} == published
    for value, (detail, explanation, suggestion) in END_USER_ERRORS.items():
        member = gocardless.EndUserError(value)
        assert (member.message, member.description, member.user_message) == (
            detail,
            explanation,
            suggestion,
        ), value
        for field in ("message", "description", "user_message"):
            wording = member.info.whose(field)
            assert wording is not None and wording.by == "provider", (value, field)
            assert END_USER_ERRORS_PAGE in {s.url for s in wording.sources}, (value, field)
        # GoCardless's "User message suggestion" is what an app shows, in GoCardless's words.
        told = member.end_user_text("en")
        assert told is not None and (told.message, told.message_by) == (suggestion, "provider")
    for value, (description, status) in END_USER_MESSAGES.items():
        member = gocardless.EndUserError(value)
        assert member.message == description, value
        assert member.http_statuses == (() if status is None else (status,)), value
        wording = member.info.whose("message")
        assert wording is not None and wording.by == "provider", value
        assert STATUSES_PAGE in {s.url for s in wording.sources}, value


def test_a_cancelled_session_is_described_in_bankcodes_words() -> None:
    # GoCardless gives it only form-encoded, in a URL (details=User+cancelled+the+session.).
    cancelled = gocardless.EndUserError(EXAMPLE_ONLY_END_USER_ERROR)
    assert cancelled.info.editorial and cancelled.message is None
    wording = cancelled.info.whose("description")
    assert wording is not None and wording.by == "bankcodes"
    assert "User cancelled the session." in (cancelled.info.notes or "").replace("+", " ")


def test_the_account_error_types_are_the_php_clients_and_the_help_centres() -> None:
    # The PHP client's six, and two only GoCardless's OpenAPI document shows (its whole list is
    # compared in test_gocardless_openapi.py).
    assert {m.value for m in gocardless.AccountErrorType} - PHP_ERROR_TYPES == {
        "AccountAccessForbidden",
        "AccountResourceUnavailable",
    }
    for value, (status, detail, explanation, counts, action) in ACCOUNT_ERRORS.items():
        member = gocardless.AccountErrorType(value)
        assert member.http_statuses == (status,), value
        assert (member.message, member.description, member.advice) == (
            detail,
            explanation,
            action,
        ), value
        for field in ("message", "description", "advice"):
            wording = member.info.whose(field)
            assert wording is not None and wording.by == "provider", (value, field)
            assert [s.url for s in wording.sources] == [ACCOUNT_ERRORS_PAGE], (value, field)
        # "Increases error count?" has no field of its own: the notes say it.
        notes = member.info.notes or ""
        expected = "Counts towards" if counts == "Yes" else "Does not count towards"
        assert notes.startswith(expected), value
    # The rows the copy cuts: AccountInactiveError is read as far as its Code, 401; its message
    # is the PHP client's docblock; ConnectionError is the PHP client's only.
    inactive = gocardless.AccountErrorType.AccountInactiveError
    assert inactive.http_statuses == (401,)
    assert inactive.message == "Account has been deactivated or it no longer exists."
    assert "missing" in (inactive.info.notes or "")
    connection = gocardless.AccountErrorType.ConnectionError
    assert connection.message == "Couldn't connect to Institution."
    # Its status is the OpenAPI document's only (its example ConnectionError).
    assert connection.http_statuses == (503,)
    wording = connection.info.whose("message")
    assert wording is not None and wording.by == "provider"
    assert [s.url for s in wording.sources] == [
        PHP + "src/Exceptions/InstitutionExceptions/InstitutionConnectionError.php"
    ]


def test_the_help_centres_error_summaries_carry_its_words() -> None:
    summaries = gocardless.ErrorSummary
    assert [(m.value, m.name) for m in summaries][:2] == [
        ("Rate limit exceeded", "RATE_LIMIT_EXCEEDED"),
        ("Account suspended", "ACCOUNT_SUSPENDED"),
    ]
    rate = summaries("Rate limit exceeded")
    assert rate.http_statuses == (429,)  # the body's status_code
    # The page gives no sentence for it: the description is bankcodes'.
    assert rate.info.editorial
    description = rate.info.whose("description")
    assert description is not None and description.by == "bankcodes"
    suspended = summaries("Account suspended")
    assert suspended.message == SUSPENDED_BODY["detail"]
    assert suspended.description == (
        "Due to service stability considerations, we implemented a logic that automatically "
        "suspends an account if there were 10 consecutive failed attempts to access it."
    )
    for field in ("message", "description"):
        wording = suspended.info.whose(field)
        assert wording is not None and wording.by == "provider", field
        assert [s.url for s in wording.sources] == [SUSPENSION_PAGE], field
    # The help centre's body has no status_code; the OpenAPI document's example answers 409.
    assert suspended.http_statuses == (409,)


#: Each published body, the code that decides it and where.
BODIES = [
    (RATE_LIMIT_BODY, "$.summary", gocardless.ErrorSummary.RATE_LIMIT_EXCEEDED, "ApiError"),
    # "If it is the bank's limit": the summary only names the data; the type says why.
    (BANK_LIMIT_BODY, "$.type", gocardless.AccountErrorType.RateLimitError, "AccountEndpointError"),
    (SUSPENDED_BODY, "$.summary", gocardless.ErrorSummary.ACCOUNT_SUSPENDED, "ApiError"),
]


@pytest.mark.parametrize(("body", "path", "code", "model"), BODIES)
def test_a_published_error_body_is_gocardless_s_and_decided_by_its_code(
    body: dict[str, Any], path: str, code: Any, model: str
) -> None:
    assert payloads.recognise(body)[0] == "gocardless/error"
    found = payloads.decisive_code("gocardless/error", body)
    assert found is not None and (found.path, found.code) == (path, code)
    assert found.code is code
    validated = payloads.validate("gocardless/error", body, strict=True)
    assert type(validated).__name__ == model
    assert not isinstance(validated, FieldErrors)
    assert validated.detail == body["detail"]


def test_the_catalogs_examples_are_the_published_bodies() -> None:
    # The help centre's first; the OpenAPI copy's follow (test_gocardless_resources.py).
    examples = spec_data()["payloads"]["gocardless/error"]["examples"][: len(BODIES)]
    assert [(e["data"], e["decided_by"]) for e in examples] == [
        (body, path) for body, path, _, _ in BODIES
    ]


def test_the_type_decides_before_the_summary() -> None:
    # The PHP client picks its exception by $response['type'], the summary only as a message.
    found = payloads.codes("gocardless/error", BANK_LIMIT_BODY)
    assert [f.path for f in found] == ["$.type", "$.summary"]
    assert isinstance(found[1].code, UnknownCode)  # "Couldn't update <transactions> / ..."


#: GoCardless's OpenAPI document (andrejvysny/spendly's copy, docs/gocardless.swagger.json at
#: 427f9dd), its example EUAExpiredError (line 263): a summary that names the agreement.
EUA_EXPIRED = {
    "summary": "End User Agreement (EUA) $EUA_ID has expired",
    "detail": "EUA was valid for 90 days and it expired at 2025-06-13. The end user must connect "
    "the account once more with new EUA and Requisition",
    "status_code": 401,
}


def test_an_error_the_catalog_does_not_know_is_still_gocardless_s() -> None:
    assert payloads.recognise(EUA_EXPIRED)[0] == "gocardless/error"
    found = payloads.decisive_code("gocardless/error", EUA_EXPIRED)
    assert found is not None and (found.path, found.code_set) == (
        "$.summary",
        "gocardless.error_summary",
    )
    assert isinstance(found.code, UnknownCode) and found.code.value == EUA_EXPIRED["summary"]
    assert found.code.category is Category.UNKNOWN
    assert payloads.validate("gocardless/error", EUA_EXPIRED) is not None


def test_a_body_alone_gives_the_status_it_states() -> None:
    # The rate limit page's body states its own status_code (429): a body pasted or logged
    # without its response still gives its status; a status the error carries comes first.
    found = bankcodes.from_exception(RATE_LIMIT_BODY)
    assert found is not None and (found.kind, found.status) == ("gocardless/error", 429)
    assert str(found.code) == "Rate limit exceeded"
    for stated in (True, "429", 42, 600):
        body = {**RATE_LIMIT_BODY, "status_code": stated}
        other = bankcodes.from_exception(body)
        assert other is not None and other.status is None, stated


def test_an_account_s_missing_status_is_none() -> None:
    assert gocardless.AccountStatus.parse(None) is None


def test_gocardless_sends_no_webhooks() -> None:
    # No GoCardless Bank Account Data page or official client describes a webhook: statuses
    # are read by polling, and the end user comes back through the requisition's redirect.
    assert "gocardless" not in delivery.DELIVERY
    assert "gocardless" not in signatures.SCHEMES
    body = json.dumps(SUSPENDED_BODY).encode()
    for secret in (None, "a secret"):
        said = r"^unknown_provider: gocardless sends no webhooks"
        with pytest.raises(bankcodes.ConfigurationError, match=said) as raised:
            bankcodes.receive("gocardless", body, {}, secret)
        assert raised.value.reason == "unknown_provider"
    # Not an unknown name: a misspelt one is told the names of the providers that sign.
    with pytest.raises(bankcodes.ConfigurationError) as raised:
        bankcodes.receive("gocardles", body, {}, None)
    assert "sends no webhooks" not in str(raised.value)
    assert str(raised.value).startswith("unknown_provider: no signing scheme for 'gocardles'")
    with pytest.raises(ValueError, match=r"gocardless.* sends no webhooks"):
        delivery.dedup_key("gocardless", SUSPENDED_BODY, body)
