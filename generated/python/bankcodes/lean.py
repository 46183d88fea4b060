# generated from spec/catalog.json — do not edit (run `make generate`)
"""Lean Technologies (https://leantech.me): one enum per code set of the catalog, with metadata on every member. Each is built on first use."""

from __future__ import annotations

from bankcodes._base import (
    CodeEnum,
    CodeInfo,
    CodeSetInfo,
    HttpStatus,
    Lifecycle,
    Scope,
    Wording,
    register,
)
from bankcodes._lazy import LazyNames
from bankcodes._sdk import ConfigField, Outcome, ScopedRequirement, SdkMethodInfo
from bankcodes._sources import SOURCES as _S
from bankcodes.categories import Category as _C


def _CallbackStatus() -> type[CodeEnum]:
    class CallbackStatus(CodeEnum):
        """LinkSDK callback status: The top-level outcome of a LinkSDK session, from the CloseType enum. Switch on this in UI code.

        Wire field: CallbackData.status."""

        SUCCESS = "SUCCESS"
        ERROR = "ERROR"
        CANCELLED = "CANCELLED"
        REDIRECT = "REDIRECT"
        LINK_CLOSED_PROGRAMMATICALLY = "LINK_CLOSED_PROGRAMMATICALLY"

    register(
        CallbackStatus,
        CodeSetInfo(
            "lean",
            "callback_status",
            "LinkSDK callback status",
            "The top-level outcome of a LinkSDK session, from the CloseType enum. Switch on this in UI code.",
            "CallbackData.status",
            (_S["seed-000"], _S["lean-web-readme-uae"]),
        ),
        (
            CodeInfo(
                "SUCCESS",
                "Flow completed.",
                _C.SUCCESS,
                (_S["seed-000"], _S["lean-web-readme-uae"]),
                wording=(
                    Wording("description", "provider", (_S["seed-000"], _S["lean-web-readme-uae"])),
                ),
            ),
            CodeInfo(
                "ERROR",
                "Flow ended in error; inspect secondary_status for the cause.",
                _C.GENERIC_FAILURE,
                (_S["seed-000"], _S["lean-web-readme-uae"]),
                retryable=False,
                notes="Not retryable by itself: some causes must not be retried (a rejected or expired consent, a closed account); decide with secondary_status's category.",
                wording=(
                    Wording("description", "provider", (_S["seed-000"], _S["lean-web-readme-uae"])),
                    Wording("notes", "bankcodes", ()),
                ),
            ),
            CodeInfo(
                "CANCELLED",
                "The customer closed the SDK before finishing.",
                _C.CANCELLED,
                (_S["seed-000"], _S["lean-web-readme-uae"]),
                wording=(
                    Wording("description", "provider", (_S["seed-000"], _S["lean-web-readme-uae"])),
                ),
            ),
            CodeInfo(
                "REDIRECT",
                "Control handed off to an Open Finance redirect.",
                _C.PENDING,
                (_S["seed-000"], _S["lean-web-readme-uae"]),
                scope=Scope(sdks=("web",)),
                notes="The React Native and Flutter SDKs report a redirect as SUCCESS with the message 'Link closed after redirect', so mobile apps never see REDIRECT.",
                wording=(
                    Wording("description", "provider", (_S["seed-000"], _S["lean-web-readme-uae"])),
                    Wording("notes", "bankcodes", ()),
                ),
            ),
            CodeInfo(
                "LINK_CLOSED_PROGRAMMATICALLY",
                "Host-page code closed the SDK.",
                _C.INFORMATIONAL,
                (_S["seed-000"], _S["lean-web-readme-uae"]),
                scope=Scope(sdks=("web",)),
                notes="Not in the React Native typing, which has SUCCESS, CANCELLED, ERROR or null.",
                wording=(
                    Wording("description", "provider", (_S["seed-000"], _S["lean-web-readme-uae"])),
                    Wording("notes", "bankcodes", ()),
                ),
            ),
        ),
    )
    return CallbackStatus


