# generated from spec/catalog.json — do not edit (run `make generate`)
"""The builders of bankcodes.stitch's names, loaded on the first use of any of them, so that importing the provider's module reads none of its data."""

from __future__ import annotations

import importlib

from bankcodes._base import CodeEnum, register
from bankcodes._records import (
    CodeInfo,
    CodeSetInfo,
    EndUserWords,
    HttpStatus,
    Lifecycle,
    Source,
    Wording,
)
from bankcodes.categories import Category as _C

#: The public module, whose names the builders use (each built on first use there).
_PUBLIC = importlib.import_module("bankcodes.stitch")
#: The documents its facts come from, by id.
_S = {
    "stitch-api-payment-initiation-request-state": Source(
        id="stitch-api-payment-initiation-request-state",
        kind="doc",
        title="Stitch API reference: PaymentInitiationRequestState (union)",
        url="https://docs.stitch.money/api/unions/payment-initiation-request-state",
    ),
    "stitch-api-disbursement-status": Source(
        id="stitch-api-disbursement-status",
        kind="doc",
        title="Stitch API reference: DisbursementStatus (union)",
        url="https://docs.stitch.money/api/unions/disbursement-status",
    ),
    "stitch-api-disbursement-error-reason": Source(
        id="stitch-api-disbursement-error-reason",
        kind="doc",
        title="Stitch API reference: DisbursementErrorReason (enum)",
        url="https://docs.stitch.money/api/enums/disbursement-error-reason",
        read_in_part="A stored copy of the page: the enum's twelve values whole, and each value's text up to invalid_transaction_details'; the texts of the two deprecated values, invalid_destination and internal_error, were cut at 'inval' and not read.",
    ),
    "stitch-api-disbursement-reversed-reason": Source(
        id="stitch-api-disbursement-reversed-reason",
        kind="doc",
        title="Stitch API reference: DisbursementReversedReason (enum)",
        url="https://docs.stitch.money/api/enums/disbursement-reversed-reason",
    ),
    "stitch-api-disbursement-paused-reason": Source(
        id="stitch-api-disbursement-paused-reason",
        kind="doc",
        title="Stitch API reference: DisbursementPausedReason (enum)",
        url="https://docs.stitch.money/api/enums/disbursement-paused-reason",
    ),
    "stitch-api-refund-error-reason": Source(
        id="stitch-api-refund-error-reason",
        kind="doc",
        title="Stitch API reference: RefundErrorReason (enum)",
        url="https://docs.stitch.money/api/enums/refund-error-reason",
        read_in_part="A stored copy of the page: the enum's twelve values whole, and each value's text up to payment_not_received's; the texts of the two deprecated values, invalid_destination and internal_error, were cut at 'D' and not read.",
    ),
    "stitch-api-failure-reason": Source(
        id="stitch-api-failure-reason",
        kind="doc",
        title="Stitch API reference: FailureReason (enum)",
        url="https://docs.stitch.money/api/enums/failure-reason",
    ),
    "stitch-docs-error-handling": Source(
        id="stitch-docs-error-handling",
        kind="doc",
        title="Stitch docs: Error Handling (Stitch API, GraphQL)",
        url="https://stitch.money/docs/stitch-api/error-handling/",
        read_in_part="Stored copies of the page (three, of its versions numbered 4.2 and 5.2), each from its start through its example response (a FORBIDDEN error for a missing balances scope) to the first row of the table of common error object parameters, cut in that row ('messageAn expand', 'An expanded description of the errorS'); the rest of that table and of the page (any list of error codes) was not read.",
    ),
    "stitch-docs-webhooks-v2": Source(
        id="stitch-docs-webhooks-v2",
        kind="doc",
        title="Stitch docs: Event Webhook Subscriptions (the earlier site's webhooks_v2 page)",
        url="https://stitch.money/docs/webhooks_v2",
        read_in_part="A stored copy of the page from its start to 'An example is given', before its example; the example and the rest of the page were not read.",
    ),
    "stitch-docs-webhooks-types": Source(
        id="stitch-docs-webhooks-types",
        kind="doc",
        title="Stitch docs: Webhook Event Types",
        url="https://docs.stitch.money/webhooks/types",
        read_in_part="A stored copy of the page: its table of event types whole, and the start of its section Statuses and Example Payloads, cut before any status or payload.",
    ),
    "stitch-docs-payment-confirmation-status": Source(
        id="stitch-docs-payment-confirmation-status",
        kind="doc",
        title="Stitch docs: Pay By Bank Confirmation Status",
        url="https://docs.stitch.money/payment-products/payins/paybybank/payment-confirmation-status",
        read_in_part="A stored copy of the page: the table of paymentConfirmation statuses whole, and its example payment.confirmation payload up to the node's externalReference, where the copy is cut; the node's state and paymentConfirmation were not read.",
    ),
    "stitch-docs-token-error-handling": Source(
        id="stitch-docs-token-error-handling",
        kind="doc",
        title="Stitch docs: Error Handling (the Token API)",
        url="https://docs.stitch.money/authentication/error-handling",
        read_in_part="A stored copy of the page from its start through Invalid Redirect URL and Invalid Scope to the first reason of Invalid Grant, cut in its second ('Retri'); the rest of Invalid Grant and any error after it were not read.",
    ),
    "stitch-docs-token-lifetimes": Source(
        id="stitch-docs-token-lifetimes",
        kind="doc",
        title="Stitch Docs: Token Lifetimes (the response to a query with an expired client or user token; the tokens' lifetimes and refresh)",
        url="https://docs.stitch.money/authentication/token-lifetimes",
        read_in_part="A stored copy of the page from its start through the expired-token response, Client Token Lifetime, User Token Lifetime, Reauthorization and Refresh Tokens to the second point of its list, cut there; the rest of the page was not read.",
    ),
    "stitch-api-payment-initiation-status": Source(
        id="stitch-api-payment-initiation-status",
        kind="doc",
        title="Stitch API reference: PaymentInitiationStatus (union)",
        url="https://docs.stitch.money/api/unions/payment-initiation-status",
    ),
}


