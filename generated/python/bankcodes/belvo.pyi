# generated from spec/catalog.json — do not edit (run `make generate`)
"""Belvo (https://belvo.com): one enum per code set of the catalog, with metadata on every member. Each is built on first use."""

from bankcodes._base import CodeEnum, NumericCodeEnum

__all__ = [
    "CODE_SETS",
    "ChargeStatus",
    "DirectDebitFailedReason",
    "ErrorCode",
    "InstitutionStatus",
    "LinkStatus",
    "PaymentFailureCode",
    "PaymentIntentStatus",
    "PaymentStatusReasonCode",
    "ProcessType",
    "ResponseStatus",
    "WebhookCode",
    "WebhookType",
]

class ErrorCode(CodeEnum):
    """API error code: The code of an error: the code of each error object of an API error response (the body is a JSON list of such objects), and the data.error_code of a LINK webhook. The codes are those of Belvo's errors page (API and Widget Errors: each with its HTTP status, example, cause, solution and, where the widget shows it, its words in English, Spanish and Portuguese), and two that only its OpenAPI names. Belvo asks integrators not to retry a 40x response, a client error, except the 'too many sessions' error, and to retry a 50x with an exponential backoff; where a code's own text says to retry later, its retryable follows that text.

    Wire field: code (each object of an API error response, a JSON list); data.error_code (LINK webhooks)."""

    required = "required"
    """You sent a request without a required field."""
    login_error = "login_error"
    """Invalid credentials provided to login to the institution"""
    unexpected_error = "unexpected_error"
    """This error occurs when we (Belvo) have encountered an internal system error (sorry about that) or due to an unsupported response from the institution."""
    activation_failed = "activation_failed"
    """This error occurs when Belvo was unable to automatically activate the internet banking access for the user due to missing information (for example, the 🇲🇽 CVV or 🇲🇽 NIP were missing or incorrectly provided)."""
    institution_down = "institution_down"
    """This error occurs when the institution's website that you're trying to access is down due to maintenance or other issues, which means Belvo is unable to create new links or retrieve new data."""
    already_exists = "already_exists"
    """You are trying to register a bank account providing a value that is already linked to a bank account registered in Belvo."""
    already_registered = "already_registered"
    """This customer is already registered"""
    cancellation_error = "cancellation_error"
    """Payment Intent cannot be canceled because it is not SCHEDULED"""
    does_not_exist = "does_not_exist"
    """You sent a request where you provided a value that doesn't exist in the Belvo database."""
    duplicated = "duplicated"
    """You tried to create a link that has already been associated with your account."""
    null = "null"
    """You made a request without providing data in a required field."""
    institution_inactive = "institution_inactive"
    """This error occurs when we (Belvo) have deactivated the institution in our API."""
    institution_unavailable = "institution_unavailable"
    """This error occurs when the institution's website that you're trying to access is down due to maintenance or other issues, which means Belvo is unable to create new links or retrieve new data."""
    invalid = "invalid"
    """You sent a request where you provided a value in an invalid format."""
    invalid_choice = "invalid_choice"
    """You made a request where in one of the fields you provided a value that wasn't valid (for example, it may only accept certain strings, much like an enum)."""
    invalid_credentials_storage = "invalid_credentials_storage"
    """You made a request where for a recurrent link you set the credentials_storage parameter to nostore or to a date range between 1d to 365d."""
    invalid_fetch_resources = "invalid_fetch_resources"
    """Single links without stored credentials must fetch resources"""
    invalid_access_mode_switch = "invalid_access_mode_switch"
    """This error occurs when you try to update a link from single to recurrent, but there are no login credentials stored for the user."""
    invalid_link = "invalid_link"
    """This error when you try to access an account but the user credentials are no longer valid, prompting an error from the institution."""
    invalid_period = "invalid_period"
    """This error occurs when you request incomes for a link within a given date range, however, the period between date_from and date_to is less than 90 days."""
    max_digits = "max_digits"
    """You sent a request with the wrong amount format."""
    max_decimal_places = "max_decimal_places"
    """You sent a request with the wrong amount format."""
    min_value = "min_value"
    """You sent a request with the wrong amount format."""
    not_a_list = "not_a_list"
    """You sent a request where instead of sending an array of data, you sent through just a list."""
    parse_error = "parse_error"
    """You sent a request with invalid JSON."""
    session_expired = "session_expired"
    """This error occurs when you try to resume a request session that has already expired. This is usually because the user took too long to provide their authentication token."""
    session_expired_ob = "session_expired_ob"
    """The widget's session expired before the end user went on to their institution, or the widget was opened with an access token made for another user."""
    too_many_sessions = "too_many_sessions"
    """A user is attempting to log in to their institution via Belvo while also already being logged in to their institution on a web browser or mobile app."""
    unavailable_data = "unavailable_data"
    """This error occurs when your request was correctly formed and sent, however, the institution did not return any data for your request."""
    unconfirmed_link = "unconfirmed_link"
    """This error occurs when you try to access a link that was paused previously (and as such is not active now)."""
    unsupported_operation = "unsupported_operation"
    """You try to access some data operation that Belvo does not support for an institution."""
    validation_error = "validation_error"
    """The credentials provided did not match the expected fields, leading to a field validation error from the institution."""
    authentication_failed = "authentication_failed"
    """This error occurs when you try to make an API call using incorrect Belvo API credentials (either your secret key or secret password, or both, are incorrect)."""
    consent_without_accounts = "consent_without_accounts"
    """This error occurs when your user has removed accounts associated with the consent they provided."""
    access_to_production_denied = "access_to_production_denied"
    """This error occurs when you try to access Belvo's production environment without the correct permissions."""
    access_to_resource_denied = "access_to_resource_denied"
    """This error occurs when you try to access a Belvo's resource without the correct permissions."""
    permission_denied = "permission_denied"
    """This error occurs when we (Belvo) are forbidden to access a certain resource in the institution, or you have exceeded your request limit."""
    quota_limit_reached = "quota_limit_reached"
    """This error occurs when you have exceeded the Link limit in the development environment."""
    not_found = "not_found"
    """Not found."""
    expired_credentials = "expired_credentials"
    """The credentials of this link have expired"""
    method_not_allowed = "method_not_allowed"
    """This error occurs when you try to use an API method that is not allowed for the given resource (for example, a PATCH request for Fiscal endpoints)."""
    request_timeout = "request_timeout"
    """Belvo has a limit regarding the time it takes to log in, retrieve account data, and log out, which is set to five (5) minutes. A timeout occurs when there is a very large amount of data and everything could not be obtained within the allotted time."""
    activation_required = "activation_required"
    """This error occurs when the user has not activated their internet banking access."""
    token_required = "token_required"
    """This error occurs when the institution requires MFA to log in."""
    service_unavailable = "service_unavailable"
    """This error occurs when we (Belvo) have encountered an internal system error (sorry about that)."""

