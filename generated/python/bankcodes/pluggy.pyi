# generated from spec/catalog.json — do not edit (run `make generate`)
"""Pluggy (https://www.pluggy.ai/): one enum per code set of the catalog, with metadata on every member. Each is built on first use."""

from bankcodes._base import CodeEnum, NumericCodeEnum

__all__ = [
    "CODE_SETS",
    "CodeDescription",
    "ConnectEvent",
    "ConnectorStatus",
    "ExecutionErrorCode",
    "ExecutionStatus",
    "ItemRequestError",
    "ItemStatus",
    "PaymentRequestStatus",
    "ResponseStatus",
    "WebhookEvent",
]

class ExecutionErrorCode(CodeEnum):
    """Execution error code: Why an Item's execution ended in error: error.code of the Item (ExecutionErrorResult: code, message, providerMessage, attributes) and of the item/error webhook. Every code is also an execution status, the value the Item exposes as executionStatus. The Node SDK lists thirteen codes today, and the Java SDK a fourteenth, USER_AUTHORIZATION_REVOKED; at 174255f (February 2023) it listed twelve, USER_NOT_SUPPORTED being added in September 2023. The SDK and the pages read give a text for few of them: the others are described in bankcodes' words. providerMessage, when present, is 'the exact error message returned by the institution'.

    Wire field: error.code (the Item; the item/error webhook)."""

    INVALID_CREDENTIALS = "INVALID_CREDENTIALS"
    """The credentials were rejected by the institution."""
    ALREADY_LOGGED_IN = "ALREADY_LOGGED_IN"
    """The institution reported another active session for the user, and the connection could not go on."""
    UNEXPECTED_ERROR = "UNEXPECTED_ERROR"
    """An unexpected error ended the execution."""
    INVALID_CREDENTIALS_MFA = "INVALID_CREDENTIALS_MFA"
    """The one-time code or other MFA answer was not accepted."""
    SITE_NOT_AVAILABLE = "SITE_NOT_AVAILABLE"
    """The institution is having an instability: its site or service could not be used."""
    ACCOUNT_LOCKED = "ACCOUNT_LOCKED"
    """The user's account is locked at the institution."""
    ACCOUNT_CREDENTIALS_RESET = "ACCOUNT_CREDENTIALS_RESET"
    """The institution requires the user to reset their credentials before connecting."""
    CONNECTION_ERROR = "CONNECTION_ERROR"
    """An unexpected error on Pluggy's side, or a connectivity error, ended the execution."""
    ACCOUNT_NEEDS_ACTION = "ACCOUNT_NEEDS_ACTION"
    """The user must do something with their account at the institution before it can be connected."""
    USER_AUTHORIZATION_PENDING = "USER_AUTHORIZATION_PENDING"
    """The user has not yet authorised the access at the institution (on another device or app)."""
    USER_AUTHORIZATION_NOT_GRANTED = "USER_AUTHORIZATION_NOT_GRANTED"
    """The user did not grant the authorisation the institution asked for."""
    USER_NOT_SUPPORTED = "USER_NOT_SUPPORTED"
    """The connector does not support this user (their kind of account or access)."""
    USER_INPUT_TIMEOUT = "USER_INPUT_TIMEOUT"
    """The user did not answer the MFA or other input the execution waited for in time."""
    USER_AUTHORIZATION_REVOKED = "USER_AUTHORIZATION_REVOKED"
    """The user's authorisation for the connection was revoked."""

class ItemStatus(CodeEnum):
    """Item status: The current status of an Item (a connection to an institution), 'a first glance about the connection's health': the execution status says more. The SDK lists seven values; Pluggy's Item lifecycle page describes five (its Meaning column is the description here), not WAITING_USER_ACTION and MERGING.

    Wire field: status (the Item)."""

    UPDATED = "UPDATED"
    """The last sync process has completed successfully and all new data is available to collect."""
    UPDATING = "UPDATING"
    """An update process is in progress and will be updated soon."""
    WAITING_USER_INPUT = "WAITING_USER_INPUT"
    """The connection requires user's input to continue the sync process, this is common for MFA authentication connectors."""
    WAITING_USER_ACTION = "WAITING_USER_ACTION"
    """The connection waits for the user to act outside the form (scan a QR code or authorise the access), as the Item's userAction says."""
    MERGING = "MERGING"
    """The collected data is being merged into the Item."""
    LOGIN_ERROR = "LOGIN_ERROR"
    """The connection must be updated to execute again. We won't trigger auto-sync updates until new credentials parameters are provided."""
    OUTDATED = "OUTDATED"
    """The parameters were correctly validated, but there was an error in the last execution. It can be retried."""