def _PaymentRequestState() -> type[CodeEnum]:
    class PaymentRequestState(CodeEnum):
        """Payment request state (PaymentInitiationRequestState): Where a Pay By Bank payment request stands: the type of its state, one of the five objects of the PaymentInitiationRequestState union, which a GraphQL client reads as state.__typename. Each is a PascalCase type name, sent as it is spelt; each text is the union page's.

        Wire field: state.__typename of a PaymentInitiationRequest (queries and the payment webhook)."""

        PaymentInitiationRequestCompleted = "PaymentInitiationRequestCompleted"
        PaymentInitiationRequestManuallyCompleted = "PaymentInitiationRequestManuallyCompleted"
        PaymentInitiationRequestCancelled = "PaymentInitiationRequestCancelled"
        PaymentInitiationRequestExpired = "PaymentInitiationRequestExpired"
        PaymentInitiationRequestPending = "PaymentInitiationRequestPending"

    register(
        PaymentRequestState,
        lambda: (
            CodeSetInfo(
                provider="stitch",
                id="payment_request_state",
                title="Payment request state (PaymentInitiationRequestState)",
                description="Where a Pay By Bank payment request stands: the type of its state, one of the five objects of the PaymentInitiationRequestState union, which a GraphQL client reads as state.__typename. Each is a PascalCase type name, sent as it is spelt; each text is the union page's.",
                field="state.__typename of a PaymentInitiationRequest (queries and the payment webhook)",
                sources=(_S["stitch-api-payment-initiation-request-state"],),
            ),
            (
                CodeInfo(
                    value="PaymentInitiationRequestCompleted",
                    description="The payment to the beneficiary has been initiated.",
                    category=_C.SUCCESS,
                    sources=(_S["stitch-api-payment-initiation-request-state"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["stitch-api-payment-initiation-request-state"],),
                        ),
                    ),
                    page="reference/stitch/payment_request_state/#PaymentInitiationRequestCompleted",
                ),
                CodeInfo(
                    value="PaymentInitiationRequestManuallyCompleted",
                    description="The payment request was manually marked as completed. No payment exists for the PaymentInitiationRequest.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["stitch-api-payment-initiation-request-state"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["stitch-api-payment-initiation-request-state"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/stitch/payment_request_state/#PaymentInitiationRequestManuallyCompleted",
                    notes="No payment exists: the request was closed by hand, not paid through Stitch (bankcodes' reading of the category).",
                ),
                CodeInfo(
                    value="PaymentInitiationRequestCancelled",
                    description="The payment has been cancelled and cannot be completed.",
                    category=_C.CANCELLED,
                    sources=(_S["stitch-api-payment-initiation-request-state"],),
                    retryable=False,
                    end_user_can_retry=True,
                    end_user={
                        "en": EndUserWords(
                            message="The payment was cancelled.",
                            action="Start the payment again if you still want to pay.",
                        ),
                        "fr": EndUserWords(
                            message="Le paiement a été annulé.",
                            action="Recommencez le paiement si vous souhaitez toujours payer.",
                        ),
                        "ar": EndUserWords(
                            message="تم إلغاء الدفع.",
                            action="ابدأ الدفع من جديد إذا كنت لا تزال تريد الدفع.",
                        ),
                        "es": EndUserWords(
                            message="El pago fue cancelado.",
                            action="Inicie el pago de nuevo si todavía desea pagar.",
                        ),
                        "pt": EndUserWords(
                            message="O pagamento foi cancelado.",
                            action="Inicie o pagamento novamente se ainda quiser pagar.",
                        ),
                    },
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["stitch-api-payment-initiation-request-state"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/stitch/payment_request_state/#PaymentInitiationRequestCancelled",
                    notes="Its object carries the reason as free text (reason: String!), not a code.",
                ),
                CodeInfo(
                    value="PaymentInitiationRequestExpired",
                    description="Payment initiation request expired before the user attempted to pay",
                    category=_C.SESSION_EXPIRED,
                    sources=(_S["stitch-api-payment-initiation-request-state"],),
                    retryable=False,
                    end_user_can_retry=True,
                    end_user={
                        "en": EndUserWords(
                            message="The payment request expired before it was paid.",
                            action="Start the payment again if you still want to pay.",
                        ),
                        "fr": EndUserWords(
                            message="La demande de paiement a expiré avant d'être payée.",
                            action="Recommencez le paiement si vous souhaitez toujours payer.",
                        ),
                        "ar": EndUserWords(
                            message="انتهت صلاحية طلب الدفع قبل أن يتم دفعه.",
                            action="ابدأ الدفع من جديد إذا كنت لا تزال تريد الدفع.",
                        ),
                        "es": EndUserWords(
                            message="La solicitud de pago caducó antes de pagarse.",
                            action="Inicie el pago de nuevo si todavía desea pagar.",
                        ),
                        "pt": EndUserWords(
                            message="A solicitação de pagamento expirou antes de ser paga.",
                            action="Inicie o pagamento novamente se ainda quiser pagar.",
                        ),
                    },
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["stitch-api-payment-initiation-request-state"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/stitch/payment_request_state/#PaymentInitiationRequestExpired",
                    notes="The user did not start paying before the request expired: a new payment request is needed (bankcodes' reading).",
                ),
                CodeInfo(
                    value="PaymentInitiationRequestPending",
                    description="The payment has not yet been initiated, waiting for user to complete request",
                    category=_C.PENDING,
                    sources=(_S["stitch-api-payment-initiation-request-state"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["stitch-api-payment-initiation-request-state"],),
                        ),
                    ),
                    page="reference/stitch/payment_request_state/#PaymentInitiationRequestPending",
                ),
            ),
        ),
        {},
    )
    return PaymentRequestState


def _PaymentConfirmationStatus() -> type[CodeEnum]:
    class PaymentConfirmationStatus(CodeEnum):
        """Payment confirmation status (paymentConfirmation): Whether a completed payment request's funds reached the Stitch intermediary account: the type of its paymentConfirmation (null on a payment request that is not completed, or for a client without a Stitch intermediary account). The payment.confirmation webhook is sent for PaymentReceived and PaymentUnsettled.

        Wire field: paymentConfirmation.__typename of a PaymentInitiationRequest."""

        PaymentPending = "PaymentPending"
        PaymentReceived = "PaymentReceived"
        PaymentUnsettled = "PaymentUnsettled"

    register(
        PaymentConfirmationStatus,
        lambda: (
            CodeSetInfo(
                provider="stitch",
                id="payment_confirmation_status",
                title="Payment confirmation status (paymentConfirmation)",
                description="Whether a completed payment request's funds reached the Stitch intermediary account: the type of its paymentConfirmation (null on a payment request that is not completed, or for a client without a Stitch intermediary account). The payment.confirmation webhook is sent for PaymentReceived and PaymentUnsettled.",
                field="paymentConfirmation.__typename of a PaymentInitiationRequest",
                sources=(_S["stitch-docs-payment-confirmation-status"],),
            ),
            (
                CodeInfo(
                    value="PaymentPending",
                    description="The PaymentRequest has been completed, but the payment has not yet been received into the Stitch intermediary account",
                    category=_C.PENDING,
                    sources=(_S["stitch-docs-payment-confirmation-status"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["stitch-docs-payment-confirmation-status"],),
                        ),
                    ),
                    page="reference/stitch/payment_confirmation_status/#PaymentPending",
                ),
                CodeInfo(
                    value="PaymentReceived",
                    description="The payment was received into the Stitch intermediary account",
                    category=_C.SUCCESS,
                    sources=(_S["stitch-docs-payment-confirmation-status"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["stitch-docs-payment-confirmation-status"],),
                        ),
                    ),
                    page="reference/stitch/payment_confirmation_status/#PaymentReceived",
                ),
                CodeInfo(
                    value="PaymentUnsettled",
                    description="The payment was not received into the Stitch intermediary account after 7 days",
                    category=_C.REJECTED,
                    sources=(_S["stitch-docs-payment-confirmation-status"],),
                    retryable=False,
                    end_user_can_retry=False,
                    end_user={
                        "en": EndUserWords(
                            message="Your payment has not been received yet.",
                            action="If the money has left your account, contact us.",
                        ),
                        "fr": EndUserWords(
                            message="Votre paiement n'a pas encore été reçu.",
                            action="Si l'argent a quitté votre compte, contactez-nous.",
                        ),
                        "ar": EndUserWords(
                            message="لم يتم استلام دفعتك بعد.",
                            action="إذا خرج المال من حسابك، فاتصل بنا.",
                        ),
                        "es": EndUserWords(
                            message="Su pago aún no se ha recibido.",
                            action="Si el dinero salió de su cuenta, contáctenos.",
                        ),
                        "pt": EndUserWords(
                            message="Seu pagamento ainda não foi recebido.",
                            action="Se o dinheiro saiu da sua conta, entre em contato conosco.",
                        ),
                    },
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["stitch-docs-payment-confirmation-status"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/stitch/payment_confirmation_status/#PaymentUnsettled",
                    notes="A payment request completed by the user whose funds did not arrive within 7 days; the category is bankcodes' reading, and so are the end user's words (the bank did not decline it).",
                ),
            ),
        ),
        {},
    )
    return PaymentConfirmationStatus


