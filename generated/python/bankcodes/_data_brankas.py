# generated from spec/catalog.json — do not edit (run `make generate`)
"""The builders of bankcodes.brankas's names, loaded on the first use of any of them, so that importing the provider's module reads none of its data."""

from __future__ import annotations

import importlib

from bankcodes._base import CodeEnum, register
from bankcodes._records import CodeInfo, CodeSetInfo, Lifecycle, Scope, Source, Wording
from bankcodes.categories import Category as _C

#: The public module, whose names the builders use (each built on first use there).
_PUBLIC = importlib.import_module("bankcodes.brankas")
#: The documents its facts come from, by id.
_S = {
    "brankas-sdk-android-direct-status": Source(
        id="brankas-sdk-android-direct-status",
        kind="repo",
        title="Brankas: Direct Tap Android SDK reference, the Status enum (tap.model.direct.Status, kdoc)",
        url="https://github.com/brankas/core-sdk-android/blob/a28a1e323d51c4c3b173e2cfe24daec9fc76e13d/kdoc%20direct/app/tap.model.direct/-status/index.html",
    ),
    "brankas-sdk-android-transaction": Source(
        id="brankas-sdk-android-transaction",
        kind="repo",
        title="Brankas: Direct Tap Android SDK reference, the Transaction returned after a Tap session (tap.model.direct.Transaction, kdoc)",
        url="https://github.com/brankas/core-sdk-android/blob/a28a1e323d51c4c3b173e2cfe24daec9fc76e13d/kdoc%20direct/app/tap.model.direct/-transaction/index.html",
    ),
    "brankas-sdk-android-core-error-code": Source(
        id="brankas-sdk-android-core-error-code",
        kind="repo",
        title="Brankas: Direct Tap Android SDK reference, the CoreErrorCode enum (as.brank.sdk.core.CoreErrorCode, kdoc)",
        url="https://github.com/brankas/core-sdk-android/blob/a28a1e323d51c4c3b173e2cfe24daec9fc76e13d/kdoc%20direct/app/as.brank.sdk.core/-core-error-code/index.html",
    ),
    "brankas-sdk-android-faq": Source(
        id="brankas-sdk-android-faq",
        kind="repo",
        title="Brankas: Android Tap SDKs' FAQ (FAQ.md)",
        url="https://github.com/brankas/core-sdk-android/blob/a28a1e323d51c4c3b173e2cfe24daec9fc76e13d/FAQ.md",
    ),
    "brankas-docs-direct-transaction-status": Source(
        id="brankas-docs-direct-transaction-status",
        kind="doc",
        title="Brankas docs: Direct transaction statuses (the Dashboard's)",
        url="https://docs.brankas.com/docs/direct-transaction-status",
    ),
    "brankas-docs-direct-error-codes": Source(
        id="brankas-docs-direct-error-codes",
        kind="doc",
        title="Brankas docs: Direct error codes",
        url="https://docs.brankas.com/docs/direct-error-codes",
        read_in_part="A stored copy of the page's text as the search index holds it (each cell of its table a paragraph of its own, kept as a Markdown table), from its start through its table of transaction codes to DIRDXXX4070, whose Description was cut at 'Invalid value fo' (left empty in the copy); the rows after it and the rest of the page were not read.",
    ),
    "brankas-docs-statement-status": Source(
        id="brankas-docs-statement-status",
        kind="doc",
        title="Brankas docs (docs.brank.as): Statement status events and error codes",
        url="https://docs.brank.as/docs/product/statement/statement-status-errors-codes/",
        read_in_part="A stored copy of the page from its start through its table of status codes, cut in RECORDS_AVAILABLE's description ('still being proc') before its maximum response time; the rest of the page (its error codes) was not read.",
    ),
    "brankas-docs-statement-transaction-status": Source(
        id="brankas-docs-statement-transaction-status",
        kind="doc",
        title="Brankas docs: Statement statuses (the Dashboard's)",
        url="https://docs.brankas.com/docs/statement-transaction-status",
    ),
    "brankas-docs-statement-error-codes": Source(
        id="brankas-docs-statement-error-codes",
        kind="doc",
        title="Brankas docs: Statement error codes",
        url="https://docs.brankas.com/docs/statement-error-codes",
        read_in_part='A stored copy of the page from its start through its example body {"error": "value"} and its table of codes to PERMISSION_DENIED (7), whose description was cut at \'The cal\'; PERMISSION_DENIED\'s text and the codes after it were not read.',
    ),
}


