"""GoCardless Bank Account Data (formerly Nordigen), read from its own pages and its official PHP
client: the statuses page (developer.gocardless.com/bank-account-data/statuses: requisition
statuses with their long names and stages, account statuses, end user authentication messages);
the Bank Account Data help centre (bankaccountdata.zendesk.com/hc/en-gb/articles/...): "How to
recognise and handle end user authentication errors", "Account Endpoint Errors and Suspended
Accounts", "Account suspension", "Bank Account Data API Rate Limits", "How to regain access to an
account once the access has expired"; and nordigen/nordigen-php at
acbf54570d29c0487ffbe709fb11d3821f9ae7b0 (src/Enums/RequisitionStatus.php,
src/Enums/AccountProcessingStatus.php, src/Exceptions/ExceptionHandler.php and two exception
docblocks). A third party's copy of the OpenAPI document (andrejvysny/spendly
docs/gocardless.swagger.json at 427f9dd) only gives values the catalog does not know. GoCardless
sends no webhooks: none of these pages or files describes any. Expected values are typed from
those pages and files."""

from __future__ import annotations

import json
import re
from typing import Any

import pytest

import bankcodes
from bankcodes import Category, UnknownCode, delivery, gocardless, payloads, signatures
from tests.support.helpers import ROOT, spec_data

STATUSES_PAGE = "https://developer.gocardless.com/bank-account-data/statuses"
HELP = "https://bankaccountdata.zendesk.com/hc/en-gb/articles/"
END_USER_ERRORS_PAGE = (
    HELP + "15926622146716-How-to-recognise-and-handle-end-user-authentication-errors"
)
ACCOUNT_ERRORS_PAGE = HELP + "16671586189212-Account-Endpoint-Errors-and-Suspended-Accounts"
SUSPENSION_PAGE = HELP + "11529566180892-Account-suspension"
RATE_LIMITS_PAGE = HELP + "11529637772188-Bank-Account-Data-API-Rate-Limits"
REGAIN_ACCESS_PAGE = (
    HELP + "11529208772892-How-to-regain-access-to-an-account-once-the-access-has-expired"
)
PHP = "https://github.com/nordigen/nordigen-php/blob/acbf54570d29c0487ffbe709fb11d3821f9ae7b0/"

#: The statuses page, "Requisitions endpoint": Status short, Status long, Description, Stage*
#: ("*describes sequence for each possible status, where "1" is starting status."). The table
#: is whole in the copy read (8 rows).
REQUISITION_STAGES = [
    ("CR", "CREATED", "Requisition has been successfully created", 1),
    ("GC", "GIVING_CONSENT", "End-user is giving consent at GoCardless's consent screen", 2),
    (
        "UA",
        "UNDERGOING_AUTHENTICATION",
        "End-user is redirected to the financial institution for authentication",
        3,
    ),
    (
        "RJ",
        "REJECTED",
        "Either SSN verification has failed or end-user has entered incorrect credentials",
        4,
    ),
    ("SA", "SELECTING_ACCOUNTS", "End-user is selecting accounts", 5),
    ("GA", "GRANTING_ACCESS", "End-user is granting access to their account information", 6),
    ("LN", "LINKED", "Account has been successfully linked to requisition", 7),
    ("EX", "EXPIRED", "Access to accounts has expired as set in End User Agreement", 8),
]
STAGE = {short: stage for short, _, _, stage in REQUISITION_STAGES}

#: nordigen-php src/Enums/RequisitionStatus.php: its nine constants, the whole class. SU is
#: the only one the statuses page does not list.
PHP_REQUISITION_STATUSES = {
    "CREATED": "CR",
    "LINKED": "LN",
    "SUSPENDED": "SU",
    "GIVING_CONSENT": "GC",
    "UNDERGOING_AUTHENTICATION": "UA",
    "REJECTED": "RJ",
    "SELECTING_ACCOUNTS": "SA",
    "GRANTING_ACCESS": "GA",
    "EXPIRED": "EX",
}
#: Its docblock of SUSPENDED.
SUSPENDED_REQUISITION = (
    "Requisition is suspended due to numerous consecutive errors that happened while accessing "
    "its accounts."
)

#: The requisition lifecycle as the spec records it (bankcodes' reading of the stage order, marked
#: editorial: the page draws no arrows): REJECTED ends a failed authentication, SUSPENDED follows
#: a linked requisition.
LIFECYCLE = {
    "CR": ["GC"],
    "GC": ["UA"],
    "UA": ["RJ", "SA"],
    "RJ": [],
    "SA": ["GA"],
    "GA": ["LN"],
    "LN": ["EX", "SU"],
    "EX": [],
    "SU": [],
}