class ExecutionStatus(CodeEnum):
    """Execution status: The state of the execution that creates or updates an Item (executionStatus): creation, a connector step in progress, a wait for the user, or how it finished (an execution error code, MERGE_ERROR, ERROR, SUCCESS or PARTIAL_SUCCESS). Four connector steps the SDK listed until May 2025 are kept as removed.

    Wire field: executionStatus (the Item)."""

    CREATING = "CREATING"
    """The execution is being created."""
    CREATE_ERROR = "CREATE_ERROR"
    """The execution could not be created."""
    CREATED = "CREATED"
    """The execution was created and has not started its steps."""
    LOGIN_IN_PROGRESS = "LOGIN_IN_PROGRESS"
    """The execution is logging in to the institution."""
    WAITING_USER_INPUT = "WAITING_USER_INPUT"
    """The execution waits for the user's input (an MFA answer) to continue."""
    WAITING_USER_ACTION = "WAITING_USER_ACTION"
    """The execution waits for the user to act outside the form (scan a QR code or authorise the access), as its userAction says."""
    LOGIN_MFA_IN_PROGRESS = "LOGIN_MFA_IN_PROGRESS"
    """The execution is sending the MFA answer to the institution."""
    ACCOUNTS_IN_PROGRESS = "ACCOUNTS_IN_PROGRESS"
    """The execution is collecting the accounts."""
    TRANSACTIONS_IN_PROGRESS = "TRANSACTIONS_IN_PROGRESS"
    """The execution is collecting the transactions."""
    PAYMENT_DATA_IN_PROGRESS = "PAYMENT_DATA_IN_PROGRESS"
    """The execution is collecting the payment data."""
    CREDITCARDS_IN_PROGRESS = "CREDITCARDS_IN_PROGRESS"
    """The execution is collecting the credit cards."""
    INVESTMENTS_IN_PROGRESS = "INVESTMENTS_IN_PROGRESS"
    """The execution is collecting the investments."""
    INVESTMENTS_TRANSACTIONS_IN_PROGRESS = "INVESTMENTS_TRANSACTIONS_IN_PROGRESS"
    """The execution is collecting the investment transactions."""
    IDENTITY_IN_PROGRESS = "IDENTITY_IN_PROGRESS"
    """The execution is collecting the identity."""
    LOANS_IN_PROGRESS = "LOANS_IN_PROGRESS"
    """The execution is collecting the loans."""
    ACCOUNT_STATEMENTS_IN_PROGRESS = "ACCOUNT_STATEMENTS_IN_PROGRESS"
    """The execution is collecting the account statements."""
    INVALID_CREDENTIALS = "INVALID_CREDENTIALS"
    """The credentials were rejected by the institution."""
    ALREADY_LOGGED_IN = "ALREADY_LOGGED_IN"
    """The institution reported another active session for the user, and the connection could not go on."""
    UNEXPECTED_ERROR = "UNEXPECTED_ERROR"
    """An unexpected error ended the execution."""
    INVALID_CREDENTIALS_MFA = "INVALID_CREDENTIALS_MFA"
    """The one-time code or other MFA answer was not accepted."""
    SITE_NOT_AVAILABLE = "SITE_NOT_AVAILABLE"
    """The institution is having an instability: its site or service could not be used."""
    ACCOUNT_LOCKED = "ACCOUNT_LOCKED"
    """The user's account is locked at the institution."""
    ACCOUNT_CREDENTIALS_RESET = "ACCOUNT_CREDENTIALS_RESET"
    """The institution requires the user to reset their credentials before connecting."""
    CONNECTION_ERROR = "CONNECTION_ERROR"
    """An unexpected error on Pluggy's side, or a connectivity error, ended the execution."""
    ACCOUNT_NEEDS_ACTION = "ACCOUNT_NEEDS_ACTION"
    """The user must do something with their account at the institution before it can be connected."""
    USER_AUTHORIZATION_PENDING = "USER_AUTHORIZATION_PENDING"
    """The user has not yet authorised the access at the institution (on another device or app)."""
    USER_AUTHORIZATION_NOT_GRANTED = "USER_AUTHORIZATION_NOT_GRANTED"
    """The user did not grant the authorisation the institution asked for."""
    USER_NOT_SUPPORTED = "USER_NOT_SUPPORTED"
    """The connector does not support this user (their kind of account or access)."""
    USER_INPUT_TIMEOUT = "USER_INPUT_TIMEOUT"
    """The user did not answer the MFA or other input the execution waited for in time."""
    MERGE_ERROR = "MERGE_ERROR"
    """The execution failed while merging the collected data."""
    ERROR = "ERROR"
    """An unexpected error on Pluggy's side ended the execution."""
    SUCCESS = "SUCCESS"
    """it means every product (accounts, transactions, etc) was retrieved correctly from the institution, and is ready to be retrieved."""
    PARTIAL_SUCCESS = "PARTIAL_SUCCESS"
    """Some products could not be collected; the Item's statusDetail says, per product, which were updated."""
    OPPORTUNITIES_IN_PROGRESS = "OPPORTUNITIES_IN_PROGRESS"
    """The execution was collecting opportunities. (removed: Listed by the SDK until 0cf329c (May 2025, 'remove deprecated features'); not in pluggy-sdk 0.89.0.)"""
    PORTFOLIO_IN_PROGRESS = "PORTFOLIO_IN_PROGRESS"
    """The execution was collecting the portfolio. (removed: Listed by the SDK until 0cf329c (May 2025, 'remove deprecated features'); not in pluggy-sdk 0.89.0.)"""
    INCOME_REPORTS_IN_PROGRESS = "INCOME_REPORTS_IN_PROGRESS"
    """The execution was collecting the income reports. (removed: Listed by the SDK until 0cf329c (May 2025, 'remove deprecated features'); not in pluggy-sdk 0.89.0.)"""
    BENEFITS_IN_PROGRESS = "BENEFITS_IN_PROGRESS"
    """The execution was collecting the benefits. (removed: Listed by the SDK until 0cf329c (May 2025, 'remove deprecated features'); not in pluggy-sdk 0.89.0.)"""

