# generated from spec/catalog.json — do not edit (run `make generate`)
"""The builders of bankcodes.powens's names, loaded on the first use of any of them, so that importing the provider's module reads none of its data."""

from __future__ import annotations

import importlib

from bankcodes._base import CodeEnum, register
from bankcodes._records import CodeInfo, CodeSetInfo, HttpStatus, Source, Wording
from bankcodes.categories import Category as _C

#: The public module, whose names the builders use (each built on first use there).
_PUBLIC = importlib.import_module("bankcodes.powens")
#: The documents its facts come from, by id.
_S = {
    "powens-sdk-core-yml": Source(
        id="powens-sdk-core-yml",
        kind="repo",
        title="powens-sdks (Powens' Kotlin SDK): lib/specs/core.yml, the OpenAPI components ServiceError and ServiceErrorCode",
        url="https://github.com/powenscompany/powens-sdks/blob/42bee70d74b5d0f1148860025ef8eb769a72fa5c/lib/specs/core.yml",
    ),
    "powens-sdk-connections-yml": Source(
        id="powens-sdk-connections-yml",
        kind="repo",
        title="powens-sdks (Powens' Kotlin SDK): lib/specs/connections.yml, the connections API: Connection, ConnectionSource, ConnectionState and the /webauth redirect",
        url="https://github.com/powenscompany/powens-sdks/blob/42bee70d74b5d0f1148860025ef8eb769a72fa5c/lib/specs/connections.yml",
        read_in_part="Lines 120-511 (the /webauth operation, ConnectionRequest, Connection, ConnectionSource, ConnectionState, ConnectionUpdateRequest) were read whole; of lines 1-119 (creating, listing, updating and deleting connections) only the responses' descriptions were read.",
    ),
    "powens-sdk-connectionstate-kt": Source(
        id="powens-sdk-connectionstate-kt",
        kind="repo",
        title="powens-sdks (Powens' Kotlin SDK): the generated ConnectionState.kt",
        url="https://github.com/powenscompany/powens-sdks/blob/42bee70d74b5d0f1148860025ef8eb769a72fa5c/lib/openapi-generated/src/commonMain/kotlin/com/powens/sdk/model/ConnectionState.kt",
    ),
    "powens-sdk-webviewerrorcode-kt": Source(
        id="powens-sdk-webviewerrorcode-kt",
        kind="repo",
        title="powens-sdks (Powens' Kotlin SDK): WebviewErrorCode.kt, the errors of the Webview's callback",
        url="https://github.com/powenscompany/powens-sdks/blob/42bee70d74b5d0f1148860025ef8eb769a72fa5c/lib/src/commonMain/kotlin/com/powens/sdk/model/WebviewErrorCode.kt",
    ),
    "powens-sdk-webviewcallbacks-kt": Source(
        id="powens-sdk-webviewcallbacks-kt",
        kind="repo",
        title="powens-sdks (Powens' Kotlin SDK): WebviewCallbacks.kt, the Webview's callback results",
        url="https://github.com/powenscompany/powens-sdks/blob/42bee70d74b5d0f1148860025ef8eb769a72fa5c/lib/src/commonMain/kotlin/com/powens/sdk/model/WebviewCallbacks.kt",
    ),
    "powens-docs-api-errors": Source(
        id="powens-docs-api-errors",
        kind="doc",
        title="Powens: API reference, Errors (capture of its start)",
        url="https://docs.powens.com/api-reference/overview/errors",
        read_in_part='A stored copy of the page from its start through the Error object table and the Common error codes table to a warning cut after "When implementing"; the rest of the page (codes by domain, if any) was not read.',
    ),
    "powens-docs-webview-error-message": Source(
        id="powens-docs-webview-error-message",
        kind="doc",
        title="Powens: Webview, Error message (capture of its start)",
        url="https://docs.powens.com/console-webview/webview/error-message",
        read_in_part="A stored copy of the page's English table through the rows SCARequired, webauthRequired, additionalInformationNeeded, decoupled and validating, cut in the actionNeeded row; the other rows and the French version were not read.",
    ),
}