def _SecondaryStatus() -> type[CodeEnum]:
    class SecondaryStatus(CodeEnum):
        """LinkSDK secondary status: The detailed, machine-readable status returned by the bank or the Lean API. Use it to log support diagnostics or to tell ERROR causes apart.

        Wire field: CallbackData.secondary_status."""

        OK = "OK"
        ACTIVE = "ACTIVE"
        ACCEPTED_BY_BANK = "ACCEPTED_BY_BANK"
        PENDING_WITH_BANK = "PENDING_WITH_BANK"
        FAILED = "FAILED"
        UNKNOWN = "UNKNOWN"
        REJECTED_BY_BANK = "REJECTED_BY_BANK"
        MFA_ATTEMPTS_EXHAUSTED = "MFA_ATTEMPTS_EXHAUSTED"
        INVALID_CREDENTIALS = "INVALID_CREDENTIALS"
        CREDENTIALS_UPDATE_REQUIRED = "CREDENTIALS_UPDATE_REQUIRED"
        MFA_REQUIRED = "MFA_REQUIRED"
        INVALID_MFA = "INVALID_MFA"
        REQUIRES_LOGIN_MFA = "REQUIRES_LOGIN_MFA"
        AWAITING_LOGIN_MFA_TOKEN = "AWAITING_LOGIN_MFA_TOKEN"
        INVALID_LOGIN_MFA = "INVALID_LOGIN_MFA"
        AWAITING_PAYMENT_MFA_TOKEN = "AWAITING_PAYMENT_MFA_TOKEN"
        INVALID_PAYMENT_MFA = "INVALID_PAYMENT_MFA"
        REQUIRES_BENEFICIARY_MFA = "REQUIRES_BENEFICIARY_MFA"
        INVALID_BENEFICIARY_MFA = "INVALID_BENEFICIARY_MFA"
        REQUIRES_MFA = "REQUIRES_MFA"
        AWAITING_APP_AUTH = "AWAITING_APP_AUTH"
        PENDING_BENEFICIARY_COOL_OFF = "PENDING_BENEFICIARY_COOL_OFF"
        AWAITING_END_USER_AUTHORIZATION = "AWAITING_END_USER_AUTHORIZATION"
        REQUIRES_LOGIN_SECURITY_QUESTIONS = "REQUIRES_LOGIN_SECURITY_QUESTIONS"
        INVALID_LOGIN_SECURITY_QUESTION_ANSWER = "INVALID_LOGIN_SECURITY_QUESTION_ANSWER"
        REQUIRES_BENEFICIARY_SECURITY_QUESTIONS = "REQUIRES_BENEFICIARY_SECURITY_QUESTIONS"
        INVALID_BENEFICIARY_SECURITY_QUESTION_ANSWER = (
            "INVALID_BENEFICIARY_SECURITY_QUESTION_ANSWER"
        )
        SECURITY_QUESTION_ATTEMPTS_EXHAUSTED = "SECURITY_QUESTION_ATTEMPTS_EXHAUSTED"
        SECURITY_QUESTION_ANSWER_REQUIRED = "SECURITY_QUESTION_ANSWER_REQUIRED"
        INVALID_SECURITY_QUESTION_ANSWER = "INVALID_SECURITY_QUESTION_ANSWER"
        AWAITING_PAYMENT_SECURITY_QUESTIONS = "AWAITING_PAYMENT_SECURITY_QUESTIONS"
        INVALID_PAYMENT_SECURITY_ANSWERS = "INVALID_PAYMENT_SECURITY_ANSWERS"
        SECURITY_QUESTION_ANSWER_ATTEMPTS_EXHAUSTED = "SECURITY_QUESTION_ANSWER_ATTEMPTS_EXHAUSTED"
        PAYMENT_SOURCE_ACCOUNT_BALANCES = "PAYMENT_SOURCE_ACCOUNT_BALANCES"
        PAYMENT_SOURCE_ACCOUNT_BALANCES_OK = "PAYMENT_SOURCE_ACCOUNT_BALANCES_OK"
        PAYMENT_SOURCE_ACCOUNT_BALANCES_REQUIRES_MFA = (
            "PAYMENT_SOURCE_ACCOUNT_BALANCES_REQUIRES_MFA"
        )
        PAYMENT_SOURCE_ACCOUNT_BALANCES_INVALID_MFA = "PAYMENT_SOURCE_ACCOUNT_BALANCES_INVALID_MFA"
        PAYMENT_SOURCE_ACCOUNT_BALANCES_REQUIRES_SECURITY_QUESTION_ANSWER = (
            "PAYMENT_SOURCE_ACCOUNT_BALANCES_REQUIRES_SECURITY_QUESTION_ANSWER"
        )
        PAYMENT_SOURCE_ACCOUNT_BALANCES_INVALID_SECURITY_QUESTION_ANSWER = (
            "PAYMENT_SOURCE_ACCOUNT_BALANCES_INVALID_SECURITY_QUESTION_ANSWER"
        )
        PAYMENT_SOURCE_ACCOUNT_BALANCES_FAILED = "PAYMENT_SOURCE_ACCOUNT_BALANCES_FAILED"
        PAYMENT_SOURCE_ACCOUNT_BALANCES_CREDENTIALS_UPDATE_REQUIRED = (
            "PAYMENT_SOURCE_ACCOUNT_BALANCES_CREDENTIALS_UPDATE_REQUIRED"
        )
        PAYMENT_SOURCE_ACCOUNT_BALANCES_INVALID_CREDENTIALS = (
            "PAYMENT_SOURCE_ACCOUNT_BALANCES_INVALID_CREDENTIALS"
        )
        PAYMENT_SOURCE_ACCOUNT_BALANCES_EXHAUSTED_SECURITY_QUESTION_ATTEMPTS = (
            "PAYMENT_SOURCE_ACCOUNT_BALANCES_EXHAUSTED_SECURITY_QUESTION_ATTEMPTS"
        )
        PAYMENT_SOURCE_ACCOUNT_BALANCES_EXHAUSTED_MFA_ATTEMPTS = (
            "PAYMENT_SOURCE_ACCOUNT_BALANCES_EXHAUSTED_MFA_ATTEMPTS"
        )
        CONSENT_EXPIRED = "CONSENT_EXPIRED"
        SUCCESS = "SUCCESS"

    register(
        SecondaryStatus,
        CodeSetInfo(
            "lean",
            "secondary_status",
            "LinkSDK secondary status",
            "The detailed, machine-readable status returned by the bank or the Lean API. Use it to log support diagnostics or to tell ERROR causes apart.",
            "CallbackData.secondary_status",
            (_S["seed-000"],),
        ),
        (
            CodeInfo(
                "OK",
                "Successful connection",
                _C.SUCCESS,
                (_S["seed-000"],),
                wording=(Wording("description", "provider", (_S["seed-000"],)),),
            ),
            CodeInfo(
                "ACTIVE",
                "Successful connection",
                _C.SUCCESS,
                (_S["seed-000"],),
                wording=(Wording("description", "provider", (_S["seed-000"],)),),
            ),
            CodeInfo(
                "ACCEPTED_BY_BANK",
                "Bank confirmed payment initiation",
                _C.SUCCESS,
                (_S["seed-000"],),
                wording=(Wording("description", "provider", (_S["seed-000"],)),),
            ),
            CodeInfo(
                "PENDING_WITH_BANK",
                "Payment is pending with the bank",
                _C.PENDING,
                (_S["seed-000"],),
                wording=(Wording("description", "provider", (_S["seed-000"],)),),
            ),
            CodeInfo(
                "FAILED",
                "Generic failure",
                _C.GENERIC_FAILURE,
                (_S["seed-000"],),
                wording=(Wording("description", "provider", (_S["seed-000"],)),),
            ),
            CodeInfo(
                "UNKNOWN",
                "Generic failure",
                _C.GENERIC_FAILURE,
                (_S["seed-000"],),
                notes="A Lean value meaning a generic failure; it is not bankcodes' unknown category, which is for values the catalog does not know.",
                wording=(
                    Wording("description", "provider", (_S["seed-000"],)),
                    Wording("notes", "bankcodes", ()),
                ),
            ),
            CodeInfo(
                "REJECTED_BY_BANK",
                "Bank rejected the operation",
                _C.REJECTED,
                (_S["seed-000"],),
                wording=(Wording("description", "provider", (_S["seed-000"],)),),
            ),
            CodeInfo(
                "MFA_ATTEMPTS_EXHAUSTED",
                "User has attempted too many MFAs",
                _C.ATTEMPTS_EXHAUSTED,
                (_S["seed-000"],),
                wording=(Wording("description", "provider", (_S["seed-000"],)),),
            ),
            CodeInfo(
                "INVALID_CREDENTIALS",
                "User entered incorrect credentials",
                _C.CREDENTIALS_INVALID,
                (_S["seed-000"],),
                wording=(Wording("description", "provider", (_S["seed-000"],)),),
            ),
            CodeInfo(
                "CREDENTIALS_UPDATE_REQUIRED",
                "User has updated their username / password",
                _C.RECONNECT_REQUIRED,
                (_S["seed-000"],),
                wording=(Wording("description", "provider", (_S["seed-000"],)),),
            ),
            CodeInfo(
                "MFA_REQUIRED",
                "User needs to enter an OTP",
                _C.MFA_REQUIRED,
                (_S["seed-000"],),
                wording=(Wording("description", "provider", (_S["seed-000"],)),),
            ),
            CodeInfo(
                "INVALID_MFA",
                "User entered an incorrect OTP",
                _C.MFA_FAILED,
                (_S["seed-000"],),
                wording=(Wording("description", "provider", (_S["seed-000"],)),),
            ),
            CodeInfo(
                "REQUIRES_LOGIN_MFA",
                "User needs to enter an OTP",
                _C.MFA_REQUIRED,
                (_S["seed-000"],),
                wording=(Wording("description", "provider", (_S["seed-000"],)),),
            ),
            CodeInfo(
                "AWAITING_LOGIN_MFA_TOKEN",
                "User needs to enter an OTP",
                _C.MFA_REQUIRED,
                (_S["seed-000"],),
                wording=(Wording("description", "provider", (_S["seed-000"],)),),
            ),
            CodeInfo(
                "INVALID_LOGIN_MFA",
                "User needs to enter an OTP",
                _C.MFA_FAILED,
                (_S["seed-000"],),
                notes="The published reason repeats the MFA prompt text; the value names an incorrect login OTP, so it is classified as MFA failed.",
                wording=(
                    Wording("description", "provider", (_S["seed-000"],)),
                    Wording("notes", "bankcodes", ()),
                ),
            ),
            CodeInfo(
                "AWAITING_PAYMENT_MFA_TOKEN",
                "User needs to enter an OTP",
                _C.MFA_REQUIRED,
                (_S["seed-000"],),
                wording=(Wording("description", "provider", (_S["seed-000"],)),),
            ),
            CodeInfo(
                "INVALID_PAYMENT_MFA",
                "User needs to enter an OTP",
                _C.MFA_FAILED,
                (_S["seed-000"],),
                notes="The published reason repeats the MFA prompt text; the value names an incorrect payment OTP, so it is classified as MFA failed.",
                wording=(
                    Wording("description", "provider", (_S["seed-000"],)),
                    Wording("notes", "bankcodes", ()),
                ),
            ),
            CodeInfo(
                "REQUIRES_BENEFICIARY_MFA",
                "User needs to enter an OTP",
                _C.MFA_REQUIRED,
                (_S["seed-000"],),
                wording=(Wording("description", "provider", (_S["seed-000"],)),),
            ),
            CodeInfo(
                "INVALID_BENEFICIARY_MFA",
                "User entered an incorrect OTP",
                _C.MFA_FAILED,
                (_S["seed-000"],),
                wording=(Wording("description", "provider", (_S["seed-000"],)),),
            ),
            CodeInfo(
                "REQUIRES_MFA",
                "User needs to enter an OTP",
                _C.MFA_REQUIRED,
                (_S["seed-000"],),
                wording=(Wording("description", "provider", (_S["seed-000"],)),),
            ),
            CodeInfo(
                "AWAITING_APP_AUTH",
                "User needs to confirm the transaction in a third party app",
                _C.MFA_REQUIRED,
                (_S["seed-000"], _S["lean-linksdk-statuses-ksa"]),
                notes="The KSA version of the page words the reason as 'User needs to confirm the operation in a third party app'.",
                wording=(
                    Wording(
                        "description", "provider", (_S["seed-000"], _S["lean-linksdk-statuses-ksa"])
                    ),
                    Wording("notes", "bankcodes", ()),
                ),
            ),
            CodeInfo(
                "PENDING_BENEFICIARY_COOL_OFF",
                "User's payment source is in a cool off state",
                _C.PENDING,
                (_S["seed-000"],),
                wording=(Wording("description", "provider", (_S["seed-000"],)),),
            ),
            CodeInfo(
                "AWAITING_END_USER_AUTHORIZATION",
                "User needs to approve the transaction",
                _C.MFA_REQUIRED,
                (_S["seed-000"],),
                wording=(Wording("description", "provider", (_S["seed-000"],)),),
            ),
            CodeInfo(
                "REQUIRES_LOGIN_SECURITY_QUESTIONS",
                "User needs to enter security question(s)",
                _C.MFA_REQUIRED,
                (_S["seed-000"],),
                wording=(Wording("description", "provider", (_S["seed-000"],)),),
            ),
            CodeInfo(
                "INVALID_LOGIN_SECURITY_QUESTION_ANSWER",
                "User entered incorrect security question answer(s)",
                _C.MFA_FAILED,
                (_S["seed-000"],),
                wording=(Wording("description", "provider", (_S["seed-000"],)),),
            ),
            CodeInfo(
                "REQUIRES_BENEFICIARY_SECURITY_QUESTIONS",
                "User needs to enter security question(s)",
                _C.MFA_REQUIRED,
                (_S["seed-000"],),
                wording=(Wording("description", "provider", (_S["seed-000"],)),),
            ),
            CodeInfo(
                "INVALID_BENEFICIARY_SECURITY_QUESTION_ANSWER",
                "User entered incorrect security question answer(s)",
                _C.MFA_FAILED,
                (_S["seed-000"],),
                wording=(Wording("description", "provider", (_S["seed-000"],)),),
            ),
            CodeInfo(
                "SECURITY_QUESTION_ATTEMPTS_EXHAUSTED",
                "User has exhausted security question answer attempts",
                _C.ATTEMPTS_EXHAUSTED,
                (_S["seed-000"],),
                wording=(Wording("description", "provider", (_S["seed-000"],)),),
            ),
            CodeInfo(
                "SECURITY_QUESTION_ANSWER_REQUIRED",
                "User needs to enter security question(s)",
                _C.MFA_REQUIRED,
                (_S["seed-000"],),
                wording=(Wording("description", "provider", (_S["seed-000"],)),),
            ),
            CodeInfo(
                "INVALID_SECURITY_QUESTION_ANSWER",
                "User entered incorrect security question answer(s)",
                _C.MFA_FAILED,
                (_S["seed-000"],),
                wording=(Wording("description", "provider", (_S["seed-000"],)),),
            ),
            CodeInfo(
                "AWAITING_PAYMENT_SECURITY_QUESTIONS",
                "User needs to enter security question(s)",
                _C.MFA_REQUIRED,
                (_S["seed-000"],),
                wording=(Wording("description", "provider", (_S["seed-000"],)),),
            ),
            CodeInfo(
                "INVALID_PAYMENT_SECURITY_ANSWERS",
                "User entered incorrect security question answer(s)",
                _C.MFA_FAILED,
                (_S["seed-000"],),
                wording=(Wording("description", "provider", (_S["seed-000"],)),),
            ),
            CodeInfo(
                "SECURITY_QUESTION_ANSWER_ATTEMPTS_EXHAUSTED",
                "User has exhausted security question answer attempts",
                _C.ATTEMPTS_EXHAUSTED,
                (_S["seed-000"],),
                wording=(Wording("description", "provider", (_S["seed-000"],)),),
            ),
            CodeInfo(
                "PAYMENT_SOURCE_ACCOUNT_BALANCES",
                "User requested account balances",
                _C.PENDING,
                (_S["seed-000"],),
                wording=(Wording("description", "provider", (_S["seed-000"],)),),
            ),
            CodeInfo(
                "PAYMENT_SOURCE_ACCOUNT_BALANCES_OK",
                "User recieved account balances",
                _C.SUCCESS,
                (_S["seed-000"],),
                wording=(Wording("description", "provider", (_S["seed-000"],)),),
            ),
            CodeInfo(
                "PAYMENT_SOURCE_ACCOUNT_BALANCES_REQUIRES_MFA",
                "User prompted for OTP to view latest balances",
                _C.MFA_REQUIRED,
                (_S["seed-000"],),
                wording=(Wording("description", "provider", (_S["seed-000"],)),),
            ),
            CodeInfo(
                "PAYMENT_SOURCE_ACCOUNT_BALANCES_INVALID_MFA",
                "User entered incorrect MFA to view latest balances",
                _C.MFA_FAILED,
                (_S["seed-000"],),
                wording=(Wording("description", "provider", (_S["seed-000"],)),),
            ),
            CodeInfo(
                "PAYMENT_SOURCE_ACCOUNT_BALANCES_REQUIRES_SECURITY_QUESTION_ANSWER",
                "User prompted for security questions to view balances",
                _C.MFA_REQUIRED,
                (_S["seed-000"],),
                wording=(Wording("description", "provider", (_S["seed-000"],)),),
            ),
            CodeInfo(
                "PAYMENT_SOURCE_ACCOUNT_BALANCES_INVALID_SECURITY_QUESTION_ANSWER",
                "User entered incorrect details for a security question",
                _C.MFA_FAILED,
                (_S["seed-000"],),
                wording=(Wording("description", "provider", (_S["seed-000"],)),),
            ),
            CodeInfo(
                "PAYMENT_SOURCE_ACCOUNT_BALANCES_FAILED",
                "Lean was unable to update a user's account balances",
                _C.GENERIC_FAILURE,
                (_S["seed-000"],),
                wording=(Wording("description", "provider", (_S["seed-000"],)),),
            ),
            CodeInfo(
                "PAYMENT_SOURCE_ACCOUNT_BALANCES_CREDENTIALS_UPDATE_REQUIRED",
                "User needs to update credentials",
                _C.RECONNECT_REQUIRED,
                (_S["seed-000"],),
                wording=(Wording("description", "provider", (_S["seed-000"],)),),
            ),
            CodeInfo(
                "PAYMENT_SOURCE_ACCOUNT_BALANCES_INVALID_CREDENTIALS",
                "User entered incorrect credentials",
                _C.CREDENTIALS_INVALID,
                (_S["seed-000"],),
                wording=(Wording("description", "provider", (_S["seed-000"],)),),
            ),
            CodeInfo(
                "PAYMENT_SOURCE_ACCOUNT_BALANCES_EXHAUSTED_SECURITY_QUESTION_ATTEMPTS",
                "User exhausted security question answer attempts",
                _C.ATTEMPTS_EXHAUSTED,
                (_S["seed-000"],),
                wording=(Wording("description", "provider", (_S["seed-000"],)),),
            ),
            CodeInfo(
                "PAYMENT_SOURCE_ACCOUNT_BALANCES_EXHAUSTED_MFA_ATTEMPTS",
                "User exhausted OTP entry attempts",
                _C.ATTEMPTS_EXHAUSTED,
                (_S["seed-000"],),
                wording=(Wording("description", "provider", (_S["seed-000"],)),),
            ),
            CodeInfo(
                "CONSENT_EXPIRED",
                "Consent has expired",
                _C.RECONNECT_REQUIRED,
                (_S["lean-linksdk-statuses-ksa"],),
                scope=Scope(regions=("KSA",)),
                notes="Only in the KSA version of the statuses page, whose 8-row list is OK, ACTIVE, FAILED, UNKNOWN, REJECTED_BY_BANK, AWAITING_APP_AUTH, AWAITING_END_USER_AUTHORIZATION and CONSENT_EXPIRED.",
                wording=(
                    Wording("description", "provider", (_S["lean-linksdk-statuses-ksa"],)),
                    Wording("notes", "bankcodes", ()),
                ),
            ),
            CodeInfo(
                "SUCCESS",
                "Shown as secondary_status in the legacy callback example next to method LINK.",
                _C.SUCCESS,
                (_S["lean-rn-readme-legacy"],),
                editorial=True,
                lifecycle=Lifecycle(
                    "deprecated",
                    "Seen only in the legacy React Native README example; not in any documented secondary_status list.",
                ),
                wording=(Wording("description", "bankcodes", ()),),
            ),
        ),
    )
    return SecondaryStatus