def _DisbursementStatus() -> type[CodeEnum]:
    class DisbursementStatus(CodeEnum):
        """Disbursement status (DisbursementStatus): Where a disbursement (a payout from the client's float account) stands: the type of its status, one of the seven objects of the DisbursementStatus union (status.__typename). A DisbursementError carries its reason as a DisbursementErrorReason, a paused disbursement a DisbursementPausedReason.

        Wire field: status.__typename of a Disbursement (queries and the disbursement webhook)."""

        DisbursementPending = "DisbursementPending"
        DisbursementPaused = "DisbursementPaused"
        DisbursementSubmitted = "DisbursementSubmitted"
        DisbursementCompleted = "DisbursementCompleted"
        DisbursementError = "DisbursementError"
        DisbursementCancelled = "DisbursementCancelled"
        DisbursementReversed = "DisbursementReversed"

    register(
        DisbursementStatus,
        lambda: (
            CodeSetInfo(
                provider="stitch",
                id="disbursement_status",
                title="Disbursement status (DisbursementStatus)",
                description="Where a disbursement (a payout from the client's float account) stands: the type of its status, one of the seven objects of the DisbursementStatus union (status.__typename). A DisbursementError carries its reason as a DisbursementErrorReason, a paused disbursement a DisbursementPausedReason.",
                field="status.__typename of a Disbursement (queries and the disbursement webhook)",
                sources=(_S["stitch-api-disbursement-status"],),
            ),
            (
                CodeInfo(
                    value="DisbursementPending",
                    description="The disbursement has been accepted and is awaiting processing",
                    category=_C.PENDING,
                    sources=(_S["stitch-api-disbursement-status"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["stitch-api-disbursement-status"],),
                        ),
                    ),
                    page="reference/stitch/disbursement_status/#DisbursementPending",
                ),
                CodeInfo(
                    value="DisbursementPaused",
                    description="Disbursement has been paused and requires interaction",
                    category=_C.PENDING,
                    sources=(_S["stitch-api-disbursement-status"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["stitch-api-disbursement-status"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/stitch/disbursement_status/#DisbursementPaused",
                    notes="Its reason (DisbursementPausedReason): insufficient funds, or no suitable source bank account; the client's, not the beneficiary's, to resolve (bankcodes' reading).",
                ),
                CodeInfo(
                    value="DisbursementSubmitted",
                    description="The disbursement has been submitted to bank",
                    category=_C.PENDING,
                    sources=(_S["stitch-api-disbursement-status"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["stitch-api-disbursement-status"],),
                        ),
                    ),
                    page="reference/stitch/disbursement_status/#DisbursementSubmitted",
                ),
                CodeInfo(
                    value="DisbursementCompleted",
                    description="Bank has successfully processed the disbursement",
                    category=_C.SUCCESS,
                    sources=(_S["stitch-api-disbursement-status"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["stitch-api-disbursement-status"],),
                        ),
                    ),
                    page="reference/stitch/disbursement_status/#DisbursementCompleted",
                ),
                CodeInfo(
                    value="DisbursementError",
                    description="Disbursement has failed to complete",
                    category=_C.REJECTED,
                    sources=(_S["stitch-api-disbursement-status"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["stitch-api-disbursement-status"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/stitch/disbursement_status/#DisbursementError",
                    notes="Its disbursementErrorReason says why.",
                ),
                CodeInfo(
                    value="DisbursementCancelled",
                    description="Disbursement has been cancelled",
                    category=_C.CANCELLED,
                    sources=(_S["stitch-api-disbursement-status"],),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["stitch-api-disbursement-status"],),
                        ),
                    ),
                    page="reference/stitch/disbursement_status/#DisbursementCancelled",
                ),
                CodeInfo(
                    value="DisbursementReversed",
                    description="Disbursement has been reversed",
                    category=_C.REJECTED,
                    sources=(_S["stitch-api-disbursement-status"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["stitch-api-disbursement-status"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/stitch/disbursement_status/#DisbursementReversed",
                    notes="Its reason is a DisbursementReversedReason (invalid_account).",
                ),
            ),
        ),
        {},
    )
    return DisbursementStatus


def _DisbursementErrorReason() -> type[CodeEnum]:
    class DisbursementErrorReason(CodeEnum):
        """Disbursement error reason (DisbursementErrorReason): Why a disbursement failed (DisbursementError.disbursementErrorReason), a GraphQL enum whose values are snake_case, sent as spelt; its description in disbursementErrorDescription. Texts are the enum page's.

        Wire field: disbursementErrorReason of a DisbursementError."""

        account_verification_failed = "account_verification_failed"
        bank_error = "bank_error"
        bank_processing_error = "bank_processing_error"
        insufficient_funds = "insufficient_funds"
        restricted_account = "restricted_account"
        inactive_account = "inactive_account"
        exceeded_limit = "exceeded_limit"
        invalid_account = "invalid_account"
        beneficiary_bank_processing_error = "beneficiary_bank_processing_error"
        invalid_transaction_details = "invalid_transaction_details"
        invalid_destination = "invalid_destination"
        internal_error = "internal_error"

    register(
        DisbursementErrorReason,
        lambda: (
            CodeSetInfo(
                provider="stitch",
                id="disbursement_error_reason",
                title="Disbursement error reason (DisbursementErrorReason)",
                description="Why a disbursement failed (DisbursementError.disbursementErrorReason), a GraphQL enum whose values are snake_case, sent as spelt; its description in disbursementErrorDescription. Texts are the enum page's.",
                field="disbursementErrorReason of a DisbursementError",
                sources=(_S["stitch-api-disbursement-error-reason"],),
            ),
            (
                CodeInfo(
                    value="account_verification_failed",
                    description="Disbursement was not processed due to failed account verification.",
                    category=_C.REJECTED,
                    sources=(_S["stitch-api-disbursement-error-reason"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["stitch-api-disbursement-error-reason"],),
                        ),
                    ),
                    page="reference/stitch/disbursement_error_reason/#account_verification_failed",
                ),
                CodeInfo(
                    value="bank_error",
                    description="There was a problem communicating with the processing bank.",
                    category=_C.INSTITUTION_UNAVAILABLE,
                    sources=(_S["stitch-api-disbursement-error-reason"],),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["stitch-api-disbursement-error-reason"],),
                        ),
                    ),
                    page="reference/stitch/disbursement_error_reason/#bank_error",
                ),
                CodeInfo(
                    value="bank_processing_error",
                    description="An internal error occurred inside the bank while trying to process the transaction.",
                    category=_C.INSTITUTION_UNAVAILABLE,
                    sources=(_S["stitch-api-disbursement-error-reason"],),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["stitch-api-disbursement-error-reason"],),
                        ),
                    ),
                    page="reference/stitch/disbursement_error_reason/#bank_processing_error",
                ),
                CodeInfo(
                    value="insufficient_funds",
                    description="The account from which the disbursement was to be made had insufficient_funds for longer than the allowed duration",
                    category=_C.REJECTED,
                    sources=(_S["stitch-api-disbursement-error-reason"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["stitch-api-disbursement-error-reason"],),
                        ),
                    ),
                    page="reference/stitch/disbursement_error_reason/#insufficient_funds",
                ),
                CodeInfo(
                    value="restricted_account",
                    description="There was a restriction on the account. This could be anything from FICA compliance to the account being manually frozen.",
                    category=_C.ACCOUNT_UNAVAILABLE,
                    sources=(_S["stitch-api-disbursement-error-reason"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["stitch-api-disbursement-error-reason"],),
                        ),
                    ),
                    page="reference/stitch/disbursement_error_reason/#restricted_account",
                ),
                CodeInfo(
                    value="inactive_account",
                    description="The account is inactive. This can be remedied by reactivating it.",
                    category=_C.ACCOUNT_UNAVAILABLE,
                    sources=(_S["stitch-api-disbursement-error-reason"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["stitch-api-disbursement-error-reason"],),
                        ),
                    ),
                    page="reference/stitch/disbursement_error_reason/#inactive_account",
                ),
                CodeInfo(
                    value="exceeded_limit",
                    description="A limit was exceeded.",
                    category=_C.REJECTED,
                    sources=(_S["stitch-api-disbursement-error-reason"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["stitch-api-disbursement-error-reason"],),
                        ),
                    ),
                    page="reference/stitch/disbursement_error_reason/#exceeded_limit",
                ),
                CodeInfo(
                    value="invalid_account",
                    description="The account was not found. It may have been closed or cannot process this type of transaction.",
                    category=_C.ACCOUNT_UNAVAILABLE,
                    sources=(_S["stitch-api-disbursement-error-reason"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["stitch-api-disbursement-error-reason"],),
                        ),
                    ),
                    page="reference/stitch/disbursement_error_reason/#invalid_account",
                ),
                CodeInfo(
                    value="beneficiary_bank_processing_error",
                    description="The recipient bank did not accept the transaction. Common causes are the beneficiary bank not responding to an RTC payment within the required 60 seconds, or not being enrolled for RTC.",
                    category=_C.INSTITUTION_UNAVAILABLE,
                    sources=(_S["stitch-api-disbursement-error-reason"],),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["stitch-api-disbursement-error-reason"],),
                        ),
                    ),
                    page="reference/stitch/disbursement_error_reason/#beneficiary_bank_processing_error",
                ),
                CodeInfo(
                    value="invalid_transaction_details",
                    description="The details (e.g. account number or branch code) were rejected by the bank.",
                    category=_C.REJECTED,
                    sources=(_S["stitch-api-disbursement-error-reason"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["stitch-api-disbursement-error-reason"],),
                        ),
                    ),
                    page="reference/stitch/disbursement_error_reason/#invalid_transaction_details",
                ),
                CodeInfo(
                    value="invalid_destination",
                    description="The provided beneficiary account is invalid",
                    category=_C.ACCOUNT_UNAVAILABLE,
                    sources=(
                        _S["stitch-api-disbursement-error-reason"],
                        _S["stitch-api-disbursement-reversed-reason"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    lifecycle=Lifecycle(
                        state="deprecated",
                        note='Marked @deprecated in the enum; DisbursementReversedReason\'s page says of its own invalid_destination: "No longer supported".',
                    ),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["stitch-api-disbursement-reversed-reason"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/stitch/disbursement_error_reason/#invalid_destination",
                    notes="Its text on this enum's page was not read (the copy is cut): the one here is DisbursementReversedReason's invalid_destination.",
                ),
                CodeInfo(
                    value="internal_error",
                    description="An internal error (a deprecated value, its text not read).",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["stitch-api-disbursement-error-reason"],),
                    retryable=True,
                    end_user_can_retry=True,
                    lifecycle=Lifecycle(state="deprecated", note="Marked @deprecated in the enum."),
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/stitch/disbursement_error_reason/#internal_error",
                    editorial=True,
                    notes="Its text lies past the part of the page read; the description and category are bankcodes' reading of its name.",
                ),
            ),
        ),
        {},
    )
    return DisbursementErrorReason


