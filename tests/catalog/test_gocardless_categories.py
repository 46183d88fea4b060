"""The categories and retries that follow from GoCardless Bank Account Data's (formerly
Nordigen) own words, for its statuses and its errors: the statuses page
(developer.gocardless.com/bank-account-data/statuses); the Bank Account Data help centre
(bankaccountdata.zendesk.com/hc/en-gb/articles/...): "How to recognise and handle end user
authentication errors", "Account Endpoint Errors and Suspended Accounts", "Account suspension",
"Bank Account Data API Rate Limits", "How to regain access to an account once the access has
expired"; and nordigen/nordigen-php at acbf54570d29c0487ffbe709fb11d3821f9ae7b0 (an exception
docblock); with classify and lookup of a value that two code sets spell differently. The sources'
addresses are in tests/support/gocardless_sources.py. Expected values are typed from those pages
and files."""

from __future__ import annotations

from typing import Any

import pytest

import bankcodes
from bankcodes import Category, gocardless
from tests.support.gocardless_sources import REGAIN_ACCESS_PAGE

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
    )
    for member in retried:
        assert member.retryable, member
    # "do not retry the request anymore to avoid the account suspension" (Account suspension, on
    # ERROR): the retry it allows "after some time" follows an alert, not a program's loop.
    assert not gocardless.AccountStatus.ERROR.retryable
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


def test_a_wrong_ssn_is_not_answered_with_a_password() -> None:
    # "The SSN you provided is wrong, please enter the correct one and restart the process" (end
    # user authentication errors): what the end user corrects is the number, in every language.
    member = gocardless.EndUserError.SSNVerificationFailed
    english = member.end_user_text("en")
    assert english is not None and english.message.startswith("The SSN you provided is wrong")
    for language in ("en", "fr", "ar", "es", "pt"):
        words = member.end_user_text(language)
        # REJECTED (the bank refused the sign-in) has its category's words: a username and
        # password.
        sign_in = gocardless.RequisitionStatus.REJECTED.end_user_text(language)
        assert words is not None and sign_in is not None
        assert words.action != sign_in.action, language
