# generated from spec/catalog.json — do not edit (run `make generate`)
"""Bridge (https://bridgeapi.io): one enum per code set of the catalog, with metadata on every member. Each is built on first use."""

from bankcodes._base import CodeEnum, NumericCodeEnum

__all__ = [
    "CODE_SETS",
    "ErrorCode",
    "ErrorType",
    "ItemStatus",
    "ResponseStatus",
    "StatusCodeInfo",
    "WebhookType",
]

class ItemStatus(NumericCodeEnum):
    """Item status: The status of an item, a connection to a bank with a set of the user's credentials (item.status, an integer). Its values look like HTTP statuses (402, 429) but are not: they are the item's states, read in this set alone. Each code's name is the Status column of Bridge's list of item status codes.

    Wire field: status of an item (an integer)."""

    ok = 0
    """Everything is awesome."""
    just_added = -2
    """The account was recently added. The account refresh is pending."""
    just_edited = -3
    """The account's credentials were recently changed. The account refresh is pending."""
    login_failed = 402
    """Wrong credentials."""
    needs_human_action = 429
    """An action from the user is required within the online banking of the user. Examples: The user needs to accept new ToS, change his credentials, first time connecting to the bank's website, ..."""
    needs_password_rotation = 430
    """The User needs to log onto his bank's website to change his password."""
    could_not_refresh = 1003
    """Couldn't refresh. Try again."""
    not_supported = 1005
    """Account not supported."""
    disabled_temporarily = 1007
    """Refresh temporarily disabled."""
    incomplete = 1009
    """Account balance has changed but no new transactions were found. This may happen with stock / life insurance accounts."""
    needs_manual_refresh = 1010
    """Item wasn't refreshed successfully, it required an MFA / OTP that wasn't provided."""
    migration = 1099
    """Item is migrating to another bank."""
    pro_account_locked = 1100
    """Pro accounts have been detected on this Item and it needs validation. Otherwise the data will be obfuscated."""

class StatusCodeInfo(CodeEnum):
    """Item status detail: A detail of an item's status (item.status_code_info), with its text in status_code_description. The Items status page that lists them was not read: the values here are those the pages read show.

    Wire field: status_code_info of an item."""

    otp_required = "otp_required"
    """The item needs a refresh with Strong Customer Authentication."""
    BANK_IS_DOWN = "BANK_IS_DOWN"
    """The bank's interface cannot be reached for now."""
    ok = "ok"
    """The item is ok: the Item refreshed webhook's example gives it beside status_code 0."""

class ResponseStatus(NumericCodeEnum):
    """API response status: The HTTP status of a Bridge API response, as the API basics page (v3) and the v2019 API responses page list them, in the same words. The categories are bankcodes' reading.

    Wire field: the HTTP status of an API response."""

    OK = 200
    """Successful request."""
    CREATED = 201
    """New resource created."""
    ACCEPTED = 202
    """The request has been accepted for processing, but the processing has not been completed."""
    NO_CONTENT = 204
    """Resource deleted."""
    BAD_REQUEST = 400
    """The request is malformed. Check the parameters or the syntax."""
    UNAUTHORIZED = 401
    """Couldn’t authenticate the request."""
    FORBIDDEN = 403
    """The request is not allowed."""
    NOT_FOUND = 404
    """No such resource."""
    CONFLICT = 409
    """The resource already exists."""
    UNSUPPORTED_MEDIA_TYPE = 415
    """The resource requires Content-Type: application/json header and a JSON body."""
    UNPROCESSABLE_ENTITY = 422
    """The provided JSON is not valid."""
    TOO_MANY_REQUESTS = 429
    """Too many requests hit the API too quickly. See Rate limits."""
    INTERNAL_SERVER_ERROR = 500
    """Something went wrong on our end (these are rare)."""

class ErrorCode(CodeEnum):
    """API error code: The code of a Bridge API (v3) error body, {code, property, message}. The list of codes was not read: the one here is the API basics page's example.

    Wire field: code of an API error body."""

    invalid_client_credentials = "invalid_client_credentials"
    """The application's client_id and client_secret were not accepted."""

class ErrorType(CodeEnum):
    """API error type (v2019): The machine-readable type of a Bridge API error body of version 2019.2.18, {type, message, documentation_url}. The list of types was not read: the one here is the API responses page's example.

    Wire field: type of an API error body (v2019.2.18)."""

    conflict = "conflict"
    """The resource already exists (the example's message: a user that already exists)."""

class WebhookType(CodeEnum):
    """Webhook type: What a webhook is about (its type). Only the types whose wire value was read are here: the current Webhooks events page also lists an item deleted and an account created, updated or deleted, whose type strings the copies read do not show.

    Wire field: type of a webhook."""

    user_deleted = "user.deleted"
    """This event is triggered on user deletion (for example on GPDR automation)."""
    item_created = "item.created"
    """This event is triggered at the very beginning of an item creation, when users enter their credentials in Bridge Connect and then click on "Add your account"."""
    item_refreshed = "item.refreshed"
    """Each time an item is refreshed, this event is triggered. You can use it to check if an item's status has changed, or to know right after a refresh that an item is now in error."""
    ITEM_CREATED = "ITEM_CREATED"
    """This event is triggered at the very beginning of an item creation, when users enter their credentials in Bridge Connect and then click on "Add your account"."""
    ACCOUNT_CREATED = "ACCOUNT_CREATED"
    """This event is triggered when we detect a new account on an item."""
    payment_transaction_updated = "payment.transaction.updated"
    """A payment transaction's status changed."""
    TEST_EVENT = "TEST_EVENT"
    """The test event sent from the dashboard."""

#: Every code-set enum of this provider, in priority order (classify uses the first match).
CODE_SETS: tuple[type[CodeEnum] | type[NumericCodeEnum], ...]
