# generated from spec/catalog.json — do not edit (run `make generate`)
"""The builders of bankcodes.pluggy's names, loaded on the first use of any of them, so that importing the provider's module reads none of its data."""

from __future__ import annotations

import importlib

from bankcodes._base import CodeEnum, NumericCodeEnum, register
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
from bankcodes.categories import Category as _C

#: The public module, whose names the builders use (each built on first use there).
_PUBLIC = importlib.import_module("bankcodes.pluggy")
#: The documents its facts come from, by id.
_S = {
    "pluggy-node-execution": Source(
        id="pluggy-node-execution",
        kind="repo",
        title="Pluggy Node SDK (pluggy-sdk 0.89.0): execution statuses and execution error codes (src/types/execution.ts)",
        url="https://github.com/pluggyai/pluggy-node/blob/236495c731168306c6f8071f881b227aae4a6d4b/src/types/execution.ts",
    ),
    "pluggy-node-execution-2023-02": Source(
        id="pluggy-node-execution-2023-02",
        kind="repo",
        title="Pluggy Node SDK at 174255f (February 2023): execution statuses and the twelve execution error codes before USER_NOT_SUPPORTED (src/types/execution.ts)",
        url="https://github.com/pluggyai/pluggy-node/blob/174255f56cdd778789ffa312f7540b9ec48a5905/src/types/execution.ts",
    ),
    "pluggy-node-execution-2024-06": Source(
        id="pluggy-node-execution-2024-06",
        kind="repo",
        title="Pluggy Node SDK at d86a8c4 (June 2024): execution statuses with the product steps removed in 2025 (src/types/execution.ts)",
        url="https://github.com/pluggyai/pluggy-node/blob/d86a8c4cdc17ce77959729f64fe60011c132c2d3/src/types/execution.ts",
    ),
    "pluggy-node-item": Source(
        id="pluggy-node-item",
        kind="repo",
        title="Pluggy Node SDK (pluggy-sdk 0.89.0): the Item type and its statuses (src/types/item.ts)",
        url="https://github.com/pluggyai/pluggy-node/blob/236495c731168306c6f8071f881b227aae4a6d4b/src/types/item.ts",
    ),
    "pluggy-node-webhook": Source(
        id="pluggy-node-webhook",
        kind="repo",
        title="Pluggy Node SDK (pluggy-sdk 0.89.0): webhook events and their payloads (src/types/webhook.ts)",
        url="https://github.com/pluggyai/pluggy-node/blob/236495c731168306c6f8071f881b227aae4a6d4b/src/types/webhook.ts",
    ),
    "pluggy-node-webhook-2025-01": Source(
        id="pluggy-node-webhook-2025-01",
        kind="repo",
        title="Pluggy Node SDK at f5f29a1 (January 2025): webhook events with the payment refund events (src/types/webhook.ts)",
        url="https://github.com/pluggyai/pluggy-node/blob/f5f29a1412d430a4b8703307bbdac07b79ad7e71/src/types/webhook.ts",
    ),
    "pluggy-node-connector": Source(
        id="pluggy-node-connector",
        kind="repo",
        title="Pluggy Node SDK (pluggy-sdk 0.89.0): the Connector type and its health status (src/types/connector.ts)",
        url="https://github.com/pluggyai/pluggy-node/blob/236495c731168306c6f8071f881b227aae4a6d4b/src/types/connector.ts",
    ),
    "pluggy-node-payment-request": Source(
        id="pluggy-node-payment-request",
        kind="repo",
        title="Pluggy Node SDK (pluggy-sdk 0.89.0): payment request statuses (src/types/payments/paymentRequest.ts)",
        url="https://github.com/pluggyai/pluggy-node/blob/236495c731168306c6f8071f881b227aae4a6d4b/src/types/payments/paymentRequest.ts",
    ),
    "pluggy-node-payment-request-2024-11": Source(
        id="pluggy-node-payment-request-2024-11",
        kind="repo",
        title="Pluggy Node SDK at 8347744 (November 2024): the nine payment request statuses before EXPIRED, AUTHORIZED and CANCELED (src/types/payments/paymentRequest.ts)",
        url="https://github.com/pluggyai/pluggy-node/blob/8347744c78f797ebb831866aad1e458be42e3d6c/src/types/payments/paymentRequest.ts",
    ),
    "pluggy-node-error-helpers": Source(
        id="pluggy-node-error-helpers",
        kind="repo",
        title="Pluggy Node SDK (pluggy-sdk 0.89.0): the integration tests' type of an API error body (tests/integration/helpers.ts)",
        url="https://github.com/pluggyai/pluggy-node/blob/236495c731168306c6f8071f881b227aae4a6d4b/tests/integration/helpers.ts",
    ),
    "pluggy-connect-sdk-types": Source(
        id="pluggy-connect-sdk-types",
        kind="doc",
        title="Pluggy Connect SDK 2.14.2 (npm pluggy-connect-sdk): the widget's callbacks and onEvent payloads (dist/module/pluggy-connect.d.ts)",
        url="https://unpkg.com/pluggy-connect-sdk@2.14.2/dist/module/pluggy-connect.d.ts",
    ),
    "pluggy-docs-errors-validations": Source(
        id="pluggy-docs-errors-validations",
        kind="doc",
        title="Pluggy: Errors & Validations (a capture with the LOGIN_ERROR and OUTDATED Item examples)",
        url="https://docs.pluggy.ai/docs/errors-validations",
    ),
    "pluggy-docs-errors-validations-md": Source(
        id="pluggy-docs-errors-validations-md",
        kind="doc",
        title="Pluggy: Errors & Validations (the Markdown copy, ending inside the OUTDATED example)",
        url="https://docs.pluggy.ai/en/docs/connections/errors-validations.md",
    ),
    "pluggy-docs-errors-validations-partial": Source(
        id="pluggy-docs-errors-validations-partial",
        kind="doc",
        title="Pluggy: Errors & Validations (a capture with Partial Products Errors and statusDetail)",
        url="https://docs.pluggy.ai/docs/errors-validations",
    ),
    "pluggy-docs-item-lifecycle": Source(
        id="pluggy-docs-item-lifecycle",
        kind="doc",
        title="Pluggy: Item lifecycle (the capture with the Item status table)",
        url="https://docs.pluggy.ai/docs/item-lifecycle",
    ),
    "pluggy-docs-item-lifecycle-pt": Source(
        id="pluggy-docs-item-lifecycle-pt",
        kind="doc",
        title="Pluggy (pt): Ciclo de vida do Item (the Markdown copy of the Portuguese page)",
        url="https://docs.pluggy.ai/pt/docs/connections/item-lifecycle.md",
    ),
    "pluggy-docs-items-errors": Source(
        id="pluggy-docs-items-errors",
        kind="doc",
        title="Pluggy: Items API reference (Creating & Updating Item errors; the capture ends inside the table)",
        url="https://docs.pluggy.ai/reference/items",
        read_in_part='The copy read of the table of Creating & Updating Item errors ends inside the Action Item of ITEM_IS_ALREADY_UPDATING ("The same set of credentials is being synced ..."): the rest of that row and the rows after it were not read.',
    ),
    "pluggy-docs-error-codes": Source(
        id="pluggy-docs-error-codes",
        kind="doc",
        title="Pluggy: Errors Codes (the HTTP statuses of the API, a Markdown copy)",
        url="https://docs.pluggy.ai/en/docs/developer-tools/error-codes.md",
    ),
    "pluggy-docs-authentication-failures": Source(
        id="pluggy-docs-authentication-failures",
        kind="doc",
        title="Pluggy: Detecting authentication failures (the Markdown copy; it ends inside the first row of its table)",
        url="https://docs.pluggy.ai/en/docs/developer-tools/authentication-failures.md",
        read_in_part="The copy read ends inside the first row of the page's table, in its advice for invalid credentials (after the Item becomes LOGIN_ERROR and is no longer auto-synced): the rest of that row and of the page was not read.",
    ),
    "pluggy-docs-authentication-failures-pt": Source(
        id="pluggy-docs-authentication-failures-pt",
        kind="doc",
        title="Pluggy (pt): Detectando falhas de autenticação (the Markdown copy; it ends inside the first row of its table)",
        url="https://docs.pluggy.ai/pt/docs/developer-tools/authentication-failures.md",
        read_in_part="The copy read ends inside the first row of the page's table: the rest of that row and of the page was not read.",
    ),
    "pluggy-docs-webhooks": Source(
        id="pluggy-docs-webhooks",
        kind="doc",
        title="Pluggy: Webhook (a capture of the event table with transactions/updated; it ends at payment_intent/created)",
        url="https://docs.pluggy.ai/docs/webhooks",
        read_in_part="The copy read of the event table ends at payment_intent/created: the rows after it and the rest of the page were not read.",
    ),
    "pluggy-docs-webhooks-payments": Source(
        id="pluggy-docs-webhooks-payments",
        kind="doc",
        title="Pluggy: Webhook (a capture of the event table with the payment intent events)",
        url="https://docs.pluggy.ai/docs/webhooks",
        read_in_part='The copy read of the event table ends in the row of all ("Receive ..."): the rest of that row and of the page was not read.',
    ),
    "pluggy-docs-reporting-issues": Source(
        id="pluggy-docs-reporting-issues",
        kind="doc",
        title="Pluggy: Reporting Issues (the Markdown copy)",
        url="https://docs.pluggy.ai/en/docs/connections/reporting-issues.md",
    ),
    "pluggy-docs-items-errors-joined": Source(
        id="pluggy-docs-items-errors-joined",
        kind="doc",
        title="Pluggy: Items API reference (Creating & Updating Item errors; a capture that writes four split names as 'X _Y' and ends in the ITEM_IS_ALREADY_UPDATING row)",
        url="https://docs.pluggy.ai/reference/items",
        read_in_part="Read from the table's heading to the Action Item of ITEM_IS_ALREADY_UPDATING, where the capture ends; the rows after it were not read.",
    ),
    "pluggy-docs-items-errors-rows": Source(
        id="pluggy-docs-items-errors-rows",
        kind="doc",
        title="Pluggy: Items API reference (Creating & Updating Item errors; a capture of the rows that ends at the start of the CONNECTOR_REQUIRED / PARAMETER_VALIDATION_ERROR row)",
        url="https://docs.pluggy.ai/reference/items",
        read_in_part="Read from the table's first row to the start of the CONNECTOR_REQUIRED / PARAMETER_VALIDATION_ERROR row ('The parame'), where the capture ends; that row's texts and the rows after it were not read in it.",
    ),
    "pluggy-docs-items-errors-messages": Source(
        id="pluggy-docs-items-errors-messages",
        kind="doc",
        title="Pluggy: Items API reference (Creating & Updating Item errors; a capture without the split code names, ending in the Action Item after 'The parameter {parameter} is required to be renewed for item update.')",
        url="https://docs.pluggy.ai/reference/items",
        read_in_part="Read from the table's heading to the eleventh row's Action Item, cut at 'can't be updat'; the rest was not read. The capture leaves out the code cells rendered in two pieces.",
    ),
    "pluggy-docs-error-codes-reference": Source(
        id="pluggy-docs-error-codes-reference",
        kind="doc",
        title="Pluggy: Error Codes (the reference page's Markdown copy: the error body, its fields and the status table)",
        url="https://docs.pluggy.ai/en/docs/reference/error-codes.md",
        read_in_part="Read from its start: the shape every error has ({code, codeDescription, message, data}), its field table, its example body and the status table to the 409 row; the rest was not read.",
    ),
    "pluggy-java-execution-error-code": Source(
        id="pluggy-java-execution-error-code",
        kind="repo",
        title="Pluggy Java SDK: the enum ExecutionErrorCode (src/main/java/ai/pluggy/client/response/ExecutionErrorCode.java)",
        url="https://github.com/pluggyai/pluggy-java/blob/32f8c23a528bca07a39f9190022d44e3e111bf15/src/main/java/ai/pluggy/client/response/ExecutionErrorCode.java",
    ),
    "pluggy-node-commit-f136147": Source(
        id="pluggy-node-commit-f136147",
        kind="repo",
        title="Pluggy Node SDK commit f136147 'feat: add smart transfers webhooks' (2025-12-09), which removes payment_refund/completed and payment_refund/error from WEBHOOK_EVENTS (src/types/webhook.ts)",
        url="https://github.com/pluggyai/pluggy-node/commit/f1361471d21435fab8802665ebb71f5284a90908",
    ),
}


