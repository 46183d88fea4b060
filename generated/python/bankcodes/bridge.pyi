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
    """Item status: The status of an item, a connection to a bank with a set of the user's credentials (item.status, an integer). Its values look like HTTP statuses (402, 429) but are not: they are the item's states, read in this set alone. Each code's text is today's Items statuses page's; its name is the Status column of the v2019.02.18 list of item status codes (today's pages have no such column).

    Wire field: status of an item (an integer)."""

    ok = 0
    """Everything is awesome."""
    just_added = -2
    """The item was recently added, and the item's refresh is in progress."""
    just_edited = -3
    """The credentials were recently updated, and the item's refresh is in progress."""
    login_failed = 402
    """Wrong credentials were provided."""
    needs_human_action = 429
    """An action from the user is required within the online banking of the user. This can occur when the user needs to accept new Terms of Service, change their credentials, or when it's their first time connecting to the bank's website."""
    needs_password_rotation = 430
    """The User needs to log onto his bank's website to change his password."""
    could_not_refresh = 1003
    """Couldn't refresh the item; please try again."""
    not_supported = 1005
    """Account not supported."""
    disabled_temporarily = 1007
    """Refreshing the item is temporarily disabled."""
    incomplete = 1009
    """The account balance has changed, but no new transactions were found. This can happen with stock or life insurance accounts."""
    needs_manual_refresh = 1010
    """The item wasn't refreshed successfully because it required a Multi-Factor Authentication (MFA) or One-Time Password (OTP) that wasn't provided."""
    migration = 1099
    """The item is being migrated to another bank."""
    pro_account_locked = 1100
    """Pro accounts have been detected on this Item and it needs validation. Otherwise the data will be obfuscated."""

class StatusCodeInfo(CodeEnum):
    """Item status detail: A detail of an item's status (item.status_code_info), with its text in status_code_description. The Items statuses page lists the details of each status; its copy read gives the 402 list whole and the 429 list in part, the rest of the 429 list coming from the v2019.02.18 page and Bridge's help center (which gives each its meaning). Today's page spells them in lower case, the older ones in upper case: a code whose lower-case spelling was read holds the other as its alias.

    Wire field: status_code_info of an item."""

    otp_required = "otp_required"
    """The item needs a refresh with Strong Customer Authentication."""
    BANK_IS_DOWN = "BANK_IS_DOWN"
    """The bank's interface cannot be reached for now."""
    ok = "ok"
    """The item is ok: the Item refreshed webhook's example gives it beside status_code 0."""
    invalid_creds = "invalid_creds"
    """Credentials are invalid."""
    wrong_id = "wrong_id"
    """User ID is invalid ."""
    wrong_id_format = "wrong_id_format"
    """User ID format is not correct."""
    wrong_pwd = "wrong_pwd"
    """Password is invalid."""
    wrong_pwd_format = "wrong_pwd_format"
    """Password format is not correct."""
    wrong_pwd2 = "wrong_pwd2"
    """Listed under the item's 402 (wrong credentials) on Bridge's Items status pages, without a meaning of its own."""
    wrong_pwd2_format = "wrong_pwd2_format"
    """Listed under the item's 402 (wrong credentials) on Bridge's Items status pages, without a meaning of its own."""
    account_temporarily_blocked = "account_temporarily_blocked"
    """Due to several unsuccessful login attempts, the bank has temporarily blocked the user access."""
    account_blocked = "account_blocked"
    """Due to several unsuccessful login attempts, the bank has blocked the user access."""
    account_blocked_contact_bank = "account_blocked_contact_bank"
    """Due to several unsuccessful login attempts, the bank has blocked the user access."""
    tos_to_validate = "tos_to_validate"
    """Terms of service to validate on bank website."""
    contract_to_sign = "contract_to_sign"
    """Terms of service to validate on bank website."""
    inactive_creds = "inactive_creds"
    """Access have been deactivated by the bank (account close, ...)."""
    account_to_activate = "account_to_activate"
    """User has to log in on its bank website for the first time."""
    PHONE_NB_TO_CONFIRM = "PHONE_NB_TO_CONFIRM"
    """User phone number needs to be set or confirmed on bank website."""
    INFORMATION_TO_REVIEW = "INFORMATION_TO_REVIEW"
    """an action is required on the bank website."""
    SMTH_TO_VALIDATE = "SMTH_TO_VALIDATE"
    """an action is required on the bank website."""
    OTP_REGISTRATION_TO_DO = "OTP_REGISTRATION_TO_DO"
    """User has to connect to bank to perform OTP registration."""
    KYC_TO_FILL = "KYC_TO_FILL"
    """Listed under the item's 429 (an action required at the bank) on Bridge's Items status pages, without a meaning of its own."""
    AMLCFT_DATA_TO_CONFIRM = "AMLCFT_DATA_TO_CONFIRM"
    """Listed under the item's 429 (an action required at the bank) on Bridge's Items status pages, without a meaning of its own."""
    PHONE_NB_TO_SET = "PHONE_NB_TO_SET"
    """User phone number needs to be set or confirmed on bank website."""
    PERSO_DATA_TO_CONFIRM = "PERSO_DATA_TO_CONFIRM"
    """User is required to update or validate its personal data on its bank website."""
    FORM_TO_FILL = "FORM_TO_FILL"
    """User has to fill a form on its bank website."""
    READONLY_ACCESS_TO_CREATE = "READONLY_ACCESS_TO_CREATE"
    """Listed under the item's 429 (an action required at the bank) on Bridge's Items status pages, without a meaning of its own."""
    CANNOT_ACCESS_SERVICES = "CANNOT_ACCESS_SERVICES"
    """User does not have access to the bank service."""
    NO_ONLINE_ACCESS = "NO_ONLINE_ACCESS"
    """User does not have access to the bank service."""
    CREDS_UPDATE_MESSAGE = "CREDS_UPDATE_MESSAGE"
    """User has to update its credentials on its bank website."""
    UNLOCK_OTP_IN_APP = "UNLOCK_OTP_IN_APP"
    """User has to unlock SCA OTP through its bank interface (mobile app or web)."""
    INACTIVE_CREDS_CONTACT_BANK = "INACTIVE_CREDS_CONTACT_BANK"
    """Access have been deactivated by the bank (account close, ...)."""
    ACCOUNT_TO_REACTIVATE = "ACCOUNT_TO_REACTIVATE"
    """User has to log in on its bank website for the first time."""
    OTP_REQUIRED_BANK = "OTP_REQUIRED_BANK"
    """A Strong Customer Authentication is required on the bank website."""
    NO_ACCESS_CONTACT_BANK = "NO_ACCESS_CONTACT_BANK"
    """User does not have access to the bank service."""
    EXPIRED_ID_CONTACT_BANK = "EXPIRED_ID_CONTACT_BANK"
    """User does not have access to the bank service."""
    UNLOCK_OTP_IN_WEB = "UNLOCK_OTP_IN_WEB"
    """User has to unlock SCA OTP through its bank interface (mobile app or web)."""
    CONTACT_BANK = "CONTACT_BANK"
    """User has to contact its bank adviser."""
    PWD_RENEWAL = "PWD_RENEWAL"
    """User has to renew its password on the bank website."""

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