def _CallbackMethod() -> type[CodeEnum]:
    class CallbackMethod(CodeEnum):
        """Legacy callback method: The method field of the legacy LinkSDK callback: which flow produced it. Absent from all current SDK typings.

        Wire field: CallbackData.method (legacy)."""

        LINK = "LINK"
        RECONNECT = "RECONNECT"
        CREATE_PAYMENT_SOURCE = "CREATE_PAYMENT_SOURCE"
        PAY = "PAY"

    register(
        CallbackMethod,
        CodeSetInfo(
            "lean",
            "callback_method",
            "Legacy callback method",
            "The method field of the legacy LinkSDK callback: which flow produced it. Absent from all current SDK typings.",
            "CallbackData.method (legacy)",
            (_S["lean-rn-readme-legacy"],),
        ),
        (
            CodeInfo(
                "LINK",
                "The callback comes from the link flow.",
                _C.INFORMATIONAL,
                (_S["lean-rn-readme-legacy"],),
                editorial=True,
                lifecycle=Lifecycle("deprecated", "The method field is gone from current SDKs."),
                wording=(Wording("description", "bankcodes", ()),),
            ),
            CodeInfo(
                "RECONNECT",
                "The callback comes from the reconnect flow.",
                _C.INFORMATIONAL,
                (_S["lean-rn-readme-legacy"],),
                editorial=True,
                lifecycle=Lifecycle("deprecated", "The method field is gone from current SDKs."),
                wording=(Wording("description", "bankcodes", ()),),
            ),
            CodeInfo(
                "CREATE_PAYMENT_SOURCE",
                "The callback comes from the createPaymentSource flow.",
                _C.INFORMATIONAL,
                (_S["lean-rn-readme-legacy"],),
                editorial=True,
                lifecycle=Lifecycle("deprecated", "The method field is gone from current SDKs."),
                wording=(Wording("description", "bankcodes", ()),),
            ),
            CodeInfo(
                "PAY",
                "The callback comes from the pay flow.",
                _C.INFORMATIONAL,
                (_S["lean-rn-readme-legacy"],),
                editorial=True,
                lifecycle=Lifecycle("deprecated", "The method field is gone from current SDKs."),
                wording=(Wording("description", "bankcodes", ()),),
            ),
        ),
    )
    return CallbackMethod


def _UserExitIntent() -> type[CodeEnum]:
    class UserExitIntent(CodeEnum):
        """User exit intent: What the end user said about a payment when leaving the SDK early.

        Wire field: CallbackData.user_exit_intent."""

        USER_CANCELLED_PAYMENT = "USER_CANCELLED_PAYMENT"
        USER_COMPLETED_PAYMENT = "USER_COMPLETED_PAYMENT"

    register(
        UserExitIntent,
        CodeSetInfo(
            "lean",
            "user_exit_intent",
            "User exit intent",
            "What the end user said about a payment when leaving the SDK early.",
            "CallbackData.user_exit_intent",
            (_S["lean-rn-readme"],),
        ),
        (
            CodeInfo(
                "USER_CANCELLED_PAYMENT",
                "The end user said they cancelled the payment.",
                _C.CANCELLED,
                (_S["lean-rn-readme"],),
                editorial=True,
                wording=(Wording("description", "bankcodes", ()),),
            ),
            CodeInfo(
                "USER_COMPLETED_PAYMENT",
                "The end user said they completed the payment; confirm it through the payment webhook.",
                _C.PENDING,
                (_S["lean-rn-readme"],),
                editorial=True,
                wording=(Wording("description", "bankcodes", ()),),
            ),
        ),
    )
    return UserExitIntent


def _Permission() -> type[CodeEnum]:
    class Permission(CodeEnum):
        """Permission: A permission requested from the end user in the permissions config field.

        Wire field: config.permissions[]."""

        identity = "identity"
        accounts = "accounts"
        balance = "balance"
        transactions = "transactions"
        payments = "payments"
        identities = "identities"
        beneficiaries = "beneficiaries"
        direct_debits = "direct_debits"
        standing_orders = "standing_orders"
        scheduled_payments = "scheduled_payments"

    register(
        Permission,
        CodeSetInfo(
            "lean",
            "permission",
            "Permission",
            "A permission requested from the end user in the permissions config field.",
            "config.permissions[]",
            (_S["lean-rn-enums"], _S["lean-web-readme-uae"]),
        ),
        (
            CodeInfo(
                "identity",
                "Access to the end user's identity data.",
                _C.INFORMATIONAL,
                (_S["lean-rn-enums"], _S["seed-002"]),
                editorial=True,
                wording=(Wording("description", "bankcodes", ()),),
            ),
            CodeInfo(
                "accounts",
                "Access to the list of accounts.",
                _C.INFORMATIONAL,
                (_S["lean-rn-enums"], _S["seed-002"]),
                editorial=True,
                wording=(Wording("description", "bankcodes", ()),),
            ),
            CodeInfo(
                "balance",
                "Access to account balances.",
                _C.INFORMATIONAL,
                (_S["lean-rn-enums"], _S["seed-002"]),
                editorial=True,
                wording=(Wording("description", "bankcodes", ()),),
            ),
            CodeInfo(
                "transactions",
                "Access to account transactions.",
                _C.INFORMATIONAL,
                (_S["lean-rn-enums"], _S["seed-002"]),
                editorial=True,
                wording=(Wording("description", "bankcodes", ()),),
            ),
            CodeInfo(
                "payments",
                "Permission to initiate payments.",
                _C.INFORMATIONAL,
                (_S["lean-rn-enums"], _S["lean-web-readme-uae"]),
                editorial=True,
                scope=Scope(regions=("UAE",)),
                notes="The Web SDK v2 README lists payments for AE only.",
                wording=(
                    Wording("description", "bankcodes", ()),
                    Wording("notes", "bankcodes", ()),
                ),
            ),
            CodeInfo(
                "identities",
                "Access to identity data (KSA).",
                _C.INFORMATIONAL,
                (_S["lean-rn-enums"], _S["lean-web-readme-uae"]),
                editorial=True,
                scope=Scope(regions=("KSA",)),
                notes="KSA-specific in the React Native enum; the Web SDK v2 README lists it for both AE and SA.",
                wording=(
                    Wording("description", "bankcodes", ()),
                    Wording("notes", "bankcodes", ()),
                ),
            ),
            CodeInfo(
                "beneficiaries",
                "Access to the account's beneficiaries.",
                _C.INFORMATIONAL,
                (_S["lean-rn-enums"], _S["lean-web-readme-uae"]),
                editorial=True,
                scope=Scope(regions=("KSA",)),
                notes="KSA-specific in the React Native enum; the Web SDK v2 README lists it for both AE and SA.",
                wording=(
                    Wording("description", "bankcodes", ()),
                    Wording("notes", "bankcodes", ()),
                ),
            ),
            CodeInfo(
                "direct_debits",
                "Access to the account's direct debits.",
                _C.INFORMATIONAL,
                (_S["lean-rn-enums"], _S["lean-web-ksa"]),
                editorial=True,
                scope=Scope(regions=("KSA",)),
                aliases=("directDebits",),
                notes="The KSA web page's callback example spells it directDebits.",
                wording=(
                    Wording("description", "bankcodes", ()),
                    Wording("notes", "bankcodes", ()),
                ),
            ),
            CodeInfo(
                "standing_orders",
                "Access to the account's standing orders.",
                _C.INFORMATIONAL,
                (_S["lean-rn-enums"], _S["lean-web-ksa"]),
                editorial=True,
                scope=Scope(regions=("KSA",)),
                aliases=("standingOrders",),
                notes="The KSA web page's callback example spells it standingOrders.",
                wording=(
                    Wording("description", "bankcodes", ()),
                    Wording("notes", "bankcodes", ()),
                ),
            ),
            CodeInfo(
                "scheduled_payments",
                "Access to the account's scheduled payments.",
                _C.INFORMATIONAL,
                (_S["lean-rn-enums"], _S["lean-web-ksa"]),
                editorial=True,
                scope=Scope(regions=("KSA",)),
                aliases=("scheduledPayments",),
                notes="The KSA web page's callback example spells it scheduledPayments.",
                wording=(
                    Wording("description", "bankcodes", ()),
                    Wording("notes", "bankcodes", ()),
                ),
            ),
        ),
    )
    return Permission


def _SdkMethod() -> type[CodeEnum]:
    class SdkMethod(CodeEnum):
        """LinkSDK method: A LinkSDK method; each one is a distinct user-facing flow.

        Wire field: Lean.<method>(config)."""

        connect = "connect"
        reconnect = "reconnect"
        pay = "pay"
        checkout = "checkout"
        updatePaymentSource = "updatePaymentSource"
        verifyAddress = "verifyAddress"
        authorizeConsent = "authorizeConsent"
        manageConsents = "manageConsents"
        captureRedirect = "captureRedirect"
        createBeneficiary = "createBeneficiary"
        createPaymentSource = "createPaymentSource"
        link = "link"

    register(
        SdkMethod,
        CodeSetInfo(
            "lean",
            "sdk_method",
            "LinkSDK method",
            "A LinkSDK method; each one is a distinct user-facing flow.",
            "Lean.<method>(config)",
            (_S["lean-flows-reference"], _S["seed-002"]),
        ),
        (
            CodeInfo(
                "connect",
                "Links a customer's bank account with Lean. Walks the user through bank selection, authentication, and consent for the permissions you request.",
                _C.INFORMATIONAL,
                (_S["seed-002"],),
                wording=(Wording("description", "provider", (_S["seed-002"],)),),
            ),
            CodeInfo(
                "reconnect",
                "Re-authenticates a customer's existing connection when it breaks (e.g. bank-side password change).",
                _C.INFORMATIONAL,
                (_S["seed-002"],),
                wording=(Wording("description", "provider", (_S["seed-002"],)),),
            ),
            CodeInfo(
                "pay",
                "Initiate a bank-to-bank payment.",
                _C.INFORMATIONAL,
                (_S["lean-flows-reference"],),
                wording=(Wording("description", "provider", (_S["lean-flows-reference"],)),),
            ),
            CodeInfo(
                "checkout",
                "One-off guest payment authorisation (Open Finance).",
                _C.INFORMATIONAL,
                (_S["lean-flows-reference"],),
                wording=(Wording("description", "provider", (_S["lean-flows-reference"],)),),
            ),
            CodeInfo(
                "updatePaymentSource",
                "Add a new beneficiary to an existing payment source.",
                _C.INFORMATIONAL,
                (_S["lean-flows-reference"],),
                wording=(Wording("description", "provider", (_S["lean-flows-reference"],)),),
            ),
            CodeInfo(
                "verifyAddress",
                "Proof-of-address check using bank identity data.",
                _C.INFORMATIONAL,
                (_S["lean-flows-reference"],),
                wording=(Wording("description", "provider", (_S["lean-flows-reference"],)),),
            ),
            CodeInfo(
                "authorizeConsent",
                "Grant a long-lived Account-on-File consent (Open Finance).",
                _C.INFORMATIONAL,
                (_S["lean-flows-reference"],),
                wording=(Wording("description", "provider", (_S["lean-flows-reference"],)),),
            ),
            CodeInfo(
                "manageConsents",
                "Customer-facing consent management screen.",
                _C.INFORMATIONAL,
                (_S["lean-flows-reference"],),
                wording=(Wording("description", "provider", (_S["lean-flows-reference"],)),),
            ),
            CodeInfo(
                "captureRedirect",
                "Show the outcome screen after an Open Finance redirect.",
                _C.INFORMATIONAL,
                (_S["lean-flows-reference"],),
                wording=(Wording("description", "provider", (_S["lean-flows-reference"],)),),
            ),
            CodeInfo(
                "createBeneficiary",
                "Alias for updatePaymentSource. On Android, createBeneficiary is still the primary name; everywhere else it's the deprecated alias.",
                _C.INFORMATIONAL,
                (_S["seed-002"],),
                lifecycle=Lifecycle(
                    "deprecated",
                    "Deprecated except on Android; still works but will be removed in a future major release.",
                    replaced_by="updatePaymentSource",
                ),
                wording=(Wording("description", "provider", (_S["seed-002"],)),),
            ),
            CodeInfo(
                "createPaymentSource",
                'Alias for connect with permissions: ["payments"] forced. Retained for older integrations where the customer already has data permissions and only needs payments. New integrations should call connect directly with the desired permissions.',
                _C.INFORMATIONAL,
                (_S["seed-002"],),
                lifecycle=Lifecycle(
                    "deprecated",
                    "Still works but will be removed in a future major release; call connect with the desired permissions.",
                    replaced_by="connect",
                ),
                wording=(Wording("description", "provider", (_S["seed-002"],)),),
            ),
            CodeInfo(
                "link",
                "Legacy data-only connect kept by the React Native and Flutter SDKs.",
                _C.INFORMATIONAL,
                (_S["lean-rn-sdk-types"],),
                editorial=True,
                scope=Scope(sdks=("react-native", "flutter")),
                lifecycle=Lifecycle(
                    "deprecated",
                    "Legacy method; new integrations use connect.",
                    replaced_by="connect",
                ),
                wording=(Wording("description", "bankcodes", ()),),
            ),
        ),
    )
    return SdkMethod