def _DisbursementPausedReason() -> type[CodeEnum]:
    class DisbursementPausedReason(CodeEnum):
        """Disbursement paused reason (DisbursementPausedReason): Why the disbursement has not been paid out yet.

        Wire field: reason of a DisbursementPaused."""

        insufficient_funds = "insufficient_funds"
        no_satisfactory_source_bank = "no_satisfactory_source_bank"

    register(
        DisbursementPausedReason,
        lambda: (
            CodeSetInfo(
                provider="stitch",
                id="disbursement_paused_reason",
                title="Disbursement paused reason (DisbursementPausedReason)",
                description="Why the disbursement has not been paid out yet.",
                field="reason of a DisbursementPaused",
                sources=(_S["stitch-api-disbursement-paused-reason"],),
            ),
            (
                CodeInfo(
                    value="insufficient_funds",
                    description="The user does not have the necessary funds in their account to complete the request",
                    category=_C.PENDING,
                    sources=(_S["stitch-api-disbursement-paused-reason"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["stitch-api-disbursement-paused-reason"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/stitch/disbursement_paused_reason/#insufficient_funds",
                    notes="The user here is Stitch's client, whose float account funds the disbursement (bankcodes' reading).",
                ),
                CodeInfo(
                    value="no_satisfactory_source_bank",
                    description="The user does not have any suitable source bank accounts capable of initiating a disbursement at this time",
                    category=_C.PENDING,
                    sources=(_S["stitch-api-disbursement-paused-reason"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["stitch-api-disbursement-paused-reason"],),
                        ),
                    ),
                    page="reference/stitch/disbursement_paused_reason/#no_satisfactory_source_bank",
                ),
            ),
        ),
        {},
    )
    return DisbursementPausedReason


def _RefundErrorReason() -> type[CodeEnum]:
    class RefundErrorReason(CodeEnum):
        """Refund error reason (RefundErrorReason): Why a refund failed, a GraphQL enum whose values are snake_case, sent as spelt. Its texts are the enum page's: most are the same as DisbursementErrorReason's (insufficient_funds speaks of 'the disbursement' here too).

        Wire field: reason of a failed refund (RefundErrorReason)."""

        bank_error = "bank_error"
        bank_processing_error = "bank_processing_error"
        insufficient_funds = "insufficient_funds"
        restricted_account = "restricted_account"
        inactive_account = "inactive_account"
        exceeded_limit = "exceeded_limit"
        invalid_account = "invalid_account"
        beneficiary_bank_processing_error = "beneficiary_bank_processing_error"
        invalid_transaction_details = "invalid_transaction_details"
        payment_not_received = "payment_not_received"
        invalid_destination = "invalid_destination"
        internal_error = "internal_error"

    register(
        RefundErrorReason,
        lambda: (
            CodeSetInfo(
                provider="stitch",
                id="refund_error_reason",
                title="Refund error reason (RefundErrorReason)",
                description="Why a refund failed, a GraphQL enum whose values are snake_case, sent as spelt. Its texts are the enum page's: most are the same as DisbursementErrorReason's (insufficient_funds speaks of 'the disbursement' here too).",
                field="reason of a failed refund (RefundErrorReason)",
                sources=(_S["stitch-api-refund-error-reason"],),
            ),
            (
                CodeInfo(
                    value="bank_error",
                    description="There was a problem communicating with the processing bank.",
                    category=_C.INSTITUTION_UNAVAILABLE,
                    sources=(_S["stitch-api-refund-error-reason"],),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["stitch-api-refund-error-reason"],),
                        ),
                    ),
                    page="reference/stitch/refund_error_reason/#bank_error",
                ),
                CodeInfo(
                    value="bank_processing_error",
                    description="An internal error occurred inside the bank while trying to process the transaction.",
                    category=_C.INSTITUTION_UNAVAILABLE,
                    sources=(_S["stitch-api-refund-error-reason"],),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["stitch-api-refund-error-reason"],),
                        ),
                    ),
                    page="reference/stitch/refund_error_reason/#bank_processing_error",
                ),
                CodeInfo(
                    value="insufficient_funds",
                    description="The account from which the disbursement was to be made had insufficient_funds for longer than the allowed duration",
                    category=_C.REJECTED,
                    sources=(_S["stitch-api-refund-error-reason"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["stitch-api-refund-error-reason"],),
                        ),
                    ),
                    page="reference/stitch/refund_error_reason/#insufficient_funds",
                ),
                CodeInfo(
                    value="restricted_account",
                    description="There was a restriction on the account. This could be anything from FICA compliance to the account being manually frozen.",
                    category=_C.ACCOUNT_UNAVAILABLE,
                    sources=(_S["stitch-api-refund-error-reason"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["stitch-api-refund-error-reason"],),
                        ),
                    ),
                    page="reference/stitch/refund_error_reason/#restricted_account",
                ),
                CodeInfo(
                    value="inactive_account",
                    description="The account is inactive. This can be remedied by reactivating it.",
                    category=_C.ACCOUNT_UNAVAILABLE,
                    sources=(_S["stitch-api-refund-error-reason"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["stitch-api-refund-error-reason"],),
                        ),
                    ),
                    page="reference/stitch/refund_error_reason/#inactive_account",
                ),
                CodeInfo(
                    value="exceeded_limit",
                    description="A limit was exceeded.",
                    category=_C.REJECTED,
                    sources=(_S["stitch-api-refund-error-reason"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["stitch-api-refund-error-reason"],),
                        ),
                    ),
                    page="reference/stitch/refund_error_reason/#exceeded_limit",
                ),
                CodeInfo(
                    value="invalid_account",
                    description="The account was not found. It may have been closed or cannot process this type of transaction.",
                    category=_C.ACCOUNT_UNAVAILABLE,
                    sources=(_S["stitch-api-refund-error-reason"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["stitch-api-refund-error-reason"],),
                        ),
                    ),
                    page="reference/stitch/refund_error_reason/#invalid_account",
                ),
                CodeInfo(
                    value="beneficiary_bank_processing_error",
                    description="The recipient bank did not accept the transaction. Common causes are the beneficiary bank not responding to an RTC payment within the required 60 seconds, or not being enrolled for RTC.",
                    category=_C.INSTITUTION_UNAVAILABLE,
                    sources=(_S["stitch-api-refund-error-reason"],),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["stitch-api-refund-error-reason"],),
                        ),
                    ),
                    page="reference/stitch/refund_error_reason/#beneficiary_bank_processing_error",
                ),
                CodeInfo(
                    value="invalid_transaction_details",
                    description="The details (e.g. account number or branch code) were rejected by the bank.",
                    category=_C.REJECTED,
                    sources=(_S["stitch-api-refund-error-reason"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["stitch-api-refund-error-reason"],),
                        ),
                    ),
                    page="reference/stitch/refund_error_reason/#invalid_transaction_details",
                ),
                CodeInfo(
                    value="payment_not_received",
                    description="The payment associated with the refund has not been received yet",
                    category=_C.REJECTED,
                    sources=(_S["stitch-api-refund-error-reason"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["stitch-api-refund-error-reason"],),
                        ),
                    ),
                    page="reference/stitch/refund_error_reason/#payment_not_received",
                ),
                CodeInfo(
                    value="invalid_destination",
                    description="The provided beneficiary account is invalid",
                    category=_C.ACCOUNT_UNAVAILABLE,
                    sources=(
                        _S["stitch-api-refund-error-reason"],
                        _S["stitch-api-disbursement-reversed-reason"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    lifecycle=Lifecycle(
                        state="deprecated",
                        note='Marked @deprecated in the enum; DisbursementReversedReason\'s page says of its own invalid_destination: "No longer supported".',
                    ),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["stitch-api-disbursement-reversed-reason"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/stitch/refund_error_reason/#invalid_destination",
                    notes="Its text on this enum's page was not read (the copy is cut): the one here is DisbursementReversedReason's invalid_destination.",
                ),
                CodeInfo(
                    value="internal_error",
                    description="An internal error (a deprecated value, its text not read).",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["stitch-api-refund-error-reason"],),
                    retryable=True,
                    end_user_can_retry=True,
                    lifecycle=Lifecycle(state="deprecated", note="Marked @deprecated in the enum."),
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/stitch/refund_error_reason/#internal_error",
                    editorial=True,
                    notes="Its text lies past the part of the page read; the description and category are bankcodes' reading of its name.",
                ),
            ),
        ),
        {},
    )
    return RefundErrorReason