class LinkStatus(CodeEnum):
    """Link status: The current status of a link (Belvo's encrypted set of an end user's credentials to one institution).

    Wire field: status (the Link object)."""

    valid = "valid"
    """The link works: Belvo can use it to access the institution."""
    invalid = "invalid"
    """The link no longer works with the credentials Belvo holds."""
    unconfirmed = "unconfirmed"
    """The link's creation has not been confirmed."""
    token_required = "token_required"
    """The institution requires a new MFA token for the link."""

class WebhookCode(CodeEnum):
    """Webhook code: The event a webhook reports, within its webhook_type.

    Wire field: webhook_code (every webhook)."""

    historical_update = "historical_update"
    """Belvo has loaded the historical data of a resource for a new link, ready to be retrieved."""
    new_accounts_available = "new_accounts_available"
    """New accounts were found for the link since its last update."""
    new_transactions_available = "new_transactions_available"
    """New transactions are available for a banking recurrent link."""
    transactions_updated = "transactions_updated"
    """Transactions of the link were updated."""
    transactions_deleted = "transactions_deleted"
    """Transactions of the link were deleted."""
    invalid_credentials = "invalid_credentials"
    """The end user's credentials are no longer valid to update the recurrent link."""
    token_required = "token_required"
    """The institution requires a new MFA token to keep refreshing the recurrent link."""
    STATUS_UPDATE = "STATUS_UPDATE"
    """The status of a payment object changed."""
    OBJECT_CREATED = "OBJECT_CREATED"
    """A payment object was created (for BANK_ACCOUNTS: a new bank account)."""
    initial_inflow_update = "initial_inflow_update"
    """The last 30 days of INFLOW (received) invoices."""
    initial_outflow_update = "initial_outflow_update"
    """The last 30 days of OUTFLOW (sent) invoices."""
    historical_inflow_update = "historical_inflow_update"
    """The history of the invoices a fiscal link received is available."""
    historical_outflow_update = "historical_outflow_update"
    """The history of the invoices a fiscal link sent is available."""
    new_bills_available = "new_bills_available"
    """The number of new bills found in the institution since the last update."""
    new_owners_available = "new_owners_available"
    """The number of new owners found since the last update."""
    new_investments_available = "new_investments_available"
    """The number of new accounts found in the institution since the last update."""