class ConnectorStatus(CodeEnum):
    """Connector health status: The current status of a connector (an institution's integration): health.status of a Connector, and data.status of the connector/status_updated webhook.

    Wire field: health.status (Connector); data.status (connector/status_updated webhook)."""

    ONLINE = "ONLINE"
    """the connector is working as expected"""
    UNSTABLE = "UNSTABLE"
    """the connector is working but with degraded performance"""
    OFFLINE = "OFFLINE"
    """the connector is not currently available (API will refuse all connections with 400 status error)"""

class PaymentRequestStatus(CodeEnum):
    """Payment request status: The status of a payment request (Pluggy's payment initiation and Pix Automático). The SDK's comment describes seven of its twelve values; the others are described in bankcodes' words. At 8347744 (November 2024) the SDK listed nine: EXPIRED, AUTHORIZED and CANCELED came in 2025. The payment_request/updated webhook sends AUTHORIZED, CANCELED, COMPLETED or ERROR in data.status.

    Wire field: status (PaymentRequest); data.status (payment_request/updated webhook)."""

    CREATED = "CREATED"
    """Payment request was created"""
    IN_PROGRESS = "IN_PROGRESS"
    """User started the payment process"""
    COMPLETED = "COMPLETED"
    """Payment request was completed"""
    SCHEDULED = "SCHEDULED"
    """The payment request is scheduled: its payments are made on their dates."""
    WAITING_PAYER_AUTHORIZATION = "WAITING_PAYER_AUTHORIZATION"
    """User needs to authorize the payment in the payment institution"""
    ERROR = "ERROR"
    """Payment request has an error"""
    REFUND_IN_PROGRESS = "REFUND_IN_PROGRESS"
    """A refund of the payment is in progress."""
    REFUNDED = "REFUNDED"
    """The payment was refunded."""
    REFUND_ERROR = "REFUND_ERROR"
    """The refund of the payment failed."""
    EXPIRED = "EXPIRED"
    """The payment request expired before it was paid or authorised."""
    AUTHORIZED = "AUTHORIZED"
    """Payment request authorized and active (for automatic PIX)"""
    CANCELED = "CANCELED"
    """Payment request canceled or authorization revoked"""