def _FailureReason() -> type[CodeEnum]:
    class FailureReason(CodeEnum):
        """Failure reason (FailureReason): The way a request failed: Stitch's FailureReason enum ("The way a request failed."), its five values in camelCase, sent as spelt. The enum's page does not say which object's field holds it (the part of the reference read), so no payload kind reads it; lookup knows it. Texts are the enum page's.

        Wire field: a FailureReason (the object and field that hold it were not read)."""

        cancelled = "cancelled"
        forbidden = "forbidden"
        insufficientFunds = "insufficientFunds"
        exceededAccountLimits = "exceededAccountLimits"
        bankIntegrationFailure = "bankIntegrationFailure"

    register(
        FailureReason,
        lambda: (
            CodeSetInfo(
                provider="stitch",
                id="failure_reason",
                title="Failure reason (FailureReason)",
                description="The way a request failed: Stitch's FailureReason enum (\"The way a request failed.\"), its five values in camelCase, sent as spelt. The enum's page does not say which object's field holds it (the part of the reference read), so no payload kind reads it; lookup knows it. Texts are the enum page's.",
                field="a FailureReason (the object and field that hold it were not read)",
                sources=(_S["stitch-api-failure-reason"],),
            ),
            (
                CodeInfo(
                    value="cancelled",
                    description="Request was cancelled by user",
                    category=_C.CANCELLED,
                    sources=(_S["stitch-api-failure-reason"],),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["stitch-api-failure-reason"],),
                        ),
                    ),
                    page="reference/stitch/failure_reason/#cancelled",
                ),
                CodeInfo(
                    value="forbidden",
                    description="The user's bank prohibited execution of the request",
                    category=_C.REJECTED,
                    sources=(_S["stitch-api-failure-reason"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["stitch-api-failure-reason"],),
                        ),
                    ),
                    page="reference/stitch/failure_reason/#forbidden",
                ),
                CodeInfo(
                    value="insufficientFunds",
                    description="The user does not have the necessary funds in their account to complete the request",
                    category=_C.REJECTED,
                    sources=(_S["stitch-api-failure-reason"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["stitch-api-failure-reason"],),
                        ),
                    ),
                    page="reference/stitch/failure_reason/#insufficientFunds",
                ),
                CodeInfo(
                    value="exceededAccountLimits",
                    description="This operation failed as it exceeded a limit defined on the account",
                    category=_C.REJECTED,
                    sources=(_S["stitch-api-failure-reason"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["stitch-api-failure-reason"],),
                        ),
                    ),
                    page="reference/stitch/failure_reason/#exceededAccountLimits",
                ),
                CodeInfo(
                    value="bankIntegrationFailure",
                    description="This operation failed due to bank downtime or an unexpected error that ocurred between the integration with the user's bank and the stitch api",
                    category=_C.INSTITUTION_UNAVAILABLE,
                    sources=(_S["stitch-api-failure-reason"],),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["stitch-api-failure-reason"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/stitch/failure_reason/#bankIntegrationFailure",
                    notes="Bank downtime or an error between Stitch and the bank: the bank or Stitch's link to it is down for now (bankcodes' reading of the category).",
                ),
            ),
        ),
        {},
    )
    return FailureReason