def _ConnectionState() -> type[CodeEnum]:
    class ConnectionState(CodeEnum):
        """Connection state: The state of a connection after its last synchronisation (state, and its deprecated twin error): "If the last update failed, the state code. The `null` value indicates a successful sync." (connections.yml's ConnectionState, which describes each value). The end-user messages are the Webview's Error message page's examples, read for its first five rows. The categories are bankcodes' reading.

        Wire field: state (connection, and each of its sources); error, deprecated."""

        SCARequired = "SCARequired"
        webauthRequired = "webauthRequired"
        additionalInformationNeeded = "additionalInformationNeeded"
        decoupled = "decoupled"
        validating = "validating"
        actionNeeded = "actionNeeded"
        passwordExpired = "passwordExpired"
        wrongpass = "wrongpass"
        rateLimiting = "rateLimiting"
        websiteUnavailable = "websiteUnavailable"
        bug = "bug"

    register(
        ConnectionState,
        lambda: (
            CodeSetInfo(
                provider="powens",
                id="connection_state",
                title="Connection state",
                description="The state of a connection after its last synchronisation (state, and its deprecated twin error): \"If the last update failed, the state code. The `null` value indicates a successful sync.\" (connections.yml's ConnectionState, which describes each value). The end-user messages are the Webview's Error message page's examples, read for its first five rows. The categories are bankcodes' reading.",
                field="state (connection, and each of its sources); error, deprecated",
                states=True,
                sources=(_S["powens-sdk-connections-yml"], _S["powens-sdk-connectionstate-kt"]),
            ),
            (
                CodeInfo(
                    value="SCARequired",
                    description="An SCA process must be performed to resume the synchronization process.",
                    category=_C.RECONNECT_REQUIRED,
                    sources=(
                        _S["powens-sdk-connections-yml"],
                        _S["powens-sdk-connectionstate-kt"],
                        _S["powens-docs-webview-error-message"],
                    ),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["powens-sdk-connections-yml"],
                                _S["powens-sdk-connectionstate-kt"],
                                _S["powens-docs-webview-error-message"],
                            ),
                        ),
                        Wording(
                            field="user_message",
                            by="provider",
                            sources=(_S["powens-docs-webview-error-message"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/powens/connection_state/#SCARequired",
                    user_message="Your institution requires a new step for validating your credentials. Please follow this link to update them.",
                    notes='The Webview\'s Error message page: "Synchronization is suspended because we need user consent or SCA (Strong Customer Authentication) to proceed.", action to do on: Reconnect Webview Powens.',
                ),
                CodeInfo(
                    value="webauthRequired",
                    description="A web-based authentication process is required using the /webauth endpoint.",
                    category=_C.RECONNECT_REQUIRED,
                    sources=(
                        _S["powens-sdk-connections-yml"],
                        _S["powens-sdk-connectionstate-kt"],
                        _S["powens-docs-webview-error-message"],
                    ),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["powens-sdk-connections-yml"],
                                _S["powens-sdk-connectionstate-kt"],
                                _S["powens-docs-webview-error-message"],
                            ),
                        ),
                        Wording(
                            field="user_message",
                            by="provider",
                            sources=(_S["powens-docs-webview-error-message"],),
                        ),
                    ),
                    page="reference/powens/connection_state/#webauthRequired",
                    user_message="Your institution is requesting a new step to validate your credentials. Please follow this link to update them.",
                ),
                CodeInfo(
                    value="additionalInformationNeeded",
                    description="Additional information is needed to resume synchronization, such as an OTP. Connections in this state have a `fields` property.",
                    category=_C.MFA_REQUIRED,
                    sources=(
                        _S["powens-sdk-connections-yml"],
                        _S["powens-sdk-connectionstate-kt"],
                        _S["powens-docs-webview-error-message"],
                    ),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["powens-sdk-connections-yml"],
                                _S["powens-sdk-connectionstate-kt"],
                                _S["powens-docs-webview-error-message"],
                            ),
                        ),
                        Wording(
                            field="user_message",
                            by="provider",
                            sources=(_S["powens-docs-webview-error-message"],),
                        ),
                    ),
                    page="reference/powens/connection_state/#additionalInformationNeeded",
                    user_message="A one-time use code is required to complete your strong authentication. Please follow this link to enter it.",
                ),
                CodeInfo(
                    value="decoupled",
                    description="User validation is required on a third-party app or device (ex: digital key).",
                    category=_C.MFA_REQUIRED,
                    sources=(
                        _S["powens-sdk-connections-yml"],
                        _S["powens-sdk-connectionstate-kt"],
                        _S["powens-docs-webview-error-message"],
                    ),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["powens-sdk-connections-yml"],
                                _S["powens-sdk-connectionstate-kt"],
                                _S["powens-docs-webview-error-message"],
                            ),
                        ),
                        Wording(
                            field="user_message",
                            by="provider",
                            sources=(_S["powens-docs-webview-error-message"],),
                        ),
                    ),
                    page="reference/powens/connection_state/#decoupled",
                    user_message="You need to complete strong authentication from your bank's application.",
                ),
                CodeInfo(
                    value="validating",
                    description="User validation is being processed on our side. This state is temporary.",
                    category=_C.PENDING,
                    sources=(
                        _S["powens-sdk-connections-yml"],
                        _S["powens-sdk-connectionstate-kt"],
                        _S["powens-docs-webview-error-message"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["powens-sdk-connections-yml"],
                                _S["powens-sdk-connectionstate-kt"],
                                _S["powens-docs-webview-error-message"],
                            ),
                        ),
                        Wording(
                            field="user_message",
                            by="provider",
                            sources=(_S["powens-docs-webview-error-message"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/powens/connection_state/#validating",
                    user_message="We are waiting for the bank's validation to synchronize the connection.",
                    notes='"This state is temporary."',
                ),
                CodeInfo(
                    value="actionNeeded",
                    description="An action is needed on the website by the user, synchronization is blocked.",
                    category=_C.ACTION_REQUIRED_AT_INSTITUTION,
                    sources=(_S["powens-sdk-connections-yml"], _S["powens-sdk-connectionstate-kt"]),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["powens-sdk-connections-yml"],
                                _S["powens-sdk-connectionstate-kt"],
                            ),
                        ),
                    ),
                    page="reference/powens/connection_state/#actionNeeded",
                ),
                CodeInfo(
                    value="passwordExpired",
                    description="The password has expired and needs to be changed by the user before the synchronization can be retried.",
                    category=_C.ACTION_REQUIRED_AT_INSTITUTION,
                    sources=(_S["powens-sdk-connections-yml"], _S["powens-sdk-connectionstate-kt"]),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["powens-sdk-connections-yml"],
                                _S["powens-sdk-connectionstate-kt"],
                            ),
                        ),
                    ),
                    page="reference/powens/connection_state/#passwordExpired",
                ),
                CodeInfo(
                    value="wrongpass",
                    description="The authentication on website has failed and new credentials must be obtained from the user. Connections in this state have a `fields` property.",
                    category=_C.CREDENTIALS_INVALID,
                    sources=(_S["powens-sdk-connections-yml"], _S["powens-sdk-connectionstate-kt"]),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["powens-sdk-connections-yml"],
                                _S["powens-sdk-connectionstate-kt"],
                            ),
                        ),
                    ),
                    page="reference/powens/connection_state/#wrongpass",
                ),
                CodeInfo(
                    value="rateLimiting",
                    description="The target website or API is temporarily blocking synchronizations due to rate limiting.",
                    category=_C.RATE_LIMITED,
                    sources=(_S["powens-sdk-connections-yml"], _S["powens-sdk-connectionstate-kt"]),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["powens-sdk-connections-yml"],
                                _S["powens-sdk-connectionstate-kt"],
                            ),
                        ),
                    ),
                    page="reference/powens/connection_state/#rateLimiting",
                ),
                CodeInfo(
                    value="websiteUnavailable",
                    description="The connector website or API is unavailable.",
                    category=_C.INSTITUTION_UNAVAILABLE,
                    sources=(_S["powens-sdk-connections-yml"], _S["powens-sdk-connectionstate-kt"]),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["powens-sdk-connections-yml"],
                                _S["powens-sdk-connectionstate-kt"],
                            ),
                        ),
                    ),
                    page="reference/powens/connection_state/#websiteUnavailable",
                ),
                CodeInfo(
                    value="bug",
                    description="An internal error has occurred during the synchronization.",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["powens-sdk-connections-yml"], _S["powens-sdk-connectionstate-kt"]),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["powens-sdk-connections-yml"],
                                _S["powens-sdk-connectionstate-kt"],
                            ),
                        ),
                    ),
                    page="reference/powens/connection_state/#bug",
                    state="degraded",
                    state_reason="An internal error during the synchronisation: the connection is not updated until a later synchronisation succeeds.",
                ),
            ),
        ),
        {},
    )
    return ConnectionState


