# generated from spec/catalog.json — do not edit (run `make generate`)
"""Fintoc (https://fintoc.com): one enum per code set of the catalog, with metadata on every member. Each is built on first use."""

from bankcodes._base import CodeEnum, NumericCodeEnum

__all__ = [
    "CODE_SETS",
    "ClientErrorClass",
    "ErrorCode",
    "ErrorType",
    "PaymentErrorReason",
    "PaymentIntentStatus",
    "RefreshIntentStatus",
    "ResponseStatus",
    "WebhookType",
    "WebviewMessage",
    "WidgetEvent",
]

class ErrorCode(CodeEnum):
    """API error code: The code of a Fintoc API error (error.code): the particular error that occurred. Fintoc publishes no list of its error codes; these are the codes its own pages show in error responses. Its Ruby client has an error class per code (lib/fintoc/errors.rb, the code in PascalCase with Error appended), grouped under the HTTP status of each, which gives the statuses here; Fintoc's Python and Node clients show the code in their exception's message but pick the exception's class by error.type.

    Wire field: error.code (the error object of an API error response)."""

    missing_parameter = "missing_parameter"
    """A required parameter is missing from the request; param names it."""
    refresh_intent_in_progress = "refresh_intent_in_progress"
    """You can't create a Refresh Intent when there is another one in progress"""
    rate_limit_exceeded = "rate_limit_exceeded"
    """The request exceeds a rate limit of Fintoc's API."""
    rejected_refresh_intent = "rejected_refresh_intent"
    """The institution indicated that the credentials are invalid. You need to reconnect the account."""

class ErrorType(CodeEnum):
    """API error type: The type of a Fintoc API error (error.type). Fintoc's Python and Node clients raise the exception class named after it (api_error: ApiError), and FintocError for any other type. Fintoc publishes no text per type: where its Python client's class has a docstring, that is the description.

    Wire field: error.type (the error object of an API error response)."""

    api_error = "api_error"
    """Represents an error with the API server."""
    authentication_error = "authentication_error"
    """Represents an error with the authentication."""
    link_error = "link_error"
    """Represents an error with a Link object."""
    institution_error = "institution_error"
    """Represents an error with an Institution object."""
    invalid_request_error = "invalid_request_error"
    """Represents an error because of an invalid request."""
    new_contact_error = "new_contact_error"
    """An error about a transfer to a new contact, sent only when payments are pre-validated."""
    amount_error = "amount_error"
    """An error about a payment's amount, sent only when payments are pre-validated."""

class PaymentErrorReason(CodeEnum):
    """Payment Intent error reason: Why a Payment Intent failed (error_reason), for bank transfers: the values Fintoc's error reason page lists, whose stored copies are of Chile (each row's country); Fintoc may add more at any time. The list on the current page runs on past the stored copies (after unresolved_final_status), so later rows are not here. Fintoc's Spanish page gives the same list in Spanish.

    Wire field: error_reason (the Payment Intent object; data.error_reason of payment_intent.* events)."""

    bank_account_locked = "bank_account_locked"
    """The bank blocked the transfers service for this account."""
    bank_connection_error = "bank_connection_error"
    """Fintoc had a problem connecting with the selected bank."""
    bank_not_available = "bank_not_available"
    """The selected bank is temporarily unavailable."""
    amount_limit_reached = "amount_limit_reached"
    """The maximum amount available to transfer was reached."""
    insufficient_funds = "insufficient_funds"
    """The account doesn’t have enough money to execute the payment."""
    login_credentials_locked = "login_credentials_locked"
    """The bank indicated that the user’s credentials are locked."""
    login_invalid_credentials = "login_invalid_credentials"
    """The bank indicated that the user’s credentials are invalid."""
    maximum_amount_error = "maximum_amount_error"
    """The amount exceeds the maximum amount allowed for that bank."""
    mfa_authorization_timeout = "mfa_authorization_timeout"
    """The user did not authorize the transfer with their multifactor method."""
    mfa_invalid_authorization = "mfa_invalid_authorization"
    """The bank indicated that the multifactor authorization was invalid."""
    mfa_locked = "mfa_locked"
    """The multifactor authentication method is locked."""
    mfa_unavailable = "mfa_unavailable"
    """The multifactor authentication method is unavailable."""
    new_contact_amount_limit_reached = "new_contact_amount_limit_reached"
    """The amount exceeds the maximum amount permitted for new contacts."""
    new_contact_transfer_number_limit_reached = "new_contact_transfer_number_limit_reached"
    """The maximum number of transfers for new contacts was reached."""
    recipient_account_not_allowed = "recipient_account_not_allowed"
    """The bank indicated that the recipient account is not allowed to receive transfers."""
    unresolved_final_status = "unresolved_final_status"
    """The bank can’t provide a definite answer on whether this payment was completed or not. This reason will only appear for pending payments that could not be validated after 10 days."""
    user_left = "user_left"
    """The user abandoned the payment process before selecting an account or entering their bank account´s credentials."""