def _GraphqlErrorCode() -> type[CodeEnum]:
    class GraphqlErrorCode(CodeEnum):
        """GraphQL error code (extensions.code): The code of an error in a Stitch API response's errors list (errors[].extensions.code). The API answers a GraphQL error with HTTP 200 ("our API will return a 200 OK HTTP status unless a network outage occurs"), and a query may partially fail: data holds what resolved, errors what did not. Only the codes of the Error Handling page's example and of the Token Lifetimes page's expired-token response were read; the Error Handling page's table of codes was not read.

        Wire field: errors[].extensions.code of a GraphQL response."""

        FORBIDDEN = "FORBIDDEN"
        UNAUTHENTICATED = "UNAUTHENTICATED"

    register(
        GraphqlErrorCode,
        lambda: (
            CodeSetInfo(
                provider="stitch",
                id="graphql_error_code",
                title="GraphQL error code (extensions.code)",
                description="The code of an error in a Stitch API response's errors list (errors[].extensions.code). The API answers a GraphQL error with HTTP 200 (\"our API will return a 200 OK HTTP status unless a network outage occurs\"), and a query may partially fail: data holds what resolved, errors what did not. Only the codes of the Error Handling page's example and of the Token Lifetimes page's expired-token response were read; the Error Handling page's table of codes was not read.",
                field="errors[].extensions.code of a GraphQL response",
                sources=(_S["stitch-docs-error-handling"], _S["stitch-docs-token-lifetimes"]),
            ),
            (
                CodeInfo(
                    value="FORBIDDEN",
                    description="The token lacks a scope the query needs; extensions.missingScopes lists the missing scopes.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["stitch-docs-error-handling"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(HttpStatus(status=200, sources=(_S["stitch-docs-error-handling"],)),),
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["stitch-docs-error-handling"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/stitch/graphql_error_code/#FORBIDDEN",
                    editorial=True,
                    message="Token is missing the following scope: balances",
                    notes="The page's example: a token with the accounts scope but not balances reads an account's currentBalance; the field is null and the error names the scope. A user token is granted its scopes by the user, so a missing one is asked for in a new authorisation (bankcodes' reading).",
                ),
                CodeInfo(
                    value="UNAUTHENTICATED",
                    description="Queries to the Stitch API with an expired client or user token will yield the following response",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["stitch-docs-token-lifetimes"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["stitch-docs-token-lifetimes"],),
                        ),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["stitch-docs-token-lifetimes"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/stitch/graphql_error_code/#UNAUTHENTICATED",
                    message="UNAUTHENTICATED: Token is expired or malformed",
                    notes='The page\'s response puts the code at the top level (extensions beside errors), the message in errors. Its next step is the page\'s: "If the current client token has expired, you can request a new one by following the steps in the client token guide"; a user token is refreshed with its refresh token ("The refresh token can be used to obtain a new user token when the current user token expires"). A malformed token is the integration\'s to fix, and a new token does not mend it.',
                    next_step="renew_access_token",
                    fact_sources={"next_step": ("stitch-docs-token-lifetimes",)},
                ),
            ),
        ),
        {},
    )
    return GraphqlErrorCode


def _WebhookEventType() -> type[CodeEnum]:
    class WebhookEventType(CodeEnum):
        """Webhook event type (filterTypes): The event types a webhook subscription filters on (filterTypes): what the events sent to its url are about. The Event Types page's table; three are marked deprecated there.

        Wire field: filterTypes of a webhook subscription."""

        payment = "payment"
        payment_confirmation = "payment.confirmation"
        payment_consent_request = "payment-consent-request"
        transaction = "transaction"
        refund = "refund"
        disbursement = "disbursement"
        settlement = "settlement"
        direct_deposit = "direct-deposit"
        payment_initiation = "payment-initiation"
        payment_initiation_confirmation = "payment-initiation.confirmation"

    register(
        WebhookEventType,
        lambda: (
            CodeSetInfo(
                provider="stitch",
                id="webhook_event_type",
                title="Webhook event type (filterTypes)",
                description="The event types a webhook subscription filters on (filterTypes): what the events sent to its url are about. The Event Types page's table; three are marked deprecated there.",
                field="filterTypes of a webhook subscription",
                sources=(_S["stitch-docs-webhooks-types"], _S["stitch-docs-webhooks-v2"]),
            ),
            (
                CodeInfo(
                    value="payment",
                    description="For all products that incorporate payment requests, including Pay by Bank, Capitec Pay, Card (Once-off), Manual EFT and Cash. This webhook will be sent on each payment request status update.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["stitch-docs-webhooks-types"], _S["stitch-docs-webhooks-v2"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["stitch-docs-webhooks-types"],
                                _S["stitch-docs-webhooks-v2"],
                            ),
                        ),
                    ),
                    page="reference/stitch/webhook_event_type/#payment",
                ),
                CodeInfo(
                    value="payment.confirmation",
                    description="For all products that incorporate payment requests, and when a Stitch intermediary account is used, including Pay by Bank, Capitec Pay, Card (Once-off), Manual EFT and Cash. This will be sent whenever funds are received for the payment request, in the intermediary account.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["stitch-docs-webhooks-types"], _S["stitch-docs-webhooks-v2"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["stitch-docs-webhooks-types"],
                                _S["stitch-docs-webhooks-v2"],
                            ),
                        ),
                    ),
                    page="reference/stitch/webhook_event_type/#payment.confirmation",
                ),
                CodeInfo(
                    value="payment-consent-request",
                    description="For tokenized payin products, such as Card, and Debicheck. This will be sent on all initiated consent status updates.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["stitch-docs-webhooks-types"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["stitch-docs-webhooks-types"],),
                        ),
                    ),
                    page="reference/stitch/webhook_event_type/#payment-consent-request",
                ),
                CodeInfo(
                    value="transaction",
                    description="For tokenized payin products, such as Card, and Debicheck. This will be sent on all initiated transaction status updates.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["stitch-docs-webhooks-types"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["stitch-docs-webhooks-types"],),
                        ),
                    ),
                    page="reference/stitch/webhook_event_type/#transaction",
                ),
                CodeInfo(
                    value="refund",
                    description="For the Refunds product. This will be sent on each refund status update.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["stitch-docs-webhooks-types"], _S["stitch-docs-webhooks-v2"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["stitch-docs-webhooks-types"],
                                _S["stitch-docs-webhooks-v2"],
                            ),
                        ),
                    ),
                    page="reference/stitch/webhook_event_type/#refund",
                ),
                CodeInfo(
                    value="disbursement",
                    description="For the Disbursements product. This will be sent on each disbursement status update.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["stitch-docs-webhooks-types"], _S["stitch-docs-webhooks-v2"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["stitch-docs-webhooks-types"],
                                _S["stitch-docs-webhooks-v2"],
                            ),
                        ),
                    ),
                    page="reference/stitch/webhook_event_type/#disbursement",
                ),
                CodeInfo(
                    value="settlement",
                    description="For the Settlements product, when a Stitch intermediary account is used for payins. This will be sent on each settlement status update.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["stitch-docs-webhooks-types"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["stitch-docs-webhooks-types"],),
                        ),
                    ),
                    page="reference/stitch/webhook_event_type/#settlement",
                ),
                CodeInfo(
                    value="direct-deposit",
                    description="For the Direct Deposits product, when a Stitch intermediary account is used for payins. This will be sent whenever funds are received for a direct deposit, in the intermediary account.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["stitch-docs-webhooks-types"],),
                    retryable=False,
                    end_user_can_retry=False,
                    lifecycle=Lifecycle(
                        state="deprecated", note="Marked [Deprecated] in the Event Types table."
                    ),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["stitch-docs-webhooks-types"],),
                        ),
                    ),
                    page="reference/stitch/webhook_event_type/#direct-deposit",
                ),
                CodeInfo(
                    value="payment-initiation",
                    description="For the LinkPay product. This will be sent on each payment initiation status update.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["stitch-docs-webhooks-types"], _S["stitch-docs-webhooks-v2"]),
                    retryable=False,
                    end_user_can_retry=False,
                    lifecycle=Lifecycle(
                        state="deprecated", note="Marked [Deprecated] in the Event Types table."
                    ),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["stitch-docs-webhooks-types"],
                                _S["stitch-docs-webhooks-v2"],
                            ),
                        ),
                    ),
                    page="reference/stitch/webhook_event_type/#payment-initiation",
                ),
                CodeInfo(
                    value="payment-initiation.confirmation",
                    description="For the LinkPay product, and when a Stitch intermediary account is used. This will be sent whenever funds are received for the payment initiation, in the intermediary account.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["stitch-docs-webhooks-types"], _S["stitch-docs-webhooks-v2"]),
                    retryable=False,
                    end_user_can_retry=False,
                    lifecycle=Lifecycle(
                        state="deprecated", note="Marked [Deprecated] in the Event Types table."
                    ),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["stitch-docs-webhooks-types"],
                                _S["stitch-docs-webhooks-v2"],
                            ),
                        ),
                    ),
                    page="reference/stitch/webhook_event_type/#payment-initiation.confirmation",
                ),
            ),
        ),
        {},
    )
    return WebhookEventType


