# generated from spec/catalog.json — do not edit (run `make generate`)
"""Yodlee (https://www.yodlee.com/): one enum per code set of the catalog, with metadata on every member. Each is built on first use."""

from bankcodes._base import CodeEnum, NumericCodeEnum

__all__ = [
    "CODE_SETS",
    "AdditionalStatus",
    "ErrorCode",
    "FastLinkErrorCode",
    "FastLinkFunction",
    "NotificationEvent",
    "ProviderAccountStatus",
    "RefreshStatusCode",
    "WebhookInfo",
]

class ErrorCode(CodeEnum):
    """API error code: The code of a failed Yodlee API request (errorCode), which "follows the format YNNN. The error codes do not change. New error codes may be added as we introduce new features and enhance functionalities." The Error Documentation page was read to Y008; Y303, Y800 and Y803 are named with their meanings by the Java SDK's validation messages, and Y804 by the page's sample. The categories are bankcodes' reading: the Y0NN codes concern the credentials and tokens of the integration with Yodlee (the cobrand and its users), not the end user's bank login.

    Wire field: errorCode (the API error body)."""

    Y001 = "Y001"
    """loginName and password required"""
    Y002 = "Y002"
    """Invalid loginName/password"""
    Y003 = "Y003"
    """Account is locked, contact Yodlee Customer Service"""
    Y005 = "Y005"
    """Suspended user"""
    Y006 = "Y006"
    """Unregistered user"""
    Y007 = "Y007"
    """Authorization header missing"""
    Y008 = "Y008"
    """Invalid token in authorization header"""
    Y303 = "Y303"
    """The client credentials are missing: the SDK's messages give it as "The clientId is required." and "The secret is required.\""""
    Y800 = "Y800"
    """A value given is invalid: the SDK's messages give it as, for example, "The provided locale value is invalid." and "The provided callbackUrl value is invalid.\""""
    Y803 = "Y803"
    """A required value is missing: the SDK's messages give it as, for example, "The callbackUrl value is required." and "The eventName value is required.\""""
    Y804 = "Y804"
    """A parameter's value is outside its permitted range."""