#: The statuses page, "Accounts endpoint" (Status long | Description), whole in the copy read;
#: READY's row is broken across two lines there, its description the same words as the PHP
#: client's (which ends with a full stop).
ACCOUNT_STATUSES = {
    "DISCOVERED": "User has successfully authenticated herself, and account has been discovered",
    "ERROR": "An error was encountered when processing account",
    "EXPIRED": "Access to account has expired as set in End User Agreement",
    "PROCESSING": "Account is being processed by the institution",
    "READY": "Account has been successfully processed",
    "SUSPENDED": "Account has been suspended (more than 10 consecutive failed attempts to access "
    "the account)",
}
#: nordigen-php src/Enums/AccountProcessingStatus.php: its six constants, the whole class.
PHP_ACCOUNT_STATUSES = {"DISCOVERED", "PROCESSING", "READY", "ERROR", "SUSPENDED", "EXPIRED"}

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
    # Its explanation goes on "Not to be confused with the API-level limit as explained here"
    # (a link); its action "Information on scope and reset in headers can be found here. ...".
    "RateLimitError": (
        429,
        "Daily request limit set by the Institution has been exceeded",
        "You have hit the rate limit for requests/day for the account.",
        "No",
        "Wait, then try again when the limit resets.",
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


def test_the_requisition_statuses_are_the_short_codes_named_by_their_long_names() -> None:
    # The wire value is the short code (the PHP client: CREATED = 'CR'), the name the long one.
    staged = [(m.value, m.name) for m in gocardless.RequisitionStatus][: len(REQUISITION_STAGES)]
    assert staged == [(short, long) for short, long, _, _ in REQUISITION_STAGES]
    assert {m.name: m.value for m in gocardless.RequisitionStatus} == PHP_REQUISITION_STATUSES
    assert gocardless.RequisitionStatus("LN") is gocardless.RequisitionStatus.LINKED
    # The long name is no wire value: a status sent as "SUSPENDED" is no requisition status.
    assert isinstance(gocardless.RequisitionStatus.parse("SUSPENDED"), UnknownCode)


def test_the_requisition_statuses_speak_in_gocardless_words() -> None:
    for short, _, text, _ in REQUISITION_STAGES:
        member = gocardless.RequisitionStatus(short)
        assert member.description == text and not member.info.editorial, short
        wording = member.info.whose("description")
        assert wording is not None and wording.by == "provider", short
        assert [s.url for s in wording.sources] == [STATUSES_PAGE], short
    suspended = gocardless.RequisitionStatus.SUSPENDED
    assert suspended.description == SUSPENDED_REQUISITION
    wording = suspended.info.whose("description")
    assert wording is not None and wording.by == "provider"
    assert [s.url for s in wording.sources] == [PHP + "src/Enums/RequisitionStatus.php"]


def test_the_requisition_lifecycle_is_the_one_the_spec_records() -> None:
    for member in gocardless.RequisitionStatus:
        following = member.next_statuses
        assert following is not None, member
        assert [m.value for m in following] == LIFECYCLE[member.value], member
    transitions = spec_data()["providers"]["gocardless"]["code_sets"]["requisition_status"][
        "transitions"
    ]
    # '"1" is starting status'; the arrows are bankcodes' reading, not GoCardless's.
    assert transitions["initial"] == ["CR"]
    assert transitions["editorial"] is True
    # A code set GoCardless publishes no order for has no lifecycle.
    assert gocardless.AccountStatus.READY.next_statuses is None


def test_the_lifecycle_follows_the_pages_stage_order() -> None:
    status = gocardless.RequisitionStatus
    # Every move between staged statuses goes to a later stage; SU, which the page does not
    # stage, only follows LN.
    for member in status:
        for following in member.next_statuses or ():
            if member.value in STAGE and following.value in STAGE:
                assert STAGE[following.value] > STAGE[member.value], (member, following)
            else:
                assert (member, following) == (status.LINKED, status.SUSPENDED)
    # The successful path visits the stages in order, stage 4 (REJECTED) aside: it ends a
    # failed authentication and has no next status.
    path = [status.CREATED]
    while path[-1].next_statuses:
        path.append(next(m for m in path[-1].next_statuses or () if m is not status.REJECTED))
    assert [STAGE[m.value] for m in path] == [1, 2, 3, 5, 6, 7, 8]
    finals = {m.value for m in status if m.next_statuses == ()}
    assert finals == {"RJ", "EX", "SU"}
    # Every status is reached from stage 1.
    seen, todo = {"CR"}, [status.CREATED]
    while todo:
        for following in todo.pop().next_statuses or ():
            if following.value not in seen:
                seen.add(following.value)
                todo.append(following)
    assert seen == set(PHP_REQUISITION_STATUSES.values())


def test_the_sites_diagram_draws_the_same_lifecycle() -> None:
    page = ROOT / "site" / "docs" / "reference" / "gocardless" / "requisition_status.md"
    text = page.read_text(encoding="utf-8")
    source = text[text.index("``` mermaid\n") :].split("```")[1]
    ids = {state: name for name, state in re.findall(r'state "([^"]+)" as (s\d+)', source)}
    ids["[*]"] = "[*]"
    edges: dict[str, set[str]] = {}
    for start, end in re.findall(r"^\s+(\S+) --> (\S+)$", source, re.MULTILINE):
        edges.setdefault(ids[start], set()).add(ids[end])
    assert edges.pop("[*]") == {"CR"}
    assert edges == {value: set(nexts) or {"[*]"} for value, nexts in LIFECYCLE.items()}


def test_the_account_statuses_are_the_pages_and_the_php_clients() -> None:
    assert {m.value for m in gocardless.AccountStatus} == set(ACCOUNT_STATUSES)
    assert set(ACCOUNT_STATUSES) == PHP_ACCOUNT_STATUSES
    for value, text in ACCOUNT_STATUSES.items():
        member = gocardless.AccountStatus(value)
        assert member.description == text, value
        wording = member.info.whose("description")
        assert wording is not None and wording.by == "provider", value
    # READY's words are cited from the PHP client, whose row on the page is broken in two.
    ready = gocardless.AccountStatus.READY.info.whose("description")
    assert ready is not None
    assert [s.url for s in ready.sources] == [PHP + "src/Enums/AccountProcessingStatus.php"]


def test_the_account_error_advice_is_the_suspension_pages() -> None:
    # Account suspension: 'If you receive "status": "ERROR" in the response, do not retry the
    # request anymore to avoid the account suspension. Instead, you could raise an alert and
    # retry the request after some time.' (capitalised at its start in the catalog).
    error = gocardless.AccountStatus.ERROR
    assert error.advice is not None
    assert error.advice[0] == "D" and error.advice[1:] == (
        "o not retry the request anymore to avoid the account suspension. Instead, you could "
        "raise an alert and retry the request after some time."
    )
    wording = error.info.whose("advice")
    assert wording is not None and wording.by == "provider"
    assert [s.url for s in wording.sources] == [SUSPENSION_PAGE]


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
    assert {m.value for m in gocardless.AccountErrorType} == PHP_ERROR_TYPES
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
    assert connection.http_statuses == ()
    wording = connection.info.whose("message")
    assert wording is not None and wording.by == "provider"
    assert [s.url for s in wording.sources] == [
        PHP + "src/Exceptions/InstitutionExceptions/InstitutionConnectionError.php"
    ]


def test_the_error_summaries_are_the_two_gocardless_publishes_with_a_body() -> None:
    summaries = gocardless.ErrorSummary
    assert {m.value: m.name for m in summaries} == {
        "Rate limit exceeded": "RATE_LIMIT_EXCEEDED",
        "Account suspended": "ACCOUNT_SUSPENDED",
    }
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
    # GoCardless's body has no status_code (409 is only in a third party's OpenAPI copy).
    assert suspended.http_statuses == ()


#: Categories that follow from GoCardless's own words, each with them.
CATEGORIES: list[tuple[Any, Category]] = [
    # '"1" is starting status' ... stages 2, 3, 5 and 6: the end user is still in the flow.
    (gocardless.RequisitionStatus.CREATED, Category.PENDING),
    (gocardless.RequisitionStatus.GIVING_CONSENT, Category.PENDING),
    (gocardless.RequisitionStatus.UNDERGOING_AUTHENTICATION, Category.PENDING),
    (gocardless.RequisitionStatus.SELECTING_ACCOUNTS, Category.PENDING),
    (gocardless.RequisitionStatus.GRANTING_ACCESS, Category.PENDING),
    # "Account has been successfully linked to requisition".
    (gocardless.RequisitionStatus.LINKED, Category.SUCCESS),
    # "the accounts must be reconnected ... when account and requisition statuses have changed
    # to EX or EXPIRED" (How to regain access).
    (gocardless.RequisitionStatus.EXPIRED, Category.RECONNECT_REQUIRED),
    (gocardless.AccountStatus.EXPIRED, Category.RECONNECT_REQUIRED),
    # "the only solution is to create a new requisition from scratch and reconnect the account"
    # (Account suspension).
    (gocardless.AccountStatus.SUSPENDED, Category.RECONNECT_REQUIRED),
    (gocardless.ErrorSummary.ACCOUNT_SUSPENDED, Category.RECONNECT_REQUIRED),
    # "Account has been successfully processed"; "is being processed by the institution".
    (gocardless.AccountStatus.READY, Category.SUCCESS),
    (gocardless.AccountStatus.PROCESSING, Category.PENDING),
    # "the users clicks the cancel (X) button, thus interrupting the flow".
    (gocardless.EndUserError.UserCancelledSession, Category.CANCELLED),
    # "Error: Link Expired. This link has already been used for authorization and is no longer
    # valid." (How to regain access).
    (gocardless.EndUserError.RequisitionLinkReused, Category.SESSION_EXPIRED),
    # "temporary issues with ASPSP handling the request, such as downtime".
    (gocardless.EndUserError.InstitutionTechnicalError, Category.INSTITUTION_UNAVAILABLE),
    # "Institution service unavailable"; the PHP client: "Couldn't connect to Institution."
    (gocardless.AccountErrorType.ServiceError, Category.INSTITUTION_UNAVAILABLE),
    (gocardless.AccountErrorType.ConnectionError, Category.INSTITUTION_UNAVAILABLE),
    # "Daily request limit set by the Institution has been exceeded"; "Rate limit exceeded".
    (gocardless.AccountErrorType.RateLimitError, Category.RATE_LIMITED),
    (gocardless.ErrorSummary.RATE_LIMIT_EXCEEDED, Category.RATE_LIMITED),
    # "Access has expired or it has been revoked" ... "Reconnect the account".
    (gocardless.AccountErrorType.AccessExpiredError, Category.RECONNECT_REQUIRED),
    # "Account has been deactivated or it no longer exists."
    (gocardless.AccountErrorType.AccountInactiveError, Category.ACCOUNT_UNAVAILABLE),
    # "An unknown error occurred."; "Unknown error while requesting data".
    (gocardless.EndUserError.UnknownError, Category.GENERIC_FAILURE),
    (gocardless.AccountErrorType.UnknownRequestError, Category.GENERIC_FAILURE),
]


@pytest.mark.parametrize(("member", "category"), CATEGORIES, ids=str)
def test_a_category_that_follows_from_gocardless_words(member: Any, category: Category) -> None:
    assert member.category is category
    assert bankcodes.classify("gocardless", member.value) is category


def test_the_retry_facts_are_gocardless_s() -> None:
    # "Wait, then try again when the limit resets."; "Wait, then try again."; "Please try again
    # in <time_left> seconds"; "please try again." (statuses page and help centre).
    retried: tuple[Any, ...] = (
        gocardless.AccountErrorType.RateLimitError,
        gocardless.AccountErrorType.ServiceError,
        gocardless.ErrorSummary.RATE_LIMIT_EXCEEDED,
        gocardless.EndUserError.InstitutionTechnicalError,
        # "retry the request after some time" (Account suspension, on ERROR).
        gocardless.AccountStatus.ERROR,
    )
    for member in retried:
        assert member.retryable, member
    # "Reconnect the account"; "the only solution is to create a new requisition from scratch":
    # the same request will not succeed again, though the end user can reconnect.
    reconnected: tuple[Any, ...] = (
        gocardless.AccountErrorType.AccessExpiredError,
        gocardless.ErrorSummary.ACCOUNT_SUSPENDED,
        gocardless.AccountStatus.SUSPENDED,
        gocardless.RequisitionStatus.EXPIRED,
    )
    for member in reconnected:
        assert not member.retryable and member.end_user_can_retry, member
    # How to regain access: "Create a new requisition and redirect the user to the link in its
    # response."
    expired = gocardless.RequisitionStatus.EXPIRED
    assert expired.advice == (
        "Create a new requisition and redirect the user to the link in its response."
    )
    wording = expired.info.whose("advice")
    assert wording is not None and [s.url for s in wording.sources] == [REGAIN_ACCESS_PAGE]


def test_a_requisition_and_an_account_say_expired_differently() -> None:
    # How to regain access: "when account and requisition statuses have changed to EX or
    # EXPIRED": EX is the requisition's, EXPIRED the account's.
    assert bankcodes.classify("gocardless", "EX") is Category.RECONNECT_REQUIRED
    assert bankcodes.lookup("gocardless", "EXPIRED") == (gocardless.AccountStatus.EXPIRED,)
    assert (
        bankcodes.classify("gocardless", "EXPIRED", code_set="account_status")
        is Category.RECONNECT_REQUIRED
    )
    assert (
        bankcodes.classify("gocardless", "EXPIRED", code_set="requisition_status")
        is Category.UNKNOWN
    )
    assert (
        bankcodes.classify("gocardless", "SU", code_set=gocardless.RequisitionStatus)
        is Category.RECONNECT_REQUIRED
    )
    assert (
        bankcodes.classify("gocardless", "SU", code_set=gocardless.AccountStatus)
        is Category.UNKNOWN
    )


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
    assert validated.detail == body["detail"]


def test_the_catalogs_examples_are_the_published_bodies() -> None:
    examples = spec_data()["payloads"]["gocardless/error"]["examples"]
    assert [(e["data"], e["decided_by"]) for e in examples] == [
        (body, path) for body, path, _, _ in BODIES
    ]


def test_the_type_decides_before_the_summary() -> None:
    # The PHP client picks its exception by $response['type'], the summary only as a message.
    found = payloads.codes("gocardless/error", BANK_LIMIT_BODY)
    assert [f.path for f in found] == ["$.type", "$.summary"]
    assert isinstance(found[1].code, UnknownCode)  # "Couldn't update <transactions> / ..."


#: A third party's OpenAPI copy (andrejvysny/spendly docs/gocardless.swagger.json at 427f9dd):
#: bodies whose summary or type the catalog does not know.
INVALID_TOKEN = {
    "summary": "Invalid token",
    "detail": "Token is invalid or expired",
    "status_code": 401,
}
FORBIDDEN = {
    "summary": "Couldn't update account balances",
    "detail": "Access to account is forbidden. The user might not have the necessary permissions.",
    "type": "AccountAccessForbidden",
    "status_code": 403,
}


def test_an_error_the_catalog_does_not_know_is_still_gocardless_s() -> None:
    for body, path, code_set in (
        (INVALID_TOKEN, "$.summary", "gocardless.error_summary"),
        (FORBIDDEN, "$.type", "gocardless.account_error_type"),
    ):
        assert payloads.recognise(body)[0] == "gocardless/error"
        found = payloads.decisive_code("gocardless/error", body)
        assert found is not None and (found.path, found.code_set) == (path, code_set)
        assert isinstance(found.code, UnknownCode) and found.code.value in body.values()
        assert found.code.category is Category.UNKNOWN
        assert payloads.validate("gocardless/error", body) is not None


def test_statuses_the_catalog_does_not_know_are_kept() -> None:
    # The third party's OpenAPI copy's StatusEnum also lists ID and ER, which no GoCardless page
    # or official client lists.
    for value in ("ID", "ER"):
        parsed = gocardless.RequisitionStatus.parse(value)
        assert isinstance(parsed, UnknownCode) and parsed.value == value
        assert bankcodes.classify("gocardless", value) is Category.UNKNOWN
    error_type = gocardless.AccountErrorType.parse("AccountAccessForbidden")
    assert isinstance(error_type, UnknownCode) and error_type.value == "AccountAccessForbidden"
    assert gocardless.AccountStatus.parse(None) is None


def test_gocardless_sends_no_webhooks() -> None:
    # No GoCardless Bank Account Data page or official client describes a webhook: statuses
    # are read by polling, and the end user comes back through the requisition's redirect.
    assert "gocardless" not in delivery.DELIVERY
    assert "gocardless" not in signatures.SCHEMES
    body = json.dumps(SUSPENDED_BODY).encode()
    for secret in (None, "a secret"):
        with pytest.raises(bankcodes.ConfigurationError, match="no signing scheme") as raised:
            bankcodes.receive("gocardless", body, {}, secret)
        assert raised.value.reason == "unknown_provider"
    with pytest.raises(ValueError, match="no delivery contract"):
        delivery.dedup_key("gocardless", SUSPENDED_BODY, body)
