# generated from spec/catalog.json — do not edit (run `make generate`)
"""Powens (https://www.powens.com): one enum per code set of the catalog, with metadata on every member. Each is built on first use."""

from bankcodes._base import CodeEnum

__all__ = ["CODE_SETS", "ConnectionState", "ErrorCode", "WebviewError"]

class ConnectionState(CodeEnum):
    """Connection state: The state of a connection after its last synchronisation (state, and its deprecated twin error): "If the last update failed, the state code. The `null` value indicates a successful sync." (connections.yml's ConnectionState, which describes each value). The end-user messages are the Webview's Error message page's examples, read for its first five rows. The categories are bankcodes' reading.

    Wire field: state (connection, and each of its sources); error, deprecated."""

    SCARequired = "SCARequired"
    """An SCA process must be performed to resume the synchronization process."""
    webauthRequired = "webauthRequired"
    """A web-based authentication process is required using the /webauth endpoint."""
    additionalInformationNeeded = "additionalInformationNeeded"
    """Additional information is needed to resume synchronization, such as an OTP. Connections in this state have a `fields` property."""
    decoupled = "decoupled"
    """User validation is required on a third-party app or device (ex: digital key)."""
    validating = "validating"
    """User validation is being processed on our side. This state is temporary."""
    actionNeeded = "actionNeeded"
    """An action is needed on the website by the user, synchronization is blocked."""
    passwordExpired = "passwordExpired"
    """The password has expired and needs to be changed by the user before the synchronization can be retried."""
    wrongpass = "wrongpass"
    """The authentication on website has failed and new credentials must be obtained from the user. Connections in this state have a `fields` property."""
    rateLimiting = "rateLimiting"
    """The target website or API is temporarily blocking synchronizations due to rate limiting."""
    websiteUnavailable = "websiteUnavailable"
    """The connector website or API is unavailable."""
    bug = "bug"
    """An internal error has occurred during the synchronization."""

class ErrorCode(CodeEnum):
    """API error code: The code of a failed Powens API request's error body (code, "A code to describe the error."), and the error of the /webauth redirect: the SDK's ServiceErrorCode (core.yml) lists thirteen, the Errors page's Common error codes table describes five (three of them not in the SDK's list), and "Additional codes may be used or added in the future." The descriptions of the codes the page does not describe are bankcodes' reading of the name; the categories bankcodes' reading.

    Wire field: code (API error body); error (the /webauth redirect)."""

    noAccount = "noAccount"
    """No bank account is available."""
    wrongpass = "wrongpass"
    """The credentials were not accepted."""
    websiteUnavailable = "websiteUnavailable"
    """The institution's website or API is unavailable."""
    tooManySync = "tooManySync"
    """Too many synchronisations were asked for."""
    connectionLocked = "connectionLocked"
    """For all services in relation with a sub-connection resource, this error indicates that the connection is in a readonly state."""
    bankMessage = "bankMessage"
    """The institution sent a message for the user (in message)."""
    actionNeeded = "actionNeeded"
    """An action is needed on the institution's website."""
    bug = "bug"
    """An internal error occurred."""
    notSupported = "notSupported"
    """The operation is not supported."""
    config = "config"
    """A configuration error."""
    keymanager = "keymanager"
    """An error of the key manager."""
    dataError = "dataError"
    """An error in the data."""
    forbidden = "forbidden"
    """The request is not allowed."""
    missingParameter = "missingParameter"
    """A required parameter was omitted in the request."""
    invalidValue = "invalidValue"
    """The request is invalid, because of an unacceptable parameter or body property. Details are provided in the description."""
    methodNotAllowed = "methodNotAllowed"
    """An API endpoint was called with an unsupported HTTP method."""

class WebviewError(CodeEnum):
    """Webview callback error: The error of the Webview's redirect to the app (error, beside error_description and state), as the SDK's WebviewErrorCode lists it: each description is bankcodes' reading of the name, the categories bankcodes' reading.

    Wire field: error (the Webview's callback query)."""

    access_denied = "access_denied"
    """The user did not grant access."""
    server_error = "server_error"
    """An error on Powens' side."""
    tos_declined = "tos_declined"
    """The user declined the terms of service."""
    session_expired = "session_expired"
    """The Webview's session expired."""

#: Every code-set enum of this provider, in priority order (classify uses the first match).
CODE_SETS: tuple[type[CodeEnum], ...]
