# generated from spec/catalog.json — do not edit (run `make generate`)
"""The builders of bankcodes.finverse's names, loaded on the first use of any of them, so that importing the provider's module reads none of its data."""

from __future__ import annotations

import importlib

from bankcodes._base import CodeEnum, register
from bankcodes._records import CodeInfo, CodeSetInfo, Source, Wording
from bankcodes.categories import Category as _C

#: The public module, whose names the builders use (each built on first use there).
_PUBLIC = importlib.import_module("bankcodes.finverse")
#: The documents its facts come from, by id.
_S = {
    "finverse-sdk-api": Source(
        id="finverse-sdk-api",
        kind="repo",
        title="Finverse: TypeScript SDK, api.ts (generated from Finverse's OpenAPI description: its enums and models)",
        url="https://github.com/finversetech/sdk-typescript/blob/45944510ac521b70c2947c4e2ac24299221fb630/api.ts",
        read_in_part="The enums of the statuses of a login identity, its session and its authentication, of a payment, a mandate, a payout and a payment link and its session were read, with the LoginIdentity and GetLoginIdentityByIdResponse models and the error models (ErrBodyModel, FvErrorModel, FvEmbeddedErrorModel, BadRequestModelV2Error, LoginIdentityError) with their type, the FinverseErrorCategory enum; the API classes and the other models were not. The whole file was also searched for webhooks, event types and error_code: its one webhook is a login identity's address, and error_code is a string in each error model, its values not listed.",
    ),
    "finverse-openapi": Source(
        id="finverse-openapi",
        kind="repo",
        title='Finverse: OpenAPI description (finversetech/openapi, finverse.yml, Swagger 2.0: "Finverse Public")',
        url="https://github.com/finversetech/openapi/blob/fe7d2e13da5e66336da90b9a4d9caa0bc9c38164/finverse.yml",
        read_in_part="The file was searched whole for webhooks, events, callbacks, signatures and error_code: it holds no webhook body and no event type (its one webhook is a login identity's field, the address Finverse calls, and its one event_name an entry of a login identity's history), and each error model's error_code is a string with an example and no list of values. The error models were read (ErrBodyModelV2, FvErrorModelV2, FvEmbeddedErrorModel, ErrBodyModel, FvErrorModel, SwaggerErrBodyModel, BadRequestModel, BadRequestModelV2, FrontendFvErrorModel); the file's other models and its paths were not.",
    ),
    "finverse-sdk-readme": Source(
        id="finverse-sdk-readme",
        kind="repo",
        title="Finverse: TypeScript SDK README (the payment link and data flows)",
        url="https://github.com/finversetech/sdk-typescript/blob/45944510ac521b70c2947c4e2ac24299221fb630/README.md",
    ),
    "finverse-integrations-webhook-handler": Source(
        id="finverse-integrations-webhook-handler",
        kind="repo",
        title="Finverse: integrations, storeganise/handler.js, the webhook bodies' event_type and fields as the receiver reads them",
        url="https://github.com/finversetech/integrations/blob/1d1722e2b9181d0cf9bb71e90f252ba6d53e0dd3/storeganise/handler.js",
    ),
    "finverse-integrations-readme": Source(
        id="finverse-integrations-readme",
        kind="repo",
        title="Finverse: integrations README.md, the webhooks the Storeganise integration handles",
        url="https://github.com/finversetech/integrations/blob/1d1722e2b9181d0cf9bb71e90f252ba6d53e0dd3/README.md",
    ),
    "finverse-integrations-signature-test": Source(
        id="finverse-integrations-signature-test",
        kind="repo",
        title="Finverse: integrations, storeganise/sdk/finverse.test.js, a webhook body Finverse signed, with its FV-Signature, which the test verifies with Finverse's public key (the tests were taken out of the repository after this commit)",
        url="https://github.com/finversetech/integrations/blob/69048614447d01c6e3aed21bcbfedfacfc0a8e8a/storeganise/sdk/finverse.test.js",
    ),
    "finverse-integrations-handler-test": Source(
        id="finverse-integrations-handler-test",
        kind="repo",
        title="Finverse: integrations, storeganise/handler.test.js, the webhook bodies the handler's tests give it (their values the tests' own)",
        url="https://github.com/finversetech/integrations/blob/69048614447d01c6e3aed21bcbfedfacfc0a8e8a/storeganise/handler.test.js",
    ),
    "finverse-integrations-handler-test-paths": Source(
        id="finverse-integrations-handler-test-paths",
        kind="repo",
        title="Finverse: integrations, storeganise/handler.test.js as it was while the handler still routed by path (/payments, /payment_links), with a payment link's other event",
        url="https://github.com/finversetech/integrations/blob/520f4cbcbd3d4c9882ac3bb311bfaa832c6cf883/storeganise/handler.test.js",
    ),
}


def _ErrorType() -> type[CodeEnum]:
    class ErrorType(CodeEnum):
        """Error type: The type of a Finverse error (error.type of an error body: ErrBodyModel's FvErrorModel, BadRequestModelV2's error; and of the error a mandate, a card or a card link carries, FvEmbeddedErrorModel), the FinverseErrorCategory enum of Finverse's TypeScript SDK ("The error type"); its error_code and message say which error, and error_code is a string the SDK lists no values of (a login identity's own error, LoginIdentityError, has a type that is a string). The descriptions and categories are bankcodes' reading of the names.

        Wire field: error.type (an error body; the error of a mandate, a card or a card link)."""

        LINK_ERROR = "LINK_ERROR"
        API_ERROR = "API_ERROR"

    register(
        ErrorType,
        lambda: (
            CodeSetInfo(
                provider="finverse",
                id="error_type",
                title="Error type",
                description="The type of a Finverse error (error.type of an error body: ErrBodyModel's FvErrorModel, BadRequestModelV2's error; and of the error a mandate, a card or a card link carries, FvEmbeddedErrorModel), the FinverseErrorCategory enum of Finverse's TypeScript SDK (\"The error type\"); its error_code and message say which error, and error_code is a string the SDK lists no values of (a login identity's own error, LoginIdentityError, has a type that is a string). The descriptions and categories are bankcodes' reading of the names.",
                field="error.type (an error body; the error of a mandate, a card or a card link)",
                sources=(_S["finverse-sdk-api"],),
            ),
            (
                CodeInfo(
                    value="LINK_ERROR",
                    description="An error linking the institution or retrieving its data.",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["finverse-sdk-api"],),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/finverse/error_type/#LINK_ERROR",
                    editorial=True,
                    notes="The SDK's enum lists its values by name alone: the description is bankcodes' reading of its name. The error_code says which error.",
                ),
                CodeInfo(
                    value="API_ERROR",
                    description="An error of the API request.",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["finverse-sdk-api"],),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/finverse/error_type/#API_ERROR",
                    editorial=True,
                    notes="The SDK's enum lists its values by name alone: the description is bankcodes' reading of its name. The error_code and the HTTP status say which error.",
                ),
            ),
        ),
        {},
    )
    return ErrorType


