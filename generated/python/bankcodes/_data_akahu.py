# generated from spec/catalog.json — do not edit (run `make generate`)
"""The builders of bankcodes.akahu's names, loaded on the first use of any of them, so that importing the provider's module reads none of its data."""

from __future__ import annotations

import importlib

from bankcodes._base import CodeEnum, NumericCodeEnum, register
from bankcodes._records import CodeInfo, CodeSetInfo, Source, Wording
from bankcodes.categories import Category as _C

#: The public module, whose names the builders use (each built on first use there).
_PUBLIC = importlib.import_module("bankcodes.akahu")
#: The documents its facts come from, by id.
_S = {
    "akahu-sdk-webhook-models": Source(
        id="akahu-sdk-webhook-models",
        kind="repo",
        title="Akahu: akahu-sdk-js src/models/webhooks.ts (v2.5.1), the webhook types, codes, payloads and delivery statuses",
        url="https://github.com/akahu-io/akahu-sdk-js/blob/f7dc54af8b35258712b00cbb9ae17cce08e85e1c/src/models/webhooks.ts",
    ),
    "akahu-sdk-payments": Source(
        id="akahu-sdk-payments",
        kind="repo",
        title="Akahu: akahu-sdk-js src/models/payments.ts (v2.5.1), the payment object, its statuses and status codes",
        url="https://github.com/akahu-io/akahu-sdk-js/blob/f7dc54af8b35258712b00cbb9ae17cce08e85e1c/src/models/payments.ts",
    ),
    "akahu-sdk-transfers": Source(
        id="akahu-sdk-transfers",
        kind="repo",
        title="Akahu: akahu-sdk-js src/models/transfers.ts (v2.5.1), the transfer object and its statuses",
        url="https://github.com/akahu-io/akahu-sdk-js/blob/f7dc54af8b35258712b00cbb9ae17cce08e85e1c/src/models/transfers.ts",
    ),
    "akahu-sdk-accounts": Source(
        id="akahu-sdk-accounts",
        kind="repo",
        title="Akahu: akahu-sdk-js src/models/accounts.ts (v2.5.1), the account object and its status",
        url="https://github.com/akahu-io/akahu-sdk-js/blob/f7dc54af8b35258712b00cbb9ae17cce08e85e1c/src/models/accounts.ts",
    ),
    "akahu-sdk-errors": Source(
        id="akahu-sdk-errors",
        kind="repo",
        title="Akahu: akahu-sdk-js src/errors.ts (v2.5.1), the SDK's error classes and its texts for OAuth error codes",
        url="https://github.com/akahu-io/akahu-sdk-js/blob/f7dc54af8b35258712b00cbb9ae17cce08e85e1c/src/errors.ts",
    ),
    "akahu-docs-rate-limits": Source(
        id="akahu-docs-rate-limits",
        kind="doc",
        title="Akahu developers: Rate Limits",
        url="https://developers.akahu.nz/docs/reference-rate-limits",
    ),
    "akahu-docs-response-formatting": Source(
        id="akahu-docs-response-formatting",
        kind="doc",
        title="Akahu developers: Response Formats (the response wrapper and common error messages)",
        url="https://developers.akahu.nz/docs/response-formatting",
        read_in_part="Stored copies of the page from its start through the wrapper's examples, Akahu IDs, Dates and times and Common error messages to its 400 Bad Request and the start of 404 Not Found; the rest was not read.",
    ),
    "akahu-changelog-response-codes": Source(
        id="akahu-changelog-response-codes",
        kind="doc",
        title="Akahu developers changelog: Upcoming change to Akahu API response codes (401 for an invalid or revoked access token, from 2 September 2024)",
        url="https://developers.akahu.nz/changelog/upcoming-change-to-akahu-api-response-codes",
        read_in_part="A stored copy of the entry from its start through its Migration process (both steps and the warning that Akahu uses 403 for a range of other authorisation related errors) to its closing sentence, cut in it.",
    ),
    "akahu-docs-response-formatting-legacy": Source(
        id="akahu-docs-response-formatting-legacy",
        kind="doc",
        title="Akahu developers (earlier documentation site): Response Formatting, its Common Error Messages",
        url="https://developers.akahu.io/reference/Response-formatting/",
        read_in_part="A stored copy of the page from its start through Common Error Messages' 404, 401, 403 and 500 examples; anything after them was not read.",
    ),
}


