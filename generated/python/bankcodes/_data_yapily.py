# generated from spec/catalog.json — do not edit (run `make generate`)
"""The builders of bankcodes.yapily's names, loaded on the first use of any of them, so that importing the provider's module reads none of its data."""

from __future__ import annotations

import importlib

from bankcodes._base import CodeEnum, NumericCodeEnum, register
from bankcodes._records import CodeInfo, CodeSetInfo, HttpStatus, Source, Wording
from bankcodes.categories import Category as _C

#: The public module, whose names the builders use (each built on first use there).
_PUBLIC = importlib.import_module("bankcodes.yapily")
#: The documents its facts come from, by id.
_S = {
    "berlingroup-psd2-api-1-3-8": Source(
        id="berlingroup-psd2-api-1-3-8",
        kind="repo",
        title='Berlin Group NextGenPSD2: XS2A Framework OpenAPI file "psd2-api 1.3.8 2020-11-06v1.yaml" (info.version 1.3.8_2020-10-22v1), by The Berlin Group under CC BY 4.0 as the file declares: its MessageCode enums per HTTP status and service, and its two error bodies. The copy read is the one adorsys/xs2a-adapter keeps, unchanged since it was added',
        url="https://github.com/adorsys/xs2a-adapter/blob/4831bd9892c03d95beb56840d31bcd866bb317ea/xs2a-adapter-codegen/src/main/resources/psd2-api%201.3.8%202020-11-06v1.yaml",
    ),
    "yapily-openapi": Source(
        id="yapily-openapi",
        kind="repo",
        title="Yapily: API OpenAPI description 12.13.0 (openapi.json)",
        url="https://github.com/yapily/yapily-openapi/blob/3f9441bee86c7c3ff94983f4fdeb5be36b6949dd/openapi.json",
    ),
    "yapily-docs-error-handling": Source(
        id="yapily-docs-error-handling",
        kind="doc",
        title="Yapily: Error handling",
        url="https://docs.yapily.com/pages/resources/error-handling/",
    ),
    "yapily-docs-error-codes": Source(
        id="yapily-docs-error-codes",
        kind="doc",
        title="Yapily: Error codes",
        url="https://docs.yapily.com/pages/resources/error-codes/",
    ),
    "yapily-docs-payment-status": Source(
        id="yapily-docs-payment-status",
        kind="doc",
        title="Yapily: Payment Status",
        url="https://docs.yapily.com/guides/payments/payment-status/",
    ),
    "yapily-kb-consents": Source(
        id="yapily-kb-consents",
        kind="doc",
        title="Yapily: Financial Data Consents (knowledge base)",
        url="https://kb.yapily.com/guides/financial-data/consents/",
    ),
    "yapily-docs-webhooks-get-started": Source(
        id="yapily-docs-webhooks-get-started",
        kind="doc",
        title="Yapily: Webhooks, Get Started",
        url="https://docs.yapily.com/pages/tools-and-services/webhooks/get-started",
    ),
    "yapily-docs-bulk-individual-payment-status": Source(
        id="yapily-docs-bulk-individual-payment-status",
        kind="doc",
        title="Yapily: Individual Payment Status (Bulk Payments)",
        url="https://docs.yapily.com/payments/bulk-payments/individual-payment-status",
        read_in_part="A stored copy of the page, from its start through its table of payment status detail codes, which ends at the B014 row; whether anything follows that table was not read.",
    ),
}