def _ErrorCode() -> type[CodeEnum]:
    class ErrorCode(CodeEnum):
        """Error code: Which Finverse error it is (error.error_code of an error body, beside its type; and of the error a mandate, a card or a card link carries, and of the error a card setup's answer carries), a string that Finverse's OpenAPI description and TypeScript SDK type without listing its values: the codes held are the OpenAPI's examples of it, CREDENTIALS_INVALID in its error models and PAYMENT_METHOD_EXPIRED ("Finverse error code") in FrontendFvErrorModel, with its message and its words for the end user. Finverse's own list of error codes (its documentation) was not read.

        Wire field: error.error_code (an error body; the error of a mandate, a card, a card link or a card setup)."""

        CREDENTIALS_INVALID = "CREDENTIALS_INVALID"
        PAYMENT_METHOD_EXPIRED = "PAYMENT_METHOD_EXPIRED"

    register(
        ErrorCode,
        lambda: (
            CodeSetInfo(
                provider="finverse",
                id="error_code",
                title="Error code",
                description="Which Finverse error it is (error.error_code of an error body, beside its type; and of the error a mandate, a card or a card link carries, and of the error a card setup's answer carries), a string that Finverse's OpenAPI description and TypeScript SDK type without listing its values: the codes held are the OpenAPI's examples of it, CREDENTIALS_INVALID in its error models and PAYMENT_METHOD_EXPIRED (\"Finverse error code\") in FrontendFvErrorModel, with its message and its words for the end user. Finverse's own list of error codes (its documentation) was not read.",
                field="error.error_code (an error body; the error of a mandate, a card, a card link or a card setup)",
                sources=(_S["finverse-openapi"], _S["finverse-sdk-api"]),
            ),
            (
                CodeInfo(
                    value="CREDENTIALS_INVALID",
                    description="The institution did not accept the credentials the end user gave.",
                    category=_C.CREDENTIALS_INVALID,
                    sources=(_S["finverse-openapi"],),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/finverse/error_code/#CREDENTIALS_INVALID",
                    editorial=True,
                    notes="The OpenAPI's example of error_code in each of its error models (FvErrorModelV2, FvEmbeddedErrorModel, FvErrorModel, BadRequestModelV2), beside LINKING_ERROR as its example of the type, which is none of the type's two values (LINK_ERROR, API_ERROR): the description is bankcodes' reading of its name.",
                ),
                CodeInfo(
                    value="PAYMENT_METHOD_EXPIRED",
                    description="The payment method has expired: the payer is to use another one.",
                    category=_C.USER_ACTION_REQUIRED,
                    sources=(_S["finverse-openapi"],),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="message", by="provider", sources=(_S["finverse-openapi"],)),
                        Wording(
                            field="user_message", by="provider", sources=(_S["finverse-openapi"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/finverse/error_code/#PAYMENT_METHOD_EXPIRED",
                    editorial=True,
                    message="Payment method expired",
                    user_message="Please use a different payment method.",
                    notes='The OpenAPI\'s example of a FrontendFvErrorModel, the error the answer of a card setup payment carries (POST /payment_link/fvlink/adyen/payments, "absent on success and action-required outcomes"): its error_code ("Finverse error code"), its message ("Short human-readable error message") and its display_details ("Human-readable error detail safe for display to the end user"), the end user\'s words here. The description is bankcodes\' reading of them.',
                ),
            ),
        ),
        {},
    )
    return ErrorCode


def _LoginIdentityStatus() -> type[CodeEnum]:
    class LoginIdentityStatus(CodeEnum):
        """Login identity status: Where a login identity (the end user's link to one institution) stands: login_identity.status of GET /login_identity, the LoginIdentityStatus enum of Finverse's TypeScript SDK ("Login identity status"). The README polls it every 3 seconds, at most 20 times, until it is ERROR, DATA_RETRIEVAL_PARTIALLY_SUCCESSFUL or DATA_RETRIEVAL_COMPLETE; the descriptions and categories are bankcodes' reading of the names.

        Wire field: login_identity.status (GET /login_identity)."""

        UNKNOWN = "UNKNOWN"
        ERROR = "ERROR"
        LINKING = "LINKING"
        AUTHENTICATING = "AUTHENTICATING"
        CONNECTION_COMPLETE = "CONNECTION_COMPLETE"
        CONNECTION_IN_PROGRESS = "CONNECTION_IN_PROGRESS"
        DATA_RETRIEVAL_IN_PROGRESS = "DATA_RETRIEVAL_IN_PROGRESS"
        DATA_AVAILABLE = "DATA_AVAILABLE"
        DATA_RETRIEVAL_PARTIALLY_SUCCESSFUL = "DATA_RETRIEVAL_PARTIALLY_SUCCESSFUL"
        DATA_RETRIEVAL_COMPLETE = "DATA_RETRIEVAL_COMPLETE"
        REFRESHING = "REFRESHING"
        UNLINKED = "UNLINKED"
        UNLINK_SUCCEEDED = "UNLINK_SUCCEEDED"
        UNLINK_FAILED = "UNLINK_FAILED"

    register(
        LoginIdentityStatus,
        lambda: (
            CodeSetInfo(
                provider="finverse",
                id="login_identity_status",
                title="Login identity status",
                description="Where a login identity (the end user's link to one institution) stands: login_identity.status of GET /login_identity, the LoginIdentityStatus enum of Finverse's TypeScript SDK (\"Login identity status\"). The README polls it every 3 seconds, at most 20 times, until it is ERROR, DATA_RETRIEVAL_PARTIALLY_SUCCESSFUL or DATA_RETRIEVAL_COMPLETE; the descriptions and categories are bankcodes' reading of the names.",
                field="login_identity.status (GET /login_identity)",
                sources=(_S["finverse-sdk-api"], _S["finverse-sdk-readme"]),
            ),
            (
                CodeInfo(
                    value="UNKNOWN",
                    description="The login identity's status is not known.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["finverse-sdk-api"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/finverse/login_identity_status/#UNKNOWN",
                    editorial=True,
                    notes="The SDK's enum lists its values by name alone: the description is bankcodes' reading of its name.",
                ),
                CodeInfo(
                    value="ERROR",
                    description="Linking the institution or retrieving its data failed.",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["finverse-sdk-api"],),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/finverse/login_identity_status/#ERROR",
                    editorial=True,
                    notes="The SDK's enum lists its values by name alone: the description is bankcodes' reading of its name. The README's polling loop stops at it: one of the three statuses it waits for (ERROR, DATA_RETRIEVAL_PARTIALLY_SUCCESSFUL, DATA_RETRIEVAL_COMPLETE). The login identity's error (code, type, message, details) says more.",
                ),
                CodeInfo(
                    value="LINKING",
                    description="The end user is linking the institution.",
                    category=_C.PENDING,
                    sources=(_S["finverse-sdk-api"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/finverse/login_identity_status/#LINKING",
                    editorial=True,
                    notes="The SDK's enum lists its values by name alone: the description is bankcodes' reading of its name.",
                ),
                CodeInfo(
                    value="AUTHENTICATING",
                    description="Finverse is signing in to the institution.",
                    category=_C.PENDING,
                    sources=(_S["finverse-sdk-api"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/finverse/login_identity_status/#AUTHENTICATING",
                    editorial=True,
                    notes="The SDK's enum lists its values by name alone: the description is bankcodes' reading of its name.",
                ),
                CodeInfo(
                    value="CONNECTION_COMPLETE",
                    description="The connection to the institution is made; its data is yet to be retrieved.",
                    category=_C.PENDING,
                    sources=(_S["finverse-sdk-api"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/finverse/login_identity_status/#CONNECTION_COMPLETE",
                    editorial=True,
                    notes="The SDK's enum lists its values by name alone: the description is bankcodes' reading of its name.",
                ),
                CodeInfo(
                    value="CONNECTION_IN_PROGRESS",
                    description="The connection to the institution is being made.",
                    category=_C.PENDING,
                    sources=(_S["finverse-sdk-api"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/finverse/login_identity_status/#CONNECTION_IN_PROGRESS",
                    editorial=True,
                    notes="The SDK's enum lists its values by name alone: the description is bankcodes' reading of its name.",
                ),
                CodeInfo(
                    value="DATA_RETRIEVAL_IN_PROGRESS",
                    description="The institution's data is being retrieved.",
                    category=_C.PENDING,
                    sources=(_S["finverse-sdk-api"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/finverse/login_identity_status/#DATA_RETRIEVAL_IN_PROGRESS",
                    editorial=True,
                    notes="The SDK's enum lists its values by name alone: the description is bankcodes' reading of its name.",
                ),
                CodeInfo(
                    value="DATA_AVAILABLE",
                    description="Some of the institution's data is available while the rest is being retrieved.",
                    category=_C.PENDING,
                    sources=(_S["finverse-sdk-api"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/finverse/login_identity_status/#DATA_AVAILABLE",
                    editorial=True,
                    notes="The SDK's enum lists its values by name alone: the description is bankcodes' reading of its name.",
                ),
                CodeInfo(
                    value="DATA_RETRIEVAL_PARTIALLY_SUCCESSFUL",
                    description="Part of the institution's data was retrieved, not all of it.",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["finverse-sdk-api"],),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/finverse/login_identity_status/#DATA_RETRIEVAL_PARTIALLY_SUCCESSFUL",
                    editorial=True,
                    notes="Nothing to do now: the README's polling stops at it and goes on to read the accounts; the data retrieved is there, and the products' statuses say which was not (bankcodes' reading). The SDK's enum lists its values by name alone: the description is bankcodes' reading of its name. The README's polling loop stops at it: one of the three statuses it waits for (ERROR, DATA_RETRIEVAL_PARTIALLY_SUCCESSFUL, DATA_RETRIEVAL_COMPLETE). The products' statuses (product_status) say which data was not retrieved; the category is the failure of that part.",
                    next_step="none",
                ),
                CodeInfo(
                    value="DATA_RETRIEVAL_COMPLETE",
                    description="The institution's data has been retrieved.",
                    category=_C.SUCCESS,
                    sources=(_S["finverse-sdk-api"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/finverse/login_identity_status/#DATA_RETRIEVAL_COMPLETE",
                    editorial=True,
                    notes="The SDK's enum lists its values by name alone: the description is bankcodes' reading of its name. The README's polling loop stops at it: one of the three statuses it waits for (ERROR, DATA_RETRIEVAL_PARTIALLY_SUCCESSFUL, DATA_RETRIEVAL_COMPLETE).",
                ),
                CodeInfo(
                    value="REFRESHING",
                    description="The institution's data is being refreshed.",
                    category=_C.PENDING,
                    sources=(_S["finverse-sdk-api"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/finverse/login_identity_status/#REFRESHING",
                    editorial=True,
                    notes="The SDK's enum lists its values by name alone: the description is bankcodes' reading of its name.",
                ),
                CodeInfo(
                    value="UNLINKED",
                    description="The login identity has been unlinked.",
                    category=_C.CANCELLED,
                    sources=(_S["finverse-sdk-api"],),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/finverse/login_identity_status/#UNLINKED",
                    editorial=True,
                    notes="The SDK's enum lists its values by name alone: the description is bankcodes' reading of its name.",
                ),
                CodeInfo(
                    value="UNLINK_SUCCEEDED",
                    description="Unlinking the login identity succeeded.",
                    category=_C.CANCELLED,
                    sources=(_S["finverse-sdk-api"],),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/finverse/login_identity_status/#UNLINK_SUCCEEDED",
                    editorial=True,
                    notes="The SDK's enum lists its values by name alone: the description is bankcodes' reading of its name.",
                ),
                CodeInfo(
                    value="UNLINK_FAILED",
                    description="Unlinking the login identity failed.",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["finverse-sdk-api"],),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/finverse/login_identity_status/#UNLINK_FAILED",
                    editorial=True,
                    notes="The SDK's enum lists its values by name alone: the description is bankcodes' reading of its name.",
                ),
            ),
        ),
        {},
    )
    return LoginIdentityStatus


def _LoginIdentitySessionStatus() -> type[CodeEnum]:
    class LoginIdentitySessionStatus(CodeEnum):
        """Login identity session status: The status of a login identity's linking session (login_identity.session_status), the LoginIdentitySessionStatus enum of Finverse's TypeScript SDK ("Login identity session status"); the descriptions and categories are bankcodes' reading of the names.

        Wire field: login_identity.session_status (GET /login_identity)."""

        UNKNOWN = "UNKNOWN"
        IN_PROGRESS = "IN_PROGRESS"
        COMPLETED = "COMPLETED"
        UNLINKED = "UNLINKED"

    register(
        LoginIdentitySessionStatus,
        lambda: (
            CodeSetInfo(
                provider="finverse",
                id="login_identity_session_status",
                title="Login identity session status",
                description="The status of a login identity's linking session (login_identity.session_status), the LoginIdentitySessionStatus enum of Finverse's TypeScript SDK (\"Login identity session status\"); the descriptions and categories are bankcodes' reading of the names.",
                field="login_identity.session_status (GET /login_identity)",
                sources=(_S["finverse-sdk-api"],),
            ),
            (
                CodeInfo(
                    value="UNKNOWN",
                    description="The session's status is not known.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["finverse-sdk-api"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/finverse/login_identity_session_status/#UNKNOWN",
                    editorial=True,
                    notes="The SDK's enum lists its values by name alone: the description is bankcodes' reading of its name.",
                ),
                CodeInfo(
                    value="IN_PROGRESS",
                    description="The linking session is in progress.",
                    category=_C.PENDING,
                    sources=(_S["finverse-sdk-api"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/finverse/login_identity_session_status/#IN_PROGRESS",
                    editorial=True,
                    notes="The SDK's enum lists its values by name alone: the description is bankcodes' reading of its name.",
                ),
                CodeInfo(
                    value="COMPLETED",
                    description="The linking session is completed.",
                    category=_C.SUCCESS,
                    sources=(_S["finverse-sdk-api"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/finverse/login_identity_session_status/#COMPLETED",
                    editorial=True,
                    notes="The SDK's enum lists its values by name alone: the description is bankcodes' reading of its name.",
                ),
                CodeInfo(
                    value="UNLINKED",
                    description="The login identity of the session has been unlinked.",
                    category=_C.CANCELLED,
                    sources=(_S["finverse-sdk-api"],),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/finverse/login_identity_session_status/#UNLINKED",
                    editorial=True,
                    notes="The SDK's enum lists its values by name alone: the description is bankcodes' reading of its name.",
                ),
            ),
        ),
        {},
    )
    return LoginIdentitySessionStatus


def _AuthenticationStatus() -> type[CodeEnum]:
    class AuthenticationStatus(CodeEnum):
        """Login identity authentication status: The status of signing in to the institution (login_identity.authentication_status.status), the LoginIdentityAuthStatus enum of Finverse's TypeScript SDK ("Login identity authentication status"); the descriptions and categories are bankcodes' reading of the names.

        Wire field: login_identity.authentication_status.status (GET /login_identity)."""

        UNKNOWN = "UNKNOWN"
        LINKING = "LINKING"
        AUTHENTICATING = "AUTHENTICATING"
        AUTHENTICATED = "AUTHENTICATED"
        AUTHENTICATE_FAILED = "AUTHENTICATE_FAILED"
        AUTHENTICATION_TEMPORARILY_UNAVAILABLE_FOR_INSTITUTION = (
            "AUTHENTICATION_TEMPORARILY_UNAVAILABLE_FOR_INSTITUTION"
        )
        AUTHENTICATION_TOO_MANY_ATTEMPTS = "AUTHENTICATION_TOO_MANY_ATTEMPTS"

    register(
        AuthenticationStatus,
        lambda: (
            CodeSetInfo(
                provider="finverse",
                id="authentication_status",
                title="Login identity authentication status",
                description="The status of signing in to the institution (login_identity.authentication_status.status), the LoginIdentityAuthStatus enum of Finverse's TypeScript SDK (\"Login identity authentication status\"); the descriptions and categories are bankcodes' reading of the names.",
                field="login_identity.authentication_status.status (GET /login_identity)",
                sources=(_S["finverse-sdk-api"],),
            ),
            (
                CodeInfo(
                    value="UNKNOWN",
                    description="The authentication's status is not known.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["finverse-sdk-api"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/finverse/authentication_status/#UNKNOWN",
                    editorial=True,
                    notes="The SDK's enum lists its values by name alone: the description is bankcodes' reading of its name.",
                ),
                CodeInfo(
                    value="LINKING",
                    description="The end user is linking the institution.",
                    category=_C.PENDING,
                    sources=(_S["finverse-sdk-api"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/finverse/authentication_status/#LINKING",
                    editorial=True,
                    notes="The SDK's enum lists its values by name alone: the description is bankcodes' reading of its name.",
                ),
                CodeInfo(
                    value="AUTHENTICATING",
                    description="Finverse is signing in to the institution.",
                    category=_C.PENDING,
                    sources=(_S["finverse-sdk-api"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/finverse/authentication_status/#AUTHENTICATING",
                    editorial=True,
                    notes="The SDK's enum lists its values by name alone: the description is bankcodes' reading of its name.",
                ),
                CodeInfo(
                    value="AUTHENTICATED",
                    description="Signing in to the institution succeeded.",
                    category=_C.SUCCESS,
                    sources=(_S["finverse-sdk-api"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/finverse/authentication_status/#AUTHENTICATED",
                    editorial=True,
                    notes="The SDK's enum lists its values by name alone: the description is bankcodes' reading of its name.",
                ),
                CodeInfo(
                    value="AUTHENTICATE_FAILED",
                    description="Signing in to the institution failed.",
                    category=_C.CREDENTIALS_INVALID,
                    sources=(_S["finverse-sdk-api"],),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/finverse/authentication_status/#AUTHENTICATE_FAILED",
                    editorial=True,
                    notes="The SDK's enum lists its values by name alone: the description is bankcodes' reading of its name. Read as the institution refusing the sign-in; the login identity's error says why.",
                ),
                CodeInfo(
                    value="AUTHENTICATION_TEMPORARILY_UNAVAILABLE_FOR_INSTITUTION",
                    description="Signing in to this institution is not available for now.",
                    category=_C.INSTITUTION_UNAVAILABLE,
                    sources=(_S["finverse-sdk-api"],),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/finverse/authentication_status/#AUTHENTICATION_TEMPORARILY_UNAVAILABLE_FOR_INSTITUTION",
                    editorial=True,
                    notes="The SDK's enum lists its values by name alone: the description is bankcodes' reading of its name.",
                ),
                CodeInfo(
                    value="AUTHENTICATION_TOO_MANY_ATTEMPTS",
                    description="Too many attempts were made to sign in to the institution.",
                    category=_C.ATTEMPTS_EXHAUSTED,
                    sources=(_S["finverse-sdk-api"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/finverse/authentication_status/#AUTHENTICATION_TOO_MANY_ATTEMPTS",
                    editorial=True,
                    notes="The SDK's enum lists its values by name alone: the description is bankcodes' reading of its name.",
                ),
            ),
        ),
        {},
    )
    return AuthenticationStatus


def _PaymentStatus() -> type[CodeEnum]:
    class PaymentStatus(CodeEnum):
        """Payment status: The status of a payment (status of GET /payments/{paymentId}), the PaymentStatus enum of Finverse's TypeScript SDK ("Payment status"). A payment succeeds as EXECUTED, where a mandate succeeds as SUCCEEDED (mandate_status); the descriptions and categories are bankcodes' reading of the names.

        Wire field: status (a payment)."""

        AUTHORIZATION_REQUIRED = "AUTHORIZATION_REQUIRED"
        AUTHORIZING = "AUTHORIZING"
        PROCESSING = "PROCESSING"
        SUBMITTED = "SUBMITTED"
        EXECUTED = "EXECUTED"
        FAILED = "FAILED"
        REVOKED = "REVOKED"
        CANCELLED = "CANCELLED"
        CREATED = "CREATED"

    register(
        PaymentStatus,
        lambda: (
            CodeSetInfo(
                provider="finverse",
                id="payment_status",
                title="Payment status",
                description="The status of a payment (status of GET /payments/{paymentId}), the PaymentStatus enum of Finverse's TypeScript SDK (\"Payment status\"). A payment succeeds as EXECUTED, where a mandate succeeds as SUCCEEDED (mandate_status); the descriptions and categories are bankcodes' reading of the names.",
                field="status (a payment)",
                sources=(_S["finverse-sdk-api"],),
            ),
            (
                CodeInfo(
                    value="AUTHORIZATION_REQUIRED",
                    description="The payment waits for the payer to authorise it.",
                    category=_C.USER_ACTION_REQUIRED,
                    sources=(_S["finverse-sdk-api"],),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/finverse/payment_status/#AUTHORIZATION_REQUIRED",
                    editorial=True,
                    notes="The SDK's enum lists its values by name alone: the description is bankcodes' reading of its name.",
                ),
                CodeInfo(
                    value="AUTHORIZING",
                    description="The payment is being authorised.",
                    category=_C.PENDING,
                    sources=(_S["finverse-sdk-api"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/finverse/payment_status/#AUTHORIZING",
                    editorial=True,
                    notes="The SDK's enum lists its values by name alone: the description is bankcodes' reading of its name.",
                ),
                CodeInfo(
                    value="PROCESSING",
                    description="The payment is being processed.",
                    category=_C.PENDING,
                    sources=(_S["finverse-sdk-api"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/finverse/payment_status/#PROCESSING",
                    editorial=True,
                    notes="The SDK's enum lists its values by name alone: the description is bankcodes' reading of its name.",
                ),
                CodeInfo(
                    value="SUBMITTED",
                    description="The payment has been submitted.",
                    category=_C.PENDING,
                    sources=(_S["finverse-sdk-api"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/finverse/payment_status/#SUBMITTED",
                    editorial=True,
                    notes="The SDK's enum lists its values by name alone: the description is bankcodes' reading of its name.",
                ),
                CodeInfo(
                    value="EXECUTED",
                    description="The payment has been executed.",
                    category=_C.SUCCESS,
                    sources=(_S["finverse-sdk-api"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/finverse/payment_status/#EXECUTED",
                    editorial=True,
                    notes="The SDK's enum lists its values by name alone: the description is bankcodes' reading of its name.",
                ),
                CodeInfo(
                    value="FAILED",
                    description="The payment failed.",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["finverse-sdk-api"],),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/finverse/payment_status/#FAILED",
                    editorial=True,
                    notes="The SDK's enum lists its values by name alone: the description is bankcodes' reading of its name.",
                ),
                CodeInfo(
                    value="REVOKED",
                    description="The payment was revoked.",
                    category=_C.CANCELLED,
                    sources=(_S["finverse-sdk-api"],),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/finverse/payment_status/#REVOKED",
                    editorial=True,
                    notes="The SDK's enum lists its values by name alone: the description is bankcodes' reading of its name.",
                ),
                CodeInfo(
                    value="CANCELLED",
                    description="The payment was cancelled.",
                    category=_C.CANCELLED,
                    sources=(_S["finverse-sdk-api"],),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/finverse/payment_status/#CANCELLED",
                    editorial=True,
                    notes="The SDK's enum lists its values by name alone: the description is bankcodes' reading of its name.",
                ),
                CodeInfo(
                    value="CREATED",
                    description="The payment has been created.",
                    category=_C.PENDING,
                    sources=(_S["finverse-sdk-api"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/finverse/payment_status/#CREATED",
                    editorial=True,
                    notes="The SDK's enum lists its values by name alone: the description is bankcodes' reading of its name.",
                ),
            ),
        ),
        {},
    )
    return PaymentStatus


def _MandateStatus() -> type[CodeEnum]:
    class MandateStatus(CodeEnum):
        """Mandate status: The status of a mandate, the payer's authorisation of payments to come (status of GET /mandates/{mandateId}), the MandateStatus enum of Finverse's TypeScript SDK ("Mandate status"). A mandate succeeds as SUCCEEDED, where a payment succeeds as EXECUTED (payment_status); the descriptions and categories are bankcodes' reading of the names.

        Wire field: status (a mandate)."""

        AUTHORIZATION_REQUIRED = "AUTHORIZATION_REQUIRED"
        AUTHORIZING = "AUTHORIZING"
        PROCESSING = "PROCESSING"
        SUBMITTED = "SUBMITTED"
        SUCCEEDED = "SUCCEEDED"
        FAILED = "FAILED"
        REVOKED = "REVOKED"
        READY_TO_SUBMIT = "READY_TO_SUBMIT"
        CLOSED = "CLOSED"
        CANCELLED = "CANCELLED"

    register(
        MandateStatus,
        lambda: (
            CodeSetInfo(
                provider="finverse",
                id="mandate_status",
                title="Mandate status",
                description="The status of a mandate, the payer's authorisation of payments to come (status of GET /mandates/{mandateId}), the MandateStatus enum of Finverse's TypeScript SDK (\"Mandate status\"). A mandate succeeds as SUCCEEDED, where a payment succeeds as EXECUTED (payment_status); the descriptions and categories are bankcodes' reading of the names.",
                field="status (a mandate)",
                sources=(_S["finverse-sdk-api"],),
            ),
            (
                CodeInfo(
                    value="AUTHORIZATION_REQUIRED",
                    description="The mandate waits for the payer to authorise it.",
                    category=_C.USER_ACTION_REQUIRED,
                    sources=(_S["finverse-sdk-api"],),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/finverse/mandate_status/#AUTHORIZATION_REQUIRED",
                    editorial=True,
                    notes="The SDK's enum lists its values by name alone: the description is bankcodes' reading of its name.",
                ),
                CodeInfo(
                    value="AUTHORIZING",
                    description="The mandate is being authorised.",
                    category=_C.PENDING,
                    sources=(_S["finverse-sdk-api"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/finverse/mandate_status/#AUTHORIZING",
                    editorial=True,
                    notes="The SDK's enum lists its values by name alone: the description is bankcodes' reading of its name.",
                ),
                CodeInfo(
                    value="PROCESSING",
                    description="The mandate is being processed.",
                    category=_C.PENDING,
                    sources=(_S["finverse-sdk-api"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/finverse/mandate_status/#PROCESSING",
                    editorial=True,
                    notes="The SDK's enum lists its values by name alone: the description is bankcodes' reading of its name.",
                ),
                CodeInfo(
                    value="SUBMITTED",
                    description="The mandate has been submitted.",
                    category=_C.PENDING,
                    sources=(_S["finverse-sdk-api"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/finverse/mandate_status/#SUBMITTED",
                    editorial=True,
                    notes="The SDK's enum lists its values by name alone: the description is bankcodes' reading of its name.",
                ),
                CodeInfo(
                    value="SUCCEEDED",
                    description="The mandate is in place.",
                    category=_C.SUCCESS,
                    sources=(_S["finverse-sdk-api"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/finverse/mandate_status/#SUCCEEDED",
                    editorial=True,
                    notes="The SDK's enum lists its values by name alone: the description is bankcodes' reading of its name.",
                ),
                CodeInfo(
                    value="FAILED",
                    description="The mandate failed.",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["finverse-sdk-api"],),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/finverse/mandate_status/#FAILED",
                    editorial=True,
                    notes="The SDK's enum lists its values by name alone: the description is bankcodes' reading of its name.",
                ),
                CodeInfo(
                    value="REVOKED",
                    description="The mandate was revoked.",
                    category=_C.CANCELLED,
                    sources=(_S["finverse-sdk-api"],),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/finverse/mandate_status/#REVOKED",
                    editorial=True,
                    notes="The SDK's enum lists its values by name alone: the description is bankcodes' reading of its name.",
                ),
                CodeInfo(
                    value="READY_TO_SUBMIT",
                    description="The mandate is ready to be submitted.",
                    category=_C.PENDING,
                    sources=(_S["finverse-sdk-api"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/finverse/mandate_status/#READY_TO_SUBMIT",
                    editorial=True,
                    notes="The SDK's enum lists its values by name alone: the description is bankcodes' reading of its name.",
                ),
                CodeInfo(
                    value="CLOSED",
                    description="The mandate is closed.",
                    category=_C.CANCELLED,
                    sources=(_S["finverse-sdk-api"],),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/finverse/mandate_status/#CLOSED",
                    editorial=True,
                    notes="The SDK's enum lists its values by name alone: the description is bankcodes' reading of its name.",
                ),
                CodeInfo(
                    value="CANCELLED",
                    description="The mandate was cancelled.",
                    category=_C.CANCELLED,
                    sources=(_S["finverse-sdk-api"],),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/finverse/mandate_status/#CANCELLED",
                    editorial=True,
                    notes="The SDK's enum lists its values by name alone: the description is bankcodes' reading of its name.",
                ),
            ),
        ),
        {},
    )
    return MandateStatus


def _PayoutStatus() -> type[CodeEnum]:
    class PayoutStatus(CodeEnum):
        """Payout status: The status of a payout (status of GET /payouts/{payoutId}), the PayoutStatus enum of Finverse's TypeScript SDK ("Payout status"); the descriptions and categories are bankcodes' reading of the names.

        Wire field: status (a payout)."""

        EXECUTED = "EXECUTED"
        CREATED = "CREATED"
        PROCESSING = "PROCESSING"
        PROCESSING_FUNDS = "PROCESSING_FUNDS"
        CANCELLED = "CANCELLED"
        FAILED = "FAILED"
        FUNDED = "FUNDED"
        SUBMITTED = "SUBMITTED"

    register(
        PayoutStatus,
        lambda: (
            CodeSetInfo(
                provider="finverse",
                id="payout_status",
                title="Payout status",
                description="The status of a payout (status of GET /payouts/{payoutId}), the PayoutStatus enum of Finverse's TypeScript SDK (\"Payout status\"); the descriptions and categories are bankcodes' reading of the names.",
                field="status (a payout)",
                sources=(_S["finverse-sdk-api"],),
            ),
            (
                CodeInfo(
                    value="EXECUTED",
                    description="The payout has been executed.",
                    category=_C.SUCCESS,
                    sources=(_S["finverse-sdk-api"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/finverse/payout_status/#EXECUTED",
                    editorial=True,
                    notes="The SDK's enum lists its values by name alone: the description is bankcodes' reading of its name.",
                ),
                CodeInfo(
                    value="CREATED",
                    description="The payout has been created.",
                    category=_C.PENDING,
                    sources=(_S["finverse-sdk-api"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/finverse/payout_status/#CREATED",
                    editorial=True,
                    notes="The SDK's enum lists its values by name alone: the description is bankcodes' reading of its name.",
                ),
                CodeInfo(
                    value="PROCESSING",
                    description="The payout is being processed.",
                    category=_C.PENDING,
                    sources=(_S["finverse-sdk-api"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/finverse/payout_status/#PROCESSING",
                    editorial=True,
                    notes="The SDK's enum lists its values by name alone: the description is bankcodes' reading of its name.",
                ),
                CodeInfo(
                    value="PROCESSING_FUNDS",
                    description="The payout's funds are being processed.",
                    category=_C.PENDING,
                    sources=(_S["finverse-sdk-api"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/finverse/payout_status/#PROCESSING_FUNDS",
                    editorial=True,
                    notes="The SDK's enum lists its values by name alone: the description is bankcodes' reading of its name.",
                ),
                CodeInfo(
                    value="CANCELLED",
                    description="The payout was cancelled.",
                    category=_C.CANCELLED,
                    sources=(_S["finverse-sdk-api"],),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/finverse/payout_status/#CANCELLED",
                    editorial=True,
                    notes="The SDK's enum lists its values by name alone: the description is bankcodes' reading of its name.",
                ),
                CodeInfo(
                    value="FAILED",
                    description="The payout failed.",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["finverse-sdk-api"],),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/finverse/payout_status/#FAILED",
                    editorial=True,
                    notes="The SDK's enum lists its values by name alone: the description is bankcodes' reading of its name.",
                ),
                CodeInfo(
                    value="FUNDED",
                    description="The payout's funds have been received; the payout is yet to be executed.",
                    category=_C.PENDING,
                    sources=(_S["finverse-sdk-api"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/finverse/payout_status/#FUNDED",
                    editorial=True,
                    notes="The SDK's enum lists its values by name alone: the description is bankcodes' reading of its name.",
                ),
                CodeInfo(
                    value="SUBMITTED",
                    description="The payout has been submitted.",
                    category=_C.PENDING,
                    sources=(_S["finverse-sdk-api"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/finverse/payout_status/#SUBMITTED",
                    editorial=True,
                    notes="The SDK's enum lists its values by name alone: the description is bankcodes' reading of its name.",
                ),
            ),
        ),
        {},
    )
    return PayoutStatus


def _PaymentLinkStatus() -> type[CodeEnum]:
    class PaymentLinkStatus(CodeEnum):
        """Payment link status: The status of a payment link (status of GET /payment_links/{paymentLinkId}), the PaymentLinkStatus enum of Finverse's TypeScript SDK ("The status of payment link"); the descriptions and categories are bankcodes' reading of the names.

        Wire field: status (a payment link)."""

        CREATED = "CREATED"
        PAID = "PAID"
        EXPIRED = "EXPIRED"

    register(
        PaymentLinkStatus,
        lambda: (
            CodeSetInfo(
                provider="finverse",
                id="payment_link_status",
                title="Payment link status",
                description="The status of a payment link (status of GET /payment_links/{paymentLinkId}), the PaymentLinkStatus enum of Finverse's TypeScript SDK (\"The status of payment link\"); the descriptions and categories are bankcodes' reading of the names.",
                field="status (a payment link)",
                sources=(_S["finverse-sdk-api"],),
            ),
            (
                CodeInfo(
                    value="CREATED",
                    description="The payment link has been created and is not paid yet.",
                    category=_C.PENDING,
                    sources=(_S["finverse-sdk-api"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/finverse/payment_link_status/#CREATED",
                    editorial=True,
                    notes="The SDK's enum lists its values by name alone: the description is bankcodes' reading of its name.",
                ),
                CodeInfo(
                    value="PAID",
                    description="The payment link has been paid.",
                    category=_C.SUCCESS,
                    sources=(_S["finverse-sdk-api"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/finverse/payment_link_status/#PAID",
                    editorial=True,
                    notes="The SDK's enum lists its values by name alone: the description is bankcodes' reading of its name.",
                ),
                CodeInfo(
                    value="EXPIRED",
                    description="The payment link expired before it was paid.",
                    category=_C.SESSION_EXPIRED,
                    sources=(_S["finverse-sdk-api"],),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/finverse/payment_link_status/#EXPIRED",
                    editorial=True,
                    notes="The SDK's enum lists its values by name alone: the description is bankcodes' reading of its name.",
                ),
            ),
        ),
        {},
    )
    return PaymentLinkStatus


def _PaymentLinkSessionStatus() -> type[CodeEnum]:
    class PaymentLinkSessionStatus(CodeEnum):
        """Payment link session status: The status of a payment link's session (session_status of GET /payment_links/{paymentLinkId}), the PaymentLinkSessionStatus enum of Finverse's TypeScript SDK ("The session status of payment link"). The README's payment flow polls it every 2 seconds for up to 30 seconds until it is COMPLETE: "If `COMPLETE` → success; otherwise → error." The descriptions and categories are bankcodes' reading of the names.

        Wire field: session_status (a payment link)."""

        OPEN = "OPEN"
        PROCESSING = "PROCESSING"
        COMPLETE = "COMPLETE"
        FAILED = "FAILED"

    register(
        PaymentLinkSessionStatus,
        lambda: (
            CodeSetInfo(
                provider="finverse",
                id="payment_link_session_status",
                title="Payment link session status",
                description="The status of a payment link's session (session_status of GET /payment_links/{paymentLinkId}), the PaymentLinkSessionStatus enum of Finverse's TypeScript SDK (\"The session status of payment link\"). The README's payment flow polls it every 2 seconds for up to 30 seconds until it is COMPLETE: \"If `COMPLETE` → success; otherwise → error.\" The descriptions and categories are bankcodes' reading of the names.",
                field="session_status (a payment link)",
                sources=(_S["finverse-sdk-api"], _S["finverse-sdk-readme"]),
            ),
            (
                CodeInfo(
                    value="OPEN",
                    description="The payment link's session is open.",
                    category=_C.PENDING,
                    sources=(_S["finverse-sdk-api"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/finverse/payment_link_session_status/#OPEN",
                    editorial=True,
                    notes="The SDK's enum lists its values by name alone: the description is bankcodes' reading of its name.",
                ),
                CodeInfo(
                    value="PROCESSING",
                    description="The payment link's session is being processed.",
                    category=_C.PENDING,
                    sources=(_S["finverse-sdk-api"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/finverse/payment_link_session_status/#PROCESSING",
                    editorial=True,
                    notes="The SDK's enum lists its values by name alone: the description is bankcodes' reading of its name.",
                ),
                CodeInfo(
                    value="COMPLETE",
                    description="The payment link's session is complete.",
                    category=_C.SUCCESS,
                    sources=(_S["finverse-sdk-api"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/finverse/payment_link_session_status/#COMPLETE",
                    editorial=True,
                    notes="The SDK's enum lists its values by name alone: the description is bankcodes' reading of its name. The README: \"If `COMPLETE` → success\".",
                ),
                CodeInfo(
                    value="FAILED",
                    description="The payment link's session failed.",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["finverse-sdk-api"],),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/finverse/payment_link_session_status/#FAILED",
                    editorial=True,
                    notes="The SDK's enum lists its values by name alone: the description is bankcodes' reading of its name.",
                ),
            ),
        ),
        {},
    )
    return PaymentLinkSessionStatus


def _ProductHealthStatus() -> type[CodeEnum]:
    class ProductHealthStatus(CodeEnum):
        """Product health status: The status of one product (such as its accounts or its transactions) of a login identity (status of a ProductStatus in login_identity.product_status), the ProductHealthStatus enum of Finverse's TypeScript SDK ("Health status of a login identity product"); the descriptions and categories are bankcodes' reading of the names.

        Wire field: login_identity.product_status.*.status (GET /login_identity)."""

        UNKNOWN = "UNKNOWN"
        IN_PROGRESS = "IN_PROGRESS"
        SUCCESS = "SUCCESS"
        WARNING = "WARNING"
        ERROR = "ERROR"
        NOT_SUPPORTED = "NOT_SUPPORTED"
        NOT_AVAILABLE = "NOT_AVAILABLE"
        TEMPORARILY_UNAVAILABLE_FOR_INSTITUTION = "TEMPORARILY_UNAVAILABLE_FOR_INSTITUTION"

    register(
        ProductHealthStatus,
        lambda: (
            CodeSetInfo(
                provider="finverse",
                id="product_health_status",
                title="Product health status",
                description="The status of one product (such as its accounts or its transactions) of a login identity (status of a ProductStatus in login_identity.product_status), the ProductHealthStatus enum of Finverse's TypeScript SDK (\"Health status of a login identity product\"); the descriptions and categories are bankcodes' reading of the names.",
                field="login_identity.product_status.*.status (GET /login_identity)",
                sources=(_S["finverse-sdk-api"],),
            ),
            (
                CodeInfo(
                    value="UNKNOWN",
                    description="The product's status is not known.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["finverse-sdk-api"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/finverse/product_health_status/#UNKNOWN",
                    editorial=True,
                    notes="The description is bankcodes' reading of the value's name in the SDK's enum.",
                ),
                CodeInfo(
                    value="IN_PROGRESS",
                    description="The product's data is being retrieved.",
                    category=_C.PENDING,
                    sources=(_S["finverse-sdk-api"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/finverse/product_health_status/#IN_PROGRESS",
                    editorial=True,
                    notes="The description is bankcodes' reading of the value's name in the SDK's enum.",
                ),
                CodeInfo(
                    value="SUCCESS",
                    description="The product's data has been retrieved.",
                    category=_C.SUCCESS,
                    sources=(_S["finverse-sdk-api"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/finverse/product_health_status/#SUCCESS",
                    editorial=True,
                    notes="The description is bankcodes' reading of the value's name in the SDK's enum.",
                ),
                CodeInfo(
                    value="WARNING",
                    description="The product's data was retrieved with a warning.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["finverse-sdk-api"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/finverse/product_health_status/#WARNING",
                    editorial=True,
                    notes="The description is bankcodes' reading of the value's name in the SDK's enum.",
                ),
                CodeInfo(
                    value="ERROR",
                    description="Retrieving the product's data failed.",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["finverse-sdk-api"],),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/finverse/product_health_status/#ERROR",
                    editorial=True,
                    notes="The description is bankcodes' reading of the value's name in the SDK's enum.",
                ),
                CodeInfo(
                    value="NOT_SUPPORTED",
                    description="The institution does not support this product.",
                    category=_C.INSTITUTION_NOT_SUPPORTED,
                    sources=(_S["finverse-sdk-api"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/finverse/product_health_status/#NOT_SUPPORTED",
                    editorial=True,
                    notes="The description is bankcodes' reading of the value's name in the SDK's enum.",
                ),
                CodeInfo(
                    value="NOT_AVAILABLE",
                    description="This product is not available for the login identity.",
                    category=_C.INSTITUTION_NOT_SUPPORTED,
                    sources=(_S["finverse-sdk-api"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/finverse/product_health_status/#NOT_AVAILABLE",
                    editorial=True,
                    notes="The description is bankcodes' reading of the value's name in the SDK's enum.",
                ),
                CodeInfo(
                    value="TEMPORARILY_UNAVAILABLE_FOR_INSTITUTION",
                    description="This product is not available at this institution for now.",
                    category=_C.INSTITUTION_UNAVAILABLE,
                    sources=(_S["finverse-sdk-api"],),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/finverse/product_health_status/#TEMPORARILY_UNAVAILABLE_FOR_INSTITUTION",
                    editorial=True,
                    notes="The description is bankcodes' reading of the value's name in the SDK's enum.",
                ),
            ),
        ),
        {},
    )
    return ProductHealthStatus


def _EventType() -> type[CodeEnum]:
    class EventType(CodeEnum):
        """Webhook event type: What a Finverse webhook is about (its event_type), as Finverse's own integrations repository reads and tests its webhooks: the event types its Storeganise integration handles (PAYMENT_EXECUTED, PAYMENT_FAILED, PAYMENT_LINK_SETUP_SUCCEEDED), those its tests send it as events it leaves alone, and that of the body Finverse signed in its signature test. Only these six were read: Finverse's own list of event types (its documentation) was not read, and neither its OpenAPI description (finversetech/openapi) nor its TypeScript SDK, each searched whole, names an event type. The descriptions and categories are bankcodes' reading of the names.

        Wire field: event_type (a webhook body)."""

        AUTHENTICATED = "AUTHENTICATED"
        PAYMENT_EXECUTED = "PAYMENT_EXECUTED"
        PAYMENT_FAILED = "PAYMENT_FAILED"
        PAYMENT_SUBMITTED = "PAYMENT_SUBMITTED"
        PAYMENT_LINK_SETUP_SUCCEEDED = "PAYMENT_LINK_SETUP_SUCCEEDED"
        PAYMENT_LINK_PAID = "PAYMENT_LINK_PAID"

    register(
        EventType,
        lambda: (
            CodeSetInfo(
                provider="finverse",
                id="event_type",
                title="Webhook event type",
                description="What a Finverse webhook is about (its event_type), as Finverse's own integrations repository reads and tests its webhooks: the event types its Storeganise integration handles (PAYMENT_EXECUTED, PAYMENT_FAILED, PAYMENT_LINK_SETUP_SUCCEEDED), those its tests send it as events it leaves alone, and that of the body Finverse signed in its signature test. Only these six were read: Finverse's own list of event types (its documentation) was not read, and neither its OpenAPI description (finversetech/openapi) nor its TypeScript SDK, each searched whole, names an event type. The descriptions and categories are bankcodes' reading of the names.",
                field="event_type (a webhook body)",
                sources=(
                    _S["finverse-integrations-webhook-handler"],
                    _S["finverse-integrations-readme"],
                    _S["finverse-integrations-handler-test"],
                    _S["finverse-integrations-handler-test-paths"],
                    _S["finverse-integrations-signature-test"],
                    _S["finverse-openapi"],
                ),
            ),
            (
                CodeInfo(
                    value="AUTHENTICATED",
                    description="The login identity has signed in to its institution.",
                    category=_C.SUCCESS,
                    sources=(_S["finverse-integrations-signature-test"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/finverse/event_type/#AUTHENTICATED",
                    editorial=True,
                    notes="The event type's name: the description is bankcodes' reading of it. The body Finverse signed in its integration's signature test carries it with the login identity's id (login_identity_id); as the login identity's authentication status AUTHENTICATED, its data is yet to be retrieved.",
                ),
                CodeInfo(
                    value="PAYMENT_EXECUTED",
                    description="The payment has been executed.",
                    category=_C.SUCCESS,
                    sources=(
                        _S["finverse-integrations-webhook-handler"],
                        _S["finverse-integrations-readme"],
                        _S["finverse-integrations-handler-test"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/finverse/event_type/#PAYMENT_EXECUTED",
                    editorial=True,
                    notes="The event type's name: the description is bankcodes' reading of it. The integration's README: \"When payment is executed, write payment amount to storeganise invoice and mark invoice as `paid`\"; its handler reads the payment's id, its payment method's, the app's own external_user_id and metadata, and fetches the payment (GET /payments/{id}) for its amount.",
                ),
                CodeInfo(
                    value="PAYMENT_FAILED",
                    description="The payment failed.",
                    category=_C.GENERIC_FAILURE,
                    sources=(
                        _S["finverse-integrations-webhook-handler"],
                        _S["finverse-integrations-readme"],
                        _S["finverse-integrations-handler-test"],
                    ),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/finverse/event_type/#PAYMENT_FAILED",
                    editorial=True,
                    notes="The event type's name: the description is bankcodes' reading of it. The integration's README: \"When payment is failed, mark invoice as `failed`\"; the payment's status (GET /payments/{id}) says more. Nothing to send again: the webhook tells of a payment that failed, and the integration marks the invoice failed rather than retrying anything, so the step is to tell the payer, who may pay again (bankcodes' reading, not its category's retry).",
                    next_step="tell_customer",
                ),
                CodeInfo(
                    value="PAYMENT_SUBMITTED",
                    description="The payment has been submitted.",
                    category=_C.PENDING,
                    sources=(_S["finverse-integrations-handler-test"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/finverse/event_type/#PAYMENT_SUBMITTED",
                    editorial=True,
                    notes="The event type's name: the description is bankcodes' reading of it. The handler's test sends it as an event the integration does not handle (\"unhandled event - should return 200\").",
                ),
                CodeInfo(
                    value="PAYMENT_LINK_SETUP_SUCCEEDED",
                    description="The payment link's setup has completed: the payer's payment method is set up.",
                    category=_C.SUCCESS,
                    sources=(
                        _S["finverse-integrations-webhook-handler"],
                        _S["finverse-integrations-readme"],
                        _S["finverse-integrations-handler-test"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/finverse/event_type/#PAYMENT_LINK_SETUP_SUCCEEDED",
                    editorial=True,
                    notes="The event type's name: the description is bankcodes' reading of it. The integration's README: \"When payment link has completed setup, then save the payment method to storeganise user\"; the body names the payment method (payment_method_id) and the app's own external_user_id.",
                ),
                CodeInfo(
                    value="PAYMENT_LINK_PAID",
                    description="The payment link has been paid.",
                    category=_C.SUCCESS,
                    sources=(_S["finverse-integrations-handler-test-paths"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/finverse/event_type/#PAYMENT_LINK_PAID",
                    editorial=True,
                    notes="The event type's name: the description is bankcodes' reading of it. The handler's earlier test sends it to the payment links' address as an event the integration does not handle (\"Other event\").",
                ),
            ),
        ),
        {},
    )
    return EventType


def _CODE_SETS() -> tuple[object, ...]:
    return tuple(
        getattr(_PUBLIC, name)
        for name in (
            "ErrorType",
            "ErrorCode",
            "LoginIdentityStatus",
            "LoginIdentitySessionStatus",
            "AuthenticationStatus",
            "PaymentStatus",
            "MandateStatus",
            "PayoutStatus",
            "PaymentLinkStatus",
            "PaymentLinkSessionStatus",
            "ProductHealthStatus",
            "EventType",
        )
    )