def _WebhookEventType() -> type[CodeEnum]:
    class WebhookEventType(CodeEnum):
        """Webhook event type: The type field of a Lean webhook, in the form object.action.

        Wire field: webhook.type."""

        ENTITY_CREATED = "entity.created"
        ENTITY_UPDATED = "entity.updated"
        ENTITY_RECONNECTED = "entity.reconnected"
        ENTITY_DATA_REFRESH_UPDATED = "entity.data.refresh.updated"
        RESULTS_READY = "results.ready"
        PAYMENT_SOURCE_CREATED = "payment_source.created"
        PAYMENT_SOURCE_BENEFICIARY_CREATED = "payment_source.beneficiary.created"
        PAYMENT_SOURCE_BENEFICIARY_UPDATED = "payment_source.beneficiary.updated"
        PAYMENT_INTENT_CREATED = "payment_intent.created"
        PAYMENT_CREATED = "payment.created"
        PAYMENT_UPDATED = "payment.updated"
        PAYMENT_TRANSACTION = "payment.transaction"
        PAYMENT_RECONCILIATION_UPDATED = "payment.reconciliation.updated"
        BANK_AVAILABILITY_UPDATED = "bank.availability.updated"
        CONSENT_STATUS_UPDATED = "consent.status.updated"

    register(
        WebhookEventType,
        CodeSetInfo(
            "lean",
            "webhook_event_type",
            "Webhook event type",
            "The type field of a Lean webhook, in the form object.action.",
            "webhook.type",
            (_S["lean-webhook-structure"], _S["lean-webhook-library"]),
        ),
        (
            CodeInfo(
                "entity.created",
                "An entity (a connection to a bank) was created.",
                _C.INFORMATIONAL,
                (
                    _S["lean-webhook-library-ksa"],
                    _S["lean-postman-ksa-webhooks"],
                    _S["lean-postman-uae-webhooks"],
                ),
                editorial=True,
                wording=(Wording("description", "bankcodes", ()),),
            ),
            CodeInfo(
                "entity.updated",
                "An entity changed: consent change, re-connect or revocation.",
                _C.INFORMATIONAL,
                (_S["lean-webhook-library-ksa"], _S["lean-handle-expired-consent"]),
                editorial=True,
                wording=(Wording("description", "bankcodes", ()),),
            ),
            CodeInfo(
                "entity.reconnected",
                "An entity was reconnected; the payload carries the reconnect_id.",
                _C.INFORMATIONAL,
                (_S["lean-handling-reconnects"],),
                editorial=True,
                wording=(Wording("description", "bankcodes", ()),),
            ),
            CodeInfo(
                "entity.data.refresh.updated",
                "The status of a data refresh for an entity changed.",
                _C.INFORMATIONAL,
                (
                    _S["lean-migrating-data-store"],
                    _S["lean-postman-ksa-webhooks"],
                    _S["lean-postman-uae-webhooks"],
                ),
                editorial=True,
                wording=(Wording("description", "bankcodes", ()),),
            ),
            CodeInfo(
                "results.ready",
                "The results of an asynchronous request are ready; the payload id is the results_id.",
                _C.INFORMATIONAL,
                (_S["lean-async-requests"],),
                editorial=True,
                wording=(Wording("description", "bankcodes", ()),),
            ),
            CodeInfo(
                "payment_source.created",
                "This webhook is triggered when your customer successfully creates a payment source using the Link SDKs Connect() or CreatePaymentSource() functions.",
                _C.INFORMATIONAL,
                (_S["lean-webhook-library"], _S["lean-postman-uae-webhooks"]),
                message="A payment source was pre-authorized by your customer.",
                lifecycle=Lifecycle(
                    "deprecated",
                    "Lean's webhook library says this event will soon be deprecated and recommends acting on payment_source.beneficiary.updated instead.",
                    replaced_by="payment_source.beneficiary.updated",
                ),
                wording=(
                    Wording("description", "provider", (_S["lean-webhook-library"],)),
                    Wording("message", "provider", (_S["lean-webhook-library"],)),
                ),
            ),
            CodeInfo(
                "payment_source.beneficiary.created",
                "This webhook is triggered when your customer successfully creates a payment source using the Link SDKs Connect() or CreatePaymentSource() functions. This webhook is also triggered when a destination is added to a payment source using the Link SDK UpdatePaymentSource() function which creates a new beneficiary object within the payment source.",
                _C.INFORMATIONAL,
                (_S["lean-webhook-library"], _S["lean-postman-uae-webhooks"]),
                wording=(Wording("description", "provider", (_S["lean-webhook-library"],)),),
            ),
            CodeInfo(
                "payment_source.beneficiary.updated",
                "A payment source beneficiary changed.",
                _C.INFORMATIONAL,
                (_S["lean-webhook-library"],),
                editorial=True,
                wording=(Wording("description", "bankcodes", ()),),
            ),
            CodeInfo(
                "payment_intent.created",
                "A payment intent was created.",
                _C.INFORMATIONAL,
                (_S["lean-postman-uae-webhooks"],),
                editorial=True,
                wording=(Wording("description", "bankcodes", ()),),
            ),
            CodeInfo(
                "payment.created",
                "A payment request was created with the bank; carries the initial status, which can be intermediate or terminal.",
                _C.INFORMATIONAL,
                (_S["lean-payment-statuses"],),
                editorial=True,
                wording=(Wording("description", "bankcodes", ()),),
            ),
            CodeInfo(
                "payment.updated",
                "A later status update of a payment.",
                _C.INFORMATIONAL,
                (_S["lean-payment-statuses"],),
                editorial=True,
                wording=(Wording("description", "bankcodes", ()),),
            ),
            CodeInfo(
                "payment.transaction",
                "A payment moved along its lifecycle (CREATED, PROCESSING, PROCESSED or FAILED).",
                _C.INFORMATIONAL,
                (_S["lean-payment-lifecycle"],),
                editorial=True,
                wording=(Wording("description", "bankcodes", ()),),
            ),
            CodeInfo(
                "payment.reconciliation.updated",
                "The reconciliation status of a payment changed.",
                _C.INFORMATIONAL,
                (_S["lean-postman-reconciliation"],),
                editorial=True,
                wording=(Wording("description", "bankcodes", ()),),
            ),
            CodeInfo(
                "bank.availability.updated",
                "The availability of a bank for payments or data changed.",
                _C.INFORMATIONAL,
                (_S["lean-postman-ksa-webhooks"],),
                editorial=True,
                wording=(Wording("description", "bankcodes", ()),),
            ),
            CodeInfo(
                "consent.status.updated",
                "The status of a consent changed.",
                _C.INFORMATIONAL,
                (_S["lean-consent-lifecycle"], _S["lean-consent-management"]),
                editorial=True,
                wording=(Wording("description", "bankcodes", ()),),
            ),
        ),
    )
    return WebhookEventType


def _PaymentStatus() -> type[CodeEnum]:
    class PaymentStatus(CodeEnum):
        """Payment status: The status of a payment in the payment.created and payment.updated webhooks. payment.created may carry an intermediate or a terminal status. Lean's payment statuses page shows only these two in its examples, and the complete list it links to is not published on the pages the catalog cites; any other status parses as an unknown code (classify it with code_set="payment_status"; without it, a value such as REJECTED_BY_BANK is answered by the LinkSDK secondary status set).

        Wire field: payment.created / payment.updated payload.status."""

        PENDING_WITH_BANK = "PENDING_WITH_BANK"
        ACCEPTED_BY_BANK = "ACCEPTED_BY_BANK"

    register(
        PaymentStatus,
        CodeSetInfo(
            "lean",
            "payment_status",
            "Payment status",
            'The status of a payment in the payment.created and payment.updated webhooks. payment.created may carry an intermediate or a terminal status. Lean\'s payment statuses page shows only these two in its examples, and the complete list it links to is not published on the pages the catalog cites; any other status parses as an unknown code (classify it with code_set="payment_status"; without it, a value such as REJECTED_BY_BANK is answered by the LinkSDK secondary status set).',
            "payment.created / payment.updated payload.status",
            (_S["lean-payment-statuses"],),
        ),
        (
            CodeInfo(
                "PENDING_WITH_BANK",
                "Payment is pending with the bank",
                _C.PENDING,
                (_S["lean-payment-statuses"], _S["seed-000"], _S["lean-help-pending-with-bank"]),
                notes="Lean's help centre: when a payment initiation has a final status of PENDING_WITH_BANK, the bank has accepted the initiation but has not provided a transactional reference; such payments may be processed by the bank at a future date and require manual reconciliation.",
                wording=(
                    Wording(
                        "description",
                        "provider",
                        (
                            _S["lean-payment-statuses"],
                            _S["seed-000"],
                            _S["lean-help-pending-with-bank"],
                        ),
                    ),
                    Wording("notes", "bankcodes", ()),
                ),
            ),
            CodeInfo(
                "ACCEPTED_BY_BANK",
                "Bank confirmed payment initiation",
                _C.SUCCESS,
                (_S["lean-payment-statuses"], _S["seed-000"]),
                wording=(
                    Wording(
                        "description", "provider", (_S["lean-payment-statuses"], _S["seed-000"])
                    ),
                ),
            ),
        ),
    )
    return PaymentStatus