class WebhookEvent(CodeEnum):
    """Webhook event: What a webhook notification is about (event), and what a webhook is registered for (all for every event). The descriptions are the Webhook page's where the copies read have them. Two payment refund events the SDK listed during 2025 are kept as removed.

    Wire field: event (every webhook; POST /webhooks)."""

    item_created = "item/created"
    """An item was created and finished connecting succesfully."""
    item_updated = "item/updated"
    """An item was updated and synced successfully."""
    item_error = "item/error"
    """An item has encountered errors in its execution. The case of USER_AUTHORIZATION_PENDING will also trigger this event."""
    item_deleted = "item/deleted"
    """An item was deleted successfully."""
    item_waiting_user_input = "item/waiting_user_input"
    """An item is blocked waiting for user input to continue."""
    item_waiting_user_action = "item/waiting_user_action"
    """An item is blocked waiting for the user to act outside the form (its userAction)."""
    item_login_succeeded = "item/login_succeeded"
    """An item has successfully logged in to the provider and it's collecting the data."""
    connector_status_updated = "connector/status_updated"
    """A connector has changed status (ONLINE/UNSTABLE/OFFLINE). This event informs the affected connector ID and updated status. Check the Connectors endpoint to see all connectors and their IDs."""
    transactions_created = "transactions/created"
    """New transactions of an account were created; createdTransactionsLink fetches them."""
    transactions_updated = "transactions/updated"
    """Ids of updated transactions after merge data on item update. After receive this webhooks, it's recommended to get the full transactions data, use the transactions endpoint with ids parameter"""
    transactions_deleted = "transactions/deleted"
    """Ids of deleted transactions after merge data on item update."""
    payment_intent_created = "payment_intent/created"
    """Id of payment intent created by the user. With paymentRequestId or bulkPaymentId too."""
    payment_intent_completed = "payment_intent/completed"
    """Id of payment intent completed successfully by the user. With paymentRequestId or bulkPaymentId too."""
    payment_intent_waiting_payer_authorization = "payment_intent/waiting_payer_authorization"
    """Id of payment intent when it needs additional authorization."""
    payment_intent_error = "payment_intent/error"
    """Id of payment intent when has an error during the flow (with paymentRequestId too)."""
    scheduled_payment_created = "scheduled_payment/created"
    """The scheduled_payment/created event."""
    scheduled_payment_completed = "scheduled_payment/completed"
    """The scheduled_payment/completed event."""
    scheduled_payment_error = "scheduled_payment/error"
    """The scheduled_payment/error event."""
    scheduled_payment_canceled = "scheduled_payment/canceled"
    """The scheduled_payment/canceled event."""
    scheduled_payment_all_completed = "scheduled_payment/all_completed"
    """The scheduled_payment/all_completed event."""
    scheduled_payment_all_created = "scheduled_payment/all_created"
    """The scheduled_payment/all_created event."""
    boleto_updated = "boleto/updated"
    """The boleto/updated event."""
    all = "all"
    """Every event: a webhook registered for all receives each of them."""
    automatic_pix_payment_created = "automatic_pix_payment/created"
    """The automatic_pix_payment/created event."""
    automatic_pix_payment_completed = "automatic_pix_payment/completed"
    """The automatic_pix_payment/completed event."""
    automatic_pix_payment_error = "automatic_pix_payment/error"
    """The automatic_pix_payment/error event."""
    automatic_pix_payment_canceled = "automatic_pix_payment/canceled"
    """The automatic_pix_payment/canceled event."""
    payment_request_updated = "payment_request/updated"
    """A payment request changed status; data.status holds the new one."""
    smart_transfer_preauthorization_completed = "smart_transfer_preauthorization/completed"
    """The smart_transfer_preauthorization/completed event."""
    smart_transfer_preauthorization_error = "smart_transfer_preauthorization/error"
    """The smart_transfer_preauthorization/error event."""
    smart_transfer_payment_completed = "smart_transfer_payment/completed"
    """The smart_transfer_payment/completed event."""
    smart_transfer_payment_error = "smart_transfer_payment/error"
    """The smart_transfer_payment/error event."""
    payment_refund_completed = "payment_refund/completed"
    """A payment refund was completed. (removed: Added to the SDK in January 2025 (f5f29a1, 'add refunds webhooks') and removed from WEBHOOK_EVENTS on 2025-12-09 by f136147 ('feat: add smart transfers webhooks'); not in pluggy-sdk 0.89.0.)"""
    payment_refund_error = "payment_refund/error"
    """A payment refund failed. (removed: Added to the SDK in January 2025 (f5f29a1, 'add refunds webhooks') and removed from WEBHOOK_EVENTS on 2025-12-09 by f136147 ('feat: add smart transfers webhooks'); not in pluggy-sdk 0.89.0.)"""