def _AuthorisationStatus() -> type[CodeEnum]:
    class AuthorisationStatus(CodeEnum):
        """Authorisation (consent) status: The status of a Yapily consent or authorisation request (account, payment, pre-authorisation and VRP authorisations). Yapily's file gives no text per value: the descriptions are bankcodes' wording unless a source is named. Yapily regards new enum values as a non-breaking change that it may make without advance warning (docs/issues.md).

        Wire field: status (Consent, AccountAuthorisationResponse, PaymentAuthorisationRequestResponse, PreAuthorisationResponse, VRP authorisation responses)."""

        AWAITING_AUTHORIZATION = "AWAITING_AUTHORIZATION"
        AWAITING_FURTHER_AUTHORIZATION = "AWAITING_FURTHER_AUTHORIZATION"
        AWAITING_RE_AUTHORIZATION = "AWAITING_RE_AUTHORIZATION"
        AUTHORIZED = "AUTHORIZED"
        CONSUMED = "CONSUMED"
        REJECTED = "REJECTED"
        REVOKED = "REVOKED"
        FAILED = "FAILED"
        EXPIRED = "EXPIRED"
        UNKNOWN = "UNKNOWN"
        INVALID = "INVALID"
        AWAITING_DECOUPLED_PRE_AUTHORIZATION = "AWAITING_DECOUPLED_PRE_AUTHORIZATION"
        AWAITING_PRE_AUTHORIZATION = "AWAITING_PRE_AUTHORIZATION"
        PRE_AUTHORIZED = "PRE_AUTHORIZED"
        AWAITING_DECOUPLED_AUTHORIZATION = "AWAITING_DECOUPLED_AUTHORIZATION"
        AWAITING_SCA_METHOD = "AWAITING_SCA_METHOD"
        AWAITING_SCA_CODE = "AWAITING_SCA_CODE"

    register(
        AuthorisationStatus,
        lambda: (
            CodeSetInfo(
                provider="yapily",
                id="authorisation_status",
                title="Authorisation (consent) status",
                description="The status of a Yapily consent or authorisation request (account, payment, pre-authorisation and VRP authorisations). Yapily's file gives no text per value: the descriptions are bankcodes' wording unless a source is named. Yapily regards new enum values as a non-breaking change that it may make without advance warning (docs/issues.md).",
                field="status (Consent, AccountAuthorisationResponse, PaymentAuthorisationRequestResponse, PreAuthorisationResponse, VRP authorisation responses)",
                states=True,
                sources=(_S["yapily-openapi"],),
            ),
            (
                CodeInfo(
                    value="AWAITING_AUTHORIZATION",
                    description="The authorisation request was created and awaits the user's authorisation at the institution.",
                    category=_C.PENDING,
                    sources=(_S["yapily-openapi"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/yapily/authorisation_status/#AWAITING_AUTHORIZATION",
                    editorial=True,
                ),
                CodeInfo(
                    value="AWAITING_FURTHER_AUTHORIZATION",
                    description="The authorisation awaits a further authoriser (for example another account holder) before it is complete.",
                    category=_C.PENDING,
                    sources=(_S["yapily-openapi"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/yapily/authorisation_status/#AWAITING_FURTHER_AUTHORIZATION",
                    editorial=True,
                ),
                CodeInfo(
                    value="AWAITING_RE_AUTHORIZATION",
                    description="A re-authorisation of the consent was requested and awaits the user.",
                    category=_C.PENDING,
                    sources=(_S["yapily-openapi"], _S["yapily-kb-consents"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description", by="bankcodes", sources=(_S["yapily-kb-consents"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/yapily/authorisation_status/#AWAITING_RE_AUTHORIZATION",
                    editorial=True,
                    notes="Yapily's knowledge base: when a re-authorisation request succeeds, the consent's status becomes AWAITING_RE_AUTHORIZATION; its consent-id and consent-token stay the same.",
                ),
                CodeInfo(
                    value="AUTHORIZED",
                    description="The user authorised the consent; it can be used.",
                    category=_C.SUCCESS,
                    sources=(_S["yapily-openapi"], _S["yapily-kb-consents"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/yapily/authorisation_status/#AUTHORIZED",
                    editorial=True,
                    notes="Yapily's knowledge base: a consent the user revoked directly at the institution may still show AUTHORIZED while every use returns 403 Forbidden; a new consent is then needed.",
                ),
                CodeInfo(
                    value="CONSUMED",
                    description="The consent was used (a payment consent after its payment was made).",
                    category=_C.SUCCESS,
                    sources=(_S["yapily-openapi"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/yapily/authorisation_status/#CONSUMED",
                    editorial=True,
                    state="consent_ended",
                    state_reason="A one-time consent was used.",
                ),
                CodeInfo(
                    value="REJECTED",
                    description="The user or the institution rejected the authorisation.",
                    category=_C.REJECTED,
                    sources=(_S["yapily-openapi"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/yapily/authorisation_status/#REJECTED",
                    editorial=True,
                    state="needs_end_user",
                    state_reason="The account holder rejected the request.",
                ),
                CodeInfo(
                    value="REVOKED",
                    description="The consent was revoked.",
                    category=_C.RECONNECT_REQUIRED,
                    sources=(_S["yapily-openapi"],),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/yapily/authorisation_status/#REVOKED",
                    editorial=True,
                    state="revoked",
                    state_reason="A revoked consent cannot be used again: only a new authorisation restores access.",
                ),
                CodeInfo(
                    value="FAILED",
                    description="The authorisation failed.",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["yapily-openapi"],),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/yapily/authorisation_status/#FAILED",
                    editorial=True,
                    state="unknown",
                    state_reason="The authorisation failed; the consent's state is not told.",
                ),
                CodeInfo(
                    value="EXPIRED",
                    description="The consent expired; it can be re-authorised.",
                    category=_C.RECONNECT_REQUIRED,
                    sources=(_S["yapily-openapi"], _S["yapily-kb-consents"]),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description", by="bankcodes", sources=(_S["yapily-kb-consents"],)
                        ),
                    ),
                    page="reference/yapily/authorisation_status/#EXPIRED",
                    editorial=True,
                    next_step="renew_consent",
                    state="consent_ended",
                    state_reason="The consent expired.",
                ),
                CodeInfo(
                    value="UNKNOWN",
                    description="This is just the enumeration's default.",
                    category=_C.PENDING,
                    sources=(_S["yapily-openapi"], _S["yapily-kb-consents"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["yapily-kb-consents"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/yapily/authorisation_status/#UNKNOWN",
                    notes="Category: bankcodes' reading; Yapily's knowledge base says only that it is the enumeration's default.",
                    state="unknown",
                    state_reason="The institution reported no status.",
                ),
                CodeInfo(
                    value="INVALID",
                    description="The consent is invalid and cannot be used.",
                    category=_C.RECONNECT_REQUIRED,
                    sources=(_S["yapily-openapi"],),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/yapily/authorisation_status/#INVALID",
                    editorial=True,
                    notes="Not described by Yapily; read from its name.",
                ),
                CodeInfo(
                    value="AWAITING_DECOUPLED_PRE_AUTHORIZATION",
                    description="A pre-authorisation awaits the user's approval on another device, such as the bank's app (decoupled flow).",
                    category=_C.MFA_REQUIRED,
                    sources=(_S["yapily-openapi"],),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/yapily/authorisation_status/#AWAITING_DECOUPLED_PRE_AUTHORIZATION",
                    editorial=True,
                ),
                CodeInfo(
                    value="AWAITING_PRE_AUTHORIZATION",
                    description="A pre-authorisation (the first step of an embedded flow) awaits the user.",
                    category=_C.PENDING,
                    sources=(_S["yapily-openapi"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/yapily/authorisation_status/#AWAITING_PRE_AUTHORIZATION",
                    editorial=True,
                ),
                CodeInfo(
                    value="PRE_AUTHORIZED",
                    description="The pre-authorisation is complete; the authorisation itself follows.",
                    category=_C.PENDING,
                    sources=(_S["yapily-openapi"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/yapily/authorisation_status/#PRE_AUTHORIZED",
                    editorial=True,
                ),
                CodeInfo(
                    value="AWAITING_DECOUPLED_AUTHORIZATION",
                    description="The authorisation awaits the user's approval on another device, such as the bank's app (decoupled flow).",
                    category=_C.MFA_REQUIRED,
                    sources=(_S["yapily-openapi"],),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/yapily/authorisation_status/#AWAITING_DECOUPLED_AUTHORIZATION",
                    editorial=True,
                ),
                CodeInfo(
                    value="AWAITING_SCA_METHOD",
                    description="The user must choose a strong customer authentication method (embedded flow).",
                    category=_C.MFA_REQUIRED,
                    sources=(_S["yapily-openapi"],),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/yapily/authorisation_status/#AWAITING_SCA_METHOD",
                    editorial=True,
                ),
                CodeInfo(
                    value="AWAITING_SCA_CODE",
                    description="The user must enter the strong customer authentication code (embedded flow).",
                    category=_C.MFA_REQUIRED,
                    sources=(_S["yapily-openapi"],),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/yapily/authorisation_status/#AWAITING_SCA_CODE",
                    editorial=True,
                ),
            ),
        ),
        {},
    )
    return AuthorisationStatus


def _PaymentStatus() -> type[CodeEnum]:
    class PaymentStatus(CodeEnum):
        """Payment initiation status: The status of a payment's initiation with the institution (Yapily: the 'primary' status); settlement is reported by the ISO status. PENDING, COMPLETED and FAILED are described by Yapily's Payment Status page; the other values have no text from Yapily and their descriptions are bankcodes' wording. Yapily regards new enum values as a non-breaking change that it may make without advance warning (docs/issues.md).

        Wire field: status (PaymentResponse, PaymentStatusDetails, BulkPaymentIndividualStatus, VrpSubmissionResponse, HostedPaymentStatusDetails)."""

        PENDING = "PENDING"
        FAILED = "FAILED"
        DECLINED = "DECLINED"
        COMPLETED = "COMPLETED"
        COMPLETED_SETTLEMENT_IN_PROCESS = "COMPLETED_SETTLEMENT_IN_PROCESS"
        EXPIRED = "EXPIRED"
        UNKNOWN = "UNKNOWN"
        ACTIVE = "ACTIVE"
        INACTIVE = "INACTIVE"

    register(
        PaymentStatus,
        lambda: (
            CodeSetInfo(
                provider="yapily",
                id="payment_status",
                title="Payment initiation status",
                description="The status of a payment's initiation with the institution (Yapily: the 'primary' status); settlement is reported by the ISO status. PENDING, COMPLETED and FAILED are described by Yapily's Payment Status page; the other values have no text from Yapily and their descriptions are bankcodes' wording. Yapily regards new enum values as a non-breaking change that it may make without advance warning (docs/issues.md).",
                field="status (PaymentResponse, PaymentStatusDetails, BulkPaymentIndividualStatus, VrpSubmissionResponse, HostedPaymentStatusDetails)",
                sources=(_S["yapily-openapi"],),
            ),
            (
                CodeInfo(
                    value="PENDING",
                    description="When the initiation request is still being processed",
                    category=_C.PENDING,
                    sources=(_S["yapily-openapi"], _S["yapily-docs-payment-status"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["yapily-docs-payment-status"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/yapily/payment_status/#PENDING",
                    notes="Yapily: a few institutions never report a successful initiation, leaving the payment PENDING; it recommends stopping polling after a number of weeks.",
                ),
                CodeInfo(
                    value="FAILED",
                    description="When the Institution has rejected the initiation request and the payment will not be processed further",
                    category=_C.REJECTED,
                    sources=(_S["yapily-openapi"], _S["yapily-docs-payment-status"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["yapily-docs-payment-status"],),
                        ),
                    ),
                    page="reference/yapily/payment_status/#FAILED",
                ),
                CodeInfo(
                    value="DECLINED",
                    description="The payment was declined.",
                    category=_C.REJECTED,
                    sources=(_S["yapily-openapi"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/yapily/payment_status/#DECLINED",
                    editorial=True,
                    notes="Not described by Yapily; read from its name.",
                ),
                CodeInfo(
                    value="COMPLETED",
                    description="When the initiation request has passed validation checks and been accepted by the Institution. Settlement is expected to happen in due course (or according the the provided schedule for a Periodic or Scheduled payment)",
                    category=_C.SUCCESS,
                    sources=(_S["yapily-openapi"], _S["yapily-docs-payment-status"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["yapily-docs-payment-status"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/yapily/payment_status/#COMPLETED",
                    notes="Yapily: COMPLETED reports the initiation only, not settlement (the isoStatus does), and a COMPLETED payment may later become FAILED.",
                ),
                CodeInfo(
                    value="COMPLETED_SETTLEMENT_IN_PROCESS",
                    description="The initiation was accepted and its settlement is in process.",
                    category=_C.SUCCESS,
                    sources=(_S["yapily-openapi"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/yapily/payment_status/#COMPLETED_SETTLEMENT_IN_PROCESS",
                    editorial=True,
                    notes="Not described by Yapily; read from its name.",
                ),
                CodeInfo(
                    value="EXPIRED",
                    description="The payment expired before it was completed.",
                    category=_C.SESSION_EXPIRED,
                    sources=(_S["yapily-openapi"],),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/yapily/payment_status/#EXPIRED",
                    editorial=True,
                    notes="Not described by Yapily; read from its name.",
                ),
                CodeInfo(
                    value="UNKNOWN",
                    description="The payment's status is not known.",
                    category=_C.PENDING,
                    sources=(_S["yapily-openapi"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/yapily/payment_status/#UNKNOWN",
                    editorial=True,
                    notes="Not described by Yapily.",
                ),
                CodeInfo(
                    value="ACTIVE",
                    description="The payment arrangement (for example a periodic payment) is active.",
                    category=_C.SUCCESS,
                    sources=(_S["yapily-openapi"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/yapily/payment_status/#ACTIVE",
                    editorial=True,
                    notes="Not described by Yapily; read from its name.",
                ),
                CodeInfo(
                    value="INACTIVE",
                    description="The payment arrangement (for example a periodic payment) is no longer active.",
                    category=_C.CANCELLED,
                    sources=(_S["yapily-openapi"],),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/yapily/payment_status/#INACTIVE",
                    editorial=True,
                    notes="Not described by Yapily; read from its name.",
                ),
            ),
        ),
        {},
    )
    return PaymentStatus


def _PaymentIsoStatus() -> type[CodeEnum]:
    class PaymentIsoStatus(CodeEnum):
        """Payment ISO 20022 status: The ISO 20022 PaymentStatusCode of a payment's processing and execution (statusDetails.isoStatus.code, beside its full name in isoStatus.name). Yapily's file gives no text per value: the descriptions are bankcodes' wording, resting on the Berlin Group's list of the same codes. Yapily regards new enum values as a non-breaking change that it may make without advance warning (docs/issues.md).

        Wire field: statusDetails.isoStatus.code."""

        ACCC = "ACCC"
        ACCP = "ACCP"
        ACSC = "ACSC"
        ACSP = "ACSP"
        ACTC = "ACTC"
        ACWC = "ACWC"
        ACWP = "ACWP"
        RCVD = "RCVD"
        PDNG = "PDNG"
        RJCT = "RJCT"
        CANC = "CANC"
        ACFC = "ACFC"
        PATC = "PATC"
        PART = "PART"
        ACCO = "ACCO"

    register(
        PaymentIsoStatus,
        lambda: (
            CodeSetInfo(
                provider="yapily",
                id="payment_iso_status",
                title="Payment ISO 20022 status",
                description="The ISO 20022 PaymentStatusCode of a payment's processing and execution (statusDetails.isoStatus.code, beside its full name in isoStatus.name). Yapily's file gives no text per value: the descriptions are bankcodes' wording, resting on the Berlin Group's list of the same codes. Yapily regards new enum values as a non-breaking change that it may make without advance warning (docs/issues.md).",
                field="statusDetails.isoStatus.code",
                sources=(_S["yapily-openapi"],),
            ),
            (
                CodeInfo(
                    value="ACCC",
                    description="Settlement on the creditor's account has been completed.",
                    category=_C.SUCCESS,
                    sources=(_S["yapily-openapi"], _S["berlingroup-psd2-api-1-3-8"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="bankcodes",
                            sources=(_S["berlingroup-psd2-api-1-3-8"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/yapily/payment_iso_status/#ACCC",
                    editorial=True,
                    notes="The Berlin Group's list names it AcceptedSettlementCompleted; Yapily's file gives the code without a text.",
                ),
                CodeInfo(
                    value="ACCP",
                    description="Technical validation and the customer profile check succeeded.",
                    category=_C.PENDING,
                    sources=(_S["yapily-openapi"], _S["berlingroup-psd2-api-1-3-8"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="bankcodes",
                            sources=(_S["berlingroup-psd2-api-1-3-8"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/yapily/payment_iso_status/#ACCP",
                    editorial=True,
                    notes="The Berlin Group's list names it AcceptedCustomerProfile; Yapily's file gives the code without a text.",
                ),
                CodeInfo(
                    value="ACSC",
                    description="Settlement on the debtor's account has been completed.",
                    category=_C.SUCCESS,
                    sources=(_S["yapily-openapi"], _S["berlingroup-psd2-api-1-3-8"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="bankcodes",
                            sources=(_S["berlingroup-psd2-api-1-3-8"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/yapily/payment_iso_status/#ACSC",
                    editorial=True,
                    notes="The Berlin Group's list names it AcceptedSettlementCompleted; Yapily's file gives the code without a text.",
                ),
                CodeInfo(
                    value="ACSP",
                    description="Every preceding check succeeded and the payment was accepted for execution.",
                    category=_C.PENDING,
                    sources=(_S["yapily-openapi"], _S["berlingroup-psd2-api-1-3-8"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="bankcodes",
                            sources=(_S["berlingroup-psd2-api-1-3-8"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/yapily/payment_iso_status/#ACSP",
                    editorial=True,
                    notes="The Berlin Group's list names it AcceptedSettlementInProcess; Yapily's file gives the code without a text.",
                ),
                CodeInfo(
                    value="ACTC",
                    description="Authentication and the syntactic and semantic validation succeeded.",
                    category=_C.PENDING,
                    sources=(_S["yapily-openapi"], _S["berlingroup-psd2-api-1-3-8"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="bankcodes",
                            sources=(_S["berlingroup-psd2-api-1-3-8"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/yapily/payment_iso_status/#ACTC",
                    editorial=True,
                    notes="The Berlin Group's list names it AcceptedTechnicalValidation; Yapily's file gives the code without a text.",
                ),
                CodeInfo(
                    value="ACWC",
                    description="The instruction is accepted, but with a change (such as its date).",
                    category=_C.PENDING,
                    sources=(_S["yapily-openapi"], _S["berlingroup-psd2-api-1-3-8"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="bankcodes",
                            sources=(_S["berlingroup-psd2-api-1-3-8"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/yapily/payment_iso_status/#ACWC",
                    editorial=True,
                    notes="The Berlin Group's list names it AcceptedWithChange; Yapily's file gives the code without a text.",
                ),
                CodeInfo(
                    value="ACWP",
                    description="The instruction is accepted without being posted to the creditor's account.",
                    category=_C.PENDING,
                    sources=(_S["yapily-openapi"], _S["berlingroup-psd2-api-1-3-8"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="bankcodes",
                            sources=(_S["berlingroup-psd2-api-1-3-8"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/yapily/payment_iso_status/#ACWP",
                    editorial=True,
                    notes="The Berlin Group's list names it AcceptedWithoutPosting; Yapily's file gives the code without a text.",
                ),
                CodeInfo(
                    value="RCVD",
                    description="The payment initiation was received by the receiving agent.",
                    category=_C.PENDING,
                    sources=(_S["yapily-openapi"], _S["berlingroup-psd2-api-1-3-8"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="bankcodes",
                            sources=(_S["berlingroup-psd2-api-1-3-8"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/yapily/payment_iso_status/#RCVD",
                    editorial=True,
                    notes="The Berlin Group's list names it Received; Yapily's file gives the code without a text.",
                ),
                CodeInfo(
                    value="PDNG",
                    description="The payment initiation, or a transaction in it, is pending; further checks follow.",
                    category=_C.PENDING,
                    sources=(_S["yapily-openapi"], _S["berlingroup-psd2-api-1-3-8"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="bankcodes",
                            sources=(_S["berlingroup-psd2-api-1-3-8"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/yapily/payment_iso_status/#PDNG",
                    editorial=True,
                    notes="The Berlin Group's list names it Pending; Yapily's file gives the code without a text.",
                ),
                CodeInfo(
                    value="RJCT",
                    description="The payment initiation, or a transaction in it, was rejected.",
                    category=_C.REJECTED,
                    sources=(_S["yapily-openapi"], _S["berlingroup-psd2-api-1-3-8"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="bankcodes",
                            sources=(_S["berlingroup-psd2-api-1-3-8"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/yapily/payment_iso_status/#RJCT",
                    editorial=True,
                    notes="The Berlin Group's list names it Rejected; Yapily's file gives the code without a text.",
                ),
                CodeInfo(
                    value="CANC",
                    description="The payment initiation was cancelled before execution.",
                    category=_C.CANCELLED,
                    sources=(_S["yapily-openapi"], _S["berlingroup-psd2-api-1-3-8"]),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="bankcodes",
                            sources=(_S["berlingroup-psd2-api-1-3-8"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/yapily/payment_iso_status/#CANC",
                    editorial=True,
                    notes="The Berlin Group's list names it Cancelled; Yapily's file gives the code without a text.",
                ),
                CodeInfo(
                    value="ACFC",
                    description="Technical validation and the customer profile check succeeded and an automatic funds check was positive.",
                    category=_C.PENDING,
                    sources=(_S["yapily-openapi"], _S["berlingroup-psd2-api-1-3-8"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="bankcodes",
                            sources=(_S["berlingroup-psd2-api-1-3-8"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/yapily/payment_iso_status/#ACFC",
                    editorial=True,
                    notes="The Berlin Group's list names it AcceptedFundsChecked; Yapily's file gives the code without a text.",
                ),
                CodeInfo(
                    value="PATC",
                    description="The payment needs several authorisations, of which some but not all have been given.",
                    category=_C.PENDING,
                    sources=(_S["yapily-openapi"], _S["berlingroup-psd2-api-1-3-8"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="bankcodes",
                            sources=(_S["berlingroup-psd2-api-1-3-8"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/yapily/payment_iso_status/#PATC",
                    editorial=True,
                    notes="The Berlin Group's list names it PartiallyAcceptedTechnical; Yapily's file gives the code without a text.",
                ),
                CodeInfo(
                    value="PART",
                    description="Some transactions of a bulk payment were accepted while others were not (yet).",
                    category=_C.PENDING,
                    sources=(_S["yapily-openapi"], _S["berlingroup-psd2-api-1-3-8"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="bankcodes",
                            sources=(_S["berlingroup-psd2-api-1-3-8"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/yapily/payment_iso_status/#PART",
                    editorial=True,
                    notes="The Berlin Group's list names it PartiallyAccepted; Yapily's file gives the code without a text.",
                ),
                CodeInfo(
                    value="ACCO",
                    description="An ISO 20022 payment status code that Yapily's file lists without a description.",
                    category=_C.PENDING,
                    sources=(_S["yapily-openapi"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/yapily/payment_iso_status/#ACCO",
                    editorial=True,
                    notes="Neither Yapily's file nor the Berlin Group's 1.3.8 list describes it, and HostedPaymentIsoStatus.code (the hosted pages' list of 14) leaves it out; category: bankcodes' guess, a status to be looked at again.",
                ),
            ),
        ),
        {},
    )
    return PaymentIsoStatus


def _ErrorSource() -> type[CodeEnum]:
    class ErrorSource(CodeEnum):
        """Error source (who acts): Who triggered a failure and so can act to correct it, in both error envelopes (error.source). It names an actor, not an outcome: the error's HTTP status, issue codes or the institution's own error decide.

        Wire field: error.source."""

        USER = "USER"
        INSTITUTION = "INSTITUTION"
        YAPILY = "YAPILY"

    register(
        ErrorSource,
        lambda: (
            CodeSetInfo(
                provider="yapily",
                id="error_source",
                title="Error source (who acts)",
                description="Who triggered a failure and so can act to correct it, in both error envelopes (error.source). It names an actor, not an outcome: the error's HTTP status, issue codes or the institution's own error decide.",
                field="error.source",
                sources=(
                    _S["yapily-docs-error-handling"],
                    _S["yapily-docs-error-codes"],
                    _S["yapily-openapi"],
                ),
            ),
            (
                CodeInfo(
                    value="USER",
                    description="The user (the PSU) triggered the failure and can act to correct it.",
                    category=_C.INFORMATIONAL,
                    sources=(
                        _S["yapily-docs-error-handling"],
                        _S["yapily-docs-error-codes"],
                        _S["yapily-openapi"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="bankcodes",
                            sources=(_S["yapily-docs-error-handling"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/yapily/error_source/#USER",
                    editorial=True,
                    notes="Description: bankcodes' wording, resting on Yapily's field description: “Indicates who triggered the failure and therefore can take action to correct it. One of: USER (the PSU), INSTITUTION (bank side error) or YAPILY.”",
                ),
                CodeInfo(
                    value="INSTITUTION",
                    description="The institution (the bank) triggered the failure: a bank side error, with its own error in institutionError.",
                    category=_C.INFORMATIONAL,
                    sources=(
                        _S["yapily-docs-error-handling"],
                        _S["yapily-docs-error-codes"],
                        _S["yapily-openapi"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="bankcodes",
                            sources=(_S["yapily-docs-error-handling"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/yapily/error_source/#INSTITUTION",
                    editorial=True,
                    notes="Description: bankcodes' wording, resting on Yapily's field description: “Indicates who triggered the failure and therefore can take action to correct it. One of: USER (the PSU), INSTITUTION (bank side error) or YAPILY.” The bank's own body is in institutionError.errorMessage, as a string.",
                ),
                CodeInfo(
                    value="YAPILY",
                    description="Yapily triggered the failure and can act to correct it.",
                    category=_C.INFORMATIONAL,
                    sources=(
                        _S["yapily-docs-error-handling"],
                        _S["yapily-docs-error-codes"],
                        _S["yapily-openapi"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="bankcodes",
                            sources=(_S["yapily-docs-error-handling"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/yapily/error_source/#YAPILY",
                    editorial=True,
                    notes="Description: bankcodes' wording, resting on Yapily's field description: “Indicates who triggered the failure and therefore can take action to correct it. One of: USER (the PSU), INSTITUTION (bank side error) or YAPILY.” Every published example with issues names YAPILY, including requests the integrator sent wrong (400, 401, 403).",
                ),
            ),
        ),
        {},
    )
    return ErrorSource


def _ErrorIssueCode() -> type[CodeEnum]:
    class ErrorIssueCode(CodeEnum):
        """Error issue code (enhanced error format): The code of an issue in the enhanced error format (error.issues[]: type, code, message; used by Hosted Pages, Data Plus, Webhooks, beneficiaries, and payload validation of VRP and bulk payments). Only the codes Yapily's published examples show: its full list of (5-digit) issue codes was not in the stored copies. message is the example's issues[].message.

        Wire field: error.issues[].code."""

        INVALID_SYNTAX = "10600"
        AUTHORIZATION_INVALID = "10700"
        RESOURCE_NOT_FOUND = "10800"
        UNEXPECTED_SERVER_ERROR = "11000"
        TIMEOUT = "11001"
        THIRD_PARTY_DEPENDENCY_FAILED = "11003"
        RESOURCE_LIMIT_REACHED = "14007"
        SCOPE_REQUIRED = "Yapily.gateway.api.scope.required"
        CREDENTIALS_MISSING = "CREDENTIALS_MISSING"
        BAD_REQUEST = "BAD_REQUEST"
        INVALID_PROPERTY_UNEXPECTED_VALUE = "INVALID_PROPERTY_UNEXPECTED_VALUE"

    register(
        ErrorIssueCode,
        lambda: (
            CodeSetInfo(
                provider="yapily",
                id="error_issue_code",
                title="Error issue code (enhanced error format)",
                description="The code of an issue in the enhanced error format (error.issues[]: type, code, message; used by Hosted Pages, Data Plus, Webhooks, beneficiaries, and payload validation of VRP and bulk payments). Only the codes Yapily's published examples show: its full list of (5-digit) issue codes was not in the stored copies. message is the example's issues[].message.",
                field="error.issues[].code",
                sources=(_S["yapily-openapi"], _S["yapily-docs-error-codes"]),
            ),
            (
                CodeInfo(
                    value="10600",
                    description="The server could not understand the request due to invalid syntax",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["yapily-openapi"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(HttpStatus(status=400, sources=(_S["yapily-openapi"],)),),
                    wording=(
                        Wording(field="message", by="provider", sources=(_S["yapily-openapi"],)),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/yapily/error_issue_code/#10600",
                    message="The server could not understand the request due to invalid syntax",
                    notes="Issue type BAD_REQUEST, in components/examples/400-error-response. That example sends the code as the JSON number 10600, while ErrorIssue.code is a string.",
                ),
                CodeInfo(
                    value="10700",
                    description="Authorization header invalid or credentials not authenticated",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["yapily-openapi"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(HttpStatus(status=401, sources=(_S["yapily-openapi"],)),),
                    wording=(
                        Wording(field="message", by="provider", sources=(_S["yapily-openapi"],)),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/yapily/error_issue_code/#10700",
                    message="Authorization header invalid or credentials not authenticated",
                    notes="Issue type CREDENTIALS, in components/examples/401-error-response. That example sends the code as the JSON number 10700, while ErrorIssue.code is a string.",
                ),
                CodeInfo(
                    value="10800",
                    description="Resource not found",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["yapily-openapi"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(HttpStatus(status=404, sources=(_S["yapily-openapi"],)),),
                    wording=(
                        Wording(field="message", by="provider", sources=(_S["yapily-openapi"],)),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/yapily/error_issue_code/#10800",
                    message="Resource not found",
                    notes="Issue type INVALID_REQUEST, in components/examples/404-error-response. That example sends the code as the JSON number 10800, while ErrorIssue.code is a string.",
                ),
                CodeInfo(
                    value="11000",
                    description="Unexpected server error",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["yapily-openapi"],),
                    retryable=True,
                    end_user_can_retry=True,
                    http=(HttpStatus(status=500, sources=(_S["yapily-openapi"],)),),
                    wording=(
                        Wording(field="message", by="provider", sources=(_S["yapily-openapi"],)),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/yapily/error_issue_code/#11000",
                    message="Unexpected server error",
                    notes="Issue type INTERNAL_SERVER_ERROR, in components/examples/500-error-response. That example sends the code as the JSON number 11000, while ErrorIssue.code is a string.",
                ),
                CodeInfo(
                    value="11001",
                    description="Timeout error",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["yapily-docs-error-codes"],),
                    retryable=True,
                    end_user_can_retry=True,
                    http=(HttpStatus(status=400, sources=(_S["yapily-docs-error-codes"],)),),
                    wording=(
                        Wording(
                            field="message", by="provider", sources=(_S["yapily-docs-error-codes"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/yapily/error_issue_code/#11001",
                    message="Timeout error",
                    notes="Issue type INVALID_PAYLOAD, in the Error codes page's sample response.",
                ),
                CodeInfo(
                    value="11003",
                    description="Failed third party dependency",
                    category=_C.INSTITUTION_UNAVAILABLE,
                    sources=(_S["yapily-docs-error-codes"],),
                    retryable=True,
                    end_user_can_retry=True,
                    http=(HttpStatus(status=400, sources=(_S["yapily-docs-error-codes"],)),),
                    wording=(
                        Wording(
                            field="message", by="provider", sources=(_S["yapily-docs-error-codes"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/yapily/error_issue_code/#11003",
                    message="Failed third party dependency",
                    notes="Issue type INVALID_PAYLOAD, in the Error codes page's sample response.",
                ),
                CodeInfo(
                    value="14007",
                    description="Maximum number of resources that can be created has been reached",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["yapily-openapi"], _S["yapily-docs-webhooks-get-started"]),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(HttpStatus(status=406, sources=(_S["yapily-openapi"],)),),
                    wording=(
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["yapily-openapi"], _S["yapily-docs-webhooks-get-started"]),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/yapily/error_issue_code/#14007",
                    message="Maximum number of resources that can be created has been reached",
                    notes="Issue type RESOURCE, in components/examples/406-error-response. That example sends the code as the JSON number 14007, while ErrorIssue.code is a string. Yapily's Webhooks page: an application can register up to 10 webhooks, and a further attempt to register one is answered with a 406.",
                ),
                CodeInfo(
                    value="Yapily.gateway.api.scope.required",
                    description="You don't have the right scope to access this resource",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["yapily-openapi"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(HttpStatus(status=403, sources=(_S["yapily-openapi"],)),),
                    wording=(
                        Wording(field="message", by="provider", sources=(_S["yapily-openapi"],)),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/yapily/error_issue_code/#Yapily.gateway.api.scope.required",
                    message="You don't have the right scope to access this resource",
                    notes="Issue type INVALID_REQUEST, in components/examples/403-error-response.",
                ),
                CodeInfo(
                    value="CREDENTIALS_MISSING",
                    description="Authentication header not present",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["yapily-openapi"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(HttpStatus(status=401, sources=(_S["yapily-openapi"],)),),
                    wording=(
                        Wording(field="message", by="provider", sources=(_S["yapily-openapi"],)),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/yapily/error_issue_code/#CREDENTIALS_MISSING",
                    message="Authentication header not present",
                    notes="Issue type CREDENTIALS, in the 401 answers of POST /variable-recurring-payments/sweeping/consents and six other operations.",
                ),
                CodeInfo(
                    value="BAD_REQUEST",
                    description="The server could not understand the request due to invalid syntax",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["yapily-openapi"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(HttpStatus(status=400, sources=(_S["yapily-openapi"],)),),
                    wording=(
                        Wording(field="message", by="provider", sources=(_S["yapily-openapi"],)),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/yapily/error_issue_code/#BAD_REQUEST",
                    message="The server could not understand the request due to invalid syntax",
                    notes="Issue type BAD_REQUEST, in the default answers of POST /variable-recurring-payments/sweeping/consents and six other operations.",
                ),
                CodeInfo(
                    value="INVALID_PROPERTY_UNEXPECTED_VALUE",
                    description="Type Should be one of [PAN, SORT_CODE, ACCOUNT_NUMBER]",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["yapily-openapi"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(HttpStatus(status=400, sources=(_S["yapily-openapi"],)),),
                    wording=(
                        Wording(field="message", by="provider", sources=(_S["yapily-openapi"],)),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/yapily/error_issue_code/#INVALID_PROPERTY_UNEXPECTED_VALUE",
                    message="Type Should be one of [PAN, SORT_CODE, ACCOUNT_NUMBER]",
                    notes="Issue type INVALID_REQUEST, in the example of the ApiErrorResponse schema.",
                ),
            ),
        ),
        {},
    )
    return ErrorIssueCode


def _ErrorIssueType() -> type[CodeEnum]:
    class ErrorIssueType(CodeEnum):
        """Error issue type: The category of an issue in the enhanced error format (error.issues[].type, "Category of the issue"): the values Yapily's published examples show, described in bankcodes' words (Yapily publishes none per value).

        Wire field: error.issues[].type."""

        BAD_REQUEST = "BAD_REQUEST"
        CREDENTIALS = "CREDENTIALS"
        INVALID_REQUEST = "INVALID_REQUEST"
        RESOURCE = "RESOURCE"
        INTERNAL_SERVER_ERROR = "INTERNAL_SERVER_ERROR"
        INVALID_PAYLOAD = "INVALID_PAYLOAD"

    register(
        ErrorIssueType,
        lambda: (
            CodeSetInfo(
                provider="yapily",
                id="error_issue_type",
                title="Error issue type",
                description="The category of an issue in the enhanced error format (error.issues[].type, \"Category of the issue\"): the values Yapily's published examples show, described in bankcodes' words (Yapily publishes none per value).",
                field="error.issues[].type",
                sources=(_S["yapily-openapi"], _S["yapily-docs-error-codes"]),
            ),
            (
                CodeInfo(
                    value="BAD_REQUEST",
                    description="The request could not be understood (its syntax).",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["yapily-openapi"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/yapily/error_issue_type/#BAD_REQUEST",
                    editorial=True,
                ),
                CodeInfo(
                    value="CREDENTIALS",
                    description="The request's credentials are missing or were not accepted.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["yapily-openapi"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/yapily/error_issue_type/#CREDENTIALS",
                    editorial=True,
                ),
                CodeInfo(
                    value="INVALID_REQUEST",
                    description="The request is invalid: a wrong value, resource or scope.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["yapily-openapi"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/yapily/error_issue_type/#INVALID_REQUEST",
                    editorial=True,
                ),
                CodeInfo(
                    value="RESOURCE",
                    description="A limit on a resource was reached (in the published example, the number of resources that can be created).",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["yapily-openapi"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/yapily/error_issue_type/#RESOURCE",
                    editorial=True,
                ),
                CodeInfo(
                    value="INTERNAL_SERVER_ERROR",
                    description="An unexpected error at Yapily.",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["yapily-openapi"],),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/yapily/error_issue_type/#INTERNAL_SERVER_ERROR",
                    editorial=True,
                ),
                CodeInfo(
                    value="INVALID_PAYLOAD",
                    description="The request's payload is invalid.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["yapily-openapi"], _S["yapily-docs-error-codes"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/yapily/error_issue_type/#INVALID_PAYLOAD",
                    editorial=True,
                    notes="The only published issues of this type (the Error codes page's sample) are 11001 Timeout error and 11003 Failed third party dependency, which do not read as payload errors; the issue's code decides.",
                ),
            ),
        ),
        {},
    )
    return ErrorIssueType


def _ValidationError() -> type[CodeEnum]:
    class ValidationError(CodeEnum):
        """Application validation error: The error of a field in a ValidationErrorResponse ({errors:[{fieldName, error}]}), the HTTP 400 answer of the application endpoints (/applications and their VRP configuration).

        Wire field: errors[].error (ValidationErrorResponse, HTTP 400)."""

        MANDATORY = "MANDATORY"
        INVALID_FORMAT = "INVALID_FORMAT"

    register(
        ValidationError,
        lambda: (
            CodeSetInfo(
                provider="yapily",
                id="validation_error",
                title="Application validation error",
                description="The error of a field in a ValidationErrorResponse ({errors:[{fieldName, error}]}), the HTTP 400 answer of the application endpoints (/applications and their VRP configuration).",
                field="errors[].error (ValidationErrorResponse, HTTP 400)",
                sources=(_S["yapily-openapi"],),
            ),
            (
                CodeInfo(
                    value="MANDATORY",
                    description="A mandatory field is missing.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["yapily-openapi"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(HttpStatus(status=400, sources=(_S["yapily-openapi"],)),),
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/yapily/validation_error/#MANDATORY",
                    editorial=True,
                    notes="Shown in the example application-error-response-code-400 (fieldName name).",
                ),
                CodeInfo(
                    value="INVALID_FORMAT",
                    description="A field's value has an invalid format.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["yapily-openapi"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(HttpStatus(status=400, sources=(_S["yapily-openapi"],)),),
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/yapily/validation_error/#INVALID_FORMAT",
                    editorial=True,
                ),
            ),
        ),
        {},
    )
    return ValidationError


def _BulkPaymentStatusDetail() -> type[CodeEnum]:
    class BulkPaymentStatusDetail(CodeEnum):
        """Bulk payment individual status detail code: Why an individual payment of a bulk payment did not complete (or is held): the code of the statusDetails that Yapily adds to a payment's entry in the answer to GET /bulk-payments/{bulkPaymentId}/details when the payment has not completed successfully, beside a reason in free text. The descriptions are the Individual Payment Status page's table, verbatim. Yapily's OpenAPI file lists no values for this field (it calls it "The unique 4-digit error code identifying the specific issue" and refers to the official documentation); the published codes are a letter and three digits. Bulk payments are a beta of Yapily's, and the endpoint is offered by the institutions with the feature EXISTING_BULK_PAYMENT_DETAILS.

        Wire field: data.payments[].statusDetails.code (GET /bulk-payments/{bulkPaymentId}/details; BulkPaymentIndividualStatus)."""

        B000 = "B000"
        B001 = "B001"
        B002 = "B002"
        B003 = "B003"
        B004 = "B004"
        B005 = "B005"
        B006 = "B006"
        B007 = "B007"
        B008 = "B008"
        B009 = "B009"
        B010 = "B010"
        B011 = "B011"
        B012 = "B012"
        B013 = "B013"
        B014 = "B014"

    register(
        BulkPaymentStatusDetail,
        lambda: (
            CodeSetInfo(
                provider="yapily",
                id="bulk_payment_status_detail",
                title="Bulk payment individual status detail code",
                description="Why an individual payment of a bulk payment did not complete (or is held): the code of the statusDetails that Yapily adds to a payment's entry in the answer to GET /bulk-payments/{bulkPaymentId}/details when the payment has not completed successfully, beside a reason in free text. The descriptions are the Individual Payment Status page's table, verbatim. Yapily's OpenAPI file lists no values for this field (it calls it \"The unique 4-digit error code identifying the specific issue\" and refers to the official documentation); the published codes are a letter and three digits. Bulk payments are a beta of Yapily's, and the endpoint is offered by the institutions with the feature EXISTING_BULK_PAYMENT_DETAILS.",
                field="data.payments[].statusDetails.code (GET /bulk-payments/{bulkPaymentId}/details; BulkPaymentIndividualStatus)",
                sources=(_S["yapily-docs-bulk-individual-payment-status"], _S["yapily-openapi"]),
            ),
            (
                CodeInfo(
                    value="B000",
                    description="Unrecognised status reason code from the institution",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["yapily-docs-bulk-individual-payment-status"],),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["yapily-docs-bulk-individual-payment-status"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/yapily/bulk_payment_status_detail/#B000",
                    notes="The page also says that where an institution returns no recognisable status code, statusDetails is not present in the payment's entry; the part of the page read does not say when B000 is sent instead.",
                ),
                CodeInfo(
                    value="B001",
                    description="Payment rejected, no specific reason given",
                    category=_C.REJECTED,
                    sources=(
                        _S["yapily-docs-bulk-individual-payment-status"],
                        _S["yapily-openapi"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["yapily-docs-bulk-individual-payment-status"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/yapily/bulk_payment_status_detail/#B001",
                    notes="The OpenAPI file's one example of a payment's statusDetails (components/examples/bulk-payment-details-by-id-response, payment-w2, status FAILED) sends B001 with the reason \"Payment has been rejected\": statusDetails.reason is the institution's free text, not the table's description.",
                ),
                CodeInfo(
                    value="B002",
                    description="Insufficient funds in debtor account",
                    category=_C.REJECTED,
                    sources=(_S["yapily-docs-bulk-individual-payment-status"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["yapily-docs-bulk-individual-payment-status"],),
                        ),
                    ),
                    page="reference/yapily/bulk_payment_status_detail/#B002",
                ),
                CodeInfo(
                    value="B003",
                    description="Incorrect or invalid account number",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["yapily-docs-bulk-individual-payment-status"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["yapily-docs-bulk-individual-payment-status"],),
                        ),
                    ),
                    page="reference/yapily/bulk_payment_status_detail/#B003",
                ),
                CodeInfo(
                    value="B004",
                    description="Payment flagged as fraudulent origin",
                    category=_C.REJECTED,
                    sources=(_S["yapily-docs-bulk-individual-payment-status"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["yapily-docs-bulk-individual-payment-status"],),
                        ),
                    ),
                    page="reference/yapily/bulk_payment_status_detail/#B004",
                ),
                CodeInfo(
                    value="B005",
                    description="Duplicate payment detected",
                    category=_C.REJECTED,
                    sources=(_S["yapily-docs-bulk-individual-payment-status"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["yapily-docs-bulk-individual-payment-status"],),
                        ),
                    ),
                    page="reference/yapily/bulk_payment_status_detail/#B005",
                ),
                CodeInfo(
                    value="B006",
                    description="Rejected for regulatory or compliance reason",
                    category=_C.REJECTED,
                    sources=(_S["yapily-docs-bulk-individual-payment-status"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["yapily-docs-bulk-individual-payment-status"],),
                        ),
                    ),
                    page="reference/yapily/bulk_payment_status_detail/#B006",
                ),
                CodeInfo(
                    value="B007",
                    description="Rejected at customer’s own request",
                    category=_C.CANCELLED,
                    sources=(_S["yapily-docs-bulk-individual-payment-status"],),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["yapily-docs-bulk-individual-payment-status"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/yapily/bulk_payment_status_detail/#B007",
                    notes="The apostrophe is the page's typographic one (U+2019).",
                ),
                CodeInfo(
                    value="B008",
                    description="Amount is zero, not allowed, or too low",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["yapily-docs-bulk-individual-payment-status"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["yapily-docs-bulk-individual-payment-status"],),
                        ),
                    ),
                    page="reference/yapily/bulk_payment_status_detail/#B008",
                ),
                CodeInfo(
                    value="B009",
                    description="Missed bank cut-off time",
                    category=_C.REJECTED,
                    sources=(_S["yapily-docs-bulk-individual-payment-status"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["yapily-docs-bulk-individual-payment-status"],),
                        ),
                    ),
                    page="reference/yapily/bulk_payment_status_detail/#B009",
                ),
                CodeInfo(
                    value="B010",
                    description="Invalid payment format or structure",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["yapily-docs-bulk-individual-payment-status"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["yapily-docs-bulk-individual-payment-status"],),
                        ),
                    ),
                    page="reference/yapily/bulk_payment_status_detail/#B010",
                ),
                CodeInfo(
                    value="B011",
                    description="Technical problem at institution",
                    category=_C.INSTITUTION_UNAVAILABLE,
                    sources=(_S["yapily-docs-bulk-individual-payment-status"],),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["yapily-docs-bulk-individual-payment-status"],),
                        ),
                    ),
                    page="reference/yapily/bulk_payment_status_detail/#B011",
                ),
                CodeInfo(
                    value="B012",
                    description="Payment accepted, pending processing",
                    category=_C.PENDING,
                    sources=(_S["yapily-docs-bulk-individual-payment-status"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["yapily-docs-bulk-individual-payment-status"],),
                        ),
                    ),
                    page="reference/yapily/bulk_payment_status_detail/#B012",
                ),
                CodeInfo(
                    value="B013",
                    description="Payment held by institution for further review",
                    category=_C.PENDING,
                    sources=(_S["yapily-docs-bulk-individual-payment-status"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["yapily-docs-bulk-individual-payment-status"],),
                        ),
                    ),
                    page="reference/yapily/bulk_payment_status_detail/#B013",
                ),
                CodeInfo(
                    value="B014",
                    description="Payment held due to fraud screening",
                    category=_C.PENDING,
                    sources=(_S["yapily-docs-bulk-individual-payment-status"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["yapily-docs-bulk-individual-payment-status"],),
                        ),
                    ),
                    page="reference/yapily/bulk_payment_status_detail/#B014",
                ),
            ),
        ),
        {},
    )
    return BulkPaymentStatusDetail


def _ResponseStatus() -> type[NumericCodeEnum]:
    class ResponseStatus(NumericCodeEnum):
        """API response status: The HTTP status of a Yapily API response (the error body's error.code holds it too), as the OpenAPI's operations describe their responses: the descriptions are the commonest each status has there. A response whose error carries an issue code, or names its source, is decided by those first. The categories are bankcodes' reading.

        Wire field: the HTTP status of a Yapily API response (error.code)."""

        BAD_REQUEST = 400
        UNAUTHORIZED = 401
        FORBIDDEN = 403
        NOT_FOUND = 404
        NOT_ACCEPTABLE = 406
        CONFLICT = 409
        TOO_MANY_REQUESTS = 429
        INTERNAL_SERVER_ERROR = 500

    register(
        ResponseStatus,
        lambda: (
            CodeSetInfo(
                provider="yapily",
                id="response_status",
                title="API response status",
                description="The HTTP status of a Yapily API response (the error body's error.code holds it too), as the OpenAPI's operations describe their responses: the descriptions are the commonest each status has there. A response whose error carries an issue code, or names its source, is decided by those first. The categories are bankcodes' reading.",
                field="the HTTP status of a Yapily API response (error.code)",
                sources=(_S["yapily-openapi"],),
            ),
            (
                CodeInfo(
                    value="400",
                    description="Invalid request",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["yapily-openapi"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["yapily-openapi"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/yapily/response_status/#400",
                    notes='Also "Validation Error" and "There are validation errors"; for POST /consents/{consentId}/extend, "Error Response. The supplied lastConfirmedAt date, Consent type, or Consent status is invalid."',
                ),
                CodeInfo(
                    value="401",
                    description="Either authentication credentials were not supplied, or they were invalid.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["yapily-openapi"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["yapily-openapi"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/yapily/response_status/#401",
                    notes="The credentials are the integration's own (its application's key and secret): it fixes them, Yapily's support is not needed (bankcodes' reading).",
                ),
                CodeInfo(
                    value="403",
                    description="The consent is no longer authorised to access financial data or to make a payment.",
                    category=_C.RECONNECT_REQUIRED,
                    sources=(_S["yapily-openapi"],),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/yapily/response_status/#403",
                    editorial=True,
                    notes='Description: bankcodes\' wording of the error envelope\'s (ApiResponseError\'s): "`403` - Returned by any Financial Data and any Payments endpoint when the `Consent` is no longer authorised to access financial data or to make a payment" (its links left out). The knowledge base\'s Financial Data Consents: a consent the user revoked at the bank "will return 403 Forbidden errors when you attempt to use it to obtain financial data. To resolve, you will need to create a new consent" (or re-authorise it). A 403 whose issues name another cause (Yapily.gateway.api.scope.required: the application lacks the scope) is decided by that issue\'s code. The eight operations on applications (POST and GET /applications; GET, PUT and DELETE /applications/{applicationId}; POST, PUT and GET /applications/{applicationId}/vrp) describe their 403 as "Forbidden from accessing the requested Application", and GET /hosted/vrp-requests/commercial/{requestId} as "Forbidden": there the application is the integration\'s own, and it fixes its access.',
                    next_step="renew_consent",
                    fact_sources={"next_step": ("yapily-kb-consents",)},
                ),
                CodeInfo(
                    value="404",
                    description="Not Found",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["yapily-openapi"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["yapily-openapi"],)
                        ),
                    ),
                    page="reference/yapily/response_status/#404",
                ),
                CodeInfo(
                    value="406",
                    description="Maximum number of registered webhooks has been reached",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["yapily-openapi"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["yapily-openapi"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/yapily/response_status/#406",
                    notes="POST /webhook/events alone lists it: the application has registered as many webhooks as Yapily allows, and deletes one before it registers another (bankcodes' reading).",
                ),
                CodeInfo(
                    value="409",
                    description="Conflict",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["yapily-openapi"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["yapily-openapi"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/yapily/response_status/#409",
                    notes='POST /applications/{applicationId}/beneficiaries, POST /users/{userId}/beneficiaries and PATCH /users/{userId}/beneficiaries/{beneficiaryId}; POST /notifications/event-subscriptions says "Event subscription already exist for the application".',
                ),
                CodeInfo(
                    value="429",
                    description="Too many requests",
                    category=_C.RATE_LIMITED,
                    sources=(_S["yapily-openapi"],),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["yapily-openapi"],)
                        ),
                    ),
                    page="reference/yapily/response_status/#429",
                ),
                CodeInfo(
                    value="500",
                    description="An unexpected error occurred.",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["yapily-openapi"],),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["yapily-openapi"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/yapily/response_status/#500",
                    notes='Also "Internal error" and "Unexpected Error".',
                ),
            ),
        ),
        {},
    )
    return ResponseStatus


def _CODE_SETS() -> tuple[object, ...]:
    return tuple(
        getattr(_PUBLIC, name)
        for name in (
            "AuthorisationStatus",
            "PaymentStatus",
            "PaymentIsoStatus",
            "ErrorSource",
            "ErrorIssueCode",
            "ErrorIssueType",
            "ValidationError",
            "BulkPaymentStatusDetail",
            "ResponseStatus",
        )
    )
