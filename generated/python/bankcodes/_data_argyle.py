# generated from spec/catalog.json — do not edit (run `make generate`)
"""The builders of bankcodes.argyle's names, loaded on the first use of any of them, so that importing the provider's module reads none of its data."""

from __future__ import annotations

import importlib

from bankcodes._base import CodeEnum, NumericCodeEnum, register
from bankcodes._records import (
    CodeInfo,
    CodeSetInfo,
    EndUserWords,
    Equivalent,
    Scope,
    Source,
    Wording,
)
from bankcodes.categories import Category as _C

#: The public module, whose names the builders use (each built on first use there).
_PUBLIC = importlib.import_module("bankcodes.argyle")
#: The documents its facts come from, by id.
_S = {
    "seed-003": Source(
        id="seed-003",
        kind="seed",
        title="Argyle: Bank connection errors",
        url="https://docs.argyle.com/api-reference/bank-connection-errors",
        seed="003_686140934127f979.txt",
    ),
    "argyle-account-connection-errors-page": Source(
        id="argyle-account-connection-errors-page",
        kind="doc",
        title="Argyle: Account connection errors",
        url="https://docs.argyle.com/api-reference/account-connection-errors",
        read_in_part="A stored copy of the page from its overview to the common causes of account_not_found: the user messages, API messages and troubleshooting steps of every code, and every code after account_not_found (from all_employers_connected on), were not read.",
    ),
    "argyle-bank-connection-errors-page": Source(
        id="argyle-bank-connection-errors-page",
        kind="doc",
        title="Argyle: Bank connection errors (troubleshooting steps on the live page)",
        url="https://docs.argyle.com/api-reference/bank-connection-errors",
    ),
    "argyle-verifications": Source(
        id="argyle-verifications",
        kind="doc",
        title="Argyle: Verifications (object)",
        url="https://docs.argyle.com/api-reference/verifications",
    ),
    "argyle-accounts-webhooks": Source(
        id="argyle-accounts-webhooks",
        kind="doc",
        title="Argyle: Accounts webhooks",
        url="https://docs.argyle.com/api-reference/accounts-webhooks",
        read_in_part="Stored copies of the page from its start through Added (its events, subscription fields and example) to the start of Updated (its description, and that it is sent whenever accounts.connected and accounts.failed are); the rest of the page, with any further account event, was not read.",
    ),
    "argyle-verifications-webhooks": Source(
        id="argyle-verifications-webhooks",
        kind="doc",
        title="Argyle: Verifications webhooks",
        url="https://docs.argyle.com/api-reference/verifications-webhooks",
        read_in_part="The copies read end in the page's request body and example sections: any section after them was not read.",
    ),
    "argyle-webhook-updated": Source(
        id="argyle-webhook-updated",
        kind="doc",
        title="Argyle: verifications.updated webhook",
        url="https://docs.argyle.com/api-reference/verifications-webhooks/updated",
    ),
    "argyle-webhook-creation-failed": Source(
        id="argyle-webhook-creation-failed",
        kind="doc",
        title="Argyle: verifications.creation_failed webhook",
        url="https://docs.argyle.com/api-reference/verifications-webhooks/creation-failed",
    ),
    "argyle-json-schema-verification-status": Source(
        id="argyle-json-schema-verification-status",
        kind="third-party",
        title="Argyle verification status schema (api-evangelist mirror of Argyle's OpenAPI descriptions)",
        url="https://github.com/api-evangelist/argyle/blob/5ea127841f80369de437adb6d3cae722d263e0eb/json-schema/clientverificationstatus.json",
    ),
    "argyle-openapi-verifications": Source(
        id="argyle-openapi-verifications",
        kind="third-party",
        title="Argyle Verifications API OpenAPI (api-evangelist mirror)",
        url="https://github.com/api-evangelist/argyle/blob/5ea127841f80369de437adb6d3cae722d263e0eb/openapi/argyle-verifications-api-openapi.yml",
    ),
    "argyle-openapi-webhooks": Source(
        id="argyle-openapi-webhooks",
        kind="third-party",
        title="Argyle Webhooks API OpenAPI (api-evangelist mirror)",
        url="https://github.com/api-evangelist/argyle/blob/5ea127841f80369de437adb6d3cae722d263e0eb/openapi/argyle-webhooks-api-openapi.yml",
    ),
    "argyle-link-flutter-changelog": Source(
        id="argyle-link-flutter-changelog",
        kind="repo",
        title="Argyle Link Flutter SDK: its changelog (CHANGELOG.md)",
        url="https://github.com/argyle-systems/argyle-link-flutter/blob/2a9c2293e95fc064235c47cf9c9181cd4ef2ecfc/CHANGELOG.md",
    ),
    "argyle-openapi-third-party": Source(
        id="argyle-openapi-third-party",
        kind="third-party",
        title="Argyle API OpenAPI document (docs.argyle.com), as a third party keeps a copy of it: api-evangelist/argyle, openapi/_original/argyle-api-openapi.yml (no first-party copy was read)",
        url="https://github.com/api-evangelist/argyle/blob/5ea127841f80369de437adb6d3cae722d263e0eb/openapi/_original/argyle-api-openapi.yml",
    ),
    "argyle-api-introduction": Source(
        id="argyle-api-introduction",
        kind="doc",
        title="Argyle: API reference introduction (authentication and its 401 bodies)",
        url="https://docs.argyle.com/guides/reference/introduction",
        read_in_part="A stored copy of the page from its start through Authentication (its two 401 bodies) and the start of Environments; the errors, rate-limiting and later sections were not read.",
    ),
    "argyle-api-guide-overview": Source(
        id="argyle-api-guide-overview",
        kind="doc",
        title="Argyle: API guide overview (API keys and environments, API v2)",
        url="https://docs.argyle.com/api-guide/overview",
        read_in_part="A stored copy of the page from its start through Authentication and Environments to the start of Data availability; the rest was not read.",
    ),
}