def _ExecutionErrorCode() -> type[CodeEnum]:
    class ExecutionErrorCode(CodeEnum):
        """Execution error code: Why an Item's execution ended in error: error.code of the Item (ExecutionErrorResult: code, message, providerMessage, attributes) and of the item/error webhook. Every code is also an execution status, the value the Item exposes as executionStatus. The Node SDK lists thirteen codes today, and the Java SDK a fourteenth, USER_AUTHORIZATION_REVOKED; at 174255f (February 2023) it listed twelve, USER_NOT_SUPPORTED being added in September 2023. The SDK and the pages read give a text for few of them: the others are described in bankcodes' words. providerMessage, when present, is 'the exact error message returned by the institution'.

        Wire field: error.code (the Item; the item/error webhook)."""

        INVALID_CREDENTIALS = "INVALID_CREDENTIALS"
        ALREADY_LOGGED_IN = "ALREADY_LOGGED_IN"
        UNEXPECTED_ERROR = "UNEXPECTED_ERROR"
        INVALID_CREDENTIALS_MFA = "INVALID_CREDENTIALS_MFA"
        SITE_NOT_AVAILABLE = "SITE_NOT_AVAILABLE"
        ACCOUNT_LOCKED = "ACCOUNT_LOCKED"
        ACCOUNT_CREDENTIALS_RESET = "ACCOUNT_CREDENTIALS_RESET"
        CONNECTION_ERROR = "CONNECTION_ERROR"
        ACCOUNT_NEEDS_ACTION = "ACCOUNT_NEEDS_ACTION"
        USER_AUTHORIZATION_PENDING = "USER_AUTHORIZATION_PENDING"
        USER_AUTHORIZATION_NOT_GRANTED = "USER_AUTHORIZATION_NOT_GRANTED"
        USER_NOT_SUPPORTED = "USER_NOT_SUPPORTED"
        USER_INPUT_TIMEOUT = "USER_INPUT_TIMEOUT"
        USER_AUTHORIZATION_REVOKED = "USER_AUTHORIZATION_REVOKED"

    register(
        ExecutionErrorCode,
        lambda: (
            CodeSetInfo(
                provider="pluggy",
                id="execution_error_code",
                title="Execution error code",
                description="Why an Item's execution ended in error: error.code of the Item (ExecutionErrorResult: code, message, providerMessage, attributes) and of the item/error webhook. Every code is also an execution status, the value the Item exposes as executionStatus. The Node SDK lists thirteen codes today, and the Java SDK a fourteenth, USER_AUTHORIZATION_REVOKED; at 174255f (February 2023) it listed twelve, USER_NOT_SUPPORTED being added in September 2023. The SDK and the pages read give a text for few of them: the others are described in bankcodes' words. providerMessage, when present, is 'the exact error message returned by the institution'.",
                field="error.code (the Item; the item/error webhook)",
                sources=(_S["pluggy-node-execution"], _S["pluggy-node-execution-2023-02"]),
            ),
            (
                CodeInfo(
                    value="INVALID_CREDENTIALS",
                    description="The credentials were rejected by the institution.",
                    category=_C.CREDENTIALS_INVALID,
                    sources=(
                        _S["pluggy-node-execution"],
                        _S["pluggy-node-execution-2023-02"],
                        _S["pluggy-docs-authentication-failures"],
                        _S["pluggy-docs-authentication-failures-pt"],
                        _S["pluggy-docs-errors-validations"],
                        _S["pluggy-docs-errors-validations-md"],
                    ),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["pluggy-docs-authentication-failures"],),
                        ),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(
                                _S["pluggy-docs-errors-validations"],
                                _S["pluggy-docs-errors-validations-md"],
                            ),
                        ),
                        Wording(
                            field="message_translations",
                            by="provider",
                            sources=(_S["pluggy-docs-authentication-failures-pt"],),
                        ),
                        Wording(
                            field="advice",
                            by="provider",
                            sources=(_S["pluggy-docs-authentication-failures"],),
                        ),
                        Wording(
                            field="advice_translations",
                            by="provider",
                            sources=(_S["pluggy-docs-authentication-failures-pt"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/pluggy/execution_error_code/#INVALID_CREDENTIALS",
                    equivalents=(
                        Equivalent(
                            provider="lean",
                            code_set="secondary_status",
                            value="INVALID_CREDENTIALS",
                            same="meaning",
                            reason="The institution did not accept the login details the customer entered.",
                        ),
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
                    message="Invalid credentials.",
                    advice="Re-enter credentials.",
                    advice_translations={"pt": "Reinsira as credenciais."},
                    message_translations={"pt": "Credenciais inválidas"},
                    notes="Pluggy's Errors & Validations example sends the message 'Invalid credentials.' (with the Item's status LOGIN_ERROR); its Detecting authentication failures page shows the item/error webhook with 'Invalid credentials' (no full stop), and its Portuguese page with 'Credenciais inválidas'. That page's advice goes on (the Item becomes LOGIN_ERROR and is no longer auto-synced); the copy read ends there. It is also an execution status: the Item's executionStatus when the execution ends with it.",
                ),
                CodeInfo(
                    value="ALREADY_LOGGED_IN",
                    description="The institution reported another active session for the user, and the connection could not go on.",
                    category=_C.CONCURRENT_OPERATION,
                    sources=(
                        _S["pluggy-node-execution"],
                        _S["pluggy-node-execution-2023-02"],
                        _S["pluggy-docs-errors-validations"],
                    ),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/pluggy/execution_error_code/#ALREADY_LOGGED_IN",
                    editorial=True,
                    notes="The SDK gives no text. Description: bankcodes' wording, resting on Errors & Validations, which names among the causes of an OUTDATED Item that 'the institution tells us there is another active session and kicks us out'. It is also an execution status: the Item's executionStatus when the execution ends with it.",
                ),
                CodeInfo(
                    value="UNEXPECTED_ERROR",
                    description="An unexpected error ended the execution.",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["pluggy-node-execution"], _S["pluggy-node-execution-2023-02"]),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/pluggy/execution_error_code/#UNEXPECTED_ERROR",
                    editorial=True,
                    notes="The SDK lists the code without a text; the description is bankcodes' reading of its name. It is also an execution status: the Item's executionStatus when the execution ends with it.",
                ),
                CodeInfo(
                    value="INVALID_CREDENTIALS_MFA",
                    description="The one-time code or other MFA answer was not accepted.",
                    category=_C.MFA_FAILED,
                    sources=(_S["pluggy-node-execution"], _S["pluggy-node-execution-2023-02"]),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/pluggy/execution_error_code/#INVALID_CREDENTIALS_MFA",
                    editorial=True,
                    notes="The SDK lists the code without a text; the description is bankcodes' reading of its name. It is also an execution status: the Item's executionStatus when the execution ends with it.",
                ),
                CodeInfo(
                    value="SITE_NOT_AVAILABLE",
                    description="The institution is having an instability: its site or service could not be used.",
                    category=_C.INSTITUTION_UNAVAILABLE,
                    sources=(
                        _S["pluggy-node-execution"],
                        _S["pluggy-node-execution-2023-02"],
                        _S["pluggy-docs-errors-validations"],
                        _S["pluggy-docs-reporting-issues"],
                    ),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/pluggy/execution_error_code/#SITE_NOT_AVAILABLE",
                    editorial=True,
                    notes="Description: bankcodes' wording, resting on Errors & Validations and Reporting Issues: 'When the institution is having an instability the executionStatus will be SITE_NOT_AVAILABLE'. It is also an execution status: the Item's executionStatus when the execution ends with it.",
                ),
                CodeInfo(
                    value="ACCOUNT_LOCKED",
                    description="The user's account is locked at the institution.",
                    category=_C.ACTION_REQUIRED_AT_INSTITUTION,
                    sources=(_S["pluggy-node-execution"], _S["pluggy-node-execution-2023-02"]),
                    retryable=False,
                    end_user_can_retry=True,
                    end_user={
                        "en": EndUserWords(
                            message="Your bank account is locked.",
                            action="Contact your bank to unlock it, then try again.",
                        ),
                        "fr": EndUserWords(
                            message="Votre compte bancaire est bloqué.",
                            action="Contactez votre banque pour le débloquer, puis réessayez.",
                        ),
                        "ar": EndUserWords(
                            message="حسابك المصرفي مقفل.",
                            action="تواصل مع بنكك لإلغاء قفله، ثم حاول مرة أخرى.",
                        ),
                        "es": EndUserWords(
                            message="Su cuenta bancaria está bloqueada.",
                            action="Comuníquese con su banco para desbloquearla y vuelva a intentarlo.",
                        ),
                        "pt": EndUserWords(
                            message="Sua conta bancária está bloqueada.",
                            action="Entre em contato com seu banco para desbloqueá-la e tente novamente.",
                        ),
                    },
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/pluggy/execution_error_code/#ACCOUNT_LOCKED",
                    editorial=True,
                    notes="The SDK lists the code without a text; the description is bankcodes' reading of its name. It is also an execution status: the Item's executionStatus when the execution ends with it.",
                ),
                CodeInfo(
                    value="ACCOUNT_CREDENTIALS_RESET",
                    description="The institution requires the user to reset their credentials before connecting.",
                    category=_C.ACTION_REQUIRED_AT_INSTITUTION,
                    sources=(_S["pluggy-node-execution"], _S["pluggy-node-execution-2023-02"]),
                    retryable=False,
                    end_user_can_retry=True,
                    end_user={
                        "en": EndUserWords(
                            message="Your bank needs you to reset your password.",
                            action="Reset your password with your bank, then connect again with the new one.",
                        ),
                        "fr": EndUserWords(
                            message="Votre banque vous demande de réinitialiser votre mot de passe.",
                            action="Réinitialisez votre mot de passe auprès de votre banque, puis connectez-vous de nouveau avec le nouveau.",
                        ),
                        "ar": EndUserWords(
                            message="يطلب منك بنكك إعادة تعيين كلمة المرور.",
                            action="أعد تعيين كلمة المرور لدى بنكك، ثم اربط حسابك مرة أخرى باستخدام كلمة المرور الجديدة.",
                        ),
                        "es": EndUserWords(
                            message="Su banco le pide restablecer su contraseña.",
                            action="Restablezca su contraseña con su banco y vuelva a conectarse con la nueva.",
                        ),
                        "pt": EndUserWords(
                            message="Seu banco pede que você redefina sua senha.",
                            action="Redefina sua senha com o seu banco e conecte-se novamente com a nova senha.",
                        ),
                    },
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/pluggy/execution_error_code/#ACCOUNT_CREDENTIALS_RESET",
                    editorial=True,
                    notes="Added to the SDK in February 2023 (0a84e84); the SDK gives no text, and the description is bankcodes' reading of its name. It is also an execution status: the Item's executionStatus when the execution ends with it.",
                ),
                CodeInfo(
                    value="CONNECTION_ERROR",
                    description="An unexpected error on Pluggy's side, or a connectivity error, ended the execution.",
                    category=_C.GENERIC_FAILURE,
                    sources=(
                        _S["pluggy-node-execution"],
                        _S["pluggy-node-execution-2023-02"],
                        _S["pluggy-docs-errors-validations"],
                        _S["pluggy-docs-reporting-issues"],
                    ),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="bankcodes",
                            sources=(
                                _S["pluggy-docs-errors-validations"],
                                _S["pluggy-docs-reporting-issues"],
                            ),
                        ),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["pluggy-docs-errors-validations"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/pluggy/execution_error_code/#CONNECTION_ERROR",
                    editorial=True,
                    message="Connectivity error, please try again.",
                    notes="Errors & Validations shows it on an OUTDATED Item with the message 'Connectivity error, please try again.', and says that an unexpected error on Pluggy's side gives the executionStatus ERROR or CONNECTION_ERROR; the description is bankcodes' wording of that. It is also an execution status: the Item's executionStatus when the execution ends with it.",
                ),
                CodeInfo(
                    value="ACCOUNT_NEEDS_ACTION",
                    description="The user must do something with their account at the institution before it can be connected.",
                    category=_C.ACTION_REQUIRED_AT_INSTITUTION,
                    sources=(_S["pluggy-node-execution"], _S["pluggy-node-execution-2023-02"]),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/pluggy/execution_error_code/#ACCOUNT_NEEDS_ACTION",
                    editorial=True,
                    notes="The SDK lists the code without a text; the description is bankcodes' reading of its name. It is also an execution status: the Item's executionStatus when the execution ends with it.",
                ),
                CodeInfo(
                    value="USER_AUTHORIZATION_PENDING",
                    description="The user has not yet authorised the access at the institution (on another device or app).",
                    category=_C.MFA_REQUIRED,
                    sources=(
                        _S["pluggy-node-execution"],
                        _S["pluggy-node-execution-2023-02"],
                        _S["pluggy-docs-webhooks"],
                    ),
                    retryable=False,
                    end_user_can_retry=True,
                    end_user={
                        "en": EndUserWords(
                            message="Your bank is waiting for you to approve the connection.",
                            action="Approve the access in your bank's app or website, then come back.",
                        ),
                        "fr": EndUserWords(
                            message="Votre banque attend que vous approuviez la connexion.",
                            action="Approuvez l'accès dans l'application ou sur le site de votre banque, puis revenez.",
                        ),
                        "ar": EndUserWords(
                            message="ينتظر بنكك موافقتك على الربط.",
                            action="وافق على الوصول في تطبيق بنكك أو موقعه الإلكتروني، ثم عد إلى هنا.",
                        ),
                        "es": EndUserWords(
                            message="Su banco está esperando que apruebe la conexión.",
                            action="Apruebe el acceso en la aplicación o el sitio web de su banco y luego regrese.",
                        ),
                        "pt": EndUserWords(
                            message="Seu banco está aguardando que você aprove a conexão.",
                            action="Aprove o acesso no aplicativo ou site do seu banco e depois volte.",
                        ),
                    },
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/pluggy/execution_error_code/#USER_AUTHORIZATION_PENDING",
                    editorial=True,
                    notes="The SDK lists the code without a text; the description is bankcodes' reading of its name. Pluggy's Webhook page: 'The case of USER_AUTHORIZATION_PENDING will also trigger this event' (item/error). It is also an execution status: the Item's executionStatus when the execution ends with it.",
                ),
                CodeInfo(
                    value="USER_AUTHORIZATION_NOT_GRANTED",
                    description="The user did not grant the authorisation the institution asked for.",
                    category=_C.CANCELLED,
                    sources=(_S["pluggy-node-execution"], _S["pluggy-node-execution-2023-02"]),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/pluggy/execution_error_code/#USER_AUTHORIZATION_NOT_GRANTED",
                    editorial=True,
                    notes="The SDK lists the code without a text; the description is bankcodes' reading of its name. It is also an execution status: the Item's executionStatus when the execution ends with it.",
                ),
                CodeInfo(
                    value="USER_NOT_SUPPORTED",
                    description="The connector does not support this user (their kind of account or access).",
                    category=_C.INSTITUTION_NOT_SUPPORTED,
                    sources=(_S["pluggy-node-execution"],),
                    retryable=False,
                    end_user_can_retry=False,
                    end_user={
                        "en": EndUserWords(
                            message="This kind of account can't be connected here.",
                            action="Choose another account, or another way to continue.",
                        ),
                        "fr": EndUserWords(
                            message="Ce type de compte ne peut pas être connecté ici.",
                            action="Choisissez un autre compte ou une autre façon de continuer.",
                        ),
                        "ar": EndUserWords(
                            message="لا يمكن ربط هذا النوع من الحسابات هنا.",
                            action="اختر حساباً آخر أو طريقة أخرى للمتابعة.",
                        ),
                        "es": EndUserWords(
                            message="Este tipo de cuenta no se puede conectar aquí.",
                            action="Elija otra cuenta u otra forma de continuar.",
                        ),
                        "pt": EndUserWords(
                            message="Este tipo de conta não pode ser conectado aqui.",
                            action="Escolha outra conta ou outra forma de continuar.",
                        ),
                    },
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/pluggy/execution_error_code/#USER_NOT_SUPPORTED",
                    editorial=True,
                    notes="Added to the SDK in September 2023 (ea3336e, 'add new values for ... error.code fields'): the SDK at 174255f lists twelve error codes, without this one. The SDK gives no text; the description is bankcodes' reading of its name. It is also an execution status: the Item's executionStatus when the execution ends with it.",
                ),
                CodeInfo(
                    value="USER_INPUT_TIMEOUT",
                    description="The user did not answer the MFA or other input the execution waited for in time.",
                    category=_C.SESSION_EXPIRED,
                    sources=(_S["pluggy-node-execution"], _S["pluggy-node-execution-2023-02"]),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/pluggy/execution_error_code/#USER_INPUT_TIMEOUT",
                    editorial=True,
                    notes="The SDK lists the code without a text; the description is bankcodes' reading of its name. It is also an execution status: the Item's executionStatus when the execution ends with it.",
                ),
                CodeInfo(
                    value="USER_AUTHORIZATION_REVOKED",
                    description="The user's authorisation for the connection was revoked.",
                    category=_C.RECONNECT_REQUIRED,
                    sources=(_S["pluggy-java-execution-error-code"],),
                    retryable=False,
                    end_user_can_retry=True,
                    scope=Scope(sdks=("java",)),
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/pluggy/execution_error_code/#USER_AUTHORIZATION_REVOKED",
                    editorial=True,
                    notes="Only Pluggy's Java SDK lists it (its enum ExecutionErrorCode, and its ExecutionStatus too); the Node SDK and the pages read do not, and give it no text: the description is bankcodes' reading of its name, and so is the category, an authorisation to be given again.",
                ),
            ),
        ),
        {},
    )
    return ExecutionErrorCode


