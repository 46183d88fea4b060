# generated from spec/catalog.json — do not edit (run `make generate`)
"""The builders of bankcodes.belvo's names, loaded on the first use of any of them, so that importing the provider's module reads none of its data."""

from __future__ import annotations

import importlib

from bankcodes._base import CodeEnum, NumericCodeEnum, register
from bankcodes._records import CodeInfo, CodeSetInfo, Equivalent, HttpStatus, Source, Wording
from bankcodes.categories import Category as _C

#: The public module, whose names the builders use (each built on first use there).
_PUBLIC = importlib.import_module("bankcodes.belvo")
#: The documents its facts come from, by id.
_S = {
    "belvo-api-errors": Source(
        id="belvo-api-errors",
        kind="doc",
        title="Belvo: Introduction (API errors; a Markdown capture of the errors page)",
        url="https://developers.belvo.com/developer_resources/resources-belvo-api-errors.md",
    ),
    "belvo-api-errors-page": Source(
        id="belvo-api-errors-page",
        kind="doc",
        title="Belvo: Introduction (API errors; a capture of the errors page as one line)",
        url="https://developers.belvo.com/developer_resources/resources-belvo-api-errors.md",
    ),
    "belvo-openapi-error-handling": Source(
        id="belvo-openapi-error-handling",
        kind="doc",
        title="Belvo API reference: Error handling",
        url="https://developers.belvo.com/apis/belvoopenapispec/section/introduction/error-handling",
    ),
    "belvo-openapi-errors-40x-es": Source(
        id="belvo-openapi-errors-40x-es",
        kind="doc",
        title="Belvo API reference (es): Errores 40x",
        url="https://developers.belvo.com/es/apis/belvoopenapispec/section/introduccion/errores-40x",
    ),
    "belvo-support-errors-pt": Source(
        id="belvo-support-errors-pt",
        kind="doc",
        title="Belvo Help Center (pt-BR): Eu recebi um erro, o que devo fazer? (an earlier capture, cut inside the institution_down row)",
        url="https://support.belvo.com/hc/pt-br/articles/4406498355613-Eu-recebi-um-erro-o-que-devo-fazer",
        read_in_part='The copy read is cut inside the institution_down row ("The financial institution is down,"): the rest of that row and the rows after it were not read.',
    ),
    "belvo-webhook-links": Source(
        id="belvo-webhook-links",
        kind="doc",
        title="Belvo: Links (Webhooks)",
        url="https://developers.belvo.com/docs/webhook-links",
        read_in_part="The copy read is cut inside the sentence that introduces the token_required webhook (sent whenever a new MFA token is required by the institution to keep a recurrent link working); its example body and the rest of the page were not read.",
    ),
    "belvo-webhook-accounts": Source(
        id="belvo-webhook-accounts",
        kind="doc",
        title="Belvo: Accounts (Webhooks)",
        url="https://developers.belvo.com/docs/webhook-accounts",
    ),
    "belvo-webhook-transactions": Source(
        id="belvo-webhook-transactions",
        kind="doc",
        title="Belvo: Transactions (Webhooks)",
        url="https://developers.belvo.com/docs/webhook-transactions",
    ),
    "belvo-webhooks-aggregation": Source(
        id="belvo-webhooks-aggregation",
        kind="doc",
        title="Belvo: Aggregation Webhooks (the capture with webhook authentication)",
        url="https://developers.belvo.com/developer_resources/resources-webhooks-aggregation",
        read_in_part="The copy read gives the page's section on webhook authentication (an optional Authorization header) and does not reach the page's end: the rest of the page was not read.",
    ),
    "belvo-webhooks-aggregation-fields": Source(
        id="belvo-webhooks-aggregation-fields",
        kind="doc",
        title="Belvo: Aggregation Webhooks (the capture with the core payload's parameter table)",
        url="https://developers.belvo.com/developer_resources/resources-webhooks-aggregation",
        read_in_part="The copy read gives the core payload's parameter table and is cut before Belvo's list of process_type values; that list was not read.",
    ),
    "belvo-webhooks-2021": Source(
        id="belvo-webhooks-2021",
        kind="doc",
        title="Belvo: Webhooks (the capture with retries and the authorization header)",
        url="https://developers.belvo.com/docs/webhooks",
        read_in_part="The copy read gives the page's retries and its Authorization header and does not reach the page's end: the rest of the page was not read.",
    ),
    "belvo-webhooks-legacy": Source(
        id="belvo-webhooks-legacy",
        kind="doc",
        title="Belvo: Webhooks (Aggregation; an earlier capture)",
        url="https://developers.belvo.com/docs/webhooks",
    ),
    "belvo-payments-webhooks": Source(
        id="belvo-payments-webhooks",
        kind="doc",
        title="Belvo: Payments Webhooks (Brazil)",
        url="https://developers.belvo.com/docs/payments-webhooks",
        read_in_part="The copy read gives the page's steps to set up a webhook (with an optional bearer token as its Authorization) and ends inside the core payload's parameter table: the rest of the page was not read.",
    ),
    "belvo-payments-webhooks-br": Source(
        id="belvo-payments-webhooks-br",
        kind="doc",
        title="Belvo: Payments Webhooks (Brazil) (Markdown copy)",
        url="https://developers.belvo.com/developer_resources/resources-webhooks-payments-brazil.md",
        read_in_part="The copy read ends before the page's list of outbound IP addresses for Payments Brazil webhooks: that list and the rest of the page were not read.",
    ),
    "belvo-ofpi-webhooks": Source(
        id="belvo-ofpi-webhooks",
        kind="doc",
        title="Belvo: Payments Webhooks (Brazil) (OFPI)",
        url="https://developers.belvo.com/docs/ofpi-webhooks",
    ),
    "belvo-payments-webhooks-co": Source(
        id="belvo-payments-webhooks-co",
        kind="doc",
        title="Belvo: Webhooks (Payments Colombia)",
        url="https://developers.belvo.com/docs/webhooks-payments-colombia",
    ),
    "belvo-payments-br-codes-v2": Source(
        id="belvo-payments-br-codes-v2",
        kind="doc",
        title="Belvo: Payments Brazil codes and messages (V1 vs V2 Error Codes; a capture as text)",
        url="https://developers.belvo.com/products/payments_brazil/payments-brazil-codes-and-messages",
        read_in_part="The copy read of the V2 table ends at the row of BENEFICIARY_CANCELLED_RECURRING_PAYMENT: any row after it was not read.",
    ),
    "belvo-payments-br-codes-v2-md": Source(
        id="belvo-payments-br-codes-v2-md",
        kind="doc",
        title="Belvo: Introduction (Payments Brazil codes and messages, V1 vs V2 Error Codes; a Markdown capture)",
        url="https://developers.belvo.com/products/payments_brazil/payments-brazil-codes-and-messages",
        read_in_part="The copy read of the V2 table ends before the row of BENEFICIARY_CANCELLED_RECURRING_PAYMENT: that row and any after it were not read.",
    ),
    "belvo-payments-br-codes-v1": Source(
        id="belvo-payments-br-codes-v1",
        kind="doc",
        title="Belvo: Payments Brazil codes and messages (Failure Codes and Messages, V1; a capture from that table)",
        url="https://developers.belvo.com/products/payments_brazil/payments-brazil-codes-and-messages",
        read_in_part='The copy read of the V1 table ends inside the PAYER_ACCOUNT_TIMEOUT_ERROR row (its message is cut after "The Charge settlement failed due to a time"): the rest of that row and every later row were not read.',
    ),
    "belvo-payments-br-codes-es": Source(
        id="belvo-payments-br-codes-es",
        kind="doc",
        title="Belvo (es): Introducción (Códigos de Error V1 vs V2, Pagos Brasil)",
        url="https://developers.belvo.com/es/products/payments_brazil/payments-brazil-codes-and-messages.md",
        read_in_part="The copy read is cut inside the Spanish translation of BENEFICIARY_ACCOUNT_TYPE_NOT_SUPPORTED's message; the rest of that translation and the rows after it were not read.",
    ),
    "belvo-payments-br-codes-pt": Source(
        id="belvo-payments-br-codes-pt",
        kind="doc",
        title="Belvo (pt-BR): Introdução (Códigos de Erro V1 vs V2, Pagamentos Brasil)",
        url="https://developers.belvo.com/pt-br/products/payments_brazil/payments-brazil-codes-and-messages",
    ),
    "belvo-charge-states": Source(
        id="belvo-charge-states",
        kind="doc",
        title="Belvo: Introduction (Charges: entity states and transitions, OFPI)",
        url="https://developers.belvo.com/docs/charge-model-and-states-ofpi",
    ),
    "belvo-direct-debit-errors": Source(
        id="belvo-direct-debit-errors",
        kind="doc",
        title="Belvo: Direct debit bank errors (Payments Mexico)",
        url="https://developers.belvo.com/products/payments_mexico/direct-debit-bank-errors",
        read_in_part="The copy read of the current page ends after the row of code 10: the rows from 11 on were not read.",
    ),
    "belvo-direct-debit-errors-legacy": Source(
        id="belvo-direct-debit-errors-legacy",
        kind="doc",
        title="Belvo: Direct debit errors",
        url="https://developers.belvo.com/docs/direct-debit-errors",
        read_in_part='The copy read lists the codes 01 to 11 and is cut inside the next row ("12 | Venc"): that row and any after it were not read.',
    ),
    "belvo-link-schema": Source(
        id="belvo-link-schema",
        kind="doc",
        title="Belvo API reference: Link (schema)",
        url="https://developers.belvo.com/apis/belvoopenapispec/links/link",
    ),
    "belvo-api-errors-readme": Source(
        id="belvo-api-errors-readme",
        kind="doc",
        title="Belvo: API and Widget Errors (the DevPortal page as ReadMe Markdown, undated: every error code with its HTTP status, example, cause, solution and widget texts)",
        url="https://developers.belvo.com/docs/belvo-api-errors",
    ),
    "belvo-api-errors-es": Source(
        id="belvo-api-errors-es",
        kind="doc",
        title="Belvo (es): Introducción (errores de la API; a Markdown capture of the Spanish errors page)",
        url="https://developers.belvo.com/es/developer_resources/resources-belvo-api-errors.md",
    ),
    "belvo-support-errors-pt-actions": Source(
        id="belvo-support-errors-pt-actions",
        kind="doc",
        title="Belvo Help Center (pt-BR): Eu recebi um erro, o que devo fazer? (the capture with activation_failed's whole action)",
        url="https://support.belvo.com/hc/pt-br/articles/4406498355613-Eu-recebi-um-erro-o-que-devo-fazer",
    ),
    "belvo-openapi-50x-errors": Source(
        id="belvo-openapi-50x-errors",
        kind="doc",
        title="Belvo API reference: 50x errors",
        url="https://developers.belvo.com/apis/belvoopenapispec/section/introduction/50x-errors",
    ),
    "belvo-openapi-konfig": Source(
        id="belvo-openapi-konfig",
        kind="third-party",
        title="Belvo API Docs 1.35.0 (Belvo's OpenAPI document, as Konfig's SDK repository keeps it: api.yaml)",
        url="https://github.com/konfig-dev/belvo-sdks/blob/fad9ba47d5d3b3b3dffa646685445a3fff91bea4/api.yaml",
    ),
    "belvo-webhook-invoices": Source(
        id="belvo-webhook-invoices",
        kind="doc",
        title="Belvo: Invoices (Webhooks) (the capture with the Webhook Code table of the initial updates)",
        url="https://developers.belvo.com/docs/webhook-invoices",
    ),
    "belvo-webhook-invoices-historical": Source(
        id="belvo-webhook-invoices-historical",
        kind="doc",
        title="Belvo: Invoices (an earlier capture, with the historical updates)",
        url="https://developers.belvo.com/docs/webhook-invoices",
    ),
    "belvo-webhook-invoices-sat-dian": Source(
        id="belvo-webhook-invoices-sat-dian",
        kind="doc",
        title="Belvo: Invoices (a capture with the historical webhooks sent per institution, SAT and DIAN)",
        url="https://developers.belvo.com/docs/webhook-invoices",
    ),
    "belvo-webhook-bills": Source(
        id="belvo-webhook-bills",
        kind="doc",
        title="Belvo: Bills (Webhooks)",
        url="https://developers.belvo.com/docs/webhook-bills",
    ),
    "belvo-webhook-recurring-expenses": Source(
        id="belvo-webhook-recurring-expenses",
        kind="doc",
        title="Belvo: Recurring expenses (Webhooks)",
        url="https://developers.belvo.com/docs/webhook-recurring-expenses",
    ),
    "belvo-webhook-risk-insights": Source(
        id="belvo-webhook-risk-insights",
        kind="doc",
        title="Belvo: Risk insights (Webhooks)",
        url="https://developers.belvo.com/docs/webhook-risk-insights",
    ),
    "belvo-webhook-owners": Source(
        id="belvo-webhook-owners",
        kind="doc",
        title="Belvo: Owners (Webhooks)",
        url="https://developers.belvo.com/docs/webhook-owners",
        read_in_part="The copy read is cut before the example of new_owners_available; the example and the rest of the page were not read.",
    ),
    "belvo-webhook-incomes": Source(
        id="belvo-webhook-incomes",
        kind="doc",
        title="Belvo: Incomes (Webhooks)",
        url="https://developers.belvo.com/docs/webhook-incomes",
    ),
    "belvo-webhook-investments": Source(
        id="belvo-webhook-investments",
        kind="doc",
        title="Belvo: Investments (Webhooks)",
        url="https://developers.belvo.com/docs/investments-webhooks",
        read_in_part="The copy read is cut inside the example of new_investments_available: the rest of the example and of the page was not read.",
    ),
    "belvo-webhook-investment-transactions": Source(
        id="belvo-webhook-investment-transactions",
        kind="doc",
        title="Belvo: Investment Transactions (Webhooks)",
        url="https://developers.belvo.com/docs/investment-transactions-webhooks",
    ),
    "belvo-docs-handling-mfa": Source(
        id="belvo-docs-handling-mfa",
        kind="doc",
        title="Belvo: Handling multi-factor authentication",
        url="https://developers.belvo.com/docs/handling-2-factor-authentication",
        read_in_part="A stored copy of the page from its start through its annotated 428 Token Required payload and the first words of its expect_user_input section; the rest (the MFA methods) was not read.",
    ),
}