def _TransactionStatus() -> type[CodeEnum]:
    class TransactionStatus(CodeEnum):
        """Direct transaction status: The status of a Direct transaction (a fund transfer the end user makes through Brankas Tap): the Status enum of Brankas' Direct Tap Android SDK, the status of the Transaction it returns after a Tap session, in the SDK's order (its catch-all UNRECOGNIZED, the SDK's own name for a value it does not know, is no status Brankas sends and is left out). The Dashboard's statuses page calls SUCCESS, ERROR, CANCELLED, DENIED and FAILED final ("Final statuses are reflected after Brankas API sends out a callback") and lists LOGIN_ERROR, INVOICE_CREATED, AWAITING_LOGIN_TFA, AWAITING_TRANSFER_TFA and IN_PROGRESS as stages of Pending; FLAGGED is "in between final and transitional status". A transaction also carries a status code (DIRDXXX…, direct_error_code) and an optional message.

        Wire field: status (a Direct transaction)."""

        PENDING = "PENDING"
        AWAITING_TFA = "AWAITING_TFA"
        SUCCESS = "SUCCESS"
        ERROR = "ERROR"
        LOGIN_ERROR = "LOGIN_ERROR"
        INVOICE_CREATED = "INVOICE_CREATED"
        AWAITING_LOGIN = "AWAITING_LOGIN"
        AWAITING_LOGIN_TFA = "AWAITING_LOGIN_TFA"
        AWAITING_ACCOUNT_SELECT = "AWAITING_ACCOUNT_SELECT"
        AWAITING_TRANSFER_TFA = "AWAITING_TRANSFER_TFA"
        IN_PROGRESS = "IN_PROGRESS"
        EXPIRED = "EXPIRED"
        FLAGGED = "FLAGGED"
        CANCELLED = "CANCELLED"
        DENIED = "DENIED"
        FAILED = "FAILED"

    register(
        TransactionStatus,
        lambda: (
            CodeSetInfo(
                provider="brankas",
                id="transaction_status",
                title="Direct transaction status",
                description="The status of a Direct transaction (a fund transfer the end user makes through Brankas Tap): the Status enum of Brankas' Direct Tap Android SDK, the status of the Transaction it returns after a Tap session, in the SDK's order (its catch-all UNRECOGNIZED, the SDK's own name for a value it does not know, is no status Brankas sends and is left out). The Dashboard's statuses page calls SUCCESS, ERROR, CANCELLED, DENIED and FAILED final (\"Final statuses are reflected after Brankas API sends out a callback\") and lists LOGIN_ERROR, INVOICE_CREATED, AWAITING_LOGIN_TFA, AWAITING_TRANSFER_TFA and IN_PROGRESS as stages of Pending; FLAGGED is \"in between final and transitional status\". A transaction also carries a status code (DIRDXXX…, direct_error_code) and an optional message.",
                field="status (a Direct transaction)",
                sources=(
                    _S["brankas-sdk-android-direct-status"],
                    _S["brankas-sdk-android-transaction"],
                    _S["brankas-docs-direct-transaction-status"],
                ),
            ),
            (
                CodeInfo(
                    value="PENDING",
                    description="The transaction is under way: its stage says where (the Dashboard's transitional statuses).",
                    category=_C.PENDING,
                    sources=(
                        _S["brankas-sdk-android-direct-status"],
                        _S["brankas-docs-direct-transaction-status"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/brankas/transaction_status/#PENDING",
                    editorial=True,
                    notes="The SDK's enum gives PENDING no words; the Dashboard's page lists it as the status whose stages are Login Error, Invoice Created, Awaiting Login TFA, Awaiting transfer TFA and In Progress.",
                ),
                CodeInfo(
                    value="AWAITING_TFA",
                    description="Awaiting TFA authentication.",
                    category=_C.MFA_REQUIRED,
                    sources=(_S["brankas-sdk-android-direct-status"],),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["brankas-sdk-android-direct-status"],),
                        ),
                    ),
                    page="reference/brankas/transaction_status/#AWAITING_TFA",
                ),
                CodeInfo(
                    value="SUCCESS",
                    description="Successful operation.",
                    category=_C.SUCCESS,
                    sources=(
                        _S["brankas-sdk-android-direct-status"],
                        _S["brankas-docs-direct-transaction-status"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["brankas-sdk-android-direct-status"],
                                _S["brankas-docs-direct-transaction-status"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/brankas/transaction_status/#SUCCESS",
                    notes='The Dashboard\'s page: "Fund transfer complete. Fund received in destination account." A final status.',
                ),
                CodeInfo(
                    value="ERROR",
                    description="There was an error in the transaction. The error could be on Brankas, financial institutions, or user’s connection.",
                    category=_C.GENERIC_FAILURE,
                    sources=(
                        _S["brankas-docs-direct-transaction-status"],
                        _S["brankas-sdk-android-direct-status"],
                    ),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["brankas-docs-direct-transaction-status"],
                                _S["brankas-sdk-android-direct-status"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/brankas/transaction_status/#ERROR",
                    notes="The SDK's enum gives ERROR no words: the description is the Dashboard's page's. A final status; the Dashboard lets the merchant update a transaction in Error to a final status.",
                ),
                CodeInfo(
                    value="LOGIN_ERROR",
                    description="Login Error.",
                    category=_C.CREDENTIALS_INVALID,
                    sources=(
                        _S["brankas-sdk-android-direct-status"],
                        _S["brankas-docs-direct-transaction-status"],
                    ),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["brankas-sdk-android-direct-status"],
                                _S["brankas-docs-direct-transaction-status"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/brankas/transaction_status/#LOGIN_ERROR",
                    notes='The Dashboard\'s page: "User experiencing error in logging in to their bank account.", a stage of Pending, not final: the end user may sign in again in Tap.',
                ),
                CodeInfo(
                    value="INVOICE_CREATED",
                    description="Checkout invoice created.",
                    category=_C.PENDING,
                    sources=(
                        _S["brankas-sdk-android-direct-status"],
                        _S["brankas-docs-direct-transaction-status"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["brankas-sdk-android-direct-status"],
                                _S["brankas-docs-direct-transaction-status"],
                            ),
                        ),
                    ),
                    page="reference/brankas/transaction_status/#INVOICE_CREATED",
                ),
                CodeInfo(
                    value="AWAITING_LOGIN",
                    description="Login in progress.",
                    category=_C.PENDING,
                    sources=(_S["brankas-sdk-android-direct-status"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["brankas-sdk-android-direct-status"],),
                        ),
                    ),
                    page="reference/brankas/transaction_status/#AWAITING_LOGIN",
                ),
                CodeInfo(
                    value="AWAITING_LOGIN_TFA",
                    description="Awaiting login TFA Authentication.",
                    category=_C.MFA_REQUIRED,
                    sources=(
                        _S["brankas-sdk-android-direct-status"],
                        _S["brankas-docs-direct-transaction-status"],
                    ),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["brankas-sdk-android-direct-status"],
                                _S["brankas-docs-direct-transaction-status"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/brankas/transaction_status/#AWAITING_LOGIN_TFA",
                    notes='The Dashboard\'s page: "Waiting for users to enter login TFA."',
                ),
                CodeInfo(
                    value="AWAITING_ACCOUNT_SELECT",
                    description="Awaiting account selection.",
                    category=_C.USER_ACTION_REQUIRED,
                    sources=(_S["brankas-sdk-android-direct-status"],),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["brankas-sdk-android-direct-status"],),
                        ),
                    ),
                    page="reference/brankas/transaction_status/#AWAITING_ACCOUNT_SELECT",
                ),
                CodeInfo(
                    value="AWAITING_TRANSFER_TFA",
                    description="Awaiting transfer TFA Authentication.",
                    category=_C.MFA_REQUIRED,
                    sources=(
                        _S["brankas-sdk-android-direct-status"],
                        _S["brankas-docs-direct-transaction-status"],
                    ),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["brankas-sdk-android-direct-status"],
                                _S["brankas-docs-direct-transaction-status"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/brankas/transaction_status/#AWAITING_TRANSFER_TFA",
                    notes='The Dashboard\'s page: "Waiting for users to enter transfer TFA."',
                ),
                CodeInfo(
                    value="IN_PROGRESS",
                    description="Transfer is in progress.",
                    category=_C.PENDING,
                    sources=(
                        _S["brankas-sdk-android-direct-status"],
                        _S["brankas-docs-direct-transaction-status"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["brankas-sdk-android-direct-status"],
                                _S["brankas-docs-direct-transaction-status"],
                            ),
                        ),
                    ),
                    page="reference/brankas/transaction_status/#IN_PROGRESS",
                ),
                CodeInfo(
                    value="EXPIRED",
                    description="Transaction Expired.",
                    category=_C.SESSION_EXPIRED,
                    sources=(_S["brankas-sdk-android-direct-status"],),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["brankas-sdk-android-direct-status"],),
                        ),
                    ),
                    page="reference/brankas/transaction_status/#EXPIRED",
                ),
                CodeInfo(
                    value="FLAGGED",
                    description="Transaction Flagged - receiver needs to do manual verification and settlement.",
                    category=_C.PENDING,
                    sources=(
                        _S["brankas-sdk-android-direct-status"],
                        _S["brankas-docs-direct-transaction-status"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["brankas-sdk-android-direct-status"],
                                _S["brankas-docs-direct-transaction-status"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/brankas/transaction_status/#FLAGGED",
                    notes='Not final: the Dashboard\'s page says Brankas could not confirm the transfer (no response from the banks, a concurrent session, wrong logins, the payment rails) and "We encourage you to wait for a day and monitor the progress of flagged transactions" (over a weekend when flagged on a Friday); the merchant may then set its final status on the Dashboard ("Updated statuses are final and cannot be reverted").',
                ),
                CodeInfo(
                    value="CANCELLED",
                    description="Transaction Cancelled - sender cancelled the transaction.",
                    category=_C.CANCELLED,
                    sources=(
                        _S["brankas-sdk-android-direct-status"],
                        _S["brankas-docs-direct-transaction-status"],
                    ),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["brankas-sdk-android-direct-status"],
                                _S["brankas-docs-direct-transaction-status"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/brankas/transaction_status/#CANCELLED",
                    notes='The Dashboard\'s page spells it Canceled: "User has aborted the transaction."',
                ),
                CodeInfo(
                    value="DENIED",
                    description="Transaction Denied - sender denied the consent.",
                    category=_C.CANCELLED,
                    sources=(
                        _S["brankas-sdk-android-direct-status"],
                        _S["brankas-docs-direct-transaction-status"],
                    ),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["brankas-sdk-android-direct-status"],
                                _S["brankas-docs-direct-transaction-status"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/brankas/transaction_status/#DENIED",
                    notes='The end user declined: the Dashboard\'s page, "User denied to transact."',
                ),
                CodeInfo(
                    value="FAILED",
                    description="Transaction Failed - receiver was not able to receive the funds.",
                    category=_C.GENERIC_FAILURE,
                    sources=(
                        _S["brankas-sdk-android-direct-status"],
                        _S["brankas-docs-direct-transaction-status"],
                    ),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["brankas-sdk-android-direct-status"],
                                _S["brankas-docs-direct-transaction-status"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/brankas/transaction_status/#FAILED",
                    notes='The Dashboard\'s page: "The transaction has failed." A final status.',
                ),
            ),
        ),
        {},
    )
    return TransactionStatus


def _DirectErrorCode() -> type[CodeEnum]:
    class DirectErrorCode(CodeEnum):
        """Direct status code: The status code of a Direct transaction and of the Direct API's answers (DIRDXXX and four digits): the table of transaction codes of Brankas' Direct error codes page, in its order, read to DIRDXXX4070. The table's columns read swapped: its "Error" column says what happened ("User cancelled the transaction") and its "Description" the short error text ("Transaction cancelled"); the catalog keeps the first as each code's description and the second as its message. A code's Source endpoint is All unless it names one. The SDK's Transaction carries it as its statusCode beside its status.

        Wire field: status code (a Direct transaction, an error of the Direct API)."""

        DIRDXXX5000 = "DIRDXXX5000"
        DIRDXXX5041 = "DIRDXXX5041"
        DIRDXXX5045 = "DIRDXXX5045"
        DIRDXXX4080 = "DIRDXXX4080"
        DIRDXXX4081 = "DIRDXXX4081"
        DIRDXXX4082 = "DIRDXXX4082"
        DIRDXXX4083 = "DIRDXXX4083"
        DIRDXXX4084 = "DIRDXXX4084"
        DIRDXXX4087 = "DIRDXXX4087"
        DIRDXXX2000 = "DIRDXXX2000"
        DIRDXXX2003 = "DIRDXXX2003"
        DIRDXXX5002 = "DIRDXXX5002"
        DIRDXXX5003 = "DIRDXXX5003"
        DIRDXXX5043 = "DIRDXXX5043"
        DIRDXXX4069 = "DIRDXXX4069"
        DIRDXXX4070 = "DIRDXXX4070"

    register(
        DirectErrorCode,
        lambda: (
            CodeSetInfo(
                provider="brankas",
                id="direct_error_code",
                title="Direct status code",
                description='The status code of a Direct transaction and of the Direct API\'s answers (DIRDXXX and four digits): the table of transaction codes of Brankas\' Direct error codes page, in its order, read to DIRDXXX4070. The table\'s columns read swapped: its "Error" column says what happened ("User cancelled the transaction") and its "Description" the short error text ("Transaction cancelled"); the catalog keeps the first as each code\'s description and the second as its message. A code\'s Source endpoint is All unless it names one. The SDK\'s Transaction carries it as its statusCode beside its status.',
                field="status code (a Direct transaction, an error of the Direct API)",
                sources=(_S["brankas-docs-direct-error-codes"],),
            ),
            (
                CodeInfo(
                    value="DIRDXXX5000",
                    description="Generic error for unhandled errors",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["brankas-docs-direct-error-codes"],),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["brankas-docs-direct-error-codes"],),
                        ),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["brankas-docs-direct-error-codes"],),
                        ),
                    ),
                    page="reference/brankas/direct_error_code/#DIRDXXX5000",
                    message="Generic error",
                ),
                CodeInfo(
                    value="DIRDXXX5041",
                    description="Merchant has updated the flagged transaction as failed",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["brankas-docs-direct-error-codes"],),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["brankas-docs-direct-error-codes"],),
                        ),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["brankas-docs-direct-error-codes"],),
                        ),
                    ),
                    page="reference/brankas/direct_error_code/#DIRDXXX5041",
                    message="Flagged transaction settlement failed",
                ),
                CodeInfo(
                    value="DIRDXXX5045",
                    description="System failed to perform bank login. Error could be due to invalid user credentials or integration. The integrations doesnt support such error codes.",
                    category=_C.CREDENTIALS_INVALID,
                    sources=(_S["brankas-docs-direct-error-codes"],),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["brankas-docs-direct-error-codes"],),
                        ),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["brankas-docs-direct-error-codes"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/brankas/direct_error_code/#DIRDXXX5045",
                    message="Failed to perform bank login",
                    notes="Read as the bank refusing the sign-in, the first cause the page names; it names the integration as the other.",
                ),
                CodeInfo(
                    value="DIRDXXX4080",
                    description="User transaction exceeded the expiry",
                    category=_C.SESSION_EXPIRED,
                    sources=(_S["brankas-docs-direct-error-codes"],),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["brankas-docs-direct-error-codes"],),
                        ),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["brankas-docs-direct-error-codes"],),
                        ),
                    ),
                    page="reference/brankas/direct_error_code/#DIRDXXX4080",
                    message="Transaction expired",
                ),
                CodeInfo(
                    value="DIRDXXX4081",
                    description="User cancelled the transaction",
                    category=_C.CANCELLED,
                    sources=(_S["brankas-docs-direct-error-codes"],),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["brankas-docs-direct-error-codes"],),
                        ),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["brankas-docs-direct-error-codes"],),
                        ),
                    ),
                    page="reference/brankas/direct_error_code/#DIRDXXX4081",
                    message="Transaction cancelled",
                ),
                CodeInfo(
                    value="DIRDXXX4082",
                    description="User denied consent",
                    category=_C.CANCELLED,
                    sources=(_S["brankas-docs-direct-error-codes"],),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["brankas-docs-direct-error-codes"],),
                        ),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["brankas-docs-direct-error-codes"],),
                        ),
                    ),
                    page="reference/brankas/direct_error_code/#DIRDXXX4082",
                    message="Consent denied",
                ),
                CodeInfo(
                    value="DIRDXXX4083",
                    description="User exceeded the in-app TFA timeout",
                    category=_C.MFA_FAILED,
                    sources=(_S["brankas-docs-direct-error-codes"],),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["brankas-docs-direct-error-codes"],),
                        ),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["brankas-docs-direct-error-codes"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/brankas/direct_error_code/#DIRDXXX4083",
                    message="in-app TFA timeout",
                    notes="The end user did not complete the authentication step in time.",
                ),
                CodeInfo(
                    value="DIRDXXX4084",
                    description="User exceeded the QR code timeout",
                    category=_C.MFA_FAILED,
                    sources=(_S["brankas-docs-direct-error-codes"],),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["brankas-docs-direct-error-codes"],),
                        ),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["brankas-docs-direct-error-codes"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/brankas/direct_error_code/#DIRDXXX4084",
                    message="QR timeout",
                    notes="The end user did not complete the QR code step in time.",
                ),
                CodeInfo(
                    value="DIRDXXX4087",
                    description="User has a concurrent login or did not terminate previous transaction",
                    category=_C.CONCURRENT_OPERATION,
                    sources=(_S["brankas-docs-direct-error-codes"],),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["brankas-docs-direct-error-codes"],),
                        ),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["brankas-docs-direct-error-codes"],),
                        ),
                    ),
                    page="reference/brankas/direct_error_code/#DIRDXXX4087",
                    message="Concurrent login is not allowed",
                ),
                CodeInfo(
                    value="DIRDXXX2000",
                    description="Successful transaction",
                    category=_C.SUCCESS,
                    sources=(_S["brankas-docs-direct-error-codes"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["brankas-docs-direct-error-codes"],),
                        ),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["brankas-docs-direct-error-codes"],),
                        ),
                    ),
                    page="reference/brankas/direct_error_code/#DIRDXXX2000",
                    message="Generic success",
                ),
                CodeInfo(
                    value="DIRDXXX2003",
                    description="Flagged transaction - neither success or failed, needs manual verification",
                    category=_C.PENDING,
                    sources=(_S["brankas-docs-direct-error-codes"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["brankas-docs-direct-error-codes"],),
                        ),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["brankas-docs-direct-error-codes"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/brankas/direct_error_code/#DIRDXXX2003",
                    message="Flagged transaction",
                    notes="The transaction's status is FLAGGED: see transaction_status.",
                ),
                CodeInfo(
                    value="DIRDXXX5002",
                    description="System could not locate the metadata of the request",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["brankas-docs-direct-error-codes"],),
                    retryable=True,
                    end_user_can_retry=True,
                    scope=Scope(endpoints=("RetrieveTransfers (GET /transfer)",)),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["brankas-docs-direct-error-codes"],),
                        ),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["brankas-docs-direct-error-codes"],),
                        ),
                    ),
                    page="reference/brankas/direct_error_code/#DIRDXXX5002",
                    message="Could not read metadata from context",
                ),
                CodeInfo(
                    value="DIRDXXX5003",
                    description="System could not read the org_id of the request",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["brankas-docs-direct-error-codes"],),
                    retryable=True,
                    end_user_can_retry=True,
                    scope=Scope(endpoints=("RetrieveTransfers (GET /transfer)",)),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["brankas-docs-direct-error-codes"],),
                        ),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["brankas-docs-direct-error-codes"],),
                        ),
                    ),
                    page="reference/brankas/direct_error_code/#DIRDXXX5003",
                    message="Could not read organization ID from metadata",
                ),
                CodeInfo(
                    value="DIRDXXX5043",
                    description="System failed to verify request parameters",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["brankas-docs-direct-error-codes"],),
                    retryable=False,
                    end_user_can_retry=False,
                    scope=Scope(endpoints=("RetrieveTransfers (GET /transfer)",)),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["brankas-docs-direct-error-codes"],),
                        ),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["brankas-docs-direct-error-codes"],),
                        ),
                    ),
                    page="reference/brankas/direct_error_code/#DIRDXXX5043",
                    message="Failed to sanitize parameters",
                ),
                CodeInfo(
                    value="DIRDXXX4069",
                    description="Merchant has entered an invalid date format in start_date field",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["brankas-docs-direct-error-codes"],),
                    retryable=False,
                    end_user_can_retry=False,
                    scope=Scope(endpoints=("RetrieveTransfers (GET /transfer)",)),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["brankas-docs-direct-error-codes"],),
                        ),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["brankas-docs-direct-error-codes"],),
                        ),
                    ),
                    page="reference/brankas/direct_error_code/#DIRDXXX4069",
                    message="Invalid value for start_date, should follow: YYYY-MM-DD",
                ),
                CodeInfo(
                    value="DIRDXXX4070",
                    description="Merchant has entered an invalid date format in end_date field",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["brankas-docs-direct-error-codes"],),
                    retryable=False,
                    end_user_can_retry=False,
                    scope=Scope(endpoints=("RetrieveTransfers (GET /transfer)",)),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["brankas-docs-direct-error-codes"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/brankas/direct_error_code/#DIRDXXX4070",
                    notes='The copy of the page read is cut in this row\'s Description column ("Invalid value fo"), so its message is not recorded.',
                ),
            ),
        ),
        {},
    )
    return DirectErrorCode


