# generated from spec/catalog.json — do not edit (run `make generate`)
"""Mono (https://mono.co): one enum per code set of the catalog, with metadata on every member. Each is built on first use."""

from bankcodes._base import CodeEnum, NumericCodeEnum

__all__ = [
    "CODE_SETS",
    "ConnectEvent",
    "ConnectMessageType",
    "DataStatus",
    "DirectDebitErrorCode",
    "LoginResponseCode",
    "ResponseStatus",
    "WebhookEvent",
]

class DataStatus(CodeEnum):
    """Account data status: How much of a linked account's data Mono has retrieved (meta.data_status): whether its balance and transactions can be read from the Connect endpoints yet. Mono's Account Details page defines the statuses in lower case (available, partial, unavailable, failed); its example bodies and webhooks send them in upper case, as the codes here are. PARTIAL and UNAVAILABLE were added on September 15, 2025, when FAILED was narrowed to Mono's own failures; PROCESSING is still named by the Account Details page and the account_updated webhook's field table.

    Wire field: data.meta.data_status (the account details response, v2; mono.events.account_updated webhooks); meta.data_status (GET /accounts/{id}, v1)."""

    AVAILABLE = "AVAILABLE"
    """Both balance and transactions was returned."""
    PROCESSING = "PROCESSING"
    """Mono is still retrieving the account's data from the bank."""
    PARTIAL = "PARTIAL"
    """Either balance or transactions was returned, but not both."""
    UNAVAILABLE = "UNAVAILABLE"
    """Balance and transactions were not returned, due to issues from the bank or the user has no data available."""
    FAILED = "FAILED"
    """Balance and transactions were not returned due to an issue from Mono’s system only (e.g. internal service errors, timeouts e.t.c.)."""

class WebhookEvent(CodeEnum):
    """Webhook event: The event a Mono Connect webhook reports (event), each prefixed with mono.events (Mono's Webhooks page). A mono.events.account_updated webhook's meta.data_status says more than its event. Mono's Real-Time Data page names two events with the prefix mono.accounts instead: its jobs webhook, kept here as published, and mono.accounts.account_updated, which its Account Update page names mono.events.account_updated.

    Wire field: event (every webhook)."""

    ACCOUNT_CONNECTED = "mono.events.account_connected"
    """This event is fired to notify you when a user has connected his financial account successfully."""
    ACCOUNT_UPDATED = "mono.events.account_updated"
    """This event is triggered shortly after a user successfully links their account. It confirms that the financial data status is known (indicated via `meta.data_status`)."""
    ACCOUNT_UNLINKED = "mono.events.account_unlinked"
    """This event is fired to notify you when a connected account has been unlinked from your App or business successfully."""
    REAUTHORISATION_REQUIRED = "mono.events.reauthorisation_required"
    """When Data Sync occurs and a particular connected account has Multi-Factor Authentication (MFA) enabled, a webhook event, mono.events.reauthorisation_required is sent with a payload that contains the Account ID."""
    ACCOUNT_REAUTHORIZED = "mono.events.account_reauthorized"
    """Once a successful account reauthorisation has taken place, mono.events.account_reauthorized event is sent with a payload containing the Account ID for the purpose of confirmation."""
    SYNC_FAILED = "mono.events.sync_failed"
    """Once an Automatic data sync process has failed, mono.events. sync_failed event is sent with a payload containing the Account ID for the purpose of confirmation."""
    JOBS_UPDATE = "mono.accounts.jobs.update"
    """On completion of the job, the mono.accounts.jobs.update webhook is triggered to notify partners of the job’s status."""

class LoginResponseCode(NumericCodeEnum):
    """Partners API login response code: The next step of an account linking (or reauthorisation) through Mono's Partners API, the API behind the Connect widget, in data.responseCode of the login and reauth responses.

    Wire field: data.responseCode (POST /v1/connect/login, POST /v2/connect/reauth/session)."""

    AUTHORISATION_COMPLETE = 99
    """The authorisation is complete. In case the user has only one account we choose that account for the user automatically and move forward with the enrolment so there's no extra step and the session will be committed automatically."""
    ACCOUNT_SELECTION_REQUIRED = 101
    """User has multiple accounts, we require user input to select the account being enrolled."""
    INPUT_REQUIRED = 102
    """An input is required from the user to proceed (security question/otp)"""

