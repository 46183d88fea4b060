"""Words for the right reader: what the customer is told is addressed to them and true to the
code, in every language; the provider's advice to the integrator stays, labelled; retrying is
offered to the customer only where they can. Expected meanings are typed from the providers'
pages (cited per test), not from the catalog."""

from __future__ import annotations

import re

import pytest

import bankcodes
from bankcodes import Category, CodeEnum, flinks, lean, plaid
from tests.support.helpers import provider_module

LANGUAGES = ("en", "fr", "ar", "es")
THIRD_PERSON = re.compile(
    r"\b(customers?(?! (?:service|support))|borrowers?|end[- ]users?|integrators?"
    r"|the user)\b",
    re.I,
)
RETRY = {
    "en": re.compile(r"\b(try(ing)? again|retry|start again)\b", re.I),
    "fr": re.compile(r"(réessa|recommenc)", re.I),
    "ar": re.compile(r"(مرة أخرى|من جديد)"),
    "es": re.compile(r"(intent|de nuevo|otra vez)", re.I),
}


def _members() -> list[CodeEnum]:
    return [m for p in bankcodes.PROVIDERS for s in provider_module(p).CODE_SETS for m in s]


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_end_user_text_speaks_to_the_customer(language: str) -> None:
    told = 0
    for member in _members():
        text = member.end_user_text(language)
        if text is None:
            continue
        told += 1
        if language == "en":
            offered = f"{text.message} {text.action}"
            assert not THIRD_PERSON.search(offered), (member, offered)
            if member.advice is not None:
                assert text.action != member.advice, member
        if not member.end_user_can_retry:
            assert not RETRY[language].search(text.action), (member, text.action)
    assert told > 300


@pytest.mark.parametrize("language", LANGUAGES)
def test_approving_in_an_app_is_not_entering_a_code(language: str) -> None:
    # Lean's LinkSDK statuses: AWAITING_APP_AUTH and AWAITING_END_USER_AUTHORIZATION wait for the
    # customer to approve in another app, not to type a code.
    entered = Category.MFA_REQUIRED.user_action(language)
    for member in (lean.SecondaryStatus.AWAITING_APP_AUTH,):
        text = member.end_user_text(language)
        assert text is not None and text.action != entered
    authorization = lean.SecondaryStatus.AWAITING_END_USER_AUTHORIZATION.end_user_text(language)
    assert authorization is not None and authorization.action != entered


def test_a_compliance_suspension_is_not_an_outage() -> None:
    # Lean's consent lifecycle: SUSPENDED is "Temporarily unavailable due to compliance
    # conditions ... temporarily disabled by the customer's bank".
    member = lean.ConsentStatus.SUSPENDED
    assert not member.end_user_can_retry
    for language in LANGUAGES:
        text = member.end_user_text(language)
        outage = Category.INSTITUTION_UNAVAILABLE.user_message(language)
        assert text is not None and text.message != outage
    english = member.end_user_text()
    assert english is not None and "not responding" not in english.message


def test_insufficient_funds_keeps_its_reason_in_every_language() -> None:
    # Plaid's payment errors page: "The account has insufficient funds to complete the payment."
    member = plaid.ErrorCode.PAYMENT_INSUFFICIENT_FUNDS
    french, arabic = member.end_user_text("fr"), member.end_user_text("ar")
    assert french is not None and "insuffisant" in french.message
    assert arabic is not None and "غير كاف" in arabic.message


def test_one_wrong_answer_is_not_too_many_attempts() -> None:
    # Flinks' error page: INVALID_SECURITY_RESPONSE, "incorrect or incomplete MFA answers".
    text = flinks.ApiErrorCode.INVALID_SECURITY_RESPONSE.end_user_text()
    assert text is not None and "too many" not in f"{text.message} {text.action}".lower()


def test_a_message_about_what_the_app_does_not_show_is_not_offered() -> None:
    # Lean's data errors page: LEAN_ERROR's message asks for "the support code below".
    member = lean.GranularStatusCode.LEAN_ERROR
    assert member.user_message is not None and "support code below" in member.user_message
    text = member.end_user_text()
    assert text is not None and "below" not in text.message and text.message_by == "bankcodes"


def test_two_kinds_of_retry() -> None:
    # A wrong password: repeating the same request fails; the customer can re-enter it.
    member = lean.SecondaryStatus.INVALID_CREDENTIALS
    assert not member.retryable and member.end_user_can_retry
    # A bank outage: a program may retry later; so may the customer.
    outage = Category.INSTITUTION_UNAVAILABLE
    assert outage.retryable and outage.end_user_can_retry
    # A rejection by the bank: neither.
    assert not Category.REJECTED.retryable and not Category.REJECTED.end_user_can_retry


def test_french_agreement() -> None:
    # "Le code de vérification ou la réponse" takes a plural past participle.
    assert "n'a pas été accepté." not in (Category.MFA_FAILED.user_message("fr") or "")


#: Published texts typed from their sources: Lean's web SDK READMEs (callback statuses), Argyle's
#: Verifications API OpenAPI (report types, ClientVerificationReport.type).
PUBLISHED = [
    (lean.CallbackStatus.ERROR, "The flow ended in error."),
    (lean.CallbackStatus.SUCCESS, "The flow completed."),
]
REPORT_TYPES = {
    "voie": "Verification of Income and Employment.",
    "voe": "Verification of Employment.",
    "voa": "Banking verification of assets.",
    "voi": "Banking verification of income.",
    "voai": "Banking verification of income and assets.",
    "voe-transactions": "Banking verification of employment.",
}


@pytest.mark.parametrize(("member", "text"), PUBLISHED)
def test_a_text_labelled_as_the_providers_is_only_theirs(member: CodeEnum, text: str) -> None:
    assert member.description == text
    wording = member.info.whose("description")
    assert wording is not None and wording.by == "provider"


@pytest.mark.parametrize(("value", "text"), sorted(REPORT_TYPES.items()))
def test_argyle_report_types_in_argyles_words(value: str, text: str) -> None:
    from bankcodes import argyle

    member = argyle.ReportType(value)
    assert member.description == text
    wording = member.info.whose("description")
    assert wording is not None and wording.by == "provider"


def test_a_provider_message_that_instructs_the_app_is_not_offered() -> None:
    # Plaid's payment errors page: PAYMENT_INVALID_RECIPIENT's display message says "Create a new
    # payment with a different recipient", which the app does, not the customer.
    member = plaid.ErrorCode.PAYMENT_INVALID_RECIPIENT
    text = member.end_user_text()
    assert text is not None and text.message_by == "bankcodes"
    assert "Create a new payment" not in text.message