def _PaymentInitiationStatus() -> type[CodeEnum]:
    class PaymentInitiationStatus(CodeEnum):
        """LinkPay payment initiation status (PaymentInitiationStatus): Where a LinkPay payment initiation (a payment from a linked account) stands: the type of its status, one of the five objects of the PaymentInitiationStatus union (status.__typename). Stitch's webhook event types mark LinkPay's payment-initiation events deprecated.

        Wire field: status.__typename of a PaymentInitiation (LinkPay)."""

        PaymentInitiationCompleted = "PaymentInitiationCompleted"
        PaymentInitiationPending = "PaymentInitiationPending"
        PaymentInitiationFailed = "PaymentInitiationFailed"
        PaymentInitiationCancelled = "PaymentInitiationCancelled"
        PaymentInitiationExpired = "PaymentInitiationExpired"

    register(
        PaymentInitiationStatus,
        lambda: (
            CodeSetInfo(
                provider="stitch",
                id="payment_initiation_status",
                title="LinkPay payment initiation status (PaymentInitiationStatus)",
                description="Where a LinkPay payment initiation (a payment from a linked account) stands: the type of its status, one of the five objects of the PaymentInitiationStatus union (status.__typename). Stitch's webhook event types mark LinkPay's payment-initiation events deprecated.",
                field="status.__typename of a PaymentInitiation (LinkPay)",
                sources=(_S["stitch-api-payment-initiation-status"],),
            ),
            (
                CodeInfo(
                    value="PaymentInitiationCompleted",
                    description="Details relating to a successful payment initiation.",
                    category=_C.SUCCESS,
                    sources=(_S["stitch-api-payment-initiation-status"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["stitch-api-payment-initiation-status"],),
                        ),
                    ),
                    page="reference/stitch/payment_initiation_status/#PaymentInitiationCompleted",
                ),
                CodeInfo(
                    value="PaymentInitiationPending",
                    description="Details relating to a pending payment initiation.",
                    category=_C.PENDING,
                    sources=(_S["stitch-api-payment-initiation-status"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["stitch-api-payment-initiation-status"],),
                        ),
                    ),
                    page="reference/stitch/payment_initiation_status/#PaymentInitiationPending",
                ),
                CodeInfo(
                    value="PaymentInitiationFailed",
                    description="Payment initiation has failed to complete.",
                    category=_C.REJECTED,
                    sources=(_S["stitch-api-payment-initiation-status"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["stitch-api-payment-initiation-status"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/stitch/payment_initiation_status/#PaymentInitiationFailed",
                    notes="Its object carries the reason as free text (reason: String!), not a code.",
                ),
                CodeInfo(
                    value="PaymentInitiationCancelled",
                    description="Details relating to a cancelled payment initiation.",
                    category=_C.CANCELLED,
                    sources=(_S["stitch-api-payment-initiation-status"],),
                    retryable=False,
                    end_user_can_retry=True,
                    end_user={
                        "en": EndUserWords(
                            message="The payment was cancelled.",
                            action="Start the payment again if you still want to pay.",
                        ),
                        "fr": EndUserWords(
                            message="Le paiement a été annulé.",
                            action="Recommencez le paiement si vous souhaitez toujours payer.",
                        ),
                        "ar": EndUserWords(
                            message="تم إلغاء الدفع.",
                            action="ابدأ الدفع من جديد إذا كنت لا تزال تريد الدفع.",
                        ),
                        "es": EndUserWords(
                            message="El pago fue cancelado.",
                            action="Inicie el pago de nuevo si todavía desea pagar.",
                        ),
                        "pt": EndUserWords(
                            message="O pagamento foi cancelado.",
                            action="Inicie o pagamento novamente se ainda quiser pagar.",
                        ),
                    },
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["stitch-api-payment-initiation-status"],),
                        ),
                    ),
                    page="reference/stitch/payment_initiation_status/#PaymentInitiationCancelled",
                ),
                CodeInfo(
                    value="PaymentInitiationExpired",
                    description="Payment initiation expired before the user attempted to pay",
                    category=_C.SESSION_EXPIRED,
                    sources=(_S["stitch-api-payment-initiation-status"],),
                    retryable=False,
                    end_user_can_retry=True,
                    end_user={
                        "en": EndUserWords(
                            message="The payment request expired before it was paid.",
                            action="Start the payment again if you still want to pay.",
                        ),
                        "fr": EndUserWords(
                            message="La demande de paiement a expiré avant d'être payée.",
                            action="Recommencez le paiement si vous souhaitez toujours payer.",
                        ),
                        "ar": EndUserWords(
                            message="انتهت صلاحية طلب الدفع قبل أن يتم دفعه.",
                            action="ابدأ الدفع من جديد إذا كنت لا تزال تريد الدفع.",
                        ),
                        "es": EndUserWords(
                            message="La solicitud de pago caducó antes de pagarse.",
                            action="Inicie el pago de nuevo si todavía desea pagar.",
                        ),
                        "pt": EndUserWords(
                            message="A solicitação de pagamento expirou antes de ser paga.",
                            action="Inicie o pagamento novamente se ainda quiser pagar.",
                        ),
                    },
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["stitch-api-payment-initiation-status"],),
                        ),
                    ),
                    page="reference/stitch/payment_initiation_status/#PaymentInitiationExpired",
                ),
            ),
        ),
        {},
    )
    return PaymentInitiationStatus