def _BankConnectionError() -> type[CodeEnum]:
    class BankConnectionError(CodeEnum):
        """Bank connection error: The code of a verification's status.errors[] entry when a banking verification is PAUSED because connecting the institution failed. Two pairs of codes share one message: the message is not a key.

        Wire field: verification.status.errors[].code."""

        account_closed = "account_closed"
        account_not_found = "account_not_found"
        generic_error = "generic_error"
        institution_not_supported = "institution_not_supported"
        invalid_credentials = "invalid_credentials"
        mfa_issue_encountered = "mfa_issue_encountered"
        one_time_passcode_issue = "one_time_passcode_issue"
        report_generation_failed = "report_generation_failed"
        temporary_connection_issue = "temporary_connection_issue"
        token_invalid_or_expired = "token_invalid_or_expired"
        user_action_required_at_institution = "user_action_required_at_institution"

    register(
        BankConnectionError,
        lambda: (
            CodeSetInfo(
                provider="argyle",
                id="bank_connection_error",
                title="Bank connection error",
                description="The code of a verification's status.errors[] entry when a banking verification is PAUSED because connecting the institution failed. Two pairs of codes share one message: the message is not a key.",
                field="verification.status.errors[].code",
                sources=(_S["seed-003"],),
            ),
            (
                CodeInfo(
                    value="account_closed",
                    description="The selected account could not be found or is no longer available at the banking institution.",
                    category=_C.ACCOUNT_UNAVAILABLE,
                    sources=(_S["seed-003"],),
                    retryable=False,
                    end_user_can_retry=False,
                    end_user={
                        "en": EndUserWords(
                            message="The account you selected could not be found or is no longer available at your bank.",
                            action="Check that you chose an account that is still open, or choose another account.",
                        ),
                        "fr": EndUserWords(
                            message="Le compte que vous avez choisi est introuvable ou n'est plus disponible auprès de votre banque.",
                            action="Vérifiez que vous avez choisi un compte encore ouvert, ou choisissez un autre compte.",
                        ),
                        "ar": EndUserWords(
                            message="تعذّر العثور على الحساب الذي اخترته أو لم يعد متاحاً لدى بنكك.",
                            action="تأكد من أنك اخترت حساباً لا يزال مفتوحاً، أو اختر حساباً آخر.",
                        ),
                        "es": EndUserWords(
                            message="La cuenta que seleccionó no se encontró o ya no está disponible en su banco.",
                            action="Verifique que eligió una cuenta que siga abierta o elija otra cuenta.",
                        ),
                        "pt": EndUserWords(
                            message="A conta que você selecionou não foi encontrada ou não está mais disponível no seu banco.",
                            action="Verifique se você escolheu uma conta que ainda está aberta ou escolha outra conta.",
                        ),
                    },
                    wording=(
                        Wording(field="message", by="provider", sources=(_S["seed-003"],)),
                        Wording(
                            field="advice",
                            by="provider",
                            sources=(_S["argyle-bank-connection-errors-page"],),
                        ),
                    ),
                    page="reference/argyle/bank_connection_error/#account_closed",
                    message="The selected account could not be found or is no longer available at the banking institution.",
                    advice="Ask the borrower to confirm they selected an active bank account and retry.",
                ),
                CodeInfo(
                    value="account_not_found",
                    description="The selected account could not be found or is no longer available at the banking institution.",
                    category=_C.ACCOUNT_UNAVAILABLE,
                    sources=(_S["seed-003"],),
                    retryable=False,
                    end_user_can_retry=False,
                    end_user={
                        "en": EndUserWords(
                            message="The account you selected could not be found or is no longer available at your bank.",
                            action="Check that you chose an account that is still open, or choose another account.",
                        ),
                        "fr": EndUserWords(
                            message="Le compte que vous avez choisi est introuvable ou n'est plus disponible auprès de votre banque.",
                            action="Vérifiez que vous avez choisi un compte encore ouvert, ou choisissez un autre compte.",
                        ),
                        "ar": EndUserWords(
                            message="تعذّر العثور على الحساب الذي اخترته أو لم يعد متاحاً لدى بنكك.",
                            action="تأكد من أنك اخترت حساباً لا يزال مفتوحاً، أو اختر حساباً آخر.",
                        ),
                        "es": EndUserWords(
                            message="La cuenta que seleccionó no se encontró o ya no está disponible en su banco.",
                            action="Verifique que eligió una cuenta que siga abierta o elija otra cuenta.",
                        ),
                        "pt": EndUserWords(
                            message="A conta que você selecionou não foi encontrada ou não está mais disponível no seu banco.",
                            action="Verifique se você escolheu uma conta que ainda está aberta ou escolha outra conta.",
                        ),
                    },
                    wording=(
                        Wording(field="message", by="provider", sources=(_S["seed-003"],)),
                        Wording(
                            field="advice",
                            by="provider",
                            sources=(_S["argyle-bank-connection-errors-page"],),
                        ),
                    ),
                    page="reference/argyle/bank_connection_error/#account_not_found",
                    message="The selected account could not be found or is no longer available at the banking institution.",
                    advice="Ask the borrower to confirm they selected an active bank account and retry.",
                ),
                CodeInfo(
                    value="generic_error",
                    description="A connection error occurred while trying to verify the account.",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["seed-003"],),
                    retryable=True,
                    end_user_can_retry=True,
                    end_user={
                        "en": EndUserWords(
                            message="A connection error occurred while verifying your account.",
                            action="Please try again later.",
                        ),
                        "fr": EndUserWords(
                            message="Une erreur de connexion s'est produite lors de la vérification de votre compte.",
                            action="Veuillez réessayer plus tard.",
                        ),
                        "ar": EndUserWords(
                            message="حدث خطأ في الاتصال أثناء التحقق من حسابك.",
                            action="يرجى المحاولة مرة أخرى لاحقاً.",
                        ),
                        "es": EndUserWords(
                            message="Se produjo un error de conexión al verificar su cuenta.",
                            action="Vuelva a intentarlo más tarde.",
                        ),
                        "pt": EndUserWords(
                            message="Ocorreu um erro de conexão ao verificar sua conta.",
                            action="Tente novamente mais tarde.",
                        ),
                    },
                    wording=(
                        Wording(field="message", by="provider", sources=(_S["seed-003"],)),
                        Wording(
                            field="advice",
                            by="provider",
                            sources=(_S["argyle-bank-connection-errors-page"],),
                        ),
                    ),
                    page="reference/argyle/bank_connection_error/#generic_error",
                    message="A connection error occurred while trying to verify the account.",
                    advice="Ask the borrower to try again later.",
                ),
                CodeInfo(
                    value="institution_not_supported",
                    description="The selected banking institution does not currently support connections.",
                    category=_C.INSTITUTION_NOT_SUPPORTED,
                    sources=(_S["seed-003"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="message", by="provider", sources=(_S["seed-003"],)),),
                    page="reference/argyle/bank_connection_error/#institution_not_supported",
                    message="The selected banking institution does not currently support connections.",
                ),
                CodeInfo(
                    value="invalid_credentials",
                    description="The borrower provided invalid banking login credentials.",
                    category=_C.CREDENTIALS_INVALID,
                    sources=(_S["seed-003"],),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(Wording(field="message", by="provider", sources=(_S["seed-003"],)),),
                    page="reference/argyle/bank_connection_error/#invalid_credentials",
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
                    message="The borrower provided invalid banking login credentials.",
                ),
                CodeInfo(
                    value="mfa_issue_encountered",
                    description="A multi-factor authentication or security verification step was not completed successfully.",
                    category=_C.MFA_FAILED,
                    sources=(_S["seed-003"],),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(Wording(field="message", by="provider", sources=(_S["seed-003"],)),),
                    page="reference/argyle/bank_connection_error/#mfa_issue_encountered",
                    message="A multi-factor authentication or security verification step was not completed successfully.",
                ),
                CodeInfo(
                    value="one_time_passcode_issue",
                    description="There is a temporary issue preventing a successful connection to the borrower’s banking institution right now.",
                    category=_C.INSTITUTION_UNAVAILABLE,
                    sources=(_S["seed-003"],),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(field="message", by="provider", sources=(_S["seed-003"],)),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/argyle/bank_connection_error/#one_time_passcode_issue",
                    message="There is a temporary issue preventing a successful connection to the borrower’s banking institution right now.",
                    notes="The published message is the same as temporary_connection_issue's; it is classified by that text (a temporary connection issue), not by the code's name.",
                ),
                CodeInfo(
                    value="report_generation_failed",
                    description="We could not generate the requested banking report.",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["seed-003"],),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(Wording(field="message", by="provider", sources=(_S["seed-003"],)),),
                    page="reference/argyle/bank_connection_error/#report_generation_failed",
                    message="We could not generate the requested banking report.",
                ),
                CodeInfo(
                    value="temporary_connection_issue",
                    description="There is a temporary issue preventing a successful connection to the borrower’s banking institution right now.",
                    category=_C.INSTITUTION_UNAVAILABLE,
                    sources=(_S["seed-003"],),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(Wording(field="message", by="provider", sources=(_S["seed-003"],)),),
                    page="reference/argyle/bank_connection_error/#temporary_connection_issue",
                    equivalents=(
                        Equivalent(
                            provider="lean",
                            code_set="granular_status_code",
                            value="BANK_MAINTENANCE",
                            same="action",
                            reason="The institution cannot be reached for now; nothing is wrong with what the customer entered, and the customer can only try again later.",
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
                    message="There is a temporary issue preventing a successful connection to the borrower’s banking institution right now.",
                ),
                CodeInfo(
                    value="token_invalid_or_expired",
                    description="The borrower needs to reconnect their account to restore access and complete verification.",
                    category=_C.RECONNECT_REQUIRED,
                    sources=(_S["seed-003"],),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(Wording(field="message", by="provider", sources=(_S["seed-003"],)),),
                    page="reference/argyle/bank_connection_error/#token_invalid_or_expired",
                    equivalents=(
                        Equivalent(
                            provider="lean",
                            code_set="data_api_status",
                            value="RECONNECT_REQUIRED",
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
                    message="The borrower needs to reconnect their account to restore access and complete verification.",
                ),
                CodeInfo(
                    value="user_action_required_at_institution",
                    description="The borrower must sign in directly at their banking institution and complete an account action before reconnecting.",
                    category=_C.ACTION_REQUIRED_AT_INSTITUTION,
                    sources=(_S["seed-003"],),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(Wording(field="message", by="provider", sources=(_S["seed-003"],)),),
                    page="reference/argyle/bank_connection_error/#user_action_required_at_institution",
                    message="The borrower must sign in directly at their banking institution and complete an account action before reconnecting.",
                ),
            ),
        ),
        {},
    )
    return BankConnectionError


def _VerificationState() -> type[CodeEnum]:
    class VerificationState(CodeEnum):
        """Verification state: The state of a verification (status.state). verifications.updated is sent on PROCESSING, PAUSED and COMPLETED, not on PENDING or CANCELLED.

        Wire field: verification.status.state."""

        PENDING = "PENDING"
        PROCESSING = "PROCESSING"
        PAUSED = "PAUSED"
        CANCELLED = "CANCELLED"
        COMPLETED = "COMPLETED"

    register(
        VerificationState,
        lambda: (
            CodeSetInfo(
                provider="argyle",
                id="verification_state",
                title="Verification state",
                description="The state of a verification (status.state). verifications.updated is sent on PROCESSING, PAUSED and COMPLETED, not on PENDING or CANCELLED.",
                field="verification.status.state",
                sources=(
                    _S["argyle-openapi-verifications"],
                    _S["argyle-verifications"],
                    _S["argyle-webhook-updated"],
                ),
            ),
            (
                CodeInfo(
                    value="PENDING",
                    description="Initial status after verification is created.",
                    category=_C.PENDING,
                    sources=(
                        _S["argyle-json-schema-verification-status"],
                        _S["argyle-verifications"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["argyle-json-schema-verification-status"],),
                        ),
                    ),
                    page="reference/argyle/verification_state/#PENDING",
                ),
                CodeInfo(
                    value="PROCESSING",
                    description="Verification processing is underway.",
                    category=_C.PENDING,
                    sources=(
                        _S["argyle-json-schema-verification-status"],
                        _S["argyle-verifications"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["argyle-json-schema-verification-status"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/argyle/verification_state/#PROCESSING",
                    notes="A PATCHed verification re-enters PROCESSING.",
                ),
                CodeInfo(
                    value="PAUSED",
                    description="Verification is paused because more data or documents are required.",
                    category=_C.USER_ACTION_REQUIRED,
                    sources=(
                        _S["argyle-json-schema-verification-status"],
                        _S["argyle-verifications"],
                    ),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["argyle-json-schema-verification-status"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/argyle/verification_state/#PAUSED",
                    notes="Check status.errors[] for the cause; only PAUSED verifications can be cancelled.",
                ),
                CodeInfo(
                    value="CANCELLED",
                    description="Verification has been cancelled.",
                    category=_C.CANCELLED,
                    sources=(
                        _S["argyle-json-schema-verification-status"],
                        _S["argyle-verifications"],
                    ),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["argyle-json-schema-verification-status"],),
                        ),
                    ),
                    page="reference/argyle/verification_state/#CANCELLED",
                ),
                CodeInfo(
                    value="COMPLETED",
                    description="Verification is complete and report assets are available.",
                    category=_C.SUCCESS,
                    sources=(
                        _S["argyle-json-schema-verification-status"],
                        _S["argyle-verifications"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["argyle-json-schema-verification-status"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/argyle/verification_state/#COMPLETED",
                    notes="status.errors[] can be non-empty on a COMPLETED document verification that is not GSE-eligible.",
                ),
            ),
        ),
        {},
    )
    return VerificationState


def _VerificationStatusCode() -> type[CodeEnum]:
    class VerificationStatusCode(CodeEnum):
        """Verification status code: The detailed status of a verification (status.code); the values depend on the data source.

        Wire field: verification.status.code."""

        pending = "pending"
        documents_processing = "documents_processing"
        more_data_required = "more_data_required"
        report_available = "report_available"
        waiting_on_third_party = "waiting_on_third_party"
        report_generating = "report_generating"
        argyle_timeout = "argyle_timeout"
        cancelled_by_client = "cancelled_by_client"
        completed = "completed"
        completed_with_errors = "completed_with_errors"
        user_session_started = "user_session_started"
        authenticated = "authenticated"

    register(
        VerificationStatusCode,
        lambda: (
            CodeSetInfo(
                provider="argyle",
                id="verification_status_code",
                title="Verification status code",
                description="The detailed status of a verification (status.code); the values depend on the data source.",
                field="verification.status.code",
                sources=(_S["argyle-openapi-verifications"],),
            ),
            (
                CodeInfo(
                    value="pending",
                    description="Verification created.",
                    category=_C.PENDING,
                    sources=(_S["argyle-json-schema-verification-status"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["argyle-json-schema-verification-status"],),
                        ),
                    ),
                    page="reference/argyle/verification_status_code/#pending",
                ),
                CodeInfo(
                    value="documents_processing",
                    description="Documents processing.",
                    category=_C.PENDING,
                    sources=(_S["argyle-json-schema-verification-status"],),
                    retryable=False,
                    end_user_can_retry=False,
                    scope=Scope(data_sources=("documents",)),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["argyle-json-schema-verification-status"],),
                        ),
                    ),
                    page="reference/argyle/verification_status_code/#documents_processing",
                ),
                CodeInfo(
                    value="more_data_required",
                    description="More data or documents are needed to complete the verification.",
                    category=_C.USER_ACTION_REQUIRED,
                    sources=(_S["argyle-json-schema-verification-status"],),
                    retryable=False,
                    end_user_can_retry=True,
                    scope=Scope(data_sources=("documents",)),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["argyle-json-schema-verification-status"],),
                        ),
                    ),
                    page="reference/argyle/verification_status_code/#more_data_required",
                ),
                CodeInfo(
                    value="report_available",
                    description="Data and documents are sufficient to complete verification.",
                    category=_C.PENDING,
                    sources=(_S["argyle-json-schema-verification-status"],),
                    retryable=False,
                    end_user_can_retry=False,
                    scope=Scope(data_sources=("documents",)),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["argyle-json-schema-verification-status"],),
                        ),
                    ),
                    page="reference/argyle/verification_status_code/#report_available",
                ),
                CodeInfo(
                    value="waiting_on_third_party",
                    description="Awaiting processing by a third party.",
                    category=_C.PENDING,
                    sources=(_S["argyle-json-schema-verification-status"],),
                    retryable=False,
                    end_user_can_retry=False,
                    scope=Scope(data_sources=("documents",)),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["argyle-json-schema-verification-status"],),
                        ),
                    ),
                    page="reference/argyle/verification_status_code/#waiting_on_third_party",
                ),
                CodeInfo(
                    value="report_generating",
                    description="Report is currently generating.",
                    category=_C.PENDING,
                    sources=(_S["argyle-json-schema-verification-status"],),
                    retryable=False,
                    end_user_can_retry=False,
                    scope=Scope(data_sources=("documents",)),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["argyle-json-schema-verification-status"],),
                        ),
                    ),
                    page="reference/argyle/verification_status_code/#report_generating",
                ),
                CodeInfo(
                    value="argyle_timeout",
                    description="Verification request has been cancelled by Argyle after 180 days of inactivity.",
                    category=_C.CANCELLED,
                    sources=(_S["argyle-json-schema-verification-status"],),
                    retryable=False,
                    end_user_can_retry=True,
                    scope=Scope(data_sources=("documents",)),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["argyle-json-schema-verification-status"],),
                        ),
                    ),
                    page="reference/argyle/verification_status_code/#argyle_timeout",
                ),
                CodeInfo(
                    value="cancelled_by_client",
                    description="Verification has been cancelled.",
                    category=_C.CANCELLED,
                    sources=(_S["argyle-json-schema-verification-status"],),
                    retryable=False,
                    end_user_can_retry=True,
                    scope=Scope(data_sources=("documents",)),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["argyle-json-schema-verification-status"],),
                        ),
                    ),
                    page="reference/argyle/verification_status_code/#cancelled_by_client",
                ),
                CodeInfo(
                    value="completed",
                    description="Verification request complete. Report can be retrieved.",
                    category=_C.SUCCESS,
                    sources=(_S["argyle-json-schema-verification-status"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["argyle-json-schema-verification-status"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/argyle/verification_status_code/#completed",
                    notes="For payroll and banking reports Argyle words it: Report is ready for download.",
                ),
                CodeInfo(
                    value="completed_with_errors",
                    description="Verification request completed. Report can be retrieved but is not GSE eligible.",
                    category=_C.SUCCESS,
                    sources=(_S["argyle-json-schema-verification-status"],),
                    retryable=False,
                    end_user_can_retry=False,
                    scope=Scope(data_sources=("documents",)),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["argyle-json-schema-verification-status"],),
                        ),
                    ),
                    page="reference/argyle/verification_status_code/#completed_with_errors",
                ),
                CodeInfo(
                    value="user_session_started",
                    description="User opened the payroll or banking connection experience.",
                    category=_C.PENDING,
                    sources=(_S["argyle-json-schema-verification-status"],),
                    retryable=False,
                    end_user_can_retry=False,
                    scope=Scope(data_sources=("payroll", "banking")),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["argyle-json-schema-verification-status"],),
                        ),
                    ),
                    page="reference/argyle/verification_status_code/#user_session_started",
                ),
                CodeInfo(
                    value="authenticated",
                    description="User authenticated for payroll or banking; data aggregation is in progress.",
                    category=_C.PENDING,
                    sources=(_S["argyle-json-schema-verification-status"],),
                    retryable=False,
                    end_user_can_retry=False,
                    scope=Scope(data_sources=("payroll", "banking")),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["argyle-json-schema-verification-status"],),
                        ),
                    ),
                    page="reference/argyle/verification_status_code/#authenticated",
                ),
            ),
        ),
        {},
    )
    return VerificationStatusCode