class ConnectEvent(CodeEnum):
    """Connect widget event name: The name the Connect widget's SDKs pass to onEvent (its first argument, eventName), each mapped from a window message type of the widget (mono.connect.*; see the message type set). The data passed beside it holds reference, timestamp and the event's own fields (errorType and errorMessage for ERROR, mfaType for SUBMIT_MFA, institution for INSTITUTION_SELECTED and ACCOUNT_LINKED, pageName for EXIT).

    Wire field: onEvent(eventName, data): eventName (connect.js, React Native, Android ConnectEvent.getEventName(), iOS ConnectEvent.eventName)."""

    LOADED = "LOADED"
    """connect.js sends it itself when the widget's frame has loaded into the page, before the widget is opened."""
    OPENED = "OPENED"
    """Triggered when the user opens the Connect Widget."""
    EXIT = "EXIT"
    """Triggered when the user closes the Connect Widget."""
    INSTITUTION_SELECTED = "INSTITUTION_SELECTED"
    """Triggered when the user selects an institution."""
    AUTH_METHOD_SWITCHED = "AUTH_METHOD_SWITCHED"
    """Triggered when the user changes authentication method from internet to mobile banking, or vice versa."""
    SUBMIT_CREDENTIALS = "SUBMIT_CREDENTIALS"
    """Triggered when the user presses Log in."""
    SUBMIT_MFA = "SUBMIT_MFA"
    """The user submitted the answer to a multi-factor authentication step."""
    ACCOUNT_LINKED = "ACCOUNT_LINKED"
    """Triggered when the user successfully links their account."""
    ACCOUNT_SELECTED = "ACCOUNT_SELECTED"
    """Triggered when the user selects a new account."""
    ERROR = "ERROR"
    """Triggered when the widget reports an error."""
    SUCCESS = "SUCCESS"
    """Triggered when the user successfully links their account and provides the code for autentication."""
    UNKNOWN = "UNKNOWN"
    """The name the iOS and Android SDKs give an event whose message type they do not map."""

class ConnectMessageType(CodeEnum):
    """Connect widget message type: The type of a message the Connect widget posts from its frame ({type, data}), which the SDKs read to call onSuccess, onClose and onEvent. The connect.* types with an underscore (widget_opened) feed onEvent; the three mono.connect.widget.* types call onSuccess and onClose (the mobile SDKs list widget.account_linked and widget.closed as deprecated and pass them to onEvent no more, but still act on them).

    Wire field: type (window message data from the widget's frame; the React Native WebView and mobile JavaScript bridge messages)."""

    WIDGET_LOADED = "mono.connect.widget_loaded"
    """connect.js dispatches it on the page itself once the widget's frame has loaded (onEvent LOADED)."""
    WIDGET_OPENED = "mono.connect.widget_opened"
    """Triggered when the user opens the Connect Widget."""
    ERROR_OCCURED = "mono.connect.error_occured"
    """Triggered when the widget reports an error."""
    INSTITUTION_SELECTED = "mono.connect.institution_selected"
    """Triggered when an institution is selected."""
    AUTH_METHOD_SWITCHED = "mono.connect.auth_method_switched"
    """Triggered when the authentications method is switched."""
    ON_EXIT = "mono.connect.on_exit"
    """Triggered when the user exits the widget."""
    LOGIN_ATTEMPT = "mono.connect.login_attempt"
    """Triggered on a login attempt from the user."""
    MFA_SUBMITTED = "mono.connect.mfa_submitted"
    """The user submitted the answer to a multi-factor authentication step."""
    ACCOUNT_LINKED = "mono.connect.account_linked"
    """Triggered when account linking has been successfully completed."""
    ACCOUNT_SELECTED = "mono.connect.account_selected"
    """The user selected an account to link."""
    WIDGET_ACCOUNT_LINKED = "mono.connect.widget.account_linked"
    """The account was linked: the SDKs call onSuccess with the message's data, which holds the code to exchange for the account's id, and close the widget."""
    WIDGET_CHARGE_COMPLETE = "mono.connect.widget.charge_complete"
    """A payment made through the widget completed: connect.js calls onSuccess with the message's data (a charge object) and onEvent SUCCESS, and closes the widget."""
    WIDGET_CLOSED = "mono.connect.widget.closed"
    """The user closed the widget: the SDKs close it and call onClose."""
    MODAL_CLOSED = "mono.modal.closed"
    """An earlier widget's message that it was closed. (deprecated: Listed as a deprecated event by the iOS, Android and Flutter SDKs, which pass it to no callback; connect.js and the React Native SDK do not read it.)"""
    MODAL_LINKED = "mono.modal.linked"
    """An earlier widget's message that an account was linked. (deprecated: Listed as a deprecated event by the iOS, Android and Flutter SDKs, which pass it to no callback; connect.js and the React Native SDK do not read it.)"""

