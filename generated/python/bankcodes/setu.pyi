# generated from spec/catalog.json — do not edit (run `make generate`)
"""Setu Account Aggregator (https://setu.co): one enum per code set of the catalog, with metadata on every member. Each is built on first use."""

from bankcodes._base import CodeEnum

__all__ = [
    "CODE_SETS",
    "ApiErrorCode",
    "ConsentErrorReason",
    "ConsentStatus",
    "DataRefreshStatus",
    "DataSessionStatus",
    "FiStatus",
    "FipStatus",
    "NotificationErrorCode",
    "NotificationType",
    "RedirectErrorCode",
]

class ConsentStatus(CodeEnum):
    """Consent status: The status of a consent request (a consent of the AA Gateway v2, ConsentResponseV2.status), in the consent object the consent APIs return and in a consent notification's data.status. The OpenAPI file lists the values; the Notifications page describes six of them. Setu's prose also speaks of an APPROVED consent (the Consent flow and Data flow pages), a word the API does not send: an approved consent is ACTIVE.

    Wire field: status (the consent object: POST /v2/consents, GET /v2/consents/{request_id}, POST /v2/consents/{request_id}/revoke); data.status (CONSENT_STATUS_UPDATE notification)."""

    PENDING = "PENDING"
    """The consent has been created and customer action is awaited"""
    INITIATED = "INITIATED"
    """INITIATED status is returned only for bank selection flow when user needs to select FIP before consent creation."""
    FAILED = "FAILED"
    """The consent failed."""
    ACTIVE = "ACTIVE"
    """Customer has approved the consent"""
    PAUSED = "PAUSED"
    """Customer has paused a previously approved consent"""
    REVOKED = "REVOKED"
    """Customer has revoked consent which was previously approved"""
    EXPIRED = "EXPIRED"
    """The consent has expired"""
    REJECTED = "REJECTED"
    """Customer has rejected consent"""

class DataSessionStatus(CodeEnum):
    """Data session status (combined): The combined status of a data session (an FI data fetch session, FIDataFetchResponseV2.status), in the session the data APIs return, in an FI notification's data.status, in an Auto-Fetch FI_DATA_READY notification's status and in the list of a consent's data sessions. PARTIAL or COMPLETED means the data can be fetched. The texts are the Notifications page's; the Data flow page describes PENDING, PARTIAL and COMPLETED after a fetch in other words (see each code's notes).

    Wire field: status (the data session: POST /v2/sessions, GET /v2/sessions/{session_id}; FI_DATA_READY notification); data.status (SESSION_STATUS_UPDATE notification); dataSessions[].status (GET /v2/consents/{consent_id}/data-sessions)."""

    ACTIVE = "ACTIVE"
    """FI data session is active"""
    PENDING = "PENDING"
    """Individual account FI status of all accounts in the data session are in PENDING status. Data fetch for this data session cannot be initiated yet."""
    COMPLETED = "COMPLETED"
    """Individual account FI status of all accounts is READY. Data fetch can be initiated for this data session."""
    EXPIRED = "EXPIRED"
    """Data session has expired, irrespective of individual account FI statuses. No further fetches can happen for this data session."""
    FAILED = "FAILED"
    """Data session has failed, irrespective of individual account FI statuses. Retry by creating a new data session."""
    PARTIAL = "PARTIAL"
    """One or more accounts have individual FI account status as READY but the remaining have status as FAILED/TIMEOUT. Data fetch for this data session can be initiated. However, only data from READY accounts can be fetched."""

class FiStatus(CodeEnum):
    """Account FI status (individual): The status of one account's data at its FIP within a data session: an FI notification's data.fips[].accounts[].FIStatus, and the session's fips[].accounts[].FIstatus as the data APIs return it (the OpenAPI file types it as a string without values; the Data flow page's example writes status for one account and FIstatus for another). The Notifications page lists five values; the Data flow page's example and its PARTIAL text also show FAILED.

    Wire field: data.fips[].accounts[].FIStatus (SESSION_STATUS_UPDATE notification); fips[].accounts[].FIstatus (GET /v2/sessions/{session_id})."""

    PENDING = "PENDING"
    """FIP has received the account data request"""
    READY = "READY"
    """FIP is ready with the requested account data"""
    DELIVERED = "DELIVERED"
    """FIP has delivered the requested account data"""
    TIMEOUT = "TIMEOUT"
    """The account data request to the FIP has timed out"""
    DENIED = "DENIED"
    """FIP has denied sharing the requested account data"""
    FAILED = "FAILED"
    """The account's data request failed at its FIP."""

class FipStatus(CodeEnum):
    """FIP status: The up-to-date status of a Financial Information Provider (a bank or other FIP) in Setu's FIP list (FIPResponseObject.status): whether its accounts can be discovered and its data fetched. Setu moves FIPs between these statuses by their performance.

    Wire field: data[].status (GET /v2/fips, GET /v2/fips/{fip_id})."""

    ACTIVE = "ACTIVE"
    """Is an available FIP for account discovery, account linking, consent and data fetches"""
    INACTIVE = "INACTIVE"
    """This is an unavailable FIP. If you are using this to route customers to AA — please route your customers to alternate methods of data collection."""
    TEMPORARILY_INACTIVE = "TEMPORARILY_INACTIVE"
    """This is an FIP that has been disabled for breaching SLIs on performance. If you are using this to route customers to AA — please route your customers to alternate methods of data collection. However, this is a temporary status and will be moved to ACTIVE status once their performance has improved. Do not redirect your customers to the consent flow when an FIP status is INACTIVE or TEMPORARILY_INACTIVE as that will mean their consents and/or data fetches are likely to fail."""