class ConnectEvent(CodeEnum):
    """Pluggy Connect event: The event of the payload the Pluggy Connect widget passes to onEvent ('to track specific user interactions'), with its timestamp: the connector for SELECTED_INSTITUTION, the Item for the login and Item events. The SDK's typing gives no text per event: the descriptions are bankcodes' words.

    Wire field: event (onEvent payload of Pluggy Connect)."""

    SELECTED_INSTITUTION = "SELECTED_INSTITUTION"
    """The user selected an institution (the payload's connector)."""
    SUBMITTED_CONSENT = "SUBMITTED_CONSENT"
    """The user accepted the consent."""
    SUBMITTED_LOGIN = "SUBMITTED_LOGIN"
    """The user submitted the login form."""
    SUBMITTED_MFA = "SUBMITTED_MFA"
    """The user submitted an MFA answer."""
    LOGIN_SUCCESS = "LOGIN_SUCCESS"
    """The login succeeded (the payload's item)."""
    LOGIN_MFA_SUCCESS = "LOGIN_MFA_SUCCESS"
    """The MFA step of the login succeeded (the payload's item)."""
    LOGIN_STEP_COMPLETED = "LOGIN_STEP_COMPLETED"
    """The login step is complete and the Item goes on collecting (the payload's item)."""
    ITEM_RESPONSE = "ITEM_RESPONSE"
    """The widget received the Item (the payload's item)."""