def _VerificationError() -> type[CodeEnum]:
    class VerificationError(CodeEnum):
        """Document verification error: The code of a status.errors[] entry of a documents verification. Codes are not guaranteed to be identifiers: they can contain hyphens.

        Wire field: verification.status.errors[].code."""

        self_employed_income = "self-employed_income"

    register(
        VerificationError,
        lambda: (
            CodeSetInfo(
                provider="argyle",
                id="verification_error",
                title="Document verification error",
                description="The code of a status.errors[] entry of a documents verification. Codes are not guaranteed to be identifiers: they can contain hyphens.",
                field="verification.status.errors[].code",
                sources=(_S["argyle-openapi-verifications"],),
            ),
            (
                CodeInfo(
                    value="self-employed_income",
                    description="Self-employed income",
                    category=_C.USER_ACTION_REQUIRED,
                    sources=(_S["argyle-openapi-verifications"],),
                    retryable=False,
                    end_user_can_retry=True,
                    scope=Scope(data_sources=("documents",)),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["argyle-openapi-verifications"],),
                        ),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["argyle-openapi-verifications"],),
                        ),
                    ),
                    page="reference/argyle/verification_error/#self-employed_income",
                    message="Self-employed income cannot be assessed using Paystub and W2 Data.",
                ),
            ),
        ),
        {},
    )
    return VerificationError


