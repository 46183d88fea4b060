"""UK Open Banking v3.1.11's payment, consent and multiple authorisation statuses, named in full,
and a domestic VRP's statuses in v3.1.11 and v4.0. Typed from the v3.1.11 files
(OpenBankingUK/read-write-api-specs at 6b06eb9f5b319618828151dd637ddff5c00965c2,
dist/openapi/payment-initiation-openapi.yaml and vrp-openapi.yaml: the Status enums of their
response schemas), the v4.0 VRP file (at 28811990e053ba2a308812131d67001803382414,
dist/openapi/vrp-openapi.yaml: OBDomesticVRPResponse, OBDomesticVRPDetails and
OBDomesticVRPConsentResponse) and the v3.1.11 documentation (read-write-api-docs-pub at ab19be9a:
profiles/payment-initiation-api-profile.md, its Static Enumerations table L755-814;
resources-and-data-models/pisp/file-payment-consents.md L63; pisp/domestic-payments.md, its
usage example L337-375)."""

from __future__ import annotations

import json
from pathlib import Path

from bankcodes import Category, payloads
from tests.support.drift_case import saved_copy_drift
from tests.support.helpers import counts, provider_module, spec_data

ukob = provider_module("ukob")

#: OBTransactionIndividualStatus1Code (OBWriteDomesticResponse5's and OBWriteInternational-
#: Response5's Data.Status) with the profile's definitions, L756-760.
INDIVIDUAL = {
    "AcceptedSettlementInProcess": (
        "All preceding checks such as technical validation and customer profile were successful "
        "and therefore the payment initiation has been accepted for execution."
    ),
    "Pending": (
        "Payment initiation or individual transaction included in the payment initiation is "
        "pending. Further checks and status update will be performed."
    ),
    "Rejected": (
        "Payment initiation or individual transaction included in the payment initiation has "
        "been rejected."
    ),
    "AcceptedWithoutPosting": (
        "Payment instruction included in the credit transfer is accepted without being posted "
        "to the creditor customer's account."
    ),
    "AcceptedCreditSettlementCompleted": (
        "Settlement on the creditor's account has been completed."
    ),
}
#: OBExternalStatus1Code and OBExternalStatus3Code (a scheduled payment's, a standing order's
#: and a file payment's Data.Status), L772-774 and L781.
ORDER = {
    "InitiationCompleted": "The payment-order initiation has been completed.",
    "InitiationFailed": "The payment-order initiation has failed.",
    "InitiationPending": "The payment-order initiation is pending.",
    "Cancelled": (
        "Payment initiation has been successfully cancelled after having received a request "
        "for cancellation."
    ),
}
#: OBWritePaymentDetailsResponse1's PaymentStatus[].Status enum (and OBDomesticVRPDetails').
DETAILS = [
    "Accepted", "AcceptedCancellationRequest", "AcceptedCreditSettlementCompleted",
    "AcceptedCustomerProfile", "AcceptedFundsChecked", "AcceptedSettlementCompleted",
    "AcceptedSettlementInProcess", "AcceptedTechnicalValidation", "AcceptedWithChange",
    "AcceptedWithoutPosting", "Cancelled", "NoCancellationProcess",
    "PartiallyAcceptedCancellationRequest", "PartiallyAcceptedTechnicalCorrect",
    "PaymentCancelled", "Pending", "PendingCancellationRequest", "Received", "Rejected",
    "RejectedCancellationRequest",
]  # fmt: skip
#: OBExternalConsentStatus1Code, L761-764; the file payment consent's enum adds AwaitingUpload.
CONSENT = {
    "AwaitingAuthorisation": "The consent resource is awaiting PSU authorisation.",
    "Rejected": "The consent resource has been rejected.",
    "Authorised": "The consent resource has been successfully authorised.",
    "Consumed": (
        "The consented action has been successfully completed. This does not reflect the "
        "status of the consented action."
    ),
}
AWAITING_UPLOAD = (
    'The default Status is "AwaitingUpload" immediately after the file-payment-consent has been '
    "created."
)
#: OBExternalStatus2Code, L775-777.
MULTI = {
    "Authorised": "The multiple authorisation flow has been fully authorised.",
    "AwaitingFurtherAuthorisation": (
        "The multiple authorisation flow is awaiting further authorisation."
    ),
    "Rejected": "The multiple authorisation flow has been rejected.",
}
#: v3.1.11's VRP file: OBDomesticVRPConsentResponse's Data.Status.
VRP_CONSENT_V31 = ["Authorised", "AwaitingAuthorisation", "Rejected"]
#: v4.0's VRP file: OBDomesticVRPResponse's Data.Status and OBDomesticVRPConsentResponse's.
VRP_PAYMENT_V4 = [
    "RCVD", "RJCT", "CANC", "PDNG", "ACTC", "ACCP", "ACFC", "ACSP", "ACWC", "ACSC", "ACWP",
    "ACCC", "BLCK",
]  # fmt: skip
VRP_CONSENT_V4 = ["AWAU", "RJCT", "AUTH", "CANC", "EXPD"]


