# generated from spec/catalog.json — do not edit (run `make generate`)
"""The builders of bankcodes.lean's names, loaded on the first use of any of them, so that importing the provider's module reads none of its data."""

from __future__ import annotations

import importlib

from bankcodes._base import CodeEnum, register
from bankcodes._records import (
    CodeInfo,
    CodeSetInfo,
    EndUserWords,
    Equivalent,
    HttpStatus,
    Lifecycle,
    Scope,
    Source,
    Wording,
)
from bankcodes._sdk import ConfigField, Outcome, ScopedRequirement, SdkMethodInfo
from bankcodes.categories import Category as _C

#: The public module, whose names the builders use (each built on first use there).
_PUBLIC = importlib.import_module("bankcodes.lean")
#: The documents its facts come from, by id.
_S = {
    "seed-000": Source(
        id="seed-000",
        kind="seed",
        title="Lean: LinkSDK statuses",
        url="https://docs.leantech.me/v2.0-KSA/docs/linksdk-statuses",
        seed="000_9f1a0e3425c16444.txt",
    ),
    "seed-002": Source(
        id="seed-002",
        kind="seed",
        title="Lean: Flows Reference",
        url="https://docs.leantech.me/v2.0-KSA/docs/flows-reference",
        seed="002_ade94be52be323f7.txt",
    ),
    "lean-linksdk-statuses-ksa": Source(
        id="lean-linksdk-statuses-ksa",
        kind="doc",
        title="Lean: LinkSDK statuses, KSA (8-row version of the page)",
        url="https://docs.leantech.me/v2.0-KSA/docs/linksdk-statuses",
    ),
    "lean-flows-reference": Source(
        id="lean-flows-reference",
        kind="doc",
        title="Lean: Flows Reference (method index)",
        url="https://docs.leantech.me/docs/flows-reference",
    ),
    "lean-config-reference": Source(
        id="lean-config-reference",
        kind="doc",
        title="Lean: Config reference",
        url="https://docs.leantech.me/docs/config-reference",
    ),
    "lean-consent-management": Source(
        id="lean-consent-management",
        kind="doc",
        title="Lean: Consent management",
        url="https://docs.leantech.me/docs/consent-management",
    ),
    "lean-help-pending-with-bank": Source(
        id="lean-help-pending-with-bank",
        kind="doc",
        title="Lean Help Center: what PENDING_WITH_BANK specifies",
        url="https://help.leantech.me/article/when-a-payment-initiation-has-been-completed-what-does-the-status-pending-with-bank-specify",
    ),
    "lean-consent-lifecycle": Source(
        id="lean-consent-lifecycle",
        kind="doc",
        title="Lean: Consent lifecycle",
        url="https://docs.leantech.me/docs/consent-lifecycle",
    ),
    "lean-revoke-consent": Source(
        id="lean-revoke-consent",
        kind="doc",
        title="Lean: Revoke consent (API reference)",
        url="https://docs.leantech.me/reference/revokeconsent",
    ),
    "lean-webhook-structure": Source(
        id="lean-webhook-structure",
        kind="doc",
        title="Lean: Webhook structure",
        url="https://docs.leantech.me/docs/webhook-structure",
    ),
    "lean-webhook-library": Source(
        id="lean-webhook-library",
        kind="doc",
        title="Lean: Webhook library",
        url="https://docs.leantech.me/docs/webhook-library",
    ),
    "lean-webhook-library-ksa": Source(
        id="lean-webhook-library-ksa",
        kind="doc",
        title="Lean: Webhook library (KSA)",
        url="https://docs.leantech.me/v2.0-KSA/docs/webhook-library",
    ),
    "lean-handle-expired-consent": Source(
        id="lean-handle-expired-consent",
        kind="doc",
        title="Lean: Handle expired consent (KSA)",
        url="https://docs.leantech.me/v2.0-KSA/docs/handle-expired-consent",
    ),
    "lean-handling-reconnects": Source(
        id="lean-handling-reconnects",
        kind="doc",
        title="Lean: Handling reconnects",
        url="https://docs.leantech.me/docs/handling-reconnects",
    ),
    "lean-async-requests": Source(
        id="lean-async-requests",
        kind="doc",
        title="Lean: Handling asynchronous requests",
        url="https://docs.leantech.me/docs/handling-asynchronous-requests",
    ),
    "lean-migrating-data-store": Source(
        id="lean-migrating-data-store",
        kind="doc",
        title="Lean: Data workflow (the page at migrating-to-data-store)",
        url="https://docs.leantech.me/docs/migrating-to-data-store",
        read_in_part="The copy read ends before the page's text on the PENDING status of a data refresh; the rest of the page was not read.",
    ),
    "lean-payment-statuses": Source(
        id="lean-payment-statuses",
        kind="doc",
        title="Lean: Payment status lifecycle",
        url="https://docs.leantech.me/docs/payment-statuses",
        read_in_part="The copy read is cut inside the payment.updated example: the rest of the page, any list of statuses among it, was not read.",
    ),
    "lean-payment-lifecycle": Source(
        id="lean-payment-lifecycle",
        kind="doc",
        title="Lean: Payment statuses (payment lifecycle)",
        url="https://docs.leantech.me/docs/payment-lifecycle",
        read_in_part="A stored copy of the page, read from its start to the heading Payment lifecycle notifications: its flowchart and the four statuses' descriptions, whole; the notifications section and its webhook example were not read.",
    ),
    "lean-general-errors": Source(
        id="lean-general-errors",
        kind="doc",
        title="Lean: General errors",
        url="https://docs.leantech.me/reference/general-errors",
        read_in_part="The copy read ends inside the description of RATE_LIMIT_EXCEEDED: the rest of that row and the rows after it were not read.",
    ),
    "lean-data-errors-ksa": Source(
        id="lean-data-errors-ksa",
        kind="doc",
        title="Lean: Data-specific errors (KSA)",
        url="https://docs.leantech.me/v2.0-KSA/reference/data-specific-errors",
        read_in_part='The copy read ends inside the DUPLICATED_REQUEST row (after "before making an"): the rest of that row and the rows after it were not read.',
    ),
    "lean-web-ksa": Source(
        id="lean-web-ksa",
        kind="doc",
        title="Lean: Web SDK (KSA)",
        url="https://docs.leantech.me/v2.0-KSA/docs/web",
    ),
    "lean-web-readme-uae": Source(
        id="lean-web-readme-uae",
        kind="repo",
        title="Lean: Web LinkSDK v2 README (UAE)",
        url="https://github.com/leantechnologies/lean-postman/blob/b883f2818f8f1c79e036596e6eb38147dd192f38/UAE/LinkSDK/README.md",
    ),
    "lean-web-readme-ksa": Source(
        id="lean-web-readme-ksa",
        kind="repo",
        title="Lean: Web LinkSDK v2 README (KSA)",
        url="https://github.com/leantechnologies/lean-postman/blob/b883f2818f8f1c79e036596e6eb38147dd192f38/KSA/LinkSDK/README.md",
    ),
    "lean-postman-uae-webhooks": Source(
        id="lean-postman-uae-webhooks",
        kind="repo",
        title="Lean: sample webhook payloads (UAE)",
        url="https://github.com/leantechnologies/lean-postman/tree/b883f2818f8f1c79e036596e6eb38147dd192f38/UAE/Webhooks",
    ),
    "lean-postman-ksa-webhooks": Source(
        id="lean-postman-ksa-webhooks",
        kind="repo",
        title="Lean: sample webhook payloads (KSA)",
        url="https://github.com/leantechnologies/lean-postman/tree/b883f2818f8f1c79e036596e6eb38147dd192f38/KSA/Webhooks",
    ),
    "lean-postman-reconciliation": Source(
        id="lean-postman-reconciliation",
        kind="repo",
        title="Lean: sample payment.reconciliation.updated delivery (UAE)",
        url="https://github.com/leantechnologies/lean-postman/blob/402f672d7cc3da0b675b9c237e5c31fa325dd656/UAE/Webhooks/payment.reconciliation.updated.json",
    ),
    "lean-rn-sdk-types": Source(
        id="lean-rn-sdk-types",
        kind="repo",
        title="Lean: React Native SDK types (sdk.ts)",
        url="https://github.com/leantechnologies/link-sdk-react-native/blob/40b3b85982efb1c0d64aca19b770ccb778f75749/src/types/sdk.ts",
    ),
    "lean-rn-methods": Source(
        id="lean-rn-methods",
        kind="repo",
        title="Lean: React Native SDK method configs (methods.ts)",
        url="https://github.com/leantechnologies/link-sdk-react-native/blob/40b3b85982efb1c0d64aca19b770ccb778f75749/src/types/methods.ts",
    ),
    "lean-rn-enums": Source(
        id="lean-rn-enums",
        kind="repo",
        title="Lean: React Native SDK enums (enums.ts)",
        url="https://github.com/leantechnologies/link-sdk-react-native/blob/40b3b85982efb1c0d64aca19b770ccb778f75749/src/types/enums.ts",
    ),
    "lean-rn-readme": Source(
        id="lean-rn-readme",
        kind="repo",
        title="Lean: React Native SDK README",
        url="https://github.com/leantechnologies/link-sdk-react-native/blob/40b3b85982efb1c0d64aca19b770ccb778f75749/Readme.md",
    ),
    "lean-rn-readme-legacy": Source(
        id="lean-rn-readme-legacy",
        kind="repo",
        title="Lean: React Native SDK README (legacy callback with method)",
        url="https://github.com/leantechnologies/link-sdk-react-native/blob/08c1132b4474c0516279dcc2dd3730e1d457dc5b/Readme.md",
    ),
    "lean-ios-readme": Source(
        id="lean-ios-readme",
        kind="repo",
        title="Lean: iOS SDK README (LeanStatus)",
        url="https://github.com/leantechnologies/link-sdk-ios-distribution/blob/5d805a67ddd5107461ad149c567d4717376429a8/README.md",
    ),
    "lean-flutter-sdk": Source(
        id="lean-flutter-sdk",
        kind="doc",
        title="Lean: Flutter SDK, LeanSDK class",
        url="https://pub.dev/documentation/lean_sdk_flutter/latest/lean/LeanSDK-class.html",
    ),
    "lean-data-errors": Source(
        id="lean-data-errors",
        kind="doc",
        title="Lean: Data errors",
        url="https://docs.leantech.me/reference/data-errors",
        read_in_part="The stored copy of the page: its introduction and its table's rows EU_ACCOUNT_LOCKED, LOGGED_IN_ELSEWHERE, BANK_ISSUE, UNSEEN_BANK_ERROR, BANK_MAINTENANCE and LEAN_ERROR, cut inside LEAN_ERROR's What to do; the rest of the table and of the page was not read.",
    ),
    "lean-postman-ksa": Source(
        id="lean-postman-ksa",
        kind="repo",
        title="Lean Postman collection, KSA (LeanAPI-KSA.postman_collection.json)",
        url="https://github.com/leantechnologies/lean-postman/blob/b883f2818f8f1c79e036596e6eb38147dd192f38/KSA/LeanAPI-KSA.postman_collection.json",
    ),
}


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
        lambda: (
            CodeSetInfo(
                provider="lean",
                id="callback_status",
                title="LinkSDK callback status",
                description="The top-level outcome of a LinkSDK session, from the CloseType enum. Switch on this in UI code.",
                field="CallbackData.status",
                sources=(_S["seed-000"], _S["lean-web-readme-uae"]),
            ),
            (
                CodeInfo(
                    value="SUCCESS",
                    description="The flow completed.",
                    category=_C.SUCCESS,
                    sources=(_S["seed-000"], _S["lean-web-readme-uae"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["seed-000"], _S["lean-web-readme-uae"]),
                        ),
                    ),
                    page="reference/lean/callback_status/#SUCCESS",
                ),
                CodeInfo(
                    value="ERROR",
                    description="The flow ended in error.",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["seed-000"], _S["lean-web-readme-uae"]),
                    retryable=False,
                    end_user_can_retry=False,
                    end_user={
                        "en": EndUserWords(
                            message="The request to your bank could not be completed.",
                            action="Please contact support for help.",
                        ),
                        "fr": EndUserWords(
                            message="La demande auprès de votre banque n'a pas pu aboutir.",
                            action="Veuillez communiquer avec notre service d'assistance pour obtenir de l'aide.",
                        ),
                        "ar": EndUserWords(
                            message="تعذّر إتمام الطلب لدى بنكك.",
                            action="يرجى التواصل مع فريق الدعم للحصول على المساعدة.",
                        ),
                        "es": EndUserWords(
                            message="No se pudo completar la solicitud a su banco.",
                            action="Comuníquese con el servicio de asistencia para obtener ayuda.",
                        ),
                        "pt": EndUserWords(
                            message="Não foi possível concluir a solicitação ao seu banco.",
                            action="Entre em contato com o suporte para obter ajuda.",
                        ),
                    },
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["seed-000"], _S["lean-web-readme-uae"]),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/lean/callback_status/#ERROR",
                    notes="Not retryable by itself: some causes are final (a rejected or expired consent, a closed account), so neither a program nor the end user is told to try again; decide with secondary_status's category and prefer its words. Read secondary_status for the cause.",
                ),
                CodeInfo(
                    value="CANCELLED",
                    description="The customer closed the SDK before finishing.",
                    category=_C.CANCELLED,
                    sources=(_S["seed-000"], _S["lean-web-readme-uae"]),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["seed-000"], _S["lean-web-readme-uae"]),
                        ),
                    ),
                    page="reference/lean/callback_status/#CANCELLED",
                    equivalents=(
                        Equivalent(
                            provider="plaid",
                            code_set="link_event_name",
                            value="EXIT",
                            same="meaning",
                            reason="The customer left the provider's flow before finishing it.",
                        ),
                        Equivalent(
                            provider="mastercard",
                            code_set="connect_event_code",
                            value="100",
                            same="meaning",
                            reason="The customer left the provider's flow before finishing it.",
                        ),
                        Equivalent(
                            provider="truelayer",
                            code_set="sdk_failure_reason",
                            value="UserAborted",
                            same="meaning",
                            reason="The customer left the provider's flow before finishing it.",
                        ),
                        Equivalent(
                            provider="gocardless",
                            code_set="end_user_error",
                            value="UserCancelledSession",
                            same="meaning",
                            reason="The customer left the provider's flow before finishing it.",
                        ),
                        Equivalent(
                            provider="stripe",
                            code_set="fc_event_name",
                            value="cancel",
                            same="meaning",
                            reason="The customer left the provider's flow before finishing it.",
                        ),
                        Equivalent(
                            provider="fintoc",
                            code_set="webview_message",
                            value="fintocwidget://exit",
                            same="meaning",
                            reason="The customer left the provider's flow before finishing it.",
                        ),
                        Equivalent(
                            provider="fintoc",
                            code_set="payment_error_reason",
                            value="user_left",
                            same="meaning",
                            reason="The customer left the provider's flow before finishing it.",
                        ),
                        Equivalent(
                            provider="mono",
                            code_set="connect_message_type",
                            value="mono.connect.on_exit",
                            same="meaning",
                            reason="The customer left the provider's flow before finishing it.",
                        ),
                        Equivalent(
                            provider="setu",
                            code_set="notification_error_code",
                            value="UserCancelled",
                            same="meaning",
                            reason="The customer left the provider's flow before finishing it.",
                        ),
                    ),
                ),
                CodeInfo(
                    value="REDIRECT",
                    description="Control handed off to an Open Finance redirect.",
                    category=_C.PENDING,
                    sources=(_S["seed-000"], _S["lean-web-readme-uae"]),
                    retryable=False,
                    end_user_can_retry=False,
                    scope=Scope(sdks=("web",)),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["seed-000"], _S["lean-web-readme-uae"]),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/lean/callback_status/#REDIRECT",
                    notes="The React Native and Flutter SDKs report a redirect as SUCCESS with the message 'Link closed after redirect', so mobile apps never see REDIRECT.",
                ),
                CodeInfo(
                    value="LINK_CLOSED_PROGRAMMATICALLY",
                    description="Host-page code closed the SDK.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["seed-000"], _S["lean-web-readme-uae"]),
                    retryable=False,
                    end_user_can_retry=False,
                    scope=Scope(sdks=("web",)),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["seed-000"], _S["lean-web-readme-uae"]),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/lean/callback_status/#LINK_CLOSED_PROGRAMMATICALLY",
                    notes="Not in the React Native typing, which has SUCCESS, CANCELLED, ERROR or null.",
                ),
            ),
        ),
        {},
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
        lambda: (
            CodeSetInfo(
                provider="lean",
                id="secondary_status",
                title="LinkSDK secondary status",
                description="The detailed, machine-readable status returned by the bank or the Lean API. Use it to log support diagnostics or to tell ERROR causes apart.",
                field="CallbackData.secondary_status",
                sources=(_S["seed-000"],),
            ),
            (
                CodeInfo(
                    value="OK",
                    description="Successful connection",
                    category=_C.SUCCESS,
                    sources=(_S["seed-000"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["seed-000"],)),
                    ),
                    page="reference/lean/secondary_status/#OK",
                ),
                CodeInfo(
                    value="ACTIVE",
                    description="Successful connection",
                    category=_C.SUCCESS,
                    sources=(_S["seed-000"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["seed-000"],)),
                    ),
                    page="reference/lean/secondary_status/#ACTIVE",
                ),
                CodeInfo(
                    value="ACCEPTED_BY_BANK",
                    description="Bank confirmed payment initiation",
                    category=_C.SUCCESS,
                    sources=(_S["seed-000"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["seed-000"],)),
                    ),
                    page="reference/lean/secondary_status/#ACCEPTED_BY_BANK",
                ),
                CodeInfo(
                    value="PENDING_WITH_BANK",
                    description="Payment is pending with the bank",
                    category=_C.PENDING,
                    sources=(_S["seed-000"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["seed-000"],)),
                    ),
                    page="reference/lean/secondary_status/#PENDING_WITH_BANK",
                ),
                CodeInfo(
                    value="FAILED",
                    description="Generic failure",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["seed-000"],),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["seed-000"],)),
                    ),
                    page="reference/lean/secondary_status/#FAILED",
                ),
                CodeInfo(
                    value="UNKNOWN",
                    description="Generic failure",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["seed-000"],),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["seed-000"],)),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/lean/secondary_status/#UNKNOWN",
                    notes="A Lean value meaning a generic failure; it is not bankcodes' unknown category, which is for values the catalog does not know.",
                ),
                CodeInfo(
                    value="REJECTED_BY_BANK",
                    description="Bank rejected the operation",
                    category=_C.REJECTED,
                    sources=(_S["seed-000"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["seed-000"],)),
                    ),
                    page="reference/lean/secondary_status/#REJECTED_BY_BANK",
                ),
                CodeInfo(
                    value="MFA_ATTEMPTS_EXHAUSTED",
                    description="User has attempted too many MFAs",
                    category=_C.ATTEMPTS_EXHAUSTED,
                    sources=(_S["seed-000"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["seed-000"],)),
                    ),
                    page="reference/lean/secondary_status/#MFA_ATTEMPTS_EXHAUSTED",
                ),
                CodeInfo(
                    value="INVALID_CREDENTIALS",
                    description="User entered incorrect credentials",
                    category=_C.CREDENTIALS_INVALID,
                    sources=(_S["seed-000"],),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["seed-000"],)),
                    ),
                    page="reference/lean/secondary_status/#INVALID_CREDENTIALS",
                    equivalents=(
                        Equivalent(
                            provider="flinks",
                            code_set="api_error_code",
                            value="INVALID_LOGIN",
                            same="meaning",
                            reason="The institution did not accept the login details the customer entered.",
                        ),
                        Equivalent(
                            provider="flinks",
                            code_set="connect_error_event",
                            value="INVALID_LOGIN",
                            same="meaning",
                            reason="The institution did not accept the login details the customer entered.",
                        ),
                        Equivalent(
                            provider="argyle",
                            code_set="bank_connection_error",
                            value="invalid_credentials",
                            same="meaning",
                            reason="The institution did not accept the login details the customer entered.",
                        ),
                        Equivalent(
                            provider="plaid",
                            code_set="error_code",
                            value="INVALID_CREDENTIALS",
                            same="meaning",
                            reason="The institution did not accept the login details the customer entered.",
                        ),
                        Equivalent(
                            provider="mx",
                            code_set="connection_status",
                            value="2",
                            same="meaning",
                            reason="The institution did not accept the login details the customer entered.",
                        ),
                        Equivalent(
                            provider="mastercard",
                            code_set="error_code",
                            value="103",
                            same="meaning",
                            reason="The institution did not accept the login details the customer entered.",
                        ),
                        Equivalent(
                            provider="truelayer",
                            code_set="sdk_failure_reason",
                            value="InvalidCredentials",
                            same="meaning",
                            reason="The institution did not accept the login details the customer entered.",
                        ),
                        Equivalent(
                            provider="belvo",
                            code_set="error_code",
                            value="login_error",
                            same="meaning",
                            reason="The institution did not accept the login details the customer entered.",
                        ),
                        Equivalent(
                            provider="pluggy",
                            code_set="execution_error_code",
                            value="INVALID_CREDENTIALS",
                            same="meaning",
                            reason="The institution did not accept the login details the customer entered.",
                        ),
                        Equivalent(
                            provider="fintoc",
                            code_set="payment_error_reason",
                            value="login_invalid_credentials",
                            same="meaning",
                            reason="The institution did not accept the login details the customer entered.",
                        ),
                        Equivalent(
                            provider="basiq",
                            code_set="job_result_code",
                            value="invalid-credentials",
                            same="meaning",
                            reason="The institution did not accept the login details the customer entered.",
                        ),
                    ),
                ),
                CodeInfo(
                    value="CREDENTIALS_UPDATE_REQUIRED",
                    description="User has updated their username / password",
                    category=_C.RECONNECT_REQUIRED,
                    sources=(_S["seed-000"],),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["seed-000"],)),
                    ),
                    page="reference/lean/secondary_status/#CREDENTIALS_UPDATE_REQUIRED",
                ),
                CodeInfo(
                    value="MFA_REQUIRED",
                    description="User needs to enter an OTP",
                    category=_C.MFA_REQUIRED,
                    sources=(_S["seed-000"],),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["seed-000"],)),
                    ),
                    page="reference/lean/secondary_status/#MFA_REQUIRED",
                    equivalents=(
                        Equivalent(
                            provider="mx",
                            code_set="connection_status",
                            value="3",
                            same="meaning",
                            reason="The connection waits for the customer to answer a multi-factor challenge.",
                        ),
                    ),
                ),
                CodeInfo(
                    value="INVALID_MFA",
                    description="User entered an incorrect OTP",
                    category=_C.MFA_FAILED,
                    sources=(_S["seed-000"],),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["seed-000"],)),
                    ),
                    page="reference/lean/secondary_status/#INVALID_MFA",
                    equivalents=(
                        Equivalent(
                            provider="flinks",
                            code_set="connect_error_event",
                            value="INVALID_SECURITY_RESPONSE",
                            same="meaning",
                            reason="The customer was asked a multi-factor challenge (a one-time code or a security question) and the answer was wrong.",
                        ),
                        Equivalent(
                            provider="plaid",
                            code_set="error_code",
                            value="INVALID_MFA",
                            same="meaning",
                            reason="The customer was asked a multi-factor challenge (a one-time code or a security question) and the answer was wrong.",
                        ),
                        Equivalent(
                            provider="mx",
                            code_set="connection_status",
                            value="4",
                            same="meaning",
                            reason="The customer was asked a multi-factor challenge (a one-time code or a security question) and the answer was wrong.",
                        ),
                    ),
                ),
                CodeInfo(
                    value="REQUIRES_LOGIN_MFA",
                    description="User needs to enter an OTP",
                    category=_C.MFA_REQUIRED,
                    sources=(_S["seed-000"],),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["seed-000"],)),
                    ),
                    page="reference/lean/secondary_status/#REQUIRES_LOGIN_MFA",
                ),
                CodeInfo(
                    value="AWAITING_LOGIN_MFA_TOKEN",
                    description="User needs to enter an OTP",
                    category=_C.MFA_REQUIRED,
                    sources=(_S["seed-000"],),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["seed-000"],)),
                    ),
                    page="reference/lean/secondary_status/#AWAITING_LOGIN_MFA_TOKEN",
                ),
                CodeInfo(
                    value="INVALID_LOGIN_MFA",
                    description="User needs to enter an OTP",
                    category=_C.MFA_FAILED,
                    sources=(_S["seed-000"],),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["seed-000"],)),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/lean/secondary_status/#INVALID_LOGIN_MFA",
                    notes="The published reason repeats the MFA prompt text; the value names an incorrect login OTP, so it is classified as MFA failed.",
                ),
                CodeInfo(
                    value="AWAITING_PAYMENT_MFA_TOKEN",
                    description="User needs to enter an OTP",
                    category=_C.MFA_REQUIRED,
                    sources=(_S["seed-000"],),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["seed-000"],)),
                    ),
                    page="reference/lean/secondary_status/#AWAITING_PAYMENT_MFA_TOKEN",
                ),
                CodeInfo(
                    value="INVALID_PAYMENT_MFA",
                    description="User needs to enter an OTP",
                    category=_C.MFA_FAILED,
                    sources=(_S["seed-000"],),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["seed-000"],)),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/lean/secondary_status/#INVALID_PAYMENT_MFA",
                    notes="The published reason repeats the MFA prompt text; the value names an incorrect payment OTP, so it is classified as MFA failed.",
                ),
                CodeInfo(
                    value="REQUIRES_BENEFICIARY_MFA",
                    description="User needs to enter an OTP",
                    category=_C.MFA_REQUIRED,
                    sources=(_S["seed-000"],),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["seed-000"],)),
                    ),
                    page="reference/lean/secondary_status/#REQUIRES_BENEFICIARY_MFA",
                ),
                CodeInfo(
                    value="INVALID_BENEFICIARY_MFA",
                    description="User entered an incorrect OTP",
                    category=_C.MFA_FAILED,
                    sources=(_S["seed-000"],),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["seed-000"],)),
                    ),
                    page="reference/lean/secondary_status/#INVALID_BENEFICIARY_MFA",
                ),
                CodeInfo(
                    value="REQUIRES_MFA",
                    description="User needs to enter an OTP",
                    category=_C.MFA_REQUIRED,
                    sources=(_S["seed-000"],),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["seed-000"],)),
                    ),
                    page="reference/lean/secondary_status/#REQUIRES_MFA",
                ),
                CodeInfo(
                    value="AWAITING_APP_AUTH",
                    description="User needs to confirm the transaction in a third party app",
                    category=_C.MFA_REQUIRED,
                    sources=(_S["seed-000"], _S["lean-linksdk-statuses-ksa"]),
                    retryable=False,
                    end_user_can_retry=True,
                    end_user={
                        "en": EndUserWords(
                            message="Your bank needs you to approve this in another app.",
                            action="Open the app your bank asked you to use and approve the request.",
                        ),
                        "fr": EndUserWords(
                            message="Votre banque vous demande d'approuver cette opération dans une autre application.",
                            action="Ouvrez l'application indiquée par votre banque et approuvez la demande.",
                        ),
                        "ar": EndUserWords(
                            message="يطلب منك بنكك الموافقة على هذه العملية في تطبيق آخر.",
                            action="افتح التطبيق الذي طلب منك بنكك استخدامه ووافق على الطلب.",
                        ),
                        "es": EndUserWords(
                            message="Su banco necesita que apruebe esta operación en otra aplicación.",
                            action="Abra la aplicación que le indicó su banco y apruebe la solicitud.",
                        ),
                        "pt": EndUserWords(
                            message="Seu banco precisa que você aprove isto em outro aplicativo.",
                            action="Abra o aplicativo que seu banco pediu para você usar e aprove a solicitação.",
                        ),
                    },
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["seed-000"],)),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/lean/secondary_status/#AWAITING_APP_AUTH",
                    notes="The KSA version of the page words the reason as 'User needs to confirm the operation in a third party app'.",
                ),
                CodeInfo(
                    value="PENDING_BENEFICIARY_COOL_OFF",
                    description="User's payment source is in a cool off state",
                    category=_C.PENDING,
                    sources=(_S["seed-000"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["seed-000"],)),
                    ),
                    page="reference/lean/secondary_status/#PENDING_BENEFICIARY_COOL_OFF",
                ),
                CodeInfo(
                    value="AWAITING_END_USER_AUTHORIZATION",
                    description="User needs to approve the transaction",
                    category=_C.MFA_REQUIRED,
                    sources=(_S["seed-000"],),
                    retryable=False,
                    end_user_can_retry=True,
                    end_user={
                        "en": EndUserWords(
                            message="Your bank needs you to approve this request.",
                            action="Approve the request in your bank's app or website.",
                        ),
                        "fr": EndUserWords(
                            message="Votre banque vous demande d'approuver cette demande.",
                            action="Approuvez la demande dans l'application ou sur le site Web de votre banque.",
                        ),
                        "ar": EndUserWords(
                            message="يطلب منك بنكك الموافقة على هذا الطلب.",
                            action="وافق على الطلب في تطبيق بنكك أو موقعه الإلكتروني.",
                        ),
                        "es": EndUserWords(
                            message="Su banco necesita que apruebe esta solicitud.",
                            action="Apruebe la solicitud en la aplicación o el sitio web de su banco.",
                        ),
                        "pt": EndUserWords(
                            message="Seu banco precisa que você aprove esta solicitação.",
                            action="Aprove a solicitação no aplicativo ou no site do seu banco.",
                        ),
                    },
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["seed-000"],)),
                    ),
                    page="reference/lean/secondary_status/#AWAITING_END_USER_AUTHORIZATION",
                ),
                CodeInfo(
                    value="REQUIRES_LOGIN_SECURITY_QUESTIONS",
                    description="User needs to enter security question(s)",
                    category=_C.MFA_REQUIRED,
                    sources=(_S["seed-000"],),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["seed-000"],)),
                    ),
                    page="reference/lean/secondary_status/#REQUIRES_LOGIN_SECURITY_QUESTIONS",
                ),
                CodeInfo(
                    value="INVALID_LOGIN_SECURITY_QUESTION_ANSWER",
                    description="User entered incorrect security question answer(s)",
                    category=_C.MFA_FAILED,
                    sources=(_S["seed-000"],),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["seed-000"],)),
                    ),
                    page="reference/lean/secondary_status/#INVALID_LOGIN_SECURITY_QUESTION_ANSWER",
                ),
                CodeInfo(
                    value="REQUIRES_BENEFICIARY_SECURITY_QUESTIONS",
                    description="User needs to enter security question(s)",
                    category=_C.MFA_REQUIRED,
                    sources=(_S["seed-000"],),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["seed-000"],)),
                    ),
                    page="reference/lean/secondary_status/#REQUIRES_BENEFICIARY_SECURITY_QUESTIONS",
                ),
                CodeInfo(
                    value="INVALID_BENEFICIARY_SECURITY_QUESTION_ANSWER",
                    description="User entered incorrect security question answer(s)",
                    category=_C.MFA_FAILED,
                    sources=(_S["seed-000"],),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["seed-000"],)),
                    ),
                    page="reference/lean/secondary_status/#INVALID_BENEFICIARY_SECURITY_QUESTION_ANSWER",
                ),
                CodeInfo(
                    value="SECURITY_QUESTION_ATTEMPTS_EXHAUSTED",
                    description="User has exhausted security question answer attempts",
                    category=_C.ATTEMPTS_EXHAUSTED,
                    sources=(_S["seed-000"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["seed-000"],)),
                    ),
                    page="reference/lean/secondary_status/#SECURITY_QUESTION_ATTEMPTS_EXHAUSTED",
                ),
                CodeInfo(
                    value="SECURITY_QUESTION_ANSWER_REQUIRED",
                    description="User needs to enter security question(s)",
                    category=_C.MFA_REQUIRED,
                    sources=(_S["seed-000"],),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["seed-000"],)),
                    ),
                    page="reference/lean/secondary_status/#SECURITY_QUESTION_ANSWER_REQUIRED",
                ),
                CodeInfo(
                    value="INVALID_SECURITY_QUESTION_ANSWER",
                    description="User entered incorrect security question answer(s)",
                    category=_C.MFA_FAILED,
                    sources=(_S["seed-000"],),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["seed-000"],)),
                    ),
                    page="reference/lean/secondary_status/#INVALID_SECURITY_QUESTION_ANSWER",
                ),
                CodeInfo(
                    value="AWAITING_PAYMENT_SECURITY_QUESTIONS",
                    description="User needs to enter security question(s)",
                    category=_C.MFA_REQUIRED,
                    sources=(_S["seed-000"],),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["seed-000"],)),
                    ),
                    page="reference/lean/secondary_status/#AWAITING_PAYMENT_SECURITY_QUESTIONS",
                ),
                CodeInfo(
                    value="INVALID_PAYMENT_SECURITY_ANSWERS",
                    description="User entered incorrect security question answer(s)",
                    category=_C.MFA_FAILED,
                    sources=(_S["seed-000"],),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["seed-000"],)),
                    ),
                    page="reference/lean/secondary_status/#INVALID_PAYMENT_SECURITY_ANSWERS",
                ),
                CodeInfo(
                    value="SECURITY_QUESTION_ANSWER_ATTEMPTS_EXHAUSTED",
                    description="User has exhausted security question answer attempts",
                    category=_C.ATTEMPTS_EXHAUSTED,
                    sources=(_S["seed-000"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["seed-000"],)),
                    ),
                    page="reference/lean/secondary_status/#SECURITY_QUESTION_ANSWER_ATTEMPTS_EXHAUSTED",
                ),
                CodeInfo(
                    value="PAYMENT_SOURCE_ACCOUNT_BALANCES",
                    description="User requested account balances",
                    category=_C.PENDING,
                    sources=(_S["seed-000"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["seed-000"],)),
                    ),
                    page="reference/lean/secondary_status/#PAYMENT_SOURCE_ACCOUNT_BALANCES",
                ),
                CodeInfo(
                    value="PAYMENT_SOURCE_ACCOUNT_BALANCES_OK",
                    description="User recieved account balances",
                    category=_C.SUCCESS,
                    sources=(_S["seed-000"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["seed-000"],)),
                    ),
                    page="reference/lean/secondary_status/#PAYMENT_SOURCE_ACCOUNT_BALANCES_OK",
                ),
                CodeInfo(
                    value="PAYMENT_SOURCE_ACCOUNT_BALANCES_REQUIRES_MFA",
                    description="User prompted for OTP to view latest balances",
                    category=_C.MFA_REQUIRED,
                    sources=(_S["seed-000"],),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["seed-000"],)),
                    ),
                    page="reference/lean/secondary_status/#PAYMENT_SOURCE_ACCOUNT_BALANCES_REQUIRES_MFA",
                ),
                CodeInfo(
                    value="PAYMENT_SOURCE_ACCOUNT_BALANCES_INVALID_MFA",
                    description="User entered incorrect MFA to view latest balances",
                    category=_C.MFA_FAILED,
                    sources=(_S["seed-000"],),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["seed-000"],)),
                    ),
                    page="reference/lean/secondary_status/#PAYMENT_SOURCE_ACCOUNT_BALANCES_INVALID_MFA",
                ),
                CodeInfo(
                    value="PAYMENT_SOURCE_ACCOUNT_BALANCES_REQUIRES_SECURITY_QUESTION_ANSWER",
                    description="User prompted for security questions to view balances",
                    category=_C.MFA_REQUIRED,
                    sources=(_S["seed-000"],),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["seed-000"],)),
                    ),
                    page="reference/lean/secondary_status/#PAYMENT_SOURCE_ACCOUNT_BALANCES_REQUIRES_SECURITY_QUESTION_ANSWER",
                ),
                CodeInfo(
                    value="PAYMENT_SOURCE_ACCOUNT_BALANCES_INVALID_SECURITY_QUESTION_ANSWER",
                    description="User entered incorrect details for a security question",
                    category=_C.MFA_FAILED,
                    sources=(_S["seed-000"],),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["seed-000"],)),
                    ),
                    page="reference/lean/secondary_status/#PAYMENT_SOURCE_ACCOUNT_BALANCES_INVALID_SECURITY_QUESTION_ANSWER",
                ),
                CodeInfo(
                    value="PAYMENT_SOURCE_ACCOUNT_BALANCES_FAILED",
                    description="Lean was unable to update a user's account balances",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["seed-000"],),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["seed-000"],)),
                    ),
                    page="reference/lean/secondary_status/#PAYMENT_SOURCE_ACCOUNT_BALANCES_FAILED",
                ),
                CodeInfo(
                    value="PAYMENT_SOURCE_ACCOUNT_BALANCES_CREDENTIALS_UPDATE_REQUIRED",
                    description="User needs to update credentials",
                    category=_C.RECONNECT_REQUIRED,
                    sources=(_S["seed-000"],),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["seed-000"],)),
                    ),
                    page="reference/lean/secondary_status/#PAYMENT_SOURCE_ACCOUNT_BALANCES_CREDENTIALS_UPDATE_REQUIRED",
                ),
                CodeInfo(
                    value="PAYMENT_SOURCE_ACCOUNT_BALANCES_INVALID_CREDENTIALS",
                    description="User entered incorrect credentials",
                    category=_C.CREDENTIALS_INVALID,
                    sources=(_S["seed-000"],),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["seed-000"],)),
                    ),
                    page="reference/lean/secondary_status/#PAYMENT_SOURCE_ACCOUNT_BALANCES_INVALID_CREDENTIALS",
                ),
                CodeInfo(
                    value="PAYMENT_SOURCE_ACCOUNT_BALANCES_EXHAUSTED_SECURITY_QUESTION_ATTEMPTS",
                    description="User exhausted security question answer attempts",
                    category=_C.ATTEMPTS_EXHAUSTED,
                    sources=(_S["seed-000"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["seed-000"],)),
                    ),
                    page="reference/lean/secondary_status/#PAYMENT_SOURCE_ACCOUNT_BALANCES_EXHAUSTED_SECURITY_QUESTION_ATTEMPTS",
                ),
                CodeInfo(
                    value="PAYMENT_SOURCE_ACCOUNT_BALANCES_EXHAUSTED_MFA_ATTEMPTS",
                    description="User exhausted OTP entry attempts",
                    category=_C.ATTEMPTS_EXHAUSTED,
                    sources=(_S["seed-000"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["seed-000"],)),
                    ),
                    page="reference/lean/secondary_status/#PAYMENT_SOURCE_ACCOUNT_BALANCES_EXHAUSTED_MFA_ATTEMPTS",
                ),
                CodeInfo(
                    value="CONSENT_EXPIRED",
                    description="Consent has expired",
                    category=_C.RECONNECT_REQUIRED,
                    sources=(_S["lean-linksdk-statuses-ksa"],),
                    retryable=False,
                    end_user_can_retry=True,
                    scope=Scope(regions=("KSA",)),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["lean-linksdk-statuses-ksa"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/lean/secondary_status/#CONSENT_EXPIRED",
                    notes="Only in the KSA version of the statuses page, whose 8-row list is OK, ACTIVE, FAILED, UNKNOWN, REJECTED_BY_BANK, AWAITING_APP_AUTH, AWAITING_END_USER_AUTHORIZATION and CONSENT_EXPIRED.",
                    next_step="renew_consent",
                    state="consent_ended",
                    state_reason="Lean's words: the consent has expired.",
                ),
                CodeInfo(
                    value="SUCCESS",
                    description="Shown as secondary_status in the legacy callback example next to method LINK.",
                    category=_C.SUCCESS,
                    sources=(_S["lean-rn-readme-legacy"],),
                    retryable=False,
                    end_user_can_retry=False,
                    lifecycle=Lifecycle(
                        state="deprecated",
                        note="Seen only in the legacy React Native README example; not in any documented secondary_status list.",
                    ),
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/lean/secondary_status/#SUCCESS",
                    editorial=True,
                ),
            ),
        ),
        {},
    )
    return SecondaryStatus