def _TokenError() -> type[CodeEnum]:
    class TokenError(CodeEnum):
        """Token API error (error): The error of a Stitch Token API response, answered with HTTP 400 and a JSON body {error}: OAuth 2.0's codes, with the reasons the Token API's Error Handling page gives. The page was read to the start of Invalid Grant's reasons; errors after it were not read. An invalid redirect_uri is answered with a body of its own, {redirect_uri: [message]}, which carries no code.

        Wire field: error of a Token API error body (client and user tokens)."""

        invalid_scope = "invalid_scope"
        invalid_grant = "invalid_grant"

    register(
        TokenError,
        lambda: (
            CodeSetInfo(
                provider="stitch",
                id="token_error",
                title="Token API error (error)",
                description="The error of a Stitch Token API response, answered with HTTP 400 and a JSON body {error}: OAuth 2.0's codes, with the reasons the Token API's Error Handling page gives. The page was read to the start of Invalid Grant's reasons; errors after it were not read. An invalid redirect_uri is answered with a body of its own, {redirect_uri: [message]}, which carries no code.",
                field="error of a Token API error body (client and user tokens)",
                sources=(_S["stitch-docs-token-error-handling"],),
            ),
            (
                CodeInfo(
                    value="invalid_scope",
                    description="The scope parameter includes scopes not authorised for your client, misspelled scopes, or is not included in the request; or the scopes requested are not separated by a single whitespace.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["stitch-docs-token-error-handling"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(status=400, sources=(_S["stitch-docs-token-error-handling"],)),
                    ),
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(
                            field="advice",
                            by="provider",
                            sources=(_S["stitch-docs-token-error-handling"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/stitch/token_error/#invalid_scope",
                    editorial=True,
                    advice="You can verify the list of authorised scopes in your credential JSON file under the key allowedScopes. Should you require any additional scopes to be enabled, please reach out to our support engineers.",
                    notes="The description joins the page's four reasons in bankcodes' words.",
                ),
                CodeInfo(
                    value="invalid_grant",
                    description="The token request's grant was not accepted, for example a client token requested without the scope parameter.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["stitch-docs-token-error-handling"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(status=400, sources=(_S["stitch-docs-token-error-handling"],)),
                    ),
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/stitch/token_error/#invalid_grant",
                    editorial=True,
                    notes='The page\'s first reason: "Retrieving a client token without specifying the scope parameter in the request parameters."; the others were not read.',
                ),
            ),
        ),
        {},
    )
    return TokenError


def _CODE_SETS() -> tuple[object, ...]:
    return tuple(
        getattr(_PUBLIC, name)
        for name in (
            "PaymentRequestState",
            "PaymentConfirmationStatus",
            "DisbursementStatus",
            "DisbursementErrorReason",
            "DisbursementPausedReason",
            "RefundErrorReason",
            "FailureReason",
            "GraphqlErrorCode",
            "WebhookEventType",
            "PaymentInitiationStatus",
            "TokenError",
        )
    )