def _AccountConnectionError() -> type[CodeEnum]:
    class AccountConnectionError(CodeEnum):
        """Account connection error: The error_code of a payroll account's connection (account.connection.error_code), set with an error_message when the connection's status is error: Argyle's accounts.failed webhook is sent when one occurs, and data refreshes are paused. The values are those of the enum of Argyle's OpenAPI document, read whole, and duplicate_account, which Argyle's Link changelog announced as a connection error and the enum does not list. Argyle's account connection errors page gives each code's common causes, user message, API message and troubleshooting steps; the copy read of it stops after the common causes of the first five codes, so the other codes are described in bankcodes' words (three in the words of Argyle's Link changelog, which announced them) and their categories are bankcodes' reading of the code's name, not Argyle's.

        Wire field: account.connection.error_code."""

        account_disabled = "account_disabled"
        account_inaccessible = "account_inaccessible"
        account_incomplete = "account_incomplete"
        account_nonunique = "account_nonunique"
        account_not_found = "account_not_found"
        all_employers_connected = "all_employers_connected"
        auth_method_temporarily_unavailable = "auth_method_temporarily_unavailable"
        auth_required = "auth_required"
        connection_unavailable = "connection_unavailable"
        credentials_managed_by_organization = "credentials_managed_by_organization"
        existing_account_found = "existing_account_found"
        expired_credentials = "expired_credentials"
        full_auth_required = "full_auth_required"
        insufficient_account_data = "insufficient_account_data"
        invalid_account_type = "invalid_account_type"
        invalid_auth = "invalid_auth"
        invalid_credentials = "invalid_credentials"
        invalid_employer_identifier = "invalid_employer_identifier"
        invalid_login_method = "invalid_login_method"
        invalid_login_url = "invalid_login_url"
        invalid_mfa = "invalid_mfa"
        invalid_store_identifier = "invalid_store_identifier"
        known_employer_redirect = "known_employer_redirect"
        login_attempts_exceeded = "login_attempts_exceeded"
        login_cancelled_by_the_user = "login_cancelled_by_the_user"
        login_gov_not_linked = "login_gov_not_linked"
        mfa_attempts_exceeded = "mfa_attempts_exceeded"
        mfa_cancelled_by_the_user = "mfa_cancelled_by_the_user"
        mfa_exhausted = "mfa_exhausted"
        mfa_not_configured = "mfa_not_configured"
        mfa_timeout = "mfa_timeout"
        multi_driver_account = "multi_driver_account"
        ongoing_refresh_disabled = "ongoing_refresh_disabled"
        passkey_limit_reached = "passkey_limit_reached"
        personal_data_access_not_granted = "personal_data_access_not_granted"
        physical_mfa_unsupported = "physical_mfa_unsupported"
        platform_temporarily_unavailable = "platform_temporarily_unavailable"
        platform_unavailable = "platform_unavailable"
        service_unavailable = "service_unavailable"
        session_limit_reached = "session_limit_reached"
        system_error = "system_error"
        temporary_credentials = "temporary_credentials"
        tos_required = "tos_required"
        trial_connections_exhausted = "trial_connections_exhausted"
        trial_period_expired = "trial_period_expired"
        unrecognized_employer_email = "unrecognized_employer_email"
        unsupported_auth_type = "unsupported_auth_type"
        unsupported_business_account = "unsupported_business_account"
        unsupported_language = "unsupported_language"
        unsupported_mfa_method = "unsupported_mfa_method"
        user_action_timeout = "user_action_timeout"
        duplicate_account = "duplicate_account"

    register(
        AccountConnectionError,
        lambda: (
            CodeSetInfo(
                provider="argyle",
                id="account_connection_error",
                title="Account connection error",
                description="The error_code of a payroll account's connection (account.connection.error_code), set with an error_message when the connection's status is error: Argyle's accounts.failed webhook is sent when one occurs, and data refreshes are paused. The values are those of the enum of Argyle's OpenAPI document, read whole, and duplicate_account, which Argyle's Link changelog announced as a connection error and the enum does not list. Argyle's account connection errors page gives each code's common causes, user message, API message and troubleshooting steps; the copy read of it stops after the common causes of the first five codes, so the other codes are described in bankcodes' words (three in the words of Argyle's Link changelog, which announced them) and their categories are bankcodes' reading of the code's name, not Argyle's.",
                field="account.connection.error_code",
                sources=(
                    _S["argyle-openapi-third-party"],
                    _S["argyle-account-connection-errors-page"],
                    _S["argyle-link-flutter-changelog"],
                ),
            ),
            (
                CodeInfo(
                    value="account_disabled",
                    description="An account may be disabled or taken offline for a variety of reasons, such as account inactivity.",
                    category=_C.ACCOUNT_UNAVAILABLE,
                    sources=(
                        _S["argyle-openapi-third-party"],
                        _S["argyle-account-connection-errors-page"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["argyle-account-connection-errors-page"],),
                        ),
                    ),
                    page="reference/argyle/account_connection_error/#account_disabled",
                ),
                CodeInfo(
                    value="account_inaccessible",
                    description="The account unexpectedly cannot be accessed by Argyle. We have automatically been notified and will investigate.",
                    category=_C.GENERIC_FAILURE,
                    sources=(
                        _S["argyle-openapi-third-party"],
                        _S["argyle-account-connection-errors-page"],
                    ),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["argyle-account-connection-errors-page"],),
                        ),
                    ),
                    page="reference/argyle/account_connection_error/#account_inaccessible",
                ),
                CodeInfo(
                    value="account_incomplete",
                    description="The user has not finished setting up an account within their payroll system.",
                    category=_C.ACTION_REQUIRED_AT_INSTITUTION,
                    sources=(
                        _S["argyle-openapi-third-party"],
                        _S["argyle-account-connection-errors-page"],
                    ),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["argyle-account-connection-errors-page"],),
                        ),
                    ),
                    page="reference/argyle/account_connection_error/#account_incomplete",
                ),
                CodeInfo(
                    value="account_nonunique",
                    description="The personal details provided by the user during the Login help process of certain Items was a match for multiple account records stored by the payroll platform, resulting in an error.",
                    category=_C.USER_ACTION_REQUIRED,
                    sources=(
                        _S["argyle-openapi-third-party"],
                        _S["argyle-account-connection-errors-page"],
                    ),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["argyle-account-connection-errors-page"],),
                        ),
                    ),
                    page="reference/argyle/account_connection_error/#account_nonunique",
                ),
                CodeInfo(
                    value="account_not_found",
                    description="The personal details provided by the user during the Login help process of certain Items did not match an account record stored by the payroll platform.",
                    category=_C.ACCOUNT_UNAVAILABLE,
                    sources=(
                        _S["argyle-openapi-third-party"],
                        _S["argyle-account-connection-errors-page"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["argyle-account-connection-errors-page"],),
                        ),
                    ),
                    page="reference/argyle/account_connection_error/#account_not_found",
                ),
                CodeInfo(
                    value="all_employers_connected",
                    description="Login help notification for certain Items when a user attempts a connection and all accounts associated with their recovery details (name, phone number, and/or email) have already been connected.",
                    category=_C.REJECTED,
                    sources=(_S["argyle-openapi-third-party"], _S["argyle-link-flutter-changelog"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["argyle-link-flutter-changelog"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/argyle/account_connection_error/#all_employers_connected",
                    notes="Argyle's OpenAPI document lists it without a description, and the copy read of its errors page stops before it: the description is that of Argyle's Link changelog, which announced it; the category is bankcodes' reading.",
                ),
                CodeInfo(
                    value="auth_method_temporarily_unavailable",
                    description="The sign-in method chosen is not available for now at the payroll platform.",
                    category=_C.INSTITUTION_UNAVAILABLE,
                    sources=(_S["argyle-openapi-third-party"],),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/argyle/account_connection_error/#auth_method_temporarily_unavailable",
                    editorial=True,
                    notes="Argyle's OpenAPI document lists it without a description, and the copy read of its errors page stops before it: the description is bankcodes' reading of its name.",
                ),
                CodeInfo(
                    value="auth_required",
                    description="The payroll platform asks the user to sign in again.",
                    category=_C.RECONNECT_REQUIRED,
                    sources=(_S["argyle-openapi-third-party"],),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/argyle/account_connection_error/#auth_required",
                    editorial=True,
                    notes="Argyle's OpenAPI document lists it without a description, and the copy read of its errors page stops before it: the description is bankcodes' reading of its name.",
                ),
                CodeInfo(
                    value="connection_unavailable",
                    description="The connection to the payroll platform is not available for now.",
                    category=_C.INSTITUTION_UNAVAILABLE,
                    sources=(_S["argyle-openapi-third-party"],),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/argyle/account_connection_error/#connection_unavailable",
                    editorial=True,
                    notes="Argyle's OpenAPI document lists it without a description, and the copy read of its errors page stops before it: the description is bankcodes' reading of its name.",
                ),
                CodeInfo(
                    value="credentials_managed_by_organization",
                    description="The user's sign-in is managed by their organisation, which the connection cannot use.",
                    category=_C.INSTITUTION_NOT_SUPPORTED,
                    sources=(_S["argyle-openapi-third-party"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/argyle/account_connection_error/#credentials_managed_by_organization",
                    editorial=True,
                    notes="Argyle's OpenAPI document lists it without a description, and the copy read of its errors page stops before it: the description is bankcodes' reading of its name.",
                ),
                CodeInfo(
                    value="existing_account_found",
                    description="Login help notification for certain Items when a user attempts to connect an already-connected account.",
                    category=_C.REJECTED,
                    sources=(_S["argyle-openapi-third-party"], _S["argyle-link-flutter-changelog"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["argyle-link-flutter-changelog"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/argyle/account_connection_error/#existing_account_found",
                    notes="Argyle's OpenAPI document lists it without a description, and the copy read of its errors page stops before it: the description is that of Argyle's Link changelog, which announced it; the category is bankcodes' reading.",
                ),
                CodeInfo(
                    value="expired_credentials",
                    description="The user's password at the payroll platform has expired and must be changed there.",
                    category=_C.ACTION_REQUIRED_AT_INSTITUTION,
                    sources=(_S["argyle-openapi-third-party"],),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/argyle/account_connection_error/#expired_credentials",
                    editorial=True,
                    notes="Argyle's OpenAPI document lists it without a description, and the copy read of its errors page stops before it: the description is bankcodes' reading of its name.",
                ),
                CodeInfo(
                    value="full_auth_required",
                    description="The payroll platform asks for a full sign-in, not a shortened one.",
                    category=_C.RECONNECT_REQUIRED,
                    sources=(_S["argyle-openapi-third-party"],),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/argyle/account_connection_error/#full_auth_required",
                    editorial=True,
                    notes="Argyle's OpenAPI document lists it without a description, and the copy read of its errors page stops before it: the description is bankcodes' reading of its name.",
                ),
                CodeInfo(
                    value="insufficient_account_data",
                    description="The account holds too little data to be read.",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["argyle-openapi-third-party"],),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/argyle/account_connection_error/#insufficient_account_data",
                    editorial=True,
                    notes="Argyle's OpenAPI document lists it without a description, and the copy read of its errors page stops before it: the description is bankcodes' reading of its name.",
                ),
                CodeInfo(
                    value="invalid_account_type",
                    description="The account is of a type the connection does not support.",
                    category=_C.REJECTED,
                    sources=(_S["argyle-openapi-third-party"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/argyle/account_connection_error/#invalid_account_type",
                    editorial=True,
                    notes="Argyle's OpenAPI document lists it without a description, and the copy read of its errors page stops before it: the description is bankcodes' reading of its name.",
                ),
                CodeInfo(
                    value="invalid_auth",
                    description="The sign-in was not accepted.",
                    category=_C.CREDENTIALS_INVALID,
                    sources=(_S["argyle-openapi-third-party"],),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/argyle/account_connection_error/#invalid_auth",
                    editorial=True,
                    notes="Argyle's OpenAPI document lists it without a description, and the copy read of its errors page stops before it: the description is bankcodes' reading of its name.",
                ),
                CodeInfo(
                    value="invalid_credentials",
                    description="The username or password was not accepted.",
                    category=_C.CREDENTIALS_INVALID,
                    sources=(_S["argyle-openapi-third-party"],),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/argyle/account_connection_error/#invalid_credentials",
                    editorial=True,
                    notes="Argyle's OpenAPI document lists it without a description, and the copy read of its errors page stops before it: the description is bankcodes' reading of its name.",
                ),
                CodeInfo(
                    value="invalid_employer_identifier",
                    description="The employer identifier entered was not accepted.",
                    category=_C.CREDENTIALS_INVALID,
                    sources=(_S["argyle-openapi-third-party"],),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/argyle/account_connection_error/#invalid_employer_identifier",
                    editorial=True,
                    notes="Argyle's OpenAPI document lists it without a description, and the copy read of its errors page stops before it: the description is bankcodes' reading of its name.",
                ),
                CodeInfo(
                    value="invalid_login_method",
                    description="The sign-in method chosen was not accepted for this account.",
                    category=_C.CREDENTIALS_INVALID,
                    sources=(_S["argyle-openapi-third-party"],),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/argyle/account_connection_error/#invalid_login_method",
                    editorial=True,
                    notes="Argyle's OpenAPI document lists it without a description, and the copy read of its errors page stops before it: the description is bankcodes' reading of its name.",
                ),
                CodeInfo(
                    value="invalid_login_url",
                    description="The sign-in address entered was not accepted.",
                    category=_C.CREDENTIALS_INVALID,
                    sources=(_S["argyle-openapi-third-party"],),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/argyle/account_connection_error/#invalid_login_url",
                    editorial=True,
                    notes="Argyle's OpenAPI document lists it without a description, and the copy read of its errors page stops before it: the description is bankcodes' reading of its name.",
                ),
                CodeInfo(
                    value="invalid_mfa",
                    description="The multi-factor authentication code or answer was not accepted.",
                    category=_C.MFA_FAILED,
                    sources=(_S["argyle-openapi-third-party"],),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/argyle/account_connection_error/#invalid_mfa",
                    editorial=True,
                    notes="Argyle's OpenAPI document lists it without a description, and the copy read of its errors page stops before it: the description is bankcodes' reading of its name.",
                ),
                CodeInfo(
                    value="invalid_store_identifier",
                    description="The store identifier entered was not accepted.",
                    category=_C.CREDENTIALS_INVALID,
                    sources=(_S["argyle-openapi-third-party"],),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/argyle/account_connection_error/#invalid_store_identifier",
                    editorial=True,
                    notes="Argyle's OpenAPI document lists it without a description, and the copy read of its errors page stops before it: the description is bankcodes' reading of its name.",
                ),
                CodeInfo(
                    value="known_employer_redirect",
                    description="The user is to be sent to their employer's own payroll platform to connect.",
                    category=_C.USER_ACTION_REQUIRED,
                    sources=(_S["argyle-openapi-third-party"],),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/argyle/account_connection_error/#known_employer_redirect",
                    editorial=True,
                    notes="Argyle's OpenAPI document lists it without a description, and the copy read of its errors page stops before it: the description is bankcodes' reading of its name.",
                ),
                CodeInfo(
                    value="login_attempts_exceeded",
                    description="Too many sign-in attempts were made.",
                    category=_C.ATTEMPTS_EXHAUSTED,
                    sources=(_S["argyle-openapi-third-party"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/argyle/account_connection_error/#login_attempts_exceeded",
                    editorial=True,
                    notes="Argyle's OpenAPI document lists it without a description, and the copy read of its errors page stops before it: the description is bankcodes' reading of its name.",
                ),
                CodeInfo(
                    value="login_cancelled_by_the_user",
                    description="The user cancelled the sign-in.",
                    category=_C.CANCELLED,
                    sources=(_S["argyle-openapi-third-party"],),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/argyle/account_connection_error/#login_cancelled_by_the_user",
                    editorial=True,
                    notes="Argyle's OpenAPI document lists it without a description, and the copy read of its errors page stops before it: the description is bankcodes' reading of its name.",
                ),
                CodeInfo(
                    value="login_gov_not_linked",
                    description="The user's Login.gov account is not linked to the payroll platform.",
                    category=_C.ACTION_REQUIRED_AT_INSTITUTION,
                    sources=(_S["argyle-openapi-third-party"],),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/argyle/account_connection_error/#login_gov_not_linked",
                    editorial=True,
                    notes="Argyle's OpenAPI document lists it without a description, and the copy read of its errors page stops before it: the description is bankcodes' reading of its name.",
                ),
                CodeInfo(
                    value="mfa_attempts_exceeded",
                    description="Too many multi-factor authentication attempts were made.",
                    category=_C.ATTEMPTS_EXHAUSTED,
                    sources=(_S["argyle-openapi-third-party"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/argyle/account_connection_error/#mfa_attempts_exceeded",
                    editorial=True,
                    notes="Argyle's OpenAPI document lists it without a description, and the copy read of its errors page stops before it: the description is bankcodes' reading of its name.",
                ),
                CodeInfo(
                    value="mfa_cancelled_by_the_user",
                    description="The user cancelled the multi-factor authentication.",
                    category=_C.CANCELLED,
                    sources=(_S["argyle-openapi-third-party"],),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/argyle/account_connection_error/#mfa_cancelled_by_the_user",
                    editorial=True,
                    notes="Argyle's OpenAPI document lists it without a description, and the copy read of its errors page stops before it: the description is bankcodes' reading of its name.",
                ),
                CodeInfo(
                    value="mfa_exhausted",
                    description="No multi-factor authentication attempts are left.",
                    category=_C.ATTEMPTS_EXHAUSTED,
                    sources=(_S["argyle-openapi-third-party"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/argyle/account_connection_error/#mfa_exhausted",
                    editorial=True,
                    notes="Argyle's OpenAPI document lists it without a description, and the copy read of its errors page stops before it: the description is bankcodes' reading of its name.",
                ),
                CodeInfo(
                    value="mfa_not_configured",
                    description="Multi-factor authentication is not set up on the account at the payroll platform.",
                    category=_C.ACTION_REQUIRED_AT_INSTITUTION,
                    sources=(_S["argyle-openapi-third-party"],),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/argyle/account_connection_error/#mfa_not_configured",
                    editorial=True,
                    notes="Argyle's OpenAPI document lists it without a description, and the copy read of its errors page stops before it: the description is bankcodes' reading of its name.",
                ),
                CodeInfo(
                    value="mfa_timeout",
                    description="The multi-factor authentication was not completed in time.",
                    category=_C.SESSION_EXPIRED,
                    sources=(_S["argyle-openapi-third-party"],),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/argyle/account_connection_error/#mfa_timeout",
                    editorial=True,
                    notes="Argyle's OpenAPI document lists it without a description, and the copy read of its errors page stops before it: the description is bankcodes' reading of its name.",
                ),
                CodeInfo(
                    value="multi_driver_account",
                    description="The account is shared by several drivers, which the connection does not support.",
                    category=_C.INSTITUTION_NOT_SUPPORTED,
                    sources=(_S["argyle-openapi-third-party"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/argyle/account_connection_error/#multi_driver_account",
                    editorial=True,
                    notes="Argyle's OpenAPI document lists it without a description, and the copy read of its errors page stops before it: the description is bankcodes' reading of its name.",
                ),
                CodeInfo(
                    value="ongoing_refresh_disabled",
                    description="Ongoing data refreshes are turned off for the account.",
                    category=_C.CANCELLED,
                    sources=(_S["argyle-openapi-third-party"],),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/argyle/account_connection_error/#ongoing_refresh_disabled",
                    editorial=True,
                    notes="Argyle's OpenAPI document lists it without a description, and the copy read of its errors page stops before it: the description is bankcodes' reading of its name.",
                ),
                CodeInfo(
                    value="passkey_limit_reached",
                    description="The account at the payroll platform has reached its limit of passkeys.",
                    category=_C.ACTION_REQUIRED_AT_INSTITUTION,
                    sources=(_S["argyle-openapi-third-party"],),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/argyle/account_connection_error/#passkey_limit_reached",
                    editorial=True,
                    notes="Argyle's OpenAPI document lists it without a description, and the copy read of its errors page stops before it: the description is bankcodes' reading of its name.",
                ),
                CodeInfo(
                    value="personal_data_access_not_granted",
                    description="The user did not grant access to their personal data.",
                    category=_C.CANCELLED,
                    sources=(_S["argyle-openapi-third-party"],),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/argyle/account_connection_error/#personal_data_access_not_granted",
                    editorial=True,
                    notes="Argyle's OpenAPI document lists it without a description, and the copy read of its errors page stops before it: the description is bankcodes' reading of its name.",
                ),
                CodeInfo(
                    value="physical_mfa_unsupported",
                    description="The account uses a physical multi-factor authentication device, which the connection does not support.",
                    category=_C.INSTITUTION_NOT_SUPPORTED,
                    sources=(_S["argyle-openapi-third-party"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/argyle/account_connection_error/#physical_mfa_unsupported",
                    editorial=True,
                    notes="Argyle's OpenAPI document lists it without a description, and the copy read of its errors page stops before it: the description is bankcodes' reading of its name.",
                ),
                CodeInfo(
                    value="platform_temporarily_unavailable",
                    description="The payroll platform is not available for now.",
                    category=_C.INSTITUTION_UNAVAILABLE,
                    sources=(_S["argyle-openapi-third-party"],),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/argyle/account_connection_error/#platform_temporarily_unavailable",
                    editorial=True,
                    notes="Argyle's OpenAPI document lists it without a description, and the copy read of its errors page stops before it: the description is bankcodes' reading of its name.",
                ),
                CodeInfo(
                    value="platform_unavailable",
                    description="The payroll platform is not available.",
                    category=_C.INSTITUTION_UNAVAILABLE,
                    sources=(_S["argyle-openapi-third-party"],),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/argyle/account_connection_error/#platform_unavailable",
                    editorial=True,
                    notes="Argyle's OpenAPI document lists it without a description, and the copy read of its errors page stops before it: the description is bankcodes' reading of its name.",
                ),
                CodeInfo(
                    value="service_unavailable",
                    description="The service is not available for now.",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["argyle-openapi-third-party"],),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/argyle/account_connection_error/#service_unavailable",
                    editorial=True,
                    notes="Argyle's OpenAPI document lists it without a description, and the copy read of its errors page stops before it: the description is bankcodes' reading of its name.",
                ),
                CodeInfo(
                    value="session_limit_reached",
                    description="The payroll platform's limit of sessions open at once was reached.",
                    category=_C.CONCURRENT_OPERATION,
                    sources=(_S["argyle-openapi-third-party"],),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/argyle/account_connection_error/#session_limit_reached",
                    editorial=True,
                    notes="Argyle's OpenAPI document lists it without a description, and the copy read of its errors page stops before it: the description is bankcodes' reading of its name.",
                ),
                CodeInfo(
                    value="system_error",
                    description="An error occurred in the system.",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["argyle-openapi-third-party"],),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/argyle/account_connection_error/#system_error",
                    editorial=True,
                    notes="Argyle's OpenAPI document lists it without a description, and the copy read of its errors page stops before it: the description is bankcodes' reading of its name.",
                ),
                CodeInfo(
                    value="temporary_credentials",
                    description="The user signed in with temporary credentials, which must be replaced at the payroll platform first.",
                    category=_C.ACTION_REQUIRED_AT_INSTITUTION,
                    sources=(_S["argyle-openapi-third-party"],),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/argyle/account_connection_error/#temporary_credentials",
                    editorial=True,
                    notes="Argyle's OpenAPI document lists it without a description, and the copy read of its errors page stops before it: the description is bankcodes' reading of its name.",
                ),
                CodeInfo(
                    value="tos_required",
                    description="The user has to accept the payroll platform's terms of service there first.",
                    category=_C.ACTION_REQUIRED_AT_INSTITUTION,
                    sources=(_S["argyle-openapi-third-party"],),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/argyle/account_connection_error/#tos_required",
                    editorial=True,
                    notes="Argyle's OpenAPI document lists it without a description, and the copy read of its errors page stops before it: the description is bankcodes' reading of its name.",
                ),
                CodeInfo(
                    value="trial_connections_exhausted",
                    description="The trial's allowance of connections is used up.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["argyle-openapi-third-party"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/argyle/account_connection_error/#trial_connections_exhausted",
                    editorial=True,
                    notes="Argyle's OpenAPI document lists it without a description, and the copy read of its errors page stops before it: the description is bankcodes' reading of its name.",
                ),
                CodeInfo(
                    value="trial_period_expired",
                    description="The trial period has ended.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["argyle-openapi-third-party"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/argyle/account_connection_error/#trial_period_expired",
                    editorial=True,
                    notes="Argyle's OpenAPI document lists it without a description, and the copy read of its errors page stops before it: the description is bankcodes' reading of its name.",
                ),
                CodeInfo(
                    value="unrecognized_employer_email",
                    description="The employer email address entered was not recognised.",
                    category=_C.CREDENTIALS_INVALID,
                    sources=(_S["argyle-openapi-third-party"],),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/argyle/account_connection_error/#unrecognized_employer_email",
                    editorial=True,
                    notes="Argyle's OpenAPI document lists it without a description, and the copy read of its errors page stops before it: the description is bankcodes' reading of its name.",
                ),
                CodeInfo(
                    value="unsupported_auth_type",
                    description="The account's type of authentication is not supported.",
                    category=_C.INSTITUTION_NOT_SUPPORTED,
                    sources=(_S["argyle-openapi-third-party"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/argyle/account_connection_error/#unsupported_auth_type",
                    editorial=True,
                    notes="Argyle's OpenAPI document lists it without a description, and the copy read of its errors page stops before it: the description is bankcodes' reading of its name.",
                ),
                CodeInfo(
                    value="unsupported_business_account",
                    description="Business accounts are not supported.",
                    category=_C.INSTITUTION_NOT_SUPPORTED,
                    sources=(_S["argyle-openapi-third-party"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/argyle/account_connection_error/#unsupported_business_account",
                    editorial=True,
                    notes="Argyle's OpenAPI document lists it without a description, and the copy read of its errors page stops before it: the description is bankcodes' reading of its name.",
                ),
                CodeInfo(
                    value="unsupported_language",
                    description="This message will be displayed if the user's payroll system contains data or documents in a language that Argyle does not currently support.",
                    category=_C.ACTION_REQUIRED_AT_INSTITUTION,
                    sources=(_S["argyle-openapi-third-party"], _S["argyle-link-flutter-changelog"]),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["argyle-link-flutter-changelog"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/argyle/account_connection_error/#unsupported_language",
                    notes="Argyle's OpenAPI document lists it without a description, and the copy read of its errors page stops before it: the description is that of Argyle's Link changelog, which announced it; the category is bankcodes' reading.",
                ),
                CodeInfo(
                    value="unsupported_mfa_method",
                    description="The account's multi-factor authentication method is not supported.",
                    category=_C.INSTITUTION_NOT_SUPPORTED,
                    sources=(_S["argyle-openapi-third-party"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/argyle/account_connection_error/#unsupported_mfa_method",
                    editorial=True,
                    notes="Argyle's OpenAPI document lists it without a description, and the copy read of its errors page stops before it: the description is bankcodes' reading of its name.",
                ),
                CodeInfo(
                    value="user_action_timeout",
                    description="The user did not act in time.",
                    category=_C.SESSION_EXPIRED,
                    sources=(_S["argyle-openapi-third-party"],),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/argyle/account_connection_error/#user_action_timeout",
                    editorial=True,
                    notes="Argyle's OpenAPI document lists it without a description, and the copy read of its errors page stops before it: the description is bankcodes' reading of its name.",
                ),
                CodeInfo(
                    value="duplicate_account",
                    description="Login screen notification for certain Items when a user attempts to connect an already-connected account.",
                    category=_C.REJECTED,
                    sources=(_S["argyle-link-flutter-changelog"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["argyle-link-flutter-changelog"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/argyle/account_connection_error/#duplicate_account",
                    notes="Argyle's Link changelog (1.11.0) announced it with existing_account_found and all_employers_connected as three new connection errors; the enum of the OpenAPI document read does not list it. The category is bankcodes' reading, that of existing_account_found.",
                ),
            ),
        ),
        {},
    )
    return AccountConnectionError


def _AccountConnectionStatus() -> type[CodeEnum]:
    class AccountConnectionStatus(CodeEnum):
        """Account connection status: The status of Argyle's connection with the user's payroll system (account.connection.status), in the words of Argyle's OpenAPI document; on error, the connection's error_code (account_connection_error) says why.

        Wire field: account.connection.status."""

        connecting = "connecting"
        connected = "connected"
        error = "error"

    register(
        AccountConnectionStatus,
        lambda: (
            CodeSetInfo(
                provider="argyle",
                id="account_connection_status",
                title="Account connection status",
                description="The status of Argyle's connection with the user's payroll system (account.connection.status), in the words of Argyle's OpenAPI document; on error, the connection's error_code (account_connection_error) says why.",
                field="account.connection.status",
                sources=(_S["argyle-openapi-third-party"],),
            ),
            (
                CodeInfo(
                    value="connecting",
                    description="The user submitted new or revised login credentials through Link and Argyle is establishing the connection.",
                    category=_C.PENDING,
                    sources=(_S["argyle-openapi-third-party"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["argyle-openapi-third-party"],),
                        ),
                    ),
                    page="reference/argyle/account_connection_status/#connecting",
                ),
                CodeInfo(
                    value="connected",
                    description="An account connection was successfully made. See the `availability` object for updates on initial data retrieval.",
                    category=_C.SUCCESS,
                    sources=(_S["argyle-openapi-third-party"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["argyle-openapi-third-party"],),
                        ),
                    ),
                    page="reference/argyle/account_connection_status/#connected",
                ),
                CodeInfo(
                    value="error",
                    description="An account connection error has occurred. Data refreshes have been paused.",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["argyle-openapi-third-party"],),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["argyle-openapi-third-party"],),
                        ),
                    ),
                    page="reference/argyle/account_connection_status/#error",
                ),
            ),
        ),
        {},
    )
    return AccountConnectionStatus


def _DepositSwitchStatus() -> type[CodeEnum]:
    class DepositSwitchStatus(CodeEnum):
        """Deposit switch status: The status of an account's deposit switch (account.direct_deposit_switch.status), in the words of Argyle's OpenAPI document; on error, its error_code (deposit_switch_error) says why.

        Wire field: account.direct_deposit_switch.status."""

        idle = "idle"
        awaiting_confirmation = "awaiting_confirmation"
        awaiting_user_action = "awaiting_user_action"
        awaiting_connection = "awaiting_connection"
        scanning = "scanning"
        updating = "updating"
        success = "success"
        error = "error"

    register(
        DepositSwitchStatus,
        lambda: (
            CodeSetInfo(
                provider="argyle",
                id="deposit_switch_status",
                title="Deposit switch status",
                description="The status of an account's deposit switch (account.direct_deposit_switch.status), in the words of Argyle's OpenAPI document; on error, its error_code (deposit_switch_error) says why.",
                field="account.direct_deposit_switch.status",
                sources=(_S["argyle-openapi-third-party"],),
            ),
            (
                CodeInfo(
                    value="idle",
                    description="The deposit switch process has not started.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["argyle-openapi-third-party"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["argyle-openapi-third-party"],),
                        ),
                    ),
                    page="reference/argyle/deposit_switch_status/#idle",
                ),
                CodeInfo(
                    value="awaiting_confirmation",
                    description='The user started the deposit switch flow in Link but has not clicked "Confirm".',
                    category=_C.USER_ACTION_REQUIRED,
                    sources=(_S["argyle-openapi-third-party"],),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["argyle-openapi-third-party"],),
                        ),
                    ),
                    page="reference/argyle/deposit_switch_status/#awaiting_confirmation",
                ),
                CodeInfo(
                    value="awaiting_user_action",
                    description="The user has confirmed the deposit switch but needs to complete a multi-factor authentication (MFA) step.",
                    category=_C.MFA_REQUIRED,
                    sources=(_S["argyle-openapi-third-party"],),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["argyle-openapi-third-party"],),
                        ),
                    ),
                    page="reference/argyle/deposit_switch_status/#awaiting_user_action",
                ),
                CodeInfo(
                    value="awaiting_connection",
                    description="Argyle is connecting to the user's payroll system.",
                    category=_C.PENDING,
                    sources=(_S["argyle-openapi-third-party"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["argyle-openapi-third-party"],),
                        ),
                    ),
                    page="reference/argyle/deposit_switch_status/#awaiting_connection",
                ),
                CodeInfo(
                    value="scanning",
                    description="Argyle is scanning the user's existing direct deposits before initiating the deposit switch.",
                    category=_C.PENDING,
                    sources=(_S["argyle-openapi-third-party"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["argyle-openapi-third-party"],),
                        ),
                    ),
                    page="reference/argyle/deposit_switch_status/#scanning",
                ),
                CodeInfo(
                    value="updating",
                    description="The deposit switch is in progress.",
                    category=_C.PENDING,
                    sources=(_S["argyle-openapi-third-party"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["argyle-openapi-third-party"],),
                        ),
                    ),
                    page="reference/argyle/deposit_switch_status/#updating",
                ),
                CodeInfo(
                    value="success",
                    description="The deposit switch was successful.",
                    category=_C.SUCCESS,
                    sources=(_S["argyle-openapi-third-party"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["argyle-openapi-third-party"],),
                        ),
                    ),
                    page="reference/argyle/deposit_switch_status/#success",
                ),
                CodeInfo(
                    value="error",
                    description="A deposit switch error occurred, and the deposit switch could not be completed.",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["argyle-openapi-third-party"],),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["argyle-openapi-third-party"],),
                        ),
                    ),
                    page="reference/argyle/deposit_switch_status/#error",
                ),
            ),
        ),
        {},
    )
    return DepositSwitchStatus


def _DepositSwitchError() -> type[CodeEnum]:
    class DepositSwitchError(CodeEnum):
        """Deposit switch error: The deposit switch error that occurred (account.direct_deposit_switch.error_code), set with an error_message ("Description of the error. Common causes and troubleshooting steps can be found in deposit switch errors."). The values are those of the enum of Argyle's OpenAPI document; Argyle's deposit switch errors page, which the document names for their causes, was not read, so each code is described in bankcodes' words and its category is bankcodes' reading of its name, not Argyle's.

        Wire field: account.direct_deposit_switch.error_code."""

        account_invalid = "account_invalid"
        account_closed = "account_closed"
        account_blocked = "account_blocked"
        confirmation_expired = "confirmation_expired"
        confirmation_invalid = "confirmation_invalid"
        confirmation_timeout = "confirmation_timeout"
        deposit_account_mismatch = "deposit_account_mismatch"
        deposit_destination_unsupported = "deposit_destination_unsupported"
        employer_unsupported = "employer_unsupported"
        employer_account_invalid = "employer_account_invalid"
        employer_account_closed = "employer_account_closed"
        employer_account_blocked = "employer_account_blocked"
        employer_confirmation_invalid = "employer_confirmation_invalid"
        internal_server_error = "internal_server_error"
        invalid_request = "invalid_request"
        item_invalid = "item_invalid"
        name_mismatch = "name_mismatch"
        payroll_account_mismatch = "payroll_account_mismatch"
        temporarily_unavailable = "temporarily_unavailable"
        terminate_flow = "terminate_flow"
        unauthorized = "unauthorized"
        unexpected = "unexpected"
        user_input_required = "user_input_required"

    register(
        DepositSwitchError,
        lambda: (
            CodeSetInfo(
                provider="argyle",
                id="deposit_switch_error",
                title="Deposit switch error",
                description="The deposit switch error that occurred (account.direct_deposit_switch.error_code), set with an error_message (\"Description of the error. Common causes and troubleshooting steps can be found in deposit switch errors.\"). The values are those of the enum of Argyle's OpenAPI document; Argyle's deposit switch errors page, which the document names for their causes, was not read, so each code is described in bankcodes' words and its category is bankcodes' reading of its name, not Argyle's.",
                field="account.direct_deposit_switch.error_code",
                sources=(_S["argyle-openapi-third-party"],),
            ),
            (
                CodeInfo(
                    value="account_invalid",
                    description="The deposit account given for the switch is not valid.",
                    category=_C.REJECTED,
                    sources=(_S["argyle-openapi-third-party"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/argyle/deposit_switch_error/#account_invalid",
                    editorial=True,
                    notes="Argyle's OpenAPI document lists it without a description: the description is bankcodes' reading of its name.",
                ),
                CodeInfo(
                    value="account_closed",
                    description="The deposit account given for the switch is closed.",
                    category=_C.ACCOUNT_UNAVAILABLE,
                    sources=(_S["argyle-openapi-third-party"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/argyle/deposit_switch_error/#account_closed",
                    editorial=True,
                    notes="Argyle's OpenAPI document lists it without a description: the description is bankcodes' reading of its name.",
                ),
                CodeInfo(
                    value="account_blocked",
                    description="The deposit account given for the switch is blocked.",
                    category=_C.ACCOUNT_UNAVAILABLE,
                    sources=(_S["argyle-openapi-third-party"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/argyle/deposit_switch_error/#account_blocked",
                    editorial=True,
                    notes="Argyle's OpenAPI document lists it without a description: the description is bankcodes' reading of its name.",
                ),
                CodeInfo(
                    value="confirmation_expired",
                    description="The switch's confirmation expired before the switch was made.",
                    category=_C.SESSION_EXPIRED,
                    sources=(_S["argyle-openapi-third-party"],),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/argyle/deposit_switch_error/#confirmation_expired",
                    editorial=True,
                    notes="Argyle's OpenAPI document lists it without a description: the description is bankcodes' reading of its name.",
                ),
                CodeInfo(
                    value="confirmation_invalid",
                    description="The confirmation given for the switch was not accepted.",
                    category=_C.REJECTED,
                    sources=(_S["argyle-openapi-third-party"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/argyle/deposit_switch_error/#confirmation_invalid",
                    editorial=True,
                    notes="Argyle's OpenAPI document lists it without a description: the description is bankcodes' reading of its name.",
                ),
                CodeInfo(
                    value="confirmation_timeout",
                    description="The switch was not confirmed in time.",
                    category=_C.SESSION_EXPIRED,
                    sources=(_S["argyle-openapi-third-party"],),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/argyle/deposit_switch_error/#confirmation_timeout",
                    editorial=True,
                    notes="Argyle's OpenAPI document lists it without a description: the description is bankcodes' reading of its name.",
                ),
                CodeInfo(
                    value="deposit_account_mismatch",
                    description="The deposit account does not match the one the switch was set up with.",
                    category=_C.REJECTED,
                    sources=(_S["argyle-openapi-third-party"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/argyle/deposit_switch_error/#deposit_account_mismatch",
                    editorial=True,
                    notes="Argyle's OpenAPI document lists it without a description: the description is bankcodes' reading of its name.",
                ),
                CodeInfo(
                    value="deposit_destination_unsupported",
                    description="The payroll platform does not support this kind of deposit destination.",
                    category=_C.INSTITUTION_NOT_SUPPORTED,
                    sources=(_S["argyle-openapi-third-party"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/argyle/deposit_switch_error/#deposit_destination_unsupported",
                    editorial=True,
                    notes="Argyle's OpenAPI document lists it without a description: the description is bankcodes' reading of its name.",
                ),
                CodeInfo(
                    value="employer_unsupported",
                    description="The employer's payroll platform does not support deposit switches through the connection.",
                    category=_C.INSTITUTION_NOT_SUPPORTED,
                    sources=(_S["argyle-openapi-third-party"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/argyle/deposit_switch_error/#employer_unsupported",
                    editorial=True,
                    notes="Argyle's OpenAPI document lists it without a description: the description is bankcodes' reading of its name.",
                ),
                CodeInfo(
                    value="employer_account_invalid",
                    description="The user's account at the employer is not valid for a deposit switch.",
                    category=_C.ACCOUNT_UNAVAILABLE,
                    sources=(_S["argyle-openapi-third-party"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/argyle/deposit_switch_error/#employer_account_invalid",
                    editorial=True,
                    notes="Argyle's OpenAPI document lists it without a description: the description is bankcodes' reading of its name.",
                ),
                CodeInfo(
                    value="employer_account_closed",
                    description="The user's account at the employer is closed.",
                    category=_C.ACCOUNT_UNAVAILABLE,
                    sources=(_S["argyle-openapi-third-party"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/argyle/deposit_switch_error/#employer_account_closed",
                    editorial=True,
                    notes="Argyle's OpenAPI document lists it without a description: the description is bankcodes' reading of its name.",
                ),
                CodeInfo(
                    value="employer_account_blocked",
                    description="The user's account at the employer is blocked.",
                    category=_C.ACCOUNT_UNAVAILABLE,
                    sources=(_S["argyle-openapi-third-party"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/argyle/deposit_switch_error/#employer_account_blocked",
                    editorial=True,
                    notes="Argyle's OpenAPI document lists it without a description: the description is bankcodes' reading of its name.",
                ),
                CodeInfo(
                    value="employer_confirmation_invalid",
                    description="The employer's confirmation of the switch was not accepted.",
                    category=_C.REJECTED,
                    sources=(_S["argyle-openapi-third-party"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/argyle/deposit_switch_error/#employer_confirmation_invalid",
                    editorial=True,
                    notes="Argyle's OpenAPI document lists it without a description: the description is bankcodes' reading of its name.",
                ),
                CodeInfo(
                    value="internal_server_error",
                    description="An error occurred on Argyle's side.",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["argyle-openapi-third-party"],),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/argyle/deposit_switch_error/#internal_server_error",
                    editorial=True,
                    notes="Argyle's OpenAPI document lists it without a description: the description is bankcodes' reading of its name.",
                ),
                CodeInfo(
                    value="invalid_request",
                    description="The request for the switch was not valid.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["argyle-openapi-third-party"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/argyle/deposit_switch_error/#invalid_request",
                    editorial=True,
                    notes="Argyle's OpenAPI document lists it without a description: the description is bankcodes' reading of its name.",
                ),
                CodeInfo(
                    value="item_invalid",
                    description="The Item (the payroll platform or employer) given for the switch is not valid.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["argyle-openapi-third-party"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/argyle/deposit_switch_error/#item_invalid",
                    editorial=True,
                    notes="Argyle's OpenAPI document lists it without a description: the description is bankcodes' reading of its name.",
                ),
                CodeInfo(
                    value="name_mismatch",
                    description="The name on the deposit account does not match the user's name at the payroll platform.",
                    category=_C.REJECTED,
                    sources=(_S["argyle-openapi-third-party"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/argyle/deposit_switch_error/#name_mismatch",
                    editorial=True,
                    notes="Argyle's OpenAPI document lists it without a description: the description is bankcodes' reading of its name.",
                ),
                CodeInfo(
                    value="payroll_account_mismatch",
                    description="The payroll account does not match the one the switch was set up for.",
                    category=_C.REJECTED,
                    sources=(_S["argyle-openapi-third-party"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/argyle/deposit_switch_error/#payroll_account_mismatch",
                    editorial=True,
                    notes="Argyle's OpenAPI document lists it without a description: the description is bankcodes' reading of its name.",
                ),
                CodeInfo(
                    value="temporarily_unavailable",
                    description="The payroll platform is not available for now.",
                    category=_C.INSTITUTION_UNAVAILABLE,
                    sources=(_S["argyle-openapi-third-party"],),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/argyle/deposit_switch_error/#temporarily_unavailable",
                    editorial=True,
                    notes="Argyle's OpenAPI document lists it without a description: the description is bankcodes' reading of its name.",
                ),
                CodeInfo(
                    value="terminate_flow",
                    description="The deposit switch flow was ended.",
                    category=_C.CANCELLED,
                    sources=(_S["argyle-openapi-third-party"],),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/argyle/deposit_switch_error/#terminate_flow",
                    editorial=True,
                    notes="Argyle's OpenAPI document lists it without a description: the description is bankcodes' reading of its name.",
                ),
                CodeInfo(
                    value="unauthorized",
                    description="The payroll platform did not authorise the switch.",
                    category=_C.REJECTED,
                    sources=(_S["argyle-openapi-third-party"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/argyle/deposit_switch_error/#unauthorized",
                    editorial=True,
                    notes="Argyle's OpenAPI document lists it without a description: the description is bankcodes' reading of its name.",
                ),
                CodeInfo(
                    value="unexpected",
                    description="An unexpected error occurred.",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["argyle-openapi-third-party"],),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/argyle/deposit_switch_error/#unexpected",
                    editorial=True,
                    notes="Argyle's OpenAPI document lists it without a description: the description is bankcodes' reading of its name.",
                ),
                CodeInfo(
                    value="user_input_required",
                    description="The user has to provide more input for the switch.",
                    category=_C.USER_ACTION_REQUIRED,
                    sources=(_S["argyle-openapi-third-party"],),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/argyle/deposit_switch_error/#user_input_required",
                    editorial=True,
                    notes="Argyle's OpenAPI document lists it without a description: the description is bankcodes' reading of its name.",
                ),
            ),
        ),
        {},
    )
    return DepositSwitchError


def _WebhookEvent() -> type[CodeEnum]:
    class WebhookEvent(CodeEnum):
        """Verification webhook event: The event field of an Argyle verifications or accounts webhook. The accounts events are those the copy read of the accounts webhooks page names (Added, the start of Updated): any other it describes was not read.

        Wire field: webhook.event."""

        verifications_updated = "verifications.updated"
        verifications_creation_failed = "verifications.creation_failed"
        accounts_added = "accounts.added"
        accounts_connected = "accounts.connected"
        accounts_failed = "accounts.failed"
        accounts_updated = "accounts.updated"

    register(
        WebhookEvent,
        lambda: (
            CodeSetInfo(
                provider="argyle",
                id="webhook_event",
                title="Verification webhook event",
                description="The event field of an Argyle verifications or accounts webhook. The accounts events are those the copy read of the accounts webhooks page names (Added, the start of Updated): any other it describes was not read.",
                field="webhook.event",
                sources=(
                    _S["argyle-verifications-webhooks"],
                    _S["argyle-openapi-webhooks"],
                    _S["argyle-accounts-webhooks"],
                ),
            ),
            (
                CodeInfo(
                    value="verifications.updated",
                    description="Sent each time a verification's state transitions to PROCESSING, PAUSED, or COMPLETED.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["argyle-webhook-updated"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["argyle-webhook-updated"],),
                        ),
                    ),
                    page="reference/argyle/webhook_event/#verifications.updated",
                ),
                CodeInfo(
                    value="verifications.creation_failed",
                    description="A verification could not be created.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["argyle-webhook-creation-failed"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/argyle/webhook_event/#verifications.creation_failed",
                    editorial=True,
                ),
                CodeInfo(
                    value="accounts.added",
                    description="The accounts.added webhook is sent when a user submits login credentials through Link.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["argyle-accounts-webhooks"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["argyle-accounts-webhooks"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/argyle/webhook_event/#accounts.added",
                    notes="An account object is created once the credentials are authenticated; accounts.connected or accounts.failed follows.",
                ),
                CodeInfo(
                    value="accounts.connected",
                    description="The connection of an account succeeded.",
                    category=_C.SUCCESS,
                    sources=(_S["argyle-accounts-webhooks"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/argyle/webhook_event/#accounts.connected",
                    editorial=True,
                    notes="Description: bankcodes' wording, resting on the page's \"regardless of whether the connection was successful (accounts.connected is sent) or unsuccessful (accounts.failed is sent)\".",
                ),
                CodeInfo(
                    value="accounts.failed",
                    description="The connection of an account failed.",
                    category=_C.USER_ACTION_REQUIRED,
                    sources=(_S["argyle-accounts-webhooks"],),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/argyle/webhook_event/#accounts.failed",
                    editorial=True,
                    notes="Description: bankcodes' wording, resting on the page's \"regardless of whether the connection was successful (accounts.connected is sent) or unsuccessful (accounts.failed is sent)\". The account's connection.error_code (account_connection_error), in data.resource where the subscription includes it, says why and decides; without it the user is to connect again (bankcodes' reading).",
                ),
                CodeInfo(
                    value="accounts.updated",
                    description="The accounts.updated webhook is sent when there is any change to a property value of the account object.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["argyle-accounts-webhooks"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["argyle-accounts-webhooks"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/argyle/webhook_event/#accounts.updated",
                    notes='"Whenever the accounts.connected and accounts.failed webhooks are sent, the accounts.updated webhook is sent as well." The account\'s connection (status, error_code), in data.resource where the subscription includes it, decides.',
                ),
            ),
        ),
        {},
    )
    return WebhookEvent


def _ReportType() -> type[CodeEnum]:
    class ReportType(CodeEnum):
        """Verification report type: The type of a verification's report.

        Wire field: verification.report.type."""

        voie = "voie"
        voe = "voe"
        voa = "voa"
        voi = "voi"
        voai = "voai"
        voe_transactions = "voe-transactions"
        doc_voi_mortgage = "doc-voi-mortgage"

    register(
        ReportType,
        lambda: (
            CodeSetInfo(
                provider="argyle",
                id="report_type",
                title="Verification report type",
                description="The type of a verification's report.",
                field="verification.report.type",
                sources=(_S["argyle-openapi-verifications"],),
            ),
            (
                CodeInfo(
                    value="voie",
                    description="Verification of Income and Employment.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["argyle-openapi-verifications"],),
                    retryable=False,
                    end_user_can_retry=False,
                    scope=Scope(data_sources=("payroll",)),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["argyle-openapi-verifications"],),
                        ),
                    ),
                    page="reference/argyle/report_type/#voie",
                ),
                CodeInfo(
                    value="voe",
                    description="Verification of Employment.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["argyle-openapi-verifications"],),
                    retryable=False,
                    end_user_can_retry=False,
                    scope=Scope(data_sources=("payroll",)),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["argyle-openapi-verifications"],),
                        ),
                    ),
                    page="reference/argyle/report_type/#voe",
                ),
                CodeInfo(
                    value="voa",
                    description="Banking verification of assets.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["argyle-openapi-verifications"],),
                    retryable=False,
                    end_user_can_retry=False,
                    scope=Scope(data_sources=("banking",)),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["argyle-openapi-verifications"],),
                        ),
                    ),
                    page="reference/argyle/report_type/#voa",
                ),
                CodeInfo(
                    value="voi",
                    description="Banking verification of income.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["argyle-openapi-verifications"],),
                    retryable=False,
                    end_user_can_retry=False,
                    scope=Scope(data_sources=("banking",)),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["argyle-openapi-verifications"],),
                        ),
                    ),
                    page="reference/argyle/report_type/#voi",
                ),
                CodeInfo(
                    value="voai",
                    description="Banking verification of income and assets.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["argyle-openapi-verifications"],),
                    retryable=False,
                    end_user_can_retry=False,
                    scope=Scope(data_sources=("banking",)),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["argyle-openapi-verifications"],),
                        ),
                    ),
                    page="reference/argyle/report_type/#voai",
                ),
                CodeInfo(
                    value="voe-transactions",
                    description="Banking verification of employment.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["argyle-openapi-verifications"],),
                    retryable=False,
                    end_user_can_retry=False,
                    scope=Scope(data_sources=("banking",)),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["argyle-openapi-verifications"],),
                        ),
                    ),
                    page="reference/argyle/report_type/#voe-transactions",
                ),
                CodeInfo(
                    value="doc-voi-mortgage",
                    description="Mortgage document-based verification of income, integrated with Freddie Mac's AIM Check.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["argyle-openapi-verifications"],),
                    retryable=False,
                    end_user_can_retry=False,
                    scope=Scope(data_sources=("documents",)),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["argyle-openapi-verifications"],),
                        ),
                    ),
                    page="reference/argyle/report_type/#doc-voi-mortgage",
                ),
            ),
        ),
        {},
    )
    return ReportType


def _DataSource() -> type[CodeEnum]:
    class DataSource(CodeEnum):
        """Verification data source: Where a verification takes its data from. Not present in older examples.

        Wire field: verification.data_source."""

        payroll = "payroll"
        banking = "banking"
        documents = "documents"

    register(
        DataSource,
        lambda: (
            CodeSetInfo(
                provider="argyle",
                id="data_source",
                title="Verification data source",
                description="Where a verification takes its data from. Not present in older examples.",
                field="verification.data_source",
                sources=(_S["argyle-openapi-verifications"],),
            ),
            (
                CodeInfo(
                    value="payroll",
                    description="Payroll connections.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["argyle-openapi-verifications"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/argyle/data_source/#payroll",
                    editorial=True,
                ),
                CodeInfo(
                    value="banking",
                    description="Bank connections.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["argyle-openapi-verifications"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/argyle/data_source/#banking",
                    editorial=True,
                ),
                CodeInfo(
                    value="documents",
                    description="Uploaded documents.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["argyle-openapi-verifications"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/argyle/data_source/#documents",
                    editorial=True,
                ),
            ),
        ),
        {},
    )
    return DataSource


def _Channel() -> type[CodeEnum]:
    class Channel(CodeEnum):
        """Verification channel: How a verification was created. The documentation's object page calls this field source.

        Wire field: verification.channel."""

        api = "api"
        encompass = "encompass"

    register(
        Channel,
        lambda: (
            CodeSetInfo(
                provider="argyle",
                id="channel",
                title="Verification channel",
                description="How a verification was created. The documentation's object page calls this field source.",
                field="verification.channel",
                sources=(_S["argyle-openapi-verifications"], _S["argyle-verifications"]),
            ),
            (
                CodeInfo(
                    value="api",
                    description="Created through the API.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["argyle-openapi-verifications"], _S["argyle-verifications"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/argyle/channel/#api",
                    editorial=True,
                ),
                CodeInfo(
                    value="encompass",
                    description="Created from Encompass.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["argyle-openapi-verifications"], _S["argyle-verifications"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/argyle/channel/#encompass",
                    editorial=True,
                ),
            ),
        ),
        {},
    )
    return Channel


def _ResponseStatus() -> type[NumericCodeEnum]:
    class ResponseStatus(NumericCodeEnum):
        """API response status: The HTTP statuses of an Argyle API response that the pages read describe: the 401 of a request whose credentials are invalid or are another environment's. The API reference's list of errors was not read. The categories are bankcodes' reading.

        Wire field: the HTTP status of an Argyle API response."""

        UNAUTHORIZED = 401

    register(
        ResponseStatus,
        lambda: (
            CodeSetInfo(
                provider="argyle",
                id="response_status",
                title="API response status",
                description="The HTTP statuses of an Argyle API response that the pages read describe: the 401 of a request whose credentials are invalid or are another environment's. The API reference's list of errors was not read. The categories are bankcodes' reading.",
                field="the HTTP status of an Argyle API response",
                sources=(_S["argyle-api-introduction"], _S["argyle-api-guide-overview"]),
            ),
            (
                CodeInfo(
                    value="401",
                    description="If invalid credentials are provided, a 401 Unauthorized response code is returned with the corresponding JSON body.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["argyle-api-introduction"], _S["argyle-api-guide-overview"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["argyle-api-introduction"],
                                _S["argyle-api-guide-overview"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/argyle/response_status/#401",
                    notes="Also \"If credentials for the wrong environment are used, a 401 Unauthorized response code is returned with the corresponding JSON body.\" The credentials are the integration's own (its api_key_id and api_key_secret, found on the Argyle Console, used from its servers only): it fixes them, Argyle's support is not needed (bankcodes' reading).",
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
            "BankConnectionError",
            "VerificationState",
            "VerificationStatusCode",
            "VerificationError",
            "AccountConnectionError",
            "AccountConnectionStatus",
            "DepositSwitchStatus",
            "DepositSwitchError",
            "WebhookEvent",
            "ReportType",
            "DataSource",
            "Channel",
            "ResponseStatus",
        )
    )
