"""Whose words each text of a code is, and the facts behind it, typed from the providers' pages
rather than from the catalog.

Sources: Lean's Flows Reference method index (docs.leantech.me/docs/flows-reference); Flinks'
current Authorize error codes page (docs.flinks.com/api/authorize/error-codes) and its readme-era
page (docs.flinks.com/reference/error-codes); Flinks' /GetAccountsDetailAsync page; Flinks'
Authorize troubleshooting page; Argyle's bank connection errors page
(docs.argyle.com/api-reference/bank-connection-errors), whose troubleshooting steps are not in
the stored seed of that page."""

from __future__ import annotations

import functools
import json
import re
from pathlib import Path
from typing import Any

import pytest

import bankcodes
from bankcodes import Category, CodeEnum, argyle, flinks, lean
from tests.support.helpers import ROOT, provider_module, run_node, spec_data
from tests.support.reference import code_row

#: Lean's method index: each method's Purpose column, verbatim.
LEAN_METHOD_INDEX = {
    "pay": "Initiate a bank-to-bank payment.",
    "checkout": "One-off guest payment authorisation (Open Finance).",
    "updatePaymentSource": "Add a new beneficiary to an existing payment source.",
    "authorizeConsent": "Grant a long-lived Account-on-File consent (Open Finance).",
    "manageConsents": "Customer-facing consent management screen.",
    "captureRedirect": "Show the outcome screen after an Open Finance redirect.",
    "verifyAddress": "Proof-of-address check using bank identity data.",
}
FLOWS_REFERENCE = "https://docs.leantech.me/docs/flows-reference"

#: Flinks API codes whose descriptions are published (the current page unless noted), verbatim.
FLINKS_PUBLISHED = {
    "CREATED": "The request has been fulfilled and a new resource has been created.",
    "ACCESS_DENIED": "Authentication was unsuccessful",  # readme-era page, without a period
    "TOO_MANY_REQUESTS": "The endpoint has received too many requests in a given amount of time.",
    "INVALID_SECURITY_RESPONSE_NO_RETRY": (
        "The user has provided incorrect or incomplete MFA answers and cannot retry"
    ),
}

#: Rows of Flinks' current page as published (description and steps in one cell). Where the
#: catalog's text differs, the code must carry a note saying what was changed.
FLINKS_CURRENT_ROWS = {
    "CREATED": "The request has been fulfilled and a new resource has been created. Reproduced "
    "by completing a successful request.",
    "ACCESS_DENIED": "Authentication was unsuccessful. Reproduced by calling the Authorize "
    "endpoint without having valid authentication credentials.",
}
#: Lean's consent statuses whose published text carries a "(final)" marker.
LEAN_FINAL_CONSENT = ("REVOKED", "REJECTED", "EXPIRED", "CONSUMED")

ARGYLE_TROUBLESHOOTING = {
    "account_closed": "Ask the borrower to confirm they selected an active bank account and retry.",
    "account_not_found": (
        "Ask the borrower to confirm they selected an active bank account and retry."
    ),
    "generic_error": "Ask the borrower to try again later.",
}
#: Mirrors of a provider's own file: Argyle's OpenAPI descriptions, through api-evangelist; Plaid's
#: error pages as copied on 2024-10-19, the only copy of the codes Plaid's pages have since dropped;
#: Stripe's error codes page as a third party copied it, whose stored copy of Stripe's own ends
#: before the codes of a bank account; Belvo's OpenAPI document (Belvo API Docs 1.35.0) as
#: Konfig's SDK repository keeps it; ISO 20022's external code sets in JSON Schema form as the
#: Transaction Authorization Protocol project keeps a copy later than the 4Q2023 release;
#: PolishAPI's 2_1_2 file as ITger/PolishAPI_sample keeps it (polishapi.org could not be read);
#: Enable Banking's API reference (enablebanking-api.yaml) as three apps' repositories keep it (no
#: first-party copy could be read); GoCardless's OpenAPI document (swagger.json) as
#: andrejvysny/spendly keeps it (no first-party copy could be read); Argyle's OpenAPI document
#: (api.yaml of docs.argyle.com) as api-evangelist/argyle keeps it (no first-party copy was read).
MIRRORS = {
    "argyle-json-schema-verification-status",
    "argyle-openapi-verifications",
    "belvo-openapi-konfig",
    "plaid-errors-copy",
    "stripe-error-codes-third-party-copy-fc",
    "stripe-error-codes-third-party-copy-ach",
    "tap-external-code-sets-json",
    "polishapi-2-1-2",
    "enablebanking-openapi-8e8ab97c",
    "enablebanking-openapi-33d10df1",
    "enablebanking-openapi-f30f2f09",
    "gocardless-openapi-third-party",
    "argyle-openapi-third-party",
}
ARGYLE_PAGE = "https://docs.argyle.com/api-reference/bank-connection-errors"