def _StatementStatus() -> type[CodeEnum]:
    class StatementStatus(CodeEnum):
        """Statement status: The status of a Statement retrieval (the end user's bank statement, retrieved through Brankas Tap or the API): the page's "complete list of status events that can occur when using Statement", each with its number, its event name (the value here), its message, its description and the maximum time Brankas takes to reach it. Some, such as RECORDS_AVAILABLE, "are intended for use with our callback web hooks so your system can act quickly to inform and progress the end-user". The Dashboard's Statement statuses page gives the same statuses in words (Canceled for CANCELLED), without NOTIFIED.

        Wire field: status (a Statement retrieval, its callbacks)."""

        UNKNOWN = "UNKNOWN"
        PENDING = "PENDING"
        FAILED = "FAILED"
        COMPLETED = "COMPLETED"
        NOTIFIED = "NOTIFIED"
        RECEIVED = "RECEIVED"
        CANCELLED = "CANCELLED"
        INACTIVATED = "INACTIVATED"
        PURGED = "PURGED"
        RECORDS_AVAILABLE = "RECORDS_AVAILABLE"

    register(
        StatementStatus,
        lambda: (
            CodeSetInfo(
                provider="brankas",
                id="statement_status",
                title="Statement status",
                description='The status of a Statement retrieval (the end user\'s bank statement, retrieved through Brankas Tap or the API): the page\'s "complete list of status events that can occur when using Statement", each with its number, its event name (the value here), its message, its description and the maximum time Brankas takes to reach it. Some, such as RECORDS_AVAILABLE, "are intended for use with our callback web hooks so your system can act quickly to inform and progress the end-user". The Dashboard\'s Statement statuses page gives the same statuses in words (Canceled for CANCELLED), without NOTIFIED.',
                field="status (a Statement retrieval, its callbacks)",
                sources=(
                    _S["brankas-docs-statement-status"],
                    _S["brankas-docs-statement-transaction-status"],
                ),
            ),
            (
                CodeInfo(
                    value="UNKNOWN",
                    description="Unknown statement status",
                    category=_C.INFORMATIONAL,
                    sources=(
                        _S["brankas-docs-statement-status"],
                        _S["brankas-docs-statement-transaction-status"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="message",
                            by="provider",
                            sources=(
                                _S["brankas-docs-statement-status"],
                                _S["brankas-docs-statement-transaction-status"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/brankas/statement_status/#UNKNOWN",
                    message="Unknown statement status",
                    notes="Status code 0. The page gives it no description.",
                ),
                CodeInfo(
                    value="PENDING",
                    description="The request for statement retrieval is received and it hasn’t been started yet",
                    category=_C.PENDING,
                    sources=(
                        _S["brankas-docs-statement-status"],
                        _S["brankas-docs-statement-transaction-status"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["brankas-docs-statement-status"],
                                _S["brankas-docs-statement-transaction-status"],
                            ),
                        ),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(
                                _S["brankas-docs-statement-status"],
                                _S["brankas-docs-statement-transaction-status"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/brankas/statement_status/#PENDING",
                    message="The retrieval flow hasn’t started yet",
                    notes="Status code 1.",
                ),
                CodeInfo(
                    value="FAILED",
                    description="The retrieval flow failed due to several reasons (e.g a bank not being available)",
                    category=_C.GENERIC_FAILURE,
                    sources=(
                        _S["brankas-docs-statement-status"],
                        _S["brankas-docs-statement-transaction-status"],
                    ),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["brankas-docs-statement-status"],
                                _S["brankas-docs-statement-transaction-status"],
                            ),
                        ),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(
                                _S["brankas-docs-statement-status"],
                                _S["brankas-docs-statement-transaction-status"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/brankas/statement_status/#FAILED",
                    message="The requested statement couldn’t be retrieved",
                    notes="Status code 2. Max response time: 5 minutes.",
                ),
                CodeInfo(
                    value="COMPLETED",
                    description="Brankas has completed the full retrieval flow and statement data is ready to be pulled",
                    category=_C.SUCCESS,
                    sources=(
                        _S["brankas-docs-statement-status"],
                        _S["brankas-docs-statement-transaction-status"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["brankas-docs-statement-status"],
                                _S["brankas-docs-statement-transaction-status"],
                            ),
                        ),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(
                                _S["brankas-docs-statement-status"],
                                _S["brankas-docs-statement-transaction-status"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/brankas/statement_status/#COMPLETED",
                    message="The requested statement was successfully retrieved",
                    notes="Status code 3. Max response time: 1 minute from user login.",
                ),
                CodeInfo(
                    value="NOTIFIED",
                    description="Deprecated - not in use",
                    category=_C.INFORMATIONAL,
                    sources=(
                        _S["brankas-docs-statement-status"],
                        _S["brankas-docs-statement-transaction-status"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    lifecycle=Lifecycle(
                        state="deprecated", note='The page: "Deprecated - not in use".'
                    ),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["brankas-docs-statement-status"],
                                _S["brankas-docs-statement-transaction-status"],
                            ),
                        ),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(
                                _S["brankas-docs-statement-status"],
                                _S["brankas-docs-statement-transaction-status"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/brankas/statement_status/#NOTIFIED",
                    message="Deprecated - not in use",
                    notes="Status code 4.",
                ),
                CodeInfo(
                    value="RECEIVED",
                    description="Brankas has received the request to initiate a retrieval flow for a user",
                    category=_C.PENDING,
                    sources=(
                        _S["brankas-docs-statement-status"],
                        _S["brankas-docs-statement-transaction-status"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["brankas-docs-statement-status"],
                                _S["brankas-docs-statement-transaction-status"],
                            ),
                        ),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(
                                _S["brankas-docs-statement-status"],
                                _S["brankas-docs-statement-transaction-status"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/brankas/statement_status/#RECEIVED",
                    message="The statement request processing is complete",
                    notes="Status code 5. Max response time: 5 seconds.",
                ),
                CodeInfo(
                    value="CANCELLED",
                    description="The retrieval flow was explicitly canceled by the user",
                    category=_C.CANCELLED,
                    sources=(
                        _S["brankas-docs-statement-status"],
                        _S["brankas-docs-statement-transaction-status"],
                    ),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["brankas-docs-statement-status"],
                                _S["brankas-docs-statement-transaction-status"],
                            ),
                        ),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(
                                _S["brankas-docs-statement-status"],
                                _S["brankas-docs-statement-transaction-status"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/brankas/statement_status/#CANCELLED",
                    message="The statement request was canceled",
                    notes="Status code 6. Max response time: 5 seconds. Nothing failed: the user chose to stop the retrieval, so nothing is to be retried or reconnected; the user starts a new retrieval if they want one (next step: bankcodes' reading of the text).",
                    next_step="none",
                ),
                CodeInfo(
                    value="INACTIVATED",
                    description="The retrieval flow wasn’t completed by the user (e.g they were waiting for an OTP and never returned)",
                    category=_C.SESSION_EXPIRED,
                    sources=(
                        _S["brankas-docs-statement-status"],
                        _S["brankas-docs-statement-transaction-status"],
                    ),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["brankas-docs-statement-status"],
                                _S["brankas-docs-statement-transaction-status"],
                            ),
                        ),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(
                                _S["brankas-docs-statement-status"],
                                _S["brankas-docs-statement-transaction-status"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/brankas/statement_status/#INACTIVATED",
                    message="The statement request inactivated upon waiting for user input",
                    notes="Status code 7. Max response time: 5 minutes.",
                ),
                CodeInfo(
                    value="PURGED",
                    description="Brankas has purged requested statement data",
                    category=_C.INFORMATIONAL,
                    sources=(
                        _S["brankas-docs-statement-status"],
                        _S["brankas-docs-statement-transaction-status"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["brankas-docs-statement-status"],
                                _S["brankas-docs-statement-transaction-status"],
                            ),
                        ),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(
                                _S["brankas-docs-statement-status"],
                                _S["brankas-docs-statement-transaction-status"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/brankas/statement_status/#PURGED",
                    message="The statement data such as accounts and transactions are purged from the Brankas system",
                    notes="Status code 8. Max response time: 1 minute.",
                ),
                CodeInfo(
                    value="RECORDS_AVAILABLE",
                    description="During a standard retrieval flow, this is the first callback expected to indicate the availability of a bank account statement only. Any additional statement information is still being processed",
                    category=_C.PENDING,
                    sources=(
                        _S["brankas-docs-statement-status"],
                        _S["brankas-docs-statement-transaction-status"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["brankas-docs-statement-status"],
                                _S["brankas-docs-statement-transaction-status"],
                            ),
                        ),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(
                                _S["brankas-docs-statement-status"],
                                _S["brankas-docs-statement-transaction-status"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/brankas/statement_status/#RECORDS_AVAILABLE",
                    message="Indicates at least one or more transactions available for a statement",
                    notes="Status code 9. Max response time: 15 seconds from user login (the Dashboard's Statement statuses). The copy of the status events page read is cut at the end of its description (\"still being proc\"); its last words are the Dashboard's page's.",
                ),
            ),
        ),
        {},
    )
    return StatementStatus


def _StatementError() -> type[CodeEnum]:
    class StatementError(CodeEnum):
        """Statement error (error): The error of a Statement API answer, a JSON body {"error": "value"}: "We communicate with gRPC to generate a standard set of status codes. These codes are mapped to our status and error responses in the Statement service endpoints." The page's table gives each code its gRPC number and Brankas' words; it was read to PERMISSION_DENIED (7), whose words and the codes after it were not read.

        Wire field: error of a Statement API error body."""

        OK = "OK"
        CANCELED = "CANCELED"
        UNKNOWN = "UNKNOWN"
        INVALID_ARGUMENT = "INVALID_ARGUMENT"
        DEADLINE_EXCEEDED = "DEADLINE_EXCEEDED"
        NOT_FOUND = "NOT_FOUND"
        ALREADY_EXISTS = "ALREADY_EXISTS"

    register(
        StatementError,
        lambda: (
            CodeSetInfo(
                provider="brankas",
                id="statement_error",
                title="Statement error (error)",
                description='The error of a Statement API answer, a JSON body {"error": "value"}: "We communicate with gRPC to generate a standard set of status codes. These codes are mapped to our status and error responses in the Statement service endpoints." The page\'s table gives each code its gRPC number and Brankas\' words; it was read to PERMISSION_DENIED (7), whose words and the codes after it were not read.',
                field="error of a Statement API error body",
                sources=(_S["brankas-docs-statement-error-codes"],),
            ),
            (
                CodeInfo(
                    value="OK",
                    description="Successful statement retrieval.",
                    category=_C.SUCCESS,
                    sources=(_S["brankas-docs-statement-error-codes"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["brankas-docs-statement-error-codes"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/brankas/statement_error/#OK",
                    notes="gRPC code 0.",
                ),
                CodeInfo(
                    value="CANCELED",
                    description="The retrieval was canceled by the customer.",
                    category=_C.CANCELLED,
                    sources=(_S["brankas-docs-statement-error-codes"],),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["brankas-docs-statement-error-codes"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/brankas/statement_error/#CANCELED",
                    notes="gRPC code 1. Nothing failed: the customer chose to stop the retrieval, so nothing is to be retried or reconnected; the customer starts a new retrieval if they want one (next step: bankcodes' reading of the text).",
                    next_step="none",
                ),
                CodeInfo(
                    value="UNKNOWN",
                    description="Unknown error. For example, this error may be returned when a Status value received from another address space belongs to an error space that is not known in this address space. Also errors raised by APIs that do not return enough error information may be converted to this error.",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["brankas-docs-statement-error-codes"],),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["brankas-docs-statement-error-codes"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/brankas/statement_error/#UNKNOWN",
                    notes="gRPC code 2.",
                ),
                CodeInfo(
                    value="INVALID_ARGUMENT",
                    description="An invalid file format or file name was entered. Do note that this error is different compared to FAILED_PRECONDITION. INVALID_ARGUMENT errors.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["brankas-docs-statement-error-codes"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["brankas-docs-statement-error-codes"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/brankas/statement_error/#INVALID_ARGUMENT",
                    notes="gRPC code 3.",
                ),
                CodeInfo(
                    value="DEADLINE_EXCEEDED",
                    description="The request has expired and the data retrieval could not be complete. If there is an update in the system, you may encounter this error even if the retrieval has complete.",
                    category=_C.SESSION_EXPIRED,
                    sources=(_S["brankas-docs-statement-error-codes"],),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["brankas-docs-statement-error-codes"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/brankas/statement_error/#DEADLINE_EXCEEDED",
                    notes="gRPC code 4. The page gives gRPC's own text and then, as a suggestion of its editor, these words of Brankas'; the retrieval may have completed all the same. Its next step and state are bankcodes' reading: since the retrieval may have completed, the statement's status (its callback) says whether to start again, not this error alone.",
                    next_step="wait_for_event",
                    state="pending",
                    state_reason="The retrieval may have completed all the same: its status says where it stands.",
                ),
                CodeInfo(
                    value="NOT_FOUND",
                    description="File or directory request was not found.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["brankas-docs-statement-error-codes"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["brankas-docs-statement-error-codes"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/brankas/statement_error/#NOT_FOUND",
                    notes="gRPC code 5. The page gives gRPC's own text and then, as a suggestion of its editor, these words of Brankas'.",
                ),
                CodeInfo(
                    value="ALREADY_EXISTS",
                    description="The file or directory has already exists.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["brankas-docs-statement-error-codes"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["brankas-docs-statement-error-codes"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/brankas/statement_error/#ALREADY_EXISTS",
                    notes="gRPC code 6.",
                ),
            ),
        ),
        {},
    )
    return StatementError


def _SdkErrorCode() -> type[CodeEnum]:
    class SdkErrorCode(CodeEnum):
        """Tap SDK error code: The code of the error Brankas' Tap SDKs hand the app (the errorCode of a CoreError, beside its errorMessage, in a CoreListener's onResult): the CoreErrorCode enum of the Direct Tap Android SDK, in its order. Its Direct errors are DirectErrorCode values, a class the kdoc lists without values; the descriptions and categories here are bankcodes' reading of the names.

        Wire field: CoreError.errorCode (the Tap SDKs' callbacks)."""

        GENERAL = "GENERAL"
        UNAUTHORIZED = "UNAUTHORIZED"
        SYSTEM_UNAVAILABLE = "SYSTEM_UNAVAILABLE"
        NEW_PASSWORD = "NEW_PASSWORD"

    register(
        SdkErrorCode,
        lambda: (
            CodeSetInfo(
                provider="brankas",
                id="sdk_error_code",
                title="Tap SDK error code",
                description="The code of the error Brankas' Tap SDKs hand the app (the errorCode of a CoreError, beside its errorMessage, in a CoreListener's onResult): the CoreErrorCode enum of the Direct Tap Android SDK, in its order. Its Direct errors are DirectErrorCode values, a class the kdoc lists without values; the descriptions and categories here are bankcodes' reading of the names.",
                field="CoreError.errorCode (the Tap SDKs' callbacks)",
                sources=(_S["brankas-sdk-android-core-error-code"],),
            ),
            (
                CodeInfo(
                    value="GENERAL",
                    description="An error the SDK does not tell apart.",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["brankas-sdk-android-core-error-code"],),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/brankas/sdk_error_code/#GENERAL",
                    editorial=True,
                    notes="The SDK's enum lists its values by name alone: the description is bankcodes' reading of its name.",
                ),
                CodeInfo(
                    value="UNAUTHORIZED",
                    description="The SDK's request was not authorised, as with an API key of the other environment.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["brankas-sdk-android-core-error-code"],
                        _S["brankas-sdk-android-faq"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/brankas/sdk_error_code/#UNAUTHORIZED",
                    editorial=True,
                    notes="The SDK's enum lists its values by name alone: the description is bankcodes' reading of its name. The SDK's FAQ answers \"unauthorized for chosen environment\" with the isDebug flag of initialize (sandbox or production).",
                ),
                CodeInfo(
                    value="SYSTEM_UNAVAILABLE",
                    description="The system the SDK calls is not available for now.",
                    category=_C.INSTITUTION_UNAVAILABLE,
                    sources=(_S["brankas-sdk-android-core-error-code"],),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/brankas/sdk_error_code/#SYSTEM_UNAVAILABLE",
                    editorial=True,
                    notes="The SDK's enum lists its values by name alone: the description is bankcodes' reading of its name. The name does not say whether Brankas' or the bank's system; either is read as a wait.",
                ),
                CodeInfo(
                    value="NEW_PASSWORD",
                    description="The bank asks the end user to set a new password before signing in.",
                    category=_C.ACTION_REQUIRED_AT_INSTITUTION,
                    sources=(_S["brankas-sdk-android-core-error-code"],),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/brankas/sdk_error_code/#NEW_PASSWORD",
                    editorial=True,
                    notes="The SDK's enum lists its values by name alone: the description is bankcodes' reading of its name.",
                ),
            ),
        ),
        {},
    )
    return SdkErrorCode


def _CODE_SETS() -> tuple[object, ...]:
    return tuple(
        getattr(_PUBLIC, name)
        for name in (
            "TransactionStatus",
            "DirectErrorCode",
            "StatementStatus",
            "StatementError",
            "SdkErrorCode",
        )
    )