def _PaymentLifecycleStatus() -> type[CodeEnum]:
    class PaymentLifecycleStatus(CodeEnum):
        """Payment lifecycle status: The status of a payment in the payment.transaction webhook: CREATED, then PROCESSING, then PROCESSED or FAILED.

        Wire field: payment.transaction payload.status."""

        CREATED = "CREATED"
        PROCESSING = "PROCESSING"
        PROCESSED = "PROCESSED"
        FAILED = "FAILED"

    register(
        PaymentLifecycleStatus,
        CodeSetInfo(
            "lean",
            "payment_lifecycle_status",
            "Payment lifecycle status",
            "The status of a payment in the payment.transaction webhook: CREATED, then PROCESSING, then PROCESSED or FAILED.",
            "payment.transaction payload.status",
            (_S["lean-payment-lifecycle"],),
        ),
        (
            CodeInfo(
                "CREATED",
                "An internal transaction record has been created, but no interaction with the bank has occurred yet.",
                _C.PENDING,
                (_S["lean-payment-lifecycle"],),
                wording=(Wording("description", "provider", (_S["lean-payment-lifecycle"],)),),
            ),
            CodeInfo(
                "PROCESSING",
                "The transaction has been submitted or is being attempted at the bank.",
                _C.PENDING,
                (_S["lean-payment-lifecycle"],),
                wording=(Wording("description", "provider", (_S["lean-payment-lifecycle"],)),),
            ),
            CodeInfo(
                "PROCESSED",
                "The final successful state.",
                _C.SUCCESS,
                (_S["lean-payment-lifecycle"],),
                wording=(Wording("description", "provider", (_S["lean-payment-lifecycle"],)),),
            ),
            CodeInfo(
                "FAILED",
                "The final unsuccessful state.",
                _C.GENERIC_FAILURE,
                (_S["lean-payment-lifecycle"],),
                retryable=False,
                notes="Lean's payment lifecycle page lists its causes: validation issues before any bank initiation, repeated unsuccessful initiation attempts, or the bank rejecting the transaction (declined, insufficient funds). The payment itself is final; a new payment may be started once the cause is known.",
                wording=(
                    Wording("description", "provider", (_S["lean-payment-lifecycle"],)),
                    Wording("notes", "bankcodes", ()),
                ),
            ),
        ),
    )
    return PaymentLifecycleStatus


def _PaymentSourceStatus() -> type[CodeEnum]:
    class PaymentSourceStatus(CodeEnum):
        """Payment source status: The status of a payment source or beneficiary in the payment_source webhooks.

        Wire field: payment_source.* payload.status."""

        AWAITING_BENEFICIARY_COOL_OFF = "AWAITING_BENEFICIARY_COOL_OFF"
        ACTIVE = "ACTIVE"

    register(
        PaymentSourceStatus,
        CodeSetInfo(
            "lean",
            "payment_source_status",
            "Payment source status",
            "The status of a payment source or beneficiary in the payment_source webhooks.",
            "payment_source.* payload.status",
            (_S["lean-webhook-library"], _S["lean-postman-uae-webhooks"]),
        ),
        (
            CodeInfo(
                "AWAITING_BENEFICIARY_COOL_OFF",
                "The beneficiary is in its cool-off period before it can be paid.",
                _C.PENDING,
                (_S["lean-webhook-library"], _S["lean-postman-uae-webhooks"]),
                editorial=True,
                wording=(Wording("description", "bankcodes", ()),),
            ),
            CodeInfo(
                "ACTIVE",
                "The payment source or beneficiary is active.",
                _C.SUCCESS,
                (_S["lean-webhook-library"], _S["lean-postman-uae-webhooks"]),
                editorial=True,
                wording=(Wording("description", "bankcodes", ()),),
            ),
        ),
    )
    return PaymentSourceStatus


def _PaymentIntentStatus() -> type[CodeEnum]:
    class PaymentIntentStatus(CodeEnum):
        """Payment intent status: The status of a payment intent in the payment_intent.created webhook.

        Wire field: payment_intent.created payload.status."""

        INTENT_CREATED = "INTENT_CREATED"

    register(
        PaymentIntentStatus,
        CodeSetInfo(
            "lean",
            "payment_intent_status",
            "Payment intent status",
            "The status of a payment intent in the payment_intent.created webhook.",
            "payment_intent.created payload.status",
            (_S["lean-postman-uae-webhooks"],),
        ),
        (
            CodeInfo(
                "INTENT_CREATED",
                "The payment intent was created.",
                _C.PENDING,
                (_S["lean-postman-uae-webhooks"],),
                editorial=True,
                wording=(Wording("description", "bankcodes", ()),),
            ),
        ),
    )
    return PaymentIntentStatus


def _ReconciliationStatus() -> type[CodeEnum]:
    class ReconciliationStatus(CodeEnum):
        """Payment reconciliation status: The status in the payment.reconciliation.updated webhook.

        Wire field: payment.reconciliation.updated payload.status."""

        RECONCILED = "RECONCILED"

    register(
        ReconciliationStatus,
        CodeSetInfo(
            "lean",
            "reconciliation_status",
            "Payment reconciliation status",
            "The status in the payment.reconciliation.updated webhook.",
            "payment.reconciliation.updated payload.status",
            (_S["lean-postman-uae-webhooks"],),
        ),
        (
            CodeInfo(
                "RECONCILED",
                "The payment was reconciled.",
                _C.SUCCESS,
                (_S["lean-postman-uae-webhooks"],),
                editorial=True,
                wording=(Wording("description", "bankcodes", ()),),
            ),
        ),
    )
    return ReconciliationStatus


def _DataRefreshStatus() -> type[CodeEnum]:
    class DataRefreshStatus(CodeEnum):
        """Data refresh status: The status in the entity.data.refresh.updated webhook. Lean's own sample files disagree by region on the final value.

        Wire field: entity.data.refresh.updated payload.status."""

        PENDING = "PENDING"
        FINISHED = "FINISHED"
        OK = "OK"

    register(
        DataRefreshStatus,
        CodeSetInfo(
            "lean",
            "data_refresh_status",
            "Data refresh status",
            "The status in the entity.data.refresh.updated webhook. Lean's own sample files disagree by region on the final value.",
            "entity.data.refresh.updated payload.status",
            (
                _S["lean-migrating-data-store"],
                _S["lean-postman-ksa-webhooks"],
                _S["lean-postman-uae-webhooks"],
            ),
        ),
        (
            CodeInfo(
                "PENDING",
                "The data refresh has started and is not finished.",
                _C.PENDING,
                (_S["lean-migrating-data-store"],),
                editorial=True,
                wording=(Wording("description", "bankcodes", ()),),
            ),
            CodeInfo(
                "FINISHED",
                "The data refresh finished.",
                _C.SUCCESS,
                (_S["lean-migrating-data-store"], _S["lean-postman-ksa-webhooks"]),
                editorial=True,
                scope=Scope(regions=("KSA",)),
                wording=(Wording("description", "bankcodes", ()),),
            ),
            CodeInfo(
                "OK",
                "The data refresh finished (UAE sample payload).",
                _C.SUCCESS,
                (_S["lean-postman-uae-webhooks"],),
                editorial=True,
                scope=Scope(regions=("UAE",)),
                wording=(Wording("description", "bankcodes", ()),),
            ),
        ),
    )
    return DataRefreshStatus


def _DataApiStatus() -> type[CodeEnum]:
    class DataApiStatus(CodeEnum):
        """Data API status: The top-level status of a Data API response.

        Wire field: Data API response.status."""

        OK = "OK"
        PENDING = "PENDING"
        RECONNECT_REQUIRED = "RECONNECT_REQUIRED"
        CONSENT_EXPIRED = "CONSENT_EXPIRED"
        FAILED = "FAILED"

    register(
        DataApiStatus,
        CodeSetInfo(
            "lean",
            "data_api_status",
            "Data API status",
            "The top-level status of a Data API response.",
            "Data API response.status",
            (_S["lean-data-errors-ksa"], _S["lean-handling-reconnects"], _S["lean-async-requests"]),
        ),
        (
            CodeInfo(
                "OK",
                "The request succeeded and the data is in the response.",
                _C.SUCCESS,
                (
                    _S["lean-data-errors-ksa"],
                    _S["lean-handling-reconnects"],
                    _S["lean-async-requests"],
                ),
                editorial=True,
                wording=(Wording("description", "bankcodes", ()),),
            ),
            CodeInfo(
                "PENDING",
                "The data is not ready; the response carries a results_id and a results.ready webhook follows.",
                _C.PENDING,
                (_S["lean-async-requests"],),
                editorial=True,
                wording=(Wording("description", "bankcodes", ()),),
            ),
            CodeInfo(
                "RECONNECT_REQUIRED",
                "The entity must be reconnected; the response carries the reconnect_id for the reconnect flow.",
                _C.RECONNECT_REQUIRED,
                (_S["lean-handling-reconnects"],),
                editorial=True,
                notes="The reconnect_id is in payload.reconnect_id, or results_id in the v2 UAE documentation; its expiry is documented as 7 days in one copy of the page and 30 days in another.",
                wording=(
                    Wording("description", "bankcodes", ()),
                    Wording("notes", "bankcodes", ()),
                ),
            ),
            CodeInfo(
                "CONSENT_EXPIRED",
                "The consent behind the entity has expired.",
                _C.RECONNECT_REQUIRED,
                (_S["lean-handle-expired-consent"],),
                editorial=True,
                wording=(Wording("description", "bankcodes", ()),),
            ),
            CodeInfo(
                "FAILED",
                "The request failed; granular_status_code and status_additional_info say why.",
                _C.GENERIC_FAILURE,
                (_S["lean-data-errors-ksa"],),
                editorial=True,
                wording=(Wording("description", "bankcodes", ()),),
            ),
        ),
    )
    return DataApiStatus