class PaymentStatusReasonCode(CodeEnum):
    """Payment status reason code (Payments Brazil, V2): Why a Payment Authorization or an associated Charge (Payments Brazil, V2) changed status: status_reason_code, in upper case, sent with status_reason_message (in English only). The copies read of Belvo's table end at or before BENEFICIARY_CANCELLED_RECURRING_PAYMENT: later codes were not read, and read as unknown codes.

    Wire field: status_reason_code (Payment Authorizations and Charges, V2)."""

    ACCOUNT_NOT_ALLOWED = "ACCOUNT_NOT_ALLOWED"
    """The payer account does not allow payments."""
    AMOUNT_OVER_LIMIT = "AMOUNT_OVER_LIMIT"
    """The amount exceeds the maximum limit for the account."""
    AUTHORIZATION_EXPIRED = "AUTHORIZATION_EXPIRED"
    """The Payment Authorization was not completed within the allowed period."""
    BANK_USER_MISMATCH = "BANK_USER_MISMATCH"
    """The authenticated bank user differed from the paying user."""
    BENEFICIARY_ACCOUNT_BLOCKED = "BENEFICIARY_ACCOUNT_BLOCKED"
    """The beneficiary bank account is blocked."""
    BENEFICIARY_ACCOUNT_CLOSED = "BENEFICIARY_ACCOUNT_CLOSED"
    """The beneficiary bank account is closed."""
    BENEFICIARY_ACCOUNT_ERROR = "BENEFICIARY_ACCOUNT_ERROR"
    """The Charge could not be completed due to an unexpected error in the beneficiary account."""
    BENEFICIARY_ACCOUNT_NUMBER_INVALID = "BENEFICIARY_ACCOUNT_NUMBER_INVALID"
    """The beneficiary bank account number is invalid or non-existent."""
    BENEFICIARY_ACCOUNT_TYPE_INVALID = "BENEFICIARY_ACCOUNT_TYPE_INVALID"
    """The beneficiary bank account type does not allow this type of action."""
    BENEFICIARY_ACCOUNT_TYPE_NOT_SUPPORTED = "BENEFICIARY_ACCOUNT_TYPE_NOT_SUPPORTED"
    """The transaction type is not supported or authorized by the beneficiary account."""
    BENEFICIARY_BANK_REJECTED_CHARGE = "BENEFICIARY_BANK_REJECTED_CHARGE"
    """The Charge was rejected by the beneficiary's institution."""
    BENEFICIARY_CANCELLED_RECURRING_PAYMENT = "BENEFICIARY_CANCELLED_RECURRING_PAYMENT"
    """The beneficiary cancelled the recurring payment schedule."""

