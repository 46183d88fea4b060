# generated from spec/catalog.json — do not edit (run `make generate`)
"""Flinks (https://flinks.com): one enum per code set of the catalog, with metadata on every member. Each is built on first use."""

from bankcodes._base import CodeEnum, NumericCodeEnum

__all__ = [
    "CODE_SETS",
    "ApiErrorCode",
    "ConnectError",
    "ConnectStep",
    "FdxErrorCode",
    "WebhookResponseType",
]

class FdxErrorCode(NumericCodeEnum):
    """Data Access (FDX) error code: The code of an error answer of Flinks' Data Access endpoints (the Outbound API's FDX endpoints), a number, with its message and HTTP status: "If an error occurs while you're using the Data Access endpoints, you will receive a message similar to the following" ({code, message, debugMessage}). The categories are bankcodes' reading of the messages and of the common scenarios' actions.

    Wire field: code (Data Access error body)."""

    INVALID_INPUT = 401
    """Invalid Input"""
    SUBSCRIPTION_NOT_FOUND = 403
    """Subscription not found"""
    INTERNAL_SERVER_ERROR = 500
    """Internal server error"""
    SUBSYSTEM_UNAVAILABLE = 501
    """Subsystem unavailable"""
    SCHEDULED_MAINTENANCE = 503
    """Scheduled maintenance"""
    CUSTOMER_NOT_FOUND = 601
    """Customer not found"""
    CUSTOMER_NOT_AUTHORIZED = 602
    """Customer not authorized"""
    ACCOUNT_NOT_FOUND = 701
    """Account not found"""
    INVALID_START_OR_END_DATE = 702
    """Invalid start or end date"""
    INVALID_DATE_RANGE = 703
    """Invalid date range"""
    ACCOUNT_TYPE_NOT_SUPPORTED = 704
    """Account type not supported"""
    ACCOUNT_IS_CLOSED = 705
    """Account is closed"""
    PAYEE_NOT_FOUND = 800
    """Payee not found"""
    PAYEE_CANNOT_BE_MODIFIED_OR_DELETED = 801
    """Payee cannot be modified or deleted"""
    PAYMENT_NOT_FOUND = 802
    """Payment not found"""
    DATA_NOT_FOUND = 1107
    """Data not found for request parameters"""
    CONTENT_TYPE_NOT_SUPPORTED = 1203
    """Content type not supported"""
    TOO_MANY_REQUESTS = 1207
    """Too many requests were sent within a short period of time"""

class ApiErrorCode(CodeEnum):
    """API error code (FlinksCode): The FlinksCode of an API response, with its HTTP status. A code's HTTP status differs by document version and endpoint, and one code can have several causes. When an error code arrives for a cached (scheduled refresh) request, it means the refresh met that error.

    Wire field: API response.FlinksCode."""

    OK = "OK"
    """The connection was successful."""
    CREATED = "CREATED"
    """The request has been fulfilled and a new resource has been created."""
    OPERATION_PENDING = "OPERATION_PENDING"
    """The process is ongoing in the background. At this point your flow must change to the async endpoint"""
    OPERATION_DISPATCHED = "OPERATION_DISPATCHED"
    """Your sync request took more than 210 seconds and it was dispatched in the background."""
    INVALID_LOGIN = "INVALID_LOGIN"
    """The provided username or/and password is/are invalid"""
    INVALID_REQUEST = "INVALID_REQUEST"
    """Credentials are missing/incomplete, or syntax is incorrect (e.g. missing comma)"""
    SESSION_NONEXISTENT = "SESSION_NONEXISTENT"
    """A request was made with an expired RequestId"""
    CARD_IN_USE = "CARD_IN_USE"
    """An operation was requested while the account is still being processed."""
    ACCESS_DENIED = "ACCESS_DENIED"
    """Authentication was unsuccessful"""
    INVALID_USERNAME = "INVALID_USERNAME"
    """The username provided was different from what the bank expected"""
    INVALID_PASSWORD = "INVALID_PASSWORD"
    """The password provided was different from what the bank expected"""
    INVALID_SECURITY_RESPONSE = "INVALID_SECURITY_RESPONSE"
    """The MFA response provided was different from what the bank expected"""
    INVALID_SECURITY_RESPONSE_NO_RETRY = "INVALID_SECURITY_RESPONSE_NO_RETRY"
    """The user has provided incorrect or incomplete MFA answers and cannot retry"""
    QUESTION_NOT_FOUND = "QUESTION_NOT_FOUND"
    """The MFA prompt doesn't have a stored answer"""
    RETRY_LATER = "RETRY_LATER"
    """Flinks was not able to open a connection with the selected financial institution"""
    TOO_MANY_REQUESTS = "TOO_MANY_REQUESTS"
    """The endpoint has received too many requests in a given amount of time."""
    UNKNOWN_CHALLENGE_KEY = "UNKNOWN_CHALLENGE_KEY"
    """The /Authorize request to respond an MFA contain an answer to the wrong MFA prompt."""
    CONCURRENT_SESSION = "CONCURRENT_SESSION"
    """Another session is already opened with this LoginId"""
    UNAUTHORIZED = "UNAUTHORIZED"
    """The card was not authorized. Either there is a problem with bank, or the GetAccountsDetail endpoint was called before authorized"""
    DISABLED_LOGIN = "DISABLED_LOGIN"
    """The account has been deactivated by the financial institution. The account holder must contact their bank"""
    NEW_ACCOUNT = "NEW_ACCOUNT"
    """The end user must take action directly on their online banking before connecting and account with Flinks"""
    SESSION_EXPIRED = "SESSION_EXPIRED"
    """The RequestId expired after 8 mins of inactivity during Authorize or 30 mins timeout for data processing"""
    ALREADY_AUTHORIZED = "ALREADY_AUTHORIZED"
    """When the /Authorize endpoint is called after the user has already been authorized"""
    SECURITYRESPONSES_INCOMPLETE = "SECURITYRESPONSES_INCOMPLETE"
    """Not all the prompted MFA questions had answers in the reponse request"""
    AGGREGATION_ERROR = "AGGREGATION_ERROR"
    """Flinks encountered an unexpected error during processing."""
    DISABLED_INSTITUTION = "DISABLED_INSTITUTION"
    """The selected financial institution is not currently available."""