def _WebhookType() -> type[CodeEnum]:
    class WebhookType(CodeEnum):
        """Webhook type: What an Akahu webhook is about (webhook_type), as the SDK's WebhookType lists it with a doc comment for each; webhook_code says what happened.

        Wire field: webhook_type (every webhook body; also the type a webhook subscription is created for)."""

        TOKEN = "TOKEN"
        ACCOUNT = "ACCOUNT"
        TRANSACTION = "TRANSACTION"
        TRANSFER = "TRANSFER"
        PAYMENT = "PAYMENT"

    register(
        WebhookType,
        lambda: (
            CodeSetInfo(
                provider="akahu",
                id="webhook_type",
                title="Webhook type",
                description="What an Akahu webhook is about (webhook_type), as the SDK's WebhookType lists it with a doc comment for each; webhook_code says what happened.",
                field="webhook_type (every webhook body; also the type a webhook subscription is created for)",
                sources=(_S["akahu-sdk-webhook-models"],),
            ),
            (
                CodeInfo(
                    value="TOKEN",
                    description="An event has occurred relating to a user token.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["akahu-sdk-webhook-models"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["akahu-sdk-webhook-models"],),
                        ),
                    ),
                    page="reference/akahu/webhook_type/#TOKEN",
                ),
                CodeInfo(
                    value="ACCOUNT",
                    description="An event has occurred relating to a users linked account.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["akahu-sdk-webhook-models"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["akahu-sdk-webhook-models"],),
                        ),
                    ),
                    page="reference/akahu/webhook_type/#ACCOUNT",
                ),
                CodeInfo(
                    value="TRANSACTION",
                    description="An event has occurred relating to transactions on a users linked account.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["akahu-sdk-webhook-models"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["akahu-sdk-webhook-models"],),
                        ),
                    ),
                    page="reference/akahu/webhook_type/#TRANSACTION",
                ),
                CodeInfo(
                    value="TRANSFER",
                    description="An event has occurred relating to a transfer between a users bank accounts.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["akahu-sdk-webhook-models"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["akahu-sdk-webhook-models"],),
                        ),
                    ),
                    page="reference/akahu/webhook_type/#TRANSFER",
                ),
                CodeInfo(
                    value="PAYMENT",
                    description="An event has occurred relating to a payment from a users linked bank account.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["akahu-sdk-webhook-models"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["akahu-sdk-webhook-models"],),
                        ),
                    ),
                    page="reference/akahu/webhook_type/#PAYMENT",
                ),
            ),
        ),
        {},
    )
    return WebhookType