def _urls(wording: bankcodes.Wording | None) -> set[str | None]:
    assert wording is not None
    return {source.url for source in wording.sources}


@pytest.mark.parametrize(("method", "purpose"), LEAN_METHOD_INDEX.items())
def test_lean_methods_carry_the_method_index_words(method: str, purpose: str) -> None:
    member = lean.SdkMethod(method)
    assert member.description == purpose
    wording = member.info.whose("description")
    assert wording is not None and wording.by == "provider"
    assert FLOWS_REFERENCE in _urls(wording)


def test_create_payment_source_keeps_its_third_sentence() -> None:
    assert lean.SdkMethod.createPaymentSource.description.endswith(
        "New integrations should call connect directly with the desired permissions."
    )


@pytest.mark.parametrize(("code", "text"), FLINKS_PUBLISHED.items())
def test_flinks_published_descriptions_are_labelled_as_flinks_words(code: str, text: str) -> None:
    info = flinks.ApiErrorCode(code).info
    assert info.description == text
    assert not info.editorial
    wording = info.whose("description")
    assert wording is not None and wording.by == "provider"


@pytest.mark.parametrize(("code", "row"), FLINKS_CURRENT_ROWS.items())
def test_a_normalised_text_has_a_note_saying_so(code: str, row: str) -> None:
    info = flinks.ApiErrorCode(code).info
    assert info.description != row
    assert info.description in row
    assert info.notes is not None and "Reproduced by" in info.notes


@pytest.mark.parametrize("status", LEAN_FINAL_CONSENT)
def test_lean_final_marker_left_out_is_noted(status: str) -> None:
    info = lean.ConsentStatus(status).info
    assert "(final)" not in info.description
    assert info.notes is not None and "(final)" in info.notes


def test_flinks_api_invalid_security_response_cannot_be_retried() -> None:
    # The current page: "The user has provided incorrect or incomplete MFA answers and cannot
    # retry."
    member = flinks.ApiErrorCode.INVALID_SECURITY_RESPONSE
    assert not member.retryable
    assert member.category is Category.ATTEMPTS_EXHAUSTED
    assert [change["from"] for change in _spec_code(member)["category_history"]] == ["mfa_failed"]
    # Flinks Connect's own event still asks the customer to try again.
    connect = flinks.ConnectError.INVALID_SECURITY_RESPONSE
    assert connect.end_user_can_retry and not member.end_user_can_retry
    assert connect.advice == "Customer should try answering the security question again."


def test_token_invalid_is_an_expired_session_in_bankcodes_words() -> None:
    member = flinks.ConnectStep.TOKEN_INVALID
    assert member.category is Category.SESSION_EXPIRED
    assert [change["from"] for change in _spec_code(member)["category_history"]] == [
        "informational"
    ]
    wording = member.info.whose("description")
    assert wording is not None and wording.by == "bankcodes"


def test_operation_pending_polling_note_rests_on_the_async_endpoint_page() -> None:
    info = flinks.ApiErrorCode.OPERATION_PENDING.info
    wording = info.whose("notes")
    assert wording is not None and wording.by == "bankcodes"
    assert (
        "https://docs.flinks.com/api/connect/endpoints/account-linking/get-accounts-detail-async"
        in _urls(wording)
    )


def test_unauthorized_for_a_bad_auth_key_is_marked_as_resting_on_a_third_party() -> None:
    info = flinks.ApiErrorCode.UNAUTHORIZED.info
    [entry] = [entry for entry in info.http if entry.message == "You must provide a valid auth key"]
    assert entry.cause_by == "bankcodes"
    kinds = {source.kind for source in entry.sources}
    assert "third-party" in kinds and "doc" in kinds


def test_steps_without_an_official_spelling() -> None:
    resize = flinks.ConnectStep.APP_RESIZE.info
    assert resize.lifecycle is not None and resize.lifecycle.state == "removed"
    consent = flinks.ConnectStep.COMPONENT_ACCEPT_PROVIDER_CONSENT.info
    assert {source.kind for source in consent.sources} == {"third-party"}


