# generated from spec/catalog.json — do not edit (run `make generate`)
"""Belvo (https://belvo.com): one enum per code set of the catalog, with metadata on every member. Each is built on first use."""

from __future__ import annotations

from bankcodes._base import CodeEnum, NumericCodeEnum, register
from bankcodes._lazy import LazyNames
from bankcodes._records import CodeInfo, CodeSetInfo, Equivalent, HttpStatus, Wording
from bankcodes._sources import SOURCES as _S
from bankcodes.categories import Category as _C


def _ErrorCode() -> type[CodeEnum]:
    class ErrorCode(CodeEnum):
        """API error code: The code of an error: the code of each error object of an API error response (the body is a JSON list of such objects), and the data.error_code of a LINK webhook. Belvo's own pages reachable here publish only these codes; its full table of error codes was not readable (see the notes of each code).

        Wire field: code (each object of an API error response, a JSON list); data.error_code (LINK webhooks)."""

        required = "required"
        login_error = "login_error"
        unexpected_error = "unexpected_error"
        activation_failed = "activation_failed"
        institution_down = "institution_down"

    register(
        ErrorCode,
        CodeSetInfo(
            provider="belvo",
            id="error_code",
            title="API error code",
            description="The code of an error: the code of each error object of an API error response (the body is a JSON list of such objects), and the data.error_code of a LINK webhook. Belvo's own pages reachable here publish only these codes; its full table of error codes was not readable (see the notes of each code).",
            field="code (each object of an API error response, a JSON list); data.error_code (LINK webhooks)",
            sources=(
                _S["belvo-openapi-error-handling"],
                _S["belvo-support-errors-pt"],
                _S["belvo-webhook-links"],
            ),
        ),
        (
            CodeInfo(
                value="required",
                description="This field is required.",
                category=_C.INTEGRATION_ERROR,
                sources=(_S["belvo-openapi-error-handling"], _S["belvo-api-errors-page"]),
                retryable=False,
                end_user_can_retry=False,
                message="This field is required.",
                http=(HttpStatus(status=400, sources=(_S["belvo-api-errors-page"],)),),
                notes="Belvo's example of an API error (an example of a 400 Bad Request error on its errors page): the request body lacks a required field, which the error object's field names (link in the example).",
                wording=(
                    Wording(
                        field="message",
                        by="provider",
                        sources=(_S["belvo-openapi-error-handling"], _S["belvo-api-errors-page"]),
                    ),
                    Wording(field="notes", by="bankcodes"),
                ),
            ),
            CodeInfo(
                value="login_error",
                description="Invalid credentials provided to login to the institution",
                category=_C.CREDENTIALS_INVALID,
                sources=(_S["belvo-webhook-links"],),
                retryable=False,
                end_user_can_retry=True,
                message="Invalid credentials provided to login to the institution",
                http=(
                    HttpStatus(
                        status=400,
                        sources=(_S["belvo-webhook-links"],),
                        context="data.status of the LINK webhook that reports it",
                    ),
                ),
                notes="Published as the data.error_code of a LINK webhook whose webhook_code is invalid_credentials, with data.error_message as its message and data.status 400; Belvo asks the integrator to have the end user update the link's password (Connect widget in update mode, or a link update request).",
                wording=(
                    Wording(field="message", by="provider", sources=(_S["belvo-webhook-links"],)),
                    Wording(field="notes", by="bankcodes"),
                ),
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
                ),
            ),
            CodeInfo(
                value="unexpected_error",
                description="Belvo is unable to process the request due to an internal system issue or to an unsupported response from an institution",
                category=_C.GENERIC_FAILURE,
                sources=(_S["belvo-support-errors-pt"],),
                retryable=True,
                end_user_can_retry=True,
                message="Belvo is unable to process the request due to an internal system issue or to an unsupported response from an institution",
                advice="Recomendamos repetir a chamada máxima 3 vezes caso o detalhe seja intermitente. Realizando a mesma operação e recebendo um terceiro erro 500, informe a Belvo com o request_id.",
                http=(HttpStatus(status=500, sources=(_S["belvo-support-errors-pt"],)),),
                notes="From Belvo's pt-BR help article (its default description is in English, its advice in Portuguese: retry at most 3 times when the fault is intermittent, then report the request_id after a third 500). The article says the error is relevant in the widget, which shows the title 'Ocorreu um erro' and a Portuguese text asking the user to try again; Belvo publishes no English widget text for it in the sources read, so no user_message is given. The cause it gives: a change on the institution's side that stops Belvo's integration from working, intermittent or persistent.",
                wording=(
                    Wording(
                        field="message", by="provider", sources=(_S["belvo-support-errors-pt"],)
                    ),
                    Wording(
                        field="advice", by="provider", sources=(_S["belvo-support-errors-pt"],)
                    ),
                    Wording(field="notes", by="bankcodes"),
                ),
            ),
            CodeInfo(
                value="activation_failed",
                description="The credentials provided were not accepted by the institution. Please verify CVV and PIN are correct.",
                category=_C.ACTION_REQUIRED_AT_INSTITUTION,
                sources=(_S["belvo-support-errors-pt"],),
                retryable=False,
                end_user_can_retry=True,
                message="The credentials provided were not accepted by the institution. Please verify CVV and PIN are correct.",
                advice="É necessário que o usuário final entre em contato com seu banco para ativar seu banco online.",
                http=(HttpStatus(status=400, sources=(_S["belvo-support-errors-pt"],)),),
                notes="Belvo's pt-BR help article gives the cause: the end user has not activated online banking with the institution, and Belvo's attempt to activate it failed because the CVV and PIN entered were wrong; the end user must contact their bank to activate online banking, then create the link with the same credentials. Hence action required at the institution rather than credentials invalid. Not relevant in the widget (widget code and text N/A).",
                wording=(
                    Wording(
                        field="message", by="provider", sources=(_S["belvo-support-errors-pt"],)
                    ),
                    Wording(
                        field="advice", by="provider", sources=(_S["belvo-support-errors-pt"],)
                    ),
                    Wording(field="notes", by="bankcodes"),
                ),
            ),
            CodeInfo(
                value="institution_down",
                description="The institution is down.",
                category=_C.INSTITUTION_UNAVAILABLE,
                sources=(_S["belvo-support-errors-pt"], _S["belvo-openapi-errors-40x-es"]),
                retryable=False,
                end_user_can_retry=True,
                editorial=True,
                http=(HttpStatus(status=400, sources=(_S["belvo-support-errors-pt"],)),),
                notes="The saved copy of Belvo's pt-BR help article ends inside this row: its default description is cut after \"The financial institution is down,\", and the row's widget code, widget text, cause and action are missing, as are every later row of that table. Not retryable: Belvo answers it with HTTP 400 and asks integrators not to retry a request answered with a 40x status (its one exception is the 'too many sessions' error); the category's retryable reading does not hold here.",
                wording=(
                    Wording(field="description", by="bankcodes"),
                    Wording(field="notes", by="bankcodes"),
                ),
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
            ),
        ),
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
        CodeSetInfo(
            provider="belvo",
            id="link_status",
            title="Link status",
            description="The current status of a link (Belvo's encrypted set of an end user's credentials to one institution).",
            field="status (the Link object)",
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
                editorial=True,
                notes="Belvo's Link schema lists the value without defining it; the description is bankcodes' reading.",
                wording=(
                    Wording(field="description", by="bankcodes"),
                    Wording(field="notes", by="bankcodes"),
                ),
            ),
            CodeInfo(
                value="invalid",
                description="The link no longer works with the credentials Belvo holds.",
                category=_C.RECONNECT_REQUIRED,
                sources=(_S["belvo-link-schema"],),
                retryable=False,
                end_user_can_retry=True,
                editorial=True,
                notes="Belvo's Link schema lists the value without defining it; bankcodes reads it as a link the end user must update (Belvo's LINK webhooks ask for new credentials through the Connect widget's update mode), hence reconnect required.",
                wording=(
                    Wording(field="description", by="bankcodes"),
                    Wording(field="notes", by="bankcodes"),
                ),
            ),
            CodeInfo(
                value="unconfirmed",
                description="The link's creation has not been confirmed.",
                category=_C.PENDING,
                sources=(_S["belvo-link-schema"],),
                retryable=False,
                end_user_can_retry=False,
                editorial=True,
                notes="Belvo's Link schema lists the value without defining it; the description and the category are bankcodes' reading of the word, with no published meaning to rest on.",
                wording=(
                    Wording(field="description", by="bankcodes"),
                    Wording(field="notes", by="bankcodes"),
                ),
            ),
            CodeInfo(
                value="token_required",
                description="The institution requires a new MFA token for the link.",
                category=_C.MFA_REQUIRED,
                sources=(_S["belvo-link-schema"], _S["belvo-webhook-links"]),
                retryable=False,
                end_user_can_retry=True,
                editorial=True,
                notes="Belvo's Link schema lists the value without defining it; its LINK webhook of the same name is sent whenever a new MFA token is required by the institution to keep a recurrent link working (the saved copy is cut inside that sentence).",
                wording=(
                    Wording(field="description", by="bankcodes"),
                    Wording(field="notes", by="bankcodes"),
                ),
            ),
        ),
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

    register(
        WebhookCode,
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
                ),
                retryable=False,
                end_user_can_retry=False,
                editorial=True,
                notes="Sent per resource (ACCOUNTS, TRANSACTIONS, ...) soon after a link is created; its data counts what was found (total_accounts; total_transactions with the inflow and outflow counts and the first and last dates).",
                wording=(
                    Wording(field="description", by="bankcodes"),
                    Wording(field="notes", by="bankcodes"),
                ),
            ),
            CodeInfo(
                value="new_accounts_available",
                description="New accounts were found for the link since its last update.",
                category=_C.INFORMATIONAL,
                sources=(_S["belvo-webhook-accounts"],),
                retryable=False,
                end_user_can_retry=False,
                editorial=True,
                wording=(Wording(field="description", by="bankcodes"),),
            ),
            CodeInfo(
                value="new_transactions_available",
                description="New transactions are available for a banking recurrent link.",
                category=_C.INFORMATIONAL,
                sources=(_S["belvo-webhook-transactions"],),
                retryable=False,
                end_user_can_retry=False,
                editorial=True,
                notes="Belvo: new transactions are those found in the institution for the link since the last update.",
                wording=(
                    Wording(field="description", by="bankcodes"),
                    Wording(field="notes", by="bankcodes"),
                ),
            ),
            CodeInfo(
                value="transactions_updated",
                description="Transactions of the link were updated.",
                category=_C.INFORMATIONAL,
                sources=(_S["belvo-webhooks-legacy"],),
                retryable=False,
                end_user_can_retry=False,
                editorial=True,
                notes="Belvo names it (with transactions_deleted) as working for both single and recurrent links; the saved copies hold no example of it.",
                wording=(
                    Wording(field="description", by="bankcodes"),
                    Wording(field="notes", by="bankcodes"),
                ),
            ),
            CodeInfo(
                value="transactions_deleted",
                description="Transactions of the link were deleted.",
                category=_C.INFORMATIONAL,
                sources=(_S["belvo-webhooks-legacy"],),
                retryable=False,
                end_user_can_retry=False,
                editorial=True,
                notes="Belvo names it (with transactions_updated) as working for both single and recurrent links; the saved copies hold no example of it.",
                wording=(
                    Wording(field="description", by="bankcodes"),
                    Wording(field="notes", by="bankcodes"),
                ),
            ),
            CodeInfo(
                value="invalid_credentials",
                description="The end user's credentials are no longer valid to update the recurrent link.",
                category=_C.RECONNECT_REQUIRED,
                sources=(_S["belvo-webhook-links"],),
                retryable=False,
                end_user_can_retry=True,
                advice="Once you receive this notification, you can ask your user to update their new password using the Connect widget in Update Mode.",
                editorial=True,
                notes="Belvo: this can happen when a user changes their bank credentials; the webhook's data carries the error (error_code login_error in Belvo's example).",
                wording=(
                    Wording(field="description", by="bankcodes"),
                    Wording(field="advice", by="provider", sources=(_S["belvo-webhook-links"],)),
                    Wording(field="notes", by="bankcodes"),
                ),
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
            ),
            CodeInfo(
                value="token_required",
                description="The institution requires a new MFA token to keep refreshing the recurrent link.",
                category=_C.MFA_REQUIRED,
                sources=(_S["belvo-webhook-links"],),
                retryable=False,
                end_user_can_retry=True,
                editorial=True,
                notes="The saved copy of Belvo's page is cut inside the sentence that introduces it; its example body is missing.",
                wording=(
                    Wording(field="description", by="bankcodes"),
                    Wording(field="notes", by="bankcodes"),
                ),
            ),
            CodeInfo(
                value="STATUS_UPDATE",
                description="The status of a payment object changed.",
                category=_C.INFORMATIONAL,
                sources=(_S["belvo-payments-webhooks"], _S["belvo-payments-webhooks-co"]),
                retryable=False,
                end_user_can_retry=False,
                editorial=True,
                wording=(Wording(field="description", by="bankcodes"),),
            ),
            CodeInfo(
                value="OBJECT_CREATED",
                description="A payment object was created (for BANK_ACCOUNTS: a new bank account).",
                category=_C.INFORMATIONAL,
                sources=(_S["belvo-payments-webhooks-co"],),
                retryable=False,
                end_user_can_retry=False,
                editorial=True,
                wording=(Wording(field="description", by="bankcodes"),),
            ),
        ),
    )
    return WebhookCode