def _CallbackMethod() -> type[CodeEnum]:
    class CallbackMethod(CodeEnum):
        """Callback method: The method field of the LinkSDK callback: the method the SDK was called with. The iOS SDK's README documents it in LeanStatus, the struct of its error responses, and the legacy React Native README in its callback; the current React Native, Flutter and web SDK sources and the Android page have no such field.

        Wire field: LeanStatus.method (iOS); CallbackData.method (legacy React Native)."""

        LINK = "LINK"
        RECONNECT = "RECONNECT"
        CREATE_PAYMENT_SOURCE = "CREATE_PAYMENT_SOURCE"
        PAY = "PAY"

    register(
        CallbackMethod,
        lambda: (
            CodeSetInfo(
                provider="lean",
                id="callback_method",
                title="Callback method",
                description="The method field of the LinkSDK callback: the method the SDK was called with. The iOS SDK's README documents it in LeanStatus, the struct of its error responses, and the legacy React Native README in its callback; the current React Native, Flutter and web SDK sources and the Android page have no such field.",
                field="LeanStatus.method (iOS); CallbackData.method (legacy React Native)",
                sources=(_S["lean-ios-readme"], _S["lean-rn-readme-legacy"]),
            ),
            (
                CodeInfo(
                    value="LINK",
                    description="The callback comes from the link flow.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["lean-ios-readme"], _S["lean-rn-readme-legacy"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/lean/callback_method/#LINK",
                    editorial=True,
                ),
                CodeInfo(
                    value="RECONNECT",
                    description="The callback comes from the reconnect flow.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["lean-ios-readme"], _S["lean-rn-readme-legacy"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/lean/callback_method/#RECONNECT",
                    editorial=True,
                ),
                CodeInfo(
                    value="CREATE_PAYMENT_SOURCE",
                    description="The callback comes from the createPaymentSource flow.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["lean-ios-readme"], _S["lean-rn-readme-legacy"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/lean/callback_method/#CREATE_PAYMENT_SOURCE",
                    editorial=True,
                ),
                CodeInfo(
                    value="PAY",
                    description="The callback comes from the pay flow.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["lean-ios-readme"], _S["lean-rn-readme-legacy"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/lean/callback_method/#PAY",
                    editorial=True,
                ),
            ),
        ),
        {},
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
        lambda: (
            CodeSetInfo(
                provider="lean",
                id="user_exit_intent",
                title="User exit intent",
                description="What the end user said about a payment when leaving the SDK early.",
                field="CallbackData.user_exit_intent",
                sources=(_S["lean-rn-readme"],),
            ),
            (
                CodeInfo(
                    value="USER_CANCELLED_PAYMENT",
                    description="The end user said they cancelled the payment.",
                    category=_C.CANCELLED,
                    sources=(_S["lean-rn-readme"],),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/lean/user_exit_intent/#USER_CANCELLED_PAYMENT",
                    editorial=True,
                ),
                CodeInfo(
                    value="USER_COMPLETED_PAYMENT",
                    description="The end user said they completed the payment; confirm it through the payment webhook.",
                    category=_C.PENDING,
                    sources=(_S["lean-rn-readme"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/lean/user_exit_intent/#USER_COMPLETED_PAYMENT",
                    editorial=True,
                ),
            ),
        ),
        {},
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
        lambda: (
            CodeSetInfo(
                provider="lean",
                id="permission",
                title="Permission",
                description="A permission requested from the end user in the permissions config field.",
                field="config.permissions[]",
                sources=(_S["lean-rn-enums"], _S["lean-web-readme-uae"]),
            ),
            (
                CodeInfo(
                    value="identity",
                    description="Access to the end user's identity data.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["lean-rn-enums"], _S["seed-002"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/lean/permission/#identity",
                    editorial=True,
                ),
                CodeInfo(
                    value="accounts",
                    description="Access to the list of accounts.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["lean-rn-enums"], _S["seed-002"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/lean/permission/#accounts",
                    editorial=True,
                ),
                CodeInfo(
                    value="balance",
                    description="Access to account balances.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["lean-rn-enums"], _S["seed-002"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/lean/permission/#balance",
                    editorial=True,
                ),
                CodeInfo(
                    value="transactions",
                    description="Access to account transactions.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["lean-rn-enums"], _S["seed-002"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/lean/permission/#transactions",
                    editorial=True,
                ),
                CodeInfo(
                    value="payments",
                    description="Permission to initiate payments.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["lean-rn-enums"], _S["lean-web-readme-uae"]),
                    retryable=False,
                    end_user_can_retry=False,
                    scope=Scope(regions=("UAE",)),
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/lean/permission/#payments",
                    editorial=True,
                    notes="The Web SDK v2 README lists payments for AE only.",
                ),
                CodeInfo(
                    value="identities",
                    description="Access to identity data (KSA).",
                    category=_C.INFORMATIONAL,
                    sources=(_S["lean-rn-enums"], _S["lean-web-readme-uae"]),
                    retryable=False,
                    end_user_can_retry=False,
                    scope=Scope(regions=("KSA",)),
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/lean/permission/#identities",
                    editorial=True,
                    notes="KSA-specific in the React Native enum; the Web SDK v2 README lists it for both AE and SA.",
                ),
                CodeInfo(
                    value="beneficiaries",
                    description="Access to the account's beneficiaries.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["lean-rn-enums"], _S["lean-web-readme-uae"]),
                    retryable=False,
                    end_user_can_retry=False,
                    scope=Scope(regions=("KSA",)),
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/lean/permission/#beneficiaries",
                    editorial=True,
                    notes="KSA-specific in the React Native enum; the Web SDK v2 README lists it for both AE and SA.",
                ),
                CodeInfo(
                    value="direct_debits",
                    description="Access to the account's direct debits.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["lean-rn-enums"], _S["lean-web-ksa"]),
                    retryable=False,
                    end_user_can_retry=False,
                    scope=Scope(regions=("KSA",)),
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/lean/permission/#direct_debits",
                    editorial=True,
                    aliases=("directDebits",),
                    notes="The KSA web page's callback example spells it directDebits.",
                ),
                CodeInfo(
                    value="standing_orders",
                    description="Access to the account's standing orders.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["lean-rn-enums"], _S["lean-web-ksa"]),
                    retryable=False,
                    end_user_can_retry=False,
                    scope=Scope(regions=("KSA",)),
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/lean/permission/#standing_orders",
                    editorial=True,
                    aliases=("standingOrders",),
                    notes="The KSA web page's callback example spells it standingOrders.",
                ),
                CodeInfo(
                    value="scheduled_payments",
                    description="Access to the account's scheduled payments.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["lean-rn-enums"], _S["lean-web-ksa"]),
                    retryable=False,
                    end_user_can_retry=False,
                    scope=Scope(regions=("KSA",)),
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/lean/permission/#scheduled_payments",
                    editorial=True,
                    aliases=("scheduledPayments",),
                    notes="The KSA web page's callback example spells it scheduledPayments.",
                ),
            ),
        ),
        {
            "directDebits": "direct_debits",
            "standingOrders": "standing_orders",
            "scheduledPayments": "scheduled_payments",
        },
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
        lambda: (
            CodeSetInfo(
                provider="lean",
                id="sdk_method",
                title="LinkSDK method",
                description="A LinkSDK method; each one is a distinct user-facing flow.",
                field="Lean.<method>(config)",
                sources=(_S["lean-flows-reference"], _S["seed-002"]),
            ),
            (
                CodeInfo(
                    value="connect",
                    description="Links a customer's bank account with Lean. Walks the user through bank selection, authentication, and consent for the permissions you request.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["seed-002"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["seed-002"],)),
                    ),
                    page="reference/lean/sdk_method/#connect",
                ),
                CodeInfo(
                    value="reconnect",
                    description="Re-authenticates a customer's existing connection when it breaks (e.g. bank-side password change).",
                    category=_C.INFORMATIONAL,
                    sources=(_S["seed-002"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["seed-002"],)),
                    ),
                    page="reference/lean/sdk_method/#reconnect",
                ),
                CodeInfo(
                    value="pay",
                    description="Initiate a bank-to-bank payment.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["lean-flows-reference"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["lean-flows-reference"],),
                        ),
                    ),
                    page="reference/lean/sdk_method/#pay",
                ),
                CodeInfo(
                    value="checkout",
                    description="One-off guest payment authorisation (Open Finance).",
                    category=_C.INFORMATIONAL,
                    sources=(_S["lean-flows-reference"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["lean-flows-reference"],),
                        ),
                    ),
                    page="reference/lean/sdk_method/#checkout",
                ),
                CodeInfo(
                    value="updatePaymentSource",
                    description="Add a new beneficiary to an existing payment source.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["lean-flows-reference"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["lean-flows-reference"],),
                        ),
                    ),
                    page="reference/lean/sdk_method/#updatePaymentSource",
                ),
                CodeInfo(
                    value="verifyAddress",
                    description="Proof-of-address check using bank identity data.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["lean-flows-reference"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["lean-flows-reference"],),
                        ),
                    ),
                    page="reference/lean/sdk_method/#verifyAddress",
                ),
                CodeInfo(
                    value="authorizeConsent",
                    description="Grant a long-lived Account-on-File consent (Open Finance).",
                    category=_C.INFORMATIONAL,
                    sources=(_S["lean-flows-reference"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["lean-flows-reference"],),
                        ),
                    ),
                    page="reference/lean/sdk_method/#authorizeConsent",
                ),
                CodeInfo(
                    value="manageConsents",
                    description="Customer-facing consent management screen.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["lean-flows-reference"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["lean-flows-reference"],),
                        ),
                    ),
                    page="reference/lean/sdk_method/#manageConsents",
                ),
                CodeInfo(
                    value="captureRedirect",
                    description="Show the outcome screen after an Open Finance redirect.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["lean-flows-reference"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["lean-flows-reference"],),
                        ),
                    ),
                    page="reference/lean/sdk_method/#captureRedirect",
                ),
                CodeInfo(
                    value="createBeneficiary",
                    description="Alias for updatePaymentSource. On Android, createBeneficiary is still the primary name; everywhere else it's the deprecated alias.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["seed-002"],),
                    retryable=False,
                    end_user_can_retry=False,
                    lifecycle=Lifecycle(
                        state="deprecated",
                        note="Deprecated except on Android; still works but will be removed in a future major release.",
                        replaced_by="updatePaymentSource",
                    ),
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["seed-002"],)),
                    ),
                    page="reference/lean/sdk_method/#createBeneficiary",
                ),
                CodeInfo(
                    value="createPaymentSource",
                    description='Alias for connect with permissions: ["payments"] forced. Retained for older integrations where the customer already has data permissions and only needs payments. New integrations should call connect directly with the desired permissions.',
                    category=_C.INFORMATIONAL,
                    sources=(_S["seed-002"],),
                    retryable=False,
                    end_user_can_retry=False,
                    lifecycle=Lifecycle(
                        state="deprecated",
                        note="Still works but will be removed in a future major release; call connect with the desired permissions.",
                        replaced_by="connect",
                    ),
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["seed-002"],)),
                    ),
                    page="reference/lean/sdk_method/#createPaymentSource",
                ),
                CodeInfo(
                    value="link",
                    description="Legacy data-only connect kept by the React Native and Flutter SDKs.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["lean-rn-sdk-types"],),
                    retryable=False,
                    end_user_can_retry=False,
                    scope=Scope(sdks=("react-native", "flutter")),
                    lifecycle=Lifecycle(
                        state="deprecated",
                        note="Legacy method; new integrations use connect.",
                        replaced_by="connect",
                    ),
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/lean/sdk_method/#link",
                    editorial=True,
                ),
            ),
        ),
        {},
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
        lambda: (
            CodeSetInfo(
                provider="lean",
                id="webhook_event_type",
                title="Webhook event type",
                description="The type field of a Lean webhook, in the form object.action.",
                field="webhook.type",
                sources=(_S["lean-webhook-structure"], _S["lean-webhook-library"]),
            ),
            (
                CodeInfo(
                    value="entity.created",
                    description="An entity (a connection to a bank) was created.",
                    category=_C.INFORMATIONAL,
                    sources=(
                        _S["lean-webhook-library-ksa"],
                        _S["lean-postman-ksa-webhooks"],
                        _S["lean-postman-uae-webhooks"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/lean/webhook_event_type/#entity.created",
                    editorial=True,
                ),
                CodeInfo(
                    value="entity.updated",
                    description="An entity changed: consent change, re-connect or revocation.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["lean-webhook-library-ksa"], _S["lean-handle-expired-consent"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/lean/webhook_event_type/#entity.updated",
                    editorial=True,
                ),
                CodeInfo(
                    value="entity.reconnected",
                    description="An entity was reconnected; the payload carries the reconnect_id.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["lean-handling-reconnects"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/lean/webhook_event_type/#entity.reconnected",
                    editorial=True,
                ),
                CodeInfo(
                    value="entity.data.refresh.updated",
                    description="The status of a data refresh for an entity changed.",
                    category=_C.INFORMATIONAL,
                    sources=(
                        _S["lean-migrating-data-store"],
                        _S["lean-postman-ksa-webhooks"],
                        _S["lean-postman-uae-webhooks"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/lean/webhook_event_type/#entity.data.refresh.updated",
                    editorial=True,
                ),
                CodeInfo(
                    value="results.ready",
                    description="The results of an asynchronous request are ready; the payload id is the results_id.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["lean-async-requests"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/lean/webhook_event_type/#results.ready",
                    editorial=True,
                ),
                CodeInfo(
                    value="payment_source.created",
                    description="This webhook is triggered when your customer successfully creates a payment source using the Link SDKs Connect() or CreatePaymentSource() functions.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["lean-webhook-library"], _S["lean-postman-uae-webhooks"]),
                    retryable=False,
                    end_user_can_retry=False,
                    lifecycle=Lifecycle(
                        state="deprecated",
                        note="Lean's webhook library says this event will soon be deprecated and recommends acting on payment_source.beneficiary.updated instead.",
                        replaced_by="payment_source.beneficiary.updated",
                    ),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["lean-webhook-library"],),
                        ),
                        Wording(
                            field="message", by="provider", sources=(_S["lean-webhook-library"],)
                        ),
                    ),
                    page="reference/lean/webhook_event_type/#payment_source.created",
                    message="A payment source was pre-authorized by your customer.",
                ),
                CodeInfo(
                    value="payment_source.beneficiary.created",
                    description="This webhook is triggered when your customer successfully creates a payment source using the Link SDKs Connect() or CreatePaymentSource() functions. This webhook is also triggered when a destination is added to a payment source using the Link SDK UpdatePaymentSource() function which creates a new beneficiary object within the payment source.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["lean-webhook-library"], _S["lean-postman-uae-webhooks"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["lean-webhook-library"],),
                        ),
                    ),
                    page="reference/lean/webhook_event_type/#payment_source.beneficiary.created",
                ),
                CodeInfo(
                    value="payment_source.beneficiary.updated",
                    description="A payment source beneficiary changed.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["lean-webhook-library"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/lean/webhook_event_type/#payment_source.beneficiary.updated",
                    editorial=True,
                ),
                CodeInfo(
                    value="payment_intent.created",
                    description="A payment intent was created.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["lean-postman-uae-webhooks"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/lean/webhook_event_type/#payment_intent.created",
                    editorial=True,
                ),
                CodeInfo(
                    value="payment.created",
                    description="A payment request was created with the bank; carries the initial status, which can be intermediate or terminal.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["lean-payment-statuses"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/lean/webhook_event_type/#payment.created",
                    editorial=True,
                ),
                CodeInfo(
                    value="payment.updated",
                    description="A later status update of a payment.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["lean-payment-statuses"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/lean/webhook_event_type/#payment.updated",
                    editorial=True,
                ),
                CodeInfo(
                    value="payment.transaction",
                    description="A payment moved along its lifecycle (CREATED, PROCESSING, PROCESSED or FAILED).",
                    category=_C.INFORMATIONAL,
                    sources=(_S["lean-payment-lifecycle"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/lean/webhook_event_type/#payment.transaction",
                    editorial=True,
                ),
                CodeInfo(
                    value="payment.reconciliation.updated",
                    description="The reconciliation status of a payment changed.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["lean-postman-reconciliation"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/lean/webhook_event_type/#payment.reconciliation.updated",
                    editorial=True,
                ),
                CodeInfo(
                    value="bank.availability.updated",
                    description="The availability of a bank for payments or data changed.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["lean-postman-ksa-webhooks"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/lean/webhook_event_type/#bank.availability.updated",
                    editorial=True,
                ),
                CodeInfo(
                    value="consent.status.updated",
                    description="The status of a consent changed.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["lean-consent-lifecycle"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(
                            field="notes", by="bankcodes", sources=(_S["lean-consent-management"],)
                        ),
                    ),
                    page="reference/lean/webhook_event_type/#consent.status.updated",
                    editorial=True,
                    notes="Lean's consent-management page says a revoked consent (revoked by the customer or at their bank) is reported with a payment_consent.status.updated webhook.",
                ),
            ),
        ),
        {},
    )
    return WebhookEventType