def _ErrorCode() -> type[CodeEnum]:
    class ErrorCode(CodeEnum):
        """API error code: The code of an error: the code of each error object of an API error response (the body is a JSON list of such objects), and the data.error_code of a LINK webhook. The codes are those of Belvo's errors page (API and Widget Errors: each with its HTTP status, example, cause, solution and, where the widget shows it, its words in English, Spanish and Portuguese), and two that only its OpenAPI names. Belvo asks integrators not to retry a 40x response, a client error, except the 'too many sessions' error, and to retry a 50x with an exponential backoff; where a code's own text says to retry later, its retryable follows that text.

        Wire field: code (each object of an API error response, a JSON list); data.error_code (LINK webhooks)."""

        required = "required"
        login_error = "login_error"
        unexpected_error = "unexpected_error"
        activation_failed = "activation_failed"
        institution_down = "institution_down"
        already_exists = "already_exists"
        already_registered = "already_registered"
        cancellation_error = "cancellation_error"
        does_not_exist = "does_not_exist"
        duplicated = "duplicated"
        null = "null"
        institution_inactive = "institution_inactive"
        institution_unavailable = "institution_unavailable"
        invalid = "invalid"
        invalid_choice = "invalid_choice"
        invalid_credentials_storage = "invalid_credentials_storage"
        invalid_fetch_resources = "invalid_fetch_resources"
        invalid_access_mode_switch = "invalid_access_mode_switch"
        invalid_link = "invalid_link"
        invalid_period = "invalid_period"
        max_digits = "max_digits"
        max_decimal_places = "max_decimal_places"
        min_value = "min_value"
        not_a_list = "not_a_list"
        parse_error = "parse_error"
        session_expired = "session_expired"
        session_expired_ob = "session_expired_ob"
        too_many_sessions = "too_many_sessions"
        unavailable_data = "unavailable_data"
        unconfirmed_link = "unconfirmed_link"
        unsupported_operation = "unsupported_operation"
        validation_error = "validation_error"
        authentication_failed = "authentication_failed"
        consent_without_accounts = "consent_without_accounts"
        access_to_production_denied = "access_to_production_denied"
        access_to_resource_denied = "access_to_resource_denied"
        permission_denied = "permission_denied"
        quota_limit_reached = "quota_limit_reached"
        not_found = "not_found"
        expired_credentials = "expired_credentials"
        method_not_allowed = "method_not_allowed"
        request_timeout = "request_timeout"
        activation_required = "activation_required"
        token_required = "token_required"
        service_unavailable = "service_unavailable"

    register(
        ErrorCode,
        lambda: (
            CodeSetInfo(
                provider="belvo",
                id="error_code",
                title="API error code",
                description="The code of an error: the code of each error object of an API error response (the body is a JSON list of such objects), and the data.error_code of a LINK webhook. The codes are those of Belvo's errors page (API and Widget Errors: each with its HTTP status, example, cause, solution and, where the widget shows it, its words in English, Spanish and Portuguese), and two that only its OpenAPI names. Belvo asks integrators not to retry a 40x response, a client error, except the 'too many sessions' error, and to retry a 50x with an exponential backoff; where a code's own text says to retry later, its retryable follows that text.",
                field="code (each object of an API error response, a JSON list); data.error_code (LINK webhooks)",
                sources=(
                    _S["belvo-api-errors-readme"],
                    _S["belvo-openapi-error-handling"],
                    _S["belvo-support-errors-pt"],
                    _S["belvo-webhook-links"],
                ),
            ),
            (
                CodeInfo(
                    value="required",
                    description="You sent a request without a required field.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["belvo-openapi-error-handling"],
                        _S["belvo-api-errors-page"],
                        _S["belvo-api-errors-readme"],
                        _S["belvo-api-errors-es"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=400,
                            sources=(_S["belvo-api-errors-page"], _S["belvo-api-errors-readme"]),
                        ),
                    ),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["belvo-api-errors-readme"],),
                        ),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(
                                _S["belvo-openapi-error-handling"],
                                _S["belvo-api-errors-page"],
                                _S["belvo-api-errors-readme"],
                            ),
                        ),
                        Wording(
                            field="message_translations",
                            by="provider",
                            sources=(_S["belvo-api-errors-es"],),
                        ),
                        Wording(
                            field="advice", by="provider", sources=(_S["belvo-api-errors-readme"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/belvo/error_code/#required",
                    message="This field is required.",
                    advice="Check the error message to see which field you need to provide. If you're not sure what information to provide or the format, just check our API reference documentation.",
                    message_translations={"es": "Este campo es requerido."},
                    notes="Belvo's example of an API error (an example of a 400 Bad Request error on its errors page): the request body lacks a required field, which the error object's field names (link in the example). Belvo's Spanish errors page shows the same example with its message in Spanish; no source read says the API itself answers in Spanish.",
                ),
                CodeInfo(
                    value="login_error",
                    description="Invalid credentials provided to login to the institution",
                    category=_C.CREDENTIALS_INVALID,
                    sources=(_S["belvo-webhook-links"], _S["belvo-api-errors-readme"]),
                    retryable=False,
                    end_user_can_retry=True,
                    http=(
                        HttpStatus(
                            status=400,
                            sources=(_S["belvo-webhook-links"],),
                            context="data.status of the LINK webhook that reports it",
                        ),
                        HttpStatus(
                            status=400,
                            sources=(_S["belvo-api-errors-readme"],),
                            message="A MFA token is required by the institution, but it’s not supported yet by Belvo.",
                        ),
                        HttpStatus(
                            status=400,
                            sources=(_S["belvo-api-errors-readme"],),
                            message="Impossible to login, something unexpected happened while logging into the institution. Try again later.",
                        ),
                        HttpStatus(
                            status=400,
                            sources=(_S["belvo-api-errors-readme"],),
                            message="Login not attempted due to invalid credentials",
                        ),
                        HttpStatus(
                            status=400,
                            sources=(_S["belvo-api-errors-readme"],),
                            message="Missing credentials to login to the institution",
                        ),
                        HttpStatus(
                            status=400,
                            sources=(_S["belvo-api-errors-readme"],),
                            message="The user account access was forbidden by the institution",
                        ),
                        HttpStatus(
                            status=400,
                            sources=(_S["belvo-api-errors-readme"],),
                            message="The user account is locked, user needs to contact the institution to unlock it",
                        ),
                    ),
                    wording=(
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["belvo-webhook-links"], _S["belvo-api-errors-readme"]),
                        ),
                        Wording(
                            field="advice", by="provider", sources=(_S["belvo-api-errors-readme"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/belvo/error_code/#login_error",
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
                    message="Invalid credentials provided to login to the institution",
                    advice="Ask your user to provide their correct credentials or MFA token. Use our widget to make it even easier (we do all the heavy lifting for you).",
                    notes="Published as the data.error_code of a LINK webhook whose webhook_code is invalid_credentials, with data.error_message as its message and data.status 400; Belvo asks the integrator to have the end user update the link's password (Connect widget in update mode, or a link update request). Belvo's errors page gives it seven messages (and says it is refining them): credentials wrong or missing, an MFA token Belvo does not support, a locked or forbidden account, and a fault while logging in ('Try again later.'), for which Belvo advises trying to log in later. Only the message tells these apart. The widget shows it; Belvo's errors page gives no widget text for it, nor does the part read of its LINK webhooks page.",
                ),
                CodeInfo(
                    value="unexpected_error",
                    description="This error occurs when we (Belvo) have encountered an internal system error (sorry about that) or due to an unsupported response from the institution.",
                    category=_C.GENERIC_FAILURE,
                    sources=(
                        _S["belvo-support-errors-pt"],
                        _S["belvo-support-errors-pt-actions"],
                        _S["belvo-api-errors-readme"],
                        _S["belvo-openapi-50x-errors"],
                    ),
                    retryable=True,
                    end_user_can_retry=True,
                    http=(
                        HttpStatus(
                            status=500,
                            sources=(_S["belvo-support-errors-pt"], _S["belvo-api-errors-readme"]),
                        ),
                    ),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["belvo-api-errors-readme"],),
                        ),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["belvo-support-errors-pt"], _S["belvo-api-errors-readme"]),
                        ),
                        Wording(
                            field="user_message",
                            by="provider",
                            sources=(_S["belvo-api-errors-readme"],),
                        ),
                        Wording(
                            field="user_message_translations",
                            by="provider",
                            sources=(_S["belvo-api-errors-readme"],),
                        ),
                        Wording(
                            field="advice", by="provider", sources=(_S["belvo-api-errors-readme"],)
                        ),
                        Wording(
                            field="advice_translations",
                            by="provider",
                            sources=(
                                _S["belvo-support-errors-pt"],
                                _S["belvo-support-errors-pt-actions"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/belvo/error_code/#unexpected_error",
                    message="Belvo is unable to process the request due to an internal system issue or to an unsupported response from an institution",
                    advice="We recommend that you retry making your original request a maximum of three times, in case that the issue is intermittent.",
                    advice_translations={
                        "pt-BR": "Recomendamos repetir a chamada máxima 3 vezes caso o detalhe seja intermitente. Realizando a mesma operação e recebendo um terceiro erro 500, informe a Belvo com o request_id."
                    },
                    user_message="There was an error linking your account. Please try again, and if the problem persists, we will try to fix it as soon as possible.",
                    user_message_translations={
                        "es": "Hemos tenido un error vinculando tu cuenta. Por favor, inténtalo de nuevo y si el problema persiste, lo arreglaremos lo más pronto posible",
                        "pt": "Ocorreu um erro ao vincular sua conta. Tente novamente e, se o problema persistir, o corrigiremos o mais breve possível",
                    },
                    notes="Retryable: Belvo asks integrators to retry a 50x response with an exponential backoff (up to five retries, three seconds apart at first, doubling), and this code's own text says at most three times, then to contact Belvo's support with the request_id. The widget shows it with the title 'Something went wrong' ('Ha habido un error', 'Ocorreu um erro'). Belvo's pt-BR help article gives its advice in Portuguese (above) and another Portuguese widget text ('Ocorreu um erro ao vincular sua conta. Por favor, tente novamente e se o problema persistir, vamos corrigi-lo o mais rápido possível.'); its cause there: a change on the institution's side that stops Belvo's integration from working, intermittent or persistent.",
                    max_attempts=3,
                    fact_sources={
                        "max_attempts": ("belvo-api-errors-readme", "belvo-support-errors-pt")
                    },
                ),
                CodeInfo(
                    value="activation_failed",
                    description="This error occurs when Belvo was unable to automatically activate the internet banking access for the user due to missing information (for example, the 🇲🇽 CVV or 🇲🇽 NIP were missing or incorrectly provided).",
                    category=_C.ACTION_REQUIRED_AT_INSTITUTION,
                    sources=(
                        _S["belvo-support-errors-pt"],
                        _S["belvo-support-errors-pt-actions"],
                        _S["belvo-api-errors-readme"],
                    ),
                    retryable=False,
                    end_user_can_retry=True,
                    http=(
                        HttpStatus(status=400, sources=(_S["belvo-support-errors-pt"],)),
                        HttpStatus(
                            status=400,
                            sources=(_S["belvo-api-errors-readme"],),
                            message="The credentials provided were not accepted by the institution.",
                        ),
                    ),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["belvo-api-errors-readme"],),
                        ),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(
                                _S["belvo-support-errors-pt"],
                                _S["belvo-support-errors-pt-actions"],
                            ),
                        ),
                        Wording(
                            field="advice", by="provider", sources=(_S["belvo-api-errors-readme"],)
                        ),
                        Wording(
                            field="advice_translations",
                            by="provider",
                            sources=(_S["belvo-support-errors-pt-actions"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/belvo/error_code/#activation_failed",
                    message="The credentials provided were not accepted by the institution. Please verify CVV and PIN are correct.",
                    advice="Ask the user to first activate their internet banking access (either by contacting the bank directly or attempting to log in to their internet banking account) and then ask them to connect their account again.",
                    advice_translations={
                        "pt-BR": "É necessário que o usuário final entre em contato com seu banco para ativar seu banco online. O processo de ativação do banco online varia de acordo com a instituição. O site do banco deve indicar os passos a seguir. Depois de ativar seu banco online, o usuário final poderá criar um link com o Belvo com as mesmas credenciais. *É importante observar que uma conta no APP da instituição é diferente de um banco online da instituição."
                    },
                    notes="Belvo's pt-BR help article gives this message as the code's default description; Belvo's errors page sends it without the second sentence ('The credentials provided were not accepted by the institution.'); which one the API sends today is not established. The help article's cause: the end user has not activated online banking with the institution, and Belvo's attempt to activate it failed because the CVV and PIN entered were wrong. Hence action required at the institution rather than credentials invalid. Not normally shown in the widget, though it is for some institutions (BBVA in Mexico); Belvo's errors page gives no widget text for it, nor does the part read of its pt-BR help article.",
                ),
                CodeInfo(
                    value="institution_down",
                    description="This error occurs when the institution's website that you're trying to access is down due to maintenance or other issues, which means Belvo is unable to create new links or retrieve new data.",
                    category=_C.INSTITUTION_UNAVAILABLE,
                    sources=(
                        _S["belvo-support-errors-pt"],
                        _S["belvo-openapi-errors-40x-es"],
                        _S["belvo-api-errors-readme"],
                    ),
                    retryable=True,
                    end_user_can_retry=True,
                    http=(
                        HttpStatus(
                            status=400,
                            sources=(_S["belvo-support-errors-pt"], _S["belvo-api-errors-readme"]),
                        ),
                    ),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["belvo-api-errors-readme"],),
                        ),
                        Wording(
                            field="message", by="provider", sources=(_S["belvo-api-errors-readme"],)
                        ),
                        Wording(
                            field="user_message",
                            by="provider",
                            sources=(_S["belvo-api-errors-readme"],),
                        ),
                        Wording(
                            field="user_message_translations",
                            by="provider",
                            sources=(_S["belvo-api-errors-readme"],),
                        ),
                        Wording(
                            field="advice", by="provider", sources=(_S["belvo-api-errors-readme"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/belvo/error_code/#institution_down",
                    equivalents=(
                        Equivalent(
                            provider="lean",
                            code_set="granular_status_code",
                            value="BANK_MAINTENANCE",
                            same="meaning",
                            reason="The institution's systems are down, for maintenance or a fault on its side.",
                        ),
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
                    message="The financial institution is down, try again later",
                    advice="You can retry accessing the institution later. Make sure to subscribe to our Institutions Status Page to know as soon as an institution is unavailable.",
                    user_message="The institution you tried to access is temporarily unavailable. Please come back in a bit and we will be able to process your request",
                    user_message_translations={
                        "es": "Esta institución está temporalmente inaccesible. Por favor, inténtalo de nuevo más tarde y podremos procesar tu petición",
                        "pt": "Esta instituição está temporariamente inacessível. Tente novamente mais tarde e poderemos processar sua solicitação",
                    },
                    notes="Retryable, as its own text says ('You can retry accessing the institution later'), although Belvo answers it with a 40x status and asks integrators not to retry a 40x response in general (its one named exception is the 'too many sessions' error). The widget shows it with the title 'Something went wrong' ('Ha habido un error', 'Ocorreu um erro'). Belvo also suggests leaving an institution that is down out of the widget's list of institutions. The saved copy of Belvo's pt-BR help article is cut inside this row ('The financial institution is down,').",
                ),
                CodeInfo(
                    value="already_exists",
                    description="You are trying to register a bank account providing a value that is already linked to a bank account registered in Belvo.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["belvo-api-errors-readme"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(HttpStatus(status=400, sources=(_S["belvo-api-errors-readme"],)),),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["belvo-api-errors-readme"],),
                        ),
                        Wording(
                            field="advice", by="provider", sources=(_S["belvo-api-errors-readme"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/belvo/error_code/#already_exists",
                    advice="Make a Get all bank accounts request to receive a list of all the bank accounts you have registered, filtering the results by the last four bank account digits to get the details.",
                    notes='Payment Initiation: the value is the bank account\'s PIX key or its number. Its error object holds the code under the field at fault rather than at its top ({"field": "details", "pix_key": {"value": {"message": ..., "code": "already_exists"}}}), with a message naming the bank account already registered (\'This `pix_key__value` already exists. It is linked to BankAccount: ...\'): the belvo/api-error kind reads only a top-level code.',
                ),
                CodeInfo(
                    value="already_registered",
                    description="This customer is already registered",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["belvo-openapi-konfig"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(HttpStatus(status=400, sources=(_S["belvo-openapi-konfig"],)),),
                    wording=(
                        Wording(
                            field="message", by="provider", sources=(_S["belvo-openapi-konfig"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/belvo/error_code/#already_registered",
                    message="This customer is already registered",
                    notes="Named only by Belvo's OpenAPI (Belvo API Docs 1.35.0, as Konfig's SDK repository keeps it), among the codes and messages of its validation error (Payments: a customer already registered); Belvo's errors page has no section for it.",
                ),
                CodeInfo(
                    value="cancellation_error",
                    description="Payment Intent cannot be canceled because it is not SCHEDULED",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["belvo-api-errors-readme"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=400,
                            sources=(_S["belvo-api-errors-readme"],),
                            cause="You attempted to cancel a payment intent that was not scheduled.",
                            cause_by="provider",
                        ),
                        HttpStatus(
                            status=400,
                            sources=(_S["belvo-api-errors-readme"],),
                            cause="You sent through your cancellation request past the 23:59:00 (GMT-3) cutoff time the day before the scheduled settlement date.",
                            message="Payment Intent cannot be canceled as the cutoff time (23:59:00) has passed.",
                            cause_by="provider",
                        ),
                    ),
                    wording=(
                        Wording(
                            field="message", by="provider", sources=(_S["belvo-api-errors-readme"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/belvo/error_code/#cancellation_error",
                    message="Payment Intent cannot be canceled because it is not SCHEDULED",
                    notes="Payment Initiation (Brazil): a payment intent can be cancelled only while it is scheduled, and before 23:59 (GMT-3) the day before its settlement date.",
                ),
                CodeInfo(
                    value="does_not_exist",
                    description="You sent a request where you provided a value that doesn't exist in the Belvo database.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["belvo-api-errors-readme"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(HttpStatus(status=400, sources=(_S["belvo-api-errors-readme"],)),),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["belvo-api-errors-readme"],),
                        ),
                        Wording(
                            field="advice", by="provider", sources=(_S["belvo-api-errors-readme"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/belvo/error_code/#does_not_exist",
                    advice="Check the error message to see in which field you provided an incorrect value.",
                    notes="Its message names the value sent ('Object with name=narnia does not exist.' in Belvo's example). Belvo goes on: make sure the value has no typo and should be in its database (a link not registered yet, for example).",
                ),
                CodeInfo(
                    value="duplicated",
                    description="You tried to create a link that has already been associated with your account.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["belvo-api-errors-readme"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(HttpStatus(status=400, sources=(_S["belvo-api-errors-readme"],)),),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["belvo-api-errors-readme"],),
                        ),
                        Wording(
                            field="message", by="provider", sources=(_S["belvo-api-errors-readme"],)
                        ),
                        Wording(
                            field="advice", by="provider", sources=(_S["belvo-api-errors-readme"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/belvo/error_code/#duplicated",
                    message="Link already exists",
                    advice="Query your database to find the institution_user_id and check whether the link associated link id is still valid using the Get a link's details request. If the status is not valid, then prompt your user to update their credentials by using the the Belvo widget in update mode.",
                    notes="Also sent when the end user connects an account they have already connected. The error object carries the institution_user_id of that end user at the institution, which finds the link already made; Belvo's other way is to delete that link and ask the user to connect again. The widget shows it (an image; no text published).",
                ),
                CodeInfo(
                    value="null",
                    description="You made a request without providing data in a required field.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["belvo-api-errors-readme"], _S["belvo-openapi-konfig"]),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(status=400, sources=(_S["belvo-api-errors-readme"],)),
                        HttpStatus(
                            status=400,
                            sources=(_S["belvo-api-errors-readme"], _S["belvo-openapi-konfig"]),
                            cause="You sent a request with an empty string for a required field.",
                            message="This field may not be blank.",
                            cause_by="provider",
                        ),
                    ),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["belvo-api-errors-readme"],),
                        ),
                        Wording(
                            field="message", by="provider", sources=(_S["belvo-api-errors-readme"],)
                        ),
                        Wording(
                            field="advice", by="provider", sources=(_S["belvo-api-errors-readme"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/belvo/error_code/#null",
                    message="This field may not be null.",
                    advice="Check the error message to see which field you need to provide. If you're not sure what information to provide or the format, just check our API reference documentation.",
                    notes="Belvo's errors page has a section '400 blank' for a required field sent as an empty string, whose example error carries this code with the message 'This field may not be blank.'; Belvo's OpenAPI lists that message among those of its validation error, whose codes it names as null, does_not_exist, required and already_registered. No source shows a code 'blank'.",
                ),
                CodeInfo(
                    value="institution_inactive",
                    description="This error occurs when we (Belvo) have deactivated the institution in our API.",
                    category=_C.INSTITUTION_UNAVAILABLE,
                    sources=(_S["belvo-api-errors-readme"],),
                    retryable=True,
                    end_user_can_retry=True,
                    http=(HttpStatus(status=400, sources=(_S["belvo-api-errors-readme"],)),),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["belvo-api-errors-readme"],),
                        ),
                        Wording(
                            field="message", by="provider", sources=(_S["belvo-api-errors-readme"],)
                        ),
                        Wording(
                            field="advice", by="provider", sources=(_S["belvo-api-errors-readme"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/belvo/error_code/#institution_inactive",
                    message="The institution has been temporarily deactivated",
                    advice="You can retry later, once Belvo has reactivated the institution.",
                    notes="Belvo, not the institution, has deactivated it for a time. Retryable later, as its own text says, although Belvo answers it with a 40x status and asks integrators not to retry a 40x response in general (its one named exception is the 'too many sessions' error). The widget shows it (Belvo publishes no text for it).",
                ),
                CodeInfo(
                    value="institution_unavailable",
                    description="This error occurs when the institution's website that you're trying to access is down due to maintenance or other issues, which means Belvo is unable to create new links or retrieve new data.",
                    category=_C.INSTITUTION_UNAVAILABLE,
                    sources=(_S["belvo-api-errors-readme"],),
                    retryable=True,
                    end_user_can_retry=True,
                    http=(HttpStatus(status=400, sources=(_S["belvo-api-errors-readme"],)),),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["belvo-api-errors-readme"],),
                        ),
                        Wording(
                            field="message", by="provider", sources=(_S["belvo-api-errors-readme"],)
                        ),
                        Wording(
                            field="user_message",
                            by="provider",
                            sources=(_S["belvo-api-errors-readme"],),
                        ),
                        Wording(
                            field="user_message_translations",
                            by="provider",
                            sources=(_S["belvo-api-errors-readme"],),
                        ),
                        Wording(
                            field="advice", by="provider", sources=(_S["belvo-api-errors-readme"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/belvo/error_code/#institution_unavailable",
                    message="The financial institution is unavailable",
                    advice="You can retry accessing the institution later. Make sure to subscribe to our Institutions Status Page to know as soon as an institution is unavailable.",
                    user_message="The institution you tried to access is temporarily unavailable. Please come back in a bit and we will be able to process your request.",
                    user_message_translations={
                        "es": "Esta institución está temporalmente inaccesible. Por favor, inténtalo de nuevo más tarde y podremos procesar tu petición",
                        "pt": "O serviço está temporariamente inacessível. Tente novamente mais tarde e poderemos processar sua solicitação",
                    },
                    notes="Belvo gives it the same cause and solution as institution_down. Retryable, as its own text says, although Belvo answers it with a 40x status and asks integrators not to retry a 40x response in general (its one named exception is the 'too many sessions' error). The widget shows it with the title 'Something went wrong' ('Ha habido un error', 'Ocorreu um erro').",
                ),
                CodeInfo(
                    value="invalid",
                    description="You sent a request where you provided a value in an invalid format.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["belvo-api-errors-readme"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(HttpStatus(status=400, sources=(_S["belvo-api-errors-readme"],)),),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["belvo-api-errors-readme"],),
                        ),
                        Wording(
                            field="advice", by="provider", sources=(_S["belvo-api-errors-readme"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/belvo/error_code/#invalid",
                    advice="Check the error message to see which field is invalid and why. Then, if you need more information, check our API docs to know what the valid format for the field is.",
                    notes="Its message names the fault: Belvo's examples are 'Date has wrong format. Use one of these formats instead: YYYY-MM-DD.', a link id that 'is not a valid UUID', 'The institution only supports the following resources: {1}, {2}' (fetch_resources), and for Payments a terminal_id or form_id that 'is invalid, try again or contact Belvo's support.', whose error object holds the code under that field ({\"terminal_id\": [{\"message\": ..., \"code\": \"invalid\"}]}). Login credentials in the wrong format are among its causes. invalid is also a Link status: classify without a code set reads this error code first, so a link's status is read with code_set='link_status'.",
                ),
                CodeInfo(
                    value="invalid_choice",
                    description="You made a request where in one of the fields you provided a value that wasn't valid (for example, it may only accept certain strings, much like an enum).",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["belvo-api-errors-readme"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(HttpStatus(status=400, sources=(_S["belvo-api-errors-readme"],)),),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["belvo-api-errors-readme"],),
                        ),
                        Wording(
                            field="advice", by="provider", sources=(_S["belvo-api-errors-readme"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/belvo/error_code/#invalid_choice",
                    advice="Check the error message to see in which field you provided an incorrect value. Then check our documentation to see what value you should provide for this field.",
                    notes="Its message names the value sent ('\"Dominik\" is not a valid choice.' in Belvo's example).",
                ),
                CodeInfo(
                    value="invalid_credentials_storage",
                    description="You made a request where for a recurrent link you set the credentials_storage parameter to nostore or to a date range between 1d to 365d.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["belvo-api-errors-readme"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(HttpStatus(status=400, sources=(_S["belvo-api-errors-readme"],)),),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["belvo-api-errors-readme"],),
                        ),
                        Wording(
                            field="message", by="provider", sources=(_S["belvo-api-errors-readme"],)
                        ),
                        Wording(
                            field="advice", by="provider", sources=(_S["belvo-api-errors-readme"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/belvo/error_code/#invalid_credentials_storage",
                    message="Recurrent links must store the credentials",
                    advice="If you want to create a recurrent link, change the value of credentials_storage to store.",
                    notes="Belvo's other way: for a single link that stores no credentials, set access_mode to single.",
                ),
                CodeInfo(
                    value="invalid_fetch_resources",
                    description="Single links without stored credentials must fetch resources",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["belvo-api-errors-readme"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(HttpStatus(status=400, sources=(_S["belvo-api-errors-readme"],)),),
                    wording=(
                        Wording(
                            field="message", by="provider", sources=(_S["belvo-api-errors-readme"],)
                        ),
                        Wording(
                            field="advice", by="provider", sources=(_S["belvo-api-errors-readme"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/belvo/error_code/#invalid_fetch_resources",
                    message="Single links without stored credentials must fetch resources",
                    advice="List the resources you want to retrieve in the fetch_resources parameter.",
                    notes="Sent when a link is created with credentials_storage nostore and no resource in fetch_resources: a link whose credentials are not stored must fetch at least one resource.",
                ),
                CodeInfo(
                    value="invalid_access_mode_switch",
                    description="This error occurs when you try to update a link from single to recurrent, but there are no login credentials stored for the user.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["belvo-openapi-konfig"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(HttpStatus(status=400, sources=(_S["belvo-openapi-konfig"],)),),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["belvo-openapi-konfig"],),
                        ),
                        Wording(
                            field="message", by="provider", sources=(_S["belvo-openapi-konfig"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/belvo/error_code/#invalid_access_mode_switch",
                    message="This link doesn't have stored credentials hence it can't be switched to recurrent mode\"",
                    notes="Named by Belvo's OpenAPI (InvalidAccessMode, Belvo API Docs 1.35.0 as Konfig's SDK repository keeps it), which links to a section of Belvo's errors page that the copy read lacks. The message ends with a stray double quote, kept as published; the schema's example code, invalid_link, is a slip.",
                ),
                CodeInfo(
                    value="invalid_link",
                    description="This error when you try to access an account but the user credentials are no longer valid, prompting an error from the institution.",
                    category=_C.RECONNECT_REQUIRED,
                    sources=(_S["belvo-api-errors-readme"],),
                    retryable=False,
                    end_user_can_retry=True,
                    http=(HttpStatus(status=400, sources=(_S["belvo-api-errors-readme"],)),),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["belvo-api-errors-readme"],),
                        ),
                        Wording(
                            field="message", by="provider", sources=(_S["belvo-api-errors-readme"],)
                        ),
                        Wording(
                            field="advice", by="provider", sources=(_S["belvo-api-errors-readme"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/belvo/error_code/#invalid_link",
                    message="The link has been invalidated. You may need to update link credentials",
                    advice="Ask your user to provide their updated credentials. To make things easier, we highly recommend you use our Widget in Update Mode.",
                    notes="Belvo: a Link's status changes from valid to invalid after six unsuccessful POST requests. Not shown in the widget.",
                ),
                CodeInfo(
                    value="invalid_period",
                    description="This error occurs when you request incomes for a link within a given date range, however, the period between date_from and date_to is less than 90 days.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["belvo-api-errors-readme"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(HttpStatus(status=400, sources=(_S["belvo-api-errors-readme"],)),),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["belvo-api-errors-readme"],),
                        ),
                        Wording(
                            field="message", by="provider", sources=(_S["belvo-api-errors-readme"],)
                        ),
                        Wording(
                            field="advice", by="provider", sources=(_S["belvo-api-errors-readme"],)
                        ),
                    ),
                    page="reference/belvo/error_code/#invalid_period",
                    message="The number of days between date_from and date_to must be at least 90 days",
                    advice="Make sure that the period between date_from and date_to is equal to or greater than 90 days.",
                ),
                CodeInfo(
                    value="max_digits",
                    description="You sent a request with the wrong amount format.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["belvo-api-errors-readme"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(HttpStatus(status=400, sources=(_S["belvo-api-errors-readme"],)),),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["belvo-api-errors-readme"],),
                        ),
                        Wording(
                            field="message", by="provider", sources=(_S["belvo-api-errors-readme"],)
                        ),
                        Wording(
                            field="advice", by="provider", sources=(_S["belvo-api-errors-readme"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/belvo/error_code/#max_digits",
                    message="Ensure that there are no more than 12 digits in total.",
                    advice="Check the error message to see why the amount format is invalid. If you're not sure what information to provide or the format, just check our API reference documentation to know what the valid format for the field is.",
                    notes="Payment Initiation: the amount has too many digits.",
                ),
                CodeInfo(
                    value="max_decimal_places",
                    description="You sent a request with the wrong amount format.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["belvo-api-errors-readme"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(HttpStatus(status=400, sources=(_S["belvo-api-errors-readme"],)),),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["belvo-api-errors-readme"],),
                        ),
                        Wording(
                            field="message", by="provider", sources=(_S["belvo-api-errors-readme"],)
                        ),
                        Wording(
                            field="advice", by="provider", sources=(_S["belvo-api-errors-readme"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/belvo/error_code/#max_decimal_places",
                    message="Ensure that there are no more than 2 decimal places.",
                    advice="Check the error message to see why the amount format is invalid. If you're not sure what information to provide or the format, just check our API reference documentation to know what the valid format for the field is.",
                    notes="Payment Initiation: the amount has too many decimal places.",
                ),
                CodeInfo(
                    value="min_value",
                    description="You sent a request with the wrong amount format.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["belvo-api-errors-readme"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(HttpStatus(status=400, sources=(_S["belvo-api-errors-readme"],)),),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["belvo-api-errors-readme"],),
                        ),
                        Wording(
                            field="message", by="provider", sources=(_S["belvo-api-errors-readme"],)
                        ),
                        Wording(
                            field="advice", by="provider", sources=(_S["belvo-api-errors-readme"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/belvo/error_code/#min_value",
                    message="Ensure this value is greater than or equal to 0.01.",
                    advice="Check the error message to see why the amount format is invalid. If you're not sure what information to provide or the format, just check our API reference documentation to know what the valid format for the field is.",
                    notes="Payment Initiation: the amount is below the least allowed.",
                ),
                CodeInfo(
                    value="not_a_list",
                    description="You sent a request where instead of sending an array of data, you sent through just a list.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["belvo-api-errors-readme"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(HttpStatus(status=400, sources=(_S["belvo-api-errors-readme"],)),),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["belvo-api-errors-readme"],),
                        ),
                        Wording(
                            field="message", by="provider", sources=(_S["belvo-api-errors-readme"],)
                        ),
                        Wording(
                            field="advice", by="provider", sources=(_S["belvo-api-errors-readme"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/belvo/error_code/#not_a_list",
                    message='Expected a list but got type "str".',
                    advice="Check your JSON request and consult our documentation to see which field should be an array.",
                    notes="Belvo's example error writes this message between single quotes, which is not JSON; the message is given here without them.",
                ),
                CodeInfo(
                    value="parse_error",
                    description="You sent a request with invalid JSON.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["belvo-api-errors-readme"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(HttpStatus(status=400, sources=(_S["belvo-api-errors-readme"],)),),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["belvo-api-errors-readme"],),
                        ),
                        Wording(
                            field="advice", by="provider", sources=(_S["belvo-api-errors-readme"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/belvo/error_code/#parse_error",
                    advice="Check the JSON payload (perhaps you're just missing a comma or quotation mark) and try again.",
                    notes="Its message says where the JSON failed ('JSON parse error - Expecting property name enclosed in double quotes: line 3 column 1 (char 54)' in Belvo's example).",
                ),
                CodeInfo(
                    value="session_expired",
                    description="This error occurs when you try to resume a request session that has already expired. This is usually because the user took too long to provide their authentication token.",
                    category=_C.SESSION_EXPIRED,
                    sources=(_S["belvo-api-errors-readme"],),
                    retryable=False,
                    end_user_can_retry=True,
                    http=(HttpStatus(status=400, sources=(_S["belvo-api-errors-readme"],)),),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["belvo-api-errors-readme"],),
                        ),
                        Wording(
                            field="message", by="provider", sources=(_S["belvo-api-errors-readme"],)
                        ),
                        Wording(
                            field="user_message",
                            by="provider",
                            sources=(_S["belvo-api-errors-readme"],),
                        ),
                        Wording(
                            field="user_message_translations",
                            by="provider",
                            sources=(_S["belvo-api-errors-readme"],),
                        ),
                        Wording(
                            field="advice", by="provider", sources=(_S["belvo-api-errors-readme"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/belvo/error_code/#session_expired",
                    message="The session you are trying to resume has expired, please start again from register/retrieve endpoint",
                    advice="Unfortunately, you'll need to start the entire login process with your user again.",
                    user_message="Please try again to link your account as the session with this institution just expired",
                    user_message_translations={
                        "es": "Por favor, ingresa de nuevo tus credenciales ya que la sesión con esta institución ha expirado",
                        "pt": "A sessão com essa instituição expirou. Por favor, digite suas credenciais novamente",
                    },
                    notes="The time the user has to enter their token is the expiry (in seconds) of the 428 token_required response. The widget shows it with the title 'Please try again!' ('Por favor, ingresa de nuevo', 'Por favor, faça login novamente').",
                ),
                CodeInfo(
                    value="session_expired_ob",
                    description="The widget's session expired before the end user went on to their institution, or the widget was opened with an access token made for another user.",
                    category=_C.SESSION_EXPIRED,
                    sources=(_S["belvo-api-errors-readme"],),
                    retryable=False,
                    end_user_can_retry=True,
                    http=(HttpStatus(status=400, sources=(_S["belvo-api-errors-readme"],)),),
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(
                            field="user_message",
                            by="provider",
                            sources=(_S["belvo-api-errors-readme"],),
                        ),
                        Wording(
                            field="user_message_translations",
                            by="provider",
                            sources=(_S["belvo-api-errors-readme"],),
                        ),
                        Wording(
                            field="advice", by="provider", sources=(_S["belvo-api-errors-readme"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/belvo/error_code/#session_expired_ob",
                    editorial=True,
                    advice="Unfortunately, you'll need to start the widget process with your user again.",
                    user_message="Your connection session expired, please refresh the page to try again to link your account",
                    user_message_translations={
                        "pt": "Sua sessão expirou, atualize a página e tente vincular sua conta novamente."
                    },
                    notes="Belvo lists three causes: the widget's access_token was not used within its ten minutes; an access_token made for another user, who already created a link, was used; the user did not press the widget's 'Ir para a instituição' (Go to the institution) button within 60 seconds. Its example error carries no message. The widget shows it with the title 'Session expired' ('Sessão expirada'); Belvo publishes no Spanish text for it.",
                ),
                CodeInfo(
                    value="too_many_sessions",
                    description="A user is attempting to log in to their institution via Belvo while also already being logged in to their institution on a web browser or mobile app.",
                    category=_C.CONCURRENT_OPERATION,
                    sources=(_S["belvo-api-errors-readme"], _S["belvo-openapi-errors-40x-es"]),
                    retryable=True,
                    end_user_can_retry=True,
                    http=(HttpStatus(status=400, sources=(_S["belvo-api-errors-readme"],)),),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["belvo-api-errors-readme"],),
                        ),
                        Wording(
                            field="message", by="provider", sources=(_S["belvo-api-errors-readme"],)
                        ),
                        Wording(
                            field="user_message",
                            by="provider",
                            sources=(_S["belvo-api-errors-readme"],),
                        ),
                        Wording(
                            field="user_message_translations",
                            by="provider",
                            sources=(_S["belvo-api-errors-readme"],),
                        ),
                        Wording(
                            field="advice", by="provider", sources=(_S["belvo-api-errors-readme"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/belvo/error_code/#too_many_sessions",
                    message="Impossible to login, a session is already opened with the institution for these credentials",
                    advice="Waiting 120 seconds and retrying your request, ensuring that Belvo has finished the data scraping process.",
                    user_message="It seems you are logged in to your account with another device. This institution only allows one logged in session at a time. Log out and try linking your account again.",
                    user_message_translations={
                        "es": "Parece que ya hay una sesión abierta en esta institución con tu usuario. Esta institución solo permite una sesión abierta a la vez.",
                        "pt": "Parece que já existe uma sessão aberta nesta instituição com seu usuário. Esta instituição permite apenas uma sessão aberta por vez",
                    },
                    notes="The one 40x error Belvo asks integrators to retry, with the policy of its 50x errors ('Demasiadas Sesiones' in its Spanish reference). It is also sent for a request made while Belvo is still reading the institution's data for that user; Belvo's other step is to ask the user to close their web and app sessions with the institution. The widget shows it with the title 'A session is already open' ('Demasiadas sesiones abiertas', 'Muitas sessões abertas').",
                    wait_seconds=120,
                    fact_sources={"wait_seconds": ("belvo-api-errors-readme",)},
                ),
                CodeInfo(
                    value="unavailable_data",
                    description="This error occurs when your request was correctly formed and sent, however, the institution did not return any data for your request.",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["belvo-api-errors-readme"],),
                    retryable=True,
                    end_user_can_retry=True,
                    http=(HttpStatus(status=400, sources=(_S["belvo-api-errors-readme"],)),),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["belvo-api-errors-readme"],),
                        ),
                        Wording(
                            field="message", by="provider", sources=(_S["belvo-api-errors-readme"],)
                        ),
                        Wording(
                            field="advice", by="provider", sources=(_S["belvo-api-errors-readme"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/belvo/error_code/#unavailable_data",
                    message="The institution did not return any data for the request.",
                    advice="We recommend first checking our Institution Status Page to see if there is any incident with the institution that is prohibiting data extraction. If no incidents are active for the institution, you can retry the request. If you keep getting this error, contact our support team, making sure to include the request_id that you receive in the message.",
                    notes="Retryable where no incident is reported for the institution, as its own text says, although Belvo answers it with a 40x status and asks integrators not to retry a 40x response in general (its one named exception is the 'too many sessions' error).",
                ),
                CodeInfo(
                    value="unconfirmed_link",
                    description="This error occurs when you try to access a link that was paused previously (and as such is not active now).",
                    category=_C.MFA_REQUIRED,
                    sources=(_S["belvo-api-errors-readme"],),
                    retryable=False,
                    end_user_can_retry=True,
                    http=(HttpStatus(status=400, sources=(_S["belvo-api-errors-readme"],)),),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["belvo-api-errors-readme"],),
                        ),
                        Wording(
                            field="message", by="provider", sources=(_S["belvo-api-errors-readme"],)
                        ),
                        Wording(
                            field="advice", by="provider", sources=(_S["belvo-api-errors-readme"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/belvo/error_code/#unconfirmed_link",
                    message="The link creation has not been completed yet",
                    advice="Ask your user to provide an MFA token through our widget in update mode to complete a first login. After the user successfully completes the process, you will be able to retrieve data.",
                    notes="Belvo: a link is unconfirmed when the user has not completed its creation (they might not provide a valid MFA token, for example); the Link's status is then unconfirmed (Belvo's note writes unconfirmed_link). Not shown in the widget.",
                ),
                CodeInfo(
                    value="unsupported_operation",
                    description="You try to access some data operation that Belvo does not support for an institution.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["belvo-api-errors-readme"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(status=400, sources=(_S["belvo-api-errors-readme"],)),
                        HttpStatus(
                            status=400,
                            sources=(_S["belvo-api-errors-readme"],),
                            message="For single links, you must set fetch_historical to true when using the resources request parameter.",
                        ),
                    ),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["belvo-api-errors-readme"],),
                        ),
                        Wording(
                            field="message", by="provider", sources=(_S["belvo-api-errors-readme"],)
                        ),
                        Wording(
                            field="user_message",
                            by="provider",
                            sources=(_S["belvo-api-errors-readme"],),
                        ),
                        Wording(
                            field="user_message_translations",
                            by="provider",
                            sources=(_S["belvo-api-errors-readme"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/belvo/error_code/#unsupported_operation",
                    message="The resource you are trying to access is not supported by this institution",
                    user_message="There was an error with your request. Please try again, and if the problem persists, we will try to fix it as soon as possible",
                    user_message_translations={
                        "es": "Hemos tenido un error con tu petición. Por favor, inténtalo de nuevo y si el problema persiste, lo arreglaremos lo más pronto posible",
                        "pt": "Ocorreu um erro com a sua solicitação. Tente novamente e, se o problema persistir, o corrigiremos o mais breve possível",
                    },
                    user_message_offered=False,
                    notes="Also sent for a request that breaks a business rule (fetch_resources on a single link without fetch_historical). Belvo asks the integrator to make sure the resource is supported for that institution and the request fulfils the business rules. Belvo's widget text (title 'Something went wrong') asks the user to try again, which does not help here, as the request itself must change: it is not offered to the end user. Belvo's table marks the code as not reflected in the widget while giving that text.",
                ),
                CodeInfo(
                    value="validation_error",
                    description="The credentials provided did not match the expected fields, leading to a field validation error from the institution.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["belvo-api-errors-readme"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(HttpStatus(status=400, sources=(_S["belvo-api-errors-readme"],)),),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["belvo-api-errors-readme"],),
                        ),
                        Wording(
                            field="message", by="provider", sources=(_S["belvo-api-errors-readme"],)
                        ),
                        Wording(
                            field="advice", by="provider", sources=(_S["belvo-api-errors-readme"],)
                        ),
                    ),
                    page="reference/belvo/error_code/#validation_error",
                    message="Bad request",
                    advice="Get the details for the institution using our Institutions endpoint and check the form_fields object for information on what fields need to be provided and their format.",
                ),
                CodeInfo(
                    value="authentication_failed",
                    description="This error occurs when you try to make an API call using incorrect Belvo API credentials (either your secret key or secret password, or both, are incorrect).",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["belvo-api-errors-readme"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(HttpStatus(status=401, sources=(_S["belvo-api-errors-readme"],)),),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["belvo-api-errors-readme"],),
                        ),
                        Wording(
                            field="message", by="provider", sources=(_S["belvo-api-errors-readme"],)
                        ),
                        Wording(
                            field="advice", by="provider", sources=(_S["belvo-api-errors-readme"],)
                        ),
                    ),
                    page="reference/belvo/error_code/#authentication_failed",
                    message="Invalid Secret Keys",
                    advice="Check the credentials that you are using against the ones in your dashboard. Perhaps you're using your sandbox credentials to access production data (or vice versa).",
                ),
                CodeInfo(
                    value="consent_without_accounts",
                    description="This error occurs when your user has removed accounts associated with the consent they provided.",
                    category=_C.RECONNECT_REQUIRED,
                    sources=(_S["belvo-api-errors-readme"],),
                    retryable=False,
                    end_user_can_retry=True,
                    http=(HttpStatus(status=401, sources=(_S["belvo-api-errors-readme"],)),),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["belvo-api-errors-readme"],),
                        ),
                        Wording(
                            field="message", by="provider", sources=(_S["belvo-api-errors-readme"],)
                        ),
                        Wording(
                            field="advice", by="provider", sources=(_S["belvo-api-errors-readme"],)
                        ),
                    ),
                    page="reference/belvo/error_code/#consent_without_accounts",
                    message="Information cannot be retrieved as the consent has no associated accounts",
                    advice="Reach out to your user to confirm whether they have removed their account and ask them to generate a new consent at their current institution.",
                ),
                CodeInfo(
                    value="access_to_production_denied",
                    description="This error occurs when you try to access Belvo's production environment without the correct permissions.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["belvo-api-errors-readme"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(HttpStatus(status=403, sources=(_S["belvo-api-errors-readme"],)),),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["belvo-api-errors-readme"],),
                        ),
                        Wording(
                            field="message", by="provider", sources=(_S["belvo-api-errors-readme"],)
                        ),
                        Wording(
                            field="advice", by="provider", sources=(_S["belvo-api-errors-readme"],)
                        ),
                    ),
                    page="reference/belvo/error_code/#access_to_production_denied",
                    message="You don’t have access to production API.",
                    advice="Contact our sales team to request access to production environment.",
                ),
                CodeInfo(
                    value="access_to_resource_denied",
                    description="This error occurs when you try to access a Belvo's resource without the correct permissions.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["belvo-api-errors-readme"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(HttpStatus(status=403, sources=(_S["belvo-api-errors-readme"],)),),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["belvo-api-errors-readme"],),
                        ),
                        Wording(
                            field="message", by="provider", sources=(_S["belvo-api-errors-readme"],)
                        ),
                        Wording(
                            field="advice", by="provider", sources=(_S["belvo-api-errors-readme"],)
                        ),
                    ),
                    page="reference/belvo/error_code/#access_to_resource_denied",
                    message="You don't have access to this resource.",
                    advice="Contact our sales team to request access to this resource.",
                ),
                CodeInfo(
                    value="permission_denied",
                    description="This error occurs when we (Belvo) are forbidden to access a certain resource in the institution, or you have exceeded your request limit.",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["belvo-api-errors-readme"],),
                    retryable=True,
                    end_user_can_retry=True,
                    http=(HttpStatus(status=403, sources=(_S["belvo-api-errors-readme"],)),),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["belvo-api-errors-readme"],),
                        ),
                        Wording(
                            field="advice", by="provider", sources=(_S["belvo-api-errors-readme"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/belvo/error_code/#permission_denied",
                    advice="If you were able to access this resource previously, retry later. We (Belvo) actively monitor these errors and assign engineers to correct the situation as soon as possible.",
                    notes="Belvo publishes no example body for it. Retryable later, as its own text says, although Belvo answers it with a 40x status and asks integrators not to retry a 40x response in general (its one named exception is the 'too many sessions' error). Belvo's rate limit (over 80 requests in 30 seconds from one IP address) answers 403 with an HTML page and no code.",
                    next_step="retry_later",
                    fact_sources={"next_step": ("belvo-api-errors-readme",)},
                ),
                CodeInfo(
                    value="quota_limit_reached",
                    description="This error occurs when you have exceeded the Link limit in the development environment.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["belvo-api-errors-readme"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(HttpStatus(status=403, sources=(_S["belvo-api-errors-readme"],)),),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["belvo-api-errors-readme"],),
                        ),
                        Wording(
                            field="message", by="provider", sources=(_S["belvo-api-errors-readme"],)
                        ),
                        Wording(
                            field="advice", by="provider", sources=(_S["belvo-api-errors-readme"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/belvo/error_code/#quota_limit_reached",
                    message="The quota limit has been reached.",
                    advice="To keep using the development environment, you need to delete enough Links to be below the environment's limit.",
                    notes="Only in Belvo's development environment.",
                ),
                CodeInfo(
                    value="not_found",
                    description="Not found.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["belvo-api-errors-readme"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(HttpStatus(status=404, sources=(_S["belvo-api-errors-readme"],)),),
                    wording=(
                        Wording(
                            field="message", by="provider", sources=(_S["belvo-api-errors-readme"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/belvo/error_code/#not_found",
                    message="Not found.",
                    notes="Belvo's causes: a wrong URL; an id (of a link, an account, a transaction...) not associated with the integrator's Belvo account; or a link whose credentials were not stored (credentials_storage no_store or 30d) and are no longer kept, for which the user must connect their account again. Belvo's OpenAPI writes the message without the full stop.",
                ),
                CodeInfo(
                    value="expired_credentials",
                    description="The credentials of this link have expired",
                    category=_C.RECONNECT_REQUIRED,
                    sources=(_S["belvo-api-errors-readme"],),
                    retryable=False,
                    end_user_can_retry=True,
                    http=(HttpStatus(status=404, sources=(_S["belvo-api-errors-readme"],)),),
                    wording=(
                        Wording(
                            field="message", by="provider", sources=(_S["belvo-api-errors-readme"],)
                        ),
                        Wording(
                            field="advice", by="provider", sources=(_S["belvo-api-errors-readme"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/belvo/error_code/#expired_credentials",
                    message="The credentials of this link have expired",
                    advice="In the case where the link was created with the credentials_storage was set to no_store or 30d, you'll need to ask the user to re-connect their account.",
                    notes="Belvo shows it as the 'Credential not found' example of its 404 section: a link whose credentials Belvo no longer keeps.",
                ),
                CodeInfo(
                    value="method_not_allowed",
                    description="This error occurs when you try to use an API method that is not allowed for the given resource (for example, a PATCH request for Fiscal endpoints).",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["belvo-api-errors-readme"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(HttpStatus(status=405, sources=(_S["belvo-api-errors-readme"],)),),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["belvo-api-errors-readme"],),
                        ),
                        Wording(
                            field="advice", by="provider", sources=(_S["belvo-api-errors-readme"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/belvo/error_code/#method_not_allowed",
                    advice="Double check what methods are allowed for the given resource in our API Reference Documentation.",
                    notes="Its message names the method ('Method \"PATCH\" not allowed.' in Belvo's example).",
                ),
                CodeInfo(
                    value="request_timeout",
                    description="Belvo has a limit regarding the time it takes to log in, retrieve account data, and log out, which is set to five (5) minutes. A timeout occurs when there is a very large amount of data and everything could not be obtained within the allotted time.",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["belvo-api-errors-readme"],),
                    retryable=True,
                    end_user_can_retry=True,
                    http=(HttpStatus(status=408, sources=(_S["belvo-api-errors-readme"],)),),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["belvo-api-errors-readme"],),
                        ),
                        Wording(
                            field="message", by="provider", sources=(_S["belvo-api-errors-readme"],)
                        ),
                        Wording(
                            field="user_message",
                            by="provider",
                            sources=(_S["belvo-api-errors-readme"],),
                        ),
                        Wording(
                            field="user_message_translations",
                            by="provider",
                            sources=(_S["belvo-api-errors-readme"],),
                        ),
                        Wording(
                            field="advice", by="provider", sources=(_S["belvo-api-errors-readme"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/belvo/error_code/#request_timeout",
                    message="The request timed out, you can retry asking for less data by changing your query parameters",
                    advice="When a timeout occurs, our API still saves as much data as it could retrieve. So, you can try making the same request again and recover all the data successfully.",
                    user_message="The response took too long and the connection could not be established successfully. Please try again in a few minutes.",
                    user_message_translations={
                        "es": "El tiempo de respuesta ha sido demasiado largo y la conexión no se ha podido establecer. Por favor, inténtalo de nuevo en unos minutos.",
                        "pt": "O tempo de resposta está demorando mais do que o normal e a conexão não pode ser estabelecida. Por favor, tente novamente em alguns minutos.",
                    },
                    notes="Retryable, as its own text says, although Belvo answers it with a 40x status and asks integrators not to retry a 40x response in general (its one named exception is the 'too many sessions' error). Belvo asks to be told, with the request_ids, of timeouts for several links or of three for the same link. Belvo's table marks it as not reflected in the widget while giving its widget text (title 'The connection has timed out', 'La conexión ha expirado', 'Tempo limite de conexão atingido').",
                ),
                CodeInfo(
                    value="activation_required",
                    description="This error occurs when the user has not activated their internet banking access.",
                    category=_C.ACTION_REQUIRED_AT_INSTITUTION,
                    sources=(_S["belvo-api-errors-readme"],),
                    retryable=False,
                    end_user_can_retry=True,
                    http=(HttpStatus(status=428, sources=(_S["belvo-api-errors-readme"],)),),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["belvo-api-errors-readme"],),
                        ),
                        Wording(
                            field="message", by="provider", sources=(_S["belvo-api-errors-readme"],)
                        ),
                        Wording(
                            field="advice", by="provider", sources=(_S["belvo-api-errors-readme"],)
                        ),
                    ),
                    page="reference/belvo/error_code/#activation_required",
                    message="This user doesn't have web access activated yet.",
                    advice="Ask the user to first activate their internet banking access and then ask them to connect their account again.",
                ),
                CodeInfo(
                    value="token_required",
                    description="This error occurs when the institution requires MFA to log in.",
                    category=_C.MFA_REQUIRED,
                    sources=(
                        _S["belvo-api-errors-readme"],
                        _S["belvo-openapi-konfig"],
                        _S["belvo-docs-handling-mfa"],
                    ),
                    retryable=False,
                    end_user_can_retry=True,
                    http=(
                        HttpStatus(
                            status=428,
                            sources=(_S["belvo-api-errors-readme"], _S["belvo-docs-handling-mfa"]),
                        ),
                    ),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["belvo-api-errors-readme"],),
                        ),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(
                                _S["belvo-api-errors-readme"],
                                _S["belvo-openapi-konfig"],
                                _S["belvo-docs-handling-mfa"],
                            ),
                        ),
                        Wording(
                            field="user_message",
                            by="provider",
                            sources=(_S["belvo-api-errors-readme"],),
                        ),
                        Wording(
                            field="user_message_translations",
                            by="provider",
                            sources=(_S["belvo-api-errors-readme"],),
                        ),
                        Wording(
                            field="advice", by="provider", sources=(_S["belvo-api-errors-readme"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/belvo/error_code/#token_required",
                    message="A MFA token is required by the institution to login",
                    advice="See our article on how to handle MFA. However, we highly recommend you use our Connect Widget as we'll handle these types of errors for you and walk your user through the steps to provide their authentication token.",
                    user_message="It looks like the token has expired, generate a new one and try again.",
                    user_message_translations={
                        "es": "Es probable que el token haya caducado, genera uno nuevo y vuelve a intentarlo",
                        "pt": "É provável que o token tenha expirado, gere um novo e tente novamente",
                    },
                    user_message_offered=False,
                    notes="The MFA step, not a failure: the error object carries the session to resume, its expiry in seconds, the link and token_generation_data (how to generate the token), and the request is resumed with the token and that session before it expires. Belvo's widget texts (title 'Invalid token', 'Token inválido') are shown when a token entered is wrong or expired, not when one is first asked for, so they are not offered to the end user for this code. token_required is also a Link status and a LINK webhook code, all three MFA required.",
                ),
                CodeInfo(
                    value="service_unavailable",
                    description="This error occurs when we (Belvo) have encountered an internal system error (sorry about that).",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["belvo-api-errors-readme"], _S["belvo-openapi-50x-errors"]),
                    retryable=True,
                    end_user_can_retry=True,
                    http=(HttpStatus(status=500, sources=(_S["belvo-api-errors-readme"],)),),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["belvo-api-errors-readme"],),
                        ),
                        Wording(
                            field="message", by="provider", sources=(_S["belvo-api-errors-readme"],)
                        ),
                        Wording(
                            field="advice", by="provider", sources=(_S["belvo-api-errors-readme"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/belvo/error_code/#service_unavailable",
                    message="Belvo is unable to process the request due to an internal system issue or to an unsupported response from an institution",
                    advice="You can retry later. If you keep getting this error, contact our support team, making sure to include the request_id that you receive in the message.",
                    notes="Belvo asks integrators to retry a 50x response with an exponential backoff: up to five retries, the first after three seconds, each interval twice the one before. Not shown in the widget.",
                ),
            ),
        ),
        {},
    )
    return ErrorCode


def _LinkStatus() -> type[CodeEnum]:
    class LinkStatus(CodeEnum):
        """Link status: The current status of a link (Belvo's encrypted set of an end user's credentials to one institution).

        Wire field: status (the Link object)."""

        valid = "valid"
        invalid = "invalid"
        unconfirmed = "unconfirmed"
        token_required = "token_required"

    register(
        LinkStatus,
        lambda: (
            CodeSetInfo(
                provider="belvo",
                id="link_status",
                title="Link status",
                description="The current status of a link (Belvo's encrypted set of an end user's credentials to one institution).",
                field="status (the Link object)",
                states=True,
                sources=(_S["belvo-link-schema"],),
            ),
            (
                CodeInfo(
                    value="valid",
                    description="The link works: Belvo can use it to access the institution.",
                    category=_C.SUCCESS,
                    sources=(_S["belvo-link-schema"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/belvo/link_status/#valid",
                    editorial=True,
                    notes="Belvo's Link schema lists the value without defining it; the description is bankcodes' reading.",
                ),
                CodeInfo(
                    value="invalid",
                    description="The link no longer works with the credentials Belvo holds.",
                    category=_C.RECONNECT_REQUIRED,
                    sources=(_S["belvo-link-schema"], _S["belvo-api-errors-readme"]),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/belvo/link_status/#invalid",
                    editorial=True,
                    notes="Belvo's Link schema lists the value without defining it; bankcodes reads it as a link the end user must update (Belvo's LINK webhooks ask for new credentials through the Connect widget's update mode), hence reconnect required. Belvo's errors page: a Link's status changes from valid to invalid after six unsuccessful POST requests (its invalid_link error).",
                ),
                CodeInfo(
                    value="unconfirmed",
                    description="The link's creation has not been confirmed.",
                    category=_C.PENDING,
                    sources=(_S["belvo-link-schema"], _S["belvo-api-errors-readme"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/belvo/link_status/#unconfirmed",
                    editorial=True,
                    notes="Belvo's Link schema lists the value without defining it. Belvo's errors page says a link is unconfirmed (it writes unconfirmed_link) when the user has not completed its creation, for example without a valid MFA token, and asks for the token through the widget's update mode (its unconfirmed_link error, MFA required).",
                ),
                CodeInfo(
                    value="token_required",
                    description="The institution requires a new MFA token for the link.",
                    category=_C.MFA_REQUIRED,
                    sources=(_S["belvo-link-schema"], _S["belvo-webhook-links"]),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/belvo/link_status/#token_required",
                    editorial=True,
                    notes="Belvo's Link schema lists the value without defining it; its LINK webhook of the same name is sent whenever a new MFA token is required by the institution to keep a recurrent link working (the saved copy is cut inside that sentence).",
                ),
            ),
        ),
        {},
    )
    return LinkStatus


def _WebhookCode() -> type[CodeEnum]:
    class WebhookCode(CodeEnum):
        """Webhook code: The event a webhook reports, within its webhook_type.

        Wire field: webhook_code (every webhook)."""

        historical_update = "historical_update"
        new_accounts_available = "new_accounts_available"
        new_transactions_available = "new_transactions_available"
        transactions_updated = "transactions_updated"
        transactions_deleted = "transactions_deleted"
        invalid_credentials = "invalid_credentials"
        token_required = "token_required"
        STATUS_UPDATE = "STATUS_UPDATE"
        OBJECT_CREATED = "OBJECT_CREATED"
        initial_inflow_update = "initial_inflow_update"
        initial_outflow_update = "initial_outflow_update"
        historical_inflow_update = "historical_inflow_update"
        historical_outflow_update = "historical_outflow_update"
        new_bills_available = "new_bills_available"
        new_owners_available = "new_owners_available"
        new_investments_available = "new_investments_available"

    register(
        WebhookCode,
        lambda: (
            CodeSetInfo(
                provider="belvo",
                id="webhook_code",
                title="Webhook code",
                description="The event a webhook reports, within its webhook_type.",
                field="webhook_code (every webhook)",
                sources=(_S["belvo-webhooks-aggregation"],),
            ),
            (
                CodeInfo(
                    value="historical_update",
                    description="Belvo has loaded the historical data of a resource for a new link, ready to be retrieved.",
                    category=_C.INFORMATIONAL,
                    sources=(
                        _S["belvo-webhook-accounts"],
                        _S["belvo-webhook-transactions"],
                        _S["belvo-webhooks-aggregation"],
                        _S["belvo-webhook-owners"],
                        _S["belvo-webhook-bills"],
                        _S["belvo-webhook-recurring-expenses"],
                        _S["belvo-webhook-risk-insights"],
                        _S["belvo-webhook-incomes"],
                        _S["belvo-webhook-investments"],
                        _S["belvo-webhook-investment-transactions"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/belvo/webhook_code/#historical_update",
                    editorial=True,
                    notes="Sent per resource (ACCOUNTS, TRANSACTIONS, OWNERS, BILLS, RECURRING_EXPENSES, RISK_INSIGHTS, INCOMES, INVESTMENTS, INVESTMENT_TRANSACTIONS) soon after a link is created, or once Belvo has analysed what a resource of fetch_resources asked for; its data counts what was found (total_accounts; total_transactions with the inflow and outflow counts and the first and last dates; total_owners, total_bills...). INVOICES webhooks carry it as their process_type only, never as their webhook_code.",
                ),
                CodeInfo(
                    value="new_accounts_available",
                    description="New accounts were found for the link since its last update.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["belvo-webhook-accounts"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/belvo/webhook_code/#new_accounts_available",
                    editorial=True,
                ),
                CodeInfo(
                    value="new_transactions_available",
                    description="New transactions are available for a banking recurrent link.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["belvo-webhook-transactions"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/belvo/webhook_code/#new_transactions_available",
                    editorial=True,
                    notes="Belvo: new transactions are those found in the institution for the link since the last update.",
                ),
                CodeInfo(
                    value="transactions_updated",
                    description="Transactions of the link were updated.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["belvo-webhooks-legacy"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/belvo/webhook_code/#transactions_updated",
                    editorial=True,
                    notes="Belvo names it (with transactions_deleted) as working for both single and recurrent links; the saved copies hold no example of it.",
                ),
                CodeInfo(
                    value="transactions_deleted",
                    description="Transactions of the link were deleted.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["belvo-webhooks-legacy"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/belvo/webhook_code/#transactions_deleted",
                    editorial=True,
                    notes="Belvo names it (with transactions_updated) as working for both single and recurrent links; the saved copies hold no example of it.",
                ),
                CodeInfo(
                    value="invalid_credentials",
                    description="The end user's credentials are no longer valid to update the recurrent link.",
                    category=_C.RECONNECT_REQUIRED,
                    sources=(_S["belvo-webhook-links"],),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(
                            field="advice", by="provider", sources=(_S["belvo-webhook-links"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/belvo/webhook_code/#invalid_credentials",
                    equivalents=(
                        Equivalent(
                            provider="lean",
                            code_set="data_api_status",
                            value="RECONNECT_REQUIRED",
                            same="action",
                            reason="An existing connection stopped working until the customer signs in to it again.",
                        ),
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
                    ),
                    editorial=True,
                    advice="Once you receive this notification, you can ask your user to update their new password using the Connect widget in Update Mode.",
                    notes="Belvo: this can happen when a user changes their bank credentials; the webhook's data carries the error (error_code login_error in Belvo's example).",
                ),
                CodeInfo(
                    value="token_required",
                    description="The institution requires a new MFA token to keep refreshing the recurrent link.",
                    category=_C.MFA_REQUIRED,
                    sources=(_S["belvo-webhook-links"],),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/belvo/webhook_code/#token_required",
                    editorial=True,
                    notes="The saved copy of Belvo's page is cut inside the sentence that introduces it; its example body is missing.",
                ),
                CodeInfo(
                    value="STATUS_UPDATE",
                    description="The status of a payment object changed.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["belvo-payments-webhooks"], _S["belvo-payments-webhooks-co"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/belvo/webhook_code/#STATUS_UPDATE",
                    editorial=True,
                ),
                CodeInfo(
                    value="OBJECT_CREATED",
                    description="A payment object was created (for BANK_ACCOUNTS: a new bank account).",
                    category=_C.INFORMATIONAL,
                    sources=(_S["belvo-payments-webhooks-co"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/belvo/webhook_code/#OBJECT_CREATED",
                    editorial=True,
                ),
                CodeInfo(
                    value="initial_inflow_update",
                    description="The last 30 days of INFLOW (received) invoices.",
                    category=_C.INFORMATIONAL,
                    sources=(
                        _S["belvo-webhook-invoices"],
                        _S["belvo-webhook-invoices-historical"],
                        _S["belvo-webhook-invoices-sat-dian"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["belvo-webhook-invoices"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/belvo/webhook_code/#initial_inflow_update",
                    notes="Sent once a fiscal recurrent link is created, when the last 30 days of invoices it received are available; its data counts them and gives the first and last invoice dates. Belvo's newest example sends it with process_type historical_update. One copy of Belvo's page spells it inital_inflow_update in its text, while its example sends initial_inflow_update.",
                ),
                CodeInfo(
                    value="initial_outflow_update",
                    description="The last 30 days of OUTFLOW (sent) invoices.",
                    category=_C.INFORMATIONAL,
                    sources=(
                        _S["belvo-webhook-invoices"],
                        _S["belvo-webhook-invoices-historical"],
                        _S["belvo-webhook-invoices-sat-dian"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["belvo-webhook-invoices"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/belvo/webhook_code/#initial_outflow_update",
                    notes="Sent once a fiscal recurrent link is created, when the last 30 days of invoices it sent are available; its data counts them and gives the first and last invoice dates. One copy of Belvo's page spells it inital_outflow_update in its text, while its example sends initial_outflow_update.",
                ),
                CodeInfo(
                    value="historical_inflow_update",
                    description="The history of the invoices a fiscal link received is available.",
                    category=_C.INFORMATIONAL,
                    sources=(
                        _S["belvo-webhook-invoices-historical"],
                        _S["belvo-webhook-invoices-sat-dian"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/belvo/webhook_code/#historical_inflow_update",
                    editorial=True,
                    notes="Belvo: 'when the last five years of inflow invoices are available'. A later copy says that for SAT up to five are sent, one per year of data, and for DIAN one, for its last year.",
                ),
                CodeInfo(
                    value="historical_outflow_update",
                    description="The history of the invoices a fiscal link sent is available.",
                    category=_C.INFORMATIONAL,
                    sources=(
                        _S["belvo-webhook-invoices-historical"],
                        _S["belvo-webhook-invoices-sat-dian"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/belvo/webhook_code/#historical_outflow_update",
                    editorial=True,
                    notes="Belvo: 'when the last five years of outflow invoices are available'. A later copy says that for SAT up to five are sent, one per year of data, and for DIAN one, for its last year.",
                ),
                CodeInfo(
                    value="new_bills_available",
                    description="The number of new bills found in the institution since the last update.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["belvo-webhook-bills"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["belvo-webhook-bills"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/belvo/webhook_code/#new_bills_available",
                    notes="Sent at the link's refresh rate, with process_type recurrent_update; its data counts the new bills.",
                ),
                CodeInfo(
                    value="new_owners_available",
                    description="The number of new owners found since the last update.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["belvo-webhook-owners"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["belvo-webhook-owners"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/belvo/webhook_code/#new_owners_available",
                    notes="Sent at the link's refresh rate; the saved copy is cut before its example.",
                ),
                CodeInfo(
                    value="new_investments_available",
                    description="The number of new accounts found in the institution since the last update.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["belvo-webhook-investments"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["belvo-webhook-investments"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/belvo/webhook_code/#new_investments_available",
                    notes="Belvo's early preview of its Investments product. Its example, cut in the saved copy, shows webhook_type ACCOUNTS.",
                ),
            ),
        ),
        {},
    )
    return WebhookCode


def _PaymentStatusReasonCode() -> type[CodeEnum]:
    class PaymentStatusReasonCode(CodeEnum):
        """Payment status reason code (Payments Brazil, V2): Why a Payment Authorization or an associated Charge (Payments Brazil, V2) changed status: status_reason_code, in upper case, sent with status_reason_message (in English only). The copies read of Belvo's table end at or before BENEFICIARY_CANCELLED_RECURRING_PAYMENT: later codes were not read, and read as unknown codes.

        Wire field: status_reason_code (Payment Authorizations and Charges, V2)."""

        ACCOUNT_NOT_ALLOWED = "ACCOUNT_NOT_ALLOWED"
        AMOUNT_OVER_LIMIT = "AMOUNT_OVER_LIMIT"
        AUTHORIZATION_EXPIRED = "AUTHORIZATION_EXPIRED"
        BANK_USER_MISMATCH = "BANK_USER_MISMATCH"
        BENEFICIARY_ACCOUNT_BLOCKED = "BENEFICIARY_ACCOUNT_BLOCKED"
        BENEFICIARY_ACCOUNT_CLOSED = "BENEFICIARY_ACCOUNT_CLOSED"
        BENEFICIARY_ACCOUNT_ERROR = "BENEFICIARY_ACCOUNT_ERROR"
        BENEFICIARY_ACCOUNT_NUMBER_INVALID = "BENEFICIARY_ACCOUNT_NUMBER_INVALID"
        BENEFICIARY_ACCOUNT_TYPE_INVALID = "BENEFICIARY_ACCOUNT_TYPE_INVALID"
        BENEFICIARY_ACCOUNT_TYPE_NOT_SUPPORTED = "BENEFICIARY_ACCOUNT_TYPE_NOT_SUPPORTED"
        BENEFICIARY_BANK_REJECTED_CHARGE = "BENEFICIARY_BANK_REJECTED_CHARGE"
        BENEFICIARY_CANCELLED_RECURRING_PAYMENT = "BENEFICIARY_CANCELLED_RECURRING_PAYMENT"

    register(
        PaymentStatusReasonCode,
        lambda: (
            CodeSetInfo(
                provider="belvo",
                id="payment_status_reason_code",
                title="Payment status reason code (Payments Brazil, V2)",
                description="Why a Payment Authorization or an associated Charge (Payments Brazil, V2) changed status: status_reason_code, in upper case, sent with status_reason_message (in English only). The copies read of Belvo's table end at or before BENEFICIARY_CANCELLED_RECURRING_PAYMENT: later codes were not read, and read as unknown codes.",
                field="status_reason_code (Payment Authorizations and Charges, V2)",
                sources=(_S["belvo-payments-br-codes-v2"],),
            ),
            (
                CodeInfo(
                    value="ACCOUNT_NOT_ALLOWED",
                    description="The payer account does not allow payments.",
                    category=_C.REJECTED,
                    sources=(
                        _S["belvo-payments-br-codes-v2"],
                        _S["belvo-payments-br-codes-v2-md"],
                        _S["belvo-payments-br-codes-es"],
                        _S["belvo-payments-br-codes-pt"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["belvo-payments-br-codes-v2"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/belvo/payment_status_reason_code/#ACCOUNT_NOT_ALLOWED",
                    message="The payer account does not allow payments.",
                    notes="The wire message is in English only; Belvo's Spanish page leaves this row's message in English.",
                ),
                CodeInfo(
                    value="AMOUNT_OVER_LIMIT",
                    description="The amount exceeds the maximum limit for the account.",
                    category=_C.REJECTED,
                    sources=(
                        _S["belvo-payments-br-codes-v2"],
                        _S["belvo-payments-br-codes-v2-md"],
                        _S["belvo-payments-br-codes-es"],
                        _S["belvo-payments-br-codes-pt"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["belvo-payments-br-codes-v2"],),
                        ),
                        Wording(
                            field="message_translations",
                            by="provider",
                            sources=(
                                _S["belvo-payments-br-codes-es"],
                                _S["belvo-payments-br-codes-pt"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/belvo/payment_status_reason_code/#AMOUNT_OVER_LIMIT",
                    message="The amount exceeds the maximum limit for the account.",
                    message_translations={
                        "es": "La cantidad excede el límite máximo para la cuenta.",
                        "pt-BR": "O valor excede o limite máximo para a conta.",
                    },
                    notes="Belvo's Spanish and Brazilian Portuguese pages translate this message for readers (the wire message is in English only).",
                ),
                CodeInfo(
                    value="AUTHORIZATION_EXPIRED",
                    description="The Payment Authorization was not completed within the allowed period.",
                    category=_C.SESSION_EXPIRED,
                    sources=(
                        _S["belvo-payments-br-codes-v2"],
                        _S["belvo-payments-br-codes-v2-md"],
                        _S["belvo-payments-br-codes-es"],
                        _S["belvo-payments-br-codes-pt"],
                    ),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["belvo-payments-br-codes-v2"],),
                        ),
                        Wording(
                            field="message_translations",
                            by="provider",
                            sources=(
                                _S["belvo-payments-br-codes-es"],
                                _S["belvo-payments-br-codes-pt"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/belvo/payment_status_reason_code/#AUTHORIZATION_EXPIRED",
                    message="The Payment Authorization was not completed within the allowed period.",
                    message_translations={
                        "es": "La Autorización de Pago no se completó dentro del período permitido.",
                        "pt-BR": "A Autorização de Pagamento não foi concluída dentro do período permitido.",
                    },
                    notes="The payer did not complete the authorization in time: a new authorization can be started, hence session expired. Belvo's Spanish and Brazilian Portuguese pages translate this message for readers (the wire message is in English only).",
                ),
                CodeInfo(
                    value="BANK_USER_MISMATCH",
                    description="The authenticated bank user differed from the paying user.",
                    category=_C.REJECTED,
                    sources=(
                        _S["belvo-payments-br-codes-v2"],
                        _S["belvo-payments-br-codes-v2-md"],
                        _S["belvo-payments-br-codes-es"],
                        _S["belvo-payments-br-codes-pt"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["belvo-payments-br-codes-v2"],),
                        ),
                        Wording(
                            field="message_translations",
                            by="provider",
                            sources=(
                                _S["belvo-payments-br-codes-es"],
                                _S["belvo-payments-br-codes-pt"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/belvo/payment_status_reason_code/#BANK_USER_MISMATCH",
                    message="The authenticated bank user differed from the paying user.",
                    message_translations={
                        "es": "El usuario bancario autenticado difiere del usuario pagador.",
                        "pt-BR": "O usuário autenticado no banco diferiu do usuário pagador.",
                    },
                    notes="Belvo's Spanish and Brazilian Portuguese pages translate this message for readers (the wire message is in English only).",
                ),
                CodeInfo(
                    value="BENEFICIARY_ACCOUNT_BLOCKED",
                    description="The beneficiary bank account is blocked.",
                    category=_C.REJECTED,
                    sources=(
                        _S["belvo-payments-br-codes-v2"],
                        _S["belvo-payments-br-codes-v2-md"],
                        _S["belvo-payments-br-codes-es"],
                        _S["belvo-payments-br-codes-pt"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["belvo-payments-br-codes-v2"],),
                        ),
                        Wording(
                            field="message_translations",
                            by="provider",
                            sources=(
                                _S["belvo-payments-br-codes-es"],
                                _S["belvo-payments-br-codes-pt"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/belvo/payment_status_reason_code/#BENEFICIARY_ACCOUNT_BLOCKED",
                    message="The beneficiary bank account is blocked.",
                    message_translations={
                        "es": "La cuenta bancaria del beneficiario está bloqueada.",
                        "pt-BR": "A conta bancária do beneficiário está bloqueada.",
                    },
                    notes="The beneficiary is the account that receives the payment (the integrator's or its client's). Belvo's Spanish and Brazilian Portuguese pages translate this message for readers (the wire message is in English only).",
                ),
                CodeInfo(
                    value="BENEFICIARY_ACCOUNT_CLOSED",
                    description="The beneficiary bank account is closed.",
                    category=_C.REJECTED,
                    sources=(
                        _S["belvo-payments-br-codes-v2"],
                        _S["belvo-payments-br-codes-v2-md"],
                        _S["belvo-payments-br-codes-es"],
                        _S["belvo-payments-br-codes-pt"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["belvo-payments-br-codes-v2"],),
                        ),
                        Wording(
                            field="message_translations",
                            by="provider",
                            sources=(
                                _S["belvo-payments-br-codes-es"],
                                _S["belvo-payments-br-codes-pt"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/belvo/payment_status_reason_code/#BENEFICIARY_ACCOUNT_CLOSED",
                    message="The beneficiary bank account is closed.",
                    message_translations={
                        "es": "La cuenta bancaria del beneficiario está cerrada.",
                        "pt-BR": "A conta bancária do beneficiário está encerrada.",
                    },
                    notes="The beneficiary is the account that receives the payment (the integrator's or its client's). Belvo's Spanish and Brazilian Portuguese pages translate this message for readers (the wire message is in English only).",
                ),
                CodeInfo(
                    value="BENEFICIARY_ACCOUNT_ERROR",
                    description="The Charge could not be completed due to an unexpected error in the beneficiary account.",
                    category=_C.GENERIC_FAILURE,
                    sources=(
                        _S["belvo-payments-br-codes-v2"],
                        _S["belvo-payments-br-codes-v2-md"],
                        _S["belvo-payments-br-codes-es"],
                        _S["belvo-payments-br-codes-pt"],
                    ),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["belvo-payments-br-codes-v2"],),
                        ),
                        Wording(
                            field="message_translations",
                            by="provider",
                            sources=(_S["belvo-payments-br-codes-es"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/belvo/payment_status_reason_code/#BENEFICIARY_ACCOUNT_ERROR",
                    message="The Charge could not be completed due to an unexpected error in the beneficiary account.",
                    message_translations={
                        "es": "El Cargo no pudo completarse debido a un error inesperado en la cuenta del beneficiario."
                    },
                    notes="Belvo's Spanish and Brazilian Portuguese pages translate this message for readers (the wire message is in English only).",
                ),
                CodeInfo(
                    value="BENEFICIARY_ACCOUNT_NUMBER_INVALID",
                    description="The beneficiary bank account number is invalid or non-existent.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["belvo-payments-br-codes-v2"],
                        _S["belvo-payments-br-codes-v2-md"],
                        _S["belvo-payments-br-codes-es"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["belvo-payments-br-codes-v2"],),
                        ),
                        Wording(
                            field="message_translations",
                            by="provider",
                            sources=(_S["belvo-payments-br-codes-es"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/belvo/payment_status_reason_code/#BENEFICIARY_ACCOUNT_NUMBER_INVALID",
                    message="The beneficiary bank account number is invalid or non-existent.",
                    message_translations={
                        "es": "El número de cuenta bancaria del beneficiario es inválido o inexistente."
                    },
                    notes="The beneficiary's account details come from the integrator, hence an integration error. Belvo's Spanish page translates this message for readers (the wire message is in English only).",
                ),
                CodeInfo(
                    value="BENEFICIARY_ACCOUNT_TYPE_INVALID",
                    description="The beneficiary bank account type does not allow this type of action.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["belvo-payments-br-codes-v2"],
                        _S["belvo-payments-br-codes-v2-md"],
                        _S["belvo-payments-br-codes-es"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["belvo-payments-br-codes-v2"],),
                        ),
                        Wording(
                            field="message_translations",
                            by="provider",
                            sources=(_S["belvo-payments-br-codes-es"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/belvo/payment_status_reason_code/#BENEFICIARY_ACCOUNT_TYPE_INVALID",
                    message="The beneficiary bank account type does not allow this type of action.",
                    message_translations={
                        "es": "El tipo de cuenta bancaria del beneficiario no permite este tipo de acción."
                    },
                    notes="The beneficiary's account details come from the integrator, hence an integration error. Belvo's Spanish page translates this message for readers (the wire message is in English only).",
                ),
                CodeInfo(
                    value="BENEFICIARY_ACCOUNT_TYPE_NOT_SUPPORTED",
                    description="The transaction type is not supported or authorized by the beneficiary account.",
                    category=_C.REJECTED,
                    sources=(
                        _S["belvo-payments-br-codes-v2"],
                        _S["belvo-payments-br-codes-v2-md"],
                        _S["belvo-payments-br-codes-es"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["belvo-payments-br-codes-v2"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/belvo/payment_status_reason_code/#BENEFICIARY_ACCOUNT_TYPE_NOT_SUPPORTED",
                    message="The transaction type is not supported or authorized by the beneficiary account.",
                    notes="Belvo's Spanish page translates this message for readers (the wire message is in English only); its saved copy is cut inside that translation, so none is given here.",
                ),
                CodeInfo(
                    value="BENEFICIARY_BANK_REJECTED_CHARGE",
                    description="The Charge was rejected by the beneficiary's institution.",
                    category=_C.REJECTED,
                    sources=(_S["belvo-payments-br-codes-v2"], _S["belvo-payments-br-codes-v2-md"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["belvo-payments-br-codes-v2"],),
                        ),
                    ),
                    page="reference/belvo/payment_status_reason_code/#BENEFICIARY_BANK_REJECTED_CHARGE",
                    message="The Charge was rejected by the beneficiary's institution.",
                ),
                CodeInfo(
                    value="BENEFICIARY_CANCELLED_RECURRING_PAYMENT",
                    description="The beneficiary cancelled the recurring payment schedule.",
                    category=_C.CANCELLED,
                    sources=(_S["belvo-payments-br-codes-v2"],),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["belvo-payments-br-codes-v2"],),
                        ),
                    ),
                    page="reference/belvo/payment_status_reason_code/#BENEFICIARY_CANCELLED_RECURRING_PAYMENT",
                    message="The beneficiary cancelled the recurring payment schedule.",
                ),
            ),
        ),
        {},
    )
    return PaymentStatusReasonCode


def _PaymentFailureCode() -> type[CodeEnum]:
    class PaymentFailureCode(CodeEnum):
        """Payment failure code (Payments Brazil, V1): Why a Payment Intent or an associated Charge (Payments Brazil, V1) failed: failure_code, sent with failure_message (in English only).

        Wire field: failure_code (Payment Intents and Charges, V1; data.failure_code of PAYMENT_INTENTS webhooks)."""

        AMOUNT_OVER_LIMIT = "AMOUNT_OVER_LIMIT"
        BENEFICIARY_ACCOUNT_BLOCKED = "BENEFICIARY_ACCOUNT_BLOCKED"
        BENEFICIARY_ACCOUNT_CLOSED = "BENEFICIARY_ACCOUNT_CLOSED"
        BENEFICIARY_ACCOUNT_ERROR = "BENEFICIARY_ACCOUNT_ERROR"
        BENEFICIARY_ACCOUNT_NUMBER_INVALID = "BENEFICIARY_ACCOUNT_NUMBER_INVALID"
        BENEFICIARY_ACCOUNT_TYPE_INVALID = "BENEFICIARY_ACCOUNT_TYPE_INVALID"
        BENEFICIARY_ACCOUNT_TYPE_NOT_SUPPORTED = "BENEFICIARY_ACCOUNT_TYPE_NOT_SUPPORTED"
        BENEFICIARY_BANK_REJECTED_CHARGE = "BENEFICIARY_BANK_REJECTED_CHARGE"
        BENEFICIARY_CANCELLED_RECURRING_PAYMENT = "BENEFICIARY_CANCELLED_RECURRING_PAYMENT"
        BENEFICIARY_IDENTIFIER_INVALID = "BENEFICIARY_IDENTIFIER_INVALID"
        BENEFICIARY_IDENTIFIER_MISMATCH = "BENEFICIARY_IDENTIFIER_MISMATCH"
        CHARGE_SETTLEMENT_FAILED = "CHARGE_SETTLEMENT_FAILED"
        CHARGE_SETTLEMENT_TIMEOUT = "CHARGE_SETTLEMENT_TIMEOUT"
        DUPLICATE_BENEFICIARY_CHARGE = "DUPLICATE_BENEFICIARY_CHARGE"
        FRAUD_SUSPECTED = "FRAUD_SUSPECTED"
        INSUFFICIENT_FUNDS = "INSUFFICIENT_FUNDS"
        PAYER_ACCOUNT_TIMEOUT_ERROR = "PAYER_ACCOUNT_TIMEOUT_ERROR"
        beneficiary_bank_revoked_authorization = "beneficiary_bank_revoked_authorization"
        invalid_pix_key = "invalid_pix_key"
        consent_expired = "consent_expired"

    register(
        PaymentFailureCode,
        lambda: (
            CodeSetInfo(
                provider="belvo",
                id="payment_failure_code",
                title="Payment failure code (Payments Brazil, V1)",
                description="Why a Payment Intent or an associated Charge (Payments Brazil, V1) failed: failure_code, sent with failure_message (in English only).",
                field="failure_code (Payment Intents and Charges, V1; data.failure_code of PAYMENT_INTENTS webhooks)",
                sources=(_S["belvo-payments-br-codes-v1"],),
            ),
            (
                CodeInfo(
                    value="AMOUNT_OVER_LIMIT",
                    description="The payment amount or number of payments exceeds limits.",
                    category=_C.REJECTED,
                    sources=(_S["belvo-payments-br-codes-v1"], _S["belvo-payments-br-codes-v2"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["belvo-payments-br-codes-v1"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/belvo/payment_failure_code/#AMOUNT_OVER_LIMIT",
                    message="The payment amount or number of payments exceeds limits.",
                    aliases=("amount_over_limit",),
                    notes="Belvo's table publishes the V1 codes in upper case, while its V2 page says V1 sends failure_code in lower case (for example beneficiary_bank_revoked_authorization) and its V1 webhook example sends consent_expired: the lower-case spelling is kept as an alias.",
                ),
                CodeInfo(
                    value="BENEFICIARY_ACCOUNT_BLOCKED",
                    description="The beneficiary bank account is blocked.",
                    category=_C.REJECTED,
                    sources=(_S["belvo-payments-br-codes-v1"], _S["belvo-payments-br-codes-v2"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["belvo-payments-br-codes-v1"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/belvo/payment_failure_code/#BENEFICIARY_ACCOUNT_BLOCKED",
                    message="The beneficiary bank account is blocked.",
                    aliases=("beneficiary_account_blocked",),
                    notes="The beneficiary is the account that receives the payment (the integrator's or its client's). Belvo's table publishes the V1 codes in upper case, while its V2 page says V1 sends failure_code in lower case (for example beneficiary_bank_revoked_authorization) and its V1 webhook example sends consent_expired: the lower-case spelling is kept as an alias.",
                ),
                CodeInfo(
                    value="BENEFICIARY_ACCOUNT_CLOSED",
                    description="The beneficiary bank account is closed.",
                    category=_C.REJECTED,
                    sources=(_S["belvo-payments-br-codes-v1"], _S["belvo-payments-br-codes-v2"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["belvo-payments-br-codes-v1"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/belvo/payment_failure_code/#BENEFICIARY_ACCOUNT_CLOSED",
                    message="The beneficiary bank account is closed.",
                    aliases=("beneficiary_account_closed",),
                    notes="The beneficiary is the account that receives the payment (the integrator's or its client's). Belvo's table publishes the V1 codes in upper case, while its V2 page says V1 sends failure_code in lower case (for example beneficiary_bank_revoked_authorization) and its V1 webhook example sends consent_expired: the lower-case spelling is kept as an alias.",
                ),
                CodeInfo(
                    value="BENEFICIARY_ACCOUNT_ERROR",
                    description="The Charge could not be completed due to an unexpected error in the beneficiary account.",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["belvo-payments-br-codes-v1"], _S["belvo-payments-br-codes-v2"]),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["belvo-payments-br-codes-v1"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/belvo/payment_failure_code/#BENEFICIARY_ACCOUNT_ERROR",
                    message="The Charge could not be completed due to an unexpected error in the beneficiary account.",
                    aliases=("beneficiary_account_error",),
                    notes="Belvo's table publishes the V1 codes in upper case, while its V2 page says V1 sends failure_code in lower case (for example beneficiary_bank_revoked_authorization) and its V1 webhook example sends consent_expired: the lower-case spelling is kept as an alias.",
                ),
                CodeInfo(
                    value="BENEFICIARY_ACCOUNT_NUMBER_INVALID",
                    description="The beneficiary bank account number is invalid or non-existent.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["belvo-payments-br-codes-v1"], _S["belvo-payments-br-codes-v2"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["belvo-payments-br-codes-v1"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/belvo/payment_failure_code/#BENEFICIARY_ACCOUNT_NUMBER_INVALID",
                    message="The beneficiary bank account number is invalid or non-existent.",
                    aliases=("beneficiary_account_number_invalid",),
                    notes="The beneficiary's account details come from the integrator, hence an integration error. Belvo's table publishes the V1 codes in upper case, while its V2 page says V1 sends failure_code in lower case (for example beneficiary_bank_revoked_authorization) and its V1 webhook example sends consent_expired: the lower-case spelling is kept as an alias.",
                ),
                CodeInfo(
                    value="BENEFICIARY_ACCOUNT_TYPE_INVALID",
                    description="The beneficiary bank account type does not allow this type of action.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["belvo-payments-br-codes-v1"], _S["belvo-payments-br-codes-v2"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["belvo-payments-br-codes-v1"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/belvo/payment_failure_code/#BENEFICIARY_ACCOUNT_TYPE_INVALID",
                    message="The beneficiary bank account type does not allow this type of action.",
                    aliases=("beneficiary_account_type_invalid",),
                    notes="The beneficiary's account details come from the integrator, hence an integration error. Belvo's table publishes the V1 codes in upper case, while its V2 page says V1 sends failure_code in lower case (for example beneficiary_bank_revoked_authorization) and its V1 webhook example sends consent_expired: the lower-case spelling is kept as an alias.",
                ),
                CodeInfo(
                    value="BENEFICIARY_ACCOUNT_TYPE_NOT_SUPPORTED",
                    description="The transaction type is not supported or authorized by the beneficiary account.",
                    category=_C.REJECTED,
                    sources=(_S["belvo-payments-br-codes-v1"], _S["belvo-payments-br-codes-v2"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["belvo-payments-br-codes-v1"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/belvo/payment_failure_code/#BENEFICIARY_ACCOUNT_TYPE_NOT_SUPPORTED",
                    message="The transaction type is not supported or authorized by the beneficiary account.",
                    aliases=("beneficiary_account_type_not_supported",),
                    notes="Belvo's table publishes the V1 codes in upper case, while its V2 page says V1 sends failure_code in lower case (for example beneficiary_bank_revoked_authorization) and its V1 webhook example sends consent_expired: the lower-case spelling is kept as an alias.",
                ),
                CodeInfo(
                    value="BENEFICIARY_BANK_REJECTED_CHARGE",
                    description="The Charge was rejected by the beneficiary's institution.",
                    category=_C.REJECTED,
                    sources=(_S["belvo-payments-br-codes-v1"], _S["belvo-payments-br-codes-v2"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["belvo-payments-br-codes-v1"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/belvo/payment_failure_code/#BENEFICIARY_BANK_REJECTED_CHARGE",
                    message="The Charge was rejected by the beneficiary's institution.",
                    aliases=("beneficiary_bank_rejected_charge",),
                    notes="Belvo's table publishes the V1 codes in upper case, while its V2 page says V1 sends failure_code in lower case (for example beneficiary_bank_revoked_authorization) and its V1 webhook example sends consent_expired: the lower-case spelling is kept as an alias.",
                ),
                CodeInfo(
                    value="BENEFICIARY_CANCELLED_RECURRING_PAYMENT",
                    description="The beneficiary cancelled the recurring payment schedule.",
                    category=_C.CANCELLED,
                    sources=(_S["belvo-payments-br-codes-v1"], _S["belvo-payments-br-codes-v2"]),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["belvo-payments-br-codes-v1"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/belvo/payment_failure_code/#BENEFICIARY_CANCELLED_RECURRING_PAYMENT",
                    message="The beneficiary cancelled the recurring payment schedule.",
                    aliases=("beneficiary_cancelled_recurring_payment",),
                    notes="Belvo's table publishes the V1 codes in upper case, while its V2 page says V1 sends failure_code in lower case (for example beneficiary_bank_revoked_authorization) and its V1 webhook example sends consent_expired: the lower-case spelling is kept as an alias.",
                ),
                CodeInfo(
                    value="BENEFICIARY_IDENTIFIER_INVALID",
                    description="The beneficiary's CPF or CNPJ is incorrect.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["belvo-payments-br-codes-v1"], _S["belvo-payments-br-codes-v2"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["belvo-payments-br-codes-v1"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/belvo/payment_failure_code/#BENEFICIARY_IDENTIFIER_INVALID",
                    message="The beneficiary's CPF or CNPJ is incorrect.",
                    aliases=("beneficiary_identifier_invalid",),
                    notes="The beneficiary's tax identifier comes from the integrator, hence an integration error. Belvo's table publishes the V1 codes in upper case, while its V2 page says V1 sends failure_code in lower case (for example beneficiary_bank_revoked_authorization) and its V1 webhook example sends consent_expired: the lower-case spelling is kept as an alias.",
                ),
                CodeInfo(
                    value="BENEFICIARY_IDENTIFIER_MISMATCH",
                    description="The beneficiary's CPF or CNPJ does not match the account holder.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["belvo-payments-br-codes-v1"], _S["belvo-payments-br-codes-v2"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["belvo-payments-br-codes-v1"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/belvo/payment_failure_code/#BENEFICIARY_IDENTIFIER_MISMATCH",
                    message="The beneficiary's CPF or CNPJ does not match the account holder.",
                    aliases=("beneficiary_identifier_mismatch",),
                    notes="The beneficiary's tax identifier comes from the integrator, hence an integration error. Belvo's table publishes the V1 codes in upper case, while its V2 page says V1 sends failure_code in lower case (for example beneficiary_bank_revoked_authorization) and its V1 webhook example sends consent_expired: the lower-case spelling is kept as an alias.",
                ),
                CodeInfo(
                    value="CHARGE_SETTLEMENT_FAILED",
                    description="An error occurred while processing the Charge settlement.",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["belvo-payments-br-codes-v1"], _S["belvo-payments-br-codes-v2"]),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["belvo-payments-br-codes-v1"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/belvo/payment_failure_code/#CHARGE_SETTLEMENT_FAILED",
                    message="An error occurred while processing the Charge settlement.",
                    aliases=("charge_settlement_failed",),
                    notes="Belvo's table publishes the V1 codes in upper case, while its V2 page says V1 sends failure_code in lower case (for example beneficiary_bank_revoked_authorization) and its V1 webhook example sends consent_expired: the lower-case spelling is kept as an alias.",
                ),
                CodeInfo(
                    value="CHARGE_SETTLEMENT_TIMEOUT",
                    description="The Charge could not be completed due to a timeout.",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["belvo-payments-br-codes-v1"], _S["belvo-payments-br-codes-v2"]),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["belvo-payments-br-codes-v1"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/belvo/payment_failure_code/#CHARGE_SETTLEMENT_TIMEOUT",
                    message="The Charge could not be completed due to a timeout.",
                    aliases=("charge_settlement_timeout",),
                    notes="Belvo's table publishes the V1 codes in upper case, while its V2 page says V1 sends failure_code in lower case (for example beneficiary_bank_revoked_authorization) and its V1 webhook example sends consent_expired: the lower-case spelling is kept as an alias.",
                ),
                CodeInfo(
                    value="DUPLICATE_BENEFICIARY_CHARGE",
                    description="A duplicate Charge was detected for the same beneficiary.",
                    category=_C.REJECTED,
                    sources=(_S["belvo-payments-br-codes-v1"], _S["belvo-payments-br-codes-v2"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["belvo-payments-br-codes-v1"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/belvo/payment_failure_code/#DUPLICATE_BENEFICIARY_CHARGE",
                    message="A duplicate Charge was detected for the same beneficiary.",
                    aliases=("duplicate_beneficiary_charge",),
                    notes="Belvo's table publishes the V1 codes in upper case, while its V2 page says V1 sends failure_code in lower case (for example beneficiary_bank_revoked_authorization) and its V1 webhook example sends consent_expired: the lower-case spelling is kept as an alias.",
                ),
                CodeInfo(
                    value="FRAUD_SUSPECTED",
                    description="The Charge was rejected due to suspected fraud.",
                    category=_C.REJECTED,
                    sources=(_S["belvo-payments-br-codes-v1"], _S["belvo-payments-br-codes-v2"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["belvo-payments-br-codes-v1"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/belvo/payment_failure_code/#FRAUD_SUSPECTED",
                    message="The Charge was rejected due to suspected fraud.",
                    aliases=("fraud_suspected",),
                    notes="Belvo's table publishes the V1 codes in upper case, while its V2 page says V1 sends failure_code in lower case (for example beneficiary_bank_revoked_authorization) and its V1 webhook example sends consent_expired: the lower-case spelling is kept as an alias.",
                ),
                CodeInfo(
                    value="INSUFFICIENT_FUNDS",
                    description="The payer account had insufficient funds to make the payment.",
                    category=_C.REJECTED,
                    sources=(_S["belvo-payments-br-codes-v1"], _S["belvo-payments-br-codes-v2"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["belvo-payments-br-codes-v1"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/belvo/payment_failure_code/#INSUFFICIENT_FUNDS",
                    equivalents=(
                        Equivalent(
                            provider="plaid",
                            code_set="error_code",
                            value="PAYMENT_INSUFFICIENT_FUNDS",
                            same="meaning",
                            reason="The payer's account did not hold enough money for the payment.",
                        ),
                        Equivalent(
                            provider="belvo",
                            code_set="direct_debit_failed_reason",
                            value="04",
                            same="meaning",
                            reason="The payer's account did not hold enough money for the payment.",
                        ),
                        Equivalent(
                            provider="openfinancebrasil",
                            code_set="payment_error",
                            value="SALDO_INSUFICIENTE",
                            same="meaning",
                            reason="The payer's account did not hold enough money for the payment.",
                        ),
                        Equivalent(
                            provider="fintoc",
                            code_set="payment_error_reason",
                            value="insufficient_funds",
                            same="meaning",
                            reason="The payer's account did not hold enough money for the payment.",
                        ),
                        Equivalent(
                            provider="basiq",
                            code_set="error_code",
                            value="check-balance-insufficient-funds",
                            same="meaning",
                            reason="The payer's account did not hold enough money for the payment.",
                        ),
                        Equivalent(
                            provider="iso20022",
                            code_set="status_reason",
                            value="AM04",
                            same="meaning",
                            reason="The payer's account did not hold enough money for the payment.",
                        ),
                    ),
                    message="The payer account had insufficient funds to make the payment.",
                    aliases=("insufficient_funds",),
                    notes="Belvo's table publishes the V1 codes in upper case, while its V2 page says V1 sends failure_code in lower case (for example beneficiary_bank_revoked_authorization) and its V1 webhook example sends consent_expired: the lower-case spelling is kept as an alias.",
                ),
                CodeInfo(
                    value="PAYER_ACCOUNT_TIMEOUT_ERROR",
                    description="The Charge settlement failed on a timeout of the payer's account.",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["belvo-payments-br-codes-v1"], _S["belvo-payments-br-codes-v2"]),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/belvo/payment_failure_code/#PAYER_ACCOUNT_TIMEOUT_ERROR",
                    editorial=True,
                    aliases=("payer_account_timeout_error",),
                    notes="The saved copy of Belvo's V1 table ends inside this row: its message is cut after \"The Charge settlement failed due to a time\", and every later row of the table is missing; the description is bankcodes' reading of the code's name and the cut message. Belvo's table publishes the V1 codes in upper case, while its V2 page says V1 sends failure_code in lower case (for example beneficiary_bank_revoked_authorization) and its V1 webhook example sends consent_expired: the lower-case spelling is kept as an alias.",
                ),
                CodeInfo(
                    value="beneficiary_bank_revoked_authorization",
                    description="The beneficiary's bank revoked the authorization.",
                    category=_C.REJECTED,
                    sources=(_S["belvo-payments-br-codes-v2"], _S["belvo-payments-br-codes-v2-md"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/belvo/payment_failure_code/#beneficiary_bank_revoked_authorization",
                    editorial=True,
                    notes="Named by Belvo only as an example of a V1 failure_code in lower case; its row in the V1 table lies beyond the saved copy, so its message is missing. The description is bankcodes' reading of the code's name.",
                ),
                CodeInfo(
                    value="invalid_pix_key",
                    description="The Pix key is invalid.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["belvo-payments-br-codes-v2-md"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/belvo/payment_failure_code/#invalid_pix_key",
                    editorial=True,
                    notes="Named by Belvo only as an example of a V1 failure_code in lower case (on the Markdown capture of its codes page); its row in the V1 table lies beyond the saved copy, so its message is missing. The description is bankcodes' reading of the code's name; the Pix key comes with the payment's details, hence an integration error.",
                ),
                CodeInfo(
                    value="consent_expired",
                    description="The payment consent was not accepted in time.",
                    category=_C.SESSION_EXPIRED,
                    sources=(_S["belvo-payments-webhooks"],),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="message", by="provider", sources=(_S["belvo-payments-webhooks"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/belvo/payment_failure_code/#consent_expired",
                    message="The payment consent was not accepted in time.",
                    notes="Shown in Belvo's example PAYMENT_INTENTS webhook (data.failure_code, with data.status FAILED); its row in the V1 table lies beyond the saved copy. The payer did not accept the consent in time, so a new payment can be started: session expired.",
                ),
            ),
        ),
        {
            "amount_over_limit": "AMOUNT_OVER_LIMIT",
            "beneficiary_account_blocked": "BENEFICIARY_ACCOUNT_BLOCKED",
            "beneficiary_account_closed": "BENEFICIARY_ACCOUNT_CLOSED",
            "beneficiary_account_error": "BENEFICIARY_ACCOUNT_ERROR",
            "beneficiary_account_number_invalid": "BENEFICIARY_ACCOUNT_NUMBER_INVALID",
            "beneficiary_account_type_invalid": "BENEFICIARY_ACCOUNT_TYPE_INVALID",
            "beneficiary_account_type_not_supported": "BENEFICIARY_ACCOUNT_TYPE_NOT_SUPPORTED",
            "beneficiary_bank_rejected_charge": "BENEFICIARY_BANK_REJECTED_CHARGE",
            "beneficiary_cancelled_recurring_payment": "BENEFICIARY_CANCELLED_RECURRING_PAYMENT",
            "beneficiary_identifier_invalid": "BENEFICIARY_IDENTIFIER_INVALID",
            "beneficiary_identifier_mismatch": "BENEFICIARY_IDENTIFIER_MISMATCH",
            "charge_settlement_failed": "CHARGE_SETTLEMENT_FAILED",
            "charge_settlement_timeout": "CHARGE_SETTLEMENT_TIMEOUT",
            "duplicate_beneficiary_charge": "DUPLICATE_BENEFICIARY_CHARGE",
            "fraud_suspected": "FRAUD_SUSPECTED",
            "insufficient_funds": "INSUFFICIENT_FUNDS",
            "payer_account_timeout_error": "PAYER_ACCOUNT_TIMEOUT_ERROR",
        },
    )
    return PaymentFailureCode


def _InstitutionStatus() -> type[CodeEnum]:
    class InstitutionStatus(CodeEnum):
        """Institution status: Whether Belvo's integration with an institution is working: status of an institution (GET /api/institutions/), the EnumInstitutionStatus of Belvo's OpenAPI description (Belvo API Docs 1.35.0). The descriptions are bankcodes' split of the enum's one sentence; the categories are bankcodes' reading.

        Wire field: status (an institution)."""

        healthy = "healthy"
        down = "down"

    register(
        InstitutionStatus,
        lambda: (
            CodeSetInfo(
                provider="belvo",
                id="institution_status",
                title="Institution status",
                description="Whether Belvo's integration with an institution is working: status of an institution (GET /api/institutions/), the EnumInstitutionStatus of Belvo's OpenAPI description (Belvo API Docs 1.35.0). The descriptions are bankcodes' split of the enum's one sentence; the categories are bankcodes' reading.",
                field="status (an institution)",
                sources=(_S["belvo-openapi-konfig"],),
            ),
            (
                CodeInfo(
                    value="healthy",
                    description="Belvo's integration with the institution is currently active.",
                    category=_C.SUCCESS,
                    sources=(_S["belvo-openapi-konfig"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/belvo/institution_status/#healthy",
                    editorial=True,
                    notes="The enum's description says it in one sentence: \"Indicates whether Belvo's integration with the institution is currently active (`healthy`) or undergoing maintenance (`down`).\"",
                ),
                CodeInfo(
                    value="down",
                    description="Belvo's integration with the institution is undergoing maintenance.",
                    category=_C.INSTITUTION_UNAVAILABLE,
                    sources=(_S["belvo-openapi-konfig"],),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/belvo/institution_status/#down",
                    editorial=True,
                    notes="The enum's description says it in one sentence: \"Indicates whether Belvo's integration with the institution is currently active (`healthy`) or undergoing maintenance (`down`).\"",
                ),
            ),
        ),
        {},
    )
    return InstitutionStatus


def _PaymentIntentStatus() -> type[CodeEnum]:
    class PaymentIntentStatus(CodeEnum):
        """Payment intent status: The status of a Belvo payment intent (status of a payment intent; a payment link is ACTIVE while its intent is REQUIRES_PAYMENT_METHOD, REQUIRES_ACTION or PROCESSING, INACTIVE once SUCCEEDED or FAILED), the EnumPaymentIntentStatus of Belvo's OpenAPI description (Belvo API Docs 1.35.0). The descriptions and categories are bankcodes' reading of the names.

        Wire field: status (a payment intent)."""

        REQUIRES_PAYMENT_METHOD = "REQUIRES_PAYMENT_METHOD"
        REQUIRES_ACTION = "REQUIRES_ACTION"
        SUCCEEDED = "SUCCEEDED"
        PROCESSING = "PROCESSING"
        FAILED = "FAILED"

    register(
        PaymentIntentStatus,
        lambda: (
            CodeSetInfo(
                provider="belvo",
                id="payment_intent_status",
                title="Payment intent status",
                description="The status of a Belvo payment intent (status of a payment intent; a payment link is ACTIVE while its intent is REQUIRES_PAYMENT_METHOD, REQUIRES_ACTION or PROCESSING, INACTIVE once SUCCEEDED or FAILED), the EnumPaymentIntentStatus of Belvo's OpenAPI description (Belvo API Docs 1.35.0). The descriptions and categories are bankcodes' reading of the names.",
                field="status (a payment intent)",
                sources=(_S["belvo-openapi-konfig"],),
            ),
            (
                CodeInfo(
                    value="REQUIRES_PAYMENT_METHOD",
                    description="The payment intent needs a payment method before it can go on.",
                    category=_C.USER_ACTION_REQUIRED,
                    sources=(_S["belvo-openapi-konfig"],),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/belvo/payment_intent_status/#REQUIRES_PAYMENT_METHOD",
                    editorial=True,
                    notes='The enum lists its values by name alone ("The current status of the payment intent."): the description is bankcodes\' reading of its name.',
                ),
                CodeInfo(
                    value="REQUIRES_ACTION",
                    description="The payment intent needs an action, such as the payer's authorisation, before it can go on.",
                    category=_C.USER_ACTION_REQUIRED,
                    sources=(_S["belvo-openapi-konfig"],),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/belvo/payment_intent_status/#REQUIRES_ACTION",
                    editorial=True,
                    notes='The enum lists its values by name alone ("The current status of the payment intent."): the description is bankcodes\' reading of its name.',
                ),
                CodeInfo(
                    value="SUCCEEDED",
                    description="The payment succeeded.",
                    category=_C.SUCCESS,
                    sources=(_S["belvo-openapi-konfig"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/belvo/payment_intent_status/#SUCCEEDED",
                    editorial=True,
                    notes='The enum lists its values by name alone ("The current status of the payment intent."): the description is bankcodes\' reading of its name.',
                ),
                CodeInfo(
                    value="PROCESSING",
                    description="The payment is being processed.",
                    category=_C.PENDING,
                    sources=(_S["belvo-openapi-konfig"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/belvo/payment_intent_status/#PROCESSING",
                    editorial=True,
                    notes='The enum lists its values by name alone ("The current status of the payment intent."): the description is bankcodes\' reading of its name.',
                ),
                CodeInfo(
                    value="FAILED",
                    description="The payment failed.",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["belvo-openapi-konfig"],),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/belvo/payment_intent_status/#FAILED",
                    editorial=True,
                    notes='The enum lists its values by name alone ("The current status of the payment intent."): the description is bankcodes\' reading of its name.',
                ),
            ),
        ),
        {},
    )
    return PaymentIntentStatus


def _ChargeStatus() -> type[CodeEnum]:
    class ChargeStatus(CodeEnum):
        """Charge status (Payments Brazil): The state of a Charge, the actual payment made in Brazil's Open Finance network.

        Wire field: status (Charge)."""

        CREATED = "CREATED"
        PENDING = "PENDING"
        SCHEDULED = "SCHEDULED"
        SUCCEEDED = "SUCCEEDED"
        CANCELED = "CANCELED"
        FAILED = "FAILED"

    register(
        ChargeStatus,
        lambda: (
            CodeSetInfo(
                provider="belvo",
                id="charge_status",
                title="Charge status (Payments Brazil)",
                description="The state of a Charge, the actual payment made in Brazil's Open Finance network.",
                field="status (Charge)",
                sources=(_S["belvo-charge-states"],),
            ),
            (
                CodeInfo(
                    value="CREATED",
                    description="Initial state when the charge is created.",
                    category=_C.PENDING,
                    sources=(_S["belvo-charge-states"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["belvo-charge-states"],)
                        ),
                    ),
                    page="reference/belvo/charge_status/#CREATED",
                    next_statuses=("PENDING",),
                ),
                CodeInfo(
                    value="PENDING",
                    description="The charge is awaiting further action or scheduling.",
                    category=_C.PENDING,
                    sources=(_S["belvo-charge-states"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["belvo-charge-states"],)
                        ),
                    ),
                    page="reference/belvo/charge_status/#PENDING",
                    next_statuses=("SCHEDULED", "SUCCEEDED", "CANCELED", "FAILED"),
                ),
                CodeInfo(
                    value="SCHEDULED",
                    description="The charge is scheduled for processing at a future date.",
                    category=_C.PENDING,
                    sources=(_S["belvo-charge-states"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["belvo-charge-states"],)
                        ),
                    ),
                    page="reference/belvo/charge_status/#SCHEDULED",
                    next_statuses=("SUCCEEDED", "CANCELED", "FAILED"),
                ),
                CodeInfo(
                    value="SUCCEEDED",
                    description="The charge has been successfully processed.",
                    category=_C.SUCCESS,
                    sources=(_S["belvo-charge-states"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["belvo-charge-states"],)
                        ),
                    ),
                    page="reference/belvo/charge_status/#SUCCEEDED",
                    next_statuses=(),
                ),
                CodeInfo(
                    value="CANCELED",
                    description="The charge has been canceled.",
                    category=_C.CANCELLED,
                    sources=(_S["belvo-charge-states"],),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["belvo-charge-states"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/belvo/charge_status/#CANCELED",
                    next_statuses=(),
                    notes="Belvo: a pending charge is canceled by the OF network, a scheduled one while scheduled.",
                ),
                CodeInfo(
                    value="FAILED",
                    description="The charge has failed.",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["belvo-charge-states"],),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["belvo-charge-states"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/belvo/charge_status/#FAILED",
                    next_statuses=(),
                    notes="The reason is in the charge's status_reason_code (V2) or failure_code (V1).",
                ),
            ),
        ),
        {},
    )
    return ChargeStatus


def _DirectDebitFailedReason() -> type[CodeEnum]:
    class DirectDebitFailedReason(CodeEnum):
        """Direct debit failure reason (Payments Mexico): Why a banking partner could not process a direct debit payment method or payment request (Payments Mexico): failedReason, sent with failedReasonMessage (Spanish, as the bank gives it). Belvo's table also gives the final status of the payment method and of the payment request, and whether the request should be retried. The table goes on past code 11 on Belvo's older page, whose saved copy is cut inside the next row: later codes are not in the catalog, and read as unknown codes.

        Wire field: failedReason (payment methods and payment requests, Payments Mexico direct debit)."""

        CODE_01 = "01"
        CODE_02 = "02"
        CODE_03 = "03"
        CODE_04 = "04"
        CODE_05 = "05"
        CODE_06 = "06"
        CODE_07 = "07"
        CODE_08 = "08"
        CODE_09 = "09"
        CODE_10 = "10"
        CODE_11 = "11"

    register(
        DirectDebitFailedReason,
        lambda: (
            CodeSetInfo(
                provider="belvo",
                id="direct_debit_failed_reason",
                title="Direct debit failure reason (Payments Mexico)",
                description="Why a banking partner could not process a direct debit payment method or payment request (Payments Mexico): failedReason, sent with failedReasonMessage (Spanish, as the bank gives it). Belvo's table also gives the final status of the payment method and of the payment request, and whether the request should be retried. The table goes on past code 11 on Belvo's older page, whose saved copy is cut inside the next row: later codes are not in the catalog, and read as unknown codes.",
                field="failedReason (payment methods and payment requests, Payments Mexico direct debit)",
                sources=(_S["belvo-direct-debit-errors"], _S["belvo-direct-debit-errors-legacy"]),
            ),
            (
                CodeInfo(
                    value="01",
                    description="Cuenta inexistente",
                    category=_C.ACCOUNT_UNAVAILABLE,
                    sources=(
                        _S["belvo-direct-debit-errors"],
                        _S["belvo-direct-debit-errors-legacy"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="message",
                            by="provider",
                            sources=(
                                _S["belvo-direct-debit-errors"],
                                _S["belvo-direct-debit-errors-legacy"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/belvo/direct_debit_failed_reason/#01",
                    message="Cuenta inexistente",
                    notes="Final status: payment method failed, payment request failed. Belvo's Retry column says Not recommended.",
                ),
                CodeInfo(
                    value="02",
                    description="Cuenta bloqueada",
                    category=_C.ACCOUNT_UNAVAILABLE,
                    sources=(
                        _S["belvo-direct-debit-errors"],
                        _S["belvo-direct-debit-errors-legacy"],
                    ),
                    retryable=True,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="message",
                            by="provider",
                            sources=(
                                _S["belvo-direct-debit-errors"],
                                _S["belvo-direct-debit-errors-legacy"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/belvo/direct_debit_failed_reason/#02",
                    message="Cuenta bloqueada",
                    notes="Final status: payment method failed, payment request failed. Belvo's Retry column says Possible: the payment request may be retried, which the category's retryable reading does not say.",
                ),
                CodeInfo(
                    value="03",
                    description="Cuenta cancelada",
                    category=_C.ACCOUNT_UNAVAILABLE,
                    sources=(
                        _S["belvo-direct-debit-errors"],
                        _S["belvo-direct-debit-errors-legacy"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="message",
                            by="provider",
                            sources=(
                                _S["belvo-direct-debit-errors"],
                                _S["belvo-direct-debit-errors-legacy"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/belvo/direct_debit_failed_reason/#03",
                    message="Cuenta cancelada",
                    notes="Final status: payment method failed, payment request failed. Belvo's Retry column says Not recommended.",
                ),
                CodeInfo(
                    value="04",
                    description="Cuenta con insuficiencia de fondos",
                    category=_C.REJECTED,
                    sources=(
                        _S["belvo-direct-debit-errors"],
                        _S["belvo-direct-debit-errors-legacy"],
                    ),
                    retryable=True,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="message",
                            by="provider",
                            sources=(
                                _S["belvo-direct-debit-errors"],
                                _S["belvo-direct-debit-errors-legacy"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/belvo/direct_debit_failed_reason/#04",
                    equivalents=(
                        Equivalent(
                            provider="plaid",
                            code_set="error_code",
                            value="PAYMENT_INSUFFICIENT_FUNDS",
                            same="meaning",
                            reason="The payer's account did not hold enough money for the payment.",
                        ),
                        Equivalent(
                            provider="belvo",
                            code_set="payment_failure_code",
                            value="INSUFFICIENT_FUNDS",
                            same="meaning",
                            reason="The payer's account did not hold enough money for the payment.",
                        ),
                        Equivalent(
                            provider="openfinancebrasil",
                            code_set="payment_error",
                            value="SALDO_INSUFICIENTE",
                            same="meaning",
                            reason="The payer's account did not hold enough money for the payment.",
                        ),
                        Equivalent(
                            provider="fintoc",
                            code_set="payment_error_reason",
                            value="insufficient_funds",
                            same="meaning",
                            reason="The payer's account did not hold enough money for the payment.",
                        ),
                        Equivalent(
                            provider="basiq",
                            code_set="error_code",
                            value="check-balance-insufficient-funds",
                            same="meaning",
                            reason="The payer's account did not hold enough money for the payment.",
                        ),
                        Equivalent(
                            provider="iso20022",
                            code_set="status_reason",
                            value="AM04",
                            same="meaning",
                            reason="The payer's account did not hold enough money for the payment.",
                        ),
                    ),
                    message="Cuenta con insuficiencia de fondos",
                    notes="Final status: payment request failed (payment method N/A). Belvo's Retry column says Possible: the payment request may be retried, which the category's retryable reading does not say.",
                ),
                CodeInfo(
                    value="05",
                    description="Cuenta en otra divisa",
                    category=_C.REJECTED,
                    sources=(
                        _S["belvo-direct-debit-errors"],
                        _S["belvo-direct-debit-errors-legacy"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="message",
                            by="provider",
                            sources=(
                                _S["belvo-direct-debit-errors"],
                                _S["belvo-direct-debit-errors-legacy"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/belvo/direct_debit_failed_reason/#05",
                    message="Cuenta en otra divisa",
                    notes="Final status: payment method failed, payment request failed. Belvo's Retry column says Not recommended.",
                ),
                CodeInfo(
                    value="06",
                    description="Cuenta no pertenece al banco receptor",
                    category=_C.REJECTED,
                    sources=(_S["belvo-direct-debit-errors-legacy"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["belvo-direct-debit-errors-legacy"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/belvo/direct_debit_failed_reason/#06",
                    message="Cuenta no pertenece al banco receptor",
                    aliases=("6",),
                    notes="Belvo's table gives the code as \"06 / 6\": both spellings are sent, and 6 is kept as an alias. The current page lists it the same way, a row its drift rule leaves aside. Final status: payment method failed, payment request failed. Belvo's Retry column says Not recommended.",
                ),
                CodeInfo(
                    value="07",
                    description="Transacción duplicada",
                    category=_C.REJECTED,
                    sources=(_S["belvo-direct-debit-errors-legacy"],),
                    retryable=True,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["belvo-direct-debit-errors-legacy"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/belvo/direct_debit_failed_reason/#07",
                    message="Transacción duplicada",
                    aliases=("7",),
                    notes="Belvo's table gives the code as \"07 / 7\": both spellings are sent, and 7 is kept as an alias. The current page lists it the same way, a row its drift rule leaves aside. Final status: payment method failed, payment request failed. Belvo's Retry column says Possible: the payment request may be retried, which the category's retryable reading does not say.",
                ),
                CodeInfo(
                    value="08",
                    description="Por orden del cliente: Orden de no pagar a ese Emisor",
                    category=_C.REJECTED,
                    sources=(
                        _S["belvo-direct-debit-errors"],
                        _S["belvo-direct-debit-errors-legacy"],
                    ),
                    retryable=True,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="message",
                            by="provider",
                            sources=(
                                _S["belvo-direct-debit-errors"],
                                _S["belvo-direct-debit-errors-legacy"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/belvo/direct_debit_failed_reason/#08",
                    message="Por orden del cliente: Orden de no pagar a ese Emisor",
                    notes="Belvo's table lists 08 on two rows: with this message and with \"Baja por oficina\". Final status: payment method failed, payment request failed. Belvo's Retry column says Possible: the payment request may be retried, which the category's retryable reading does not say.",
                ),
                CodeInfo(
                    value="09",
                    description="Por orden del cliente: Importe mayor al autorizado",
                    category=_C.REJECTED,
                    sources=(
                        _S["belvo-direct-debit-errors"],
                        _S["belvo-direct-debit-errors-legacy"],
                    ),
                    retryable=True,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="message",
                            by="provider",
                            sources=(
                                _S["belvo-direct-debit-errors"],
                                _S["belvo-direct-debit-errors-legacy"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/belvo/direct_debit_failed_reason/#09",
                    message="Por orden del cliente: Importe mayor al autorizado",
                    notes="Final status: payment method failed, payment request failed. Belvo's Retry column says Possible: the payment request may be retried, which the category's retryable reading does not say.",
                ),
                CodeInfo(
                    value="10",
                    description="Por orden del cliente: Cancelación del servicio",
                    category=_C.CANCELLED,
                    sources=(
                        _S["belvo-direct-debit-errors"],
                        _S["belvo-direct-debit-errors-legacy"],
                    ),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="message",
                            by="provider",
                            sources=(
                                _S["belvo-direct-debit-errors"],
                                _S["belvo-direct-debit-errors-legacy"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/belvo/direct_debit_failed_reason/#10",
                    message="Por orden del cliente: Cancelación del servicio",
                    notes="Belvo's table lists 10 on two rows: with this message and (on the older page) with \"Domiciliación dada de baja\". Final status: payment method failed, payment request failed. Belvo's Retry column says Possible: the payment request may be retried, which the category's retryable reading does not say.",
                ),
                CodeInfo(
                    value="11",
                    description="Cliente no tiene autorizado el servicio",
                    category=_C.REJECTED,
                    sources=(_S["belvo-direct-debit-errors-legacy"],),
                    retryable=True,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["belvo-direct-debit-errors-legacy"],),
                        ),
                        Wording(
                            field="notes",
                            by="bankcodes",
                            sources=(
                                _S["belvo-direct-debit-errors-legacy"],
                                _S["belvo-direct-debit-errors"],
                            ),
                        ),
                    ),
                    page="reference/belvo/direct_debit_failed_reason/#11",
                    message="Cliente no tiene autorizado el servicio",
                    notes="Belvo's older page lists 11 on two rows: with this message and with \"Domiciliación dada de baja\"; the saved copy of its current page ends before row 11. Final status: payment method failed, payment request failed. Belvo's Retry column says Possible: the payment request may be retried, which the category's retryable reading does not say.",
                ),
            ),
        ),
        {"6": "06", "7": "07"},
    )
    return DirectDebitFailedReason


def _WebhookType() -> type[CodeEnum]:
    class WebhookType(CodeEnum):
        """Webhook type: The resource a webhook relates to (Belvo: 'The resource that this webhook relates to.'). Aggregation webhooks and Payments webhooks share the field.

        Wire field: webhook_type (every webhook)."""

        ACCOUNTS = "ACCOUNTS"
        TRANSACTIONS = "TRANSACTIONS"
        LINK = "LINK"
        PAYMENT_INTENTS = "PAYMENT_INTENTS"
        CHARGES = "CHARGES"
        ENROLLMENTS = "ENROLLMENTS"
        BANK_ACCOUNTS = "BANK_ACCOUNTS"
        CUSTOMERS = "CUSTOMERS"
        PAYMENT_AUTHORIZATIONS = "PAYMENT_AUTHORIZATIONS"
        OWNERS = "OWNERS"
        INVOICES = "INVOICES"
        BILLS = "BILLS"
        RECURRING_EXPENSES = "RECURRING_EXPENSES"
        RISK_INSIGHTS = "RISK_INSIGHTS"
        INCOMES = "INCOMES"
        INVESTMENTS = "INVESTMENTS"
        INVESTMENT_TRANSACTIONS = "INVESTMENT_TRANSACTIONS"

    register(
        WebhookType,
        lambda: (
            CodeSetInfo(
                provider="belvo",
                id="webhook_type",
                title="Webhook type",
                description="The resource a webhook relates to (Belvo: 'The resource that this webhook relates to.'). Aggregation webhooks and Payments webhooks share the field.",
                field="webhook_type (every webhook)",
                sources=(_S["belvo-webhooks-aggregation-fields"],),
            ),
            (
                CodeInfo(
                    value="ACCOUNTS",
                    description="Webhooks about the accounts of a link.",
                    category=_C.INFORMATIONAL,
                    sources=(
                        _S["belvo-webhook-accounts"],
                        _S["belvo-webhooks-aggregation"],
                        _S["belvo-webhooks-aggregation-fields"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/belvo/webhook_type/#ACCOUNTS",
                    editorial=True,
                ),
                CodeInfo(
                    value="TRANSACTIONS",
                    description="Webhooks about the transactions of a link (aggregation), or about payment transactions (Payments Brazil, webhook schema version 1).",
                    category=_C.INFORMATIONAL,
                    sources=(
                        _S["belvo-webhook-transactions"],
                        _S["belvo-payments-webhooks-br"],
                        _S["belvo-ofpi-webhooks"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/belvo/webhook_type/#TRANSACTIONS",
                    editorial=True,
                ),
                CodeInfo(
                    value="LINK",
                    description="Webhooks about a link itself: its credentials or its MFA token no longer let Belvo refresh it.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["belvo-webhook-links"], _S["belvo-webhooks-2021"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/belvo/webhook_type/#LINK",
                    editorial=True,
                    notes="Belvo's example spells it LINK (singular). Belvo's Sandbox environment does not send LINK webhooks.",
                ),
                CodeInfo(
                    value="PAYMENT_INTENTS",
                    description="Webhooks about payment intents (Payments Brazil, webhook schema version 1; Payments Colombia).",
                    category=_C.INFORMATIONAL,
                    sources=(
                        _S["belvo-payments-webhooks"],
                        _S["belvo-payments-webhooks-br"],
                        _S["belvo-ofpi-webhooks"],
                        _S["belvo-payments-webhooks-co"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/belvo/webhook_type/#PAYMENT_INTENTS",
                    editorial=True,
                ),
                CodeInfo(
                    value="CHARGES",
                    description="Webhooks about charges (Payments Brazil, webhook schema version 1).",
                    category=_C.INFORMATIONAL,
                    sources=(
                        _S["belvo-payments-webhooks"],
                        _S["belvo-payments-webhooks-br"],
                        _S["belvo-ofpi-webhooks"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/belvo/webhook_type/#CHARGES",
                    editorial=True,
                ),
                CodeInfo(
                    value="ENROLLMENTS",
                    description="Webhooks about enrollments (Payments Brazil, webhook schema version 1).",
                    category=_C.INFORMATIONAL,
                    sources=(_S["belvo-ofpi-webhooks"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/belvo/webhook_type/#ENROLLMENTS",
                    editorial=True,
                    notes="Listed among the schema version 1 webhooks on one capture of Belvo's Payments Webhooks (Brazil) page, not on the Markdown copy of its newer page.",
                ),
                CodeInfo(
                    value="BANK_ACCOUNTS",
                    description="Webhooks about bank accounts (Payments Brazil, webhook schema version 2; Payments Colombia).",
                    category=_C.INFORMATIONAL,
                    sources=(_S["belvo-payments-webhooks-br"], _S["belvo-payments-webhooks-co"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/belvo/webhook_type/#BANK_ACCOUNTS",
                    editorial=True,
                ),
                CodeInfo(
                    value="CUSTOMERS",
                    description="Webhooks about customers (Payments Brazil, webhook schema version 2).",
                    category=_C.INFORMATIONAL,
                    sources=(_S["belvo-payments-webhooks-br"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/belvo/webhook_type/#CUSTOMERS",
                    editorial=True,
                ),
                CodeInfo(
                    value="PAYMENT_AUTHORIZATIONS",
                    description="Webhooks about payment authorizations (Payments Brazil, webhook schema version 2).",
                    category=_C.INFORMATIONAL,
                    sources=(_S["belvo-payments-webhooks-br"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/belvo/webhook_type/#PAYMENT_AUTHORIZATIONS",
                    editorial=True,
                    notes="Schema version 2 webhooks are sent only for resources created with the header X-Belvo-API-Resource-Version: Payments-BR.V2.",
                ),
                CodeInfo(
                    value="OWNERS",
                    description="Webhooks about the owners of a link.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["belvo-webhook-owners"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/belvo/webhook_type/#OWNERS",
                    editorial=True,
                ),
                CodeInfo(
                    value="INVOICES",
                    description="Webhooks about the invoices of a fiscal link.",
                    category=_C.INFORMATIONAL,
                    sources=(
                        _S["belvo-webhook-invoices"],
                        _S["belvo-webhook-invoices-historical"],
                        _S["belvo-webhook-invoices-sat-dian"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/belvo/webhook_type/#INVOICES",
                    editorial=True,
                ),
                CodeInfo(
                    value="BILLS",
                    description="Webhooks about the bills of a link.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["belvo-webhook-bills"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/belvo/webhook_type/#BILLS",
                    editorial=True,
                ),
                CodeInfo(
                    value="RECURRING_EXPENSES",
                    description="Webhooks about the recurring expenses Belvo identifies for a link.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["belvo-webhook-recurring-expenses"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/belvo/webhook_type/#RECURRING_EXPENSES",
                    editorial=True,
                ),
                CodeInfo(
                    value="RISK_INSIGHTS",
                    description="Webhooks about the risk insights Belvo generates for a link.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["belvo-webhook-risk-insights"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/belvo/webhook_type/#RISK_INSIGHTS",
                    editorial=True,
                ),
                CodeInfo(
                    value="INCOMES",
                    description="Webhooks about the incomes Belvo identifies for a link.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["belvo-webhook-incomes"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/belvo/webhook_type/#INCOMES",
                    editorial=True,
                ),
                CodeInfo(
                    value="INVESTMENTS",
                    description="Webhooks about the investment accounts of a link.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["belvo-webhook-investments"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/belvo/webhook_type/#INVESTMENTS",
                    editorial=True,
                    notes="Belvo's page is an early preview of its Investments product, whose names and values may change.",
                ),
                CodeInfo(
                    value="INVESTMENT_TRANSACTIONS",
                    description="Webhooks about the investment transactions of a link.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["belvo-webhook-investment-transactions"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/belvo/webhook_type/#INVESTMENT_TRANSACTIONS",
                    editorial=True,
                    notes="Belvo's page is an early preview of its Investments product, whose names and values may change.",
                ),
            ),
        ),
        {},
    )
    return WebhookType


def _ProcessType() -> type[CodeEnum]:
    class ProcessType(CodeEnum):
        """Webhook process type: Why an aggregation webhook was sent (Belvo: 'The process_type parameter indicates why the webhook event was triggered.'). The saved copy is cut before Belvo's list of values; these are the values its examples show.

        Wire field: process_type (aggregation webhooks)."""

        historical_update = "historical_update"
        recurrent_update = "recurrent_update"

    register(
        ProcessType,
        lambda: (
            CodeSetInfo(
                provider="belvo",
                id="process_type",
                title="Webhook process type",
                description="Why an aggregation webhook was sent (Belvo: 'The process_type parameter indicates why the webhook event was triggered.'). The saved copy is cut before Belvo's list of values; these are the values its examples show.",
                field="process_type (aggregation webhooks)",
                sources=(_S["belvo-webhooks-aggregation-fields"],),
            ),
            (
                CodeInfo(
                    value="historical_update",
                    description="The webhook reports the historical load of a new link's data.",
                    category=_C.INFORMATIONAL,
                    sources=(
                        _S["belvo-webhook-accounts"],
                        _S["belvo-webhook-transactions"],
                        _S["belvo-webhooks-aggregation"],
                        _S["belvo-webhooks-aggregation-fields"],
                        _S["belvo-webhook-invoices"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/belvo/process_type/#historical_update",
                    editorial=True,
                ),
                CodeInfo(
                    value="recurrent_update",
                    description="The webhook reports a recurrent refresh of a link.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["belvo-webhook-accounts"], _S["belvo-webhook-links"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/belvo/process_type/#recurrent_update",
                    editorial=True,
                ),
            ),
        ),
        {},
    )
    return ProcessType


def _ResponseStatus() -> type[NumericCodeEnum]:
    class ResponseStatus(NumericCodeEnum):
        """API response status: The HTTP status of a Belvo API response, with the meaning Belvo's response-code table gives it. The error's code in the body (error_code) is the more specific fact.

        Wire field: the HTTP status of an API response."""

        OK = 200
        CREATED = 201
        NO_CONTENT = 204
        BAD_REQUEST = 400
        UNAUTHORIZED = 401
        FORBIDDEN = 403
        NOT_FOUND = 404
        METHOD_NOT_ALLOWED = 405
        REQUEST_TIMEOUT = 408
        CONFLICT = 409
        MFA_TOKEN_REQUIRED = 428
        INTERNAL_SERVER_ERROR = 500

    register(
        ResponseStatus,
        lambda: (
            CodeSetInfo(
                provider="belvo",
                id="response_status",
                title="API response status",
                description="The HTTP status of a Belvo API response, with the meaning Belvo's response-code table gives it. The error's code in the body (error_code) is the more specific fact.",
                field="the HTTP status of an API response",
                sources=(_S["belvo-api-errors"],),
            ),
            (
                CodeInfo(
                    value="200",
                    description="The content is available in the response body.",
                    category=_C.SUCCESS,
                    sources=(_S["belvo-api-errors"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["belvo-api-errors"],)
                        ),
                    ),
                    page="reference/belvo/response_status/#200",
                ),
                CodeInfo(
                    value="201",
                    description="The content was created successfully on Belvo.",
                    category=_C.SUCCESS,
                    sources=(_S["belvo-api-errors"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["belvo-api-errors"],)
                        ),
                    ),
                    page="reference/belvo/response_status/#201",
                ),
                CodeInfo(
                    value="204",
                    description="No content to return.",
                    category=_C.SUCCESS,
                    sources=(_S["belvo-api-errors"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["belvo-api-errors"],)
                        ),
                    ),
                    page="reference/belvo/response_status/#204",
                ),
                CodeInfo(
                    value="400",
                    description="Request returned an error, detail in content.",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["belvo-api-errors"], _S["belvo-openapi-errors-40x-es"]),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["belvo-api-errors"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/belvo/response_status/#400",
                    notes="The error code in the body says what went wrong (Belvo returns 400 for invalid credentials, a missing field or an institution that is down alike). Belvo asks integrators not to retry a request answered with a 40x status, a client error (its one exception is the 'too many sessions' error, to be retried like a 50x); the category's retryable reading does not hold here.",
                ),
                CodeInfo(
                    value="401",
                    description="The Belvo credentials provided are not valid.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["belvo-api-errors"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["belvo-api-errors"],)
                        ),
                    ),
                    page="reference/belvo/response_status/#401",
                ),
                CodeInfo(
                    value="403",
                    description="You don’t have the required permissions to perform this action.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["belvo-api-errors"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["belvo-api-errors"],)
                        ),
                    ),
                    page="reference/belvo/response_status/#403",
                ),
                CodeInfo(
                    value="404",
                    description="The resource you try to access cannot be found.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["belvo-api-errors"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["belvo-api-errors"],)
                        ),
                    ),
                    page="reference/belvo/response_status/#404",
                ),
                CodeInfo(
                    value="405",
                    description="The HTTP method you are using is not accepted for this resource.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["belvo-api-errors"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["belvo-api-errors"],)
                        ),
                    ),
                    page="reference/belvo/response_status/#405",
                ),
                CodeInfo(
                    value="408",
                    description="The request timed out and was terminated by the server.",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["belvo-api-errors"], _S["belvo-openapi-errors-40x-es"]),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["belvo-api-errors"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/belvo/response_status/#408",
                    notes="Belvo asks integrators not to retry a request answered with a 40x status, a client error (its one exception is the 'too many sessions' error, to be retried like a 50x); the category's retryable reading does not hold here. The error code this status comes with says more: Belvo's request_timeout says the same request may be made again, as the API keeps the data it could read.",
                ),
                CodeInfo(
                    value="409",
                    description="The request could not be completed due to a conflict with the current state of the resource.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["belvo-api-errors"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["belvo-api-errors"],)
                        ),
                    ),
                    page="reference/belvo/response_status/#409",
                ),
                CodeInfo(
                    value="428",
                    description="MFA token was required by the institution to connect.",
                    category=_C.MFA_REQUIRED,
                    sources=(_S["belvo-api-errors"],),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["belvo-api-errors"],)
                        ),
                    ),
                    page="reference/belvo/response_status/#428",
                ),
                CodeInfo(
                    value="500",
                    description="The detail of the error is available in the response body.",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["belvo-api-errors"],),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["belvo-api-errors"],)
                        ),
                    ),
                    page="reference/belvo/response_status/#500",
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
            "ErrorCode",
            "LinkStatus",
            "WebhookCode",
            "PaymentStatusReasonCode",
            "PaymentFailureCode",
            "InstitutionStatus",
            "PaymentIntentStatus",
            "ChargeStatus",
            "DirectDebitFailedReason",
            "WebhookType",
            "ProcessType",
            "ResponseStatus",
        )
    )