class ConnectError(CodeEnum):
    """Flinks Connect error event: The flinksCode of a Flinks Connect message event: an authentication or connection error that Flinks Connect handles and shows to the customer.

    Wire field: message event data.flinksCode."""

    INVALID_USERNAME = "INVALID_USERNAME"
    """The username provided was different from what the bank expected."""
    INVALID_PASSWORD = "INVALID_PASSWORD"
    """The password provided was different from what the bank expected."""
    INVALID_LOGIN = "INVALID_LOGIN"
    """The provided credentials are incorrect."""
    INVALID_SECURITY_RESPONSE = "INVALID_SECURITY_RESPONSE"
    """The MFA response provided was different from what the bank expected."""
    RETRY_LATER = "RETRY_LATER"
    """Flinks was unable to open a connection with the financial institution."""
    UNAUTHORIZED = "UNAUTHORIZED"
    """The institution did not authorize access."""
    NEW_ACCOUNT = "NEW_ACCOUNT"
    """The customer must take action directly on their online banking before connecting."""
    AGGREGATION_ERROR = "AGGREGATION_ERROR"
    """Flinks encountered an unexpected error during processing."""
    DISABLED_INSTITUTION = "DISABLED_INSTITUTION"
    """The selected financial institution is not currently available."""
    DISABLED_LOGIN = "DISABLED_LOGIN"
    """The account has been deactivated by the financial institution."""