class AdditionalStatus(CodeEnum):
    """Dataset additional status: Why a provider account's dataset is in its state (dataset[].additionalStatus: the status of the last update attempted for the dataset), as the Java SDK's AdditionalStatusType lists it, each with a description and a next action (the SDK's doc comments; its advice to the integrator). FastLink's post messages carry it too: the upgrade guide renames their statusCode to additionalStatus. The categories are bankcodes' reading.

    Wire field: dataset[].additionalStatus (a provider account; FastLink post messages' additionalStatus)."""

    LOGIN_IN_PROGRESS = "LOGIN_IN_PROGRESS"
    """Login to provider site is in progress"""
    DATA_RETRIEVAL_IN_PROGRESS = "DATA_RETRIEVAL_IN_PROGRESS"
    """Data aggregation is in progress."""
    ACCT_SUMMARY_RECEIVED = "ACCT_SUMMARY_RECEIVED"
    """Basic account data is retrieved."""
    AVAILABLE_DATA_RETRIEVED = "AVAILABLE_DATA_RETRIEVED"
    """All the data available at the provider site is retrieved for the provided dataset."""
    PARTIAL_DATA_RETRIEVED = "PARTIAL_DATA_RETRIEVED"
    """Partial data is retrieved for the dataset."""
    DATA_RETRIEVAL_FAILED = "DATA_RETRIEVAL_FAILED"
    """Failed to retrieve the data due to unexpected issues."""
    DATA_NOT_AVAILABLE = "DATA_NOT_AVAILABLE"
    """The requested data or document is not available at the provider site."""
    ACCOUNT_LOCKED = "ACCOUNT_LOCKED"
    """The account is locked at the provider site. The user has exceeded the maximum number of incorrect login attempts resulting in the account getting locked."""
    ADDL_AUTHENTICATION_REQUIRED = "ADDL_AUTHENTICATION_REQUIRED"
    """The provider site asks for more authentication (multi-factor) information."""
    BETA_SITE_DEV_IN_PROGRESS = "BETA_SITE_DEV_IN_PROGRESS"
    """Support of the provider site is still being developed (beta)."""
    CREDENTIALS_UPDATE_NEEDED = "CREDENTIALS_UPDATE_NEEDED"
    """Unable to log in to the provider site due to out-dated credentials. The site may be prompting the user to change or verify the credentials."""
    INCORRECT_CREDENTIALS = "INCORRECT_CREDENTIALS"
    """Unable to log in to the provider site due to incorrect credentials. The credentials that the user has provided are incorrect."""
    PROPERTY_VALUE_NOT_AVAILABLE = "PROPERTY_VALUE_NOT_AVAILABLE"
    """The property value is not available."""
    INVALID_ADDL_INFO_PROVIDED = "INVALID_ADDL_INFO_PROVIDED"
    """The user has provided incorrect MFA information or the MFA information provided has expired."""
    REQUEST_TIME_OUT = "REQUEST_TIME_OUT"
    """The request has timed-out due to technical reasons."""
    SITE_BLOCKING_ERROR = "SITE_BLOCKING_ERROR"
    """The Yodlee IP is blocked by the provider site."""
    UNEXPECTED_SITE_ERROR = "UNEXPECTED_SITE_ERROR"
    """All error indicating issues at the provider site, such as the site is down for maintenance."""
    SITE_NOT_SUPPORTED = "SITE_NOT_SUPPORTED"
    """Indicates that the site does not support the requested data or support is not available to complete the requested action. For example, site not available, document download not supported at the site, etc."""
    SITE_UNAVAILABLE = "SITE_UNAVAILABLE"
    """The provider site is unavailable due to issues such as the site is down for maintenance."""
    TECH_ERROR = "TECH_ERROR"
    """Indicates there is a technical error."""
    USER_ACTION_NEEDED_AT_SITE = "USER_ACTION_NEEDED_AT_SITE"
    """The errors that require users to take action at the provider site, for example, accept T&C, etc."""
    SITE_SESSION_INVALIDATED = "SITE_SESSION_INVALIDATED"
    """Indicates if multiple sessions or a session is terminated by the provider site."""
    NEW_AUTHENTICATION_REQUIRED = "NEW_AUTHENTICATION_REQUIRED"
    """The site has requested for OAuth authentication."""
    DATASET_NOT_SUPPORTED = "DATASET_NOT_SUPPORTED"
    """The requested datasets are not supported."""
    ENROLLMENT_REQUIRED_FOR_DATASET = "ENROLLMENT_REQUIRED_FOR_DATASET"
    """The dataset cannot be retrieved as the user has not enrolled for it."""
    CONSENT_REQUIRED = "CONSENT_REQUIRED"
    """The user has to provide consent to access the account information through Open Banking."""
    CONSENT_EXPIRED = "CONSENT_EXPIRED"
    """The consent provided by the user to access the account information through Open Banking has expired."""
    CONSENT_REVOKED = "CONSENT_REVOKED"
    """The user has revoked the consent to access the account information through Open Banking."""
    INCORRECT_OAUTH_TOKEN = "INCORRECT_OAUTH_TOKEN"
    """Failed to log in to the Open Banking provider site due to incorrect token."""
    MIGRATION_IN_PROGRESS = "MIGRATION_IN_PROGRESS"
    """The account information is being migrated from the screen-scraping provider to the Open Banking provider site."""
    NOT_AVAILABLE = "NOT_AVAILABLE"
    """No additional status is available."""

class ProviderAccountStatus(CodeEnum):
    """Provider account status: The status of a provider account, the user's link to one provider site (providerAccount.status), as the Java SDK's ProviderAccountStatus lists it with a doc comment for each. The categories are bankcodes' reading; a dataset's additionalStatus says why.

    Wire field: status (a provider account)."""

    LOGIN_IN_PROGRESS = "LOGIN_IN_PROGRESS"
    """Login to provider site is in progress"""
    USER_INPUT_REQUIRED = "USER_INPUT_REQUIRED"
    """Additional authentication information is needed from the user"""
    IN_PROGRESS = "IN_PROGRESS"
    """Login is successful and data aggregation is in progress"""
    PARTIAL_SUCCESS = "PARTIAL_SUCCESS"
    """Data is partially retrieved"""
    SUCCESS = "SUCCESS"
    """Data is retrieved successfully"""
    FAILED = "FAILED"
    """Data retrieval has failed"""
    MIGRATION_IN_PROGRESS = "MIGRATION_IN_PROGRESS"
    """Indicates that the migration of the provider account to the open banking provider is in progress."""
    DATA_RETRIEVAL_FAILED = "DATA_RETRIEVAL_FAILED"
    """Data retrieval has failed"""