def _ErrorCode() -> type[CodeEnum]:
    class ErrorCode(CodeEnum):
        """API error code: The code of a failed Powens API request's error body (code, "A code to describe the error."), and the error of the /webauth redirect: the SDK's ServiceErrorCode (core.yml) lists thirteen, the Errors page's Common error codes table describes five (three of them not in the SDK's list), and "Additional codes may be used or added in the future." The descriptions of the codes the page does not describe are bankcodes' reading of the name; the categories bankcodes' reading.

        Wire field: code (API error body); error (the /webauth redirect)."""

        noAccount = "noAccount"
        wrongpass = "wrongpass"
        websiteUnavailable = "websiteUnavailable"
        tooManySync = "tooManySync"
        connectionLocked = "connectionLocked"
        bankMessage = "bankMessage"
        actionNeeded = "actionNeeded"
        bug = "bug"
        notSupported = "notSupported"
        config = "config"
        keymanager = "keymanager"
        dataError = "dataError"
        forbidden = "forbidden"
        missingParameter = "missingParameter"
        invalidValue = "invalidValue"
        methodNotAllowed = "methodNotAllowed"

    register(
        ErrorCode,
        lambda: (
            CodeSetInfo(
                provider="powens",
                id="error_code",
                title="API error code",
                description="The code of a failed Powens API request's error body (code, \"A code to describe the error.\"), and the error of the /webauth redirect: the SDK's ServiceErrorCode (core.yml) lists thirteen, the Errors page's Common error codes table describes five (three of them not in the SDK's list), and \"Additional codes may be used or added in the future.\" The descriptions of the codes the page does not describe are bankcodes' reading of the name; the categories bankcodes' reading.",
                field="code (API error body); error (the /webauth redirect)",
                sources=(_S["powens-sdk-core-yml"],),
            ),
            (
                CodeInfo(
                    value="noAccount",
                    description="No bank account is available.",
                    category=_C.ACCOUNT_UNAVAILABLE,
                    sources=(_S["powens-sdk-core-yml"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(HttpStatus(status=400, sources=(_S["powens-sdk-core-yml"],)),),
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/powens/error_code/#noAccount",
                    editorial=True,
                    notes="core.yml's NoAccountError: \"No bank account is available. The error code is `noAccount`.\" (a 400 of the bank accounts' and transactions' lists).",
                ),
                CodeInfo(
                    value="wrongpass",
                    description="The credentials were not accepted.",
                    category=_C.CREDENTIALS_INVALID,
                    sources=(_S["powens-sdk-core-yml"],),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/powens/error_code/#wrongpass",
                    editorial=True,
                ),
                CodeInfo(
                    value="websiteUnavailable",
                    description="The institution's website or API is unavailable.",
                    category=_C.INSTITUTION_UNAVAILABLE,
                    sources=(_S["powens-sdk-core-yml"],),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/powens/error_code/#websiteUnavailable",
                    editorial=True,
                ),
                CodeInfo(
                    value="tooManySync",
                    description="Too many synchronisations were asked for.",
                    category=_C.RATE_LIMITED,
                    sources=(_S["powens-sdk-core-yml"],),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/powens/error_code/#tooManySync",
                    editorial=True,
                ),
                CodeInfo(
                    value="connectionLocked",
                    description="For all services in relation with a sub-connection resource, this error indicates that the connection is in a readonly state.",
                    category=_C.CONCURRENT_OPERATION,
                    sources=(_S["powens-sdk-core-yml"], _S["powens-docs-api-errors"]),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["powens-sdk-core-yml"], _S["powens-docs-api-errors"]),
                        ),
                    ),
                    page="reference/powens/error_code/#connectionLocked",
                ),
                CodeInfo(
                    value="bankMessage",
                    description="The institution sent a message for the user (in message).",
                    category=_C.ACTION_REQUIRED_AT_INSTITUTION,
                    sources=(_S["powens-sdk-core-yml"],),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/powens/error_code/#bankMessage",
                    editorial=True,
                ),
                CodeInfo(
                    value="actionNeeded",
                    description="An action is needed on the institution's website.",
                    category=_C.ACTION_REQUIRED_AT_INSTITUTION,
                    sources=(_S["powens-sdk-core-yml"],),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/powens/error_code/#actionNeeded",
                    editorial=True,
                ),
                CodeInfo(
                    value="bug",
                    description="An internal error occurred.",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["powens-sdk-core-yml"], _S["powens-docs-api-errors"]),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["powens-sdk-core-yml"], _S["powens-docs-api-errors"]),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/powens/error_code/#bug",
                    notes='The Errors page: "bug" and "Other codes": "An internal error occurred."',
                ),
                CodeInfo(
                    value="notSupported",
                    description="The operation is not supported.",
                    category=_C.INSTITUTION_NOT_SUPPORTED,
                    sources=(_S["powens-sdk-core-yml"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/powens/error_code/#notSupported",
                    editorial=True,
                ),
                CodeInfo(
                    value="config",
                    description="A configuration error.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["powens-sdk-core-yml"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/powens/error_code/#config",
                    editorial=True,
                ),
                CodeInfo(
                    value="keymanager",
                    description="An error of the key manager.",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["powens-sdk-core-yml"],),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/powens/error_code/#keymanager",
                    editorial=True,
                ),
                CodeInfo(
                    value="dataError",
                    description="An error in the data.",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["powens-sdk-core-yml"],),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/powens/error_code/#dataError",
                    editorial=True,
                ),
                CodeInfo(
                    value="forbidden",
                    description="The request is not allowed.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["powens-sdk-core-yml"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/powens/error_code/#forbidden",
                    editorial=True,
                ),
                CodeInfo(
                    value="missingParameter",
                    description="A required parameter was omitted in the request.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["powens-docs-api-errors"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["powens-docs-api-errors"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/powens/error_code/#missingParameter",
                    notes="The Errors page's Common error codes; not in the SDK's ServiceErrorCode.",
                ),
                CodeInfo(
                    value="invalidValue",
                    description="The request is invalid, because of an unacceptable parameter or body property. Details are provided in the description.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["powens-docs-api-errors"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["powens-docs-api-errors"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/powens/error_code/#invalidValue",
                    notes="The Errors page's Common error codes; not in the SDK's ServiceErrorCode.",
                ),
                CodeInfo(
                    value="methodNotAllowed",
                    description="An API endpoint was called with an unsupported HTTP method.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["powens-docs-api-errors"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["powens-docs-api-errors"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/powens/error_code/#methodNotAllowed",
                    notes="The Errors page's Common error codes; not in the SDK's ServiceErrorCode.",
                ),
            ),
        ),
        {},
    )
    return ErrorCode


