"""UK Open Banking v4.0's payment, consent and multiple authorisation statuses, typed from
OB_Internal_Codeset.csv (OpenBankingUK/External_Internal_CodeSets at
de0fe9db11834067f82ec9877f941f86d8854cc2: the rows of ExternalPaymentTransactionStatus1Code,
OBInternalConsentStatus1Code and OBInternalStatus2Code, their Code Definition column) and the
Payment Initiation API's OpenAPI file (OpenBankingUK/read-write-api-specs at
28811990e053ba2a308812131d67001803382414, dist/openapi/payment-initiation-openapi.yaml: the
Status enums of its response schemas); the domestic payment order's body from the v4.0 Domestic
Payments page (read-write-api-docs-pub at ab19be9a, docs/v4.0/resources-and-data-models/pisp/
domestic-payments.md: the notes and data dictionary of OBWriteDomesticResponse5, L213-245, and
its usage example, L466-500)."""

from __future__ import annotations

import bankcodes
from bankcodes import payloads
from tests.support.helpers import counts, provider_module

ukob = provider_module("ukob")

#: ExternalPaymentTransactionStatus1Code, CSV L63-64 and L110-127, with each row's Code
#: Definition (its first sentence where the row goes on with a usage or a warning).
PAYMENT = {
    "INFA": "Standing order has been setup successfully but the individual payment has failed",
    "INCO": (
        "Standing order has been setup successfully and the individual payment has been "
        "successfully completed."
    ),
    "ACCC": "Settlement on the creditor's account has been completed.",
    "ACCP": (
        "Preceding check of technical validation was successful. Customer profile check was "
        "also successful."
    ),
    "ACFC": (
        "Preceding check of technical validation and customer profile was successful and an "
        "automatic funds check was positive."
    ),
    "ACSC": "Settlement completed.",
    "ACSP": (
        "All preceding checks such as technical validation and customer profile were successful "
        "and therefore the payment instruction has been accepted for execution."
    ),
    "ACTC": "Authentication and syntactical and semantical validation are successful",
    "ACWC": (
        "Instruction is accepted but a change will be made, such as date or remittance not sent."
    ),
    "ACWP": (
        "Payment instruction included in the credit transfer is accepted without being posted "
        "to the creditor customer\u2019s account."
    ),
    "BLCK": (
        "Payment transaction previously reported with status 'ACWP' is blocked, for example, "
        "funds will neither be posted to the Creditor's account, nor be returned to the Debtor."
    ),
    "CANC": (
        "Payment initiation has been successfully cancelled after having received a request for "
        "cancellation."
    ),
    "PATC": (
        "Payment initiation needs multiple authentications, where some but not yet all have "
        "been performed. Syntactical and semantical validations are successful."
    ),
    "PDNG": "Payment instruction is pending. Further checks and status update will be performed.",
    "RCVD": "Payment instruction has been received.",
    "RJCT": "Payment instruction has been rejected.",
}

#: OBInternalConsentStatus1Code, CSV L56-62.
CONSENT = {
    "AWAU": "The consent resource is awaiting PSU authorisation.",
    "RJCT": "The consent resource has been rejected.",
    "AUTH": "The consent resource has been successfully authorised.",
    "CANC": "The access has been cancelled at the ASPSP by either the PSU or the ASPSP.",
    "EXPD": "The consent resource has been marked as expired after expiry of validaty date.",
    "COND": (
        "The consent resource has been consumed after payment request is submitted by the PISP."
    ),
    "AWUP": "The consent resource is expecting a file to be uploaded.",
}

#: OBInternalStatus2Code, CSV L161-163.
MULTI = {
    "AWAF": "The multiple authorisation flow is awaiting further authorisation.",
    "RJCT": "The multiple authorisation flow has been rejected.",
    "AUTH": "The multiple authorisation flow has been fully authorised.",
}

#: The payment file's payment consents (OBWriteDomesticConsentResponse5 and its kin) answer
#: with these; a file payment consent also with AWUP.
PAYMENT_CONSENT_ENUM = {"AWAU", "RJCT", "AUTH", "COND"}

#: OBWriteDomesticStandingOrderResponse6's Data.Status enum.
STANDING_ORDER_ENUM = ["RCVD", "CANC", "ACTC", "PATC", "PDNG", "INFA", "INCO", "RJCT"]