class PaymentFailureCode(CodeEnum):
    """Payment failure code (Payments Brazil, V1): Why a Payment Intent or an associated Charge (Payments Brazil, V1) failed: failure_code, sent with failure_message (in English only).

    Wire field: failure_code (Payment Intents and Charges, V1; data.failure_code of PAYMENT_INTENTS webhooks)."""

    AMOUNT_OVER_LIMIT = "AMOUNT_OVER_LIMIT"
    """The payment amount or number of payments exceeds limits."""
    BENEFICIARY_ACCOUNT_BLOCKED = "BENEFICIARY_ACCOUNT_BLOCKED"
    """The beneficiary bank account is blocked."""
    BENEFICIARY_ACCOUNT_CLOSED = "BENEFICIARY_ACCOUNT_CLOSED"
    """The beneficiary bank account is closed."""
    BENEFICIARY_ACCOUNT_ERROR = "BENEFICIARY_ACCOUNT_ERROR"
    """The Charge could not be completed due to an unexpected error in the beneficiary account."""
    BENEFICIARY_ACCOUNT_NUMBER_INVALID = "BENEFICIARY_ACCOUNT_NUMBER_INVALID"
    """The beneficiary bank account number is invalid or non-existent."""
    BENEFICIARY_ACCOUNT_TYPE_INVALID = "BENEFICIARY_ACCOUNT_TYPE_INVALID"
    """The beneficiary bank account type does not allow this type of action."""
    BENEFICIARY_ACCOUNT_TYPE_NOT_SUPPORTED = "BENEFICIARY_ACCOUNT_TYPE_NOT_SUPPORTED"
    """The transaction type is not supported or authorized by the beneficiary account."""
    BENEFICIARY_BANK_REJECTED_CHARGE = "BENEFICIARY_BANK_REJECTED_CHARGE"
    """The Charge was rejected by the beneficiary's institution."""
    BENEFICIARY_CANCELLED_RECURRING_PAYMENT = "BENEFICIARY_CANCELLED_RECURRING_PAYMENT"
    """The beneficiary cancelled the recurring payment schedule."""
    BENEFICIARY_IDENTIFIER_INVALID = "BENEFICIARY_IDENTIFIER_INVALID"
    """The beneficiary's CPF or CNPJ is incorrect."""
    BENEFICIARY_IDENTIFIER_MISMATCH = "BENEFICIARY_IDENTIFIER_MISMATCH"
    """The beneficiary's CPF or CNPJ does not match the account holder."""
    CHARGE_SETTLEMENT_FAILED = "CHARGE_SETTLEMENT_FAILED"
    """An error occurred while processing the Charge settlement."""
    CHARGE_SETTLEMENT_TIMEOUT = "CHARGE_SETTLEMENT_TIMEOUT"
    """The Charge could not be completed due to a timeout."""
    DUPLICATE_BENEFICIARY_CHARGE = "DUPLICATE_BENEFICIARY_CHARGE"
    """A duplicate Charge was detected for the same beneficiary."""
    FRAUD_SUSPECTED = "FRAUD_SUSPECTED"
    """The Charge was rejected due to suspected fraud."""
    INSUFFICIENT_FUNDS = "INSUFFICIENT_FUNDS"
    """The payer account had insufficient funds to make the payment."""
    PAYER_ACCOUNT_TIMEOUT_ERROR = "PAYER_ACCOUNT_TIMEOUT_ERROR"
    """The Charge settlement failed on a timeout of the payer's account."""
    beneficiary_bank_revoked_authorization = "beneficiary_bank_revoked_authorization"
    """The beneficiary's bank revoked the authorization."""
    invalid_pix_key = "invalid_pix_key"
    """The Pix key is invalid."""
    consent_expired = "consent_expired"
    """The payment consent was not accepted in time."""