class ItemRequestError(CodeEnum):
    """Item request error: An error of a request that creates or updates an Item, as the Items API reference lists it (Creating & Updating Item errors: Error, Message, Action Item; the Action Item is the advice here). The table names no field; the catalog reads these codes where Pluggy's Error Codes page puts an error's stable identifier, codeDescription. Five code cells are rendered in two pieces by every capture read (CLIENT_IS_UPDATING / BEFORE_ALLOWED_FREQUENCY, SANDBOX_CLIENT_ITEM / UPDATE_NOT_ALLOWED, CLIENT_HAS_ITEM / UPDATES_DISABLED, ITEM_ORIGINAL_CONNECTED / WITH_DIFFERENT_ACCOUNT, CONNECTOR_REQUIRED / PARAMETER_VALIDATION_ERROR): their values are the pieces joined, as each code's notes say. The table runs on past the eleventh row in every capture read; the rows after it are not in the catalog.

    Wire field: codeDescription of the API error body of POST /items and PATCH /items/{id} (the Items reference's table names no field)."""

    PARAMETERS_NOT_PROVIDED = "PARAMETERS_NOT_PROVIDED"
    """Parameters were not provided"""
    ITEM_ALREADY_UPDATING = "ITEM_ALREADY_UPDATING"
    """An update is already in progress, wait until the last execution ends"""
    CLIENT_IS_UPDATING_BEFORE_ALLOWED_FREQUENCY = "CLIENT_IS_UPDATING_BEFORE_ALLOWED_FREQUENCY"
    """Client updates on this item are allowed at most every {frequency} hours. The last update was at {time}."""
    CREATE_ITEMS_API_FREE_DISABLED = "CREATE_ITEMS_API_FREE_DISABLED"
    """Free subscription can only create items through our Connect Widget"""
    SANDBOX_CLIENT_ITEM_UPDATE_NOT_ALLOWED = "SANDBOX_CLIENT_ITEM_UPDATE_NOT_ALLOWED"
    """Current client subscription level can only update Sandbox (Pluggy Bank) items"""
    TOO_MANY_CONSECUTIVE_ERRORS = "TOO_MANY_CONSECUTIVE_ERRORS"
    """There have been more than 5 failing synchronization, please contact support"""
    ITEM_CREATION_LIMIT_EXCEEDED = "ITEM_CREATION_LIMIT_EXCEEDED"
    """Client exceeded item creation limit {limit} for the current subscription level."""
    CLIENT_HAS_ITEM_UPDATES_DISABLED = "CLIENT_HAS_ITEM_UPDATES_DISABLED"
    """Client has item updates disabled"""
    ITEM_ORIGINAL_CONNECTED_WITH_DIFFERENT_ACCOUNT = (
        "ITEM_ORIGINAL_CONNECTED_WITH_DIFFERENT_ACCOUNT"
    )
    """Item was originally connected with a different account, please use the original account"""
    ITEM_IS_ALREADY_UPDATING = "ITEM_IS_ALREADY_UPDATING"
    """There is an active item for the set of credentials that hasn't finished executing"""
    CONNECTOR_REQUIRED_PARAMETER_VALIDATION_ERROR = "CONNECTOR_REQUIRED_PARAMETER_VALIDATION_ERROR"
    """The parameter {parameter} is required to be renewed for item update."""

class ResponseStatus(NumericCodeEnum):
    """API response status: The HTTP status of a Pluggy API error response, with the meaning Pluggy's Errors Codes page gives it. The Node SDK rejects a failed request with the response's parsed body alone, so its status does not reach the app through the SDK.

    Wire field: the HTTP status of an API response."""

    BAD_REQUEST = 400
    """Bad Request -- Your request is invalid."""
    UNAUTHORIZED = 401
    """Unauthorized -- Your API key is wrong."""
    FORBIDDEN = 403
    """Forbidden -- The resource you are trying to access, you don't have permissions."""
    NOT_FOUND = 404
    """Not Found -- The specified resource could not be found."""
    METHOD_NOT_ALLOWED = 405
    """Method Not Allowed -- The specific endpoint doesn't support that method."""
    NOT_ACCEPTABLE = 406
    """Not Acceptable -- You requested a format that isn't JSON."""
    CONFLICT = 409
    """Conflict -- The request could not be completed due to a conflict with the current state of the target resource."""
    TOO_MANY_REQUESTS = 429
    """Too Many Requests -- You've exceeded your quota limit."""
    INTERNAL_SERVER_ERROR = 500
    """Internal Server Error -- We had a problem with our server. Try again later."""
    SERVICE_UNAVAILABLE = 503
    """Service Unavailable -- We're temporarily offline for maintenance. Please try again later."""

class CodeDescription(CodeEnum):
    """API error codeDescription: The stable identifier of a Pluggy API error (codeDescription): "A stable identifier for the specific error, when the endpoint distinguishes several. Branch on this, not on `message`." (Pluggy's Error Codes page). These are the values that page names in the part read; the Items reference's errors (item_request_error) travel in the same field.

    Wire field: codeDescription (the API error body)."""

    ITEM_NOT_FOUND = "ITEM_NOT_FOUND"
    """Item not found"""
    CLIENT_KEYS_UNAUTHORIZED = "CLIENT_KEYS_UNAUTHORIZED"
    """POST /auth refused the clientId and clientSecret."""
    CLIENT_DISABLED = "CLIENT_DISABLED"
    """POST /auth refused a client that is disabled."""

#: Every code-set enum of this provider, in priority order (classify uses the first match).
CODE_SETS: tuple[type[CodeEnum] | type[NumericCodeEnum], ...]