def _PaymentStatus() -> type[CodeEnum]:
    class PaymentStatus(CodeEnum):
        """Payment status: The status of a payment in the payment.created and payment.updated webhooks. payment.created may carry an intermediate or a terminal status. Lean's payment statuses page shows only these two in its examples, and the complete list of statuses was not read (the copy read of that page is cut inside the payment.updated example); any other status parses as an unknown code (classify it with code_set="payment_status"; without it, a value such as REJECTED_BY_BANK is answered by the LinkSDK secondary status set).

        Wire field: payment.created / payment.updated payload.status."""

        PENDING_WITH_BANK = "PENDING_WITH_BANK"
        ACCEPTED_BY_BANK = "ACCEPTED_BY_BANK"

    register(
        PaymentStatus,
        lambda: (
            CodeSetInfo(
                provider="lean",
                id="payment_status",
                title="Payment status",
                description='The status of a payment in the payment.created and payment.updated webhooks. payment.created may carry an intermediate or a terminal status. Lean\'s payment statuses page shows only these two in its examples, and the complete list of statuses was not read (the copy read of that page is cut inside the payment.updated example); any other status parses as an unknown code (classify it with code_set="payment_status"; without it, a value such as REJECTED_BY_BANK is answered by the LinkSDK secondary status set).',
                field="payment.created / payment.updated payload.status",
                sources=(_S["lean-payment-statuses"],),
            ),
            (
                CodeInfo(
                    value="PENDING_WITH_BANK",
                    description="Payment is pending with the bank",
                    category=_C.PENDING,
                    sources=(
                        _S["lean-payment-statuses"],
                        _S["seed-000"],
                        _S["lean-help-pending-with-bank"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["lean-payment-statuses"],
                                _S["seed-000"],
                                _S["lean-help-pending-with-bank"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/lean/payment_status/#PENDING_WITH_BANK",
                    notes="Lean's help centre: when a payment initiation has a final status of PENDING_WITH_BANK, the bank has accepted the initiation but has not provided a transactional reference; such payments may be processed by the bank at a future date and require manual reconciliation.",
                ),
                CodeInfo(
                    value="ACCEPTED_BY_BANK",
                    description="Bank confirmed payment initiation",
                    category=_C.SUCCESS,
                    sources=(_S["lean-payment-statuses"], _S["seed-000"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["lean-payment-statuses"], _S["seed-000"]),
                        ),
                    ),
                    page="reference/lean/payment_status/#ACCEPTED_BY_BANK",
                ),
            ),
        ),
        {},
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
        lambda: (
            CodeSetInfo(
                provider="lean",
                id="payment_lifecycle_status",
                title="Payment lifecycle status",
                description="The status of a payment in the payment.transaction webhook: CREATED, then PROCESSING, then PROCESSED or FAILED.",
                field="payment.transaction payload.status",
                sources=(_S["lean-payment-lifecycle"],),
            ),
            (
                CodeInfo(
                    value="CREATED",
                    description="An internal transaction record has been created, but no interaction with the bank has occurred yet.",
                    category=_C.PENDING,
                    sources=(_S["lean-payment-lifecycle"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["lean-payment-lifecycle"],),
                        ),
                    ),
                    page="reference/lean/payment_lifecycle_status/#CREATED",
                    next_statuses=("PROCESSING", "FAILED"),
                ),
                CodeInfo(
                    value="PROCESSING",
                    description="The transaction has been submitted or is being attempted at the bank.",
                    category=_C.PENDING,
                    sources=(_S["lean-payment-lifecycle"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["lean-payment-lifecycle"],),
                        ),
                    ),
                    page="reference/lean/payment_lifecycle_status/#PROCESSING",
                    next_statuses=("PROCESSED", "FAILED"),
                ),
                CodeInfo(
                    value="PROCESSED",
                    description="The final successful state.",
                    category=_C.SUCCESS,
                    sources=(_S["lean-payment-lifecycle"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["lean-payment-lifecycle"],),
                        ),
                    ),
                    page="reference/lean/payment_lifecycle_status/#PROCESSED",
                    next_statuses=(),
                ),
                CodeInfo(
                    value="FAILED",
                    description="The final unsuccessful state.",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["lean-payment-lifecycle"],),
                    retryable=False,
                    end_user_can_retry=False,
                    end_user={
                        "en": EndUserWords(
                            message="Your payment was not completed.",
                            action="Contact support or your bank to find out why.",
                        ),
                        "fr": EndUserWords(
                            message="Votre paiement n'a pas été effectué.",
                            action="Communiquez avec notre service d'assistance ou votre banque pour en connaître la raison.",
                        ),
                        "ar": EndUserWords(
                            message="لم تكتمل عملية الدفع.",
                            action="تواصل مع فريق الدعم أو مع بنكك لمعرفة السبب.",
                        ),
                        "es": EndUserWords(
                            message="Su pago no se completó.",
                            action="Comuníquese con el servicio de asistencia o con su banco para conocer el motivo.",
                        ),
                        "pt": EndUserWords(
                            message="Seu pagamento não foi concluído.",
                            action="Entre em contato com o suporte ou com seu banco para saber o motivo.",
                        ),
                    },
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["lean-payment-lifecycle"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/lean/payment_lifecycle_status/#FAILED",
                    next_statuses=(),
                    notes="Lean's payment lifecycle page lists its causes: validation issues before any bank initiation, repeated unsuccessful initiation attempts, or the bank rejecting the transaction (declined, insufficient funds). The payment itself is final; a new payment may be started once the cause is known. lean-payment-lifecycle: 'The final unsuccessful state.' (causes: validation issues, repeated unsuccessful initiation attempts, the bank declining, insufficient funds). The payment is final, so no 'try again'.",
                ),
            ),
        ),
        {},
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
        lambda: (
            CodeSetInfo(
                provider="lean",
                id="payment_source_status",
                title="Payment source status",
                description="The status of a payment source or beneficiary in the payment_source webhooks.",
                field="payment_source.* payload.status",
                sources=(_S["lean-webhook-library"], _S["lean-postman-uae-webhooks"]),
            ),
            (
                CodeInfo(
                    value="AWAITING_BENEFICIARY_COOL_OFF",
                    description="The beneficiary is in its cool-off period before it can be paid.",
                    category=_C.PENDING,
                    sources=(_S["lean-webhook-library"], _S["lean-postman-uae-webhooks"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/lean/payment_source_status/#AWAITING_BENEFICIARY_COOL_OFF",
                    editorial=True,
                ),
                CodeInfo(
                    value="ACTIVE",
                    description="The payment source or beneficiary is active.",
                    category=_C.SUCCESS,
                    sources=(_S["lean-webhook-library"], _S["lean-postman-uae-webhooks"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/lean/payment_source_status/#ACTIVE",
                    editorial=True,
                ),
            ),
        ),
        {},
    )
    return PaymentSourceStatus


def _PaymentIntentStatus() -> type[CodeEnum]:
    class PaymentIntentStatus(CodeEnum):
        """Payment intent status: The status of a payment intent in the payment_intent.created webhook.

        Wire field: payment_intent.created payload.status."""

        INTENT_CREATED = "INTENT_CREATED"

    register(
        PaymentIntentStatus,
        lambda: (
            CodeSetInfo(
                provider="lean",
                id="payment_intent_status",
                title="Payment intent status",
                description="The status of a payment intent in the payment_intent.created webhook.",
                field="payment_intent.created payload.status",
                sources=(_S["lean-postman-uae-webhooks"],),
            ),
            (
                CodeInfo(
                    value="INTENT_CREATED",
                    description="The payment intent was created.",
                    category=_C.PENDING,
                    sources=(_S["lean-postman-uae-webhooks"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/lean/payment_intent_status/#INTENT_CREATED",
                    editorial=True,
                ),
            ),
        ),
        {},
    )
    return PaymentIntentStatus


def _ReconciliationStatus() -> type[CodeEnum]:
    class ReconciliationStatus(CodeEnum):
        """Payment reconciliation status: The status in the payment.reconciliation.updated webhook.

        Wire field: payment.reconciliation.updated payload.status."""

        RECONCILED = "RECONCILED"

    register(
        ReconciliationStatus,
        lambda: (
            CodeSetInfo(
                provider="lean",
                id="reconciliation_status",
                title="Payment reconciliation status",
                description="The status in the payment.reconciliation.updated webhook.",
                field="payment.reconciliation.updated payload.status",
                sources=(_S["lean-postman-uae-webhooks"],),
            ),
            (
                CodeInfo(
                    value="RECONCILED",
                    description="The payment was reconciled.",
                    category=_C.SUCCESS,
                    sources=(_S["lean-postman-reconciliation"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/lean/reconciliation_status/#RECONCILED",
                    editorial=True,
                ),
            ),
        ),
        {},
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
        lambda: (
            CodeSetInfo(
                provider="lean",
                id="data_refresh_status",
                title="Data refresh status",
                description="The status in the entity.data.refresh.updated webhook. Lean's own sample files disagree by region on the final value.",
                field="entity.data.refresh.updated payload.status",
                sources=(
                    _S["lean-migrating-data-store"],
                    _S["lean-postman-ksa-webhooks"],
                    _S["lean-postman-uae-webhooks"],
                ),
            ),
            (
                CodeInfo(
                    value="PENDING",
                    description="The data refresh has started and is not finished.",
                    category=_C.PENDING,
                    sources=(_S["lean-migrating-data-store"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/lean/data_refresh_status/#PENDING",
                    editorial=True,
                    notes="Lean's data workflow page is the only source of this value; its retrievable copy ends before it.",
                ),
                CodeInfo(
                    value="FINISHED",
                    description="The data refresh finished.",
                    category=_C.SUCCESS,
                    sources=(_S["lean-migrating-data-store"], _S["lean-postman-ksa-webhooks"]),
                    retryable=False,
                    end_user_can_retry=False,
                    scope=Scope(regions=("KSA",)),
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/lean/data_refresh_status/#FINISHED",
                    editorial=True,
                ),
                CodeInfo(
                    value="OK",
                    description="The data refresh finished (UAE sample payload).",
                    category=_C.SUCCESS,
                    sources=(_S["lean-postman-uae-webhooks"],),
                    retryable=False,
                    end_user_can_retry=False,
                    scope=Scope(regions=("UAE",)),
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/lean/data_refresh_status/#OK",
                    editorial=True,
                ),
            ),
        ),
        {},
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
        UNKNOWN_ENTITY = "UNKNOWN_ENTITY"
        UNKNOWN_ACCOUNT = "UNKNOWN_ACCOUNT"
        UNKNOWN_RESULTS_ID = "UNKNOWN_RESULTS_ID"
        DATA_NOT_FOUND = "DATA_NOT_FOUND"
        DUPLICATED_REQUEST = "DUPLICATED_REQUEST"

    register(
        DataApiStatus,
        lambda: (
            CodeSetInfo(
                provider="lean",
                id="data_api_status",
                title="Data API status",
                description="The top-level status of a Data API response.",
                field="Data API response.status",
                sources=(
                    _S["lean-data-errors-ksa"],
                    _S["lean-handling-reconnects"],
                    _S["lean-async-requests"],
                ),
            ),
            (
                CodeInfo(
                    value="OK",
                    description="The request succeeded and the data is in the response.",
                    category=_C.SUCCESS,
                    sources=(
                        _S["lean-data-errors-ksa"],
                        _S["lean-handling-reconnects"],
                        _S["lean-async-requests"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/lean/data_api_status/#OK",
                    editorial=True,
                ),
                CodeInfo(
                    value="PENDING",
                    description="The data is not ready; the response carries a results_id and a results.ready webhook follows.",
                    category=_C.PENDING,
                    sources=(_S["lean-async-requests"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/lean/data_api_status/#PENDING",
                    editorial=True,
                ),
                CodeInfo(
                    value="RECONNECT_REQUIRED",
                    description="The entity must be reconnected; the response carries the reconnect_id for the reconnect flow.",
                    category=_C.RECONNECT_REQUIRED,
                    sources=(_S["lean-handling-reconnects"],),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/lean/data_api_status/#RECONNECT_REQUIRED",
                    equivalents=(
                        Equivalent(
                            provider="argyle",
                            code_set="bank_connection_error",
                            value="token_invalid_or_expired",
                            same="action",
                            reason="An existing connection stopped working until the customer signs in to it again.",
                        ),
                        Equivalent(
                            provider="plaid",
                            code_set="error_code",
                            value="ITEM_LOGIN_REQUIRED",
                            same="action",
                            reason="An existing connection stopped working until the customer signs in to it again.",
                        ),
                        Equivalent(
                            provider="mx",
                            code_set="connection_status",
                            value="17",
                            same="action",
                            reason="An existing connection stopped working until the customer signs in to it again.",
                        ),
                        Equivalent(
                            provider="mx",
                            code_set="connection_status",
                            value="20",
                            same="action",
                            reason="An existing connection stopped working until the customer signs in to it again.",
                        ),
                        Equivalent(
                            provider="truelayer",
                            code_set="data_api_error",
                            value="invalid_grant",
                            same="action",
                            reason="An existing connection stopped working until the customer signs in to it again.",
                        ),
                        Equivalent(
                            provider="truelayer",
                            code_set="data_api_error",
                            value="access_denied",
                            same="action",
                            reason="An existing connection stopped working until the customer signs in to it again.",
                        ),
                        Equivalent(
                            provider="truelayer",
                            code_set="data_api_v3_error",
                            value="Invalid State",
                            same="action",
                            reason="An existing connection stopped working until the customer signs in to it again.",
                        ),
                        Equivalent(
                            provider="stripe",
                            code_set="status_details_action",
                            value="relink_required",
                            same="action",
                            reason="An existing connection stopped working until the customer signs in to it again.",
                        ),
                        Equivalent(
                            provider="belvo",
                            code_set="webhook_code",
                            value="invalid_credentials",
                            same="action",
                            reason="An existing connection stopped working until the customer signs in to it again.",
                        ),
                    ),
                    editorial=True,
                    notes="The reconnect_id is in payload.reconnect_id, or results_id in the v2 UAE documentation; its expiry is documented as 7 days in one copy of the page and 30 days in another.",
                ),
                CodeInfo(
                    value="CONSENT_EXPIRED",
                    description="The consent behind the entity has expired.",
                    category=_C.RECONNECT_REQUIRED,
                    sources=(_S["lean-handle-expired-consent"], _S["lean-postman-ksa"]),
                    retryable=False,
                    end_user_can_retry=True,
                    http=(HttpStatus(status=403, sources=(_S["lean-postman-ksa"],)),),
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/lean/data_api_status/#CONSENT_EXPIRED",
                    editorial=True,
                    next_step="renew_consent",
                    state="consent_ended",
                    state_reason="The consent the data call relied on has expired.",
                ),
                CodeInfo(
                    value="FAILED",
                    description="The request failed; granular_status_code and status_additional_info say why.",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["lean-data-errors-ksa"],),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/lean/data_api_status/#FAILED",
                    editorial=True,
                    notes="Like callback ERROR: 'The request failed; granular_status_code and status_additional_info say why.' (lean-data-errors-ksa: 'Data errors are defined as responses 200 for the Data API where status=FAILED'); some granular causes must not be repeated (DISABLED_BY_CLIENT), so the status alone is not retryable; decide with granular_status_code.",
                ),
                CodeInfo(
                    value="UNKNOWN_ENTITY",
                    description="The entity_id provided did not match an account in our records.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["lean-postman-ksa"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(HttpStatus(status=404, sources=(_S["lean-postman-ksa"],)),),
                    wording=(
                        Wording(field="message", by="provider", sources=(_S["lean-postman-ksa"],)),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/lean/data_api_status/#UNKNOWN_ENTITY",
                    message="The entity_id provided did not match an account in our records.",
                    notes="Lean's Postman collection (KSA; the UAE one has the same) shows it as the status of a 404 of the Raw Data v2 requests, the data refreshes and Insights' Income (with a results_id on the Raw Data ones). Category: the request names an entity that is not one of the application's, which bankcodes reads as the request's mistake.",
                ),
                CodeInfo(
                    value="UNKNOWN_ACCOUNT",
                    description="The account_id provided does not match an account with the entity_id provided.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["lean-postman-ksa"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(HttpStatus(status=404, sources=(_S["lean-postman-ksa"],)),),
                    wording=(
                        Wording(field="message", by="provider", sources=(_S["lean-postman-ksa"],)),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/lean/data_api_status/#UNKNOWN_ACCOUNT",
                    message="The account_id provided does not match an account with the entity_id provided.",
                    notes="Lean's Postman collection (KSA; the UAE one has the same) shows it as the status of a 404 of the Raw Data v2 account requests (Get Transactions, Get Balances and the others), with a results_id. Category: the account named is not the entity's, which bankcodes reads as the request's mistake.",
                ),
                CodeInfo(
                    value="UNKNOWN_RESULTS_ID",
                    description="The results_id provided has not been recognized by Lean or has not been processed yet",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["lean-postman-ksa"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(HttpStatus(status=404, sources=(_S["lean-postman-ksa"],)),),
                    wording=(
                        Wording(field="message", by="provider", sources=(_S["lean-postman-ksa"],)),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/lean/data_api_status/#UNKNOWN_RESULTS_ID",
                    message="The results_id provided has not been recognized by Lean or has not been processed yet",
                    notes="Lean's Postman collection (KSA; the UAE one has the same) shows it as the status of a 404 of Get Results (legacy), with a results_id. Category: bankcodes' reading of the request's mistake; Lean's message also allows a results_id not processed yet, whose results come later (results.ready).",
                ),
                CodeInfo(
                    value="DATA_NOT_FOUND",
                    description="The data requested could not be found",
                    category=_C.ACCOUNT_UNAVAILABLE,
                    sources=(_S["lean-postman-ksa"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(HttpStatus(status=404, sources=(_S["lean-postman-ksa"],)),),
                    wording=(
                        Wording(field="message", by="provider", sources=(_S["lean-postman-ksa"],)),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/lean/data_api_status/#DATA_NOT_FOUND",
                    message="The data requested could not be found",
                    notes="Lean's Postman collection (KSA; the UAE one has the same) shows it as the status of a 404 of the Account Verification API, in its example of a blocked account (SA (Saudi Arabia) - BLOCKED - Adam Ahmed), without a results_id. Category: the account's data could not be found at the bank, which bankcodes reads as an account that cannot be verified there.",
                ),
                CodeInfo(
                    value="DUPLICATED_REQUEST",
                    description="Data refresh is already pending.",
                    category=_C.CONCURRENT_OPERATION,
                    sources=(_S["lean-postman-ksa"],),
                    retryable=True,
                    end_user_can_retry=True,
                    http=(HttpStatus(status=429, sources=(_S["lean-postman-ksa"],)),),
                    wording=(
                        Wording(field="message", by="provider", sources=(_S["lean-postman-ksa"],)),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/lean/data_api_status/#DUPLICATED_REQUEST",
                    message="Data refresh is already pending.",
                    notes="Lean's Postman collection (KSA; the UAE one has the same) shows it as the status of a 429 of Trigger a Manual Data Refresh (Too Many Requests - Duplicated request), without a results_id; the granular status code of the same name answers a FAILED Data API call. Category: a refresh of the same entity is already under way, as for the granular code.",
                ),
            ),
        ),
        {},
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
        EU_ACCOUNT_LOCKED = "EU_ACCOUNT_LOCKED"
        LOGGED_IN_ELSEWHERE = "LOGGED_IN_ELSEWHERE"
        UNSUPPORTED_BY_BANK = "UNSUPPORTED_BY_BANK"
        GIVEN_INPUT_CANNOT_BE_VERIFIED = "GIVEN_INPUT_CANNOT_BE_VERIFIED"

    register(
        GranularStatusCode,
        lambda: (
            CodeSetInfo(
                provider="lean",
                id="granular_status_code",
                title="Data API granular status code",
                description="The granular_status_code of a FAILED Data API response. The published list is longer than the part that could be retrieved.",
                field="Data API response.granular_status_code",
                sources=(_S["lean-data-errors-ksa"],),
            ),
            (
                CodeInfo(
                    value="UNSEEN_BANK_ERROR",
                    description="Your bank has reported an error, please try again later. If this error continues, please contact customer service.",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["lean-data-errors-ksa"],),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["lean-data-errors-ksa"],),
                        ),
                        Wording(
                            field="user_message",
                            by="provider",
                            sources=(_S["lean-data-errors-ksa"],),
                        ),
                        Wording(
                            field="advice", by="provider", sources=(_S["lean-data-errors-ksa"],)
                        ),
                    ),
                    page="reference/lean/granular_status_code/#UNSEEN_BANK_ERROR",
                    advice="Wait for some time before making a new request as this might be an intermittent issue. If the issue persists, contact Lean.",
                    user_message="Your bank has reported an error, please try again later. If this error continues, please contact customer service.",
                ),
                CodeInfo(
                    value="BANK_MAINTENANCE",
                    description="Your bank is currently undergoing technical maintenance and online services are unavailable. Please try again later.",
                    category=_C.INSTITUTION_UNAVAILABLE,
                    sources=(_S["lean-data-errors-ksa"],),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["lean-data-errors-ksa"],),
                        ),
                        Wording(
                            field="user_message",
                            by="provider",
                            sources=(_S["lean-data-errors-ksa"],),
                        ),
                        Wording(
                            field="advice", by="provider", sources=(_S["lean-data-errors-ksa"],)
                        ),
                    ),
                    page="reference/lean/granular_status_code/#BANK_MAINTENANCE",
                    equivalents=(
                        Equivalent(
                            provider="plaid",
                            code_set="error_code",
                            value="INSTITUTION_DOWN",
                            same="meaning",
                            reason="The institution's systems are down, for maintenance or a fault on its side.",
                        ),
                        Equivalent(
                            provider="stripe",
                            code_set="fc_event_error_code",
                            value="institution_unavailable_planned",
                            same="meaning",
                            reason="The institution's systems are down, for maintenance or a fault on its side.",
                        ),
                        Equivalent(
                            provider="stripe",
                            code_set="fc_event_error_code",
                            value="institution_unavailable_unplanned",
                            same="meaning",
                            reason="The institution's systems are down, for maintenance or a fault on its side.",
                        ),
                        Equivalent(
                            provider="belvo",
                            code_set="error_code",
                            value="institution_down",
                            same="meaning",
                            reason="The institution's systems are down, for maintenance or a fault on its side.",
                        ),
                        Equivalent(
                            provider="lean",
                            code_set="granular_status_code",
                            value="BANK_ISSUE",
                            same="action",
                            reason="The institution cannot be reached for now; nothing is wrong with what the customer entered, and the customer can only try again later.",
                        ),
                        Equivalent(
                            provider="flinks",
                            code_set="api_error_code",
                            value="RETRY_LATER",
                            same="action",
                            reason="The institution cannot be reached for now; nothing is wrong with what the customer entered, and the customer can only try again later.",
                        ),
                        Equivalent(
                            provider="argyle",
                            code_set="bank_connection_error",
                            value="temporary_connection_issue",
                            same="action",
                            reason="The institution cannot be reached for now; nothing is wrong with what the customer entered, and the customer can only try again later.",
                        ),
                        Equivalent(
                            provider="plaid",
                            code_set="error_code",
                            value="INSTITUTION_NOT_RESPONDING",
                            same="action",
                            reason="The institution cannot be reached for now; nothing is wrong with what the customer entered, and the customer can only try again later.",
                        ),
                        Equivalent(
                            provider="mx",
                            code_set="connection_status",
                            value="9",
                            same="action",
                            reason="The institution cannot be reached for now; nothing is wrong with what the customer entered, and the customer can only try again later.",
                        ),
                        Equivalent(
                            provider="truelayer",
                            code_set="data_api_v3_error",
                            value="Provider Error",
                            same="action",
                            reason="The institution cannot be reached for now; nothing is wrong with what the customer entered, and the customer can only try again later.",
                        ),
                        Equivalent(
                            provider="truelayer",
                            code_set="payments_error",
                            value="Provider Error",
                            same="action",
                            reason="The institution cannot be reached for now; nothing is wrong with what the customer entered, and the customer can only try again later.",
                        ),
                        Equivalent(
                            provider="gocardless",
                            code_set="account_error_type",
                            value="ServiceError",
                            same="action",
                            reason="The institution cannot be reached for now; nothing is wrong with what the customer entered, and the customer can only try again later.",
                        ),
                        Equivalent(
                            provider="gocardless",
                            code_set="account_error_type",
                            value="ConnectionError",
                            same="action",
                            reason="The institution cannot be reached for now; nothing is wrong with what the customer entered, and the customer can only try again later.",
                        ),
                        Equivalent(
                            provider="gocardless",
                            code_set="end_user_error",
                            value="InstitutionTechnicalError",
                            same="action",
                            reason="The institution cannot be reached for now; nothing is wrong with what the customer entered, and the customer can only try again later.",
                        ),
                        Equivalent(
                            provider="stripe",
                            code_set="fc_event_error_code",
                            value="institution_timeout",
                            same="action",
                            reason="The institution cannot be reached for now; nothing is wrong with what the customer entered, and the customer can only try again later.",
                        ),
                    ),
                    advice="Wait for some time before making a new request. This is outside of Lean's control but should resolve itself within a few hours.",
                    user_message="Your bank is currently undergoing technical maintenance and online services are unavailable. Please try again later.",
                ),
                CodeInfo(
                    value="BANK_ISSUE",
                    description="Your bank is currently experiencing technological problems. Please try again later.",
                    category=_C.INSTITUTION_UNAVAILABLE,
                    sources=(_S["lean-data-errors-ksa"],),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["lean-data-errors-ksa"],),
                        ),
                        Wording(
                            field="user_message",
                            by="provider",
                            sources=(_S["lean-data-errors-ksa"],),
                        ),
                        Wording(
                            field="advice", by="provider", sources=(_S["lean-data-errors-ksa"],)
                        ),
                    ),
                    page="reference/lean/granular_status_code/#BANK_ISSUE",
                    equivalents=(
                        Equivalent(
                            provider="lean",
                            code_set="granular_status_code",
                            value="BANK_MAINTENANCE",
                            same="action",
                            reason="The institution cannot be reached for now; nothing is wrong with what the customer entered, and the customer can only try again later.",
                        ),
                        Equivalent(
                            provider="flinks",
                            code_set="api_error_code",
                            value="RETRY_LATER",
                            same="action",
                            reason="The institution cannot be reached for now; nothing is wrong with what the customer entered, and the customer can only try again later.",
                        ),
                        Equivalent(
                            provider="argyle",
                            code_set="bank_connection_error",
                            value="temporary_connection_issue",
                            same="action",
                            reason="The institution cannot be reached for now; nothing is wrong with what the customer entered, and the customer can only try again later.",
                        ),
                        Equivalent(
                            provider="plaid",
                            code_set="error_code",
                            value="INSTITUTION_DOWN",
                            same="action",
                            reason="The institution cannot be reached for now; nothing is wrong with what the customer entered, and the customer can only try again later.",
                        ),
                        Equivalent(
                            provider="plaid",
                            code_set="error_code",
                            value="INSTITUTION_NOT_RESPONDING",
                            same="action",
                            reason="The institution cannot be reached for now; nothing is wrong with what the customer entered, and the customer can only try again later.",
                        ),
                        Equivalent(
                            provider="mx",
                            code_set="connection_status",
                            value="9",
                            same="action",
                            reason="The institution cannot be reached for now; nothing is wrong with what the customer entered, and the customer can only try again later.",
                        ),
                        Equivalent(
                            provider="truelayer",
                            code_set="data_api_v3_error",
                            value="Provider Error",
                            same="action",
                            reason="The institution cannot be reached for now; nothing is wrong with what the customer entered, and the customer can only try again later.",
                        ),
                        Equivalent(
                            provider="truelayer",
                            code_set="payments_error",
                            value="Provider Error",
                            same="action",
                            reason="The institution cannot be reached for now; nothing is wrong with what the customer entered, and the customer can only try again later.",
                        ),
                        Equivalent(
                            provider="gocardless",
                            code_set="account_error_type",
                            value="ServiceError",
                            same="action",
                            reason="The institution cannot be reached for now; nothing is wrong with what the customer entered, and the customer can only try again later.",
                        ),
                        Equivalent(
                            provider="gocardless",
                            code_set="account_error_type",
                            value="ConnectionError",
                            same="action",
                            reason="The institution cannot be reached for now; nothing is wrong with what the customer entered, and the customer can only try again later.",
                        ),
                        Equivalent(
                            provider="gocardless",
                            code_set="end_user_error",
                            value="InstitutionTechnicalError",
                            same="action",
                            reason="The institution cannot be reached for now; nothing is wrong with what the customer entered, and the customer can only try again later.",
                        ),
                        Equivalent(
                            provider="stripe",
                            code_set="fc_event_error_code",
                            value="institution_unavailable_planned",
                            same="action",
                            reason="The institution cannot be reached for now; nothing is wrong with what the customer entered, and the customer can only try again later.",
                        ),
                        Equivalent(
                            provider="stripe",
                            code_set="fc_event_error_code",
                            value="institution_unavailable_unplanned",
                            same="action",
                            reason="The institution cannot be reached for now; nothing is wrong with what the customer entered, and the customer can only try again later.",
                        ),
                        Equivalent(
                            provider="stripe",
                            code_set="fc_event_error_code",
                            value="institution_timeout",
                            same="action",
                            reason="The institution cannot be reached for now; nothing is wrong with what the customer entered, and the customer can only try again later.",
                        ),
                        Equivalent(
                            provider="belvo",
                            code_set="error_code",
                            value="institution_down",
                            same="action",
                            reason="The institution cannot be reached for now; nothing is wrong with what the customer entered, and the customer can only try again later.",
                        ),
                    ),
                    advice="Wait for some time before making a new request. This is outside of Lean's control but should resolve itself within a few hours.",
                    user_message="Your bank is currently experiencing technological problems. Please try again later.",
                ),
                CodeInfo(
                    value="LEAN_ERROR",
                    description="We are unable to process this request, please try again later. If you continue to see this error, please get in touch with customer support with the support code below.",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["lean-data-errors-ksa"],),
                    retryable=True,
                    end_user_can_retry=True,
                    end_user={
                        "en": EndUserWords(
                            message="We are unable to process this request right now.",
                            action="Please try again later, and contact support if this continues.",
                        ),
                        "fr": EndUserWords(
                            message="Nous ne pouvons pas traiter cette demande pour le moment.",
                            action="Veuillez réessayer plus tard et communiquer avec notre service d'assistance si le problème persiste.",
                        ),
                        "ar": EndUserWords(
                            message="لا يمكننا معالجة هذا الطلب في الوقت الحالي.",
                            action="يرجى المحاولة مرة أخرى لاحقاً، والتواصل مع فريق الدعم إذا استمرت المشكلة.",
                        ),
                        "es": EndUserWords(
                            message="No podemos procesar esta solicitud en este momento.",
                            action="Vuelva a intentarlo más tarde y comuníquese con el servicio de asistencia si el problema continúa.",
                        ),
                        "pt": EndUserWords(
                            message="Não conseguimos processar esta solicitação agora.",
                            action="Tente novamente mais tarde e entre em contato com o suporte se o problema continuar.",
                        ),
                    },
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["lean-data-errors-ksa"],),
                        ),
                        Wording(
                            field="user_message",
                            by="provider",
                            sources=(_S["lean-data-errors-ksa"],),
                        ),
                        Wording(
                            field="advice", by="provider", sources=(_S["lean-data-errors-ksa"],)
                        ),
                        Wording(
                            field="notes", by="bankcodes", sources=(_S["lean-data-errors-ksa"],)
                        ),
                    ),
                    page="reference/lean/granular_status_code/#LEAN_ERROR",
                    advice="Wait for some time before making a new request as this might be an intermittent issue. If the issue persists, contact Lean.",
                    user_message="We are unable to process this request, please try again later. If you continue to see this error, please get in touch with customer support with the support code below.",
                    user_message_offered=False,
                    notes="Lean's user message ends by asking for the support code below, which an app does not show, so it is not offered to the end user: bankcodes' words keep the rest of its meaning (try later, then contact support) (lean-data-errors-ksa).",
                ),
                CodeInfo(
                    value="DISABLED_BY_LEAN",
                    description="This functionality has been temporarily disabled for this bank. Please try again later.",
                    category=_C.INSTITUTION_UNAVAILABLE,
                    sources=(_S["lean-data-errors-ksa"],),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["lean-data-errors-ksa"],),
                        ),
                        Wording(
                            field="user_message",
                            by="provider",
                            sources=(_S["lean-data-errors-ksa"],),
                        ),
                        Wording(
                            field="advice", by="provider", sources=(_S["lean-data-errors-ksa"],)
                        ),
                        Wording(
                            field="notes", by="bankcodes", sources=(_S["lean-data-errors-ksa"],)
                        ),
                    ),
                    page="reference/lean/granular_status_code/#DISABLED_BY_LEAN",
                    advice="You should have received a webhook indicating the bank has been disabled. You should disable it on your side and reenable it once you receive a webhook indicating the bank has been reenabled.",
                    user_message="This functionality has been temporarily disabled for this bank. Please try again later.",
                    notes="Lean's advice is to disable the bank until its webhook says the bank is re-enabled, not to retry on a timer: a program should not retry it with backoff, while the end user may try later, as Lean's user message says (lean-data-errors-ksa).",
                ),
                CodeInfo(
                    value="DISABLED_BY_CLIENT",
                    description="This application has temporarily disabled functionality for this bank. Please try again later.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["lean-data-errors-ksa"],),
                    retryable=False,
                    end_user_can_retry=True,
                    end_user={
                        "en": EndUserWords(
                            message="This bank is temporarily unavailable in this app.",
                            action="Please try again later, or choose another bank.",
                        ),
                        "fr": EndUserWords(
                            message="Cette banque est temporairement indisponible dans cette application.",
                            action="Veuillez réessayer plus tard ou choisir une autre banque.",
                        ),
                        "ar": EndUserWords(
                            message="هذا البنك غير متاح مؤقتاً في هذا التطبيق.",
                            action="يرجى المحاولة مرة أخرى لاحقاً، أو اختيار بنك آخر.",
                        ),
                        "es": EndUserWords(
                            message="Este banco no está disponible temporalmente en esta aplicación.",
                            action="Vuelva a intentarlo más tarde o elija otro banco.",
                        ),
                        "pt": EndUserWords(
                            message="Este banco está temporariamente indisponível neste aplicativo.",
                            action="Tente novamente mais tarde ou escolha outro banco.",
                        ),
                    },
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["lean-data-errors-ksa"],),
                        ),
                        Wording(
                            field="user_message",
                            by="provider",
                            sources=(_S["lean-data-errors-ksa"],),
                        ),
                        Wording(
                            field="advice", by="provider", sources=(_S["lean-data-errors-ksa"],)
                        ),
                        Wording(
                            field="notes", by="bankcodes", sources=(_S["lean-data-errors-ksa"],)
                        ),
                    ),
                    page="reference/lean/granular_status_code/#DISABLED_BY_CLIENT",
                    advice="Reenable the bank from the Lean dashboard.",
                    user_message="This application has temporarily disabled functionality for this bank. Please try again later.",
                    notes="The app itself disabled the bank: Lean's advice is to re-enable it from the Lean dashboard, so a program should not repeat the request; the end user may try later, as Lean's user message says, once the app has re-enabled it (lean-data-errors-ksa).",
                ),
                CodeInfo(
                    value="DUPLICATED_REQUEST",
                    description="A request to this endpoint has already been made for the same entity and associated parameters. Please wait for the response or wait for one minute before making an",
                    category=_C.CONCURRENT_OPERATION,
                    sources=(_S["lean-data-errors-ksa"],),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["lean-data-errors-ksa"],),
                        ),
                        Wording(
                            field="notes", by="bankcodes", sources=(_S["lean-data-errors-ksa"],)
                        ),
                    ),
                    page="reference/lean/granular_status_code/#DUPLICATED_REQUEST",
                    notes='The retrievable copy of the page cuts this row short after "before making an"; the text is given as far as it goes.',
                    wait_seconds=60,
                    fact_sources={"wait_seconds": ("lean-data-errors-ksa",)},
                ),
                CodeInfo(
                    value="EU_ACCOUNT_LOCKED",
                    description="Your online account has been locked by your bank. This can be confirmed by trying to log in to your bank's mobile application or website which will also give you more details about how to unlock your account. Once your account is unlocked, you will be able to successfully connect.",
                    category=_C.ACTION_REQUIRED_AT_INSTITUTION,
                    sources=(_S["lean-data-errors"],),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["lean-data-errors"],)
                        ),
                        Wording(
                            field="user_message", by="provider", sources=(_S["lean-data-errors"],)
                        ),
                        Wording(field="advice", by="provider", sources=(_S["lean-data-errors"],)),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/lean/granular_status_code/#EU_ACCOUNT_LOCKED",
                    advice="Prompt the user to contact the bank to unlock the account. You can use the status_additional_info field as the copywrite to display.",
                    user_message="Your online account has been locked by your bank. This can be confirmed by trying to log in to your bank's mobile application or website which will also give you more details about how to unlock your account. Once your account is unlocked, you will be able to successfully connect.",
                    notes="A row of Lean's data errors page of its default (UAE) documentation, whose Description (the text shown, addressed to the customer) and What to do (the advice) are Lean's. It is not among the rows read of the KSA page's copy (lean-data-errors-ksa), which stops in DUPLICATED_REQUEST. The end user unlocks the account with the bank, then connects again.",
                ),
                CodeInfo(
                    value="LOGGED_IN_ELSEWHERE",
                    description="The bank rejected the connection because you logged into your bank account on another device. Please try again without logging in to your online banking elsewhere.",
                    category=_C.CONCURRENT_OPERATION,
                    sources=(_S["lean-data-errors"],),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["lean-data-errors"],)
                        ),
                        Wording(
                            field="user_message", by="provider", sources=(_S["lean-data-errors"],)
                        ),
                        Wording(field="advice", by="provider", sources=(_S["lean-data-errors"],)),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/lean/granular_status_code/#LOGGED_IN_ELSEWHERE",
                    advice="Wait for some time before making a new request. This should resolve itself within a few minutes to a few hours.",
                    user_message="The bank rejected the connection because you logged into your bank account on another device. Please try again without logging in to your online banking elsewhere.",
                    notes="A row of Lean's data errors page of its default (UAE) documentation, whose Description (the text shown, addressed to the customer) and What to do (the advice) are Lean's. It is not among the rows read of the KSA page's copy (lean-data-errors-ksa), which stops in DUPLICATED_REQUEST. Another session with the bank is open: the request succeeds later, once it is closed.",
                ),
                CodeInfo(
                    value="UNSUPPORTED_BY_BANK",
                    description="This bank does not support verification",
                    category=_C.INSTITUTION_NOT_SUPPORTED,
                    sources=(_S["lean-postman-ksa"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["lean-postman-ksa"],)
                        ),
                        Wording(field="message", by="provider", sources=(_S["lean-postman-ksa"],)),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/lean/granular_status_code/#UNSUPPORTED_BY_BANK",
                    message="Bank verification not supported",
                    notes="Lean's Postman collection (KSA; the UAE one has the same) shows it as status_detail.granular_status_code of a FAILED answer (200) of the Account Verification API, with the message as message and the description as status_additional_info; the catalog's reading of a Data API response takes granular_status_code at the top level, not under status_detail. Category: the bank does not offer the verification.",
                ),
                CodeInfo(
                    value="GIVEN_INPUT_CANNOT_BE_VERIFIED",
                    description="Account cannot be verified in this case. Please do not retry.",
                    category=_C.REJECTED,
                    sources=(_S["lean-postman-ksa"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="message", by="provider", sources=(_S["lean-postman-ksa"],)),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/lean/granular_status_code/#GIVEN_INPUT_CANNOT_BE_VERIFIED",
                    message="Account cannot be verified in this case. Please do not retry.",
                    notes="Lean's Postman collection (KSA; the UAE one has the same) shows it as status_detail.granular_status_code of a FAILED answer (200) of the Account Verification API, the message also its status_additional_info; the catalog's reading of a Data API response takes granular_status_code at the top level, not under status_detail. Category: the verification is refused for the account given; not retryable, as the message says.",
                ),
            ),
        ),
        {},
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
        lambda: (
            CodeSetInfo(
                provider="lean",
                id="api_error_status",
                title="API error status",
                description="The status of a general error response of the Lean API. The published table is longer than the part that could be retrieved.",
                field="API response.status",
                sources=(_S["lean-general-errors"],),
            ),
            (
                CodeInfo(
                    value="CERTIFICATE_TOKEN_MISMATCH",
                    description="The mTLS certificate used for the API call is a valid certificate issued by Lean but does not match the certificate that is assigned to the application token you have provided in the header.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["lean-general-errors"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(HttpStatus(status=401, sources=(_S["lean-general-errors"],)),),
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["lean-general-errors"],)
                        ),
                    ),
                    page="reference/lean/api_error_status/#CERTIFICATE_TOKEN_MISMATCH",
                ),
                CodeInfo(
                    value="CUSTOMER_ALREADY_EXISTS",
                    description="A Lean customer object already exists for the app_user_id you have provided.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["lean-general-errors"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(HttpStatus(status=409, sources=(_S["lean-general-errors"],)),),
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["lean-general-errors"],)
                        ),
                    ),
                    page="reference/lean/api_error_status/#CUSTOMER_ALREADY_EXISTS",
                ),
                CodeInfo(
                    value="INCORRECT_ACCESS_LEVEL",
                    description="You are making a call to a service that you do not have the correct access permission levels for.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["lean-general-errors"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(HttpStatus(status=403, sources=(_S["lean-general-errors"],)),),
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["lean-general-errors"],)
                        ),
                    ),
                    page="reference/lean/api_error_status/#INCORRECT_ACCESS_LEVEL",
                ),
                CodeInfo(
                    value="INSUFFICIENT_ACCESS_LEVEL",
                    description="You are making a call to the production endpoint whereas your application only has access to the sandbox environment. Make the same API call with sandbox.leantech.me/foo instead of api.leantech.me/foo.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["lean-general-errors"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(HttpStatus(status=403, sources=(_S["lean-general-errors"],)),),
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["lean-general-errors"],)
                        ),
                    ),
                    page="reference/lean/api_error_status/#INSUFFICIENT_ACCESS_LEVEL",
                ),
                CodeInfo(
                    value="INTERNAL_SERVER_ERROR",
                    description="This one's on us. Something has gone wrong in our system and you should let us know.",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["lean-general-errors"],),
                    retryable=True,
                    end_user_can_retry=True,
                    http=(HttpStatus(status=500, sources=(_S["lean-general-errors"],)),),
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["lean-general-errors"],)
                        ),
                    ),
                    page="reference/lean/api_error_status/#INTERNAL_SERVER_ERROR",
                ),
                CodeInfo(
                    value="INVALID_CERTIFICATE",
                    description="The provided certificate is not valid.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["lean-general-errors"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(HttpStatus(status=403, sources=(_S["lean-general-errors"],)),),
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["lean-general-errors"],)
                        ),
                    ),
                    page="reference/lean/api_error_status/#INVALID_CERTIFICATE",
                ),
                CodeInfo(
                    value="INVALID_HTTP_METHOD",
                    description="The HTTP method used for the API call is incorrect but the URL is correct. You've likely used a GET instead of a POST or vice versa.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["lean-general-errors"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(HttpStatus(status=405, sources=(_S["lean-general-errors"],)),),
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["lean-general-errors"],)
                        ),
                    ),
                    page="reference/lean/api_error_status/#INVALID_HTTP_METHOD",
                ),
                CodeInfo(
                    value="INVALID_PARAMETERS",
                    description="One or more parameters specified in the request body were invalid. This could be an unrecognized or misspelled key or an ill formatted value. We are always trying to be more specific with which parameter was invalid so you should contact us and tell us when you see this error so we can make a specific INVALID_[PARAMETERNAME] error for it.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["lean-general-errors"], _S["lean-postman-ksa"]),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(HttpStatus(status=400, sources=(_S["lean-general-errors"],)),),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["lean-general-errors"], _S["lean-postman-ksa"]),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/lean/api_error_status/#INVALID_PARAMETERS",
                    notes='Lean asks to be told of it: "you should contact us and tell us when you see this error". The KSA Postman collection saves it as a Data API answer (HTTP 400) whose message names the field and the value: "field: entity_id, value: …".',
                    next_step="contact_provider",
                    fact_sources={"next_step": ("lean-general-errors",)},
                ),
                CodeInfo(
                    value="INVALID_URL",
                    description="The URL specified for this request is invalid. Double check the spelling and whether you used the plural or singular of a noun.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["lean-general-errors"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(HttpStatus(status=404, sources=(_S["lean-general-errors"],)),),
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["lean-general-errors"],)
                        ),
                    ),
                    page="reference/lean/api_error_status/#INVALID_URL",
                ),
                CodeInfo(
                    value="MISSING_PARAMETERS",
                    description="A parameter required for this request was not specified.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["lean-general-errors"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(HttpStatus(status=400, sources=(_S["lean-general-errors"],)),),
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["lean-general-errors"],)
                        ),
                    ),
                    page="reference/lean/api_error_status/#MISSING_PARAMETERS",
                ),
                CodeInfo(
                    value="RATE_LIMIT_EXCEEDED",
                    description="Too many requests were sent in a period of time.",
                    category=_C.RATE_LIMITED,
                    sources=(_S["lean-general-errors"],),
                    retryable=True,
                    end_user_can_retry=True,
                    http=(HttpStatus(status=429, sources=(_S["lean-general-errors"],)),),
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/lean/api_error_status/#RATE_LIMIT_EXCEEDED",
                    equivalents=(
                        Equivalent(
                            provider="flinks",
                            code_set="api_error_code",
                            value="TOO_MANY_REQUESTS",
                            same="meaning",
                            reason="Too many requests in a period of time: the integrator's calls are throttled.",
                        ),
                        Equivalent(
                            provider="plaid",
                            code_set="error_type",
                            value="RATE_LIMIT_EXCEEDED",
                            same="meaning",
                            reason="Too many requests in a period of time: the integrator's calls are throttled.",
                        ),
                        Equivalent(
                            provider="truelayer",
                            code_set="payments_error",
                            value="Rate Limit Exceeded",
                            same="meaning",
                            reason="Too many requests in a period of time: the integrator's calls are throttled.",
                        ),
                        Equivalent(
                            provider="truelayer",
                            code_set="data_api_v3_error",
                            value="Rate Limit Exceeded",
                            same="meaning",
                            reason="Too many requests in a period of time: the integrator's calls are throttled.",
                        ),
                        Equivalent(
                            provider="gocardless",
                            code_set="error_summary",
                            value="Rate limit exceeded",
                            same="meaning",
                            reason="Too many requests in a period of time: the integrator's calls are throttled.",
                        ),
                        Equivalent(
                            provider="fintoc",
                            code_set="error_code",
                            value="rate_limit_exceeded",
                            same="meaning",
                            reason="Too many requests in a period of time: the integrator's calls are throttled.",
                        ),
                        Equivalent(
                            provider="basiq",
                            code_set="error_code",
                            value="too-many-requests",
                            same="meaning",
                            reason="Too many requests in a period of time: the integrator's calls are throttled.",
                        ),
                        Equivalent(
                            provider="mono",
                            code_set="http_status",
                            value="429",
                            same="meaning",
                            reason="Too many requests in a period of time: the integrator's calls are throttled.",
                        ),
                    ),
                    editorial=True,
                    notes="The retrievable copy of the page cuts this row's description short.",
                ),
            ),
        ),
        {},
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
        lambda: (
            CodeSetInfo(
                provider="lean",
                id="consent_status",
                title="Consent status",
                description="The status of an Open Finance consent, reported by consent.status.updated.",
                field="consent.status.updated payload.status",
                states=True,
                sources=(_S["lean-consent-lifecycle"], _S["lean-consent-management"]),
            ),
            (
                CodeInfo(
                    value="AWAITING_AUTHORISATION",
                    description="Consent created but not yet approved by the customer. The Consent has been successfully registered with Lean but must be authorised through the LinkSDK flow. Until authorised, no payments can be initiated under this Consent.",
                    category=_C.PENDING,
                    sources=(_S["lean-consent-lifecycle"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["lean-consent-lifecycle"],),
                        ),
                    ),
                    page="reference/lean/consent_status/#AWAITING_AUTHORISATION",
                    next_statuses=("AUTHORISED", "REJECTED"),
                ),
                CodeInfo(
                    value="AUTHORISED",
                    description="Customer has completed authorisation with their bank. The Consent is now active and can be used for initiating payments within the defined limits and validity period. This is the standard active state for Account on File (AoF) consents.",
                    category=_C.SUCCESS,
                    sources=(_S["lean-consent-lifecycle"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["lean-consent-lifecycle"],),
                        ),
                    ),
                    page="reference/lean/consent_status/#AUTHORISED",
                    next_statuses=("REVOKED", "EXPIRED", "CONSUMED", "SUSPENDED"),
                ),
                CodeInfo(
                    value="REVOKED",
                    description="Customer or bank has revoked the consent. No further payments may be initiated under this Consent.",
                    category=_C.RECONNECT_REQUIRED,
                    sources=(_S["lean-consent-lifecycle"],),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["lean-consent-lifecycle"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/lean/consent_status/#REVOKED",
                    next_statuses=(),
                    notes="Lean marks this status (final); the marker is left out of the text.",
                    state="revoked",
                    state_reason="The consent was revoked.",
                ),
                CodeInfo(
                    value="REJECTED",
                    description="Customer did not approve or the bank declined the Consent request. This state is returned when the authorisation flow ends unsuccessfully. You may prompt the customer to re-initiate a new Consent if appropriate.",
                    category=_C.REJECTED,
                    sources=(_S["lean-consent-lifecycle"],),
                    retryable=False,
                    end_user_can_retry=False,
                    end_user={
                        "en": EndUserWords(
                            message="Your payment consent was not approved.",
                            action="If you did not decline it yourself, contact your bank for details.",
                        ),
                        "fr": EndUserWords(
                            message="Votre consentement de paiement n'a pas été approuvé.",
                            action="Si vous ne l'avez pas refusé vous-même, communiquez avec votre banque pour en savoir plus.",
                        ),
                        "ar": EndUserWords(
                            message="لم يتم اعتماد موافقتك على الدفع.",
                            action="إذا لم ترفضها بنفسك، فتواصل مع بنكك لمعرفة التفاصيل.",
                        ),
                        "es": EndUserWords(
                            message="Su consentimiento de pago no fue aprobado.",
                            action="Si usted no lo rechazó, comuníquese con su banco para obtener más información.",
                        ),
                        "pt": EndUserWords(
                            message="Seu consentimento de pagamento não foi aprovado.",
                            action="Se não foi você quem o recusou, entre em contato com seu banco para saber mais.",
                        ),
                    },
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["lean-consent-lifecycle"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/lean/consent_status/#REJECTED",
                    next_statuses=(),
                    notes="Lean marks this status (final); the marker is left out of the text.",
                    state="needs_end_user",
                    state_reason="The end user did not authorise the consent.",
                ),
                CodeInfo(
                    value="EXPIRED",
                    description="The Consent has reached its configured expiration date. Payments can no longer be initiated under this Consent. To continue using Account-on-file payments, a new Consent must be created and authorised.",
                    category=_C.RECONNECT_REQUIRED,
                    sources=(_S["lean-consent-lifecycle"],),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["lean-consent-lifecycle"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/lean/consent_status/#EXPIRED",
                    next_statuses=(),
                    notes="Lean marks this status (final); the marker is left out of the text.",
                    next_step="renew_consent",
                    state="consent_ended",
                    state_reason="The consent reached its expiration_date_time.",
                ),
                CodeInfo(
                    value="CONSUMED",
                    description="Consent limits have been reached. The Consent is automatically marked as consumed once it has reached one or more of its configured control parameter limits (e.g., cumulative amount or number of payments). A new Consent is required to continue initiating payments.",
                    category=_C.RECONNECT_REQUIRED,
                    sources=(_S["lean-consent-lifecycle"],),
                    retryable=False,
                    end_user_can_retry=True,
                    end_user={
                        "en": EndUserWords(
                            message="Your payment consent has reached its limits.",
                            action="Give a new payment consent to continue.",
                        ),
                        "fr": EndUserWords(
                            message="Votre consentement de paiement a atteint ses limites.",
                            action="Donnez un nouveau consentement de paiement pour continuer.",
                        ),
                        "ar": EndUserWords(
                            message="بلغت موافقتك على الدفع حدودها القصوى.",
                            action="امنح موافقة جديدة على الدفع للمتابعة.",
                        ),
                        "es": EndUserWords(
                            message="Su consentimiento de pago alcanzó sus límites.",
                            action="Otorgue un nuevo consentimiento de pago para continuar.",
                        ),
                        "pt": EndUserWords(
                            message="Seu consentimento de pagamento atingiu os limites dele.",
                            action="Dê um novo consentimento de pagamento para continuar.",
                        ),
                    },
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["lean-consent-lifecycle"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/lean/consent_status/#CONSUMED",
                    next_statuses=(),
                    notes="Lean marks this status (final); the marker is left out of the text.",
                    state="consent_ended",
                    state_reason="A one-time consent was used.",
                ),
                CodeInfo(
                    value="SUSPENDED",
                    description="Temporarily unavailable due to compliance conditions. This status may occur if the Consent has been temporarily disabled by the customer’s bank.",
                    category=_C.INSTITUTION_UNAVAILABLE,
                    sources=(_S["lean-consent-lifecycle"],),
                    retryable=True,
                    end_user_can_retry=False,
                    end_user={
                        "en": EndUserWords(
                            message="Your bank has temporarily suspended your payment consent for compliance reasons.",
                            action="Contact your bank for details.",
                        ),
                        "fr": EndUserWords(
                            message="Votre banque a temporairement suspendu votre consentement de paiement pour des raisons de conformité.",
                            action="Communiquez avec votre banque pour en savoir plus.",
                        ),
                        "ar": EndUserWords(
                            message="علّق بنكك موافقتك على الدفع مؤقتاً لأسباب تتعلق بالامتثال.",
                            action="تواصل مع بنكك لمعرفة التفاصيل.",
                        ),
                        "es": EndUserWords(
                            message="Su banco suspendió temporalmente su consentimiento de pago por motivos de cumplimiento normativo.",
                            action="Comuníquese con su banco para obtener más información.",
                        ),
                        "pt": EndUserWords(
                            message="Seu banco suspendeu temporariamente seu consentimento de pagamento por motivos de conformidade.",
                            action="Entre em contato com seu banco para saber mais.",
                        ),
                    },
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["lean-consent-lifecycle"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/lean/consent_status/#SUSPENDED",
                    next_statuses=("AUTHORISED",),
                    notes="lean-consent-lifecycle: 'Temporarily unavailable due to compliance conditions. This status may occur if the Consent has been temporarily disabled by the customer’s bank.' A compliance suspension by the bank, not an outage: the end user cannot lift it by trying again; retryable stays the category's (temporary, may succeed later).",
                ),
            ),
        ),
        {},
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
        lambda: (
            CodeSetInfo(
                provider="lean",
                id="consent_revocation_reason",
                title="Consent revocation reason",
                description="The reason given when revoking a consent through the API.",
                field="revoke consent request.reason",
                sources=(_S["lean-revoke-consent"],),
            ),
            (
                CodeInfo(
                    value="END_USER_REQUESTED",
                    description="The end user has requested revocation of their consent through the Lean-provided consent management interface or via the client's customer support.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["lean-revoke-consent"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["lean-revoke-consent"],)
                        ),
                    ),
                    page="reference/lean/consent_revocation_reason/#END_USER_REQUESTED",
                ),
                CodeInfo(
                    value="CONSENT_RENEWAL",
                    description="The consent is being revoked as part of a renewal flow, where a replacement consent has been authorized to supersede it.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["lean-revoke-consent"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["lean-revoke-consent"],)
                        ),
                    ),
                    page="reference/lean/consent_revocation_reason/#CONSENT_RENEWAL",
                ),
                CodeInfo(
                    value="KYC_VERIFICATION_FAILED",
                    description="The client's KYC or identity verification checks on the end user have failed or could not be completed.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["lean-revoke-consent"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["lean-revoke-consent"],)
                        ),
                    ),
                    page="reference/lean/consent_revocation_reason/#KYC_VERIFICATION_FAILED",
                ),
                CodeInfo(
                    value="REGULATORY_RESTRICTION",
                    description="A regulatory, compliance, or jurisdictional obligation requires the client to revoke the consent.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["lean-revoke-consent"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["lean-revoke-consent"],)
                        ),
                    ),
                    page="reference/lean/consent_revocation_reason/#REGULATORY_RESTRICTION",
                ),
                CodeInfo(
                    value="FRAUD_SUSPECTED",
                    description="Suspicious or potentially fraudulent activity has been detected on the end user's account or transactions.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["lean-revoke-consent"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["lean-revoke-consent"],)
                        ),
                    ),
                    page="reference/lean/consent_revocation_reason/#FRAUD_SUSPECTED",
                ),
                CodeInfo(
                    value="CLIENT_TERMINATED_RELATIONSHIP",
                    description="The client has ended their commercial relationship with the end user.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["lean-revoke-consent"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["lean-revoke-consent"],)
                        ),
                    ),
                    page="reference/lean/consent_revocation_reason/#CLIENT_TERMINATED_RELATIONSHIP",
                ),
                CodeInfo(
                    value="ACCOUNT_CLOSED_BY_USER",
                    description="The end user has permanently closed their account with the client.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["lean-revoke-consent"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["lean-revoke-consent"],)
                        ),
                    ),
                    page="reference/lean/consent_revocation_reason/#ACCOUNT_CLOSED_BY_USER",
                ),
                CodeInfo(
                    value="DUPLICATE_CONSENT",
                    description="A duplicate or superseding consent exists for the same end user and payment source, and this consent is being retired.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["lean-revoke-consent"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["lean-revoke-consent"],)
                        ),
                    ),
                    page="reference/lean/consent_revocation_reason/#DUPLICATE_CONSENT",
                ),
            ),
        ),
        {},
    )
    return ConsentRevocationReason