@pytest.mark.parametrize(("code", "action"), ARGYLE_TROUBLESHOOTING.items())
def test_argyle_troubleshooting_steps_are_cited_to_the_page_not_the_seed(
    code: str, action: str
) -> None:
    info = argyle.BankConnectionError(code).info
    assert info.advice == action
    wording = info.whose("advice")
    assert wording is not None and wording.by == "provider"
    assert {source.seed for source in wording.sources} == {None}
    assert ARGYLE_PAGE in _urls(wording)


def test_reconciliation_webhook_cites_a_pinned_commit_that_has_the_sample() -> None:
    member = lean.WebhookEventType.PAYMENT_RECONCILIATION_UPDATED
    [url] = [source.url for source in member.sources]
    assert url is not None
    pinned = r"/blob/[0-9a-f]{40}/UAE/Webhooks/payment\.reconciliation\.updated\.json$"
    assert re.search(pinned, url)


def _every_member() -> list[CodeEnum]:
    return [
        member
        for provider in bankcodes.PROVIDERS
        for enum_class in provider_module(provider).CODE_SETS
        for member in enum_class
    ]


def test_every_text_says_whose_words_it_is() -> None:
    fields = ("description", "message", "user_message", "advice", "steps_to_reproduce")
    for member in _every_member():
        info = member.info
        described = spec_text_fields(member)
        for field in (*fields, "notes"):
            wording = info.whose(field)
            assert (wording is None) == (field not in described), (member, field)
        notes = info.whose("notes")
        assert notes is None or notes.by == "bankcodes", member
        description = info.whose("description")
        if description is not None:
            assert description.by == ("bankcodes" if info.editorial else "provider"), member
        for field in fields:
            wording = info.whose(field)
            if wording is not None and wording.by == "provider":
                # A provider's published text is cited to something the provider published,
                # or to a mirror of it where the provider's own copy is not retrievable.
                ids = {source.id for source in wording.sources}
                kinds = {source.kind for source in wording.sources}
                assert kinds - {"third-party"} or ids <= MIRRORS, (member, field)
        for entry in info.http:
            assert (entry.cause_by is None) == (entry.cause is None), member


@functools.cache
def _spec_codes() -> dict[tuple[str, str, str], dict[str, Any]]:
    """Every code of the spec by (provider, code set, value)."""
    return {
        (provider, set_id, code["value"]): code
        for provider, entry in spec_data()["providers"].items()
        for set_id, code_set in entry["code_sets"].items()
        for code in code_set["codes"]
    }


def _spec_code(member: CodeEnum) -> dict[str, Any]:
    code_set = type(member).code_set()
    return _spec_codes()[code_set.provider, code_set.id, member.value]


def spec_text_fields(member: CodeEnum) -> set[str]:
    """The text fields the spec gives this code, read from the spec itself."""
    code = _spec_code(member)
    fields = ("description", "message", "user_message", "advice", "steps_to_reproduce")
    return {field for field in (*fields, "notes") if field in code}


def test_the_lenders_advice_is_not_the_borrowers_action() -> None:
    member = argyle.BankConnectionError.generic_error
    # Argyle's bank connection errors page addresses the lender.
    assert member.advice == "Ask the borrower to try again later."
    wording = member.info.whose("advice")
    assert wording is not None and wording.by == "provider"
    for language in ("en", "fr", "ar"):
        text = member.end_user_text(language)
        assert text is not None and "borrower" not in text.action
        assert text.action_by == ("bankcodes" if language == "en" else "bankcodes translation")


@pytest.fixture(scope="module")
def dist(typescript_dist: Path) -> Path:
    return typescript_dist


def test_typescript_metadata_says_whose_words(dist: Path) -> None:
    data = json.loads(run_node("dump_constants.mjs", str(dist)))
    info = data["sets"]["FlinksApiErrorCode"]["info"]
    assert info["CREATED"]["wording"]["description"] == {
        "by": "provider",
        "sources": ["flinks-authorize-error-codes"],
    }
    steps = data["sets"]["FlinksConnectStep"]["info"]
    assert steps["TOKEN_INVALID"]["wording"]["description"]["by"] == "bankcodes"


def test_the_site_shows_whose_words() -> None:
    page = (ROOT / "site" / "docs" / "reference" / "flinks" / "api_error_code.md").read_text(
        encoding="utf-8"
    )
    block = page[page.index('id="TOO_MANY_REQUESTS"') :]
    block = block[: block.index('id="UNKNOWN_CHALLENGE_KEY"')]
    assert "Description: Flinks' published text" in block
    assert "Notes: bankcodes' wording" in block
    steps = (ROOT / "site" / "docs" / "reference" / "flinks" / "connect_step_event.md").read_text(
        encoding="utf-8"
    )
    token = steps[steps.index('id="TOKEN_INVALID"') :]
    assert "Description: bankcodes' wording" in token