def test_each_status_set_is_its_code_set_file_s_rows_with_their_definitions() -> None:
    for klass, rows in (
        (ukob.PaymentStatus, PAYMENT),
        (ukob.ConsentStatus, CONSENT),
        (ukob.MultiAuthorisationStatus, MULTI),
    ):
        assert {member.value for member in klass} == set(rows)
        for value, definition in rows.items():
            assert klass(value).description == definition


def test_drift_counts_the_csv_and_the_payment_file_whole() -> None:
    assert {
        ref: tally
        for ref, tally in counts("ukob-v4-internal-codeset").items()
        if ref != "ukob.error_code" and ref != "iso20022.status_reason"
    } == {
        "ukob.payment_status": (len(PAYMENT), len(PAYMENT)),
        "ukob.consent_status": (len(CONSENT), len(CONSENT)),
        "ukob.multi_authorisation_status": (len(MULTI), len(MULTI)),
    }
    listed = len(PAYMENT_CONSENT_ENUM | {"AWUP"})
    assert counts("ukob-v4-payment-initiation-openapi") == {
        # The payment resources' enums together list every row of the CSV's code set.
        "ukob.payment_status": (len(PAYMENT), len(PAYMENT)),
        "ukob.consent_status": (listed, listed),
        "ukob.multi_authorisation_status": (len(MULTI), len(MULTI)),
    }
    assert set(STANDING_ORDER_ENUM) <= set(PAYMENT)


def test_a_payment_in_progress_is_waited_for_and_a_settled_one_is_done() -> None:
    for value in ("RCVD", "PDNG", "ACTC", "PATC", "ACCP", "ACFC", "ACSP", "ACWC"):
        assert ukob.PaymentStatus(value).category is bankcodes.Category.PENDING, value
    for value in ("ACSC", "ACCC", "ACWP", "INCO"):
        assert ukob.PaymentStatus(value).category is bankcodes.Category.SUCCESS, value
    # "Payment instruction has been rejected." / funds "will neither be posted ... nor be
    # returned": neither is sent again unchanged.
    for value in ("RJCT", "BLCK", "INFA"):
        assert ukob.PaymentStatus(value).category is bankcodes.Category.REJECTED, value
    assert ukob.PaymentStatus("CANC").category is bankcodes.Category.CANCELLED
    assert ukob.MultiAuthorisationStatus("AWAF").category is bankcodes.Category.PENDING


def test_an_expired_consent_is_renewed_and_a_cancelled_one_was_revoked() -> None:
    """EXPD: "marked as expired after expiry of validaty date"; CANC: "cancelled at the ASPSP by
    either the PSU or the ASPSP"; COND: consumed by the payment submitted with it."""
    expired = bankcodes.decide(ukob.ConsentStatus("EXPD"))
    assert (expired.next_step, expired.state) == ("renew_consent", "consent_ended")
    cancelled = bankcodes.decide(ukob.ConsentStatus("CANC"))
    assert cancelled.state == "revoked"
    assert ukob.ConsentStatus("COND").category is bankcodes.Category.SUCCESS
    assert ukob.ConsentStatus("AWAU").category is bankcodes.Category.PENDING
    assert bankcodes.decide(ukob.ConsentStatus("RJCT")).state == "needs_end_user"


#: The usage example's Data (POST /domestic-payments, 201), its ids, status, times and multiple
#: authorisation; its Initiation cut to one field.
PAYMENT_ORDER = {
    "Data": {
        "DomesticPaymentId": "58923-001",
        "ConsentId": "58923",
        "Status": "ACSP",
        "CreationDateTime": "2017-06-05T15:15:22+00:00",
        "StatusUpdateDateTime": "2017-06-05T15:15:13+00:00",
        "ExpectedExecutionDateTime": "2017-06-05T15:15:22+00:00",
        "ExpectedSettlementDateTime": "2017-06-06T15:15:22+00:00",
        "MultiAuthorisation": {"Status": "AUTH", "NumberRequired": 2, "NumberReceived": 2},
        "Initiation": {"InstructionIdentification": "ACME412"},
    }
}


def test_a_payment_order_is_decided_by_its_status_first() -> None:
    """The Domestic Payments page's notes: the response holds the DomesticPaymentId, the
    ConsentId, the Status of the resource and the MultiAuthorisation object where the payment
    requires several authorisations."""
    assert payloads.identify(PAYMENT_ORDER).kinds == ("ukob/payment-order",)
    found = payloads.decisive_code("ukob/payment-order", PAYMENT_ORDER)
    assert found is not None
    assert (found.path, found.code) == ("$.Data.Status", ukob.PaymentStatus("ACSP"))