class InstitutionStatus(CodeEnum):
    """Institution status: Whether Belvo's integration with an institution is working: status of an institution (GET /api/institutions/), the EnumInstitutionStatus of Belvo's OpenAPI description (Belvo API Docs 1.35.0). The descriptions are bankcodes' split of the enum's one sentence; the categories are bankcodes' reading.

    Wire field: status (an institution)."""

    healthy = "healthy"
    """Belvo's integration with the institution is currently active."""
    down = "down"
    """Belvo's integration with the institution is undergoing maintenance."""

class PaymentIntentStatus(CodeEnum):
    """Payment intent status: The status of a Belvo payment intent (status of a payment intent; a payment link is ACTIVE while its intent is REQUIRES_PAYMENT_METHOD, REQUIRES_ACTION or PROCESSING, INACTIVE once SUCCEEDED or FAILED), the EnumPaymentIntentStatus of Belvo's OpenAPI description (Belvo API Docs 1.35.0). The descriptions and categories are bankcodes' reading of the names.

    Wire field: status (a payment intent)."""

    REQUIRES_PAYMENT_METHOD = "REQUIRES_PAYMENT_METHOD"
    """The payment intent needs a payment method before it can go on."""
    REQUIRES_ACTION = "REQUIRES_ACTION"
    """The payment intent needs an action, such as the payer's authorisation, before it can go on."""
    SUCCEEDED = "SUCCEEDED"
    """The payment succeeded."""
    PROCESSING = "PROCESSING"
    """The payment is being processed."""
    FAILED = "FAILED"
    """The payment failed."""

class ChargeStatus(CodeEnum):
    """Charge status (Payments Brazil): The state of a Charge, the actual payment made in Brazil's Open Finance network.

    Wire field: status (Charge)."""

    CREATED = "CREATED"
    """Initial state when the charge is created."""
    PENDING = "PENDING"
    """The charge is awaiting further action or scheduling."""
    SCHEDULED = "SCHEDULED"
    """The charge is scheduled for processing at a future date."""
    SUCCEEDED = "SUCCEEDED"
    """The charge has been successfully processed."""
    CANCELED = "CANCELED"
    """The charge has been canceled."""
    FAILED = "FAILED"
    """The charge has failed."""

class DirectDebitFailedReason(CodeEnum):
    """Direct debit failure reason (Payments Mexico): Why a banking partner could not process a direct debit payment method or payment request (Payments Mexico): failedReason, sent with failedReasonMessage (Spanish, as the bank gives it). Belvo's table also gives the final status of the payment method and of the payment request, and whether the request should be retried. The table goes on past code 11 on Belvo's older page, whose saved copy is cut inside the next row: later codes are not in the catalog, and read as unknown codes.

    Wire field: failedReason (payment methods and payment requests, Payments Mexico direct debit)."""

    CODE_01 = "01"
    """Cuenta inexistente"""
    CODE_02 = "02"
    """Cuenta bloqueada"""
    CODE_03 = "03"
    """Cuenta cancelada"""
    CODE_04 = "04"
    """Cuenta con insuficiencia de fondos"""
    CODE_05 = "05"
    """Cuenta en otra divisa"""
    CODE_06 = "06"
    """Cuenta no pertenece al banco receptor"""
    CODE_07 = "07"
    """Transacción duplicada"""
    CODE_08 = "08"
    """Por orden del cliente: Orden de no pagar a ese Emisor"""
    CODE_09 = "09"
    """Por orden del cliente: Importe mayor al autorizado"""
    CODE_10 = "10"
    """Por orden del cliente: Cancelación del servicio"""
    CODE_11 = "11"
    """Cliente no tiene autorizado el servicio"""

