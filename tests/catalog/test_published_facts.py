"""Facts typed from the providers' pages, not from the catalog: the catalog must hold each
published text verbatim and classify each code the way its text reads.

Sources: Lean's consent lifecycle page (docs.leantech.me/docs/consent-lifecycle), Lean's webhook
library (docs.leantech.me/docs/webhook-library), Argyle's verification status descriptions (its
OpenAPI, mirrored at api-evangelist/argyle@5ea1278 json-schema/clientverificationstatus.json)."""

from __future__ import annotations

import pytest

import bankcodes
from bankcodes import argyle, lean
from tests.support.helpers import ROOT

LEAN_CONSENT = {
    "AWAITING_AUTHORISATION": "Consent created but not yet approved by the customer.",
    "AUTHORISED": "Customer has completed authorisation with their bank.",
    "REVOKED": "Customer or bank has revoked the consent.",
    "REJECTED": "Customer did not approve or the bank declined the Consent request.",
    "EXPIRED": "The Consent has reached its configured expiration date.",
    "CONSUMED": "Consent limits have been reached.",
    "SUSPENDED": "Temporarily unavailable due to compliance conditions.",
}
ARGYLE_STATUS = {
    "pending": "Verification created.",
    "documents_processing": "Documents processing.",
    "more_data_required": "More data or documents are needed to complete the verification.",
    "report_available": "Data and documents are sufficient to complete verification.",
    "waiting_on_third_party": "Awaiting processing by a third party.",
    "report_generating": "Report is currently generating.",
    "argyle_timeout": "Verification request has been cancelled by Argyle after 180 days of "
    "inactivity.",
    "cancelled_by_client": "Verification has been cancelled.",
    "completed": "Verification request complete. Report can be retrieved.",
    "completed_with_errors": "Verification request completed. Report can be retrieved but is not "
    "GSE eligible.",
    "user_session_started": "User opened the payroll or banking connection experience.",
    "authenticated": "User authenticated for payroll or banking; data aggregation is in progress.",
}


@pytest.mark.parametrize(("value", "text"), LEAN_CONSENT.items())
def test_lean_consent_statuses_carry_the_published_text(value: str, text: str) -> None:
    member = lean.ConsentStatus(value)
    assert member.description.startswith(text)
    assert not member.info.editorial


@pytest.mark.parametrize(("value", "text"), ARGYLE_STATUS.items())
def test_argyle_status_codes_carry_the_published_text(value: str, text: str) -> None:
    member = argyle.VerificationStatusCode(value)
    assert member.description == text
    assert not member.info.editorial


def test_categories_read_as_the_published_texts() -> None:
    # "Temporarily unavailable … temporarily disabled by the customer's bank": retry later.
    assert lean.ConsentStatus.SUSPENDED.category.retryable
    # "(final)" and "a new Consent is required": neither a success nor a retry.
    for value in ("CONSUMED", "REVOKED", "EXPIRED"):
        member = lean.ConsentStatus(value)
        assert member.category is not bankcodes.Category.SUCCESS and not member.retryable
    # "sufficient to complete verification": the report is still to come.
    assert argyle.VerificationStatusCode.report_available.category is bankcodes.Category.PENDING
    # "wait for the response or wait for one minute": retryable after a wait.
    assert lean.GranularStatusCode.DUPLICATED_REQUEST.retryable


def test_deprecations_are_the_ones_lean_publishes() -> None:
    events = lean.WebhookEventType
    created = events("payment_source.created")
    assert created.deprecated
    assert created.info.lifecycle is not None
    assert created.info.lifecycle.replaced_by == "payment_source.beneficiary.updated"
    assert not events("payment_source.beneficiary.created").deprecated
    assert not events("payment_source.beneficiary.updated").deprecated


def test_the_changelog_shows_each_category_change_with_its_reason() -> None:
    text = (ROOT / "site" / "docs" / "reference" / "changelog.md").read_text(encoding="utf-8")
    moves = {
        "SUSPENDED": ("rejected", "institution_unavailable"),
        "CONSUMED": ("success", "reconnect_required"),
        "REVOKED": ("cancelled", "reconnect_required"),
        "report_available": ("success", "pending"),
    }
    for value, (old, new) in moves.items():
        (line,) = [
            line
            for line in text.splitlines()
            if line.startswith(f"<li>Changed <code>{value}</code>") and "category" in line
        ]
        assert f"category <code>{old}</code> → <code>{new}</code> (" in line, line


def test_a_payment_status_lean_does_not_list_is_unknown_in_that_set_only() -> None:
    # Lean's payment statuses page shows PENDING_WITH_BANK and ACCEPTED_BY_BANK only.
    assert {member.value for member in lean.PaymentStatus} == {
        "PENDING_WITH_BANK",
        "ACCEPTED_BY_BANK",
    }
    unknown = bankcodes.classify("lean", "REJECTED_BY_BANK", code_set="payment_status")
    assert unknown is bankcodes.Category.UNKNOWN
    assert bankcodes.classify("lean", "REJECTED_BY_BANK") is bankcodes.Category.REJECTED
    description = lean.PaymentStatus.code_set().description
    assert "the complete list of statuses was not read" in description


def test_a_code_overrides_its_categorys_retryable_where_its_text_says_so() -> None:
    # Lean: FAILED is "the final unsuccessful state"; ERROR's causes include final ones.
    assert lean.PaymentLifecycleStatus.FAILED.category.retryable
    assert not lean.PaymentLifecycleStatus.FAILED.retryable
    assert not lean.CallbackStatus.ERROR.retryable
    # A wrong one-time passcode: the same request fails again, the customer can enter it again.
    assert not lean.SecondaryStatus.INVALID_MFA.retryable
    assert lean.SecondaryStatus.INVALID_MFA.end_user_can_retry