class NotificationErrorCode(CodeEnum):
    """Notification error code: The code of the error a notification carries (error.code, beside error.message): a consent notification's when the user cancels or rejects the consent, no account is discovered, the FIP denies the consent or the consent cannot be created on the AA; an Auto-Fetch FI_DATA_FAILED notification's when Setu could not fetch the data.

    Wire field: error.code (CONSENT_STATUS_UPDATE and FI_DATA_FAILED notifications)."""

    UserCancelled = "UserCancelled"
    """The user cancelled the consent before login."""
    UserRejected = "UserRejected"
    """The user rejected the consent after login."""
    NoFIPAccountsDiscovered = "NoFIPAccountsDiscovered"
    """No fip accounts discovered"""
    FIPDenied = "FIPDenied"
    """FIP denied your consent"""
    ConsentObjectCreationFailure = "ConsentObjectCreationFailure"
    """Internal server error occurred while fetching consent details from upstream AA"""
    InvalidConsentUse = "InvalidConsentUse"
    """Consent fetch frequency exceeded"""
    InvalidConsentStatus = "InvalidConsentStatus"
    """Consent for which data fetch has been requested has expired"""
    SessionExpired = "SessionExpired"
    """Session to fetch data for a session ID has expired"""
    ConsentRevoked = "ConsentRevoked"
    """Consent for which data fetch has been requested has been revoked"""
    UpstreamServerDown = "UpstreamServerDown"
    """Received 500 from upstream AA"""
    DataFetchFailure = "DataFetchFailure"
    """Failed to fetch data after multiple retry attempts due to upstream errors"""

class ConsentErrorReason(CodeEnum):
    """Consent error reason: The reason a consent notification's error gives in error.message, beside its error.code (UserCancelled, UserRejected, NoFIPAccountsDiscovered or FIPDenied): the Notifications page's mapping of error code, error message and meaning. The same reason comes back as errormsg on the redirect to redirectUrl (the Embed Setu AA page points to this mapping). Other notification errors carry a sentence in error.message, which is no reason of this set.

    Wire field: error.message (CONSENT_STATUS_UPDATE notification); errormsg (query parameter of the redirect to redirectUrl)."""

    cancel_not_understand = "cancel_not_understand"
    """I do not understand what is happening"""
    cancel_will_share_later = "cancel_will_share_later"
    """I will share my data later"""
    cancel_not_want_to_share = "cancel_not_want_to_share"
    """I do not want to share my data with FIU"""
    reject_not_understand = "reject_not_understand"
    """I do not understand why my data is being requested"""
    reject_not_want_to_share = "reject_not_want_to_share"
    """I do not want to share my data with FIU"""
    reject_accounts_not_found = "reject_accounts_not_found"
    """I could not find my accounts"""
    reject_other = "reject_other"
    """For other reasons"""
    no_fip_accounts_found = "no_fip_accounts_found"
    """No fip accounts discovered"""
    FIP_DENIED_CONSENT = "FIP_DENIED_CONSENT"
    """FIP denied your consent"""

class RedirectErrorCode(CodeEnum):
    """Redirect error code: The errorcode query parameter of Setu's redirect to the redirectUrl given when the consent was created, sent only when success is false (with errormsg, a consent error reason).

    Wire field: errorcode (query parameter of the redirect to redirectUrl)."""

    USER_REJECTED = "1"
    """The user rejected the consent."""
    USER_CANCELLED = "5"
    """The user cancelled the consent."""

class ApiErrorCode(CodeEnum):
    """API error code: The errorCode of an error answer of Setu's AA Gateway APIs, beside errorMsg: the codes the pages' error tables and examples name, per endpoint, with their HTTP statuses and messages. The OpenAPI file gives errorCode no values and declares every error under HTTP 400.

    Wire field: errorCode (error response of the AA Gateway v2 APIs)."""

    InvalidRequest = "InvalidRequest"
    """The request is invalid."""
    NotFound = "NotFound"
    """The consent (or the configuration of the product instance) was not found."""
    InternalServerError = "InternalServerError"
    """An internal server error has occurred, please try again in some time. You can report this to aa@setu.co"""

class DataRefreshStatus(CodeEnum):
    """Data refresh status: The status of a data refresh request (DataRefreshSuccessResponse.status, 'Current status of the data refresh request'), in lower case: the answer of GET /v2/sessions/refresh/{consent_id} (Refresh Data Pull) and POST /v2/sessions/refresh/{consent_id} (Data fetch for custom range). The OpenAPI file gives no text per value: the descriptions are bankcodes' wording.

    Wire field: status (GET and POST /v2/sessions/refresh/{consent_id})."""

    pending = "pending"
    """The data refresh is in progress."""
    completed = "completed"
    """The data refresh completed."""
    failed = "failed"
    """The data refresh failed."""

class NotificationType(CodeEnum):
    """Notification type: What a notification (webhook) Setu posts to the FIU's notification endpoint is about: a consent's status, a data session's status, or (with Auto-Fetch) the data fetched or the failure to fetch it.

    Wire field: type (notification body)."""

    CONSENT_STATUS_UPDATE = "CONSENT_STATUS_UPDATE"
    """This notification is used to communicate the updated status of the consent."""
    SESSION_STATUS_UPDATE = "SESSION_STATUS_UPDATE"
    """The Financial Information (FI) notification is used to communicate the data session status created by you using the Create Data Session API."""
    FI_DATA_READY = "FI_DATA_READY"
    """Auto-Fetch fetched the data of an approved consent: the notification carries the data session's status and the data."""
    FI_DATA_FAILED = "FI_DATA_FAILED"
    """Auto-Fetch could not fetch the data: the notification carries the error."""

#: Every code-set enum of this provider, in priority order (classify uses the first match).
CODE_SETS: tuple[type[CodeEnum], ...]