def _values(code_set: type) -> set[str]:
    return {str(member.value) for member in code_set}  # type: ignore[attr-defined]


def test_the_v3_1_statuses_are_the_files_enums_with_the_profile_s_definitions() -> None:
    payment = set(DETAILS) | set(ORDER)
    assert len(payment) == 23
    assert _values(ukob.PaymentStatusV31) == payment
    for value, text in {**INDIVIDUAL, **ORDER}.items():
        assert ukob.PaymentStatusV31(value).description == text, value
    # Its own class's text, which warns PISPs, not the payment details' shorter one.
    settled = ukob.PaymentStatusV31("AcceptedSettlementCompleted").description
    assert settled.startswith("Settlement on the debtor's account has been completed.")
    assert settled.endswith(
        "PISPs **must not** use this status as confirmation that settlement is complete on the "
        "creditor's account."
    )
    assert _values(ukob.ConsentStatusV31) == set(CONSENT) | {"AwaitingUpload"}
    for value, text in CONSENT.items():
        assert ukob.ConsentStatusV31(value).description == text, value
    assert ukob.ConsentStatusV31("AwaitingUpload").description == AWAITING_UPLOAD
    assert _values(ukob.MultiAuthorisationStatusV31) == set(MULTI)
    for value, text in MULTI.items():
        assert ukob.MultiAuthorisationStatusV31(value).description == text, value


def test_each_status_is_filed_by_what_it_says() -> None:
    assert ukob.PaymentStatusV31("AcceptedCreditSettlementCompleted").category is Category.SUCCESS
    assert ukob.PaymentStatusV31("AcceptedSettlementInProcess").category is Category.PENDING
    assert ukob.PaymentStatusV31("InitiationFailed").category is Category.REJECTED
    assert ukob.PaymentStatusV31("Cancelled").category is Category.CANCELLED
    assert ukob.ConsentStatusV31("Rejected").category is Category.REJECTED
    assert ukob.MultiAuthorisationStatusV31("AwaitingFurtherAuthorisation").category is (
        Category.PENDING
    )


def test_drift_counts_the_v3_1_and_vrp_files_whole() -> None:
    assert counts("ukob-v3-1-11-payment-initiation-openapi") == {
        "ukob.payment_status_v31": (23, 23),
        "ukob.consent_status_v31": (5, 5),
        "ukob.multi_authorisation_status_v31": (3, 3),
    }
    vrp_v31 = counts("ukob-v3-1-11-vrp-openapi")
    assert vrp_v31["ukob.payment_status_v31"] == (len(DETAILS), len(DETAILS))
    assert vrp_v31["ukob.consent_status_v31"] == (len(VRP_CONSENT_V31), len(VRP_CONSENT_V31))
    assert counts("ukob-v4-vrp-openapi") == {
        "ukob.payment_status": (len(VRP_PAYMENT_V4), len(VRP_PAYMENT_V4)),
        "ukob.consent_status": (len(VRP_CONSENT_V4), len(VRP_CONSENT_V4)),
    }
    assert set(VRP_PAYMENT_V4) <= _values(ukob.PaymentStatus)
    assert set(VRP_CONSENT_V4) <= _values(ukob.ConsentStatus)


