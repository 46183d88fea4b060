"""The Berlin Group's facts, typed from its sources: its NextGenPSD2 OpenAPI file 1.3.11 ("psd2-api
v1.3.11-2021-10-01v1.yaml", info.version 1.3.11_2021-09-24, as stadlar/IST-FUT-FMTH keeps it at
f70f733f: MessageCode2XX at line 8141, MessageCode200InitiationStatus at 8148,
MessageCode201PaymentInitiation at 8155, MessageCode401_PIS's KID_MISSING at 8259) and its
Implementation Guidelines 1.3.8 (30 October 2020, the PDF in the same repository, published under
CC BY-ND 4.0: section 14.11 Message Code, printed pages 276 to 281), whose texts are the Berlin
Group's own and are quoted, never reworded."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import bankcodes
from tests.support.drift_case import saved_copy_drift
from tests.support.helpers import counts, provider_module, spec_data

berlingroup = provider_module("berlingroup")

#: The 1.3.11 file's MessageCode enums, in its order (the generic 400 and 401 codes as the file
#: lists them for every service, then each service's own).
GENERIC_400 = [
    "FORMAT_ERROR", "PARAMETER_NOT_CONSISTENT", "PARAMETER_NOT_SUPPORTED", "SERVICE_INVALID",
    "RESOURCE_UNKNOWN", "RESOURCE_EXPIRED", "RESOURCE_BLOCKED", "TIMESTAMP_INVALID",
    "PERIOD_INVALID", "SCA_METHOD_UNKNOWN", "SCA_INVALID", "CONSENT_UNKNOWN",
]  # fmt: skip
GENERIC_401 = [
    "CERTIFICATE_INVALID", "ROLE_INVALID", "CERTIFICATE_EXPIRED", "CERTIFICATE_BLOCKED",
    "CERTIFICATE_REVOKE", "CERTIFICATE_MISSING", "SIGNATURE_INVALID", "SIGNATURE_MISSING",
    "CORPORATE_ID_INVALID", "PSU_CREDENTIALS_INVALID", "CONSENT_INVALID", "CONSENT_EXPIRED",
    "TOKEN_UNKNOWN", "TOKEN_INVALID", "TOKEN_EXPIRED",
]  # fmt: skip
GENERIC_403 = ["CONSENT_UNKNOWN", "SERVICE_BLOCKED", "RESOURCE_UNKNOWN", "RESOURCE_EXPIRED"]
ENUMS_1_3_11: dict[str, list[str]] = {
    "MessageCode2XX": ["WARNING"],
    "MessageCode200InitiationStatus": ["FUNDS_NOT_AVAILABLE"],
    "MessageCode201PaymentInitiation": ["WARNING", "BENEFICIARY_WHITELISTING_REQUIRED"],
    "MessageCode400_AIS": [*GENERIC_400, "SESSIONS_NOT_SUPPORTED"],
    "MessageCode400_PIS": [*GENERIC_400, "PAYMENT_FAILED", "EXECUTION_DATE_INVALID"],
    "MessageCode400_PIIS": [*GENERIC_400, "CARD_INVALID", "NO_PIIS_ACTIVATION"],
    "MessageCode400_SBS": [*GENERIC_400, "REFERENCE_MIX_INVALID"],
    "MessageCode401_PIS": [*GENERIC_401, "KID_MISSING"],
    "MessageCode401_AIS": GENERIC_401,
    "MessageCode401_PIIS": GENERIC_401,
    "MessageCode401_SBS": GENERIC_401,
    "MessageCode403_PIS": [*GENERIC_403, "PRODUCT_INVALID"],
    "MessageCode403_AIS": GENERIC_403,
    "MessageCode403_PIIS": GENERIC_403,
    "MessageCode403_SBS": GENERIC_403,
    "MessageCode404_PIS": ["RESOURCE_UNKNOWN", "PRODUCT_UNKNOWN"],
    "MessageCode404_AIS": ["RESOURCE_UNKNOWN"],
    "MessageCode404_PIIS": ["RESOURCE_UNKNOWN"],
    "MessageCode404_SBS": ["RESOURCE_UNKNOWN"],
    "MessageCode405_PIS": ["SERVICE_INVALID"],
    "MessageCode405_PIS_CANC": ["CANCELLATION_INVALID", "SERVICE_INVALID"],
    "MessageCode405_AIS": ["SERVICE_INVALID"],
    "MessageCode405_PIIS": ["SERVICE_INVALID"],
    "MessageCode405_SBS": ["SERVICE_INVALID"],
    "MessageCode406_AIS": ["REQUESTED_FORMATS_INVALID"],
    "MessageCode409_AIS": ["STATUS_INVALID"],
    "MessageCode409_PIS": ["STATUS_INVALID"],
    "MessageCode409_PIIS": ["STATUS_INVALID"],
    "MessageCode409_SBS": ["REFERENCE_STATUS_INVALID", "STATUS_INVALID"],
    "MessageCode429_AIS": ["ACCESS_EXCEEDED"],
}

#: Implementation Guidelines 1.3.8, section 14.11, verbatim (a row's Description column, its
#: lines joined): the Berlin Group's texts, by the code as the OpenAPI file spells it.
GUIDELINES = {
    # 14.11.1, p. 276 (the Guidelines spell this code CERTIFICATE_REVOKED).
    "CERTIFICATE_REVOKE": "Signature/corporate seal certificate has been revoked by QSTP.",
    "CERTIFICATE_MISSING": (
        "Signature/corporate seal certificate was not available in the request but is mandated "
        "for the corresponding."
    ),
    "ROLE_INVALID": "The TPP does not have the correct PSD2 role to access this service.",
    # 14.11.1, pp. 276-277.
    "FORMAT_ERROR": (
        "Format of certain request fields are not matching the XS2A requirements. An explicit "
        "path to the corresponding field might be added in the return message.\n\nThis applies "
        "to headers and body entries. It also applies in cases where these entries are referring "
        "to erroneous or not existing data instances, e.g. a malformed IBAN."
    ),
    # 14.11.1, p. 277.
    "CONSENT_INVALID": (
        "The consent was created by this TPP but is not valid for the addressed service/resource."
    ),
    # 14.11.1, p. 279.
    "STATUS_INVALID": "The addressed resource does not allow addtitional authorisation.",
    # 14.11.2, p. 279.
    "REQUIRED_KID_MISSING": (
        "The payment initiation has failed due to a missing KID. This is a specific message code "
        "for the Norwegian market, where ASPSP can require the payer to transmit the KID."
    ),
    "PRODUCT_INVALID": "The addressed payment product is not available for the PSU .",
    # 14.11.3, p. 280.
    "ACCESS_EXCEEDED": (
        "The access on the account has been exceeding the consented multiplicity without PSU "
        "involvement per day."
    ),
    # 14.11.5, p. 281.
    "REFERENCE_STATUS_INVALID": "At least one of the references is already fully authorised.",
}
#: 14.11.3 AIS Specific HTTP Error Codes, pp. 279-280: CONSENT_INVALID's second text (401).
CONSENT_INVALID_AIS = (
    "The consent definition is not complete or invalid. In case of being not complete, the bank "
    "is not supporting a completion of the consent towards the PSU.\n\nAdditional information "
    "will be provided."
)


def test_the_catalog_holds_version_1_3_11() -> None:
    # info.version "1.3.11_2021-09-24"; the file's name says 2021-10-01.
    assert spec_data("berlingroup")["providers"]["berlingroup"]["versions"] == ["1.3.8", "1.3.11"]


def test_1_3_11_adds_two_codes_to_its_successful_answers() -> None:
    funds = berlingroup.MessageCode("FUNDS_NOT_AVAILABLE")
    whitelisting = berlingroup.MessageCode("BENEFICIARY_WHITELISTING_REQUIRED")
    # MessageCode200InitiationStatus: "Message codes for HTTP codes 200 to a Payment Initiation
    # Status Request."; MessageCode201PaymentInitiation: "Message codes for HTTP Codes 201 to a
    # Payment Initiation Request.".
    assert funds.http_statuses == (200,)
    assert whitelisting.http_statuses == (201,)
    assert (funds.info.group, whitelisting.info.group) == ("pis", "pis")
    # The file gives them no text, and the 1.3.8 Guidelines predate them.
    assert funds.info.editorial and whitelisting.info.editorial
    # WARNING is listed for the 201 answer to a payment initiation too.
    assert 201 in berlingroup.MessageCode("WARNING").http_statuses


def test_kid_missing_is_required_kid_missing_renamed() -> None:
    # 1.3.8: "REQUIRED_KID_MISSING" #PIS, last of MessageCode401_PIS; 1.3.11: "KID_MISSING" #PIS
    # in the same place. One code: its value kept, the new spelling an alias.
    code = berlingroup.MessageCode("KID_MISSING")
    assert code is berlingroup.MessageCode("REQUIRED_KID_MISSING")
    assert code.value == "REQUIRED_KID_MISSING" and "KID_MISSING" in code.aliases
    assert code.http_statuses == (401,)
    assert code.info.lifecycle is None
    (found,) = bankcodes.lookup("berlingroup", "KID_MISSING")
    assert found is code


@pytest.mark.parametrize(("value", "text"), GUIDELINES.items())
def test_the_descriptions_are_the_guidelines_own_words(value: str, text: str) -> None:
    code = berlingroup.MessageCode(value)
    assert code.description == text
    assert not code.info.editorial
    (wording,) = [w for w in code.info.wording if w.field == "description"]
    assert (wording.by, [s.id for s in wording.sources]) == ("provider", ["berlingroup-ig-1-3-8"])


def test_consent_invalid_keeps_the_ais_table_s_text() -> None:
    causes = {h.cause for h in berlingroup.MessageCode("CONSENT_INVALID").info.http}
    assert CONSENT_INVALID_AIS in causes


def test_only_the_codes_the_guidelines_do_not_list_are_in_bankcodes_words() -> None:
    # Section 14.11 lists no WARNING, and the two codes new in 1.3.11 postdate it.
    editorial = {code.value for code in berlingroup.MessageCode if code.info.editorial}
    assert editorial == {"WARNING", "FUNDS_NOT_AVAILABLE", "BENEFICIARY_WHITELISTING_REQUIRED"}


def test_the_guidelines_licence_is_on_their_source() -> None:
    # License Notice: "Creative Commons Attribution-NoDerivatives 4.0 International Public
    # License"; the OpenAPI files are CC BY 4.0.
    source = spec_data("berlingroup")["sources"]["berlingroup-ig-1-3-8"]
    assert "Creative Commons Attribution-NoDerivatives 4.0" in source["title"]
    assert "read_in_part" in source
    licence = spec_data("berlingroup")["providers"]["berlingroup"]["licence"]
    assert licence["url"] == "https://creativecommons.org/licenses/by/4.0/"


#: The 1.3.11 file's consentStatus (line 4093): "This is the overall lifecycle status of the
#: consent." Its values and texts, in its order.
CONSENT_STATUS = {
    "received": "The consent data have been received and are technically correct. "
    "The data is not authorised yet.",
    "rejected": "The consent data have been rejected e.g. since no successful authorisation has "
    "taken place.",
    "valid": "The consent is accepted and valid for GET account data calls and others as "
    "specified in the consent object.",
    "revokedByPsu": "The consent has been revoked by the PSU towards the ASPSP.",
    "expired": "The consent expired.",
    "terminatedByTpp": "The corresponding TPP has terminated the consent by applying the DELETE "
    "method to the consent resource.",
    "partiallyAuthorised": "The consent is due to a multi-level authorisation, some but not all "
    "mandated authorisations have been performed yet.",
}


def _excerpt(enums: dict[str, list[str]]) -> dict[str, object]:
    schemas: dict[str, object] = {
        name: {"type": "string", "enum": values} for name, values in enums.items()
    }
    # consentStatus as the file writes it: its text a YAML block, each value a line of it.
    rows = "".join(f"  - '{value}': {text}\n" for value, text in CONSENT_STATUS.items())
    text = f"This is the overall lifecycle status of the consent.\n\nValid values are:\n{rows}"
    schemas["consentStatus"] = {"description": text, "enum": list(CONSENT_STATUS)}
    return {
        "openapi": "3.0.1",
        "info": {"version": "1.3.11_2021-09-24"},
        "components": {"schemas": schemas},
    }


def test_drift_reads_the_1_3_11_file_s_enums(tmp_path: Path) -> None:
    # A file without 1.3.11's new 201 code is one the catalog is not in sync with.
    older = {**ENUMS_1_3_11, "MessageCode201PaymentInitiation": ["WARNING"]}
    out = saved_copy_drift(
        tmp_path / "berlingroup-psd2-api-1-3-11.json",
        "berlingroup-psd2-api-1-3-11",
        json.dumps(_excerpt(ENUMS_1_3_11)),
        json.dumps(_excerpt(older)),
    )
    assert "BENEFICIARY_WHITELISTING_REQUIRED" in out


def test_the_consent_statuses_are_the_file_s_with_its_texts() -> None:
    statuses = berlingroup.ConsentStatus
    assert [str(member.value) for member in statuses] == list(CONSENT_STATUS)
    for value, text in CONSENT_STATUS.items():
        assert (statuses(value).description, statuses(value).info.editorial) == (text, False)
    # Implementation Guidelines 1.3.8, section 6 (printed page 45): "The following codes are
    # supported during the lifecycle phase of the consent: "expired" ... "revokedByPsu" ...
    # "terminatedByTpp"", each an end of the consent.
    consent = spec_data()["providers"]["berlingroup"]["consent"]
    ended = [e["code"] for e in consent["ended_by"] if e["code_set"] == "consent_status"]
    assert ended == ["expired", "revokedByPsu", "terminatedByTpp"]
    assert statuses("expired").info.next_step == "renew_consent"
    assert statuses("valid").category is bankcodes.Category.SUCCESS


def test_a_503_is_generally_temporary() -> None:
    # Implementation Guidelines 1.3.8, 4.12 (printed page 38): "503 Service Unavailable The
    # ASPSP server is currently unavailable. Generally, this is a temporary state."
    rules = spec_data()["providers"]["berlingroup"]["retries"]["rules"]
    assert [r["statuses"] for r in rules] == [[401], [503]]
    assert rules[1]["quote"].endswith("Generally, this is a temporary state.")
    decision = bankcodes.decide(None, provider="berlingroup", status=503)
    assert decision.next_step == "retry_later"


def test_drift_counts_the_file_s_consent_statuses_whole(tmp_path: Path) -> None:
    """consentStatus's enum is read with the message codes: a status added is a difference."""
    agreed = json.dumps(_excerpt(ENUMS_1_3_11))
    # The enum's last value is partiallyAuthorised.
    edited = agreed.replace('"partiallyAuthorised"]', '"partiallyAuthorised", "replaced"]')
    assert edited != agreed
    out = saved_copy_drift(
        tmp_path / "berlingroup-psd2-api-1-3-11.json", "berlingroup-psd2-api-1-3-11", agreed, edited
    )
    assert "replaced" in out
    listed = len(CONSENT_STATUS)
    assert counts("berlingroup-psd2-api-1-3-11")["berlingroup.consent_status"] == (listed, listed)
