"""UAE Open Finance, read from its pinned files (Nebras-Open-Finance/api-specs at ad5bb21d, the
repository whose README calls its OpenAPI YAML files "the source of truth"). Every expected value
is typed from them: the Payment API v2.1-errata2 (dist/standards/v2.1-errata2/uae-bank-initiation-
openapi.yaml: AEError400Code L1009, AEError403Code L1055, AEError409Code L1092, AEError500Code
L1125, each anyOf an enum and the pattern ^[A-Za-z]+\\.[A-Za-z0-9]+$; AEPaymentStatus L1218,
AEFilePaymentStatus L1242, AEConsentStatus.AEConsentStatusCodes L3122, AERevokedByCodes L3291, the
examples Error400BadRequestSigned, Error403ForbiddenSigned L4358 and
Error500InternalServerErrorSigned), Insurance v2.1-errata1 (AEError400Codes L6578, which lists
JWS.InvalidPayload), the authorization endpoints v2.1-errata2 (OAuthErrorCodes L3600) and the
repository's LICENSE (L3: "Copyright (c) 2026 Nebras Open Finance", MIT)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import bankcodes
from bankcodes import payloads, uaeopenfinance
from tests.support.drift_case import saved_copy_drift
from tests.support.helpers import ROOT, counts, spec_data

#: AEError400Code's enum (bank-initiation L1010-1031), in the file's order.
ERROR_400 = [
    "Consent.Invalid", "Consent.BusinessRuleViolation", "Consent.FailsControlParameters",
    "Consent.InvalidUserIdentifier", "JWS.InvalidSignature", "JWS.Malformed", "JWS.InvalidClaim",
    "JWS.InvalidHeader", "JWE.DecryptionError", "JWE.InvalidHeader", "GenericRecoverableError",
    "GenericError", "Event.UnexpectedEvent", "Body.InvalidFormat", "Resource.InvalidFormat",
]  # fmt: skip
#: AEError403Code's enum (L1055).
ERROR_403 = [
    "AccessToken.InvalidScope", "Consent.TransientAccountAccessFailure",
    "Consent.AccountTemporarilyBlocked", "Consent.PermanentAccountAccessFailure",
    "GenericRecoverableError", "GenericError",
]  # fmt: skip
#: AEError409Code's and AEError500Code's enums (L1092, L1125).
ERROR_409 = ERROR_500 = ["GenericRecoverableError", "GenericError"]
#: The one code Insurance's AEError400Codes (L6578) adds to AEError400Code's.
ONLY_IN_CODES_FILES = "JWS.InvalidPayload"
#: The form of a namespaced code, the enum's other anyOf branch (L1032).
FORM = "^[A-Za-z]+\\.[A-Za-z0-9]+$"

#: AEConsentStatus.AEConsentStatusCodes' table (L3122): state type and description.
CONSENT = {
    "AwaitingAuthorization": ("Pending", "The consent is awaiting authorization."),
    "Authorized": ("In Use", "The consent has been successfully authorized."),
    "Rejected": ("Terminal", "The unauthorized consent has been rejected at the LFI."),
    "Revoked": ("Terminal", "The consent has been revoked at the TPP or LFI."),
    "Expired": ("Terminal", "The consent is now expired."),
    "Consumed": ("Terminal", "The consented action(s) have either been completed successfully."),
    "Suspended": ("In Use", "The consent has been suspended, pending further enquiries."),
}
#: AEPaymentStatus' list (L1218), the first space after a colon aside.
PAYMENT = {
    "Pending": "Payment initiation or individual transaction included in the payment initiation "
    "is pending. Further checks and status update will be performed.",
    "AcceptedSettlementCompleted": "Settlement of the Debtor's account has been completed",
    "AcceptedCreditSettlementCompleted": "When the Creditor account has been credited with the "
    "funds of the payment initiated via the TPP",
    "AcceptedWithoutPosting": "When the Recipient Bank has accepted the payment but has not "
    "applied the credit to the Creditor account yet.",
    "Rejected": "The payment initiation has been rejected",
}
#: AEFilePaymentStatus' list (L1242).
FILE_PAYMENT = {
    "Received": "The file payment has been received.",
    "Rejected": "The file payment has been rejected.",
}
#: AEConsentStatus.AERevokedByCodes' table (L3291).
REVOKED_BY = {
    "LFI": "Revoked by LFI without User initiation",
    "TPP": "Revoked by TPP without User initiation",
    "LFI.InitiatedByUser": "Initiated by User via the LFI",
    "TPP.InitiatedByUser": "Initiated by User via the TPP",
}
#: OAuthErrorCodes (authorization endpoints L3600).
OAUTH = [
    "invalid_request", "invalid_client", "invalid_grant", "unauthorized_client",
    "unsupported_grant_type", "invalid_scope",
]  # fmt: skip
#: The claims every example of the Payment API's signed errors shares.
CLAIMS = {
    "iss": "c50f0152-49bb-4dc4-b866-b625271c4e78",
    "exp": 3349494246,
    "nbf": 1675765189,
    "aud": ["e63df191-5fff-4e9c-bba2-b273c94e87f0"],
    "iat": 1675765189,
}
#: The three examples' codes and messages (Error400BadRequestSigned, Error403ForbiddenSigned,
#: Error500InternalServerErrorSigned).
EXAMPLES = [
    ("GenericError", "A mandatory field is missing."),
    ("AccessToken.InvalidScope",
     "The access token did not have an appropriate scope attached to it."),
    ("GenericError", "An Internal Server error has occurred. Please retry in 60 seconds."),
]  # fmt: skip


def _values(code_set: type[bankcodes.CodeEnum]) -> list[str]:
    return [str(member.value) for member in code_set]


def test_the_error_codes_are_the_files_twenty() -> None:
    prescribed = dict.fromkeys([*ERROR_400, ONLY_IN_CODES_FILES, *ERROR_403])
    assert len(prescribed) == 20
    assert sorted(_values(uaeopenfinance.ErrorCode)) == sorted(prescribed)


@pytest.mark.parametrize(
    ("status", "codes"),
    [
        (400, [*ERROR_400, ONLY_IN_CODES_FILES]),
        (403, ERROR_403),
        (409, ERROR_409),
        (500, ERROR_500),
    ],
)
def test_each_code_is_sent_with_the_statuses_whose_enum_lists_it(
    status: int, codes: list[str]
) -> None:
    for value in codes:
        assert status in uaeopenfinance.ErrorCode(value).http_statuses, value
    listed = {*ERROR_400, *ERROR_403, ONLY_IN_CODES_FILES}
    for value in listed - set(codes):
        assert status not in uaeopenfinance.ErrorCode(value).http_statuses, value


def test_jws_invalid_payload_is_cited_to_the_files_that_list_it_alone() -> None:
    code = uaeopenfinance.ErrorCode(ONLY_IN_CODES_FILES)
    paths = {source.url.rsplit("/", 1)[-1] for source in code.sources if source.url}
    assert "uae-insurance-openapi.yaml" in paths
    assert "uae-bank-initiation-openapi.yaml" not in paths


#: The standard's guide for banks (community-standards at 1cb5dbe8, LFI API Hub guide, Single
#: Instant Payment, POST /payments, "Error responses": "| `errorCode` | When to use |"), its 400
#: table then its 403 table; GenericRecoverableError and GenericError by their 400 rows.
GUIDE = {
    "Body.InvalidFormat":
        "Request body is absent, not valid JSON, or does not match the schema",
    "Resource.InvalidFormat": "Field is present but not syntactically valid",
    "Consent.Invalid": "Consent is invalid or expired",
    "Consent.BusinessRuleViolation": "Business rule violation in consent",
    "Consent.FailsControlParameters": "Consent fails control parameters",
    "Consent.InvalidUserIdentifier": "Invalid user identifier in consent",
    "JWS.InvalidSignature": "JWS signature is invalid",
    "JWS.Malformed": "JWS is malformed",
    "JWS.InvalidClaim": "JWS contains invalid claim",
    "JWS.InvalidHeader": "JWS header is invalid",
    "JWE.DecryptionError": "Error decrypting JWE",
    "JWE.InvalidHeader": "JWE header is invalid",
    "GenericRecoverableError": "Recoverable validation error not covered above — Hub may retry",
    "GenericError": "Unrecoverable validation error not covered above",
    "Event.UnexpectedEvent": "Unexpected event occurred",
    "AccessToken.InvalidScope": "The Hub's token does not include the required scope",
    "Consent.TransientAccountAccessFailure":
        "Account temporarily inaccessible — Hub may retry after a delay",
    "Consent.AccountTemporarilyBlocked":
        "Account temporarily blocked/suspended — Hub may retry after a delay",
    "Consent.PermanentAccountAccessFailure":
        "Account permanently inaccessible due to infrastructure reasons",
}  # fmt: skip
GUIDE_SOURCE = "uae-cs-lfi-single-instant-payment"


def test_each_error_code_has_the_standard_s_text_from_its_guide_for_banks() -> None:
    assert len(GUIDE) == 19
    for value, text in GUIDE.items():
        info = uaeopenfinance.ErrorCode(value).info
        assert (info.description, info.editorial) == (text, False), value
        wording = info.whose("description")
        assert wording is not None and wording.by == "provider", value
        assert [source.id for source in wording.sources] == [GUIDE_SOURCE], value
    # The guide's tables do not list the one code only the AEError400Codes files list.
    assert ONLY_IN_CODES_FILES not in GUIDE
    assert uaeopenfinance.ErrorCode(ONLY_IN_CODES_FILES).info.editorial


def test_the_guide_s_retry_hints_are_facts() -> None:
    # "Account temporarily blocked/suspended — Hub may retry after a delay" (403), against its
    # category's account_unavailable.
    blocked = uaeopenfinance.ErrorCode("Consent.AccountTemporarilyBlocked")
    assert (blocked.info.retryable, blocked.info.next_step) == (True, "retry_later")
    # The guide calls GenericError "Unrecoverable", but the Payment API's own example of it says
    # "Please retry in 60 seconds.": it keeps its category's retry (retryable) and no own step.
    generic = uaeopenfinance.ErrorCode("GenericError")
    assert (generic.info.retryable, generic.info.next_step) == (True, None)
    assert "Please retry in 60 seconds." in (generic.info.notes or "")
    # The 500 row: "Transient server error — Hub may retry after a delay".
    rules = spec_data()["providers"]["uaeopenfinance"]["retries"]["rules"]
    hinted = [rule for rule in rules if GUIDE_SOURCE in rule["sources"]]
    assert [(r["statuses"], r["quote"]) for r in hinted] == [
        ([403, 500], "Transient server error — Hub may retry after a delay")
    ]


def test_a_namespaced_code_is_the_answering_organisation_s_own() -> None:
    code_set = uaeopenfinance.ErrorCode.code_set()
    assert code_set.own_codes == FORM
    found = uaeopenfinance.ErrorCode.parse("AANI.RJ01")
    assert isinstance(found, bankcodes.UnknownCode)
    assert (found.known, found.own, found.category) == (
        False,
        True,
        bankcodes.Category.GENERIC_FAILURE,
    )
    assert "a namespaced Error Code where the namespace is the system or organisation" in (
        found.description
    )
    # GenericError has no dot: the enum takes it, the form does not (the files' anyOf).
    for value in ("Generic", "AANI.RJ.01", "AANI."):
        other = uaeopenfinance.ErrorCode.parse(value)
        assert isinstance(other, bankcodes.UnknownCode) and not other.own, value
        assert other.category is bankcodes.Category.UNKNOWN, value


def test_a_code_of_the_form_is_not_reported_as_unknown() -> None:
    told: list[bankcodes.SeenUnknown] = []
    bankcodes.on_unknown(told.append)
    try:
        own = bankcodes.classify("uaeopenfinance", "Bank.Rejected7", "error_code")
        other = bankcodes.classify("uaeopenfinance", "no form", "error_code")
    finally:
        bankcodes.on_unknown(None)
    assert (own, other) == (bankcodes.Category.GENERIC_FAILURE, bankcodes.Category.UNKNOWN)
    assert [report.value for report in told] == ["no form"]


def test_the_consent_statuses_are_the_table_s_seven_with_their_state_types() -> None:
    assert _values(uaeopenfinance.ConsentStatus) == list(CONSENT)
    for value, (state, text) in CONSENT.items():
        info = uaeopenfinance.ConsentStatus(value).info
        assert info.description == text and not info.editorial
        assert f"State Type: {state}." in (info.notes or "")


@pytest.mark.parametrize(
    ("code_set", "texts"),
    [
        (uaeopenfinance.PaymentStatus, PAYMENT),
        (uaeopenfinance.FilePaymentStatus, FILE_PAYMENT),
        (uaeopenfinance.RevokedBy, REVOKED_BY),
    ],
)
def test_each_status_has_the_file_s_text(
    code_set: type[bankcodes.CodeEnum], texts: dict[str, str]
) -> None:
    assert sorted(_values(code_set)) == sorted(texts)
    for value, text in texts.items():
        assert code_set(value).description == text


def test_who_revoked_a_consent_names_an_actor() -> None:
    for member in uaeopenfinance.RevokedBy:
        assert member.category is bankcodes.Category.INFORMATIONAL


def test_the_oauth_errors_are_the_file_s_six() -> None:
    assert _values(uaeopenfinance.OAuthError) == OAUTH
    for member in uaeopenfinance.OAuthError:
        assert member.http_statuses == (400,) and member.info.editorial


def test_the_signed_examples_are_the_file_s_three_read_by_their_payload() -> None:
    examples = spec_data()["payloads"]["uaeopenfinance/signed-error"]["examples"]
    expected = [
        {**CLAIMS, "message": {"Errors": [{"Code": code, "Message": message}]}}
        for code, message in EXAMPLES
    ]
    assert [example["data"] for example in examples] == expected
    for example, (code, _) in zip(examples, EXAMPLES, strict=True):
        found = payloads.decisive_code("uaeopenfinance/signed-error", example["data"])
        assert found is not None and str(found.code.value) == code


def test_the_signed_kind_says_why_its_signature_is_not_verified() -> None:
    from bankcodes._payload_kinds import KINDS

    why = KINDS["uaeopenfinance/signed-error"].jwt_unverified
    assert why is not None and "name no signer, algorithm or key" in why
    assert KINDS["uaeopenfinance/error"].jwt_unverified is None


def test_the_standard_s_page_names_its_licence_and_its_source_of_truth() -> None:
    page = (ROOT / "site" / "docs" / "reference" / "uaeopenfinance" / "index.md").read_text(
        encoding="utf-8"
    )
    [row] = [line for line in page.splitlines() if "<tr><td>Licence</td>" in line]
    assert "MIT License, as stated in" in row
    assert "<tr><td>Publisher</td><td>Nebras Open Finance</td></tr>" in page
    sources = (ROOT / "site" / "docs" / "reference" / "sources" / "uaeopenfinance.md").read_text(
        encoding="utf-8"
    )
    assert "“the source of truth”" in sources


def test_a_token_response_states_its_consent_s_end() -> None:
    # Handling the callback, "Consent status in /token responses": the Authorization Server
    # "returns not only the access_token and refresh_token but also the Consent object"; its
    # example: "authorization_details": [{..., "consent": {"Data": {..., "ExpirationDateTime":
    # "2026-12-25T23:00:00.000Z", ...}}}].
    # A data sharing consent read states its end at Data.ExpirationDateTime too.
    ends = spec_data()["providers"]["uaeopenfinance"]["body_rules"]["ends"]
    assert [end["path"] for end in ends] == [
        "$.authorization_details[*].consent.Data.ExpirationDateTime",
        "$.Data.ExpirationDateTime",
    ]
    assert "uae-cs-handling-callback" in ends[0]["sources"]
    assert not any("null_means_never" in end for end in ends)


def test_drift_counts_each_file_s_enums_whole() -> None:
    """Drift reads each pinned file's enums (the Code files' AEError400Codes, AEError403Codes and
    AEErrorGenericCodes list the 19 codes and JWS.InvalidPayload); the spec records that the
    catalog holds every value each lists."""
    codes = len(dict.fromkeys(ERROR_400 + ERROR_403 + ERROR_409 + ERROR_500))
    consent = {"uaeopenfinance.consent_status": len(CONSENT)}
    revoked = {"uaeopenfinance.revoked_by": len(REVOKED_BY)}
    payment = {"uaeopenfinance.payment_status": len(PAYMENT)}
    expected = {
        "uaeopenfinance-payment": {
            "uaeopenfinance.error_code": codes,
            **consent,
            **payment,
            "uaeopenfinance.file_payment_status": len(FILE_PAYMENT),
            **revoked,
        },
        "uaeopenfinance-account-information": {
            "uaeopenfinance.error_code": codes,
            **consent,
            **revoked,
        },
        "uaeopenfinance-atm": {"uaeopenfinance.error_code": codes},
        "uaeopenfinance-product": {"uaeopenfinance.error_code": codes},
        "uaeopenfinance-webhook": {
            "uaeopenfinance.error_code": codes + 1,
            **consent,
            **payment,
            **revoked,
        },
        "uaeopenfinance-authorization": {
            **consent,
            **revoked,
            "uaeopenfinance.oauth_error": len(OAUTH),
        },
        **{
            f"uaeopenfinance-{name}": {"uaeopenfinance.error_code": codes + 1}
            for name in ("account-opening", "confirmation-of-payee", "fx", "insurance")
        },
    }
    assert codes == 19
    for source, listed in expected.items():
        assert counts(source) == {ref: (n, n) for ref, n in listed.items()}, source


def test_drift_reads_the_authorization_endpoints_enums(tmp_path: Path) -> None:
    """An excerpt of the authorization endpoints' file, its three enums as the file writes them:
    an OAuth error added to it is a difference."""
    schemas = {
        "AEConsentStatus.AEConsentStatusCodes": {"type": "string", "enum": list(CONSENT)},
        "AEConsentStatus.AERevokedByCodes": {"type": "string", "enum": list(REVOKED_BY)},
        "OAuthErrorCodes": {"type": "string", "enum": OAUTH},
    }
    agreed = json.dumps({"openapi": "3.0.1", "components": {"schemas": schemas}})
    edited = agreed.replace('"invalid_scope"', '"invalid_scope", "access_denied"')
    out = saved_copy_drift(
        tmp_path / "uaeopenfinance-authorization.json",
        "uaeopenfinance-authorization",
        agreed,
        edited,
    )
    assert "access_denied" in out