def _GranularStatusCode() -> type[CodeEnum]:
    class GranularStatusCode(CodeEnum):
        """Data API granular status code: The granular_status_code of a FAILED Data API response. The published list is longer than the part that could be retrieved.

        Wire field: Data API response.granular_status_code."""

        UNSEEN_BANK_ERROR = "UNSEEN_BANK_ERROR"
        BANK_MAINTENANCE = "BANK_MAINTENANCE"
        BANK_ISSUE = "BANK_ISSUE"
        LEAN_ERROR = "LEAN_ERROR"
        DISABLED_BY_LEAN = "DISABLED_BY_LEAN"
        DISABLED_BY_CLIENT = "DISABLED_BY_CLIENT"
        DUPLICATED_REQUEST = "DUPLICATED_REQUEST"

    register(
        GranularStatusCode,
        CodeSetInfo(
            "lean",
            "granular_status_code",
            "Data API granular status code",
            "The granular_status_code of a FAILED Data API response. The published list is longer than the part that could be retrieved.",
            "Data API response.granular_status_code",
            (_S["lean-data-errors-ksa"],),
        ),
        (
            CodeInfo(
                "UNSEEN_BANK_ERROR",
                "Your bank has reported an error, please try again later. If this error continues, please contact customer service.",
                _C.GENERIC_FAILURE,
                (_S["lean-data-errors-ksa"],),
                user_message="Your bank has reported an error, please try again later. If this error continues, please contact customer service.",
                notes='Lean\'s "What to do" for the integrator: "Wait for some time before making a new request as this might be an intermittent issue. If the issue persists, contact Lean."',
                wording=(
                    Wording("description", "provider", (_S["lean-data-errors-ksa"],)),
                    Wording("user_message", "provider", (_S["lean-data-errors-ksa"],)),
                    Wording("notes", "bankcodes", (_S["lean-data-errors-ksa"],)),
                ),
            ),
            CodeInfo(
                "BANK_MAINTENANCE",
                "Your bank is currently undergoing technical maintenance and online services are unavailable. Please try again later.",
                _C.INSTITUTION_UNAVAILABLE,
                (_S["lean-data-errors-ksa"],),
                user_message="Your bank is currently undergoing technical maintenance and online services are unavailable. Please try again later.",
                notes='Lean\'s "What to do" for the integrator: "Wait for some time before making a new request. This is outside of Lean\'s control but should resolve itself within a few hours."',
                wording=(
                    Wording("description", "provider", (_S["lean-data-errors-ksa"],)),
                    Wording("user_message", "provider", (_S["lean-data-errors-ksa"],)),
                    Wording("notes", "bankcodes", (_S["lean-data-errors-ksa"],)),
                ),
            ),
            CodeInfo(
                "BANK_ISSUE",
                "Your bank is currently experiencing technological problems. Please try again later.",
                _C.INSTITUTION_UNAVAILABLE,
                (_S["lean-data-errors-ksa"],),
                user_message="Your bank is currently experiencing technological problems. Please try again later.",
                notes='Lean\'s "What to do" for the integrator: "Wait for some time before making a new request. This is outside of Lean\'s control but should resolve itself within a few hours."',
                wording=(
                    Wording("description", "provider", (_S["lean-data-errors-ksa"],)),
                    Wording("user_message", "provider", (_S["lean-data-errors-ksa"],)),
                    Wording("notes", "bankcodes", (_S["lean-data-errors-ksa"],)),
                ),
            ),
            CodeInfo(
                "LEAN_ERROR",
                "We are unable to process this request, please try again later. If you continue to see this error, please get in touch with customer support with the support code below.",
                _C.GENERIC_FAILURE,
                (_S["lean-data-errors-ksa"],),
                user_message="We are unable to process this request, please try again later. If you continue to see this error, please get in touch with customer support with the support code below.",
                notes='Lean\'s "What to do" for the integrator: "Wait for some time before making a new request as this might be an intermittent issue. If the issue persists, contact Lean."',
                wording=(
                    Wording("description", "provider", (_S["lean-data-errors-ksa"],)),
                    Wording("user_message", "provider", (_S["lean-data-errors-ksa"],)),
                    Wording("notes", "bankcodes", (_S["lean-data-errors-ksa"],)),
                ),
            ),
            CodeInfo(
                "DISABLED_BY_LEAN",
                "This functionality has been temporarily disabled for this bank. Please try again later.",
                _C.INSTITUTION_UNAVAILABLE,
                (_S["lean-data-errors-ksa"],),
                user_message="This functionality has been temporarily disabled for this bank. Please try again later.",
                notes='Lean\'s "What to do" for the integrator: "You should have received a webhook indicating the bank has been disabled. You should disable it on your side and reenable it once you receive a webhook indicating the bank has been reenabled."',
                wording=(
                    Wording("description", "provider", (_S["lean-data-errors-ksa"],)),
                    Wording("user_message", "provider", (_S["lean-data-errors-ksa"],)),
                    Wording("notes", "bankcodes", (_S["lean-data-errors-ksa"],)),
                ),
            ),
            CodeInfo(
                "DISABLED_BY_CLIENT",
                "This application has temporarily disabled functionality for this bank. Please try again later.",
                _C.INTEGRATION_ERROR,
                (_S["lean-data-errors-ksa"],),
                user_message="This application has temporarily disabled functionality for this bank. Please try again later.",
                notes='Lean\'s "What to do" for the integrator: "Reenable the bank from the Lean dashboard."',
                wording=(
                    Wording("description", "provider", (_S["lean-data-errors-ksa"],)),
                    Wording("user_message", "provider", (_S["lean-data-errors-ksa"],)),
                    Wording("notes", "bankcodes", (_S["lean-data-errors-ksa"],)),
                ),
            ),
            CodeInfo(
                "DUPLICATED_REQUEST",
                "A request to this endpoint has already been made for the same entity and associated parameters. Please wait for the response or wait for one minute before making an",
                _C.CONCURRENT_OPERATION,
                (_S["lean-data-errors-ksa"],),
                notes='The retrievable copy of the page cuts this row short after "before making an"; the text is given as far as it goes.',
                wording=(
                    Wording("description", "provider", (_S["lean-data-errors-ksa"],)),
                    Wording("notes", "bankcodes", (_S["lean-data-errors-ksa"],)),
                ),
            ),
        ),
    )
    return GranularStatusCode


def _ApiErrorStatus() -> type[CodeEnum]:
    class ApiErrorStatus(CodeEnum):
        """API error status: The status of a general error response of the Lean API. The published table is longer than the part that could be retrieved.

        Wire field: API response.status."""

        CERTIFICATE_TOKEN_MISMATCH = "CERTIFICATE_TOKEN_MISMATCH"
        CUSTOMER_ALREADY_EXISTS = "CUSTOMER_ALREADY_EXISTS"
        INCORRECT_ACCESS_LEVEL = "INCORRECT_ACCESS_LEVEL"
        INSUFFICIENT_ACCESS_LEVEL = "INSUFFICIENT_ACCESS_LEVEL"
        INTERNAL_SERVER_ERROR = "INTERNAL_SERVER_ERROR"
        INVALID_CERTIFICATE = "INVALID_CERTIFICATE"
        INVALID_HTTP_METHOD = "INVALID_HTTP_METHOD"
        INVALID_PARAMETERS = "INVALID_PARAMETERS"
        INVALID_URL = "INVALID_URL"
        MISSING_PARAMETERS = "MISSING_PARAMETERS"
        RATE_LIMIT_EXCEEDED = "RATE_LIMIT_EXCEEDED"

    register(
        ApiErrorStatus,
        CodeSetInfo(
            "lean",
            "api_error_status",
            "API error status",
            "The status of a general error response of the Lean API. The published table is longer than the part that could be retrieved.",
            "API response.status",
            (_S["lean-general-errors"],),
        ),
        (
            CodeInfo(
                "CERTIFICATE_TOKEN_MISMATCH",
                "The mTLS certificate used for the API call is a valid certificate issued by Lean but does not match the certificate that is assigned to the application token you have provided in the header.",
                _C.INTEGRATION_ERROR,
                (_S["lean-general-errors"],),
                http=(HttpStatus(401, (_S["lean-general-errors"],)),),
                wording=(Wording("description", "provider", (_S["lean-general-errors"],)),),
            ),
            CodeInfo(
                "CUSTOMER_ALREADY_EXISTS",
                "A Lean customer object already exists for the app_user_id you have provided.",
                _C.INTEGRATION_ERROR,
                (_S["lean-general-errors"],),
                http=(HttpStatus(409, (_S["lean-general-errors"],)),),
                wording=(Wording("description", "provider", (_S["lean-general-errors"],)),),
            ),
            CodeInfo(
                "INCORRECT_ACCESS_LEVEL",
                "You are making a call to a service that you do not have the correct access permission levels for.",
                _C.INTEGRATION_ERROR,
                (_S["lean-general-errors"],),
                http=(HttpStatus(403, (_S["lean-general-errors"],)),),
                wording=(Wording("description", "provider", (_S["lean-general-errors"],)),),
            ),
            CodeInfo(
                "INSUFFICIENT_ACCESS_LEVEL",
                "You are making a call to the production endpoint whereas your application only has access to the sandbox environment. Make the same API call with sandbox.leantech.me/foo instead of api.leantech.me/foo.",
                _C.INTEGRATION_ERROR,
                (_S["lean-general-errors"],),
                http=(HttpStatus(403, (_S["lean-general-errors"],)),),
                wording=(Wording("description", "provider", (_S["lean-general-errors"],)),),
            ),
            CodeInfo(
                "INTERNAL_SERVER_ERROR",
                "This one's on us. Something has gone wrong in our system and you should let us know.",
                _C.GENERIC_FAILURE,
                (_S["lean-general-errors"],),
                http=(HttpStatus(500, (_S["lean-general-errors"],)),),
                wording=(Wording("description", "provider", (_S["lean-general-errors"],)),),
            ),
            CodeInfo(
                "INVALID_CERTIFICATE",
                "The provided certificate is not valid.",
                _C.INTEGRATION_ERROR,
                (_S["lean-general-errors"],),
                http=(HttpStatus(403, (_S["lean-general-errors"],)),),
                wording=(Wording("description", "provider", (_S["lean-general-errors"],)),),
            ),
            CodeInfo(
                "INVALID_HTTP_METHOD",
                "The HTTP method used for the API call is incorrect but the URL is correct. You've likely used a GET instead of a POST or vice versa.",
                _C.INTEGRATION_ERROR,
                (_S["lean-general-errors"],),
                http=(HttpStatus(405, (_S["lean-general-errors"],)),),
                wording=(Wording("description", "provider", (_S["lean-general-errors"],)),),
            ),
            CodeInfo(
                "INVALID_PARAMETERS",
                "One or more parameters specified in the request body were invalid. This could be an unrecognized or misspelled key or an ill formatted value. We are always trying to be more specific with which parameter was invalid so you should contact us and tell us when you see this error so we can make a specific INVALID_[PARAMETERNAME] error for it.",
                _C.INTEGRATION_ERROR,
                (_S["lean-general-errors"],),
                http=(HttpStatus(400, (_S["lean-general-errors"],)),),
                wording=(Wording("description", "provider", (_S["lean-general-errors"],)),),
            ),
            CodeInfo(
                "INVALID_URL",
                "The URL specified for this request is invalid. Double check the spelling and whether you used the plural or singular of a noun.",
                _C.INTEGRATION_ERROR,
                (_S["lean-general-errors"],),
                http=(HttpStatus(404, (_S["lean-general-errors"],)),),
                wording=(Wording("description", "provider", (_S["lean-general-errors"],)),),
            ),
            CodeInfo(
                "MISSING_PARAMETERS",
                "A parameter required for this request was not specified.",
                _C.INTEGRATION_ERROR,
                (_S["lean-general-errors"],),
                http=(HttpStatus(400, (_S["lean-general-errors"],)),),
                wording=(Wording("description", "provider", (_S["lean-general-errors"],)),),
            ),
            CodeInfo(
                "RATE_LIMIT_EXCEEDED",
                "Too many requests were sent in a period of time.",
                _C.RATE_LIMITED,
                (_S["lean-general-errors"],),
                editorial=True,
                http=(HttpStatus(429, (_S["lean-general-errors"],)),),
                notes="The retrievable copy of the page cuts this row's description short.",
                wording=(
                    Wording("description", "bankcodes", ()),
                    Wording("notes", "bankcodes", ()),
                ),
            ),
        ),
    )
    return ApiErrorStatus


def _ConsentStatus() -> type[CodeEnum]:
    class ConsentStatus(CodeEnum):
        """Consent status: The status of an Open Finance consent, reported by consent.status.updated.

        Wire field: consent.status.updated payload.status."""

        AWAITING_AUTHORISATION = "AWAITING_AUTHORISATION"
        AUTHORISED = "AUTHORISED"
        REVOKED = "REVOKED"
        REJECTED = "REJECTED"
        EXPIRED = "EXPIRED"
        CONSUMED = "CONSUMED"
        SUSPENDED = "SUSPENDED"

    register(
        ConsentStatus,
        CodeSetInfo(
            "lean",
            "consent_status",
            "Consent status",
            "The status of an Open Finance consent, reported by consent.status.updated.",
            "consent.status.updated payload.status",
            (_S["lean-consent-lifecycle"], _S["lean-consent-management"]),
        ),
        (
            CodeInfo(
                "AWAITING_AUTHORISATION",
                "Consent created but not yet approved by the customer. The Consent has been successfully registered with Lean but must be authorised through the LinkSDK flow. Until authorised, no payments can be initiated under this Consent.",
                _C.PENDING,
                (_S["lean-consent-lifecycle"],),
                wording=(Wording("description", "provider", (_S["lean-consent-lifecycle"],)),),
            ),
            CodeInfo(
                "AUTHORISED",
                "Customer has completed authorisation with their bank. The Consent is now active and can be used for initiating payments within the defined limits and validity period. This is the standard active state for Account on File (AoF) consents.",
                _C.SUCCESS,
                (_S["lean-consent-lifecycle"],),
                wording=(Wording("description", "provider", (_S["lean-consent-lifecycle"],)),),
            ),
            CodeInfo(
                "REVOKED",
                "Customer or bank has revoked the consent. No further payments may be initiated under this Consent.",
                _C.RECONNECT_REQUIRED,
                (_S["lean-consent-lifecycle"],),
                notes="Lean marks this status (final); the marker is left out of the text.",
                wording=(
                    Wording("description", "provider", (_S["lean-consent-lifecycle"],)),
                    Wording("notes", "bankcodes", ()),
                ),
            ),
            CodeInfo(
                "REJECTED",
                "Customer did not approve or the bank declined the Consent request. This state is returned when the authorisation flow ends unsuccessfully. You may prompt the customer to re-initiate a new Consent if appropriate.",
                _C.REJECTED,
                (_S["lean-consent-lifecycle"],),
                notes="Lean marks this status (final); the marker is left out of the text.",
                wording=(
                    Wording("description", "provider", (_S["lean-consent-lifecycle"],)),
                    Wording("notes", "bankcodes", ()),
                ),
            ),
            CodeInfo(
                "EXPIRED",
                "The Consent has reached its configured expiration date. Payments can no longer be initiated under this Consent. To continue using Account-on-file payments, a new Consent must be created and authorised.",
                _C.RECONNECT_REQUIRED,
                (_S["lean-consent-lifecycle"],),
                notes="Lean marks this status (final); the marker is left out of the text.",
                wording=(
                    Wording("description", "provider", (_S["lean-consent-lifecycle"],)),
                    Wording("notes", "bankcodes", ()),
                ),
            ),
            CodeInfo(
                "CONSUMED",
                "Consent limits have been reached. The Consent is automatically marked as consumed once it has reached one or more of its configured control parameter limits (e.g., cumulative amount or number of payments). A new Consent is required to continue initiating payments.",
                _C.RECONNECT_REQUIRED,
                (_S["lean-consent-lifecycle"],),
                notes="Lean marks this status (final); the marker is left out of the text.",
                wording=(
                    Wording("description", "provider", (_S["lean-consent-lifecycle"],)),
                    Wording("notes", "bankcodes", ()),
                ),
            ),
            CodeInfo(
                "SUSPENDED",
                "Temporarily unavailable due to compliance conditions. This status may occur if the Consent has been temporarily disabled by the customer’s bank.",
                _C.INSTITUTION_UNAVAILABLE,
                (_S["lean-consent-lifecycle"],),
                wording=(Wording("description", "provider", (_S["lean-consent-lifecycle"],)),),
            ),
        ),
    )
    return ConsentStatus