#: Flinks API codes that only seed 001 lists among the error-code pages (the readme-era and
#: current pages show no row for them), and codes every page lists.
FLINKS_ONLY_IN_SEED_001 = (
    "CONCURRENT_SESSION",
    "SESSION_EXPIRED",
    "ALREADY_AUTHORIZED",
    "SECURITYRESPONSES_INCOMPLETE",
)
FLINKS_ON_EVERY_PAGE = ("INVALID_REQUEST", "SESSION_NONEXISTENT", "CARD_IN_USE")


def test_flinks_api_codes_cite_only_pages_that_list_them() -> None:
    for code in FLINKS_ONLY_IN_SEED_001:
        member = flinks.ApiErrorCode(code)
        assert [source.id for source in member.sources] == ["seed-001"], code
    for code in FLINKS_ON_EVERY_PAGE:
        urls = {source.url for source in flinks.ApiErrorCode(code).sources}
        assert {
            "https://docs.flinks.com/reference/error-codes",
            "https://docs.flinks.com/api/authorize/error-codes",
        } <= urls, code
    # The description is seed 001's text; the current page words it differently.
    wording = flinks.ApiErrorCode.CARD_IN_USE.info.whose("description")
    assert wording is not None
    assert "https://docs.flinks.com/api/authorize/error-codes" not in _urls(wording)


#: Lean's data errors page (docs.leantech.me/v2.0-KSA/reference/data-specific-errors), the
#: Description column: words addressed to the customer.
LEAN_GRANULAR = {
    "BANK_MAINTENANCE": "Your bank is currently undergoing technical maintenance and online "
    "services are unavailable. Please try again later.",
    "DISABLED_BY_CLIENT": "This application has temporarily disabled functionality for this bank. "
    "Please try again later.",
}
#: Lean's revoke-consent reference (docs.leantech.me/reference/revokeconsent).
LEAN_REVOCATION = {
    "CLIENT_TERMINATED_RELATIONSHIP": "The client has ended their commercial relationship with "
    "the end user.",
    "ACCOUNT_CLOSED_BY_USER": "The end user has permanently closed their account with the client.",
}
#: Argyle's verification status schema, state descriptions.
ARGYLE_STATES = {
    "PAUSED": "Verification is paused because more data or documents are required.",
    "COMPLETED": "Verification is complete and report assets are available.",
}


@pytest.mark.parametrize(("code", "said"), LEAN_GRANULAR.items())
def test_lean_granular_codes_carry_lean_words_for_the_customer(code: str, said: str) -> None:
    info = lean.GranularStatusCode(code).info
    assert info.description == said and info.user_message == said
    assert not info.editorial
    wording = info.whose("user_message")
    assert wording is not None and wording.by == "provider"
    text = lean.GranularStatusCode(code).end_user_text()
    assert text is not None and text.message == said and text.message_by == "provider"


def test_published_descriptions_replace_bankcodes_words() -> None:
    for code, said in LEAN_REVOCATION.items():
        info = lean.ConsentRevocationReason(code).info
        assert (info.description, info.editorial) == (said, False)
    for state, said in ARGYLE_STATES.items():
        info = argyle.VerificationState(state).info
        assert (info.description, info.editorial) == (said, False)


def test_texts_cut_short_by_the_retrievable_copy_say_so() -> None:
    # Both rows run on past the retrievable copy of their page.
    for member in (
        lean.GranularStatusCode.DUPLICATED_REQUEST,
        lean.ApiErrorStatus.RATE_LIMIT_EXCEEDED,
    ):
        assert member.info.notes is not None and "short" in member.info.notes, member


def test_steps_seen_in_flinks_own_help_centre_cite_it() -> None:
    # Flinks' OAuth integration article shows a happy path with these steps.
    for step in (flinks.ConnectStep.INSTITUTION_SELECTED, flinks.ConnectStep.SUBMIT_CREDENTIAL):
        urls = {source.url or "" for source in step.sources}
        assert any(url.startswith("https://flinks.freshdesk.com/") for url in urls), step


def test_the_reference_names_advice_as_advice_to_the_integrator() -> None:
    # Flinks' error codes page: INVALID_LOGIN's "Customer should verify and re-enter their login
    # details." is what the integrator is told, not an action the customer is shown.
    whose = code_row("flinks", "api_error_code", "INVALID_LOGIN", "Whose words")
    assert "Advice to the integrator: Flinks' published text" in whose
    assert "User action" not in whose