def _PaymentStatusReasonCode() -> type[CodeEnum]:
    class PaymentStatusReasonCode(CodeEnum):
        """Payment status reason code (Payments Brazil, V2): Why a Payment Authorization or an associated Charge (Payments Brazil, V2) changed status: status_reason_code, in upper case, sent with status_reason_message (in English only).

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
        CodeSetInfo(
            provider="belvo",
            id="payment_status_reason_code",
            title="Payment status reason code (Payments Brazil, V2)",
            description="Why a Payment Authorization or an associated Charge (Payments Brazil, V2) changed status: status_reason_code, in upper case, sent with status_reason_message (in English only).",
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
                message="The payer account does not allow payments.",
                notes="The wire message is in English only; Belvo's Spanish page leaves this row's message in English.",
                wording=(
                    Wording(
                        field="message", by="provider", sources=(_S["belvo-payments-br-codes-v2"],)
                    ),
                    Wording(field="notes", by="bankcodes"),
                ),
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
                message="The amount exceeds the maximum limit for the account.",
                message_translations={
                    "es": "La cantidad excede el límite máximo para la cuenta.",
                    "pt-BR": "O valor excede o limite máximo para a conta.",
                },
                notes="Belvo's Spanish and Brazilian Portuguese pages translate this message for readers (the wire message is in English only).",
                wording=(
                    Wording(
                        field="message", by="provider", sources=(_S["belvo-payments-br-codes-v2"],)
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
                message="The Payment Authorization was not completed within the allowed period.",
                message_translations={
                    "es": "La Autorización de Pago no se completó dentro del período permitido.",
                    "pt-BR": "A Autorização de Pagamento não foi concluída dentro do período permitido.",
                },
                notes="The payer did not complete the authorization in time: a new authorization can be started, hence session expired. Belvo's Spanish and Brazilian Portuguese pages translate this message for readers (the wire message is in English only).",
                wording=(
                    Wording(
                        field="message", by="provider", sources=(_S["belvo-payments-br-codes-v2"],)
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
                message="The authenticated bank user differed from the paying user.",
                message_translations={
                    "es": "El usuario bancario autenticado difiere del usuario pagador.",
                    "pt-BR": "O usuário autenticado no banco diferiu do usuário pagador.",
                },
                notes="Belvo's Spanish and Brazilian Portuguese pages translate this message for readers (the wire message is in English only).",
                wording=(
                    Wording(
                        field="message", by="provider", sources=(_S["belvo-payments-br-codes-v2"],)
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
                message="The beneficiary bank account is blocked.",
                message_translations={
                    "es": "La cuenta bancaria del beneficiario está bloqueada.",
                    "pt-BR": "A conta bancária do beneficiário está bloqueada.",
                },
                notes="The beneficiary is the account that receives the payment (the integrator's or its client's). Belvo's Spanish and Brazilian Portuguese pages translate this message for readers (the wire message is in English only).",
                wording=(
                    Wording(
                        field="message", by="provider", sources=(_S["belvo-payments-br-codes-v2"],)
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
                message="The beneficiary bank account is closed.",
                message_translations={
                    "es": "La cuenta bancaria del beneficiario está cerrada.",
                    "pt-BR": "A conta bancária do beneficiário está encerrada.",
                },
                notes="The beneficiary is the account that receives the payment (the integrator's or its client's). Belvo's Spanish and Brazilian Portuguese pages translate this message for readers (the wire message is in English only).",
                wording=(
                    Wording(
                        field="message", by="provider", sources=(_S["belvo-payments-br-codes-v2"],)
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
                message="The Charge could not be completed due to an unexpected error in the beneficiary account.",
                message_translations={
                    "es": "El Cargo no pudo completarse debido a un error inesperado en la cuenta del beneficiario."
                },
                notes="Belvo's Spanish and Brazilian Portuguese pages translate this message for readers (the wire message is in English only).",
                wording=(
                    Wording(
                        field="message", by="provider", sources=(_S["belvo-payments-br-codes-v2"],)
                    ),
                    Wording(
                        field="message_translations",
                        by="provider",
                        sources=(_S["belvo-payments-br-codes-es"],),
                    ),
                    Wording(field="notes", by="bankcodes"),
                ),
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
                message="The beneficiary bank account number is invalid or non-existent.",
                message_translations={
                    "es": "El número de cuenta bancaria del beneficiario es inválido o inexistente."
                },
                notes="The beneficiary's account details come from the integrator, hence an integration error. Belvo's Spanish page translates this message for readers (the wire message is in English only).",
                wording=(
                    Wording(
                        field="message", by="provider", sources=(_S["belvo-payments-br-codes-v2"],)
                    ),
                    Wording(
                        field="message_translations",
                        by="provider",
                        sources=(_S["belvo-payments-br-codes-es"],),
                    ),
                    Wording(field="notes", by="bankcodes"),
                ),
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
                message="The beneficiary bank account type does not allow this type of action.",
                message_translations={
                    "es": "El tipo de cuenta bancaria del beneficiario no permite este tipo de acción."
                },
                notes="The beneficiary's account details come from the integrator, hence an integration error. Belvo's Spanish page translates this message for readers (the wire message is in English only).",
                wording=(
                    Wording(
                        field="message", by="provider", sources=(_S["belvo-payments-br-codes-v2"],)
                    ),
                    Wording(
                        field="message_translations",
                        by="provider",
                        sources=(_S["belvo-payments-br-codes-es"],),
                    ),
                    Wording(field="notes", by="bankcodes"),
                ),
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
                message="The transaction type is not supported or authorized by the beneficiary account.",
                notes="Belvo's Spanish page translates this message for readers (the wire message is in English only); its saved copy is cut inside that translation, so none is given here.",
                wording=(
                    Wording(
                        field="message", by="provider", sources=(_S["belvo-payments-br-codes-v2"],)
                    ),
                    Wording(field="notes", by="bankcodes"),
                ),
            ),
            CodeInfo(
                value="BENEFICIARY_BANK_REJECTED_CHARGE",
                description="The Charge was rejected by the beneficiary's institution.",
                category=_C.REJECTED,
                sources=(_S["belvo-payments-br-codes-v2"], _S["belvo-payments-br-codes-v2-md"]),
                retryable=False,
                end_user_can_retry=False,
                message="The Charge was rejected by the beneficiary's institution.",
                wording=(
                    Wording(
                        field="message", by="provider", sources=(_S["belvo-payments-br-codes-v2"],)
                    ),
                ),
            ),
            CodeInfo(
                value="BENEFICIARY_CANCELLED_RECURRING_PAYMENT",
                description="The beneficiary cancelled the recurring payment schedule.",
                category=_C.CANCELLED,
                sources=(_S["belvo-payments-br-codes-v2"],),
                retryable=False,
                end_user_can_retry=True,
                message="The beneficiary cancelled the recurring payment schedule.",
                wording=(
                    Wording(
                        field="message", by="provider", sources=(_S["belvo-payments-br-codes-v2"],)
                    ),
                ),
            ),
        ),
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
                message="The payment amount or number of payments exceeds limits.",
                aliases=("amount_over_limit",),
                notes="Belvo's table publishes the V1 codes in upper case, while its V2 page says V1 sends failure_code in lower case (for example beneficiary_bank_revoked_authorization) and its V1 webhook example sends consent_expired: the lower-case spelling is kept as an alias.",
                wording=(
                    Wording(
                        field="message", by="provider", sources=(_S["belvo-payments-br-codes-v1"],)
                    ),
                    Wording(field="notes", by="bankcodes"),
                ),
            ),
            CodeInfo(
                value="BENEFICIARY_ACCOUNT_BLOCKED",
                description="The beneficiary bank account is blocked.",
                category=_C.REJECTED,
                sources=(_S["belvo-payments-br-codes-v1"], _S["belvo-payments-br-codes-v2"]),
                retryable=False,
                end_user_can_retry=False,
                message="The beneficiary bank account is blocked.",
                aliases=("beneficiary_account_blocked",),
                notes="The beneficiary is the account that receives the payment (the integrator's or its client's). Belvo's table publishes the V1 codes in upper case, while its V2 page says V1 sends failure_code in lower case (for example beneficiary_bank_revoked_authorization) and its V1 webhook example sends consent_expired: the lower-case spelling is kept as an alias.",
                wording=(
                    Wording(
                        field="message", by="provider", sources=(_S["belvo-payments-br-codes-v1"],)
                    ),
                    Wording(field="notes", by="bankcodes"),
                ),
            ),
            CodeInfo(
                value="BENEFICIARY_ACCOUNT_CLOSED",
                description="The beneficiary bank account is closed.",
                category=_C.REJECTED,
                sources=(_S["belvo-payments-br-codes-v1"], _S["belvo-payments-br-codes-v2"]),
                retryable=False,
                end_user_can_retry=False,
                message="The beneficiary bank account is closed.",
                aliases=("beneficiary_account_closed",),
                notes="The beneficiary is the account that receives the payment (the integrator's or its client's). Belvo's table publishes the V1 codes in upper case, while its V2 page says V1 sends failure_code in lower case (for example beneficiary_bank_revoked_authorization) and its V1 webhook example sends consent_expired: the lower-case spelling is kept as an alias.",
                wording=(
                    Wording(
                        field="message", by="provider", sources=(_S["belvo-payments-br-codes-v1"],)
                    ),
                    Wording(field="notes", by="bankcodes"),
                ),
            ),
            CodeInfo(
                value="BENEFICIARY_ACCOUNT_ERROR",
                description="The Charge could not be completed due to an unexpected error in the beneficiary account.",
                category=_C.GENERIC_FAILURE,
                sources=(_S["belvo-payments-br-codes-v1"], _S["belvo-payments-br-codes-v2"]),
                retryable=True,
                end_user_can_retry=True,
                message="The Charge could not be completed due to an unexpected error in the beneficiary account.",
                aliases=("beneficiary_account_error",),
                notes="Belvo's table publishes the V1 codes in upper case, while its V2 page says V1 sends failure_code in lower case (for example beneficiary_bank_revoked_authorization) and its V1 webhook example sends consent_expired: the lower-case spelling is kept as an alias.",
                wording=(
                    Wording(
                        field="message", by="provider", sources=(_S["belvo-payments-br-codes-v1"],)
                    ),
                    Wording(field="notes", by="bankcodes"),
                ),
            ),
            CodeInfo(
                value="BENEFICIARY_ACCOUNT_NUMBER_INVALID",
                description="The beneficiary bank account number is invalid or non-existent.",
                category=_C.INTEGRATION_ERROR,
                sources=(_S["belvo-payments-br-codes-v1"], _S["belvo-payments-br-codes-v2"]),
                retryable=False,
                end_user_can_retry=False,
                message="The beneficiary bank account number is invalid or non-existent.",
                aliases=("beneficiary_account_number_invalid",),
                notes="The beneficiary's account details come from the integrator, hence an integration error. Belvo's table publishes the V1 codes in upper case, while its V2 page says V1 sends failure_code in lower case (for example beneficiary_bank_revoked_authorization) and its V1 webhook example sends consent_expired: the lower-case spelling is kept as an alias.",
                wording=(
                    Wording(
                        field="message", by="provider", sources=(_S["belvo-payments-br-codes-v1"],)
                    ),
                    Wording(field="notes", by="bankcodes"),
                ),
            ),
            CodeInfo(
                value="BENEFICIARY_ACCOUNT_TYPE_INVALID",
                description="The beneficiary bank account type does not allow this type of action.",
                category=_C.INTEGRATION_ERROR,
                sources=(_S["belvo-payments-br-codes-v1"], _S["belvo-payments-br-codes-v2"]),
                retryable=False,
                end_user_can_retry=False,
                message="The beneficiary bank account type does not allow this type of action.",
                aliases=("beneficiary_account_type_invalid",),
                notes="The beneficiary's account details come from the integrator, hence an integration error. Belvo's table publishes the V1 codes in upper case, while its V2 page says V1 sends failure_code in lower case (for example beneficiary_bank_revoked_authorization) and its V1 webhook example sends consent_expired: the lower-case spelling is kept as an alias.",
                wording=(
                    Wording(
                        field="message", by="provider", sources=(_S["belvo-payments-br-codes-v1"],)
                    ),
                    Wording(field="notes", by="bankcodes"),
                ),
            ),
            CodeInfo(
                value="BENEFICIARY_ACCOUNT_TYPE_NOT_SUPPORTED",
                description="The transaction type is not supported or authorized by the beneficiary account.",
                category=_C.REJECTED,
                sources=(_S["belvo-payments-br-codes-v1"], _S["belvo-payments-br-codes-v2"]),
                retryable=False,
                end_user_can_retry=False,
                message="The transaction type is not supported or authorized by the beneficiary account.",
                aliases=("beneficiary_account_type_not_supported",),
                notes="Belvo's table publishes the V1 codes in upper case, while its V2 page says V1 sends failure_code in lower case (for example beneficiary_bank_revoked_authorization) and its V1 webhook example sends consent_expired: the lower-case spelling is kept as an alias.",
                wording=(
                    Wording(
                        field="message", by="provider", sources=(_S["belvo-payments-br-codes-v1"],)
                    ),
                    Wording(field="notes", by="bankcodes"),
                ),
            ),
            CodeInfo(
                value="BENEFICIARY_BANK_REJECTED_CHARGE",
                description="The Charge was rejected by the beneficiary's institution.",
                category=_C.REJECTED,
                sources=(_S["belvo-payments-br-codes-v1"], _S["belvo-payments-br-codes-v2"]),
                retryable=False,
                end_user_can_retry=False,
                message="The Charge was rejected by the beneficiary's institution.",
                aliases=("beneficiary_bank_rejected_charge",),
                notes="Belvo's table publishes the V1 codes in upper case, while its V2 page says V1 sends failure_code in lower case (for example beneficiary_bank_revoked_authorization) and its V1 webhook example sends consent_expired: the lower-case spelling is kept as an alias.",
                wording=(
                    Wording(
                        field="message", by="provider", sources=(_S["belvo-payments-br-codes-v1"],)
                    ),
                    Wording(field="notes", by="bankcodes"),
                ),
            ),
            CodeInfo(
                value="BENEFICIARY_CANCELLED_RECURRING_PAYMENT",
                description="The beneficiary cancelled the recurring payment schedule.",
                category=_C.CANCELLED,
                sources=(_S["belvo-payments-br-codes-v1"], _S["belvo-payments-br-codes-v2"]),
                retryable=False,
                end_user_can_retry=True,
                message="The beneficiary cancelled the recurring payment schedule.",
                aliases=("beneficiary_cancelled_recurring_payment",),
                notes="Belvo's table publishes the V1 codes in upper case, while its V2 page says V1 sends failure_code in lower case (for example beneficiary_bank_revoked_authorization) and its V1 webhook example sends consent_expired: the lower-case spelling is kept as an alias.",
                wording=(
                    Wording(
                        field="message", by="provider", sources=(_S["belvo-payments-br-codes-v1"],)
                    ),
                    Wording(field="notes", by="bankcodes"),
                ),
            ),
            CodeInfo(
                value="BENEFICIARY_IDENTIFIER_INVALID",
                description="The beneficiary's CPF or CNPJ is incorrect.",
                category=_C.INTEGRATION_ERROR,
                sources=(_S["belvo-payments-br-codes-v1"], _S["belvo-payments-br-codes-v2"]),
                retryable=False,
                end_user_can_retry=False,
                message="The beneficiary's CPF or CNPJ is incorrect.",
                aliases=("beneficiary_identifier_invalid",),
                notes="The beneficiary's tax identifier comes from the integrator, hence an integration error. Belvo's table publishes the V1 codes in upper case, while its V2 page says V1 sends failure_code in lower case (for example beneficiary_bank_revoked_authorization) and its V1 webhook example sends consent_expired: the lower-case spelling is kept as an alias.",
                wording=(
                    Wording(
                        field="message", by="provider", sources=(_S["belvo-payments-br-codes-v1"],)
                    ),
                    Wording(field="notes", by="bankcodes"),
                ),
            ),
            CodeInfo(
                value="BENEFICIARY_IDENTIFIER_MISMATCH",
                description="The beneficiary's CPF or CNPJ does not match the account holder.",
                category=_C.INTEGRATION_ERROR,
                sources=(_S["belvo-payments-br-codes-v1"], _S["belvo-payments-br-codes-v2"]),
                retryable=False,
                end_user_can_retry=False,
                message="The beneficiary's CPF or CNPJ does not match the account holder.",
                aliases=("beneficiary_identifier_mismatch",),
                notes="The beneficiary's tax identifier comes from the integrator, hence an integration error. Belvo's table publishes the V1 codes in upper case, while its V2 page says V1 sends failure_code in lower case (for example beneficiary_bank_revoked_authorization) and its V1 webhook example sends consent_expired: the lower-case spelling is kept as an alias.",
                wording=(
                    Wording(
                        field="message", by="provider", sources=(_S["belvo-payments-br-codes-v1"],)
                    ),
                    Wording(field="notes", by="bankcodes"),
                ),
            ),
            CodeInfo(
                value="CHARGE_SETTLEMENT_FAILED",
                description="An error occurred while processing the Charge settlement.",
                category=_C.GENERIC_FAILURE,
                sources=(_S["belvo-payments-br-codes-v1"], _S["belvo-payments-br-codes-v2"]),
                retryable=True,
                end_user_can_retry=True,
                message="An error occurred while processing the Charge settlement.",
                aliases=("charge_settlement_failed",),
                notes="Belvo's table publishes the V1 codes in upper case, while its V2 page says V1 sends failure_code in lower case (for example beneficiary_bank_revoked_authorization) and its V1 webhook example sends consent_expired: the lower-case spelling is kept as an alias.",
                wording=(
                    Wording(
                        field="message", by="provider", sources=(_S["belvo-payments-br-codes-v1"],)
                    ),
                    Wording(field="notes", by="bankcodes"),
                ),
            ),
            CodeInfo(
                value="CHARGE_SETTLEMENT_TIMEOUT",
                description="The Charge could not be completed due to a timeout.",
                category=_C.GENERIC_FAILURE,
                sources=(_S["belvo-payments-br-codes-v1"], _S["belvo-payments-br-codes-v2"]),
                retryable=True,
                end_user_can_retry=True,
                message="The Charge could not be completed due to a timeout.",
                aliases=("charge_settlement_timeout",),
                notes="Belvo's table publishes the V1 codes in upper case, while its V2 page says V1 sends failure_code in lower case (for example beneficiary_bank_revoked_authorization) and its V1 webhook example sends consent_expired: the lower-case spelling is kept as an alias.",
                wording=(
                    Wording(
                        field="message", by="provider", sources=(_S["belvo-payments-br-codes-v1"],)
                    ),
                    Wording(field="notes", by="bankcodes"),
                ),
            ),
            CodeInfo(
                value="DUPLICATE_BENEFICIARY_CHARGE",
                description="A duplicate Charge was detected for the same beneficiary.",
                category=_C.REJECTED,
                sources=(_S["belvo-payments-br-codes-v1"], _S["belvo-payments-br-codes-v2"]),
                retryable=False,
                end_user_can_retry=False,
                message="A duplicate Charge was detected for the same beneficiary.",
                aliases=("duplicate_beneficiary_charge",),
                notes="Belvo's table publishes the V1 codes in upper case, while its V2 page says V1 sends failure_code in lower case (for example beneficiary_bank_revoked_authorization) and its V1 webhook example sends consent_expired: the lower-case spelling is kept as an alias.",
                wording=(
                    Wording(
                        field="message", by="provider", sources=(_S["belvo-payments-br-codes-v1"],)
                    ),
                    Wording(field="notes", by="bankcodes"),
                ),
            ),
            CodeInfo(
                value="FRAUD_SUSPECTED",
                description="The Charge was rejected due to suspected fraud.",
                category=_C.REJECTED,
                sources=(_S["belvo-payments-br-codes-v1"], _S["belvo-payments-br-codes-v2"]),
                retryable=False,
                end_user_can_retry=False,
                message="The Charge was rejected due to suspected fraud.",
                aliases=("fraud_suspected",),
                notes="Belvo's table publishes the V1 codes in upper case, while its V2 page says V1 sends failure_code in lower case (for example beneficiary_bank_revoked_authorization) and its V1 webhook example sends consent_expired: the lower-case spelling is kept as an alias.",
                wording=(
                    Wording(
                        field="message", by="provider", sources=(_S["belvo-payments-br-codes-v1"],)
                    ),
                    Wording(field="notes", by="bankcodes"),
                ),
            ),
            CodeInfo(
                value="INSUFFICIENT_FUNDS",
                description="The payer account had insufficient funds to make the payment.",
                category=_C.REJECTED,
                sources=(_S["belvo-payments-br-codes-v1"], _S["belvo-payments-br-codes-v2"]),
                retryable=False,
                end_user_can_retry=False,
                message="The payer account had insufficient funds to make the payment.",
                aliases=("insufficient_funds",),
                notes="Belvo's table publishes the V1 codes in upper case, while its V2 page says V1 sends failure_code in lower case (for example beneficiary_bank_revoked_authorization) and its V1 webhook example sends consent_expired: the lower-case spelling is kept as an alias.",
                wording=(
                    Wording(
                        field="message", by="provider", sources=(_S["belvo-payments-br-codes-v1"],)
                    ),
                    Wording(field="notes", by="bankcodes"),
                ),
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
                ),
            ),
            CodeInfo(
                value="PAYER_ACCOUNT_TIMEOUT_ERROR",
                description="The Charge settlement failed on a timeout of the payer's account.",
                category=_C.GENERIC_FAILURE,
                sources=(_S["belvo-payments-br-codes-v1"], _S["belvo-payments-br-codes-v2"]),
                retryable=True,
                end_user_can_retry=True,
                editorial=True,
                aliases=("payer_account_timeout_error",),
                notes="The saved copy of Belvo's V1 table ends inside this row: its message is cut after \"The Charge settlement failed due to a time\", and every later row of the table is missing; the description is bankcodes' reading of the code's name and the cut message. Belvo's table publishes the V1 codes in upper case, while its V2 page says V1 sends failure_code in lower case (for example beneficiary_bank_revoked_authorization) and its V1 webhook example sends consent_expired: the lower-case spelling is kept as an alias.",
                wording=(
                    Wording(field="description", by="bankcodes"),
                    Wording(field="notes", by="bankcodes"),
                ),
            ),
            CodeInfo(
                value="beneficiary_bank_revoked_authorization",
                description="The beneficiary's bank revoked the authorization.",
                category=_C.REJECTED,
                sources=(_S["belvo-payments-br-codes-v2"], _S["belvo-payments-br-codes-v2-md"]),
                retryable=False,
                end_user_can_retry=False,
                editorial=True,
                notes="Named by Belvo only as an example of a V1 failure_code in lower case; its row in the V1 table lies beyond the saved copy, so its message is missing. The description is bankcodes' reading of the code's name.",
                wording=(
                    Wording(field="description", by="bankcodes"),
                    Wording(field="notes", by="bankcodes"),
                ),
            ),
            CodeInfo(
                value="invalid_pix_key",
                description="The Pix key is invalid.",
                category=_C.INTEGRATION_ERROR,
                sources=(_S["belvo-payments-br-codes-v2-md"],),
                retryable=False,
                end_user_can_retry=False,
                editorial=True,
                notes="Named by Belvo only as an example of a V1 failure_code in lower case (on the Markdown capture of its codes page); its row in the V1 table lies beyond the saved copy, so its message is missing. The description is bankcodes' reading of the code's name; the Pix key comes with the payment's details, hence an integration error.",
                wording=(
                    Wording(field="description", by="bankcodes"),
                    Wording(field="notes", by="bankcodes"),
                ),
            ),
            CodeInfo(
                value="consent_expired",
                description="The payment consent was not accepted in time.",
                category=_C.SESSION_EXPIRED,
                sources=(_S["belvo-payments-webhooks"],),
                retryable=False,
                end_user_can_retry=True,
                message="The payment consent was not accepted in time.",
                notes="Shown in Belvo's example PAYMENT_INTENTS webhook (data.failure_code, with data.status FAILED); its row in the V1 table lies beyond the saved copy. The payer did not accept the consent in time, so a new payment can be started: session expired.",
                wording=(
                    Wording(
                        field="message", by="provider", sources=(_S["belvo-payments-webhooks"],)
                    ),
                    Wording(field="notes", by="bankcodes"),
                ),
            ),
        ),
    )
    return PaymentFailureCode


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
                next_statuses=(),
            ),
            CodeInfo(
                value="CANCELED",
                description="The charge has been canceled.",
                category=_C.CANCELLED,
                sources=(_S["belvo-charge-states"],),
                retryable=False,
                end_user_can_retry=True,
                notes="Belvo: a pending charge is canceled by the OF network, a scheduled one while scheduled.",
                wording=(
                    Wording(
                        field="description", by="provider", sources=(_S["belvo-charge-states"],)
                    ),
                    Wording(field="notes", by="bankcodes"),
                ),
                next_statuses=(),
            ),
            CodeInfo(
                value="FAILED",
                description="The charge has failed.",
                category=_C.GENERIC_FAILURE,
                sources=(_S["belvo-charge-states"],),
                retryable=True,
                end_user_can_retry=True,
                notes="The reason is in the charge's status_reason_code (V2) or failure_code (V1).",
                wording=(
                    Wording(
                        field="description", by="provider", sources=(_S["belvo-charge-states"],)
                    ),
                    Wording(field="notes", by="bankcodes"),
                ),
                next_statuses=(),
            ),
        ),
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
        CodeSetInfo(
            provider="belvo",
            id="direct_debit_failed_reason",
            title="Direct debit failure reason (Payments Mexico)",
            description="Why a banking partner could not process a direct debit payment method or payment request (Payments Mexico): failedReason, sent with failedReasonMessage (Spanish, as the bank gives it). Belvo's table also gives the final status of the payment method and of the payment request, and whether the request should be retried. The table goes on past code 11 on Belvo's older page, whose saved copy is cut inside the next row: later codes are not in the catalog, and read as unknown codes.",
            field="failedReason (payment methods and payment requests, Payments Mexico direct debit)",
            sources=(_S["belvo-direct-debit-errors"],),
        ),
        (
            CodeInfo(
                value="01",
                description="Cuenta inexistente",
                category=_C.ACCOUNT_UNAVAILABLE,
                sources=(_S["belvo-direct-debit-errors"], _S["belvo-direct-debit-errors-legacy"]),
                retryable=False,
                end_user_can_retry=False,
                message="Cuenta inexistente",
                notes="Final status: payment method failed, payment request failed. Belvo's Retry column says Not recommended.",
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
            ),
            CodeInfo(
                value="02",
                description="Cuenta bloqueada",
                category=_C.ACCOUNT_UNAVAILABLE,
                sources=(_S["belvo-direct-debit-errors"], _S["belvo-direct-debit-errors-legacy"]),
                retryable=True,
                end_user_can_retry=False,
                message="Cuenta bloqueada",
                notes="Final status: payment method failed, payment request failed. Belvo's Retry column says Possible: the payment request may be retried, which the category's retryable reading does not say.",
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
            ),
            CodeInfo(
                value="03",
                description="Cuenta cancelada",
                category=_C.ACCOUNT_UNAVAILABLE,
                sources=(_S["belvo-direct-debit-errors"], _S["belvo-direct-debit-errors-legacy"]),
                retryable=False,
                end_user_can_retry=False,
                message="Cuenta cancelada",
                notes="Final status: payment method failed, payment request failed. Belvo's Retry column says Not recommended.",
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
            ),
            CodeInfo(
                value="04",
                description="Cuenta con insuficiencia de fondos",
                category=_C.REJECTED,
                sources=(_S["belvo-direct-debit-errors"], _S["belvo-direct-debit-errors-legacy"]),
                retryable=True,
                end_user_can_retry=False,
                message="Cuenta con insuficiencia de fondos",
                notes="Final status: payment request failed (payment method N/A). Belvo's Retry column says Possible: the payment request may be retried, which the category's retryable reading does not say.",
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
                ),
            ),
            CodeInfo(
                value="05",
                description="Cuenta en otra divisa",
                category=_C.REJECTED,
                sources=(_S["belvo-direct-debit-errors"], _S["belvo-direct-debit-errors-legacy"]),
                retryable=False,
                end_user_can_retry=False,
                message="Cuenta en otra divisa",
                notes="Final status: payment method failed, payment request failed. Belvo's Retry column says Not recommended.",
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
            ),
            CodeInfo(
                value="06",
                description="Cuenta no pertenece al banco receptor",
                category=_C.REJECTED,
                sources=(_S["belvo-direct-debit-errors-legacy"],),
                retryable=False,
                end_user_can_retry=False,
                message="Cuenta no pertenece al banco receptor",
                aliases=("6",),
                notes="Belvo's table gives the code as \"06 / 6\": both spellings are sent, and 6 is kept as an alias. The current page lists it the same way, a row its drift rule leaves aside. Final status: payment method failed, payment request failed. Belvo's Retry column says Not recommended.",
                wording=(
                    Wording(
                        field="message",
                        by="provider",
                        sources=(_S["belvo-direct-debit-errors-legacy"],),
                    ),
                    Wording(field="notes", by="bankcodes"),
                ),
            ),
            CodeInfo(
                value="07",
                description="Transacción duplicada",
                category=_C.REJECTED,
                sources=(_S["belvo-direct-debit-errors-legacy"],),
                retryable=True,
                end_user_can_retry=False,
                message="Transacción duplicada",
                aliases=("7",),
                notes="Belvo's table gives the code as \"07 / 7\": both spellings are sent, and 7 is kept as an alias. The current page lists it the same way, a row its drift rule leaves aside. Final status: payment method failed, payment request failed. Belvo's Retry column says Possible: the payment request may be retried, which the category's retryable reading does not say.",
                wording=(
                    Wording(
                        field="message",
                        by="provider",
                        sources=(_S["belvo-direct-debit-errors-legacy"],),
                    ),
                    Wording(field="notes", by="bankcodes"),
                ),
            ),
            CodeInfo(
                value="08",
                description="Por orden del cliente: Orden de no pagar a ese Emisor",
                category=_C.REJECTED,
                sources=(_S["belvo-direct-debit-errors"], _S["belvo-direct-debit-errors-legacy"]),
                retryable=True,
                end_user_can_retry=False,
                message="Por orden del cliente: Orden de no pagar a ese Emisor",
                notes="Belvo's table lists 08 on two rows: with this message and with \"Baja por oficina\". Final status: payment method failed, payment request failed. Belvo's Retry column says Possible: the payment request may be retried, which the category's retryable reading does not say.",
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
            ),
            CodeInfo(
                value="09",
                description="Por orden del cliente: Importe mayor al autorizado",
                category=_C.REJECTED,
                sources=(_S["belvo-direct-debit-errors"], _S["belvo-direct-debit-errors-legacy"]),
                retryable=True,
                end_user_can_retry=False,
                message="Por orden del cliente: Importe mayor al autorizado",
                notes="Final status: payment method failed, payment request failed. Belvo's Retry column says Possible: the payment request may be retried, which the category's retryable reading does not say.",
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
            ),
            CodeInfo(
                value="10",
                description="Por orden del cliente: Cancelación del servicio",
                category=_C.CANCELLED,
                sources=(_S["belvo-direct-debit-errors"], _S["belvo-direct-debit-errors-legacy"]),
                retryable=True,
                end_user_can_retry=True,
                message="Por orden del cliente: Cancelación del servicio",
                notes="Belvo's table lists 10 on two rows: with this message and (on the older page) with \"Domiciliación dada de baja\". Final status: payment method failed, payment request failed. Belvo's Retry column says Possible: the payment request may be retried, which the category's retryable reading does not say.",
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
            ),
            CodeInfo(
                value="11",
                description="Cliente no tiene autorizado el servicio",
                category=_C.REJECTED,
                sources=(_S["belvo-direct-debit-errors-legacy"],),
                retryable=True,
                end_user_can_retry=False,
                message="Cliente no tiene autorizado el servicio",
                notes="Belvo's older page lists 11 on two rows: with this message and with \"Domiciliación dada de baja\"; the saved copy of its current page ends before row 11. Final status: payment method failed, payment request failed. Belvo's Retry column says Possible: the payment request may be retried, which the category's retryable reading does not say.",
                wording=(
                    Wording(
                        field="message",
                        by="provider",
                        sources=(_S["belvo-direct-debit-errors-legacy"],),
                    ),
                    Wording(field="notes", by="bankcodes"),
                ),
            ),
        ),
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

    register(
        WebhookType,
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
                editorial=True,
                wording=(Wording(field="description", by="bankcodes"),),
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
                editorial=True,
                wording=(Wording(field="description", by="bankcodes"),),
            ),
            CodeInfo(
                value="LINK",
                description="Webhooks about a link itself: its credentials or its MFA token no longer let Belvo refresh it.",
                category=_C.INFORMATIONAL,
                sources=(_S["belvo-webhook-links"], _S["belvo-webhooks-2021"]),
                retryable=False,
                end_user_can_retry=False,
                editorial=True,
                notes="Belvo's example spells it LINK (singular). Belvo's Sandbox environment does not send LINK webhooks.",
                wording=(
                    Wording(field="description", by="bankcodes"),
                    Wording(field="notes", by="bankcodes"),
                ),
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
                editorial=True,
                wording=(Wording(field="description", by="bankcodes"),),
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
                editorial=True,
                wording=(Wording(field="description", by="bankcodes"),),
            ),
            CodeInfo(
                value="ENROLLMENTS",
                description="Webhooks about enrollments (Payments Brazil, webhook schema version 1).",
                category=_C.INFORMATIONAL,
                sources=(_S["belvo-ofpi-webhooks"],),
                retryable=False,
                end_user_can_retry=False,
                editorial=True,
                notes="Listed among the schema version 1 webhooks on one capture of Belvo's Payments Webhooks (Brazil) page, not on the Markdown copy of its newer page.",
                wording=(
                    Wording(field="description", by="bankcodes"),
                    Wording(field="notes", by="bankcodes"),
                ),
            ),
            CodeInfo(
                value="BANK_ACCOUNTS",
                description="Webhooks about bank accounts (Payments Brazil, webhook schema version 2; Payments Colombia).",
                category=_C.INFORMATIONAL,
                sources=(_S["belvo-payments-webhooks-br"], _S["belvo-payments-webhooks-co"]),
                retryable=False,
                end_user_can_retry=False,
                editorial=True,
                wording=(Wording(field="description", by="bankcodes"),),
            ),
            CodeInfo(
                value="CUSTOMERS",
                description="Webhooks about customers (Payments Brazil, webhook schema version 2).",
                category=_C.INFORMATIONAL,
                sources=(_S["belvo-payments-webhooks-br"],),
                retryable=False,
                end_user_can_retry=False,
                editorial=True,
                wording=(Wording(field="description", by="bankcodes"),),
            ),
            CodeInfo(
                value="PAYMENT_AUTHORIZATIONS",
                description="Webhooks about payment authorizations (Payments Brazil, webhook schema version 2).",
                category=_C.INFORMATIONAL,
                sources=(_S["belvo-payments-webhooks-br"],),
                retryable=False,
                end_user_can_retry=False,
                editorial=True,
                notes="Schema version 2 webhooks are sent only for resources created with the header X-Belvo-API-Resource-Version: Payments-BR.V2.",
                wording=(
                    Wording(field="description", by="bankcodes"),
                    Wording(field="notes", by="bankcodes"),
                ),
            ),
        ),
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
                ),
                retryable=False,
                end_user_can_retry=False,
                editorial=True,
                wording=(Wording(field="description", by="bankcodes"),),
            ),
            CodeInfo(
                value="recurrent_update",
                description="The webhook reports a recurrent refresh of a link.",
                category=_C.INFORMATIONAL,
                sources=(_S["belvo-webhook-accounts"], _S["belvo-webhook-links"]),
                retryable=False,
                end_user_can_retry=False,
                editorial=True,
                wording=(Wording(field="description", by="bankcodes"),),
            ),
        ),
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
                    Wording(field="description", by="provider", sources=(_S["belvo-api-errors"],)),
                ),
            ),
            CodeInfo(
                value="201",
                description="The content was created successfully on Belvo.",
                category=_C.SUCCESS,
                sources=(_S["belvo-api-errors"],),
                retryable=False,
                end_user_can_retry=False,
                wording=(
                    Wording(field="description", by="provider", sources=(_S["belvo-api-errors"],)),
                ),
            ),
            CodeInfo(
                value="204",
                description="No content to return.",
                category=_C.SUCCESS,
                sources=(_S["belvo-api-errors"],),
                retryable=False,
                end_user_can_retry=False,
                wording=(
                    Wording(field="description", by="provider", sources=(_S["belvo-api-errors"],)),
                ),
            ),
            CodeInfo(
                value="400",
                description="Request returned an error, detail in content.",
                category=_C.GENERIC_FAILURE,
                sources=(_S["belvo-api-errors"], _S["belvo-openapi-errors-40x-es"]),
                retryable=False,
                end_user_can_retry=True,
                notes="The error code in the body says what went wrong (Belvo returns 400 for invalid credentials, a missing field or an institution that is down alike). Belvo asks integrators not to retry a request answered with a 40x status, a client error (its one exception is the 'too many sessions' error, to be retried like a 50x); the category's retryable reading does not hold here.",
                wording=(
                    Wording(field="description", by="provider", sources=(_S["belvo-api-errors"],)),
                    Wording(field="notes", by="bankcodes"),
                ),
            ),
            CodeInfo(
                value="401",
                description="The Belvo credentials provided are not valid.",
                category=_C.INTEGRATION_ERROR,
                sources=(_S["belvo-api-errors"],),
                retryable=False,
                end_user_can_retry=False,
                wording=(
                    Wording(field="description", by="provider", sources=(_S["belvo-api-errors"],)),
                ),
            ),
            CodeInfo(
                value="403",
                description="You don’t have the required permissions to perform this action.",
                category=_C.INTEGRATION_ERROR,
                sources=(_S["belvo-api-errors"],),
                retryable=False,
                end_user_can_retry=False,
                wording=(
                    Wording(field="description", by="provider", sources=(_S["belvo-api-errors"],)),
                ),
            ),
            CodeInfo(
                value="404",
                description="The resource you try to access cannot be found.",
                category=_C.INTEGRATION_ERROR,
                sources=(_S["belvo-api-errors"],),
                retryable=False,
                end_user_can_retry=False,
                wording=(
                    Wording(field="description", by="provider", sources=(_S["belvo-api-errors"],)),
                ),
            ),
            CodeInfo(
                value="405",
                description="The HTTP method you are using is not accepted for this resource.",
                category=_C.INTEGRATION_ERROR,
                sources=(_S["belvo-api-errors"],),
                retryable=False,
                end_user_can_retry=False,
                wording=(
                    Wording(field="description", by="provider", sources=(_S["belvo-api-errors"],)),
                ),
            ),
            CodeInfo(
                value="408",
                description="The request timed out and was terminated by the server.",
                category=_C.GENERIC_FAILURE,
                sources=(_S["belvo-api-errors"], _S["belvo-openapi-errors-40x-es"]),
                retryable=False,
                end_user_can_retry=True,
                notes="Belvo asks integrators not to retry a request answered with a 40x status, a client error (its one exception is the 'too many sessions' error, to be retried like a 50x); the category's retryable reading does not hold here.",
                wording=(
                    Wording(field="description", by="provider", sources=(_S["belvo-api-errors"],)),
                    Wording(field="notes", by="bankcodes"),
                ),
            ),
            CodeInfo(
                value="409",
                description="The request could not be completed due to a conflict with the current state of the resource.",
                category=_C.INTEGRATION_ERROR,
                sources=(_S["belvo-api-errors"],),
                retryable=False,
                end_user_can_retry=False,
                wording=(
                    Wording(field="description", by="provider", sources=(_S["belvo-api-errors"],)),
                ),
            ),
            CodeInfo(
                value="428",
                description="MFA token was required by the institution to connect.",
                category=_C.MFA_REQUIRED,
                sources=(_S["belvo-api-errors"],),
                retryable=False,
                end_user_can_retry=True,
                wording=(
                    Wording(field="description", by="provider", sources=(_S["belvo-api-errors"],)),
                ),
            ),
            CodeInfo(
                value="500",
                description="The detail of the error is available in the response body.",
                category=_C.GENERIC_FAILURE,
                sources=(_S["belvo-api-errors"],),
                retryable=True,
                end_user_can_retry=True,
                wording=(
                    Wording(field="description", by="provider", sources=(_S["belvo-api-errors"],)),
                ),
            ),
        ),
    )
    return ResponseStatus


def _CODE_SETS() -> tuple[object, ...]:
    return tuple(
        __getattr__(name)
        for name in (
            "ErrorCode",
            "LinkStatus",
            "WebhookCode",
            "PaymentStatusReasonCode",
            "PaymentFailureCode",
            "ChargeStatus",
            "DirectDebitFailedReason",
            "WebhookType",
            "ProcessType",
            "ResponseStatus",
        )
    )


_NAMES = LazyNames(
    __name__,
    {
        "CODE_SETS": _CODE_SETS,
        "ChargeStatus": _ChargeStatus,
        "DirectDebitFailedReason": _DirectDebitFailedReason,
        "ErrorCode": _ErrorCode,
        "LinkStatus": _LinkStatus,
        "PaymentFailureCode": _PaymentFailureCode,
        "PaymentStatusReasonCode": _PaymentStatusReasonCode,
        "ProcessType": _ProcessType,
        "ResponseStatus": _ResponseStatus,
        "WebhookCode": _WebhookCode,
        "WebhookType": _WebhookType,
    },
)


def __getattr__(name: str) -> object:
    return _NAMES.load(name)


def __dir__() -> list[str]:
    return _NAMES.names()


__all__ = _NAMES.public()