def _ConsentRevocationReason() -> type[CodeEnum]:
    class ConsentRevocationReason(CodeEnum):
        """Consent revocation reason: The reason given when revoking a consent through the API.

        Wire field: revoke consent request.reason."""

        END_USER_REQUESTED = "END_USER_REQUESTED"
        CONSENT_RENEWAL = "CONSENT_RENEWAL"
        KYC_VERIFICATION_FAILED = "KYC_VERIFICATION_FAILED"
        REGULATORY_RESTRICTION = "REGULATORY_RESTRICTION"
        FRAUD_SUSPECTED = "FRAUD_SUSPECTED"
        CLIENT_TERMINATED_RELATIONSHIP = "CLIENT_TERMINATED_RELATIONSHIP"
        ACCOUNT_CLOSED_BY_USER = "ACCOUNT_CLOSED_BY_USER"
        DUPLICATE_CONSENT = "DUPLICATE_CONSENT"

    register(
        ConsentRevocationReason,
        CodeSetInfo(
            "lean",
            "consent_revocation_reason",
            "Consent revocation reason",
            "The reason given when revoking a consent through the API.",
            "revoke consent request.reason",
            (_S["lean-revoke-consent"],),
        ),
        (
            CodeInfo(
                "END_USER_REQUESTED",
                "The end user has requested revocation of their consent through the Lean-provided consent management interface or via the client's customer support.",
                _C.INFORMATIONAL,
                (_S["lean-revoke-consent"],),
                wording=(Wording("description", "provider", (_S["lean-revoke-consent"],)),),
            ),
            CodeInfo(
                "CONSENT_RENEWAL",
                "The consent is being revoked as part of a renewal flow, where a replacement consent has been authorized to supersede it.",
                _C.INFORMATIONAL,
                (_S["lean-revoke-consent"],),
                wording=(Wording("description", "provider", (_S["lean-revoke-consent"],)),),
            ),
            CodeInfo(
                "KYC_VERIFICATION_FAILED",
                "The client's KYC or identity verification checks on the end user have failed or could not be completed.",
                _C.INFORMATIONAL,
                (_S["lean-revoke-consent"],),
                wording=(Wording("description", "provider", (_S["lean-revoke-consent"],)),),
            ),
            CodeInfo(
                "REGULATORY_RESTRICTION",
                "A regulatory, compliance, or jurisdictional obligation requires the client to revoke the consent.",
                _C.INFORMATIONAL,
                (_S["lean-revoke-consent"],),
                wording=(Wording("description", "provider", (_S["lean-revoke-consent"],)),),
            ),
            CodeInfo(
                "FRAUD_SUSPECTED",
                "Suspicious or potentially fraudulent activity has been detected on the end user's account or transactions.",
                _C.INFORMATIONAL,
                (_S["lean-revoke-consent"],),
                wording=(Wording("description", "provider", (_S["lean-revoke-consent"],)),),
            ),
            CodeInfo(
                "CLIENT_TERMINATED_RELATIONSHIP",
                "The client has ended their commercial relationship with the end user.",
                _C.INFORMATIONAL,
                (_S["lean-revoke-consent"],),
                wording=(Wording("description", "provider", (_S["lean-revoke-consent"],)),),
            ),
            CodeInfo(
                "ACCOUNT_CLOSED_BY_USER",
                "The end user has permanently closed their account with the client.",
                _C.INFORMATIONAL,
                (_S["lean-revoke-consent"],),
                wording=(Wording("description", "provider", (_S["lean-revoke-consent"],)),),
            ),
            CodeInfo(
                "DUPLICATE_CONSENT",
                "A duplicate or superseding consent exists for the same end user and payment source, and this consent is being retired.",
                _C.INFORMATIONAL,
                (_S["lean-revoke-consent"],),
                wording=(Wording("description", "provider", (_S["lean-revoke-consent"],)),),
            ),
        ),
    )
    return ConsentRevocationReason


def _CODE_SETS() -> tuple[object, ...]:
    return tuple(
        __getattr__(name)
        for name in (
            "CallbackStatus",
            "SecondaryStatus",
            "CallbackMethod",
            "UserExitIntent",
            "Permission",
            "SdkMethod",
            "WebhookEventType",
            "PaymentStatus",
            "PaymentLifecycleStatus",
            "PaymentSourceStatus",
            "PaymentIntentStatus",
            "ReconciliationStatus",
            "DataRefreshStatus",
            "DataApiStatus",
            "GranularStatusCode",
            "ApiErrorStatus",
            "ConsentStatus",
            "ConsentRevocationReason",
        )
    )


def _SDK_SHARED_FIELDS() -> tuple[ConfigField, ...]:
    return (
        ConfigField(
            "sandbox",
            False,
            (_S["seed-002"], _S["lean-rn-methods"], _S["lean-config-reference"]),
            notes="Shared.",
        ),
        ConfigField(
            "language",
            False,
            (_S["seed-002"], _S["lean-rn-methods"], _S["lean-config-reference"]),
            notes="Shared.",
        ),
        ConfigField(
            "customization",
            False,
            (_S["seed-002"], _S["lean-rn-methods"], _S["lean-config-reference"]),
            notes="Shared.",
        ),
        ConfigField(
            "callback",
            False,
            (_S["seed-002"], _S["lean-rn-methods"], _S["lean-config-reference"]),
            notes="Shared.",
        ),
    )