#: The v3.1.11 Payment Initiation file's payment-order responses (each with a Data.Status and a
#: Data.MultiAuthorisation.Status) and consent responses, by the class of their Data.Status.
ORDERS = {
    "OBWriteDomesticResponse5": [*INDIVIDUAL, "AcceptedSettlementCompleted"],
    "OBWriteInternationalResponse5": [*INDIVIDUAL, "AcceptedSettlementCompleted"],
    "OBWriteDomesticScheduledResponse5": list(ORDER),
    "OBWriteDomesticStandingOrderResponse6": list(ORDER),
    "OBWriteInternationalScheduledResponse6": list(ORDER),
    "OBWriteInternationalStandingOrderResponse7": list(ORDER),
    "OBWriteFileResponse3": [value for value in ORDER if value != "Cancelled"],
}
CONSENTS = {
    "OBWriteDomesticConsentResponse5": list(CONSENT),
    "OBWriteDomesticScheduledConsentResponse5": list(CONSENT),
    "OBWriteDomesticStandingOrderConsentResponse6": list(CONSENT),
    "OBWriteInternationalConsentResponse6": list(CONSENT),
    "OBWriteInternationalScheduledConsentResponse6": list(CONSENT),
    "OBWriteInternationalStandingOrderConsentResponse7": list(CONSENT),
    "OBWriteFileConsentResponse4": [*CONSENT, "AwaitingUpload"],
}


def _data(properties: dict[str, object]) -> dict[str, object]:
    inner = {"type": "object", "properties": properties}
    return {"type": "object", "properties": {"Data": inner}}


def _status(values: list[str]) -> dict[str, object]:
    return {"type": "string", "enum": values}


def test_drift_reads_the_v3_1_payment_file_s_status_enums(tmp_path: Path) -> None:
    """An excerpt of the v3.1.11 Payment Initiation file, its status enums as it writes them: a
    status added to the multiple authorisation flow's is a difference."""
    multi = {"type": "object", "properties": {"Status": _status(list(MULTI))}}
    schemas: dict[str, object] = {
        name: _data({"Status": _status(values), "MultiAuthorisation": multi})
        for name, values in ORDERS.items()
    }
    schemas.update({name: _data({"Status": _status(values)}) for name, values in CONSENTS.items()})
    item = {"type": "object", "properties": {"Status": _status(DETAILS)}}
    details = _data({"PaymentStatus": {"type": "array", "items": item}})
    schemas["OBWritePaymentDetailsResponse1"] = details
    agreed = json.dumps({"openapi": "3.0.1", "components": {"schemas": schemas}})
    edited = agreed.replace(
        '"AwaitingFurtherAuthorisation"', '"AwaitingFurtherAuthorisation", "Expired"'
    )
    source = "ukob-v3-1-11-payment-initiation-openapi"
    out = saved_copy_drift(tmp_path / f"{source}.json", source, agreed, edited)
    assert "Expired" in out


def test_a_v3_1_payment_order_is_read_in_its_place() -> None:
    examples = spec_data()["payloads"]["ukob/payment-order"]["examples"]
    [v31] = [e["data"] for e in examples if "(v3.1.11)" in e["title"]]
    assert v31["Data"]["Status"] == "AcceptedSettlementInProcess"
    assert payloads.identify(v31).kinds == ("ukob/payment-order",)
    found = payloads.decisive_code("ukob/payment-order", v31)
    assert found is not None and found.code is ukob.PaymentStatusV31("AcceptedSettlementInProcess")
    flow = {**v31["Data"], "MultiAuthorisation": {"Status": "AwaitingFurtherAuthorisation"}}
    found = payloads.decisive_code("ukob/payment-order", {"Data": flow})
    assert found is not None
    assert (found.path, str(found.code.value)) == ("$.Data.Status", "AcceptedSettlementInProcess")