def _CODE_SETS() -> tuple[object, ...]:
    return tuple(
        getattr(_PUBLIC, name)
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
            name="sandbox",
            required=False,
            sources=(_S["seed-002"], _S["lean-rn-methods"], _S["lean-config-reference"]),
            notes="Shared.",
        ),
        ConfigField(
            name="language",
            required=False,
            sources=(_S["seed-002"], _S["lean-rn-methods"], _S["lean-config-reference"]),
            notes="Shared.",
        ),
        ConfigField(
            name="customization",
            required=False,
            sources=(_S["seed-002"], _S["lean-rn-methods"], _S["lean-config-reference"]),
            notes="Shared.",
        ),
        ConfigField(
            name="callback",
            required=False,
            sources=(_S["seed-002"], _S["lean-rn-methods"], _S["lean-config-reference"]),
            notes="Shared.",
        ),
    )


def _SDK_METHODS() -> dict[object, SdkMethodInfo]:
    SdkMethod = _PUBLIC.SdkMethod
    CallbackStatus = _PUBLIC.CallbackStatus
    return {
        SdkMethod.connect: SdkMethodInfo(
            fields=(
                ConfigField(name="app_token", required=True, sources=(_S["seed-002"],)),
                ConfigField(name="customer_id", required=True, sources=(_S["seed-002"],)),
                ConfigField(
                    name="permissions",
                    required=True,
                    sources=(_S["seed-002"],),
                    notes="Array of permissions to request. See Config reference → permissions.",
                ),
                ConfigField(
                    name="access_token",
                    required=False,
                    sources=(_S["seed-002"],),
                    notes="Customer-scoped JWT.",
                    overrides=(
                        ScopedRequirement(
                            required=True,
                            scope=Scope(regions=("UAE",), sdks=("web",)),
                            sources=(_S["lean-web-readme-uae"],),
                        ),
                        ScopedRequirement(
                            required=True,
                            scope=Scope(regions=("KSA",), sdks=("web",)),
                            sources=(_S["lean-web-readme-ksa"],),
                        ),
                    ),
                ),
                ConfigField(
                    name="bank_identifier",
                    required=False,
                    sources=(_S["seed-002"],),
                    notes="Pre-select a bank, skip the selection screen.",
                ),
                ConfigField(
                    name="account_type",
                    required=False,
                    sources=(_S["seed-002"],),
                    notes='"PERSONAL" | "BUSINESS" — filter the bank list.',
                ),
                ConfigField(
                    name="access_from",
                    required=False,
                    sources=(_S["seed-002"],),
                    notes="ISO 8601 date range for data access.",
                ),
                ConfigField(
                    name="access_to",
                    required=False,
                    sources=(_S["seed-002"],),
                    notes="ISO 8601 date range for data access.",
                ),
                ConfigField(
                    name="end_user_id",
                    required=False,
                    sources=(_S["seed-002"],),
                    notes="Your own correlation identifiers.",
                ),
                ConfigField(
                    name="customer_metadata",
                    required=False,
                    sources=(_S["seed-002"],),
                    notes="Your own correlation identifiers.",
                ),
                ConfigField(
                    name="show_consent_explanation",
                    required=False,
                    sources=(_S["seed-002"],),
                    notes="Show extended consent explanation.",
                    overrides=(
                        ScopedRequirement(
                            required=True,
                            scope=Scope(regions=("KSA",), sdks=("web",)),
                            sources=(_S["lean-web-readme-ksa"],),
                        ),
                    ),
                ),
                ConfigField(
                    name="destination_alias",
                    required=False,
                    sources=(_S["seed-002"],),
                    notes="Branding for the destination shown in UI.",
                ),
                ConfigField(
                    name="destination_avatar",
                    required=False,
                    sources=(_S["seed-002"],),
                    notes="Branding for the destination shown in UI.",
                ),
                ConfigField(
                    name="payment_destination_id", required=False, sources=(_S["lean-rn-methods"],)
                ),
                ConfigField(
                    name="success_redirect_url",
                    required=False,
                    sources=(_S["lean-rn-methods"],),
                    overrides=(
                        ScopedRequirement(
                            required=True,
                            scope=Scope(regions=("KSA",), sdks=("web",)),
                            sources=(_S["lean-web-readme-ksa"],),
                        ),
                    ),
                ),
                ConfigField(
                    name="fail_redirect_url",
                    required=False,
                    sources=(_S["lean-rn-methods"],),
                    overrides=(
                        ScopedRequirement(
                            required=True,
                            scope=Scope(regions=("KSA",), sdks=("web",)),
                            sources=(_S["lean-web-readme-ksa"],),
                        ),
                    ),
                ),
            ),
            sources=(_S["seed-002"], _S["lean-rn-methods"]),
            outcomes=(
                Outcome(
                    status=CallbackStatus.SUCCESS,
                    description="a Payment Source / Entity has been created. Lean will send a webhook.",
                ),
                Outcome(
                    status=CallbackStatus.CANCELLED,
                    description="user closed the SDK before granting consent.",
                ),
                Outcome(
                    status=CallbackStatus.ERROR,
                    description="inspect secondary_status — see LinkSDK statuses.",
                ),
            ),
        ),
        SdkMethod.reconnect: SdkMethodInfo(
            fields=(
                ConfigField(name="app_token", required=True, sources=(_S["seed-002"],)),
                ConfigField(name="reconnect_id", required=True, sources=(_S["seed-002"],)),
                ConfigField(name="access_token", required=False, sources=(_S["seed-002"],)),
                ConfigField(name="destination_alias", required=False, sources=(_S["seed-002"],)),
                ConfigField(name="destination_avatar", required=False, sources=(_S["seed-002"],)),
                ConfigField(
                    name="customer_metadata",
                    required=False,
                    sources=(_S["lean-rn-methods"],),
                    notes="Accepted by the React Native SDK since 2026-02.",
                ),
            ),
            sources=(_S["seed-002"], _S["lean-rn-methods"], _S["lean-handling-reconnects"]),
            notes="Lean's Flows Reference says the reconnect_id arrives in a webhook; the retrievable documentation delivers it in a Data API RECONNECT_REQUIRED response, and entity.reconnected follows a successful reconnect.",
        ),
        SdkMethod.pay: SdkMethodInfo(
            fields=(
                ConfigField(name="app_token", required=True, sources=(_S["seed-002"],)),
                ConfigField(
                    name="payment_intent_id",
                    required=False,
                    sources=(_S["lean-rn-methods"], _S["lean-rn-readme"]),
                    overrides=(
                        ScopedRequirement(
                            required=True,
                            scope=Scope(sdks=("react-native",), doc_versions=("legacy README",)),
                            sources=(_S["lean-rn-readme-legacy"],),
                        ),
                    ),
                ),
                ConfigField(
                    name="bulk_payment_intent_id", required=False, sources=(_S["lean-rn-methods"],)
                ),
                ConfigField(name="account_id", required=False, sources=(_S["lean-rn-methods"],)),
                ConfigField(name="end_user_id", required=False, sources=(_S["lean-rn-methods"],)),
                ConfigField(name="show_balances", required=False, sources=(_S["lean-rn-methods"],)),
                ConfigField(
                    name="allow_payment_source_change",
                    required=False,
                    sources=(_S["lean-rn-methods"],),
                ),
                ConfigField(
                    name="success_redirect_url", required=False, sources=(_S["lean-rn-methods"],)
                ),
                ConfigField(
                    name="fail_redirect_url", required=False, sources=(_S["lean-rn-methods"],)
                ),
                ConfigField(name="access_token", required=False, sources=(_S["lean-rn-methods"],)),
                ConfigField(
                    name="destination_alias", required=False, sources=(_S["lean-rn-methods"],)
                ),
                ConfigField(
                    name="destination_avatar", required=False, sources=(_S["lean-rn-methods"],)
                ),
                ConfigField(name="risk_details", required=False, sources=(_S["lean-rn-methods"],)),
                ConfigField(
                    name="bank_identifier", required=False, sources=(_S["lean-rn-methods"],)
                ),
            ),
            sources=(_S["lean-rn-methods"],),
        ),
        SdkMethod.checkout: SdkMethodInfo(
            fields=(
                ConfigField(name="app_token", required=True, sources=(_S["seed-002"],)),
                ConfigField(
                    name="payment_intent_id",
                    required=True,
                    sources=(_S["lean-rn-methods"], _S["lean-config-reference"]),
                ),
                ConfigField(
                    name="success_redirect_url",
                    required=True,
                    sources=(_S["lean-rn-methods"], _S["lean-config-reference"]),
                ),
                ConfigField(
                    name="fail_redirect_url",
                    required=True,
                    sources=(_S["lean-rn-methods"], _S["lean-config-reference"]),
                ),
                ConfigField(
                    name="access_token",
                    required=False,
                    sources=(_S["lean-rn-methods"], _S["lean-config-reference"]),
                ),
                ConfigField(
                    name="customer_name",
                    required=False,
                    sources=(_S["lean-rn-methods"], _S["lean-config-reference"]),
                    overrides=(
                        ScopedRequirement(
                            required=True,
                            scope=Scope(sdks=("flutter",)),
                            sources=(_S["lean-flutter-sdk"],),
                        ),
                    ),
                ),
                ConfigField(
                    name="bank_identifier",
                    required=False,
                    sources=(_S["lean-rn-methods"], _S["lean-config-reference"]),
                ),
                ConfigField(
                    name="account_id",
                    required=False,
                    sources=(_S["lean-rn-methods"], _S["lean-config-reference"]),
                ),
                ConfigField(
                    name="allow_payment_source_change",
                    required=False,
                    sources=(_S["lean-rn-methods"], _S["lean-config-reference"]),
                ),
                ConfigField(
                    name="risk_details",
                    required=False,
                    sources=(_S["lean-rn-methods"], _S["lean-config-reference"]),
                ),
            ),
            sources=(_S["lean-rn-methods"], _S["lean-config-reference"]),
        ),
        SdkMethod.updatePaymentSource: SdkMethodInfo(
            fields=(
                ConfigField(name="app_token", required=True, sources=(_S["seed-002"],)),
                ConfigField(name="customer_id", required=True, sources=(_S["lean-rn-methods"],)),
                ConfigField(
                    name="payment_destination_id", required=True, sources=(_S["lean-rn-methods"],)
                ),
                ConfigField(
                    name="payment_source_id",
                    required=False,
                    sources=(_S["lean-rn-methods"],),
                    overrides=(
                        ScopedRequirement(
                            required=True,
                            scope=Scope(sdks=("react-native",), doc_versions=("legacy README",)),
                            sources=(_S["lean-rn-readme-legacy"],),
                        ),
                    ),
                ),
                ConfigField(name="entity_id", required=False, sources=(_S["lean-rn-methods"],)),
                ConfigField(name="end_user_id", required=False, sources=(_S["lean-rn-methods"],)),
                ConfigField(
                    name="success_redirect_url", required=False, sources=(_S["lean-rn-methods"],)
                ),
                ConfigField(
                    name="fail_redirect_url", required=False, sources=(_S["lean-rn-methods"],)
                ),
                ConfigField(name="access_token", required=False, sources=(_S["lean-rn-methods"],)),
                ConfigField(
                    name="destination_alias", required=False, sources=(_S["lean-rn-methods"],)
                ),
                ConfigField(
                    name="destination_avatar", required=False, sources=(_S["lean-rn-methods"],)
                ),
            ),
            sources=(_S["lean-rn-methods"],),
        ),
        SdkMethod.verifyAddress: SdkMethodInfo(
            fields=(
                ConfigField(name="app_token", required=True, sources=(_S["seed-002"],)),
                ConfigField(
                    name="customer_id",
                    required=True,
                    sources=(_S["lean-rn-methods"], _S["lean-config-reference"]),
                ),
                ConfigField(
                    name="customer_name",
                    required=True,
                    sources=(_S["lean-rn-methods"], _S["lean-config-reference"]),
                ),
                ConfigField(
                    name="permissions",
                    required=False,
                    sources=(_S["lean-rn-methods"], _S["lean-config-reference"]),
                ),
                ConfigField(
                    name="access_token",
                    required=False,
                    sources=(_S["lean-rn-methods"], _S["lean-config-reference"]),
                ),
                ConfigField(
                    name="destination_alias",
                    required=False,
                    sources=(_S["lean-rn-methods"], _S["lean-config-reference"]),
                ),
                ConfigField(
                    name="destination_avatar",
                    required=False,
                    sources=(_S["lean-rn-methods"], _S["lean-config-reference"]),
                ),
            ),
            sources=(_S["lean-rn-methods"], _S["lean-config-reference"]),
        ),
        SdkMethod.authorizeConsent: SdkMethodInfo(
            fields=(
                ConfigField(name="app_token", required=True, sources=(_S["seed-002"],)),
                ConfigField(name="consent_id", required=True, sources=(_S["lean-rn-methods"],)),
                ConfigField(name="customer_id", required=True, sources=(_S["lean-rn-methods"],)),
                ConfigField(
                    name="success_redirect_url", required=True, sources=(_S["lean-rn-methods"],)
                ),
                ConfigField(
                    name="fail_redirect_url", required=True, sources=(_S["lean-rn-methods"],)
                ),
                ConfigField(name="access_token", required=False, sources=(_S["lean-rn-methods"],)),
                ConfigField(
                    name="bank_identifier", required=False, sources=(_S["lean-rn-methods"],)
                ),
                ConfigField(name="account_id", required=False, sources=(_S["lean-rn-methods"],)),
                ConfigField(
                    name="allow_payment_source_change",
                    required=False,
                    sources=(_S["lean-rn-methods"],),
                ),
                ConfigField(
                    name="destination_alias", required=False, sources=(_S["lean-rn-methods"],)
                ),
                ConfigField(
                    name="destination_avatar", required=False, sources=(_S["lean-rn-methods"],)
                ),
                ConfigField(name="risk_details", required=False, sources=(_S["lean-rn-methods"],)),
            ),
            sources=(_S["lean-rn-methods"],),
        ),
        SdkMethod.manageConsents: SdkMethodInfo(
            fields=(
                ConfigField(name="app_token", required=True, sources=(_S["seed-002"],)),
                ConfigField(
                    name="customer_id",
                    required=True,
                    sources=(_S["lean-rn-methods"], _S["lean-consent-management"]),
                ),
                ConfigField(
                    name="access_token",
                    required=False,
                    sources=(_S["lean-rn-methods"], _S["lean-consent-management"]),
                ),
            ),
            sources=(_S["lean-rn-methods"], _S["lean-consent-management"]),
        ),
        SdkMethod.captureRedirect: SdkMethodInfo(
            fields=(
                ConfigField(name="app_token", required=True, sources=(_S["seed-002"],)),
                ConfigField(name="customer_id", required=True, sources=(_S["lean-rn-methods"],)),
                ConfigField(
                    name="consent_attempt_id", required=False, sources=(_S["lean-rn-methods"],)
                ),
                ConfigField(name="consent_id", required=False, sources=(_S["lean-rn-methods"],)),
                ConfigField(name="access_token", required=False, sources=(_S["lean-rn-methods"],)),
                ConfigField(
                    name="granular_status_code", required=False, sources=(_S["lean-rn-methods"],)
                ),
                ConfigField(
                    name="status_additional_info", required=False, sources=(_S["lean-rn-methods"],)
                ),
            ),
            sources=(_S["lean-rn-methods"],),
        ),
        SdkMethod.createBeneficiary: SdkMethodInfo(
            fields=(
                ConfigField(name="app_token", required=True, sources=(_S["seed-002"],)),
                ConfigField(
                    name="customer_id",
                    required=True,
                    sources=(_S["seed-002"], _S["lean-rn-methods"]),
                ),
                ConfigField(
                    name="payment_destination_id",
                    required=True,
                    sources=(_S["seed-002"], _S["lean-rn-methods"]),
                ),
                ConfigField(
                    name="payment_source_id",
                    required=False,
                    sources=(_S["seed-002"], _S["lean-rn-methods"]),
                ),
                ConfigField(
                    name="entity_id",
                    required=False,
                    sources=(_S["seed-002"], _S["lean-rn-methods"]),
                ),
                ConfigField(
                    name="success_redirect_url",
                    required=False,
                    sources=(_S["seed-002"], _S["lean-rn-methods"]),
                ),
                ConfigField(
                    name="fail_redirect_url",
                    required=False,
                    sources=(_S["seed-002"], _S["lean-rn-methods"]),
                ),
                ConfigField(
                    name="access_token",
                    required=False,
                    sources=(_S["seed-002"], _S["lean-rn-methods"]),
                ),
                ConfigField(
                    name="destination_alias",
                    required=False,
                    sources=(_S["seed-002"], _S["lean-rn-methods"]),
                ),
                ConfigField(
                    name="destination_avatar",
                    required=False,
                    sources=(_S["seed-002"], _S["lean-rn-methods"]),
                ),
            ),
            sources=(_S["seed-002"], _S["lean-rn-methods"]),
        ),
        SdkMethod.createPaymentSource: SdkMethodInfo(
            fields=(
                ConfigField(name="app_token", required=True, sources=(_S["seed-002"],)),
                ConfigField(
                    name="customer_id",
                    required=True,
                    sources=(_S["seed-002"], _S["lean-rn-methods"]),
                ),
                ConfigField(
                    name="bank_identifier",
                    required=False,
                    sources=(_S["seed-002"], _S["lean-rn-methods"]),
                ),
                ConfigField(
                    name="payment_destination_id",
                    required=False,
                    sources=(_S["seed-002"], _S["lean-rn-methods"]),
                ),
                ConfigField(
                    name="success_redirect_url",
                    required=False,
                    sources=(_S["seed-002"], _S["lean-rn-methods"]),
                ),
                ConfigField(
                    name="fail_redirect_url",
                    required=False,
                    sources=(_S["seed-002"], _S["lean-rn-methods"]),
                ),
                ConfigField(
                    name="access_token",
                    required=False,
                    sources=(_S["seed-002"], _S["lean-rn-methods"]),
                ),
                ConfigField(
                    name="destination_alias",
                    required=False,
                    sources=(_S["seed-002"], _S["lean-rn-methods"]),
                ),
                ConfigField(
                    name="destination_avatar",
                    required=False,
                    sources=(_S["seed-002"], _S["lean-rn-methods"]),
                ),
            ),
            sources=(_S["seed-002"], _S["lean-rn-methods"]),
        ),
        SdkMethod.link: SdkMethodInfo(
            fields=(
                ConfigField(name="app_token", required=True, sources=(_S["seed-002"],)),
                ConfigField(
                    name="customer_id",
                    required=True,
                    sources=(_S["lean-rn-sdk-types"], _S["lean-rn-methods"]),
                ),
                ConfigField(
                    name="permissions",
                    required=True,
                    sources=(_S["lean-rn-sdk-types"], _S["lean-rn-methods"]),
                ),
                ConfigField(
                    name="bank_identifier",
                    required=False,
                    sources=(_S["lean-rn-sdk-types"], _S["lean-rn-methods"]),
                ),
                ConfigField(
                    name="success_redirect_url",
                    required=False,
                    sources=(_S["lean-rn-sdk-types"], _S["lean-rn-methods"]),
                ),
                ConfigField(
                    name="fail_redirect_url",
                    required=False,
                    sources=(_S["lean-rn-sdk-types"], _S["lean-rn-methods"]),
                ),
                ConfigField(
                    name="access_token",
                    required=False,
                    sources=(_S["lean-rn-sdk-types"], _S["lean-rn-methods"]),
                ),
            ),
            sources=(_S["lean-rn-sdk-types"], _S["lean-rn-methods"]),
        ),
    }