class PaymentIntentStatus(CodeEnum):
    """Payment Intent status: The status of a Payment Intent, a payment by bank transfer ("Payment status. Can be either created, in_progress, succeeded, failed, pending, expired or rejected"). Fintoc gives no text per value; the descriptions are bankcodes' wording, resting on the payment_intent.* webhook events where one exists. A failed payment says why in error_reason.

    Wire field: status (the Payment Intent object; data.status of payment_intent.* events)."""

    created = "created"
    """The Payment Intent was created; the payment has not started."""
    in_progress = "in_progress"
    """The user is making the payment."""
    succeeded = "succeeded"
    """The payment finished successfully."""
    failed = "failed"
    """The payment failed; error_reason says why."""
    pending = "pending"
    """The final status of the payment is not available yet; a later webhook gives it."""
    expired = "expired"
    """The user did not complete the payment in time."""
    rejected = "rejected"
    """The user rejected the payment."""

class RefreshIntentStatus(CodeEnum):
    """Refresh Intent status: The status of a Refresh Intent, a request to update a Link or an Account with the institution's latest movements ("Possible values are succeeded, failed and rejected."). Fintoc gives no text per value; the descriptions are bankcodes' wording, resting on the webhook events of the same outcomes. A new Refresh Intent that needs multi-factor authentication says so in requires_mfa, not in its status.

    Wire field: status (the Refresh Intent object; data.status of account.refresh_intent.* and link.refresh_intent.* events)."""

    succeeded = "succeeded"
    """The update succeeded: the Account has the latest available movements from the bank."""
    failed = "failed"
    """The update of the movements failed."""
    rejected = "rejected"
    """The update failed because the Link's credentials are invalid."""

class WebhookType(CodeEnum):
    """Webhook event type: The type of a Fintoc event (resource.event), which names the object in data. These are the types of the Link, Refresh Intent and Payment Intent events, the objects whose codes the catalog holds; Fintoc sends other events too (account verifications, charges, checkout sessions, payouts, refunds, subscriptions and more) and may add types at any time. link.created is not sent to webhook endpoints: only to the backend URL given to the widget.

    Wire field: type (every event)."""

    link_created = "link.created"
    """Triggers when a Link is created"""
    link_credentials_changed = "link.credentials_changed"
    """Triggers when the credentials corresponding to a Link change and the Link needs to be reconnected"""
    link_refresh_intent_succeeded = "link.refresh_intent.succeeded"
    """Triggers when a Link has been completely updated. For now, it is only triggered for electronic invoices"""
    account_refresh_intent_succeeded = "account.refresh_intent.succeeded"
    """Triggers when an Account is updated with the latest available movements from the bank"""
    account_refresh_intent_failed = "account.refresh_intent.failed"
    """Triggers when an update of the movements of a specific Account fails. Only available for "Refresh On Demand" plans"""
    account_refresh_intent_rejected = "account.refresh_intent.rejected"
    """Triggers when an update of the movements of a specific Account fails because the Link credentials are invalid. Only available for "Refresh On Demand" plans"""
    account_refresh_intent_movements_removed = "account.refresh_intent.movements_removed"
    """Triggers when the Link's bank deletes transactions."""
    account_refresh_intent_movements_modified = "account.refresh_intent.movements_modified"
    """Triggers when the bank modifies transactions. Enable it from the dashboard webhook settings"""
    payment_intent_succeeded = "payment_intent.succeeded"
    """Triggers when a Payment Intent finishes successfully"""
    payment_intent_rejected = "payment_intent.rejected"
    """Triggers when a user rejects a Payment Intent"""
    payment_intent_expired = "payment_intent.expired"
    """Triggers when a user doesn't complete a Payment Intent"""
    payment_intent_failed = "payment_intent.failed"
    """Triggers when a transfer (Payment Intent ) fails"""
    payment_intent_pending = "payment_intent.pending"
    """Triggers when the final status of the payment is not available yet. A future webhook will be sent with the final status once it's determined."""