class ResponseStatus(NumericCodeEnum):
    """API response status: The HTTP status of a Mono API response, with the meaning Mono's Errors page gives it (its API Error Codes). A failed response says failed in its status field. The part read of the current Errors page gives no error code of Mono's own beyond the HTTP status (the rest was not read); the page's version last updated May 19th, 2022 also has a table of Direct Debit error codes (from 01, "Status unknown, please wait for settlement report.", to at least 30), which the catalog does not hold.

    Wire field: the HTTP status of an API response."""

    OK = 200
    """Everything worked as expected."""
    BAD_REQUEST = 400
    """The request was not accepted, often due to missing a required parameter."""
    UNAUTHORISED = 401
    """No valid API key provided."""
    REQUEST_FAILED = 402
    """The request was unacceptable, often due to missing a required parameter."""
    FORBIDDEN = 403
    """The API key doesn’t have permissions to perform the request."""
    NOT_FOUND = 404
    """The requested resources doesn’t exist."""
    CONFLICT = 409
    """The request conflicts with another request (perhaps due to using the same idempotent key)."""
    TOO_MANY_REQUESTS = 429
    """Too many requests hit the API too quickly. We recommend an exponential backoff of your request."""
    INTERNAL_SERVER_ERROR = 500
    """Something went wrong on Mono’s end. (These are rare)."""
    BAD_GATEWAY = 502
    """Something went wrong on Mono’s end. (These are rare)."""
    SERVICE_UNAVAILABLE = 503
    """Something went wrong on Mono’s end. (These are rare)."""
    GATEWAY_TIMEOUT = 504
    """Something went wrong on Mono’s end. (These are rare)."""

class DirectDebitErrorCode(CodeEnum):
    """Direct Debit error code: A Direct Debit error code, as the Direct Debit Error Codes table of Mono's Errors page lists it in its capture last updated May 19th, 2022 (Code, Type, What it means: every row's type is Direct Debit); What it means is the description here. The capture ends inside the row of 30 ('Format erro'), which is left out, and the rows after it were not read. The part read names no field that carries these codes. The categories are bankcodes' reading of the texts.

    Wire field: a Direct Debit error code (the part of the page read names no field)."""

    CODE_01 = "01"
    """Status unknown, please wait for settlement report."""
    CODE_03 = "03"
    """Invalid Sender."""
    CODE_05 = "05"
    """Do not honor"""
    CODE_06 = "06"
    """Dormant Account"""
    CODE_07 = "07"
    """Invalid Account"""
    CODE_08 = "08"
    """Account Name Mismatch"""
    CODE_09 = "09"
    """Request processing in progress"""
    CODE_12 = "12"
    """Invalid transaction"""
    CODE_13 = "13"
    """Invalid Amount"""
    CODE_14 = "14"
    """Invalid Batch Number"""
    CODE_15 = "15"
    """Invalid Session or Record ID"""
    CODE_16 = "16"
    """Unknown Bank Code"""
    CODE_17 = "17"
    """Invalid Channel"""
    CODE_18 = "18"
    """Wrong Method Call"""
    CODE_21 = "21"
    """No action taken"""
    CODE_25 = "25"
    """Unable to locate record"""
    CODE_26 = "26"
    """Duplicate record"""

#: Every code-set enum of this provider, in priority order (classify uses the first match).
CODE_SETS: tuple[type[CodeEnum] | type[NumericCodeEnum], ...]