def _ItemStatus() -> type[CodeEnum]:
    class ItemStatus(CodeEnum):
        """Item status: The current status of an Item (a connection to an institution), 'a first glance about the connection's health': the execution status says more. The SDK lists seven values; Pluggy's Item lifecycle page describes five (its Meaning column is the description here), not WAITING_USER_ACTION and MERGING.

        Wire field: status (the Item)."""

        UPDATED = "UPDATED"
        UPDATING = "UPDATING"
        WAITING_USER_INPUT = "WAITING_USER_INPUT"
        WAITING_USER_ACTION = "WAITING_USER_ACTION"
        MERGING = "MERGING"
        LOGIN_ERROR = "LOGIN_ERROR"
        OUTDATED = "OUTDATED"

    register(
        ItemStatus,
        lambda: (
            CodeSetInfo(
                provider="pluggy",
                id="item_status",
                title="Item status",
                description="The current status of an Item (a connection to an institution), 'a first glance about the connection's health': the execution status says more. The SDK lists seven values; Pluggy's Item lifecycle page describes five (its Meaning column is the description here), not WAITING_USER_ACTION and MERGING.",
                field="status (the Item)",
                states=True,
                sources=(
                    _S["pluggy-node-item"],
                    _S["pluggy-docs-item-lifecycle"],
                    _S["pluggy-docs-item-lifecycle-pt"],
                ),
            ),
            (
                CodeInfo(
                    value="UPDATED",
                    description="The last sync process has completed successfully and all new data is available to collect.",
                    category=_C.SUCCESS,
                    sources=(
                        _S["pluggy-node-item"],
                        _S["pluggy-docs-item-lifecycle"],
                        _S["pluggy-docs-item-lifecycle-pt"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["pluggy-docs-item-lifecycle"],),
                        ),
                    ),
                    page="reference/pluggy/item_status/#UPDATED",
                ),
                CodeInfo(
                    value="UPDATING",
                    description="An update process is in progress and will be updated soon.",
                    category=_C.PENDING,
                    sources=(
                        _S["pluggy-node-item"],
                        _S["pluggy-docs-item-lifecycle"],
                        _S["pluggy-docs-item-lifecycle-pt"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["pluggy-docs-item-lifecycle"],),
                        ),
                    ),
                    page="reference/pluggy/item_status/#UPDATING",
                ),
                CodeInfo(
                    value="WAITING_USER_INPUT",
                    description="The connection requires user's input to continue the sync process, this is common for MFA authentication connectors.",
                    category=_C.MFA_REQUIRED,
                    sources=(
                        _S["pluggy-node-item"],
                        _S["pluggy-docs-item-lifecycle"],
                        _S["pluggy-docs-item-lifecycle-pt"],
                    ),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["pluggy-docs-item-lifecycle"],),
                        ),
                    ),
                    page="reference/pluggy/item_status/#WAITING_USER_INPUT",
                ),
                CodeInfo(
                    value="WAITING_USER_ACTION",
                    description="The connection waits for the user to act outside the form (scan a QR code or authorise the access), as the Item's userAction says.",
                    category=_C.MFA_REQUIRED,
                    sources=(_S["pluggy-node-item"],),
                    retryable=False,
                    end_user_can_retry=True,
                    end_user={
                        "en": EndUserWords(
                            message="Your bank is waiting for you to approve the connection.",
                            action="Approve the access in your bank's app or website, then come back.",
                        ),
                        "fr": EndUserWords(
                            message="Votre banque attend que vous approuviez la connexion.",
                            action="Approuvez l'accès dans l'application ou sur le site de votre banque, puis revenez.",
                        ),
                        "ar": EndUserWords(
                            message="ينتظر بنكك موافقتك على الربط.",
                            action="وافق على الوصول في تطبيق بنكك أو موقعه الإلكتروني، ثم عد إلى هنا.",
                        ),
                        "es": EndUserWords(
                            message="Su banco está esperando que apruebe la conexión.",
                            action="Apruebe el acceso en la aplicación o el sitio web de su banco y luego regrese.",
                        ),
                        "pt": EndUserWords(
                            message="Seu banco está aguardando que você aprove a conexão.",
                            action="Aprove o acesso no aplicativo ou site do seu banco e depois volte.",
                        ),
                    },
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/pluggy/item_status/#WAITING_USER_ACTION",
                    editorial=True,
                    notes="Added to the SDK in September 2023 (ea3336e); the Item lifecycle page's table does not list it.",
                ),
                CodeInfo(
                    value="MERGING",
                    description="The collected data is being merged into the Item.",
                    category=_C.PENDING,
                    sources=(_S["pluggy-node-item"], _S["pluggy-node-error-helpers"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/pluggy/item_status/#MERGING",
                    editorial=True,
                    notes="Added to the SDK in September 2023 (ea3336e) without a text; the Item lifecycle page's table does not list it. The SDK's integration tests count it, with UPDATING, as a status in which a sync is still in progress.",
                ),
                CodeInfo(
                    value="LOGIN_ERROR",
                    description="The connection must be updated to execute again. We won't trigger auto-sync updates until new credentials parameters are provided.",
                    category=_C.RECONNECT_REQUIRED,
                    sources=(
                        _S["pluggy-node-item"],
                        _S["pluggy-docs-item-lifecycle"],
                        _S["pluggy-docs-item-lifecycle-pt"],
                    ),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["pluggy-docs-item-lifecycle"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/pluggy/item_status/#LOGIN_ERROR",
                    notes="The SDK's comment words it otherwise: 'The connection must be updated to execute again, it won't trigger updates until the parameters are updated.' The execution status (executionStatus, error.code) says why, for example INVALID_CREDENTIALS.",
                ),
                CodeInfo(
                    value="OUTDATED",
                    description="The parameters were correctly validated, but there was an error in the last execution. It can be retried.",
                    category=_C.GENERIC_FAILURE,
                    sources=(
                        _S["pluggy-node-item"],
                        _S["pluggy-docs-item-lifecycle"],
                        _S["pluggy-docs-item-lifecycle-pt"],
                    ),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["pluggy-docs-item-lifecycle"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/pluggy/item_status/#OUTDATED",
                    notes="The execution status says why: SITE_NOT_AVAILABLE for an institution's instability, ERROR or CONNECTION_ERROR for an unexpected error on Pluggy's side.",
                    state="degraded",
                    state_reason="The last execution failed; the item can be retried.",
                ),
            ),
        ),
        {},
    )
    return ItemStatus


def _ExecutionStatus() -> type[CodeEnum]:
    class ExecutionStatus(CodeEnum):
        """Execution status: The state of the execution that creates or updates an Item (executionStatus): creation, a connector step in progress, a wait for the user, or how it finished (an execution error code, MERGE_ERROR, ERROR, SUCCESS or PARTIAL_SUCCESS). Four connector steps the SDK listed until May 2025 are kept as removed.

        Wire field: executionStatus (the Item)."""

        CREATING = "CREATING"
        CREATE_ERROR = "CREATE_ERROR"
        CREATED = "CREATED"
        LOGIN_IN_PROGRESS = "LOGIN_IN_PROGRESS"
        WAITING_USER_INPUT = "WAITING_USER_INPUT"
        WAITING_USER_ACTION = "WAITING_USER_ACTION"
        LOGIN_MFA_IN_PROGRESS = "LOGIN_MFA_IN_PROGRESS"
        ACCOUNTS_IN_PROGRESS = "ACCOUNTS_IN_PROGRESS"
        TRANSACTIONS_IN_PROGRESS = "TRANSACTIONS_IN_PROGRESS"
        PAYMENT_DATA_IN_PROGRESS = "PAYMENT_DATA_IN_PROGRESS"
        CREDITCARDS_IN_PROGRESS = "CREDITCARDS_IN_PROGRESS"
        INVESTMENTS_IN_PROGRESS = "INVESTMENTS_IN_PROGRESS"
        INVESTMENTS_TRANSACTIONS_IN_PROGRESS = "INVESTMENTS_TRANSACTIONS_IN_PROGRESS"
        IDENTITY_IN_PROGRESS = "IDENTITY_IN_PROGRESS"
        LOANS_IN_PROGRESS = "LOANS_IN_PROGRESS"
        ACCOUNT_STATEMENTS_IN_PROGRESS = "ACCOUNT_STATEMENTS_IN_PROGRESS"
        INVALID_CREDENTIALS = "INVALID_CREDENTIALS"
        ALREADY_LOGGED_IN = "ALREADY_LOGGED_IN"
        UNEXPECTED_ERROR = "UNEXPECTED_ERROR"
        INVALID_CREDENTIALS_MFA = "INVALID_CREDENTIALS_MFA"
        SITE_NOT_AVAILABLE = "SITE_NOT_AVAILABLE"
        ACCOUNT_LOCKED = "ACCOUNT_LOCKED"
        ACCOUNT_CREDENTIALS_RESET = "ACCOUNT_CREDENTIALS_RESET"
        CONNECTION_ERROR = "CONNECTION_ERROR"
        ACCOUNT_NEEDS_ACTION = "ACCOUNT_NEEDS_ACTION"
        USER_AUTHORIZATION_PENDING = "USER_AUTHORIZATION_PENDING"
        USER_AUTHORIZATION_NOT_GRANTED = "USER_AUTHORIZATION_NOT_GRANTED"
        USER_NOT_SUPPORTED = "USER_NOT_SUPPORTED"
        USER_INPUT_TIMEOUT = "USER_INPUT_TIMEOUT"
        MERGE_ERROR = "MERGE_ERROR"
        ERROR = "ERROR"
        SUCCESS = "SUCCESS"
        PARTIAL_SUCCESS = "PARTIAL_SUCCESS"
        OPPORTUNITIES_IN_PROGRESS = "OPPORTUNITIES_IN_PROGRESS"
        PORTFOLIO_IN_PROGRESS = "PORTFOLIO_IN_PROGRESS"
        INCOME_REPORTS_IN_PROGRESS = "INCOME_REPORTS_IN_PROGRESS"
        BENEFITS_IN_PROGRESS = "BENEFITS_IN_PROGRESS"

    register(
        ExecutionStatus,
        lambda: (
            CodeSetInfo(
                provider="pluggy",
                id="execution_status",
                title="Execution status",
                description="The state of the execution that creates or updates an Item (executionStatus): creation, a connector step in progress, a wait for the user, or how it finished (an execution error code, MERGE_ERROR, ERROR, SUCCESS or PARTIAL_SUCCESS). Four connector steps the SDK listed until May 2025 are kept as removed.",
                field="executionStatus (the Item)",
                sources=(_S["pluggy-node-execution"],),
            ),
            (
                CodeInfo(
                    value="CREATING",
                    description="The execution is being created.",
                    category=_C.PENDING,
                    sources=(_S["pluggy-node-execution"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/pluggy/execution_status/#CREATING",
                    editorial=True,
                ),
                CodeInfo(
                    value="CREATE_ERROR",
                    description="The execution could not be created.",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["pluggy-node-execution"],),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/pluggy/execution_status/#CREATE_ERROR",
                    editorial=True,
                ),
                CodeInfo(
                    value="CREATED",
                    description="The execution was created and has not started its steps.",
                    category=_C.PENDING,
                    sources=(_S["pluggy-node-execution"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/pluggy/execution_status/#CREATED",
                    editorial=True,
                ),
                CodeInfo(
                    value="LOGIN_IN_PROGRESS",
                    description="The execution is logging in to the institution.",
                    category=_C.PENDING,
                    sources=(_S["pluggy-node-execution"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/pluggy/execution_status/#LOGIN_IN_PROGRESS",
                    editorial=True,
                ),
                CodeInfo(
                    value="WAITING_USER_INPUT",
                    description="The execution waits for the user's input (an MFA answer) to continue.",
                    category=_C.MFA_REQUIRED,
                    sources=(_S["pluggy-node-execution"], _S["pluggy-node-item"]),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/pluggy/execution_status/#WAITING_USER_INPUT",
                    editorial=True,
                    notes="The Item's status is WAITING_USER_INPUT too; its parameter holds what to ask.",
                ),
                CodeInfo(
                    value="WAITING_USER_ACTION",
                    description="The execution waits for the user to act outside the form (scan a QR code or authorise the access), as its userAction says.",
                    category=_C.MFA_REQUIRED,
                    sources=(_S["pluggy-node-execution"], _S["pluggy-node-item"]),
                    retryable=False,
                    end_user_can_retry=True,
                    end_user={
                        "en": EndUserWords(
                            message="Your bank is waiting for you to approve the connection.",
                            action="Approve the access in your bank's app or website, then come back.",
                        ),
                        "fr": EndUserWords(
                            message="Votre banque attend que vous approuviez la connexion.",
                            action="Approuvez l'accès dans l'application ou sur le site de votre banque, puis revenez.",
                        ),
                        "ar": EndUserWords(
                            message="ينتظر بنكك موافقتك على الربط.",
                            action="وافق على الوصول في تطبيق بنكك أو موقعه الإلكتروني، ثم عد إلى هنا.",
                        ),
                        "es": EndUserWords(
                            message="Su banco está esperando que apruebe la conexión.",
                            action="Apruebe el acceso en la aplicación o el sitio web de su banco y luego regrese.",
                        ),
                        "pt": EndUserWords(
                            message="Seu banco está aguardando que você aprove a conexão.",
                            action="Aprove o acesso no aplicativo ou site do seu banco e depois volte.",
                        ),
                    },
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/pluggy/execution_status/#WAITING_USER_ACTION",
                    editorial=True,
                    notes="Added in February 2023 (174255f) with the Item's userAction ('Useful info when item execution status is \"WAITING_USER_ACTION\"'), whose type is 'qr' or 'authorize-access'.",
                ),
                CodeInfo(
                    value="LOGIN_MFA_IN_PROGRESS",
                    description="The execution is sending the MFA answer to the institution.",
                    category=_C.PENDING,
                    sources=(_S["pluggy-node-execution"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/pluggy/execution_status/#LOGIN_MFA_IN_PROGRESS",
                    editorial=True,
                ),
                CodeInfo(
                    value="ACCOUNTS_IN_PROGRESS",
                    description="The execution is collecting the accounts.",
                    category=_C.PENDING,
                    sources=(_S["pluggy-node-execution"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/pluggy/execution_status/#ACCOUNTS_IN_PROGRESS",
                    editorial=True,
                ),
                CodeInfo(
                    value="TRANSACTIONS_IN_PROGRESS",
                    description="The execution is collecting the transactions.",
                    category=_C.PENDING,
                    sources=(_S["pluggy-node-execution"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/pluggy/execution_status/#TRANSACTIONS_IN_PROGRESS",
                    editorial=True,
                ),
                CodeInfo(
                    value="PAYMENT_DATA_IN_PROGRESS",
                    description="The execution is collecting the payment data.",
                    category=_C.PENDING,
                    sources=(_S["pluggy-node-execution"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/pluggy/execution_status/#PAYMENT_DATA_IN_PROGRESS",
                    editorial=True,
                ),
                CodeInfo(
                    value="CREDITCARDS_IN_PROGRESS",
                    description="The execution is collecting the credit cards.",
                    category=_C.PENDING,
                    sources=(_S["pluggy-node-execution"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/pluggy/execution_status/#CREDITCARDS_IN_PROGRESS",
                    editorial=True,
                ),
                CodeInfo(
                    value="INVESTMENTS_IN_PROGRESS",
                    description="The execution is collecting the investments.",
                    category=_C.PENDING,
                    sources=(_S["pluggy-node-execution"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/pluggy/execution_status/#INVESTMENTS_IN_PROGRESS",
                    editorial=True,
                ),
                CodeInfo(
                    value="INVESTMENTS_TRANSACTIONS_IN_PROGRESS",
                    description="The execution is collecting the investment transactions.",
                    category=_C.PENDING,
                    sources=(_S["pluggy-node-execution"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/pluggy/execution_status/#INVESTMENTS_TRANSACTIONS_IN_PROGRESS",
                    editorial=True,
                ),
                CodeInfo(
                    value="IDENTITY_IN_PROGRESS",
                    description="The execution is collecting the identity.",
                    category=_C.PENDING,
                    sources=(_S["pluggy-node-execution"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/pluggy/execution_status/#IDENTITY_IN_PROGRESS",
                    editorial=True,
                ),
                CodeInfo(
                    value="LOANS_IN_PROGRESS",
                    description="The execution is collecting the loans.",
                    category=_C.PENDING,
                    sources=(_S["pluggy-node-execution"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/pluggy/execution_status/#LOANS_IN_PROGRESS",
                    editorial=True,
                ),
                CodeInfo(
                    value="ACCOUNT_STATEMENTS_IN_PROGRESS",
                    description="The execution is collecting the account statements.",
                    category=_C.PENDING,
                    sources=(_S["pluggy-node-execution"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/pluggy/execution_status/#ACCOUNT_STATEMENTS_IN_PROGRESS",
                    editorial=True,
                ),
                CodeInfo(
                    value="INVALID_CREDENTIALS",
                    description="The credentials were rejected by the institution.",
                    category=_C.CREDENTIALS_INVALID,
                    sources=(
                        _S["pluggy-node-execution"],
                        _S["pluggy-node-execution-2023-02"],
                        _S["pluggy-docs-authentication-failures"],
                        _S["pluggy-docs-authentication-failures-pt"],
                        _S["pluggy-docs-errors-validations"],
                        _S["pluggy-docs-errors-validations-md"],
                    ),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["pluggy-docs-authentication-failures"],),
                        ),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(
                                _S["pluggy-docs-errors-validations"],
                                _S["pluggy-docs-errors-validations-md"],
                            ),
                        ),
                        Wording(
                            field="message_translations",
                            by="provider",
                            sources=(_S["pluggy-docs-authentication-failures-pt"],),
                        ),
                        Wording(
                            field="advice",
                            by="provider",
                            sources=(_S["pluggy-docs-authentication-failures"],),
                        ),
                        Wording(
                            field="advice_translations",
                            by="provider",
                            sources=(_S["pluggy-docs-authentication-failures-pt"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/pluggy/execution_status/#INVALID_CREDENTIALS",
                    message="Invalid credentials.",
                    advice="Re-enter credentials.",
                    advice_translations={"pt": "Reinsira as credenciais."},
                    message_translations={"pt": "Credenciais inválidas"},
                    notes="Pluggy's Errors & Validations example sends the message 'Invalid credentials.' (with the Item's status LOGIN_ERROR); its Detecting authentication failures page shows the item/error webhook with 'Invalid credentials' (no full stop), and its Portuguese page with 'Credenciais inválidas'. That page's advice goes on (the Item becomes LOGIN_ERROR and is no longer auto-synced); the copy read ends there. It is also an execution error code (error.code).",
                ),
                CodeInfo(
                    value="ALREADY_LOGGED_IN",
                    description="The institution reported another active session for the user, and the connection could not go on.",
                    category=_C.CONCURRENT_OPERATION,
                    sources=(
                        _S["pluggy-node-execution"],
                        _S["pluggy-node-execution-2023-02"],
                        _S["pluggy-docs-errors-validations"],
                    ),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/pluggy/execution_status/#ALREADY_LOGGED_IN",
                    editorial=True,
                    notes="The SDK gives no text. Description: bankcodes' wording, resting on Errors & Validations, which names among the causes of an OUTDATED Item that 'the institution tells us there is another active session and kicks us out'. It is also an execution error code (error.code).",
                ),
                CodeInfo(
                    value="UNEXPECTED_ERROR",
                    description="An unexpected error ended the execution.",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["pluggy-node-execution"], _S["pluggy-node-execution-2023-02"]),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/pluggy/execution_status/#UNEXPECTED_ERROR",
                    editorial=True,
                    notes="The SDK lists the code without a text; the description is bankcodes' reading of its name. It is also an execution error code (error.code).",
                ),
                CodeInfo(
                    value="INVALID_CREDENTIALS_MFA",
                    description="The one-time code or other MFA answer was not accepted.",
                    category=_C.MFA_FAILED,
                    sources=(_S["pluggy-node-execution"], _S["pluggy-node-execution-2023-02"]),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/pluggy/execution_status/#INVALID_CREDENTIALS_MFA",
                    editorial=True,
                    notes="The SDK lists the code without a text; the description is bankcodes' reading of its name. It is also an execution error code (error.code).",
                ),
                CodeInfo(
                    value="SITE_NOT_AVAILABLE",
                    description="The institution is having an instability: its site or service could not be used.",
                    category=_C.INSTITUTION_UNAVAILABLE,
                    sources=(
                        _S["pluggy-node-execution"],
                        _S["pluggy-node-execution-2023-02"],
                        _S["pluggy-docs-errors-validations"],
                        _S["pluggy-docs-reporting-issues"],
                    ),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/pluggy/execution_status/#SITE_NOT_AVAILABLE",
                    editorial=True,
                    notes="Description: bankcodes' wording, resting on Errors & Validations and Reporting Issues: 'When the institution is having an instability the executionStatus will be SITE_NOT_AVAILABLE'. It is also an execution error code (error.code).",
                ),
                CodeInfo(
                    value="ACCOUNT_LOCKED",
                    description="The user's account is locked at the institution.",
                    category=_C.ACTION_REQUIRED_AT_INSTITUTION,
                    sources=(_S["pluggy-node-execution"], _S["pluggy-node-execution-2023-02"]),
                    retryable=False,
                    end_user_can_retry=True,
                    end_user={
                        "en": EndUserWords(
                            message="Your bank account is locked.",
                            action="Contact your bank to unlock it, then try again.",
                        ),
                        "fr": EndUserWords(
                            message="Votre compte bancaire est bloqué.",
                            action="Contactez votre banque pour le débloquer, puis réessayez.",
                        ),
                        "ar": EndUserWords(
                            message="حسابك المصرفي مقفل.",
                            action="تواصل مع بنكك لإلغاء قفله، ثم حاول مرة أخرى.",
                        ),
                        "es": EndUserWords(
                            message="Su cuenta bancaria está bloqueada.",
                            action="Comuníquese con su banco para desbloquearla y vuelva a intentarlo.",
                        ),
                        "pt": EndUserWords(
                            message="Sua conta bancária está bloqueada.",
                            action="Entre em contato com seu banco para desbloqueá-la e tente novamente.",
                        ),
                    },
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/pluggy/execution_status/#ACCOUNT_LOCKED",
                    editorial=True,
                    notes="The SDK lists the code without a text; the description is bankcodes' reading of its name. It is also an execution error code (error.code).",
                ),
                CodeInfo(
                    value="ACCOUNT_CREDENTIALS_RESET",
                    description="The institution requires the user to reset their credentials before connecting.",
                    category=_C.ACTION_REQUIRED_AT_INSTITUTION,
                    sources=(_S["pluggy-node-execution"], _S["pluggy-node-execution-2023-02"]),
                    retryable=False,
                    end_user_can_retry=True,
                    end_user={
                        "en": EndUserWords(
                            message="Your bank needs you to reset your password.",
                            action="Reset your password with your bank, then connect again with the new one.",
                        ),
                        "fr": EndUserWords(
                            message="Votre banque vous demande de réinitialiser votre mot de passe.",
                            action="Réinitialisez votre mot de passe auprès de votre banque, puis connectez-vous de nouveau avec le nouveau.",
                        ),
                        "ar": EndUserWords(
                            message="يطلب منك بنكك إعادة تعيين كلمة المرور.",
                            action="أعد تعيين كلمة المرور لدى بنكك، ثم اربط حسابك مرة أخرى باستخدام كلمة المرور الجديدة.",
                        ),
                        "es": EndUserWords(
                            message="Su banco le pide restablecer su contraseña.",
                            action="Restablezca su contraseña con su banco y vuelva a conectarse con la nueva.",
                        ),
                        "pt": EndUserWords(
                            message="Seu banco pede que você redefina sua senha.",
                            action="Redefina sua senha com o seu banco e conecte-se novamente com a nova senha.",
                        ),
                    },
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/pluggy/execution_status/#ACCOUNT_CREDENTIALS_RESET",
                    editorial=True,
                    notes="Added to the SDK in February 2023 (0a84e84); the SDK gives no text, and the description is bankcodes' reading of its name. It is also an execution error code (error.code).",
                ),
                CodeInfo(
                    value="CONNECTION_ERROR",
                    description="An unexpected error on Pluggy's side, or a connectivity error, ended the execution.",
                    category=_C.GENERIC_FAILURE,
                    sources=(
                        _S["pluggy-node-execution"],
                        _S["pluggy-node-execution-2023-02"],
                        _S["pluggy-docs-errors-validations"],
                        _S["pluggy-docs-reporting-issues"],
                    ),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="bankcodes",
                            sources=(
                                _S["pluggy-docs-errors-validations"],
                                _S["pluggy-docs-reporting-issues"],
                            ),
                        ),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["pluggy-docs-errors-validations"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/pluggy/execution_status/#CONNECTION_ERROR",
                    editorial=True,
                    message="Connectivity error, please try again.",
                    notes="Errors & Validations shows it on an OUTDATED Item with the message 'Connectivity error, please try again.', and says that an unexpected error on Pluggy's side gives the executionStatus ERROR or CONNECTION_ERROR; the description is bankcodes' wording of that. It is also an execution error code (error.code).",
                ),
                CodeInfo(
                    value="ACCOUNT_NEEDS_ACTION",
                    description="The user must do something with their account at the institution before it can be connected.",
                    category=_C.ACTION_REQUIRED_AT_INSTITUTION,
                    sources=(_S["pluggy-node-execution"], _S["pluggy-node-execution-2023-02"]),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/pluggy/execution_status/#ACCOUNT_NEEDS_ACTION",
                    editorial=True,
                    notes="The SDK lists the code without a text; the description is bankcodes' reading of its name. It is also an execution error code (error.code).",
                ),
                CodeInfo(
                    value="USER_AUTHORIZATION_PENDING",
                    description="The user has not yet authorised the access at the institution (on another device or app).",
                    category=_C.MFA_REQUIRED,
                    sources=(
                        _S["pluggy-node-execution"],
                        _S["pluggy-node-execution-2023-02"],
                        _S["pluggy-docs-webhooks"],
                    ),
                    retryable=False,
                    end_user_can_retry=True,
                    end_user={
                        "en": EndUserWords(
                            message="Your bank is waiting for you to approve the connection.",
                            action="Approve the access in your bank's app or website, then come back.",
                        ),
                        "fr": EndUserWords(
                            message="Votre banque attend que vous approuviez la connexion.",
                            action="Approuvez l'accès dans l'application ou sur le site de votre banque, puis revenez.",
                        ),
                        "ar": EndUserWords(
                            message="ينتظر بنكك موافقتك على الربط.",
                            action="وافق على الوصول في تطبيق بنكك أو موقعه الإلكتروني، ثم عد إلى هنا.",
                        ),
                        "es": EndUserWords(
                            message="Su banco está esperando que apruebe la conexión.",
                            action="Apruebe el acceso en la aplicación o el sitio web de su banco y luego regrese.",
                        ),
                        "pt": EndUserWords(
                            message="Seu banco está aguardando que você aprove a conexão.",
                            action="Aprove o acesso no aplicativo ou site do seu banco e depois volte.",
                        ),
                    },
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/pluggy/execution_status/#USER_AUTHORIZATION_PENDING",
                    editorial=True,
                    notes="The SDK lists the code without a text; the description is bankcodes' reading of its name. Pluggy's Webhook page: 'The case of USER_AUTHORIZATION_PENDING will also trigger this event' (item/error). It is also an execution error code (error.code).",
                ),
                CodeInfo(
                    value="USER_AUTHORIZATION_NOT_GRANTED",
                    description="The user did not grant the authorisation the institution asked for.",
                    category=_C.CANCELLED,
                    sources=(_S["pluggy-node-execution"], _S["pluggy-node-execution-2023-02"]),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/pluggy/execution_status/#USER_AUTHORIZATION_NOT_GRANTED",
                    editorial=True,
                    notes="The SDK lists the code without a text; the description is bankcodes' reading of its name. It is also an execution error code (error.code).",
                ),
                CodeInfo(
                    value="USER_NOT_SUPPORTED",
                    description="The connector does not support this user (their kind of account or access).",
                    category=_C.INSTITUTION_NOT_SUPPORTED,
                    sources=(_S["pluggy-node-execution"],),
                    retryable=False,
                    end_user_can_retry=False,
                    end_user={
                        "en": EndUserWords(
                            message="This kind of account can't be connected here.",
                            action="Choose another account, or another way to continue.",
                        ),
                        "fr": EndUserWords(
                            message="Ce type de compte ne peut pas être connecté ici.",
                            action="Choisissez un autre compte ou une autre façon de continuer.",
                        ),
                        "ar": EndUserWords(
                            message="لا يمكن ربط هذا النوع من الحسابات هنا.",
                            action="اختر حساباً آخر أو طريقة أخرى للمتابعة.",
                        ),
                        "es": EndUserWords(
                            message="Este tipo de cuenta no se puede conectar aquí.",
                            action="Elija otra cuenta u otra forma de continuar.",
                        ),
                        "pt": EndUserWords(
                            message="Este tipo de conta não pode ser conectado aqui.",
                            action="Escolha outra conta ou outra forma de continuar.",
                        ),
                    },
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/pluggy/execution_status/#USER_NOT_SUPPORTED",
                    editorial=True,
                    notes="Added to the SDK in September 2023 (ea3336e, 'add new values for ... error.code fields'): the SDK at 174255f lists twelve error codes, without this one. The SDK gives no text; the description is bankcodes' reading of its name. It is also an execution error code (error.code).",
                ),
                CodeInfo(
                    value="USER_INPUT_TIMEOUT",
                    description="The user did not answer the MFA or other input the execution waited for in time.",
                    category=_C.SESSION_EXPIRED,
                    sources=(_S["pluggy-node-execution"], _S["pluggy-node-execution-2023-02"]),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/pluggy/execution_status/#USER_INPUT_TIMEOUT",
                    editorial=True,
                    notes="The SDK lists the code without a text; the description is bankcodes' reading of its name. It is also an execution error code (error.code).",
                ),
                CodeInfo(
                    value="MERGE_ERROR",
                    description="The execution failed while merging the collected data.",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["pluggy-node-execution"],),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/pluggy/execution_status/#MERGE_ERROR",
                    editorial=True,
                ),
                CodeInfo(
                    value="ERROR",
                    description="An unexpected error on Pluggy's side ended the execution.",
                    category=_C.GENERIC_FAILURE,
                    sources=(
                        _S["pluggy-node-execution"],
                        _S["pluggy-docs-errors-validations"],
                        _S["pluggy-docs-reporting-issues"],
                    ),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/pluggy/execution_status/#ERROR",
                    editorial=True,
                    notes="Reporting Issues: 'When an item runs into an expected error, it will return in OUTDATED status, with ERROR as the execution status', and an unexpected error on Pluggy's side gives ERROR or CONNECTION_ERROR; the description is bankcodes' wording.",
                ),
                CodeInfo(
                    value="SUCCESS",
                    description="it means every product (accounts, transactions, etc) was retrieved correctly from the institution, and is ready to be retrieved.",
                    category=_C.SUCCESS,
                    sources=(_S["pluggy-node-execution"], _S["pluggy-docs-errors-validations-md"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["pluggy-docs-errors-validations-md"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/pluggy/execution_status/#SUCCESS",
                    notes="Errors & Validations: 'If the execution status is SUCCESS, it means every product ...'; the description is the sentence's second half.",
                ),
                CodeInfo(
                    value="PARTIAL_SUCCESS",
                    description="Some products could not be collected; the Item's statusDetail says, per product, which were updated.",
                    category=_C.SUCCESS,
                    sources=(
                        _S["pluggy-node-execution"],
                        _S["pluggy-docs-errors-validations-partial"],
                        _S["pluggy-node-item"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/pluggy/execution_status/#PARTIAL_SUCCESS",
                    editorial=True,
                    notes="Errors & Validations: 'Sometimes we fail to recover a specific product ... In this scenario, the Item will land on a PARTIAL_SUCCESS executionStatus, and the attribute statusDetail will provide more information on the product collection.' The connection works: the products whose isUpdated is false were not collected.",
                ),
                CodeInfo(
                    value="OPPORTUNITIES_IN_PROGRESS",
                    description="The execution was collecting opportunities.",
                    category=_C.PENDING,
                    sources=(_S["pluggy-node-execution-2024-06"],),
                    retryable=False,
                    end_user_can_retry=False,
                    lifecycle=Lifecycle(
                        state="removed",
                        note="Listed by the SDK until 0cf329c (May 2025, 'remove deprecated features'); not in pluggy-sdk 0.89.0.",
                    ),
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/pluggy/execution_status/#OPPORTUNITIES_IN_PROGRESS",
                    editorial=True,
                ),
                CodeInfo(
                    value="PORTFOLIO_IN_PROGRESS",
                    description="The execution was collecting the portfolio.",
                    category=_C.PENDING,
                    sources=(_S["pluggy-node-execution-2024-06"],),
                    retryable=False,
                    end_user_can_retry=False,
                    lifecycle=Lifecycle(
                        state="removed",
                        note="Listed by the SDK until 0cf329c (May 2025, 'remove deprecated features'); not in pluggy-sdk 0.89.0.",
                    ),
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/pluggy/execution_status/#PORTFOLIO_IN_PROGRESS",
                    editorial=True,
                ),
                CodeInfo(
                    value="INCOME_REPORTS_IN_PROGRESS",
                    description="The execution was collecting the income reports.",
                    category=_C.PENDING,
                    sources=(_S["pluggy-node-execution-2024-06"],),
                    retryable=False,
                    end_user_can_retry=False,
                    lifecycle=Lifecycle(
                        state="removed",
                        note="Listed by the SDK until 0cf329c (May 2025, 'remove deprecated features'); not in pluggy-sdk 0.89.0.",
                    ),
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/pluggy/execution_status/#INCOME_REPORTS_IN_PROGRESS",
                    editorial=True,
                ),
                CodeInfo(
                    value="BENEFITS_IN_PROGRESS",
                    description="The execution was collecting the benefits.",
                    category=_C.PENDING,
                    sources=(_S["pluggy-node-execution-2024-06"],),
                    retryable=False,
                    end_user_can_retry=False,
                    lifecycle=Lifecycle(
                        state="removed",
                        note="Listed by the SDK until 0cf329c (May 2025, 'remove deprecated features'); not in pluggy-sdk 0.89.0.",
                    ),
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/pluggy/execution_status/#BENEFITS_IN_PROGRESS",
                    editorial=True,
                ),
            ),
        ),
        {},
    )
    return ExecutionStatus


def _ConnectorStatus() -> type[CodeEnum]:
    class ConnectorStatus(CodeEnum):
        """Connector health status: The current status of a connector (an institution's integration): health.status of a Connector, and data.status of the connector/status_updated webhook.

        Wire field: health.status (Connector); data.status (connector/status_updated webhook)."""

        ONLINE = "ONLINE"
        UNSTABLE = "UNSTABLE"
        OFFLINE = "OFFLINE"

    register(
        ConnectorStatus,
        lambda: (
            CodeSetInfo(
                provider="pluggy",
                id="connector_status",
                title="Connector health status",
                description="The current status of a connector (an institution's integration): health.status of a Connector, and data.status of the connector/status_updated webhook.",
                field="health.status (Connector); data.status (connector/status_updated webhook)",
                states=True,
                sources=(_S["pluggy-node-connector"], _S["pluggy-docs-webhooks"]),
            ),
            (
                CodeInfo(
                    value="ONLINE",
                    description="the connector is working as expected",
                    category=_C.SUCCESS,
                    sources=(_S["pluggy-node-connector"], _S["pluggy-docs-webhooks"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["pluggy-node-connector"],),
                        ),
                    ),
                    page="reference/pluggy/connector_status/#ONLINE",
                ),
                CodeInfo(
                    value="UNSTABLE",
                    description="the connector is working but with degraded performance",
                    category=_C.INSTITUTION_UNAVAILABLE,
                    sources=(_S["pluggy-node-connector"], _S["pluggy-docs-webhooks"]),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["pluggy-node-connector"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/pluggy/connector_status/#UNSTABLE",
                    notes="Connections may still succeed; an app may warn its user that the institution is slow or failing at times.",
                    state="degraded",
                    state_reason="The connector works, unreliably.",
                ),
                CodeInfo(
                    value="OFFLINE",
                    description="the connector is not currently available (API will refuse all connections with 400 status error)",
                    category=_C.INSTITUTION_UNAVAILABLE,
                    sources=(_S["pluggy-node-connector"], _S["pluggy-docs-webhooks"]),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["pluggy-node-connector"],),
                        ),
                    ),
                    page="reference/pluggy/connector_status/#OFFLINE",
                ),
            ),
        ),
        {},
    )
    return ConnectorStatus


def _PaymentRequestStatus() -> type[CodeEnum]:
    class PaymentRequestStatus(CodeEnum):
        """Payment request status: The status of a payment request (Pluggy's payment initiation and Pix Automático). The SDK's comment describes seven of its twelve values; the others are described in bankcodes' words. At 8347744 (November 2024) the SDK listed nine: EXPIRED, AUTHORIZED and CANCELED came in 2025. The payment_request/updated webhook sends AUTHORIZED, CANCELED, COMPLETED or ERROR in data.status.

        Wire field: status (PaymentRequest); data.status (payment_request/updated webhook)."""

        CREATED = "CREATED"
        IN_PROGRESS = "IN_PROGRESS"
        COMPLETED = "COMPLETED"
        SCHEDULED = "SCHEDULED"
        WAITING_PAYER_AUTHORIZATION = "WAITING_PAYER_AUTHORIZATION"
        ERROR = "ERROR"
        REFUND_IN_PROGRESS = "REFUND_IN_PROGRESS"
        REFUNDED = "REFUNDED"
        REFUND_ERROR = "REFUND_ERROR"
        EXPIRED = "EXPIRED"
        AUTHORIZED = "AUTHORIZED"
        CANCELED = "CANCELED"

    register(
        PaymentRequestStatus,
        lambda: (
            CodeSetInfo(
                provider="pluggy",
                id="payment_request_status",
                title="Payment request status",
                description="The status of a payment request (Pluggy's payment initiation and Pix Automático). The SDK's comment describes seven of its twelve values; the others are described in bankcodes' words. At 8347744 (November 2024) the SDK listed nine: EXPIRED, AUTHORIZED and CANCELED came in 2025. The payment_request/updated webhook sends AUTHORIZED, CANCELED, COMPLETED or ERROR in data.status.",
                field="status (PaymentRequest); data.status (payment_request/updated webhook)",
                sources=(
                    _S["pluggy-node-payment-request"],
                    _S["pluggy-node-payment-request-2024-11"],
                ),
            ),
            (
                CodeInfo(
                    value="CREATED",
                    description="Payment request was created",
                    category=_C.PENDING,
                    sources=(
                        _S["pluggy-node-payment-request"],
                        _S["pluggy-node-payment-request-2024-11"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["pluggy-node-payment-request"],
                                _S["pluggy-node-payment-request-2024-11"],
                            ),
                        ),
                    ),
                    page="reference/pluggy/payment_request_status/#CREATED",
                ),
                CodeInfo(
                    value="IN_PROGRESS",
                    description="User started the payment process",
                    category=_C.PENDING,
                    sources=(
                        _S["pluggy-node-payment-request"],
                        _S["pluggy-node-payment-request-2024-11"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["pluggy-node-payment-request"],
                                _S["pluggy-node-payment-request-2024-11"],
                            ),
                        ),
                    ),
                    page="reference/pluggy/payment_request_status/#IN_PROGRESS",
                ),
                CodeInfo(
                    value="COMPLETED",
                    description="Payment request was completed",
                    category=_C.SUCCESS,
                    sources=(
                        _S["pluggy-node-payment-request"],
                        _S["pluggy-node-payment-request-2024-11"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["pluggy-node-payment-request"],
                                _S["pluggy-node-payment-request-2024-11"],
                            ),
                        ),
                    ),
                    page="reference/pluggy/payment_request_status/#COMPLETED",
                ),
                CodeInfo(
                    value="SCHEDULED",
                    description="The payment request is scheduled: its payments are made on their dates.",
                    category=_C.PENDING,
                    sources=(
                        _S["pluggy-node-payment-request"],
                        _S["pluggy-node-payment-request-2024-11"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/pluggy/payment_request_status/#SCHEDULED",
                    editorial=True,
                ),
                CodeInfo(
                    value="WAITING_PAYER_AUTHORIZATION",
                    description="User needs to authorize the payment in the payment institution",
                    category=_C.PENDING,
                    sources=(
                        _S["pluggy-node-payment-request"],
                        _S["pluggy-node-payment-request-2024-11"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["pluggy-node-payment-request"],
                                _S["pluggy-node-payment-request-2024-11"],
                            ),
                        ),
                    ),
                    page="reference/pluggy/payment_request_status/#WAITING_PAYER_AUTHORIZATION",
                ),
                CodeInfo(
                    value="ERROR",
                    description="Payment request has an error",
                    category=_C.GENERIC_FAILURE,
                    sources=(
                        _S["pluggy-node-payment-request"],
                        _S["pluggy-node-payment-request-2024-11"],
                    ),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["pluggy-node-payment-request"],
                                _S["pluggy-node-payment-request-2024-11"],
                            ),
                        ),
                    ),
                    page="reference/pluggy/payment_request_status/#ERROR",
                ),
                CodeInfo(
                    value="REFUND_IN_PROGRESS",
                    description="A refund of the payment is in progress.",
                    category=_C.PENDING,
                    sources=(
                        _S["pluggy-node-payment-request"],
                        _S["pluggy-node-payment-request-2024-11"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/pluggy/payment_request_status/#REFUND_IN_PROGRESS",
                    editorial=True,
                ),
                CodeInfo(
                    value="REFUNDED",
                    description="The payment was refunded.",
                    category=_C.SUCCESS,
                    sources=(
                        _S["pluggy-node-payment-request"],
                        _S["pluggy-node-payment-request-2024-11"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/pluggy/payment_request_status/#REFUNDED",
                    editorial=True,
                    notes="The refund succeeded: the payment itself was reversed.",
                ),
                CodeInfo(
                    value="REFUND_ERROR",
                    description="The refund of the payment failed.",
                    category=_C.GENERIC_FAILURE,
                    sources=(
                        _S["pluggy-node-payment-request"],
                        _S["pluggy-node-payment-request-2024-11"],
                    ),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/pluggy/payment_request_status/#REFUND_ERROR",
                    editorial=True,
                ),
                CodeInfo(
                    value="EXPIRED",
                    description="The payment request expired before it was paid or authorised.",
                    category=_C.SESSION_EXPIRED,
                    sources=(_S["pluggy-node-payment-request"],),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/pluggy/payment_request_status/#EXPIRED",
                    editorial=True,
                    notes="Added to the SDK in June 2025 (026d612, 'fix: incorrect payment types'); the SDK's comment does not describe it.",
                ),
                CodeInfo(
                    value="AUTHORIZED",
                    description="Payment request authorized and active (for automatic PIX)",
                    category=_C.SUCCESS,
                    sources=(_S["pluggy-node-payment-request"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["pluggy-node-payment-request"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/pluggy/payment_request_status/#AUTHORIZED",
                    notes="Added to the SDK in June 2025 with Pix Automático.",
                ),
                CodeInfo(
                    value="CANCELED",
                    description="Payment request canceled or authorization revoked",
                    category=_C.CANCELLED,
                    sources=(_S["pluggy-node-payment-request"],),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["pluggy-node-payment-request"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/pluggy/payment_request_status/#CANCELED",
                    notes="Added to the SDK in 2025 with the payment_request/updated webhook.",
                ),
            ),
        ),
        {},
    )
    return PaymentRequestStatus


def _WebhookEvent() -> type[CodeEnum]:
    class WebhookEvent(CodeEnum):
        """Webhook event: What a webhook notification is about (event), and what a webhook is registered for (all for every event). The descriptions are the Webhook page's where the copies read have them. Two payment refund events the SDK listed during 2025 are kept as removed.

        Wire field: event (every webhook; POST /webhooks)."""

        item_created = "item/created"
        item_updated = "item/updated"
        item_error = "item/error"
        item_deleted = "item/deleted"
        item_waiting_user_input = "item/waiting_user_input"
        item_waiting_user_action = "item/waiting_user_action"
        item_login_succeeded = "item/login_succeeded"
        connector_status_updated = "connector/status_updated"
        transactions_created = "transactions/created"
        transactions_updated = "transactions/updated"
        transactions_deleted = "transactions/deleted"
        payment_intent_created = "payment_intent/created"
        payment_intent_completed = "payment_intent/completed"
        payment_intent_waiting_payer_authorization = "payment_intent/waiting_payer_authorization"
        payment_intent_error = "payment_intent/error"
        scheduled_payment_created = "scheduled_payment/created"
        scheduled_payment_completed = "scheduled_payment/completed"
        scheduled_payment_error = "scheduled_payment/error"
        scheduled_payment_canceled = "scheduled_payment/canceled"
        scheduled_payment_all_completed = "scheduled_payment/all_completed"
        scheduled_payment_all_created = "scheduled_payment/all_created"
        boleto_updated = "boleto/updated"
        all = "all"
        automatic_pix_payment_created = "automatic_pix_payment/created"
        automatic_pix_payment_completed = "automatic_pix_payment/completed"
        automatic_pix_payment_error = "automatic_pix_payment/error"
        automatic_pix_payment_canceled = "automatic_pix_payment/canceled"
        payment_request_updated = "payment_request/updated"
        smart_transfer_preauthorization_completed = "smart_transfer_preauthorization/completed"
        smart_transfer_preauthorization_error = "smart_transfer_preauthorization/error"
        smart_transfer_payment_completed = "smart_transfer_payment/completed"
        smart_transfer_payment_error = "smart_transfer_payment/error"
        payment_refund_completed = "payment_refund/completed"
        payment_refund_error = "payment_refund/error"

    register(
        WebhookEvent,
        lambda: (
            CodeSetInfo(
                provider="pluggy",
                id="webhook_event",
                title="Webhook event",
                description="What a webhook notification is about (event), and what a webhook is registered for (all for every event). The descriptions are the Webhook page's where the copies read have them. Two payment refund events the SDK listed during 2025 are kept as removed.",
                field="event (every webhook; POST /webhooks)",
                sources=(_S["pluggy-node-webhook"],),
            ),
            (
                CodeInfo(
                    value="item/created",
                    description="An item was created and finished connecting succesfully.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["pluggy-node-webhook"], _S["pluggy-docs-webhooks"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["pluggy-docs-webhooks"],),
                        ),
                    ),
                    page="reference/pluggy/webhook_event/#item_created",
                ),
                CodeInfo(
                    value="item/updated",
                    description="An item was updated and synced successfully.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["pluggy-node-webhook"], _S["pluggy-docs-webhooks"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["pluggy-docs-webhooks"],),
                        ),
                    ),
                    page="reference/pluggy/webhook_event/#item_updated",
                ),
                CodeInfo(
                    value="item/error",
                    description="An item has encountered errors in its execution. The case of USER_AUTHORIZATION_PENDING will also trigger this event.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["pluggy-node-webhook"], _S["pluggy-docs-webhooks"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["pluggy-docs-webhooks"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/pluggy/webhook_event/#item_error",
                    notes="Its error.code is the value the Item exposes as executionStatus (Detecting authentication failures).",
                ),
                CodeInfo(
                    value="item/deleted",
                    description="An item was deleted successfully.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["pluggy-node-webhook"], _S["pluggy-docs-webhooks"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["pluggy-docs-webhooks"],),
                        ),
                    ),
                    page="reference/pluggy/webhook_event/#item_deleted",
                ),
                CodeInfo(
                    value="item/waiting_user_input",
                    description="An item is blocked waiting for user input to continue.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["pluggy-node-webhook"], _S["pluggy-docs-webhooks"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["pluggy-docs-webhooks"],),
                        ),
                    ),
                    page="reference/pluggy/webhook_event/#item_waiting_user_input",
                ),
                CodeInfo(
                    value="item/waiting_user_action",
                    description="An item is blocked waiting for the user to act outside the form (its userAction).",
                    category=_C.INFORMATIONAL,
                    sources=(_S["pluggy-node-webhook"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/pluggy/webhook_event/#item_waiting_user_action",
                    editorial=True,
                ),
                CodeInfo(
                    value="item/login_succeeded",
                    description="An item has successfully logged in to the provider and it's collecting the data.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["pluggy-node-webhook"], _S["pluggy-docs-webhooks"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["pluggy-docs-webhooks"],),
                        ),
                    ),
                    page="reference/pluggy/webhook_event/#item_login_succeeded",
                ),
                CodeInfo(
                    value="connector/status_updated",
                    description="A connector has changed status (ONLINE/UNSTABLE/OFFLINE). This event informs the affected connector ID and updated status. Check the Connectors endpoint to see all connectors and their IDs.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["pluggy-node-webhook"], _S["pluggy-docs-webhooks"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["pluggy-docs-webhooks"],),
                        ),
                    ),
                    page="reference/pluggy/webhook_event/#connector_status_updated",
                ),
                CodeInfo(
                    value="transactions/created",
                    description="New transactions of an account were created; createdTransactionsLink fetches them.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["pluggy-node-webhook"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/pluggy/webhook_event/#transactions_created",
                    editorial=True,
                ),
                CodeInfo(
                    value="transactions/updated",
                    description="Ids of updated transactions after merge data on item update. After receive this webhooks, it's recommended to get the full transactions data, use the transactions endpoint with ids parameter",
                    category=_C.INFORMATIONAL,
                    sources=(_S["pluggy-node-webhook"], _S["pluggy-docs-webhooks"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["pluggy-docs-webhooks"],),
                        ),
                    ),
                    page="reference/pluggy/webhook_event/#transactions_updated",
                ),
                CodeInfo(
                    value="transactions/deleted",
                    description="Ids of deleted transactions after merge data on item update.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["pluggy-node-webhook"], _S["pluggy-docs-webhooks"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["pluggy-docs-webhooks"],),
                        ),
                    ),
                    page="reference/pluggy/webhook_event/#transactions_deleted",
                ),
                CodeInfo(
                    value="payment_intent/created",
                    description="Id of payment intent created by the user. With paymentRequestId or bulkPaymentId too.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["pluggy-node-webhook"], _S["pluggy-docs-webhooks-payments"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["pluggy-docs-webhooks-payments"],),
                        ),
                    ),
                    page="reference/pluggy/webhook_event/#payment_intent_created",
                ),
                CodeInfo(
                    value="payment_intent/completed",
                    description="Id of payment intent completed successfully by the user. With paymentRequestId or bulkPaymentId too.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["pluggy-node-webhook"], _S["pluggy-docs-webhooks-payments"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["pluggy-docs-webhooks-payments"],),
                        ),
                    ),
                    page="reference/pluggy/webhook_event/#payment_intent_completed",
                ),
                CodeInfo(
                    value="payment_intent/waiting_payer_authorization",
                    description="Id of payment intent when it needs additional authorization.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["pluggy-node-webhook"], _S["pluggy-docs-webhooks-payments"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["pluggy-docs-webhooks-payments"],),
                        ),
                    ),
                    page="reference/pluggy/webhook_event/#payment_intent_waiting_payer_authorization",
                ),
                CodeInfo(
                    value="payment_intent/error",
                    description="Id of payment intent when has an error during the flow (with paymentRequestId too).",
                    category=_C.INFORMATIONAL,
                    sources=(_S["pluggy-node-webhook"], _S["pluggy-docs-webhooks-payments"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["pluggy-docs-webhooks-payments"],),
                        ),
                    ),
                    page="reference/pluggy/webhook_event/#payment_intent_error",
                ),
                CodeInfo(
                    value="scheduled_payment/created",
                    description="The scheduled_payment/created event.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["pluggy-node-webhook"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/pluggy/webhook_event/#scheduled_payment_created",
                    editorial=True,
                ),
                CodeInfo(
                    value="scheduled_payment/completed",
                    description="The scheduled_payment/completed event.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["pluggy-node-webhook"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/pluggy/webhook_event/#scheduled_payment_completed",
                    editorial=True,
                ),
                CodeInfo(
                    value="scheduled_payment/error",
                    description="The scheduled_payment/error event.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["pluggy-node-webhook"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/pluggy/webhook_event/#scheduled_payment_error",
                    editorial=True,
                ),
                CodeInfo(
                    value="scheduled_payment/canceled",
                    description="The scheduled_payment/canceled event.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["pluggy-node-webhook"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/pluggy/webhook_event/#scheduled_payment_canceled",
                    editorial=True,
                ),
                CodeInfo(
                    value="scheduled_payment/all_completed",
                    description="The scheduled_payment/all_completed event.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["pluggy-node-webhook"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/pluggy/webhook_event/#scheduled_payment_all_completed",
                    editorial=True,
                ),
                CodeInfo(
                    value="scheduled_payment/all_created",
                    description="The scheduled_payment/all_created event.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["pluggy-node-webhook"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/pluggy/webhook_event/#scheduled_payment_all_created",
                    editorial=True,
                ),
                CodeInfo(
                    value="boleto/updated",
                    description="The boleto/updated event.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["pluggy-node-webhook"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/pluggy/webhook_event/#boleto_updated",
                    editorial=True,
                ),
                CodeInfo(
                    value="all",
                    description="Every event: a webhook registered for all receives each of them.",
                    category=_C.INFORMATIONAL,
                    sources=(
                        _S["pluggy-node-webhook"],
                        _S["pluggy-docs-webhooks-payments"],
                        _S["pluggy-docs-authentication-failures"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/pluggy/webhook_event/#all",
                    editorial=True,
                    notes="A value to subscribe with (POST /webhooks), never the event of a notification. The Webhook page's row reads 'all' 'Receive ...' (the copy read ends there).",
                ),
                CodeInfo(
                    value="automatic_pix_payment/created",
                    description="The automatic_pix_payment/created event.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["pluggy-node-webhook"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/pluggy/webhook_event/#automatic_pix_payment_created",
                    editorial=True,
                ),
                CodeInfo(
                    value="automatic_pix_payment/completed",
                    description="The automatic_pix_payment/completed event.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["pluggy-node-webhook"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/pluggy/webhook_event/#automatic_pix_payment_completed",
                    editorial=True,
                ),
                CodeInfo(
                    value="automatic_pix_payment/error",
                    description="The automatic_pix_payment/error event.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["pluggy-node-webhook"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/pluggy/webhook_event/#automatic_pix_payment_error",
                    editorial=True,
                ),
                CodeInfo(
                    value="automatic_pix_payment/canceled",
                    description="The automatic_pix_payment/canceled event.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["pluggy-node-webhook"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/pluggy/webhook_event/#automatic_pix_payment_canceled",
                    editorial=True,
                ),
                CodeInfo(
                    value="payment_request/updated",
                    description="A payment request changed status; data.status holds the new one.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["pluggy-node-webhook"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/pluggy/webhook_event/#payment_request_updated",
                    editorial=True,
                    notes="Added in July 2025 as payment_request/update and renamed payment_request/updated the next day (e07c516); the SDK types its data.status as AUTHORIZED, CANCELED, COMPLETED or ERROR.",
                ),
                CodeInfo(
                    value="smart_transfer_preauthorization/completed",
                    description="The smart_transfer_preauthorization/completed event.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["pluggy-node-webhook"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/pluggy/webhook_event/#smart_transfer_preauthorization_completed",
                    editorial=True,
                ),
                CodeInfo(
                    value="smart_transfer_preauthorization/error",
                    description="The smart_transfer_preauthorization/error event.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["pluggy-node-webhook"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/pluggy/webhook_event/#smart_transfer_preauthorization_error",
                    editorial=True,
                ),
                CodeInfo(
                    value="smart_transfer_payment/completed",
                    description="The smart_transfer_payment/completed event.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["pluggy-node-webhook"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/pluggy/webhook_event/#smart_transfer_payment_completed",
                    editorial=True,
                ),
                CodeInfo(
                    value="smart_transfer_payment/error",
                    description="The smart_transfer_payment/error event.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["pluggy-node-webhook"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/pluggy/webhook_event/#smart_transfer_payment_error",
                    editorial=True,
                ),
                CodeInfo(
                    value="payment_refund/completed",
                    description="A payment refund was completed.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["pluggy-node-webhook-2025-01"], _S["pluggy-node-commit-f136147"]),
                    retryable=False,
                    end_user_can_retry=False,
                    lifecycle=Lifecycle(
                        state="removed",
                        note="Added to the SDK in January 2025 (f5f29a1, 'add refunds webhooks') and removed from WEBHOOK_EVENTS on 2025-12-09 by f136147 ('feat: add smart transfers webhooks'); not in pluggy-sdk 0.89.0.",
                    ),
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/pluggy/webhook_event/#payment_refund_completed",
                    editorial=True,
                ),
                CodeInfo(
                    value="payment_refund/error",
                    description="A payment refund failed.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["pluggy-node-webhook-2025-01"], _S["pluggy-node-commit-f136147"]),
                    retryable=False,
                    end_user_can_retry=False,
                    lifecycle=Lifecycle(
                        state="removed",
                        note="Added to the SDK in January 2025 (f5f29a1, 'add refunds webhooks') and removed from WEBHOOK_EVENTS on 2025-12-09 by f136147 ('feat: add smart transfers webhooks'); not in pluggy-sdk 0.89.0.",
                    ),
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/pluggy/webhook_event/#payment_refund_error",
                    editorial=True,
                ),
            ),
        ),
        {},
    )
    return WebhookEvent


def _ConnectEvent() -> type[CodeEnum]:
    class ConnectEvent(CodeEnum):
        """Pluggy Connect event: The event of the payload the Pluggy Connect widget passes to onEvent ('to track specific user interactions'), with its timestamp: the connector for SELECTED_INSTITUTION, the Item for the login and Item events. The SDK's typing gives no text per event: the descriptions are bankcodes' words.

        Wire field: event (onEvent payload of Pluggy Connect)."""

        SELECTED_INSTITUTION = "SELECTED_INSTITUTION"
        SUBMITTED_CONSENT = "SUBMITTED_CONSENT"
        SUBMITTED_LOGIN = "SUBMITTED_LOGIN"
        SUBMITTED_MFA = "SUBMITTED_MFA"
        LOGIN_SUCCESS = "LOGIN_SUCCESS"
        LOGIN_MFA_SUCCESS = "LOGIN_MFA_SUCCESS"
        LOGIN_STEP_COMPLETED = "LOGIN_STEP_COMPLETED"
        ITEM_RESPONSE = "ITEM_RESPONSE"

    register(
        ConnectEvent,
        lambda: (
            CodeSetInfo(
                provider="pluggy",
                id="connect_event",
                title="Pluggy Connect event",
                description="The event of the payload the Pluggy Connect widget passes to onEvent ('to track specific user interactions'), with its timestamp: the connector for SELECTED_INSTITUTION, the Item for the login and Item events. The SDK's typing gives no text per event: the descriptions are bankcodes' words.",
                field="event (onEvent payload of Pluggy Connect)",
                sources=(_S["pluggy-connect-sdk-types"],),
            ),
            (
                CodeInfo(
                    value="SELECTED_INSTITUTION",
                    description="The user selected an institution (the payload's connector).",
                    category=_C.INFORMATIONAL,
                    sources=(_S["pluggy-connect-sdk-types"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/pluggy/connect_event/#SELECTED_INSTITUTION",
                    editorial=True,
                ),
                CodeInfo(
                    value="SUBMITTED_CONSENT",
                    description="The user accepted the consent.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["pluggy-connect-sdk-types"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/pluggy/connect_event/#SUBMITTED_CONSENT",
                    editorial=True,
                ),
                CodeInfo(
                    value="SUBMITTED_LOGIN",
                    description="The user submitted the login form.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["pluggy-connect-sdk-types"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/pluggy/connect_event/#SUBMITTED_LOGIN",
                    editorial=True,
                ),
                CodeInfo(
                    value="SUBMITTED_MFA",
                    description="The user submitted an MFA answer.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["pluggy-connect-sdk-types"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/pluggy/connect_event/#SUBMITTED_MFA",
                    editorial=True,
                ),
                CodeInfo(
                    value="LOGIN_SUCCESS",
                    description="The login succeeded (the payload's item).",
                    category=_C.INFORMATIONAL,
                    sources=(_S["pluggy-connect-sdk-types"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/pluggy/connect_event/#LOGIN_SUCCESS",
                    editorial=True,
                ),
                CodeInfo(
                    value="LOGIN_MFA_SUCCESS",
                    description="The MFA step of the login succeeded (the payload's item).",
                    category=_C.INFORMATIONAL,
                    sources=(_S["pluggy-connect-sdk-types"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/pluggy/connect_event/#LOGIN_MFA_SUCCESS",
                    editorial=True,
                ),
                CodeInfo(
                    value="LOGIN_STEP_COMPLETED",
                    description="The login step is complete and the Item goes on collecting (the payload's item).",
                    category=_C.INFORMATIONAL,
                    sources=(_S["pluggy-connect-sdk-types"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/pluggy/connect_event/#LOGIN_STEP_COMPLETED",
                    editorial=True,
                ),
                CodeInfo(
                    value="ITEM_RESPONSE",
                    description="The widget received the Item (the payload's item).",
                    category=_C.INFORMATIONAL,
                    sources=(_S["pluggy-connect-sdk-types"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/pluggy/connect_event/#ITEM_RESPONSE",
                    editorial=True,
                ),
            ),
        ),
        {},
    )
    return ConnectEvent


def _ItemRequestError() -> type[CodeEnum]:
    class ItemRequestError(CodeEnum):
        """Item request error: An error of a request that creates or updates an Item, as the Items API reference lists it (Creating & Updating Item errors: Error, Message, Action Item; the Action Item is the advice here). The table names no field; the catalog reads these codes where Pluggy's Error Codes page puts an error's stable identifier, codeDescription. Five code cells are rendered in two pieces by every capture read (CLIENT_IS_UPDATING / BEFORE_ALLOWED_FREQUENCY, SANDBOX_CLIENT_ITEM / UPDATE_NOT_ALLOWED, CLIENT_HAS_ITEM / UPDATES_DISABLED, ITEM_ORIGINAL_CONNECTED / WITH_DIFFERENT_ACCOUNT, CONNECTOR_REQUIRED / PARAMETER_VALIDATION_ERROR): their values are the pieces joined, as each code's notes say. The table runs on past the eleventh row in every capture read; the rows after it are not in the catalog.

        Wire field: codeDescription of the API error body of POST /items and PATCH /items/{id} (the Items reference's table names no field)."""

        PARAMETERS_NOT_PROVIDED = "PARAMETERS_NOT_PROVIDED"
        ITEM_ALREADY_UPDATING = "ITEM_ALREADY_UPDATING"
        CLIENT_IS_UPDATING_BEFORE_ALLOWED_FREQUENCY = "CLIENT_IS_UPDATING_BEFORE_ALLOWED_FREQUENCY"
        CREATE_ITEMS_API_FREE_DISABLED = "CREATE_ITEMS_API_FREE_DISABLED"
        SANDBOX_CLIENT_ITEM_UPDATE_NOT_ALLOWED = "SANDBOX_CLIENT_ITEM_UPDATE_NOT_ALLOWED"
        TOO_MANY_CONSECUTIVE_ERRORS = "TOO_MANY_CONSECUTIVE_ERRORS"
        ITEM_CREATION_LIMIT_EXCEEDED = "ITEM_CREATION_LIMIT_EXCEEDED"
        CLIENT_HAS_ITEM_UPDATES_DISABLED = "CLIENT_HAS_ITEM_UPDATES_DISABLED"
        ITEM_ORIGINAL_CONNECTED_WITH_DIFFERENT_ACCOUNT = (
            "ITEM_ORIGINAL_CONNECTED_WITH_DIFFERENT_ACCOUNT"
        )
        ITEM_IS_ALREADY_UPDATING = "ITEM_IS_ALREADY_UPDATING"
        CONNECTOR_REQUIRED_PARAMETER_VALIDATION_ERROR = (
            "CONNECTOR_REQUIRED_PARAMETER_VALIDATION_ERROR"
        )

    register(
        ItemRequestError,
        lambda: (
            CodeSetInfo(
                provider="pluggy",
                id="item_request_error",
                title="Item request error",
                description="An error of a request that creates or updates an Item, as the Items API reference lists it (Creating & Updating Item errors: Error, Message, Action Item; the Action Item is the advice here). The table names no field; the catalog reads these codes where Pluggy's Error Codes page puts an error's stable identifier, codeDescription. Five code cells are rendered in two pieces by every capture read (CLIENT_IS_UPDATING / BEFORE_ALLOWED_FREQUENCY, SANDBOX_CLIENT_ITEM / UPDATE_NOT_ALLOWED, CLIENT_HAS_ITEM / UPDATES_DISABLED, ITEM_ORIGINAL_CONNECTED / WITH_DIFFERENT_ACCOUNT, CONNECTOR_REQUIRED / PARAMETER_VALIDATION_ERROR): their values are the pieces joined, as each code's notes say. The table runs on past the eleventh row in every capture read; the rows after it are not in the catalog.",
                field="codeDescription of the API error body of POST /items and PATCH /items/{id} (the Items reference's table names no field)",
                sources=(
                    _S["pluggy-docs-items-errors"],
                    _S["pluggy-docs-items-errors-joined"],
                    _S["pluggy-docs-items-errors-rows"],
                    _S["pluggy-docs-items-errors-messages"],
                ),
            ),
            (
                CodeInfo(
                    value="PARAMETERS_NOT_PROVIDED",
                    description="Parameters were not provided",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["pluggy-docs-items-errors"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["pluggy-docs-items-errors"],),
                        ),
                        Wording(
                            field="advice", by="provider", sources=(_S["pluggy-docs-items-errors"],)
                        ),
                    ),
                    page="reference/pluggy/item_request_error/#PARAMETERS_NOT_PROVIDED",
                    message="Parameters were not provided",
                    advice="Send the connection's credentials to sync the item.",
                ),
                CodeInfo(
                    value="ITEM_ALREADY_UPDATING",
                    description="An update is already in progress, wait until the last execution ends",
                    category=_C.CONCURRENT_OPERATION,
                    sources=(_S["pluggy-docs-items-errors"],),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["pluggy-docs-items-errors"],),
                        ),
                        Wording(
                            field="advice", by="provider", sources=(_S["pluggy-docs-items-errors"],)
                        ),
                    ),
                    page="reference/pluggy/item_request_error/#ITEM_ALREADY_UPDATING",
                    message="An update is already in progress, wait until the last execution ends",
                    advice="The item is syncing and can't be retriggered the execution until it finishes. Wait until success/error.",
                ),
                CodeInfo(
                    value="CLIENT_IS_UPDATING_BEFORE_ALLOWED_FREQUENCY",
                    description="Client updates on this item are allowed at most every {frequency} hours. The last update was at {time}.",
                    category=_C.RATE_LIMITED,
                    sources=(
                        _S["pluggy-docs-items-errors-joined"],
                        _S["pluggy-docs-items-errors-rows"],
                    ),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="message",
                            by="provider",
                            sources=(
                                _S["pluggy-docs-items-errors-joined"],
                                _S["pluggy-docs-items-errors-rows"],
                            ),
                        ),
                        Wording(
                            field="advice",
                            by="provider",
                            sources=(
                                _S["pluggy-docs-items-errors-joined"],
                                _S["pluggy-docs-items-errors-rows"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/pluggy/item_request_error/#CLIENT_IS_UPDATING_BEFORE_ALLOWED_FREQUENCY",
                    message="Client updates on this item are allowed at most every {frequency} hours. The last update was at {time}.",
                    advice="Client can't trigger updates with a frequency lower that contracted. Must wait until {frequency} hours pass from the last update {time}",
                    notes="Every capture of the Items reference read renders this code's name in two pieces: CLIENT_IS_UPDATING and BEFORE_ALLOWED_FREQUENCY on two lines or as a list item, or 'CLIENT_IS_UPDATING _BEFORE_ALLOWED_FREQUENCY': the value is the two joined with an underscore, a reading of that rendering, not a name seen whole. {frequency} and {time} stand for the contracted frequency and the last update's time in the message sent.",
                ),
                CodeInfo(
                    value="CREATE_ITEMS_API_FREE_DISABLED",
                    description="Free subscription can only create items through our Connect Widget",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["pluggy-docs-items-errors"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["pluggy-docs-items-errors"],),
                        ),
                        Wording(
                            field="advice", by="provider", sources=(_S["pluggy-docs-items-errors"],)
                        ),
                    ),
                    page="reference/pluggy/item_request_error/#CREATE_ITEMS_API_FREE_DISABLED",
                    message="Free subscription can only create items through our Connect Widget",
                    advice="The client can't connect new items without using Pluggy Connect Widget.",
                ),
                CodeInfo(
                    value="SANDBOX_CLIENT_ITEM_UPDATE_NOT_ALLOWED",
                    description="Current client subscription level can only update Sandbox (Pluggy Bank) items",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["pluggy-docs-items-errors-joined"],
                        _S["pluggy-docs-items-errors-rows"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="message",
                            by="provider",
                            sources=(
                                _S["pluggy-docs-items-errors-joined"],
                                _S["pluggy-docs-items-errors-rows"],
                            ),
                        ),
                        Wording(
                            field="advice",
                            by="provider",
                            sources=(
                                _S["pluggy-docs-items-errors-joined"],
                                _S["pluggy-docs-items-errors-rows"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/pluggy/item_request_error/#SANDBOX_CLIENT_ITEM_UPDATE_NOT_ALLOWED",
                    message="Current client subscription level can only update Sandbox (Pluggy Bank) items",
                    advice="Client can only update Sandbox connections.",
                    notes="Every capture of the Items reference read renders this code's name in two pieces: SANDBOX_CLIENT_ITEM and UPDATE_NOT_ALLOWED on two lines or as a list item, or 'SANDBOX_CLIENT_ITEM _UPDATE_NOT_ALLOWED': the value is the two joined with an underscore, a reading of that rendering, not a name seen whole.",
                ),
                CodeInfo(
                    value="TOO_MANY_CONSECUTIVE_ERRORS",
                    description="There have been more than 5 failing synchronization, please contact support",
                    category=_C.REJECTED,
                    sources=(_S["pluggy-docs-items-errors"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["pluggy-docs-items-errors"],),
                        ),
                        Wording(
                            field="advice", by="provider", sources=(_S["pluggy-docs-items-errors"],)
                        ),
                    ),
                    page="reference/pluggy/item_request_error/#TOO_MANY_CONSECUTIVE_ERRORS",
                    message="There have been more than 5 failing synchronization, please contact support",
                    advice="Connection faced too many consecutive errors, report it to Pluggy if it's needed.",
                ),
                CodeInfo(
                    value="ITEM_CREATION_LIMIT_EXCEEDED",
                    description="Client exceeded item creation limit {limit} for the current subscription level.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["pluggy-docs-items-errors"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["pluggy-docs-items-errors"],),
                        ),
                        Wording(
                            field="advice", by="provider", sources=(_S["pluggy-docs-items-errors"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/pluggy/item_request_error/#ITEM_CREATION_LIMIT_EXCEEDED",
                    message="Client exceeded item creation limit {limit} for the current subscription level.",
                    advice="Client can't create more items due to their contracted limit amount.",
                    notes="{limit} stands for the client's limit in the message sent.",
                ),
                CodeInfo(
                    value="CLIENT_HAS_ITEM_UPDATES_DISABLED",
                    description="Client has item updates disabled",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["pluggy-docs-items-errors-joined"],
                        _S["pluggy-docs-items-errors-rows"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="message",
                            by="provider",
                            sources=(
                                _S["pluggy-docs-items-errors-joined"],
                                _S["pluggy-docs-items-errors-rows"],
                            ),
                        ),
                        Wording(
                            field="advice",
                            by="provider",
                            sources=(
                                _S["pluggy-docs-items-errors-joined"],
                                _S["pluggy-docs-items-errors-rows"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/pluggy/item_request_error/#CLIENT_HAS_ITEM_UPDATES_DISABLED",
                    message="Client has item updates disabled",
                    advice="Updates were disabled for the customer due to abusive use of the API or not contracted feature. Contact support if it happens.",
                    notes="Every capture of the Items reference read renders this code's name in two pieces: CLIENT_HAS_ITEM and UPDATES_DISABLED on two lines or as a list item, or 'CLIENT_HAS_ITEM _UPDATES_DISABLED': the value is the two joined with an underscore, a reading of that rendering, not a name seen whole.",
                ),
                CodeInfo(
                    value="ITEM_ORIGINAL_CONNECTED_WITH_DIFFERENT_ACCOUNT",
                    description="Item was originally connected with a different account, please use the original account",
                    category=_C.CREDENTIALS_INVALID,
                    sources=(
                        _S["pluggy-docs-items-errors-joined"],
                        _S["pluggy-docs-items-errors-rows"],
                    ),
                    retryable=False,
                    end_user_can_retry=True,
                    end_user={
                        "en": EndUserWords(
                            message="This connection was made with another account.",
                            action="Sign in with the account you connected first.",
                        ),
                        "fr": EndUserWords(
                            message="Cette connexion a été établie avec un autre compte.",
                            action="Connectez-vous avec le compte que vous avez connecté en premier.",
                        ),
                        "ar": EndUserWords(
                            message="تم إنشاء هذا الاتصال بحساب آخر.",
                            action="سجّل الدخول بالحساب الذي ربطته أولاً.",
                        ),
                        "es": EndUserWords(
                            message="Esta conexión se hizo con otra cuenta.",
                            action="Inicie sesión con la cuenta que conectó primero.",
                        ),
                        "pt": EndUserWords(
                            message="Esta conexão foi feita com outra conta.",
                            action="Entre com a conta que você conectou primeiro.",
                        ),
                    },
                    wording=(
                        Wording(
                            field="message",
                            by="provider",
                            sources=(
                                _S["pluggy-docs-items-errors-joined"],
                                _S["pluggy-docs-items-errors-rows"],
                            ),
                        ),
                        Wording(
                            field="advice",
                            by="provider",
                            sources=(
                                _S["pluggy-docs-items-errors-joined"],
                                _S["pluggy-docs-items-errors-rows"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/pluggy/item_request_error/#ITEM_ORIGINAL_CONNECTED_WITH_DIFFERENT_ACCOUNT",
                    message="Item was originally connected with a different account, please use the original account",
                    advice="Connection its being updated to access another account, not the original and would generate mixed data.",
                    notes="Every capture of the Items reference read renders this code's name in two pieces: ITEM_ORIGINAL_CONNECTED and WITH_DIFFERENT_ACCOUNT on two lines or as a list item, or 'ITEM_ORIGINAL_CONNECTED _WITH_DIFFERENT_ACCOUNT': the value is the two joined with an underscore, a reading of that rendering, not a name seen whole. The category is bankcodes' reading: the update was made with the login details of another account than the Item's, which the end user is to replace with the original account's; the words for the end user say so.",
                ),
                CodeInfo(
                    value="ITEM_IS_ALREADY_UPDATING",
                    description="There is an active item for the set of credentials that hasn't finished executing",
                    category=_C.CONCURRENT_OPERATION,
                    sources=(
                        _S["pluggy-docs-items-errors"],
                        _S["pluggy-docs-items-errors-rows"],
                        _S["pluggy-docs-items-errors-messages"],
                    ),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="message",
                            by="provider",
                            sources=(
                                _S["pluggy-docs-items-errors"],
                                _S["pluggy-docs-items-errors-rows"],
                                _S["pluggy-docs-items-errors-messages"],
                            ),
                        ),
                        Wording(
                            field="advice",
                            by="provider",
                            sources=(
                                _S["pluggy-docs-items-errors-rows"],
                                _S["pluggy-docs-items-errors-messages"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/pluggy/item_request_error/#ITEM_IS_ALREADY_UPDATING",
                    message="There is an active item for the set of credentials that hasn't finished executing",
                    advice="The same set of credentials is being synced at the moment, it can't be done right now to avoid multiple sessions with the FI.",
                    notes="The catalog's first capture ends inside this row's Action Item; two later captures give it whole.",
                ),
                CodeInfo(
                    value="CONNECTOR_REQUIRED_PARAMETER_VALIDATION_ERROR",
                    description="The parameter {parameter} is required to be renewed for item update.",
                    category=_C.USER_ACTION_REQUIRED,
                    sources=(
                        _S["pluggy-docs-items-errors-rows"],
                        _S["pluggy-docs-items-errors-messages"],
                    ),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["pluggy-docs-items-errors-messages"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/pluggy/item_request_error/#CONNECTOR_REQUIRED_PARAMETER_VALIDATION_ERROR",
                    message="The parameter {parameter} is required to be renewed for item update.",
                    notes="The capture that shows this row's code renders it in two pieces, CONNECTOR_REQUIRED and PARAMETER_VALIDATION_ERROR (the second as a list item), and ends at the start of its Message ('The parame'); the capture that gives the Message leaves the code cell out, and the row is the eleventh in both, after ITEM_IS_ALREADY_UPDATING. The value is the two pieces joined with an underscore, a reading of that rendering, not a name seen whole. Its Action Item is cut in every capture read ('A new parameter is requested to make an update of the connection until the provided connection can't be updat') and is left out. {parameter} stands for the parameter's name. The category is bankcodes' reading: a parameter of the connection is to be entered again.",
                ),
            ),
        ),
        {},
    )
    return ItemRequestError


def _ResponseStatus() -> type[NumericCodeEnum]:
    class ResponseStatus(NumericCodeEnum):
        """API response status: The HTTP status of a Pluggy API error response, with the meaning Pluggy's Errors Codes page gives it. The Node SDK rejects a failed request with the response's parsed body alone, so its status does not reach the app through the SDK.

        Wire field: the HTTP status of an API response."""

        BAD_REQUEST = 400
        UNAUTHORIZED = 401
        FORBIDDEN = 403
        NOT_FOUND = 404
        METHOD_NOT_ALLOWED = 405
        NOT_ACCEPTABLE = 406
        CONFLICT = 409
        TOO_MANY_REQUESTS = 429
        INTERNAL_SERVER_ERROR = 500
        SERVICE_UNAVAILABLE = 503

    register(
        ResponseStatus,
        lambda: (
            CodeSetInfo(
                provider="pluggy",
                id="response_status",
                title="API response status",
                description="The HTTP status of a Pluggy API error response, with the meaning Pluggy's Errors Codes page gives it. The Node SDK rejects a failed request with the response's parsed body alone, so its status does not reach the app through the SDK.",
                field="the HTTP status of an API response",
                sources=(_S["pluggy-docs-error-codes"],),
            ),
            (
                CodeInfo(
                    value="400",
                    description="Bad Request -- Your request is invalid.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["pluggy-docs-error-codes"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["pluggy-docs-error-codes"],),
                        ),
                    ),
                    page="reference/pluggy/response_status/#400",
                ),
                CodeInfo(
                    value="401",
                    description="Unauthorized -- Your API key is wrong.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["pluggy-docs-error-codes"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["pluggy-docs-error-codes"],),
                        ),
                    ),
                    page="reference/pluggy/response_status/#401",
                ),
                CodeInfo(
                    value="403",
                    description="Forbidden -- The resource you are trying to access, you don't have permissions.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["pluggy-docs-error-codes"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["pluggy-docs-error-codes"],),
                        ),
                    ),
                    page="reference/pluggy/response_status/#403",
                ),
                CodeInfo(
                    value="404",
                    description="Not Found -- The specified resource could not be found.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["pluggy-docs-error-codes"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["pluggy-docs-error-codes"],),
                        ),
                    ),
                    page="reference/pluggy/response_status/#404",
                ),
                CodeInfo(
                    value="405",
                    description="Method Not Allowed -- The specific endpoint doesn't support that method.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["pluggy-docs-error-codes"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["pluggy-docs-error-codes"],),
                        ),
                    ),
                    page="reference/pluggy/response_status/#405",
                ),
                CodeInfo(
                    value="406",
                    description="Not Acceptable -- You requested a format that isn't JSON.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["pluggy-docs-error-codes"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["pluggy-docs-error-codes"],),
                        ),
                    ),
                    page="reference/pluggy/response_status/#406",
                ),
                CodeInfo(
                    value="409",
                    description="Conflict -- The request could not be completed due to a conflict with the current state of the target resource.",
                    category=_C.CONCURRENT_OPERATION,
                    sources=(_S["pluggy-docs-error-codes"],),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["pluggy-docs-error-codes"],),
                        ),
                    ),
                    page="reference/pluggy/response_status/#409",
                ),
                CodeInfo(
                    value="429",
                    description="Too Many Requests -- You've exceeded your quota limit.",
                    category=_C.RATE_LIMITED,
                    sources=(_S["pluggy-docs-error-codes"],),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["pluggy-docs-error-codes"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/pluggy/response_status/#429",
                    notes="The Node SDK retries a request answered 429 twice itself (src/baseApi.ts: retry limit 2, statusCodes [429]).",
                ),
                CodeInfo(
                    value="500",
                    description="Internal Server Error -- We had a problem with our server. Try again later.",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["pluggy-docs-error-codes"],),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["pluggy-docs-error-codes"],),
                        ),
                    ),
                    page="reference/pluggy/response_status/#500",
                ),
                CodeInfo(
                    value="503",
                    description="Service Unavailable -- We're temporarily offline for maintenance. Please try again later.",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["pluggy-docs-error-codes"],),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["pluggy-docs-error-codes"],),
                        ),
                    ),
                    page="reference/pluggy/response_status/#503",
                ),
            ),
        ),
        {},
    )
    return ResponseStatus


def _CodeDescription() -> type[CodeEnum]:
    class CodeDescription(CodeEnum):
        """API error codeDescription: The stable identifier of a Pluggy API error (codeDescription): "A stable identifier for the specific error, when the endpoint distinguishes several. Branch on this, not on `message`." (Pluggy's Error Codes page). These are the values that page names in the part read; the Items reference's errors (item_request_error) travel in the same field.

        Wire field: codeDescription (the API error body)."""

        ITEM_NOT_FOUND = "ITEM_NOT_FOUND"
        CLIENT_KEYS_UNAUTHORIZED = "CLIENT_KEYS_UNAUTHORIZED"
        CLIENT_DISABLED = "CLIENT_DISABLED"

    register(
        CodeDescription,
        lambda: (
            CodeSetInfo(
                provider="pluggy",
                id="code_description",
                title="API error codeDescription",
                description="The stable identifier of a Pluggy API error (codeDescription): \"A stable identifier for the specific error, when the endpoint distinguishes several. Branch on this, not on `message`.\" (Pluggy's Error Codes page). These are the values that page names in the part read; the Items reference's errors (item_request_error) travel in the same field.",
                field="codeDescription (the API error body)",
                sources=(_S["pluggy-docs-error-codes-reference"],),
            ),
            (
                CodeInfo(
                    value="ITEM_NOT_FOUND",
                    description="Item not found",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["pluggy-docs-error-codes-reference"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(status=404, sources=(_S["pluggy-docs-error-codes-reference"],)),
                    ),
                    wording=(
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["pluggy-docs-error-codes-reference"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/pluggy/code_description/#ITEM_NOT_FOUND",
                    message="Item not found",
                    notes='The Error Codes page\'s example body: {"code": 404, "codeDescription": "ITEM_NOT_FOUND", "message": "Item not found"}. The category is bankcodes\' reading: the request names an Item Pluggy does not have.',
                ),
                CodeInfo(
                    value="CLIENT_KEYS_UNAUTHORIZED",
                    description="POST /auth refused the clientId and clientSecret.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["pluggy-docs-error-codes-reference"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(status=401, sources=(_S["pluggy-docs-error-codes-reference"],)),
                    ),
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/pluggy/code_description/#CLIENT_KEYS_UNAUTHORIZED",
                    editorial=True,
                    notes="Named in the Error Codes page's 401 row: 'wrong `clientId`/`clientSecret` on `POST /auth` (`CLIENT_KEYS_UNAUTHORIZED`, `CLIENT_DISABLED`)'. No message of it is shown in the part read: the description is bankcodes' wording of that row.",
                ),
                CodeInfo(
                    value="CLIENT_DISABLED",
                    description="POST /auth refused a client that is disabled.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["pluggy-docs-error-codes-reference"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(status=401, sources=(_S["pluggy-docs-error-codes-reference"],)),
                    ),
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/pluggy/code_description/#CLIENT_DISABLED",
                    editorial=True,
                    notes="Named in the Error Codes page's 401 row: 'wrong `clientId`/`clientSecret` on `POST /auth` (`CLIENT_KEYS_UNAUTHORIZED`, `CLIENT_DISABLED`)'. No message of it is shown in the part read: the description is bankcodes' wording of that row and of the name.",
                ),
            ),
        ),
        {},
    )
    return CodeDescription


def _CODE_SETS() -> tuple[object, ...]:
    return tuple(
        getattr(_PUBLIC, name)
        for name in (
            "ExecutionErrorCode",
            "ItemStatus",
            "ExecutionStatus",
            "ConnectorStatus",
            "PaymentRequestStatus",
            "WebhookEvent",
            "ConnectEvent",
            "ItemRequestError",
            "ResponseStatus",
            "CodeDescription",
        )
    )