def _WebhookCode() -> type[CodeEnum]:
    class WebhookCode(CodeEnum):
        """Webhook code: What happened (webhook_code), read with the webhook's type: the SDK's payload types list the codes of each type (WEBHOOK_CANCELLED for every type; DELETE for TOKEN, ACCOUNT and TRANSACTION; UPDATE for ACCOUNT, TRANSFER and PAYMENT; RECEIVED for TRANSFER and PAYMENT). Only WEBHOOK_CANCELLED has a doc comment: the other descriptions are bankcodes' reading of the fields the SDK gives each payload. A TRANSFER or PAYMENT UPDATE's status decides before its code.

        Wire field: webhook_code (every webhook body)."""

        WEBHOOK_CANCELLED = "WEBHOOK_CANCELLED"
        DELETE = "DELETE"
        CREATE = "CREATE"
        UPDATE = "UPDATE"
        MIGRATE = "MIGRATE"
        DEFAULT_UPDATE = "DEFAULT_UPDATE"
        INITIAL_UPDATE = "INITIAL_UPDATE"
        RECEIVED = "RECEIVED"

    register(
        WebhookCode,
        lambda: (
            CodeSetInfo(
                provider="akahu",
                id="webhook_code",
                title="Webhook code",
                description="What happened (webhook_code), read with the webhook's type: the SDK's payload types list the codes of each type (WEBHOOK_CANCELLED for every type; DELETE for TOKEN, ACCOUNT and TRANSACTION; UPDATE for ACCOUNT, TRANSFER and PAYMENT; RECEIVED for TRANSFER and PAYMENT). Only WEBHOOK_CANCELLED has a doc comment: the other descriptions are bankcodes' reading of the fields the SDK gives each payload. A TRANSFER or PAYMENT UPDATE's status decides before its code.",
                field="webhook_code (every webhook body)",
                sources=(_S["akahu-sdk-webhook-models"],),
            ),
            (
                CodeInfo(
                    value="WEBHOOK_CANCELLED",
                    description="Webhook payload to indicate that the specified webhook has been cancelled. For example, if the user revokes access to your app.",
                    category=_C.CANCELLED,
                    sources=(_S["akahu-sdk-webhook-models"],),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["akahu-sdk-webhook-models"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/akahu/webhook_code/#WEBHOOK_CANCELLED",
                    notes='CancelledPayload: "Applies to all webhook_types"; the webhook subscription has ended, so no further webhooks of its type arrive for the user.',
                ),
                CodeInfo(
                    value="DELETE",
                    description="Something was removed: a user token (TOKEN, item_id the token), an account (ACCOUNT, item_id the account ID) or transactions (TRANSACTION, removed_transactions their IDs).",
                    category=_C.INFORMATIONAL,
                    sources=(_S["akahu-sdk-webhook-models"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/akahu/webhook_code/#DELETE",
                    editorial=True,
                    notes="TokenDeletePayload, AccountDeletePayload and TransactionDeletePayload. A TOKEN DELETE means the user's token no longer gives access.",
                ),
                CodeInfo(
                    value="CREATE",
                    description="An account was linked (ACCOUNT; item_id is the account ID that was created).",
                    category=_C.INFORMATIONAL,
                    sources=(_S["akahu-sdk-webhook-models"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/akahu/webhook_code/#CREATE",
                    editorial=True,
                    notes='AccountCreatePayload: item_id "The account ID that was created."',
                ),
                CodeInfo(
                    value="UPDATE",
                    description="Something changed: an account's fields (ACCOUNT, updated_fields), or a transfer's or payment's status (TRANSFER, PAYMENT: status, status_text and for a payment status_code).",
                    category=_C.INFORMATIONAL,
                    sources=(_S["akahu-sdk-webhook-models"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/akahu/webhook_code/#UPDATE",
                    editorial=True,
                    notes="AccountUpdatePayload, TransferUpdatePayload and PaymentUpdatePayload; for a transfer or payment the status (and a payment's status_code) says the outcome.",
                ),
                CodeInfo(
                    value="MIGRATE",
                    description="An account's ID changed: previous_item_id is the old account ID, new_item_id the new one.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["akahu-sdk-webhook-models"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/akahu/webhook_code/#MIGRATE",
                    editorial=True,
                    notes="AccountMigratePayload.",
                ),
                CodeInfo(
                    value="DEFAULT_UPDATE",
                    description="New transactions are available for an account (new_transactions, their count; new_transaction_ids, their IDs).",
                    category=_C.INFORMATIONAL,
                    sources=(_S["akahu-sdk-webhook-models"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/akahu/webhook_code/#DEFAULT_UPDATE",
                    editorial=True,
                    notes="TransactionUpdatePayload, with INITIAL_UPDATE.",
                ),
                CodeInfo(
                    value="INITIAL_UPDATE",
                    description="New transactions are available for an account, as with DEFAULT_UPDATE; the SDK gives both codes the same payload and does not tell them apart.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["akahu-sdk-webhook-models"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/akahu/webhook_code/#INITIAL_UPDATE",
                    editorial=True,
                    notes="TransactionUpdatePayload.",
                ),
                CodeInfo(
                    value="RECEIVED",
                    description="A transfer or payment was received (item_id; received_at, its time).",
                    category=_C.INFORMATIONAL,
                    sources=(_S["akahu-sdk-webhook-models"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/akahu/webhook_code/#RECEIVED",
                    editorial=True,
                    notes="TransferReceivedPayload and PaymentReceivedPayload.",
                ),
            ),
        ),
        {},
    )
    return WebhookCode


def _AccountStatus() -> type[CodeEnum]:
    class AccountStatus(CodeEnum):
        """Account status: Whether Akahu can currently sign in to an account to refresh its data (account.status): the SDK's doc comment of the field describes both values.

        Wire field: status of an account (GET /accounts)."""

        ACTIVE = "ACTIVE"
        INACTIVE = "INACTIVE"

    register(
        AccountStatus,
        lambda: (
            CodeSetInfo(
                provider="akahu",
                id="account_status",
                title="Account status",
                description="Whether Akahu can currently sign in to an account to refresh its data (account.status): the SDK's doc comment of the field describes both values.",
                field="status of an account (GET /accounts)",
                states=True,
                sources=(_S["akahu-sdk-accounts"],),
            ),
            (
                CodeInfo(
                    value="ACTIVE",
                    description="Akahu can sign in and refresh this account.",
                    category=_C.SUCCESS,
                    sources=(_S["akahu-sdk-accounts"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["akahu-sdk-accounts"],)
                        ),
                    ),
                    page="reference/akahu/account_status/#ACTIVE",
                ),
                CodeInfo(
                    value="INACTIVE",
                    description="Akahu no longer has access to this account. This may be caused by the user revoking Akahu's access at the institution or changing their login credentials.",
                    category=_C.RECONNECT_REQUIRED,
                    sources=(_S["akahu-sdk-accounts"],),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["akahu-sdk-accounts"],)
                        ),
                        Wording(field="advice", by="provider", sources=(_S["akahu-sdk-accounts"],)),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/akahu/account_status/#INACTIVE",
                    advice="When an account becomes `INACTIVE` your application should direct the the user back to the OAuth flow or to my.akahu.nz where they will be prompted to to re-establish this connection.",
                    notes='The SDK\'s doc comment, typos included ("the the", "to to").',
                ),
            ),
        ),
        {},
    )
    return AccountStatus


def _PaymentStatus() -> type[CodeEnum]:
    class PaymentStatus(CodeEnum):
        """Payment status: The status of a payment (payment.status, and each timeline entry's status), as the SDK's PaymentStatus lists it. A payment also says whether the status is final (final) and may carry status_code and status_text. The SDK lists the statuses without describing them: the description and category are bankcodes' reading of the name.

        Wire field: status of a payment (GET /payments); status of a PAYMENT UPDATE webhook."""

        READY = "READY"
        PENDING_APPROVAL = "PENDING_APPROVAL"
        PAUSED = "PAUSED"
        SENT = "SENT"
        DECLINED = "DECLINED"
        ERROR = "ERROR"
        CANCELLED = "CANCELLED"

    register(
        PaymentStatus,
        lambda: (
            CodeSetInfo(
                provider="akahu",
                id="payment_status",
                title="Payment status",
                description="The status of a payment (payment.status, and each timeline entry's status), as the SDK's PaymentStatus lists it. A payment also says whether the status is final (final) and may carry status_code and status_text. The SDK lists the statuses without describing them: the description and category are bankcodes' reading of the name.",
                field="status of a payment (GET /payments); status of a PAYMENT UPDATE webhook",
                sources=(_S["akahu-sdk-payments"],),
            ),
            (
                CodeInfo(
                    value="READY",
                    description="The payment is ready to be sent.",
                    category=_C.PENDING,
                    sources=(_S["akahu-sdk-payments"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/akahu/payment_status/#READY",
                    editorial=True,
                ),
                CodeInfo(
                    value="PENDING_APPROVAL",
                    description="The payment waits for an approval (approval_type says whose: BANK or USER).",
                    category=_C.PENDING,
                    sources=(_S["akahu-sdk-payments"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/akahu/payment_status/#PENDING_APPROVAL",
                    editorial=True,
                    notes='Payment.approval_type: "BANK" | "USER".',
                ),
                CodeInfo(
                    value="PAUSED",
                    description="The payment is paused.",
                    category=_C.PENDING,
                    sources=(_S["akahu-sdk-payments"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/akahu/payment_status/#PAUSED",
                    editorial=True,
                ),
                CodeInfo(
                    value="SENT",
                    description="The payment was sent.",
                    category=_C.SUCCESS,
                    sources=(_S["akahu-sdk-payments"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/akahu/payment_status/#SENT",
                    editorial=True,
                ),
                CodeInfo(
                    value="DECLINED",
                    description="The payment was declined; status_code and status_text say why.",
                    category=_C.REJECTED,
                    sources=(_S["akahu-sdk-payments"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/akahu/payment_status/#DECLINED",
                    editorial=True,
                ),
                CodeInfo(
                    value="ERROR",
                    description="The payment failed with an error; status_code and status_text say why.",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["akahu-sdk-payments"],),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/akahu/payment_status/#ERROR",
                    editorial=True,
                ),
                CodeInfo(
                    value="CANCELLED",
                    description="The payment was cancelled; status_code says by whom (USER_CANCELLED, APP_CANCELLED, AKAHU_CANCELLED).",
                    category=_C.CANCELLED,
                    sources=(_S["akahu-sdk-payments"],),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/akahu/payment_status/#CANCELLED",
                    editorial=True,
                ),
            ),
        ),
        {},
    )
    return PaymentStatus


def _PaymentStatusCode() -> type[CodeEnum]:
    class PaymentStatusCode(CodeEnum):
        """Payment status code: Why a payment has its status (payment.status_code, beside status_text), as the SDK's PaymentStatusCode lists it (added in the SDK on 2022-08-22). The SDK lists the codes without describing them: the description and category are bankcodes' reading of the name.

        Wire field: status_code of a payment (GET /payments) and of a PAYMENT UPDATE webhook."""

        INTERNAL_ERROR = "INTERNAL_ERROR"
        BANK_ERROR = "BANK_ERROR"
        UNAVAILABLE = "UNAVAILABLE"
        INVALID_ACCOUNT = "INVALID_ACCOUNT"
        INSUFFICIENT_FUNDS = "INSUFFICIENT_FUNDS"
        SINGLE_LIMIT_EXCEEDED = "SINGLE_LIMIT_EXCEEDED"
        DAILY_LIMIT_EXCEEDED = "DAILY_LIMIT_EXCEEDED"
        AKAHU_LIMIT_EXCEEDED = "AKAHU_LIMIT_EXCEEDED"
        MFA_UNSUPPORTED = "MFA_UNSUPPORTED"
        MULTISIG_UNSUPPORTED = "MULTISIG_UNSUPPORTED"
        AUTHENTICATION_FAILED = "AUTHENTICATION_FAILED"
        MFA_FAILED = "MFA_FAILED"
        AFTER_HOURS = "AFTER_HOURS"
        USER_CANCELLED = "USER_CANCELLED"
        APP_CANCELLED = "APP_CANCELLED"
        AKAHU_CANCELLED = "AKAHU_CANCELLED"

    register(
        PaymentStatusCode,
        lambda: (
            CodeSetInfo(
                provider="akahu",
                id="payment_status_code",
                title="Payment status code",
                description="Why a payment has its status (payment.status_code, beside status_text), as the SDK's PaymentStatusCode lists it (added in the SDK on 2022-08-22). The SDK lists the codes without describing them: the description and category are bankcodes' reading of the name.",
                field="status_code of a payment (GET /payments) and of a PAYMENT UPDATE webhook",
                sources=(_S["akahu-sdk-payments"], _S["akahu-sdk-webhook-models"]),
            ),
            (
                CodeInfo(
                    value="INTERNAL_ERROR",
                    description="The payment failed with an error of Akahu's own.",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["akahu-sdk-payments"], _S["akahu-sdk-webhook-models"]),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/akahu/payment_status_code/#INTERNAL_ERROR",
                    editorial=True,
                ),
                CodeInfo(
                    value="BANK_ERROR",
                    description="The payment failed with an error at the bank.",
                    category=_C.INSTITUTION_UNAVAILABLE,
                    sources=(_S["akahu-sdk-payments"], _S["akahu-sdk-webhook-models"]),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/akahu/payment_status_code/#BANK_ERROR",
                    editorial=True,
                ),
                CodeInfo(
                    value="UNAVAILABLE",
                    description="The payment could not be made because a service it needs is unavailable.",
                    category=_C.INSTITUTION_UNAVAILABLE,
                    sources=(_S["akahu-sdk-payments"], _S["akahu-sdk-webhook-models"]),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/akahu/payment_status_code/#UNAVAILABLE",
                    editorial=True,
                ),
                CodeInfo(
                    value="INVALID_ACCOUNT",
                    description="The payment was refused because an account it names is invalid.",
                    category=_C.ACCOUNT_UNAVAILABLE,
                    sources=(_S["akahu-sdk-payments"], _S["akahu-sdk-webhook-models"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/akahu/payment_status_code/#INVALID_ACCOUNT",
                    editorial=True,
                ),
                CodeInfo(
                    value="INSUFFICIENT_FUNDS",
                    description="The paying account does not have enough funds for the payment.",
                    category=_C.REJECTED,
                    sources=(_S["akahu-sdk-payments"], _S["akahu-sdk-webhook-models"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/akahu/payment_status_code/#INSUFFICIENT_FUNDS",
                    editorial=True,
                ),
                CodeInfo(
                    value="SINGLE_LIMIT_EXCEEDED",
                    description="The payment is over the limit for a single payment.",
                    category=_C.REJECTED,
                    sources=(_S["akahu-sdk-payments"], _S["akahu-sdk-webhook-models"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/akahu/payment_status_code/#SINGLE_LIMIT_EXCEEDED",
                    editorial=True,
                ),
                CodeInfo(
                    value="DAILY_LIMIT_EXCEEDED",
                    description="The payment is over the daily payment limit.",
                    category=_C.REJECTED,
                    sources=(_S["akahu-sdk-payments"], _S["akahu-sdk-webhook-models"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/akahu/payment_status_code/#DAILY_LIMIT_EXCEEDED",
                    editorial=True,
                ),
                CodeInfo(
                    value="AKAHU_LIMIT_EXCEEDED",
                    description="The payment is over a payment limit Akahu sets.",
                    category=_C.REJECTED,
                    sources=(_S["akahu-sdk-payments"], _S["akahu-sdk-webhook-models"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/akahu/payment_status_code/#AKAHU_LIMIT_EXCEEDED",
                    editorial=True,
                ),
                CodeInfo(
                    value="MFA_UNSUPPORTED",
                    description="The bank asked for a multi-factor authentication that Akahu does not support for payments.",
                    category=_C.INSTITUTION_NOT_SUPPORTED,
                    sources=(_S["akahu-sdk-payments"], _S["akahu-sdk-webhook-models"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/akahu/payment_status_code/#MFA_UNSUPPORTED",
                    editorial=True,
                ),
                CodeInfo(
                    value="MULTISIG_UNSUPPORTED",
                    description="The paying account needs several signatories, which Akahu does not support for payments.",
                    category=_C.INSTITUTION_NOT_SUPPORTED,
                    sources=(_S["akahu-sdk-payments"], _S["akahu-sdk-webhook-models"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/akahu/payment_status_code/#MULTISIG_UNSUPPORTED",
                    editorial=True,
                ),
                CodeInfo(
                    value="AUTHENTICATION_FAILED",
                    description="Signing in to the bank to make the payment failed.",
                    category=_C.CREDENTIALS_INVALID,
                    sources=(_S["akahu-sdk-payments"], _S["akahu-sdk-webhook-models"]),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/akahu/payment_status_code/#AUTHENTICATION_FAILED",
                    editorial=True,
                ),
                CodeInfo(
                    value="MFA_FAILED",
                    description="The multi-factor authentication for the payment failed.",
                    category=_C.MFA_FAILED,
                    sources=(_S["akahu-sdk-payments"], _S["akahu-sdk-webhook-models"]),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/akahu/payment_status_code/#MFA_FAILED",
                    editorial=True,
                ),
                CodeInfo(
                    value="AFTER_HOURS",
                    description="The payment was not made because it was asked for outside the hours in which it can be sent.",
                    category=_C.INSTITUTION_UNAVAILABLE,
                    sources=(_S["akahu-sdk-payments"], _S["akahu-sdk-webhook-models"]),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/akahu/payment_status_code/#AFTER_HOURS",
                    editorial=True,
                ),
                CodeInfo(
                    value="USER_CANCELLED",
                    description="The user cancelled the payment.",
                    category=_C.CANCELLED,
                    sources=(_S["akahu-sdk-payments"], _S["akahu-sdk-webhook-models"]),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/akahu/payment_status_code/#USER_CANCELLED",
                    editorial=True,
                ),
                CodeInfo(
                    value="APP_CANCELLED",
                    description="The app cancelled the payment.",
                    category=_C.CANCELLED,
                    sources=(_S["akahu-sdk-payments"], _S["akahu-sdk-webhook-models"]),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/akahu/payment_status_code/#APP_CANCELLED",
                    editorial=True,
                ),
                CodeInfo(
                    value="AKAHU_CANCELLED",
                    description="Akahu cancelled the payment.",
                    category=_C.CANCELLED,
                    sources=(_S["akahu-sdk-payments"], _S["akahu-sdk-webhook-models"]),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/akahu/payment_status_code/#AKAHU_CANCELLED",
                    editorial=True,
                ),
            ),
        ),
        {},
    )
    return PaymentStatusCode


def _TransferStatus() -> type[CodeEnum]:
    class TransferStatus(CodeEnum):
        """Transfer status: The status of a transfer between a user's own accounts (transfer.status, and each timeline entry's status), as the SDK's TransferStatus lists it; a transfer also says whether the status is final and may carry status_text (no status_code). The SDK also types a PAYMENT UPDATE webhook's status as TransferStatus (the same seven values). The SDK lists the statuses without describing them: the description and category are bankcodes' reading of the name.

        Wire field: status of a transfer (GET /transfers); status of a TRANSFER UPDATE webhook."""

        READY = "READY"
        PENDING_APPROVAL = "PENDING_APPROVAL"
        SENT = "SENT"
        DECLINED = "DECLINED"
        ERROR = "ERROR"
        PAUSED = "PAUSED"
        CANCELLED = "CANCELLED"

    register(
        TransferStatus,
        lambda: (
            CodeSetInfo(
                provider="akahu",
                id="transfer_status",
                title="Transfer status",
                description="The status of a transfer between a user's own accounts (transfer.status, and each timeline entry's status), as the SDK's TransferStatus lists it; a transfer also says whether the status is final and may carry status_text (no status_code). The SDK also types a PAYMENT UPDATE webhook's status as TransferStatus (the same seven values). The SDK lists the statuses without describing them: the description and category are bankcodes' reading of the name.",
                field="status of a transfer (GET /transfers); status of a TRANSFER UPDATE webhook",
                sources=(_S["akahu-sdk-transfers"], _S["akahu-sdk-webhook-models"]),
            ),
            (
                CodeInfo(
                    value="READY",
                    description="The transfer is ready to be sent.",
                    category=_C.PENDING,
                    sources=(_S["akahu-sdk-transfers"], _S["akahu-sdk-webhook-models"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/akahu/transfer_status/#READY",
                    editorial=True,
                ),
                CodeInfo(
                    value="PENDING_APPROVAL",
                    description="The transfer waits for an approval.",
                    category=_C.PENDING,
                    sources=(_S["akahu-sdk-transfers"], _S["akahu-sdk-webhook-models"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/akahu/transfer_status/#PENDING_APPROVAL",
                    editorial=True,
                ),
                CodeInfo(
                    value="SENT",
                    description="The transfer was sent.",
                    category=_C.SUCCESS,
                    sources=(_S["akahu-sdk-transfers"], _S["akahu-sdk-webhook-models"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/akahu/transfer_status/#SENT",
                    editorial=True,
                ),
                CodeInfo(
                    value="DECLINED",
                    description="The transfer was declined; status_text says why.",
                    category=_C.REJECTED,
                    sources=(_S["akahu-sdk-transfers"], _S["akahu-sdk-webhook-models"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/akahu/transfer_status/#DECLINED",
                    editorial=True,
                ),
                CodeInfo(
                    value="ERROR",
                    description="The transfer failed with an error; status_text says why.",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["akahu-sdk-transfers"], _S["akahu-sdk-webhook-models"]),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/akahu/transfer_status/#ERROR",
                    editorial=True,
                ),
                CodeInfo(
                    value="PAUSED",
                    description="The transfer is paused.",
                    category=_C.PENDING,
                    sources=(_S["akahu-sdk-transfers"], _S["akahu-sdk-webhook-models"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/akahu/transfer_status/#PAUSED",
                    editorial=True,
                ),
                CodeInfo(
                    value="CANCELLED",
                    description="The transfer was cancelled.",
                    category=_C.CANCELLED,
                    sources=(_S["akahu-sdk-transfers"], _S["akahu-sdk-webhook-models"]),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/akahu/transfer_status/#CANCELLED",
                    editorial=True,
                ),
            ),
        ),
        {},
    )
    return TransferStatus


def _WebhookEventStatus() -> type[CodeEnum]:
    class WebhookEventStatus(CodeEnum):
        """Webhook event delivery status: The delivery status of a past webhook event (WebhookEvent.status, "The delivery status of this webhook event."), which GET /webhook-events requires as its status filter. The SDK does not describe the values: the descriptions are bankcodes' reading of the names; WebhookEvent.last_failed_at is "If the webhook event has at any point failed to send, the timestamp at which the last attempt was made."

        Wire field: status of a webhook event (GET /webhook-events)."""

        SENT = "SENT"
        FAILED = "FAILED"
        RETRY = "RETRY"

    register(
        WebhookEventStatus,
        lambda: (
            CodeSetInfo(
                provider="akahu",
                id="webhook_event_status",
                title="Webhook event delivery status",
                description='The delivery status of a past webhook event (WebhookEvent.status, "The delivery status of this webhook event."), which GET /webhook-events requires as its status filter. The SDK does not describe the values: the descriptions are bankcodes\' reading of the names; WebhookEvent.last_failed_at is "If the webhook event has at any point failed to send, the timestamp at which the last attempt was made."',
                field="status of a webhook event (GET /webhook-events)",
                sources=(_S["akahu-sdk-webhook-models"],),
            ),
            (
                CodeInfo(
                    value="SENT",
                    description="The webhook event was delivered.",
                    category=_C.SUCCESS,
                    sources=(_S["akahu-sdk-webhook-models"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/akahu/webhook_event_status/#SENT",
                    editorial=True,
                ),
                CodeInfo(
                    value="FAILED",
                    description="Delivering the webhook event failed.",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["akahu-sdk-webhook-models"],),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/akahu/webhook_event_status/#FAILED",
                    editorial=True,
                ),
                CodeInfo(
                    value="RETRY",
                    description="Delivering the webhook event failed and will be tried again.",
                    category=_C.PENDING,
                    sources=(_S["akahu-sdk-webhook-models"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/akahu/webhook_event_status/#RETRY",
                    editorial=True,
                ),
            ),
        ),
        {},
    )
    return WebhookEventStatus


def _OauthError() -> type[CodeEnum]:
    class OauthError(CodeEnum):
        """OAuth error: The error of an OAuth endpoint's error body ({error, error_description}), as the SDK knows the codes: its map of OAuth error codes to the texts it shows when error_description is absent. These are OAuth 2.0's codes; the SDK's list is not said to be complete. The text is the one the SDK shows for the code when the body has no error_description (AkahuErrorResponse.oAuthErrorCodeMap): the SDK's words, not a text Akahu sends.

        Wire field: error of an OAuth error body (the token exchange and the authorisation endpoints)."""

        invalid_request = "invalid_request"
        unauthorized_client = "unauthorized_client"
        unsupported_response_type = "unsupported_response_type"
        invalid_scope = "invalid_scope"
        server_error = "server_error"
        temporarily_unavailable = "temporarily_unavailable"
        invalid_grant = "invalid_grant"

    register(
        OauthError,
        lambda: (
            CodeSetInfo(
                provider="akahu",
                id="oauth_error",
                title="OAuth error",
                description="The error of an OAuth endpoint's error body ({error, error_description}), as the SDK knows the codes: its map of OAuth error codes to the texts it shows when error_description is absent. These are OAuth 2.0's codes; the SDK's list is not said to be complete. The text is the one the SDK shows for the code when the body has no error_description (AkahuErrorResponse.oAuthErrorCodeMap): the SDK's words, not a text Akahu sends.",
                field="error of an OAuth error body (the token exchange and the authorisation endpoints)",
                sources=(_S["akahu-sdk-errors"],),
            ),
            (
                CodeInfo(
                    value="invalid_request",
                    description="Invalid OAuth request.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["akahu-sdk-errors"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["akahu-sdk-errors"],)
                        ),
                    ),
                    page="reference/akahu/oauth_error/#invalid_request",
                ),
                CodeInfo(
                    value="unauthorized_client",
                    description="This application is not authorized to make this request.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["akahu-sdk-errors"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["akahu-sdk-errors"],)
                        ),
                    ),
                    page="reference/akahu/oauth_error/#unauthorized_client",
                ),
                CodeInfo(
                    value="unsupported_response_type",
                    description="Unsupported OAuth response type.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["akahu-sdk-errors"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["akahu-sdk-errors"],)
                        ),
                    ),
                    page="reference/akahu/oauth_error/#unsupported_response_type",
                ),
                CodeInfo(
                    value="invalid_scope",
                    description="Unknown or invalid scope.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["akahu-sdk-errors"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["akahu-sdk-errors"],)
                        ),
                    ),
                    page="reference/akahu/oauth_error/#invalid_scope",
                ),
                CodeInfo(
                    value="server_error",
                    description="Unknown server error.",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["akahu-sdk-errors"],),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["akahu-sdk-errors"],)
                        ),
                    ),
                    page="reference/akahu/oauth_error/#server_error",
                ),
                CodeInfo(
                    value="temporarily_unavailable",
                    description="The authorization server is temporarily unavailable.",
                    category=_C.INSTITUTION_UNAVAILABLE,
                    sources=(_S["akahu-sdk-errors"],),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["akahu-sdk-errors"],)
                        ),
                    ),
                    page="reference/akahu/oauth_error/#temporarily_unavailable",
                ),
                CodeInfo(
                    value="invalid_grant",
                    description="Invalid OAuth request.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["akahu-sdk-errors"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["akahu-sdk-errors"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/akahu/oauth_error/#invalid_grant",
                    notes='The SDK\'s tests send it with error_description "This code has already been used." (an authorisation code exchanged twice).',
                ),
            ),
        ),
        {},
    )
    return OauthError


def _ResponseStatus() -> type[NumericCodeEnum]:
    class ResponseStatus(NumericCodeEnum):
        """API response status: The HTTP status of an Akahu API response, as Akahu's Response Formats page describes the common ones ("Akahu uses the standard HTTP response codes"; "Below are some common error messages returned by the Akahu API. In addition to these, each endpoint may return more specific errors which are documented in our API Reference."), and its Rate Limits page the 429. An error body carries no code, only a message: the status decides. The categories are bankcodes' reading.

        Wire field: the HTTP status of an Akahu API response."""

        BAD_REQUEST = 400
        UNAUTHORIZED = 401
        FORBIDDEN = 403
        NOT_FOUND = 404
        TOO_MANY_REQUESTS = 429
        INTERNAL_SERVER_ERROR = 500

    register(
        ResponseStatus,
        lambda: (
            CodeSetInfo(
                provider="akahu",
                id="response_status",
                title="API response status",
                description='The HTTP status of an Akahu API response, as Akahu\'s Response Formats page describes the common ones ("Akahu uses the standard HTTP response codes"; "Below are some common error messages returned by the Akahu API. In addition to these, each endpoint may return more specific errors which are documented in our API Reference."), and its Rate Limits page the 429. An error body carries no code, only a message: the status decides. The categories are bankcodes\' reading.',
                field="the HTTP status of an Akahu API response",
                sources=(
                    _S["akahu-docs-response-formatting"],
                    _S["akahu-docs-response-formatting-legacy"],
                    _S["akahu-docs-rate-limits"],
                ),
            ),
            (
                CodeInfo(
                    value="400",
                    description="This response indicates that your request was invalid.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["akahu-docs-response-formatting"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["akahu-docs-response-formatting"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/akahu/response_status/#400",
                    notes='"More detail will be provided in the response message."',
                ),
                CodeInfo(
                    value="401",
                    description="This response indicates that you do not have permission to view the specified resource.",
                    category=_C.RECONNECT_REQUIRED,
                    sources=(
                        _S["akahu-docs-response-formatting-legacy"],
                        _S["akahu-changelog-response-codes"],
                    ),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["akahu-docs-response-formatting-legacy"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/akahu/response_status/#401",
                    notes='Akahu\'s changelog: "As of Monday September 2nd 2024 10:00am NZST our API will instead begin to return a 401 response code for these requests" (those that "include an invalid or revoked access token"). A user access token is the user\'s grant to the app: a revoked one is only replaced by the user connecting again (bankcodes\' reading). The earlier documentation site\'s advice ("check to make sure you are sending the correct Authorization header, and possibly X-Akahu-ID header") still fits an app token sent wrong, which 403 now answers.',
                ),
                CodeInfo(
                    value="403",
                    description="This response also indicates that you do not have permission to view the specified resource.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["akahu-docs-response-formatting-legacy"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["akahu-docs-response-formatting-legacy"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/akahu/response_status/#403",
                    notes="If you see this response, check to make sure you are sending the correct Authorization header, and possibly X-Akahu-ID header.",
                ),
                CodeInfo(
                    value="404",
                    description="This response indicates that the resource you have specified does not exist.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["akahu-docs-response-formatting"],
                        _S["akahu-docs-response-formatting-legacy"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["akahu-docs-response-formatting"],
                                _S["akahu-docs-response-formatting-legacy"],
                            ),
                        ),
                    ),
                    page="reference/akahu/response_status/#404",
                ),
                CodeInfo(
                    value="429",
                    description="If your app receives a response from Akahu with a 429 status code, the request should be retried after a short delay.",
                    category=_C.RATE_LIMITED,
                    sources=(_S["akahu-docs-rate-limits"],),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["akahu-docs-rate-limits"],),
                        ),
                    ),
                    page="reference/akahu/response_status/#429",
                ),
                CodeInfo(
                    value="500",
                    description="This response indicates that an error occurred in Akahu's systems.",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["akahu-docs-response-formatting-legacy"],),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["akahu-docs-response-formatting-legacy"],),
                        ),
                    ),
                    page="reference/akahu/response_status/#500",
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
            "WebhookType",
            "WebhookCode",
            "AccountStatus",
            "PaymentStatus",
            "PaymentStatusCode",
            "TransferStatus",
            "WebhookEventStatus",
            "OauthError",
            "ResponseStatus",
        )
    )