class WebhookType(CodeEnum):
    """Webhook type: The resource a webhook relates to (Belvo: 'The resource that this webhook relates to.'). Aggregation webhooks and Payments webhooks share the field.

    Wire field: webhook_type (every webhook)."""

    ACCOUNTS = "ACCOUNTS"
    """Webhooks about the accounts of a link."""
    TRANSACTIONS = "TRANSACTIONS"
    """Webhooks about the transactions of a link (aggregation), or about payment transactions (Payments Brazil, webhook schema version 1)."""
    LINK = "LINK"
    """Webhooks about a link itself: its credentials or its MFA token no longer let Belvo refresh it."""
    PAYMENT_INTENTS = "PAYMENT_INTENTS"
    """Webhooks about payment intents (Payments Brazil, webhook schema version 1; Payments Colombia)."""
    CHARGES = "CHARGES"
    """Webhooks about charges (Payments Brazil, webhook schema version 1)."""
    ENROLLMENTS = "ENROLLMENTS"
    """Webhooks about enrollments (Payments Brazil, webhook schema version 1)."""
    BANK_ACCOUNTS = "BANK_ACCOUNTS"
    """Webhooks about bank accounts (Payments Brazil, webhook schema version 2; Payments Colombia)."""
    CUSTOMERS = "CUSTOMERS"
    """Webhooks about customers (Payments Brazil, webhook schema version 2)."""
    PAYMENT_AUTHORIZATIONS = "PAYMENT_AUTHORIZATIONS"
    """Webhooks about payment authorizations (Payments Brazil, webhook schema version 2)."""
    OWNERS = "OWNERS"
    """Webhooks about the owners of a link."""
    INVOICES = "INVOICES"
    """Webhooks about the invoices of a fiscal link."""
    BILLS = "BILLS"
    """Webhooks about the bills of a link."""
    RECURRING_EXPENSES = "RECURRING_EXPENSES"
    """Webhooks about the recurring expenses Belvo identifies for a link."""
    RISK_INSIGHTS = "RISK_INSIGHTS"
    """Webhooks about the risk insights Belvo generates for a link."""
    INCOMES = "INCOMES"
    """Webhooks about the incomes Belvo identifies for a link."""
    INVESTMENTS = "INVESTMENTS"
    """Webhooks about the investment accounts of a link."""
    INVESTMENT_TRANSACTIONS = "INVESTMENT_TRANSACTIONS"
    """Webhooks about the investment transactions of a link."""

class ProcessType(CodeEnum):
    """Webhook process type: Why an aggregation webhook was sent (Belvo: 'The process_type parameter indicates why the webhook event was triggered.'). The saved copy is cut before Belvo's list of values; these are the values its examples show.

    Wire field: process_type (aggregation webhooks)."""

    historical_update = "historical_update"
    """The webhook reports the historical load of a new link's data."""
    recurrent_update = "recurrent_update"
    """The webhook reports a recurrent refresh of a link."""

class ResponseStatus(NumericCodeEnum):
    """API response status: The HTTP status of a Belvo API response, with the meaning Belvo's response-code table gives it. The error's code in the body (error_code) is the more specific fact.

    Wire field: the HTTP status of an API response."""

    OK = 200
    """The content is available in the response body."""
    CREATED = 201
    """The content was created successfully on Belvo."""
    NO_CONTENT = 204
    """No content to return."""
    BAD_REQUEST = 400
    """Request returned an error, detail in content."""
    UNAUTHORIZED = 401
    """The Belvo credentials provided are not valid."""
    FORBIDDEN = 403
    """You don’t have the required permissions to perform this action."""
    NOT_FOUND = 404
    """The resource you try to access cannot be found."""
    METHOD_NOT_ALLOWED = 405
    """The HTTP method you are using is not accepted for this resource."""
    REQUEST_TIMEOUT = 408
    """The request timed out and was terminated by the server."""
    CONFLICT = 409
    """The request could not be completed due to a conflict with the current state of the resource."""
    MFA_TOKEN_REQUIRED = 428
    """MFA token was required by the institution to connect."""
    INTERNAL_SERVER_ERROR = 500
    """The detail of the error is available in the response body."""

#: Every code-set enum of this provider, in priority order (classify uses the first match).
CODE_SETS: tuple[type[CodeEnum] | type[NumericCodeEnum], ...]