class ClientErrorClass(CodeEnum):
    """Exception class of Fintoc's Python and Node clients: The class of the exception fintoc-python raises (fintoc.errors) and fintoc-node throws for an API error response: the class named after error.type in PascalCase, FintocError for a type without a class of its own. The class is all the exception keeps of the error: its message is the text 'type: code (param)', the error's message and 'Check the docs for more info: doc_url' on three lines, and it has no attribute holding the body, the code or the HTTP status.

    Wire field: the exception's class name (type(error).__name__ in Python, error.constructor.name in Node)."""

    ApiError = "ApiError"
    """Represents an error with the API server."""
    AuthenticationError = "AuthenticationError"
    """Represents an error with the authentication."""
    LinkError = "LinkError"
    """Represents an error with a Link object."""
    InstitutionError = "InstitutionError"
    """Represents an error with an Institution object."""
    InvalidRequestError = "InvalidRequestError"
    """Represents an error because of an invalid request."""
    FintocError = "FintocError"
    """Represents the base custom error."""

class ResponseStatus(NumericCodeEnum):
    """API response status: The HTTP status of a Fintoc API response, with the meaning Fintoc's status code summary gives it. The error's code and type in the body are the more specific facts.

    Wire field: the HTTP status of an API response."""

    OK = 200
    """The request succeeded."""
    BAD_REQUEST = 400
    """The request contains invalid information. Correct the information before retrying the request."""
    UNAUTHORIZED = 401
    """Your API key is invalid or incorrectly formatted."""
    PAYMENT_REQUIRED = 402
    """You must pay to continue using the service."""
    FORBIDDEN = 403
    """The request is valid, but you do not have permission to make it."""
    NOT_FOUND = 404
    """Fintoc could not find the requested resource. Check the URL you requested."""
    TOO_MANY_REQUESTS = 429
    """You exceeded the limit of five requests per second."""
    INTERNAL_SERVER_ERROR = 500
    """Fintoc encountered an internal error and is working to resolve it."""
    SERVICE_UNAVAILABLE = 503
    """The financial institution may be unavailable."""

class WidgetEvent(CodeEnum):
    """Widget event: The name of an event of the Fintoc widget, the eventName the widget passes to the onEvent(eventName, metadata) callback as its first argument (metadata holds a timestamp). Fintoc asks integrators not to decide a resource's state from these events, only to guide the frontend: webhooks or the exchange decide. The list runs on past the stored copies (after the authentication events), so later events are not here.

    Wire field: eventName (the first argument of the widget's onEvent callback)."""

    opened = "opened"
    """Triggers when the widget is opened"""
    on_terms_and_conditions = "on_terms_and_conditions"
    """Triggers when the user visits the terms and conditions"""
    codi_helper = "codi_helper"
    """Triggers when the user visits the CoDi Helper Guide"""
    on_available_institutions = "on_available_institutions"
    """Triggers when the user enters the view to select the financial institution"""
    on_request_bank = "on_request_bank"
    """Triggers when the user enters the view to request a new bank"""
    on_authentication_form = "on_authentication_form"
    """Triggers when the user enters the view to authenticate with its financial institution"""
    codi_username_required = "codi_username_required"
    """Triggers when the user is prompted to enter their mobile phone to recieve a CoDi payment request"""
    payment_in_progress = "payment_in_progress"
    """Triggers when the user is asked to select the payment provider"""
    creating_link = "creating_link"
    """Triggers when the financial institution is verifying the credentials and Fintoc is connecting the account"""
    link_created = "link_created"
    """Triggers when the financial institution approves the credentials and a Link gets created in Fintoc"""
    selecting_account = "selecting_account"
    """Triggers when the user enters the view to select an account"""
    payment_intent_confirmation_required = "payment_intent_confirmation_required"
    """Triggers when the user is prompted to authorize the payment"""
    creating_subscription = "creating_subscription"
    """Triggers when the user starts trying to create a subscription"""
    app_authentication_required = "app_authentication_required"
    """Triggers when the financial entity needs a second factor via application to authenticate"""
    device_authentication_required = "device_authentication_required"
    """Triggers when the financial entity needs a second factor via physical device to authenticate"""

class WebviewMessage(CodeEnum):
    """WebView message: The message the Fintoc widget's WebView posts to a mobile app when its flow ends, which fintoc-react-native's FintocWidgetView maps to its onSuccess and onExit props (EVENT_MAP); any other message calls nothing. The descriptions are bankcodes' wording.

    Wire field: the data of a WebView message event (nativeEvent.data in React Native)."""

    succeeded = "fintocwidget://succeeded"
    """The widget's flow succeeded: onSuccess is called."""
    exit = "fintocwidget://exit"
    """The user left the widget before its flow succeeded: onExit is called."""

#: Every code-set enum of this provider, in priority order (classify uses the first match).
CODE_SETS: tuple[type[CodeEnum] | type[NumericCodeEnum], ...]