def _SDK_METHODS() -> dict[object, SdkMethodInfo]:
    SdkMethod = __getattr__("SdkMethod")
    CallbackStatus = __getattr__("CallbackStatus")
    return {
        SdkMethod.connect: SdkMethodInfo(
            (
                ConfigField("app_token", True, (_S["seed-002"],)),
                ConfigField("customer_id", True, (_S["seed-002"],)),
                ConfigField(
                    "permissions",
                    True,
                    (_S["seed-002"],),
                    notes="Array of permissions to request. See Config reference → permissions.",
                ),
                ConfigField(
                    "access_token",
                    False,
                    (_S["seed-002"],),
                    notes="Customer-scoped JWT.",
                    overrides=(
                        ScopedRequirement(
                            True,
                            Scope(regions=("UAE",), sdks=("web",)),
                            (_S["lean-web-readme-uae"],),
                        ),
                        ScopedRequirement(
                            True,
                            Scope(regions=("KSA",), sdks=("web",)),
                            (_S["lean-web-readme-ksa"],),
                        ),
                    ),
                ),
                ConfigField(
                    "bank_identifier",
                    False,
                    (_S["seed-002"],),
                    notes="Pre-select a bank, skip the selection screen.",
                ),
                ConfigField(
                    "account_type",
                    False,
                    (_S["seed-002"],),
                    notes='"PERSONAL" | "BUSINESS" — filter the bank list.',
                ),
                ConfigField(
                    "access_from",
                    False,
                    (_S["seed-002"],),
                    notes="ISO 8601 date range for data access.",
                ),
                ConfigField(
                    "access_to",
                    False,
                    (_S["seed-002"],),
                    notes="ISO 8601 date range for data access.",
                ),
                ConfigField(
                    "end_user_id",
                    False,
                    (_S["seed-002"],),
                    notes="Your own correlation identifiers.",
                ),
                ConfigField(
                    "customer_metadata",
                    False,
                    (_S["seed-002"],),
                    notes="Your own correlation identifiers.",
                ),
                ConfigField(
                    "show_consent_explanation",
                    False,
                    (_S["seed-002"],),
                    notes="Show extended consent explanation.",
                    overrides=(
                        ScopedRequirement(
                            True,
                            Scope(regions=("KSA",), sdks=("web",)),
                            (_S["lean-web-readme-ksa"],),
                        ),
                    ),
                ),
                ConfigField(
                    "destination_alias",
                    False,
                    (_S["seed-002"],),
                    notes="Branding for the destination shown in UI.",
                ),
                ConfigField(
                    "destination_avatar",
                    False,
                    (_S["seed-002"],),
                    notes="Branding for the destination shown in UI.",
                ),
                ConfigField("payment_destination_id", False, (_S["lean-rn-methods"],)),
                ConfigField(
                    "success_redirect_url",
                    False,
                    (_S["lean-rn-methods"],),
                    overrides=(
                        ScopedRequirement(
                            True,
                            Scope(regions=("KSA",), sdks=("web",)),
                            (_S["lean-web-readme-ksa"],),
                        ),
                    ),
                ),
                ConfigField(
                    "fail_redirect_url",
                    False,
                    (_S["lean-rn-methods"],),
                    overrides=(
                        ScopedRequirement(
                            True,
                            Scope(regions=("KSA",), sdks=("web",)),
                            (_S["lean-web-readme-ksa"],),
                        ),
                    ),
                ),
            ),
            (_S["seed-002"], _S["lean-rn-methods"]),
            outcomes=(
                Outcome(
                    CallbackStatus.SUCCESS,
                    "a Payment Source / Entity has been created. Lean will send a webhook.",
                ),
                Outcome(CallbackStatus.CANCELLED, "user closed the SDK before granting consent."),
                Outcome(CallbackStatus.ERROR, "inspect secondary_status — see LinkSDK statuses."),
            ),
        ),
        SdkMethod.reconnect: SdkMethodInfo(
            (
                ConfigField("app_token", True, (_S["seed-002"],)),
                ConfigField("reconnect_id", True, (_S["seed-002"],)),
                ConfigField("access_token", False, (_S["seed-002"],)),
                ConfigField("destination_alias", False, (_S["seed-002"],)),
                ConfigField("destination_avatar", False, (_S["seed-002"],)),
                ConfigField(
                    "customer_metadata",
                    False,
                    (_S["lean-rn-methods"],),
                    notes="Accepted by the React Native SDK since 2026-02.",
                ),
            ),
            (_S["seed-002"], _S["lean-rn-methods"], _S["lean-handling-reconnects"]),
            notes="Lean's Flows Reference says the reconnect_id arrives in a webhook; the retrievable documentation delivers it in a Data API RECONNECT_REQUIRED response, and entity.reconnected follows a successful reconnect.",
        ),
        SdkMethod.pay: SdkMethodInfo(
            (
                ConfigField("app_token", True, (_S["seed-002"],)),
                ConfigField(
                    "payment_intent_id",
                    False,
                    (_S["lean-rn-methods"], _S["lean-rn-readme"]),
                    overrides=(
                        ScopedRequirement(
                            True,
                            Scope(sdks=("react-native",), doc_versions=("legacy README",)),
                            (_S["lean-rn-readme-legacy"],),
                        ),
                    ),
                ),
                ConfigField("bulk_payment_intent_id", False, (_S["lean-rn-methods"],)),
                ConfigField("account_id", False, (_S["lean-rn-methods"],)),
                ConfigField("end_user_id", False, (_S["lean-rn-methods"],)),
                ConfigField("show_balances", False, (_S["lean-rn-methods"],)),
                ConfigField("allow_payment_source_change", False, (_S["lean-rn-methods"],)),
                ConfigField("success_redirect_url", False, (_S["lean-rn-methods"],)),
                ConfigField("fail_redirect_url", False, (_S["lean-rn-methods"],)),
                ConfigField("access_token", False, (_S["lean-rn-methods"],)),
                ConfigField("destination_alias", False, (_S["lean-rn-methods"],)),
                ConfigField("destination_avatar", False, (_S["lean-rn-methods"],)),
                ConfigField("risk_details", False, (_S["lean-rn-methods"],)),
                ConfigField("bank_identifier", False, (_S["lean-rn-methods"],)),
            ),
            (_S["lean-rn-methods"],),
        ),
        SdkMethod.checkout: SdkMethodInfo(
            (
                ConfigField("app_token", True, (_S["seed-002"],)),
                ConfigField(
                    "payment_intent_id", True, (_S["lean-rn-methods"], _S["lean-config-reference"])
                ),
                ConfigField(
                    "success_redirect_url",
                    True,
                    (_S["lean-rn-methods"], _S["lean-config-reference"]),
                ),
                ConfigField(
                    "fail_redirect_url", True, (_S["lean-rn-methods"], _S["lean-config-reference"])
                ),
                ConfigField(
                    "access_token", False, (_S["lean-rn-methods"], _S["lean-config-reference"])
                ),
                ConfigField(
                    "customer_name",
                    False,
                    (_S["lean-rn-methods"], _S["lean-config-reference"]),
                    overrides=(
                        ScopedRequirement(
                            True, Scope(sdks=("flutter",)), (_S["lean-flutter-sdk"],)
                        ),
                    ),
                ),
                ConfigField(
                    "bank_identifier", False, (_S["lean-rn-methods"], _S["lean-config-reference"])
                ),
                ConfigField(
                    "account_id", False, (_S["lean-rn-methods"], _S["lean-config-reference"])
                ),
                ConfigField(
                    "allow_payment_source_change",
                    False,
                    (_S["lean-rn-methods"], _S["lean-config-reference"]),
                ),
                ConfigField(
                    "risk_details", False, (_S["lean-rn-methods"], _S["lean-config-reference"])
                ),
            ),
            (_S["lean-rn-methods"], _S["lean-config-reference"]),
        ),
        SdkMethod.updatePaymentSource: SdkMethodInfo(
            (
                ConfigField("app_token", True, (_S["seed-002"],)),
                ConfigField("customer_id", True, (_S["lean-rn-methods"],)),
                ConfigField("payment_destination_id", True, (_S["lean-rn-methods"],)),
                ConfigField(
                    "payment_source_id",
                    False,
                    (_S["lean-rn-methods"],),
                    overrides=(
                        ScopedRequirement(
                            True,
                            Scope(sdks=("react-native",), doc_versions=("legacy README",)),
                            (_S["lean-rn-readme-legacy"],),
                        ),
                    ),
                ),
                ConfigField("entity_id", False, (_S["lean-rn-methods"],)),
                ConfigField("end_user_id", False, (_S["lean-rn-methods"],)),
                ConfigField("success_redirect_url", False, (_S["lean-rn-methods"],)),
                ConfigField("fail_redirect_url", False, (_S["lean-rn-methods"],)),
                ConfigField("access_token", False, (_S["lean-rn-methods"],)),
                ConfigField("destination_alias", False, (_S["lean-rn-methods"],)),
                ConfigField("destination_avatar", False, (_S["lean-rn-methods"],)),
            ),
            (_S["lean-rn-methods"],),
        ),
        SdkMethod.verifyAddress: SdkMethodInfo(
            (
                ConfigField("app_token", True, (_S["seed-002"],)),
                ConfigField(
                    "customer_id", True, (_S["lean-rn-methods"], _S["lean-config-reference"])
                ),
                ConfigField(
                    "customer_name", True, (_S["lean-rn-methods"], _S["lean-config-reference"])
                ),
                ConfigField(
                    "permissions", False, (_S["lean-rn-methods"], _S["lean-config-reference"])
                ),
                ConfigField(
                    "access_token", False, (_S["lean-rn-methods"], _S["lean-config-reference"])
                ),
                ConfigField(
                    "destination_alias", False, (_S["lean-rn-methods"], _S["lean-config-reference"])
                ),
                ConfigField(
                    "destination_avatar",
                    False,
                    (_S["lean-rn-methods"], _S["lean-config-reference"]),
                ),
            ),
            (_S["lean-rn-methods"], _S["lean-config-reference"]),
        ),
        SdkMethod.authorizeConsent: SdkMethodInfo(
            (
                ConfigField("app_token", True, (_S["seed-002"],)),
                ConfigField("consent_id", True, (_S["lean-rn-methods"],)),
                ConfigField("customer_id", True, (_S["lean-rn-methods"],)),
                ConfigField("success_redirect_url", True, (_S["lean-rn-methods"],)),
                ConfigField("fail_redirect_url", True, (_S["lean-rn-methods"],)),
                ConfigField("access_token", False, (_S["lean-rn-methods"],)),
                ConfigField("bank_identifier", False, (_S["lean-rn-methods"],)),
                ConfigField("account_id", False, (_S["lean-rn-methods"],)),
                ConfigField("allow_payment_source_change", False, (_S["lean-rn-methods"],)),
                ConfigField("destination_alias", False, (_S["lean-rn-methods"],)),
                ConfigField("destination_avatar", False, (_S["lean-rn-methods"],)),
                ConfigField("risk_details", False, (_S["lean-rn-methods"],)),
            ),
            (_S["lean-rn-methods"],),
        ),
        SdkMethod.manageConsents: SdkMethodInfo(
            (
                ConfigField("app_token", True, (_S["seed-002"],)),
                ConfigField(
                    "customer_id", True, (_S["lean-rn-methods"], _S["lean-consent-management"])
                ),
                ConfigField(
                    "access_token", False, (_S["lean-rn-methods"], _S["lean-consent-management"])
                ),
            ),
            (_S["lean-rn-methods"], _S["lean-consent-management"]),
        ),
        SdkMethod.captureRedirect: SdkMethodInfo(
            (
                ConfigField("app_token", True, (_S["seed-002"],)),
                ConfigField("customer_id", True, (_S["lean-rn-methods"],)),
                ConfigField("consent_attempt_id", False, (_S["lean-rn-methods"],)),
                ConfigField("consent_id", False, (_S["lean-rn-methods"],)),
                ConfigField("access_token", False, (_S["lean-rn-methods"],)),
                ConfigField("granular_status_code", False, (_S["lean-rn-methods"],)),
                ConfigField("status_additional_info", False, (_S["lean-rn-methods"],)),
            ),
            (_S["lean-rn-methods"],),
        ),
        SdkMethod.createBeneficiary: SdkMethodInfo(
            (
                ConfigField("app_token", True, (_S["seed-002"],)),
                ConfigField("customer_id", True, (_S["seed-002"], _S["lean-rn-methods"])),
                ConfigField(
                    "payment_destination_id", True, (_S["seed-002"], _S["lean-rn-methods"])
                ),
                ConfigField("payment_source_id", False, (_S["seed-002"], _S["lean-rn-methods"])),
                ConfigField("entity_id", False, (_S["seed-002"], _S["lean-rn-methods"])),
                ConfigField("success_redirect_url", False, (_S["seed-002"], _S["lean-rn-methods"])),
                ConfigField("fail_redirect_url", False, (_S["seed-002"], _S["lean-rn-methods"])),
                ConfigField("access_token", False, (_S["seed-002"], _S["lean-rn-methods"])),
                ConfigField("destination_alias", False, (_S["seed-002"], _S["lean-rn-methods"])),
                ConfigField("destination_avatar", False, (_S["seed-002"], _S["lean-rn-methods"])),
            ),
            (_S["seed-002"], _S["lean-rn-methods"]),
        ),
        SdkMethod.createPaymentSource: SdkMethodInfo(
            (
                ConfigField("app_token", True, (_S["seed-002"],)),
                ConfigField("customer_id", True, (_S["seed-002"], _S["lean-rn-methods"])),
                ConfigField("bank_identifier", False, (_S["seed-002"], _S["lean-rn-methods"])),
                ConfigField(
                    "payment_destination_id", False, (_S["seed-002"], _S["lean-rn-methods"])
                ),
                ConfigField("success_redirect_url", False, (_S["seed-002"], _S["lean-rn-methods"])),
                ConfigField("fail_redirect_url", False, (_S["seed-002"], _S["lean-rn-methods"])),
                ConfigField("access_token", False, (_S["seed-002"], _S["lean-rn-methods"])),
                ConfigField("destination_alias", False, (_S["seed-002"], _S["lean-rn-methods"])),
                ConfigField("destination_avatar", False, (_S["seed-002"], _S["lean-rn-methods"])),
            ),
            (_S["seed-002"], _S["lean-rn-methods"]),
        ),
        SdkMethod.link: SdkMethodInfo(
            (
                ConfigField("app_token", True, (_S["seed-002"],)),
                ConfigField("customer_id", True, (_S["lean-rn-sdk-types"], _S["lean-rn-methods"])),
                ConfigField("permissions", True, (_S["lean-rn-sdk-types"], _S["lean-rn-methods"])),
                ConfigField(
                    "bank_identifier", False, (_S["lean-rn-sdk-types"], _S["lean-rn-methods"])
                ),
                ConfigField(
                    "success_redirect_url", False, (_S["lean-rn-sdk-types"], _S["lean-rn-methods"])
                ),
                ConfigField(
                    "fail_redirect_url", False, (_S["lean-rn-sdk-types"], _S["lean-rn-methods"])
                ),
                ConfigField(
                    "access_token", False, (_S["lean-rn-sdk-types"], _S["lean-rn-methods"])
                ),
            ),
            (_S["lean-rn-sdk-types"], _S["lean-rn-methods"]),
        ),
    }


_NAMES = LazyNames(
    __name__,
    {
        "CODE_SETS": _CODE_SETS,
        "SDK_METHODS": _SDK_METHODS,
        "SDK_SHARED_FIELDS": _SDK_SHARED_FIELDS,
        "ApiErrorStatus": _ApiErrorStatus,
        "CallbackMethod": _CallbackMethod,
        "CallbackStatus": _CallbackStatus,
        "ConsentRevocationReason": _ConsentRevocationReason,
        "ConsentStatus": _ConsentStatus,
        "DataApiStatus": _DataApiStatus,
        "DataRefreshStatus": _DataRefreshStatus,
        "GranularStatusCode": _GranularStatusCode,
        "PaymentIntentStatus": _PaymentIntentStatus,
        "PaymentLifecycleStatus": _PaymentLifecycleStatus,
        "PaymentSourceStatus": _PaymentSourceStatus,
        "PaymentStatus": _PaymentStatus,
        "Permission": _Permission,
        "ReconciliationStatus": _ReconciliationStatus,
        "SdkMethod": _SdkMethod,
        "SecondaryStatus": _SecondaryStatus,
        "UserExitIntent": _UserExitIntent,
        "WebhookEventType": _WebhookEventType,
    },
)


def __getattr__(name: str) -> object:
    return _NAMES.load(name)


def __dir__() -> list[str]:
    return _NAMES.names()


__all__ = _NAMES.public()