class ConnectStep(CodeEnum):
    """Flinks Connect step event: The step of a Flinks Connect message event: a user event in the connection flow, useful for tracing and for controlling the user experience.

    Wire field: message event data.step."""

    APP_MOUNTED = "APP_MOUNTED"
    """Flinks Connect has retrieved configuration values from the API, and has successfully loaded."""
    APP_ONLINE = "APP_ONLINE"
    """The internet connection was restored."""
    APP_OFFLINE = "APP_OFFLINE"
    """The internet connection was lost."""
    APP_RESIZE = "APP_RESIZE"
    """The Flinks Connect frame changed size. (removed: No Flinks page and no public integration found shows this spelling; only bankcodes 1.0.0 listed it (the cited source). Withdrawn in 1.1.0 and kept only so that values parsed with 1.0.0 stay known.)"""
    ACCOUNT_SELECTED = "ACCOUNT_SELECTED"
    """The user selects an account."""
    COMPONENT_ACCEPT_CONSENT = "COMPONENT_ACCEPT_CONSENT"
    """The user accepts to give consent."""
    COMPONENT_ACCEPT_PROVIDER_CONSENT = "COMPONENT_ACCEPT_PROVIDER_CONSENT"
    """The user accepts the data provider's consent."""
    COMPONENT_ACCEPT_TERMS = "COMPONENT_ACCEPT_TERMS"
    """The user has checked the box to approve the terms and conditions linked in the URL termsUrl={https://example.com}."""
    COMPONENT_CLICK_RESET_PASSWORD = "COMPONENT_CLICK_RESET_PASSWORD"
    """The user clicks on the Reset Password button."""
    COMPONENT_CLICK_TERMS_URL = "COMPONENT_CLICK_TERMS_URL"
    """The user clicks on the terms and conditions link."""
    COMPONENT_CLOSE_SESSION = "COMPONENT_CLOSE_SESSION"
    """The use clicks on the _X in the top right corner. Related to the Layout Customization parameters : closeEnable."""
    COMPONENT_DENY_CONSENT = "COMPONENT_DENY_CONSENT"
    """The user denies consent."""
    COMPONENT_DENY_TERMS = "COMPONENT_DENY_TERMS"
    """The user unchecked the box on the left of the terms and conditions using the parameter termsUrl={https://example.com}."""
    COMPONENT_HELP2FA_INFO = "COMPONENT_HELP2FA_INFO"
    """When Flinks Connect loads the Help2FA component, or if the users goes back from the troubleshooting screen via the back button."""
    COMPONENT_HELP2FA_TROUBLESHOOTING = "COMPONENT_HELP2FA_TROUBLESHOOTING"
    """When Flinks Connect navigates to the troubleshooting screen due to the user clicking the troubleshooting tips link on the info screen."""
    COMPONENT_LOAD_ACCOUNT_SELECTION = "COMPONENT_LOAD_ACCOUNT_SELECTION"
    """When Flinks Connect loads the account selection page. Contains metadata regarding the user's accounts (totalAccounts & displayedAccounts)"""
    COMPONENT_LOAD_CONSENT = "COMPONENT_LOAD_CONSENT"
    """The consent page is loaded using the parameter consentEnable=true"""
    COMPONENT_LOAD_CREDENTIAL = "COMPONENT_LOAD_CREDENTIAL"
    """The user is faced with a prompt for FI username and password."""
    COMPONENT_LOAD_CREDENTIAL_RETRY = "COMPONENT_LOAD_CREDENTIAL_RETRY"
    """The user clicks on retry after an authorize error"""
    COMPONENT_LOAD_INSTITUTION_SELECTOR = "COMPONENT_LOAD_INSTITUTION_SELECTOR"
    """The FI list page is loaded"""
    COMPONENT_LOAD_MFA = "COMPONENT_LOAD_MFA"
    """The MFA page is loaded. Contains metadata that indicates what MFA challenges the user received (mfaTypes)"""
    COMPONENT_LOAD_MFA_RETRY = "COMPONENT_LOAD_MFA_RETRY"
    """The user clicks on retry after a failed MFA challenge."""
    DISABLED_INSTITUTION = "DISABLED_INSTITUTION"
    """An Institution is disabled."""
    ENHANCED_MFA_HAS_QUESTIONS = "ENHANCED_MFA_HAS_QUESTIONS"
    """When there is unanswered question using enhancedMFA=true"""
    ENHANCED_MFA_NO_QUESTIONS = "ENHANCED_MFA_NO_QUESTIONS"
    """With enhancedMFA=true, every question has an answer."""
    INSTITUTION_SELECTED = "INSTITUTION_SELECTED"
    """The user selected an institution."""
    SUBMIT_CREDENTIAL = "SUBMIT_CREDENTIAL"
    """The user submitted their credentials."""
    SUBMIT_MFA = "SUBMIT_MFA"
    """The user submitted an MFA answer."""
    REDIRECT = "REDIRECT"
    """The connection succeeded and Flinks Connect redirects; the event carries institution and url (with loginId)."""
    TOKEN_INVALID = "TOKEN_INVALID"
    """Flinks Connect reported that its authorize token is invalid."""

class WebhookResponseType(CodeEnum):
    """Webhook ResponseType: The ResponseType of a Flinks webhook; the body is the API payload itself, without an envelope. Flinks also sends Investments, Flinks Pay and Flinks Upload fraud-alert webhooks, whose ResponseType values are not published.

    Wire field: webhook.ResponseType."""

    KYC = "KYC"
    """The account holder's data, sent early in the flow."""
    GetAccountsDetail = "GetAccountsDetail"
    """The same body as a 200 GetAccountsDetail response."""

#: Every code-set enum of this provider, in priority order (classify uses the first match).
CODE_SETS: tuple[type[CodeEnum] | type[NumericCodeEnum], ...]