class FastLinkErrorCode(CodeEnum):
    """FastLink error code: The code of an error FastLink 4 returns "as part of the post message" (code, beside its title, message and fnToCall "errorHandler"). The Error Handling page was read through E800 (its deep-linking errors, each titled INVALID_PARAMETER_OR_VALUE): "E7XX and E8XX errors are deep-linking errors that occur when invalid parameters or values are passed while invoking the deep-linking flow." Its suggested action: "Fix the error by passing the eligible or valid parameter value for the deep-linking flow."

    Wire field: code (a FastLink error post message)."""

    E700 = "E700"
    """An invalid flow parameter is provided while invoking the FastLink deep-link flow."""
    E701 = "E701"
    """An invalid providerId is provided while invoking the FastLink deep-link flow."""
    E702 = "E702"
    """An invalid providerAccountId is provided while invoking the FastLink deep-link flow."""
    E703 = "E703"
    """An invalid accountId is provided while invoking the FastLink deep-link flow."""
    E704 = "E704"
    """An invalid container parameter is provided while invoking the FastLink deep-link flow."""
    E705 = "E705"
    """An invalid bankTransferCode is provided while invoking the FastLink deep-link flow."""
    E800 = "E800"
    """A technical difficulty while processing the request."""

class FastLinkFunction(CodeEnum):
    """FastLink post message function: The fnToCall of a FastLink post message: "The method name that has to be implemented on the customer side to receive this event from FastLink." The values read are the Error Handling page's and those of the upgrade guide's resize and account status messages; its other messages were not read.

    Wire field: fnToCall (a FastLink post message)."""

    resizeIframeWindow = "resizeIframeWindow"
    """FastLink 4's resize event: the height FastLink needs for its frame."""
    newThemeResizeFloater = "newThemeResizeFloater"
    """A legacy FastLink's resize event."""
    resizeFloater = "resizeFloater"
    """A legacy FastLink's resize event."""
    accountStatus = "accountStatus"
    """A legacy FastLink's account status message, such as its Account Addition Failed message (an onError event)."""
    errorHandler = "errorHandler"
    """The method name that has to be implemented on the customer side to receive this event from FastLink: an error (code, title, message)."""

class WebhookInfo(CodeEnum):
    """Webhook event info: What a Yodlee webhook notification reports (event.info). The Webhooks page's payload shows one value; the rest were not read.

    Wire field: event.info (a webhook notification)."""

    refresh_process_completed = "REFRESH.PROCESS_COMPLETED"
    """The final status of an account addition or update: the process of adding or updating an account has completed."""

class NotificationEvent(CodeEnum):
    """Webhook subscription event: The event a webhook subscription is for (the eventName of configs/notifications/events), as the Java SDK's ConfigsNotificationEventType lists it with a doc comment for each. The Webhooks page lists REFRESH, DATA_UPDATES, AUTO_REFRESH_UPDATES, LATEST_BALANCE_UPDATES and CDV_STATUS_UPDATES, and Open Banking consent events whose names the copy read does not hold.

    Wire field: eventName (a webhook subscription)."""

    REFRESH = "REFRESH"
    """Events that happen during add, edit and update aggregated accounts processes"""
    DATA_UPDATES = "DATA_UPDATES"
    """Data updates that happen on provider accounts, accounts, transactions and holdings data due to user actions or auto updates. This event is triggered to help the customer perform data extracts from Yodlee system to their system"""
    AUTO_REFRESH_UPDATES = "AUTO_REFRESH_UPDATES"
    """Events that gets triggered once there is a change in the state of cache refresh"""
    LATEST_BALANCE_UPDATES = "LATEST_BALANCE_UPDATES"
    """Events that gets triggered once balance refresh completes"""
    CREDIT_ACCELERATOR_REPORT_UPDATES = "CREDIT_ACCELERATOR_REPORT_UPDATES"
    """Events that gets triggered once there is a change in the state of credit accelerator report"""
    CDV_STATUS_UPDATES = "CDV_STATUS_UPDATES"
    """Updates of a CDV status."""

class RefreshStatusCode(NumericCodeEnum):
    """Refresh status code (API v1.0): The numeric refresh status of Yodlee API v1.0 (a provider account's refresh status code; FastLink's legacy post messages carried it as statusCode, which FastLink 4's carry as additionalStatus), as the Error Codes for Yodlee API v1.0 page lists it by error code, type (not an error, agent, site or UAR, "User Action Required") and name. Only its first four rows were read. The categories are bankcodes' reading.

    Wire field: the refresh status code of a provider account (API v1.0; statusCode of a legacy FastLink post message)."""

    OK = 0
    """Your account has been successfully added. 0 indicates success. No error name will be returned as the account is successfully added."""
    REFRESH_NEVER_DONE = 801
    """Request In Progress: Please wait while we update your account."""
    REFRESH_NEVER_DONE_AFTER_CREDENTIALS_UPDATE = 802
    """Updating Account (802): We are in the process of updating your account with revised credentials"""
    NO_CONNECTION = 401
    """Problem Updating Account (401): the provider site could not be reached."""

#: Every code-set enum of this provider, in priority order (classify uses the first match).
CODE_SETS: tuple[type[CodeEnum] | type[NumericCodeEnum], ...]