def _WebviewError() -> type[CodeEnum]:
    class WebviewError(CodeEnum):
        """Webview callback error: The error of the Webview's redirect to the app (error, beside error_description and state), as the SDK's WebviewErrorCode lists it: each description is bankcodes' reading of the name, the categories bankcodes' reading.

        Wire field: error (the Webview's callback query)."""

        access_denied = "access_denied"
        server_error = "server_error"
        tos_declined = "tos_declined"
        session_expired = "session_expired"

    register(
        WebviewError,
        lambda: (
            CodeSetInfo(
                provider="powens",
                id="webview_error",
                title="Webview callback error",
                description="The error of the Webview's redirect to the app (error, beside error_description and state), as the SDK's WebviewErrorCode lists it: each description is bankcodes' reading of the name, the categories bankcodes' reading.",
                field="error (the Webview's callback query)",
                sources=(
                    _S["powens-sdk-webviewerrorcode-kt"],
                    _S["powens-sdk-webviewcallbacks-kt"],
                ),
            ),
            (
                CodeInfo(
                    value="access_denied",
                    description="The user did not grant access.",
                    category=_C.CANCELLED,
                    sources=(
                        _S["powens-sdk-webviewerrorcode-kt"],
                        _S["powens-sdk-webviewcallbacks-kt"],
                    ),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/powens/webview_error/#access_denied",
                    editorial=True,
                ),
                CodeInfo(
                    value="server_error",
                    description="An error on Powens' side.",
                    category=_C.GENERIC_FAILURE,
                    sources=(
                        _S["powens-sdk-webviewerrorcode-kt"],
                        _S["powens-sdk-webviewcallbacks-kt"],
                    ),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/powens/webview_error/#server_error",
                    editorial=True,
                ),
                CodeInfo(
                    value="tos_declined",
                    description="The user declined the terms of service.",
                    category=_C.CANCELLED,
                    sources=(
                        _S["powens-sdk-webviewerrorcode-kt"],
                        _S["powens-sdk-webviewcallbacks-kt"],
                    ),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/powens/webview_error/#tos_declined",
                    editorial=True,
                ),
                CodeInfo(
                    value="session_expired",
                    description="The Webview's session expired.",
                    category=_C.SESSION_EXPIRED,
                    sources=(
                        _S["powens-sdk-webviewerrorcode-kt"],
                        _S["powens-sdk-webviewcallbacks-kt"],
                    ),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/powens/webview_error/#session_expired",
                    editorial=True,
                ),
            ),
        ),
        {},
    )
    return WebviewError


def _CODE_SETS() -> tuple[object, ...]:
    return tuple(
        getattr(_PUBLIC, name) for name in ("ConnectionState", "ErrorCode", "WebviewError")
    )
